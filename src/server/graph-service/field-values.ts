/**
 * Field values written to an item, checked and normalised against the list's columns as
 * SharePoint does: unknown fields refused, read-only ones ignored, numbers, booleans, dates,
 * choices and text lengths checked, an empty value clearing the field.
 */
import type { ColumnDef, ListRow, ListsDb } from '../lists-db';
import { facetOf } from './columns';
import { GraphHttpError } from './errors';
import type { Json } from './http';

export function normaliseFields(store: ListsDb, list: ListRow, input: Json): Json {
  const cols = new Map(store.columns(list.id).map((c) => [c.name.toLowerCase(), c]));
  const out: Json = {};
  for (const [key, raw] of Object.entries(input)) {
    if (key.startsWith('@odata.')) continue;
    const col = cols.get(key.toLowerCase());
    if (!col) throw new GraphHttpError(400, 'invalidRequest', `Field '${key}' is not recognized`);
    if (col.readOnly) continue;
    out[col.name] = normaliseValue(col, raw);
  }
  return out;
}

function normaliseValue(col: ColumnDef, raw: unknown): unknown {
  if (raw === null || raw === undefined || raw === '') return null;
  const facet = facetOf(col);
  const bad = (what: string) =>
    new GraphHttpError(
      400,
      'invalidRequest',
      `The value for field '${col.name}' is not valid: ${what}.`,
    );
  switch (facet) {
    case 'number':
    case 'currency': {
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(n)) throw bad('expected a number');
      return n;
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      throw bad('expected true or false');
    case 'dateTime': {
      const d = new Date(String(raw));
      if (Number.isNaN(d.getTime())) throw bad('expected an ISO 8601 date');
      return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'choice': {
      const s = String(raw);
      const choice = col.choice as { choices?: string[]; allowTextEntry?: boolean };
      if (
        choice.allowTextEntry === false &&
        Array.isArray(choice.choices) &&
        !choice.choices.includes(s)
      ) {
        throw bad(`'${s}' is not one of its choices`);
      }
      return s;
    }
    case 'text': {
      const s = typeof raw === 'string' ? raw : JSON.stringify(raw);
      const text = col.text as { allowMultipleLines?: boolean; maxLength?: number };
      const max = text.allowMultipleLines ? 63999 : (text.maxLength ?? 255);
      if (s.length > max) throw bad(`longer than ${max} characters`);
      return s;
    }
    default:
      return raw;
  }
}
