/**
 * A list's schema: its table of fields (schema/field.ts) and what the table gives the rest of
 * src/graph — the columns provisioning creates, and the two mappers between an item's fields and
 * the model. Nothing else in src/graph names a column.
 */
import type { ColumnSpec } from './columns';
import { TITLE, type Field, type Fields } from './field';

/** A Graph listItem with its fields expanded. */
export interface ListItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  fields?: Fields;
}

export function etagOf(item: ListItem): string | undefined {
  return item.eTag ?? item['@odata.etag'] ?? (item.fields?.['@odata.etag'] as string | undefined);
}

/** The store's own keys, which are the item's, not columns. */
type ItemKeys = 'id' | 'etag';
/** A model object as its columns hold it. */
export type Stored<M> = Omit<M, ItemKeys>;

/** One row per model field, and every model field has one: a field added to the model and not to
 * its list fails to compile. */
export type FieldTable<M> = {
  [K in Exclude<keyof M, ItemKeys>]-?: Field<Exclude<M[K], undefined>>;
};

export interface ListSchema<K extends string, M> {
  readonly key: K;
  readonly description: string;
  readonly fields: FieldTable<M>;
  /** The list's own columns, in the order provisioning creates them. */
  readonly columns: ColumnSpec[];
  /** Title first, then each field's columns in the table's order. */
  toFields(model: Stored<M>): Fields;
  /** The model from an item's fields, without the item's id and ETag. */
  fromFields(fields: Fields): Stored<M>;
  /** The model from an item, with its id and ETag. */
  fromItem(item: ListItem): M;
}

export function defineList<K extends string, M>(def: {
  key: K;
  description: string;
  /** The item's Title, where no field of the table is the Title itself. */
  title?: (model: Stored<M>) => string;
  fields: FieldTable<M>;
}): ListSchema<K, M> {
  const rows = Object.entries(def.fields) as [keyof Stored<M> & string, Field<unknown>][];
  const fromFields = (f: Fields): Stored<M> => {
    const out: Record<string, unknown> = {};
    // Required fields first, then the optional ones present: a model object's keys come in the
    // order they always have, so its JSON (in drafts, in logs) reads the same.
    for (const [k, field] of rows) if (field.isRequired) out[k] = field.read(f);
    for (const [k, field] of rows) {
      if (field.isRequired) continue;
      const v = field.read(f);
      if (v !== undefined) out[k] = v;
    }
    // Built key by key from the table, which FieldTable checks covers every field of M.
    return out as Stored<M>;
  };
  return {
    key: def.key,
    description: def.description,
    fields: def.fields,
    columns: rows.flatMap(([, field]) => field.columns),
    toFields: (model) => {
      const out: Fields = def.title ? { [TITLE]: def.title(model) } : {};
      for (const [k, field] of rows) Object.assign(out, field.write(model[k]));
      return out;
    },
    fromFields,
    fromItem: (item) =>
      ({
        id: String(item.id),
        etag: etagOf(item),
        ...fromFields(item.fields ?? {}),
      }) as M,
  };
}

/** Fields for a create: nulls dropped (an update sends them, to clear a value). */
export function forCreate(f: Fields): Fields {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null && v !== undefined));
}
