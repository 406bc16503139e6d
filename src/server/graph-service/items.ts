/**
 * List items: `GET`/`POST /sites/{site}/lists/{list}/items` (the GET is item-query.ts), and
 * `GET`/`PATCH`/`DELETE .../items/{id}` and `GET`/`PATCH .../items/{id}/fields`. Updates and
 * deletes honour If-Match: a stale ETag answers 412, as SharePoint does.
 */
import { randomUUID } from 'node:crypto';
import { nowIso, type ItemRow, type ListRow } from '../lists-db';
import { parseExpand } from '../odata';
import { GraphHttpError, methodNotAllowed } from './errors';
import { normaliseFields } from './field-values';
import { ok, type GraphRequestIn, type GraphResponseOut, type Json, type Site } from './http';
import { etagOf, fieldsJson, itemJson } from './item-json';
import { listItems } from './item-query';

type Headers = Record<string, string | undefined>;

function mustGetItem(site: Site, list: ListRow, id: number): ItemRow {
  const row = site.store.getItem(list.id, id);
  if (!row) throw new GraphHttpError(404, 'itemNotFound', 'The specified item was not found');
  return row;
}

function stripEtag(e: string): string {
  return e.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
}

function checkIfMatch(row: ItemRow, headers: Headers): void {
  const ifMatch = headers['if-match'];
  if (ifMatch === undefined) return;
  if (typeof ifMatch !== 'string')
    throw new GraphHttpError(400, 'BadRequest', 'The If-Match header must be a string.');
  if (ifMatch.trim() === '*') return;
  const current = stripEtag(etagOf(row)).toLowerCase();
  const ok = ifMatch.split(',').length > 0 && stripEtag(ifMatch).toLowerCase() === current;
  if (!ok) {
    throw new GraphHttpError(
      412,
      'preconditionFailed',
      'The resource has changed since the caller last read it; usually an eTag mismatch',
    );
  }
}

function getItem(site: Site, list: ListRow, id: number, query: URLSearchParams): GraphResponseOut {
  const row = mustGetItem(site, list, id);
  const expand = parseExpand(query.get('$expand') ?? '');
  return ok(
    200,
    {
      '@odata.context': `${site.base}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`,
      ...itemJson(site, list, row, expand.fields, expand.select),
    },
    { ETag: etagOf(row) },
  );
}

function createItem(site: Site, list: ListRow, body: unknown): GraphResponseOut {
  const { store, base } = site;
  const b = (body ?? {}) as Json;
  const input = (b.fields ?? {}) as Json;
  if (typeof input !== 'object' || Array.isArray(input))
    throw new GraphHttpError(400, 'invalidRequest', 'fields must be an object.');
  const row = store.tx(() => {
    const fields = normaliseFields(store, list, input);
    for (const k of Object.keys(fields)) if (fields[k] === null) delete fields[k];
    const now = nowIso();
    const r: ItemRow = {
      list_id: list.id,
      id: store.nextItemId(list.id),
      guid: randomUUID(),
      version: 1,
      fields: JSON.stringify(fields),
      created: now,
      modified: now,
    };
    store.insertItem(r);
    return r;
  });
  return ok(
    201,
    {
      '@odata.context': `${base}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`,
      ...itemJson(site, list, row, true),
    },
    {
      Location: `${base}/sites/${site.id}/lists/${list.id}/items/${row.id}`,
      ETag: etagOf(row),
    },
  );
}

function updateFields(
  site: Site,
  list: ListRow,
  id: number,
  input: Json,
  headers: Headers,
  wholeItem: boolean,
): GraphResponseOut {
  const { store, base } = site;
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new GraphHttpError(
      400,
      'invalidRequest',
      'The request body must be a JSON object of field values.',
    );
  const row = store.tx(() => {
    const current = mustGetItem(site, list, id);
    checkIfMatch(current, headers);
    const changes = normaliseFields(store, list, input);
    const fields = { ...(JSON.parse(current.fields) as Json) };
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) delete fields[k];
      else fields[k] = v;
    }
    const next: ItemRow = {
      ...current,
      fields: JSON.stringify(fields),
      version: current.version + 1,
      modified: nowIso(),
    };
    store.updateItem(list.id, id, next.fields, next.version, next.modified);
    return next;
  });
  const etag = etagOf(row);
  if (wholeItem) {
    return ok(
      200,
      {
        '@odata.context': `${base}/$metadata#sites('${site.id}')/lists('${list.id}')/items/$entity`,
        ...itemJson(site, list, row, true),
      },
      { ETag: etag },
    );
  }
  return ok(
    200,
    {
      '@odata.context': `${base}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${id}')/fields/$entity`,
      ...fieldsJson(row),
    },
    { ETag: etag },
  );
}

function deleteItem(site: Site, list: ListRow, id: number, headers: Headers): GraphResponseOut {
  site.store.tx(() => {
    const current = mustGetItem(site, list, id);
    checkIfMatch(current, headers);
    site.store.deleteItem(list.id, id);
  });
  return { status: 204, headers: {} };
}

/** `.../items`, `.../items/{id}` and `.../items/{id}/fields`; undefined for any other path. */
export function routeItems(
  site: Site,
  list: ListRow,
  method: string,
  rest: string[],
  req: GraphRequestIn,
): GraphResponseOut | undefined {
  if (rest.length === 0) {
    if (method === 'GET') return listItems(site, list, req);
    if (method === 'POST') return createItem(site, list, req.body);
    throw methodNotAllowed();
  }
  const id = Number(rest[0]);
  if (!Number.isInteger(id) || id < 1)
    throw new GraphHttpError(400, 'invalidRequest', `Invalid item id '${rest[0]}'.`);
  if (rest.length === 1) {
    if (method === 'GET') return getItem(site, list, id, req.query);
    if (method === 'DELETE') return deleteItem(site, list, id, req.headers);
    if (method === 'PATCH') {
      const body = (req.body ?? {}) as Json;
      return updateFields(site, list, id, (body.fields ?? {}) as Json, req.headers, true);
    }
    throw methodNotAllowed();
  }
  if (rest.length === 2 && rest[1] === 'fields') {
    if (method === 'GET') return ok(200, fieldsJson(mustGetItem(site, list, id)));
    if (method === 'PATCH')
      return updateFields(site, list, id, (req.body ?? {}) as Json, req.headers, false);
    throw methodNotAllowed();
  }
  return undefined;
}
