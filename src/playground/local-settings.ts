/**
 * The playground's stand-in for Word's document settings (Office.context.document.settings):
 * values kept in localStorage under one key, saved on saveAsync as Word saves them with the file.
 */
import type { SettingsLike } from '../pane/settings';

export const PLAYGROUND_SETTINGS_KEY = 'smartPlans.playground.settings';

export function localSettings(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = typeof localStorage === 'undefined'
    ? null
    : localStorage,
): SettingsLike {
  let values: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PLAYGROUND_SETTINGS_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object') values = parsed as Record<string, unknown>;
  } catch {
    values = {};
  }
  return {
    get: (name) => values[name],
    set: (name, value) => {
      values = { ...values, [name]: value };
    },
    saveAsync: (callback) => {
      try {
        storage?.setItem(PLAYGROUND_SETTINGS_KEY, JSON.stringify(values));
        callback?.({ status: 'succeeded' });
      } catch (e) {
        callback?.({
          status: 'failed',
          error: { message: e instanceof Error ? e.message : 'the browser would not store it' },
        });
      }
    },
  };
}
