/**
 * A model field as a SharePoint list keeps it: the column(s) it lives in, as provisioning creates
 * them, and how its value goes into an item's fields and comes back out. A list's schema
 * (schema/<list>.ts) is a table of these, one row per model field, and that table is all the
 * store knows about the list's columns.
 */
import type { Person } from '../../plans/model';
import {
  choiceColumn,
  dateColumn,
  dateTimeColumn,
  noteColumn,
  numberColumn,
  textColumn,
  type ColumnOptions,
  type ColumnSpec,
} from './columns';
import { documentKey, email, fromGraphDate, json, num, str, toGraphDate } from './values';

/** An item's fields as Graph sends and takes them, keyed by column internal name. */
export type Fields = Record<string, unknown>;

/** Every list has a Title column (SharePoint's own, never provisioned). */
export const TITLE = 'Title';

export const INDEXED: ColumnOptions = { indexed: true };

/** What a required person reads as when the item names nobody: a fresh object each time. */
export const nobody = (): Person => ({ name: '' });

interface Codec<V> {
  /** What provisioning creates, in order (none for Title). */
  columns: readonly ColumnSpec[];
  /** The column a $filter on the field names. */
  column: string;
  /** The value's columns for an item; undefined where the value has nothing to say. */
  write(value: V | undefined): Fields;
  read(fields: Fields): V | undefined;
}

export class Field<V> {
  constructor(
    private readonly codec: Codec<V>,
    /** The model always has it: items lacking it read as the fallback, and it is written as is. */
    readonly isRequired = false,
    // A function for values that are objects, so no two items share (and mutate) one fallback.
    private readonly fallback?: V | (() => V),
  ) {}

  get columns(): readonly ColumnSpec[] {
    return this.codec.columns;
  }

  get column(): string {
    return this.codec.column;
  }

  required(fallback?: V | (() => V)): Field<V> {
    return new Field(this.codec, true, fallback);
  }

  /** Read `other` where this field is empty: items written before this column existed. */
  orElse(other: Field<V>): Field<V> {
    const read = (f: Fields) => this.codec.read(f) ?? other.codec.read(f);
    return new Field({ ...this.codec, read }, this.isRequired, this.fallback);
  }

  write(value: V | undefined): Fields {
    const out = this.codec.write(value);
    if (this.isRequired) return out;
    // An optional value that is absent is sent as null, which clears it on an update.
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v ?? null]));
  }

  read(fields: Fields): V | undefined {
    const value = this.codec.read(fields);
    if (value !== undefined || !this.isRequired) return value;
    return typeof this.fallback === 'function' ? (this.fallback as () => V)() : this.fallback;
  }
}

function scalar<V>(
  spec: ColumnSpec | string,
  write: (v: V | undefined) => unknown,
  read: (raw: unknown) => V | undefined,
): Field<V> {
  const column = typeof spec === 'string' ? spec : spec.name;
  return new Field<V>({
    columns: typeof spec === 'string' ? [] : [spec],
    column,
    write: (v) => ({ [column]: write(v) }),
    read: (f) => read(f[column]),
  });
}

const asIs = <V>(v: V | undefined) => v;

/** Field factories, one per kind of column; a list's table reads `field.text(...)` and so on. */
export const field = {
  /** The model field the list's Title holds. */
  title: (): Field<string> => scalar<string>(TITLE, asIs, str),

  text: (name: string, displayName: string, opts?: ColumnOptions): Field<string> =>
    scalar<string>(textColumn(name, displayName, opts), asIs, str),

  note: (name: string, displayName: string): Field<string> =>
    scalar<string>(noteColumn(name, displayName), asIs, str),

  /** A text column holding an email, stored as $filter matches it. */
  email: (name: string, displayName: string, opts?: ColumnOptions): Field<string> =>
    scalar<string>(textColumn(name, displayName, opts), email, str),

  number: (name: string, displayName: string): Field<number> =>
    scalar<number>(numberColumn(name, displayName), asIs, num),

  /** A calendar date (the model's YYYY-MM-DD). */
  date: (name: string, displayName: string, opts?: ColumnOptions): Field<string> =>
    scalar<string>(dateColumn(name, displayName, opts), toGraphDate, fromGraphDate),

  /** A timestamp, kept as the ISO text the model has. */
  dateTime: (name: string, displayName: string, opts?: ColumnOptions): Field<string> =>
    scalar<string>(dateTimeColumn(name, displayName, opts), asIs, str),

  /** One of the model's enum values; the choices come from src/plans/model.ts. */
  choice: <C extends string>(
    name: string,
    displayName: string,
    choices: readonly C[],
    opts?: ColumnOptions,
  ): Field<C> =>
    scalar<C>(choiceColumn(name, displayName, choices, opts), asIs, (v) => str(v) as C | undefined),

  /** A text column holding JSON; `empty` is what an absent value writes and reads as. */
  json: <T>(spec: ColumnSpec, empty?: () => T): Field<T> =>
    scalar<T>(
      spec,
      (v) => {
        const value = v === undefined ? empty?.() : v;
        return value === undefined ? undefined : JSON.stringify(value);
      },
      (raw) => json<T | undefined>(raw, empty?.()),
    ),

  /** A person in two columns: a name, and an email (the stable key, which $filter uses). */
  person: (name: Field<string>, mail: Field<string>): Field<Person> =>
    new Field<Person>({
      columns: [...name.columns, ...mail.columns],
      column: mail.column,
      write: (p) => ({ ...name.write(p?.name), ...mail.write(p?.email) }),
      read: (f) => {
        const n = name.read(f);
        const m = mail.read(f);
        if (!n && !m) return undefined;
        const p: Person = { name: n ?? '' };
        if (m) p.email = m;
        return p;
      },
    }),

  /**
   * Counts that mean something only together (how many worries, and how many of those nothing
   * answers), one number column each. An item reads as having them only when every column holds a
   * whole number of nought or more: one left empty or edited by hand reads as not known, never
   * as a count that was not made.
   */
  counts: <K extends string>(columns: Record<K, Field<number>>): Field<Record<K, number>> => {
    const parts = Object.entries(columns) as [K, Field<number>][];
    return new Field<Record<K, number>>({
      columns: parts.flatMap(([, f]) => f.columns),
      column: parts[0][1].column,
      write: (v) => Object.assign({}, ...parts.map(([k, f]) => f.write(v?.[k]))) as Fields,
      read: (f) => {
        const out: Partial<Record<K, number>> = {};
        for (const [k, part] of parts) {
          const n = part.read(f);
          if (n === undefined || !Number.isInteger(n) || n < 0) return undefined;
          out[k] = n;
        }
        // Every key was read above, or the item was refused.
        return out as Record<K, number>;
      },
    });
  },

  /**
   * A Word document's address, with a short key of it beside it: the address is a note (too long
   * to index), and finding a plan by its document filters on the key.
   */
  document: (url: ColumnSpec, key: ColumnSpec): Field<string> =>
    new Field<string>({
      columns: [url, key],
      column: key.name,
      write: (v) => ({ [url.name]: v, [key.name]: v ? documentKey(v) : undefined }),
      read: (f) => str(f[url.name]),
    }),
};
