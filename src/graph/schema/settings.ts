/** The Settings list: the organisation's settings, such as house rules, by key. */
import type { Setting } from '../../plans/store';
import { noteColumn } from './columns';
import { field, INDEXED } from './field';
import { defineList } from './list';

export const SETTINGS = defineList<'settings', Setting>({
  key: 'settings',
  description:
    "The organisation's settings, such as house rules (Title is the key, Value is JSON).",
  title: (s) => s.key.slice(0, 255),
  fields: {
    key: field.text('SettingKey', 'Key', INDEXED).required(''),
    value: field.json<unknown>(noteColumn('Value', 'Value (JSON)')).required(),
  },
});
