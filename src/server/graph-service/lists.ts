/**
 * Lists: `GET /sites/{site}/lists` ($select, and a `displayName eq` $filter), `POST` to create a
 * genericList with its columns, and `GET /sites/{site}/lists/{list}` ($expand=columns).
 */
import { randomUUID } from 'node:crypto';
import { nowIso, type ListRow } from '../lists-db';
import { builtInColumns, validateColumn } from './columns';
import { GraphHttpError } from './errors';
import { ok, type GraphResponseOut, type Json, type Site } from './http';

function listJson(site: Site, list: ListRow): Json {
  const host = new URL(site.base).host;
  return {
    '@odata.etag': `"${list.id},1"`,
    id: list.id,
    name: list.name,
    displayName: list.display_name,
    description: list.description,
    createdDateTime: list.created,
    lastModifiedDateTime: list.modified,
    eTag: `"${list.id},1"`,
    webUrl: `http://${host}/sites/local/Lists/${encodeURIComponent(list.name)}`,
    createdBy: { user: { displayName: 'Local mode' } },
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: false, template: list.template },
  };
}

export function getList(site: Site, list: ListRow, query: URLSearchParams): GraphResponseOut {
  const json = listJson(site, list);
  if (/\bcolumns\b/.test(query.get('$expand') ?? '')) json.columns = site.store.columns(list.id);
  return ok(200, {
    '@odata.context': `${site.base}/$metadata#sites('${site.id}')/lists/$entity`,
    ...json,
  });
}

export function getLists(site: Site, query: URLSearchParams): GraphResponseOut {
  let value = site.store.allLists().map((l) => listJson(site, l));
  const select = query.get('$select');
  if (select) {
    const keep = new Set(select.split(',').map((s) => s.trim()));
    value = value.map((v) =>
      Object.fromEntries(Object.entries(v).filter(([k]) => keep.has(k) || k === '@odata.etag')),
    );
  }
  const filter = query.get('$filter');
  if (filter) {
    const m = /^displayName eq '((?:[^']|'')*)'$/.exec(filter.trim());
    if (!m)
      throw new GraphHttpError(
        400,
        'invalidRequest',
        'Only displayName eq filters are supported on lists in local mode.',
      );
    const name = m[1].replace(/''/g, "'").toLowerCase();
    value = value.filter((v) => String(v.displayName ?? '').toLowerCase() === name);
  }
  return ok(200, { '@odata.context': `${site.base}/$metadata#sites('${site.id}')/lists`, value });
}

export function createList(site: Site, body: unknown): GraphResponseOut {
  const { store, base } = site;
  const b = (body ?? {}) as Json;
  const displayName = typeof b.displayName === 'string' ? b.displayName.trim() : '';
  if (!displayName)
    throw new GraphHttpError(400, 'invalidRequest', 'The displayName property is required.');
  const template = ((b.list as Json | undefined)?.template as string | undefined) ?? 'genericList';
  if (template !== 'genericList')
    throw new GraphHttpError(
      400,
      'invalidRequest',
      `Local mode supports only genericList, not '${template}'.`,
    );
  const columns = Array.isArray(b.columns) ? (b.columns as Json[]) : [];
  const defs = columns.map((c) => validateColumn(c));
  const row = store.tx(() => {
    if (store.findList(displayName)) {
      throw new GraphHttpError(
        409,
        'nameAlreadyExists',
        'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      );
    }
    const now = nowIso();
    const id = randomUUID();
    const list = {
      id,
      name: displayName.replace(/[^A-Za-z0-9]/g, ''),
      display_name: displayName,
      description: typeof b.description === 'string' ? b.description : '',
      template,
      created: now,
      modified: now,
    };
    store.insertList(list);
    const builtIn = builtInColumns();
    for (const c of builtIn) store.putColumn(id, c);
    for (const d of defs) {
      if (builtIn.some((c) => c.name.toLowerCase() === d.name.toLowerCase())) {
        throw new GraphHttpError(
          409,
          'nameAlreadyExists',
          `A duplicate field name "${d.name}" was found.`,
        );
      }
      store.putColumn(id, d);
    }
    return store.findList(id)!;
  });
  const json = listJson(site, row);
  return ok(
    201,
    { '@odata.context': `${base}/$metadata#sites('${site.id}')/lists/$entity`, ...json },
    { Location: `${base}/sites/${site.id}/lists/${row.id}` },
  );
}
