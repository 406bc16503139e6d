/**
 * Columns: the built-in ones every genericList has, and `GET`/`POST
 * /sites/{site}/lists/{list}/columns` and `GET`/`PATCH .../columns/{id or name}` for ours (one type
 * facet each; multi-line text cannot be indexed, as in SharePoint).
 */
import { randomUUID } from 'node:crypto';
import type { ColumnDef, ListRow } from '../lists-db';
import { GraphHttpError, methodNotAllowed } from './errors';
import { ok, type GraphResponseOut, type Json, type Site } from './http';

/** Columns every genericList has. Title is the only one a client writes. */
export function builtInColumns(): ColumnDef[] {
  const ro = (name: string, facet: Record<string, unknown>, displayName = name): ColumnDef => ({
    id: randomUUID(),
    name,
    displayName,
    readOnly: true,
    indexed: false,
    hidden: false,
    required: false,
    ...facet,
  });
  return [
    {
      id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
      name: 'Title',
      displayName: 'Title',
      required: true,
      indexed: false,
      hidden: false,
      readOnly: false,
      text: { allowMultipleLines: false, maxLength: 255 },
    },
    ro('ID', { number: {}, indexed: true }),
    ro('ContentType', { text: {} }, 'Content Type'),
    ro('Modified', { dateTime: { format: 'dateTime' } }),
    ro('Created', { dateTime: { format: 'dateTime' } }),
    ro('Author', { personOrGroup: {} }, 'Created By'),
    ro('Editor', { personOrGroup: {} }, 'Modified By'),
    ro('_UIVersionString', { text: {} }, 'Version'),
    ro('Attachments', { boolean: {} }),
  ];
}

const FACETS = [
  'text',
  'number',
  'dateTime',
  'choice',
  'boolean',
  'personOrGroup',
  'lookup',
  'currency',
  'hyperlinkOrPicture',
];

export function facetOf(def: ColumnDef): string | undefined {
  return FACETS.find((f) => def[f] !== undefined);
}

export function validateColumn(c: Json): ColumnDef {
  const name = typeof c.name === 'string' ? c.name : '';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name)) {
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Invalid column name '${name}': use letters, digits and _, starting with a letter.`,
    );
  }
  const def: ColumnDef = {
    id: randomUUID(),
    name,
    displayName: typeof c.displayName === 'string' ? c.displayName : name,
    description: typeof c.description === 'string' ? c.description : '',
    indexed: c.indexed === true,
    required: c.required === true,
    hidden: false,
    readOnly: false,
    enforceUniqueValues: c.enforceUniqueValues === true,
  };
  const facets = FACETS.filter((f) => c[f] !== undefined);
  if (facets.length !== 1)
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Column '${name}' must have exactly one type facet (text, number, dateTime, choice, boolean, ...).`,
    );
  def[facets[0]] = c[facets[0]];
  checkIndexable(def);
  return def;
}

function checkIndexable(def: ColumnDef): void {
  const text = def.text as Json | undefined;
  if (def.indexed && text?.allowMultipleLines) {
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Column '${def.name}' holds multiple lines of text and cannot be indexed.`,
    );
  }
}

function createColumn(site: Site, list: ListRow, body: unknown): GraphResponseOut {
  const def = validateColumn((body ?? {}) as Json);
  site.store.tx(() => {
    if (site.store.columns(list.id).some((c) => c.name.toLowerCase() === def.name.toLowerCase())) {
      throw new GraphHttpError(
        409,
        'nameAlreadyExists',
        `A duplicate field name "${def.name}" was found.`,
      );
    }
    site.store.putColumn(list.id, def);
  });
  return ok(201, def);
}

function updateColumn(site: Site, list: ListRow, col: ColumnDef, body: unknown): GraphResponseOut {
  const b = (body ?? {}) as Json;
  if (col.readOnly && col.name !== 'Title')
    throw new GraphHttpError(403, 'accessDenied', `Column '${col.name}' is read-only.`);
  const next: ColumnDef = { ...col };
  for (const k of [
    'displayName',
    'description',
    'indexed',
    'required',
    'hidden',
    'enforceUniqueValues',
  ]) {
    if (b[k] !== undefined) next[k] = b[k];
  }
  const facet = facetOf(col);
  if (facet && b[facet] !== undefined)
    next[facet] = { ...(col[facet] as Json), ...(b[facet] as Json) };
  if (b.name !== undefined && b.name !== col.name)
    throw new GraphHttpError(400, 'invalidRequest', "A column's name cannot be changed.");
  checkIndexable(next);
  site.store.tx(() => site.store.putColumn(list.id, next));
  return ok(200, next);
}

/** `.../columns` and `.../columns/{id or name}`; undefined for any other path under it. */
export function routeColumns(
  site: Site,
  list: ListRow,
  method: string,
  rest: string[],
  body: unknown,
): GraphResponseOut | undefined {
  if (rest.length === 0) {
    if (method === 'GET') {
      return ok(200, {
        '@odata.context': `${site.base}/$metadata#sites('${site.id}')/lists('${list.id}')/columns`,
        value: site.store.columns(list.id),
      });
    }
    if (method === 'POST') return createColumn(site, list, body);
    throw methodNotAllowed();
  }
  if (rest.length === 1) {
    const col = site.store
      .columns(list.id)
      .find((c) => c.id === rest[0] || c.name.toLowerCase() === rest[0].toLowerCase());
    if (!col) throw new GraphHttpError(404, 'itemNotFound', 'Column not found');
    if (method === 'GET') return ok(200, col);
    if (method === 'PATCH') return updateColumn(site, list, col, body);
    throw methodNotAllowed();
  }
  return undefined;
}
