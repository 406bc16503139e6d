/**
 * `GET /sites/{site}/lists/{list}/items`: `$filter` (only on indexed columns unless the caller
 * sends SharePoint's Prefer header), `$orderby`, `$top`, `$expand=fields($select=...)`,
 * `$select`, and pages with an `@odata.nextLink` (paging.ts).
 */
import type { ListRow } from '../lists-db';
import {
  filterColumns,
  filterToSql,
  jsonPath,
  parseExpand,
  parseFilter,
  parseOrderBy,
} from '../odata';
import { facetOf } from './columns';
import { GraphHttpError } from './errors';
import { ok, type GraphRequestIn, type GraphResponseOut, type Json, type Site } from './http';
import { itemJson } from './item-json';
import {
  DEFAULT_PAGE,
  MAX_PAGE,
  PAGE_BYTES,
  PAGE_TIME_MS,
  afterCursor,
  encodeQuery,
  makeSkipToken,
  parseSkipToken,
  type Literal,
  type OrderKey,
} from './paging';

const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

export function listItems(site: Site, list: ListRow, req: GraphRequestIn): GraphResponseOut {
  const { store, base } = site;
  const q = req.query;
  const columns = store.columns(list.id);
  const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
  const allowNonIndexed = (req.headers['prefer'] ?? '').includes(PREFER_NON_INDEXED);
  const checkColumn = (name: string) => {
    const col = byName.get(name.toLowerCase());
    if (!col) throw new GraphHttpError(400, 'invalidRequest', `Field '${name}' is not recognized`);
    if (!col.indexed && !allowNonIndexed) {
      throw new GraphHttpError(
        400,
        'invalidRequest',
        `Field '${col.name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
      );
    }
    return col;
  };
  const params: unknown[] = [];
  let where = '';
  const filterSrc = q.get('$filter');
  if (filterSrc) {
    const tree = parseFilter(filterSrc);
    const canonical = new Map<string, string>();
    for (const c of filterColumns(tree)) canonical.set(c, checkColumn(c).name);
    where = filterToSql(renameColumns(tree, canonical), params, (column, value) => {
      const col = byName.get(column.toLowerCase());
      if (!col || value === null) return value;
      const facet = facetOf(col);
      if (facet === 'dateTime' && typeof value === 'string') {
        const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
        if (Number.isNaN(d.getTime()))
          throw new GraphHttpError(
            400,
            'invalidRequest',
            `'${value}' is not a valid date for '${col.name}'.`,
          );
        return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
      }
      if (
        (facet === 'number' || facet === 'currency') &&
        typeof value === 'string' &&
        value.trim() !== '' &&
        Number.isFinite(Number(value))
      )
        return Number(value);
      return value;
    });
  }
  // Every order ends with id (unique), so the last item of a page is a stable cursor.
  const keys: OrderKey[] = [];
  const orderSrc = q.get('$orderby');
  if (orderSrc) {
    for (const o of parseOrderBy(orderSrc)) {
      if (o.field.property === 'id') keys.push({ expr: 'id', desc: o.desc });
      else {
        const name = o.field.column!;
        const col = name === 'Modified' || name === 'Created' ? undefined : checkColumn(name);
        keys.push({
          expr: col ? `json_extract(fields, ${jsonPath(col.name)})` : name.toLowerCase(),
          desc: o.desc,
        });
      }
      if (keys[keys.length - 1].expr === 'id') break;
    }
  }
  if (!keys.some((k) => k.expr === 'id')) keys.push({ expr: 'id', desc: false });
  const topRaw = q.get('$top');
  let top = DEFAULT_PAGE;
  if (topRaw !== null) {
    top = Number(topRaw);
    if (!Number.isInteger(top) || top < 1)
      throw new GraphHttpError(400, 'invalidRequest', `Invalid $top value '${topRaw}'.`);
    top = Math.min(top, MAX_PAGE);
  }
  const skip = q.get('$skiptoken');
  if (skip) {
    const cursor = parseSkipToken(skip, keys.length);
    where = `${where ? `${where} AND ` : ''}${afterCursor(keys, cursor, params)}`;
  }
  const expand = parseExpand(q.get('$expand') ?? '');
  const select = q.get('$select');
  const keep = select
    ? new Set(
        select
          .split(',')
          .map((s) => s.trim())
          .concat(['@odata.etag', 'fields', 'fields@odata.context']),
      )
    : undefined;
  const maxBytes = req.maxBytes ?? PAGE_BYTES;
  const deadline = Date.now() + PAGE_TIME_MS;
  const value: Json[] = [];
  let bytes = 0;
  let last: Literal[] | undefined;
  let more = false;
  // Rows are read one at a time and the page closed as soon as it is full, by count, bytes
  // or time: a page never holds more than its budget in memory.
  for (const row of store.iterateItems(
    list.id,
    where,
    params,
    keys.map((k) => k.expr),
    keys.map((k) => `${k.expr} ${k.desc ? 'DESC' : 'ASC'}`).join(', '),
    top + 1,
  )) {
    if (value.length >= top) {
      more = true;
      break;
    }
    let json = itemJson(site, list, row.item, expand.fields, expand.select);
    if (keep) json = Object.fromEntries(Object.entries(json).filter(([k]) => keep.has(k)));
    const size = Buffer.byteLength(JSON.stringify(json)) + 1;
    if (value.length > 0 && (bytes + size > maxBytes || Date.now() > deadline)) {
      more = true;
      break;
    }
    value.push(json);
    bytes += size;
    last = row.keys;
  }
  const body: Json = {
    '@odata.context': `${base}/$metadata#sites('${site.id}')/lists('${list.id}')/items`,
    value,
  };
  if (more && last) {
    const next = new URLSearchParams();
    for (const [k, v] of q) if (k !== '$skiptoken') next.append(k, v);
    next.set('$skiptoken', makeSkipToken(last));
    body['@odata.nextLink'] =
      `${base}/sites/${site.id}/lists/${list.id}/items?${encodeQuery(next)}`;
  }
  return ok(200, body);
}

function renameColumns(
  node: ReturnType<typeof parseFilter>,
  names: Map<string, string>,
): ReturnType<typeof parseFilter> {
  switch (node.kind) {
    case 'and':
    case 'or':
      return {
        ...node,
        left: renameColumns(node.left, names),
        right: renameColumns(node.right, names),
      };
    case 'not':
      return { ...node, expr: renameColumns(node.expr, names) };
    default:
      return node.field.column
        ? { ...node, field: { column: names.get(node.field.column) ?? node.field.column } }
        : node;
  }
}
