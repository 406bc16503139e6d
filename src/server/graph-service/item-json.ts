/** A list item as Graph shows it: the listItem resource, and its fields with SharePoint's own. */
import type { ItemRow, ListRow } from '../lists-db';
import type { Json, Site } from './http';

/** `"{guid},{version}"`, as SharePoint's item ETags are. */
export function etagOf(row: ItemRow): string {
  return `"${row.guid},${row.version}"`;
}

export function fieldsJson(row: ItemRow, select?: string[]): Json {
  const stored = JSON.parse(row.fields) as Json;
  const all: Json = {
    '@odata.etag': etagOf(row),
    ...stored,
    id: String(row.id),
    ContentType: 'Item',
    Modified: row.modified,
    Created: row.created,
    AuthorLookupId: '1',
    EditorLookupId: '1',
    _UIVersionString: `${row.version}.0`,
    Attachments: false,
  };
  if (!select) return all;
  const keep = new Map(select.map((s) => [s.toLowerCase(), s]));
  const out: Json = { '@odata.etag': all['@odata.etag'] };
  for (const [k, v] of Object.entries(all)) if (keep.has(k.toLowerCase())) out[k] = v;
  return out;
}

export function itemJson(
  site: Site,
  list: ListRow,
  row: ItemRow,
  withFields: boolean,
  select?: string[],
): Json {
  const etag = etagOf(row);
  const host = new URL(site.base).host;
  const json: Json = {
    '@odata.etag': etag,
    createdDateTime: row.created,
    eTag: etag,
    id: String(row.id),
    lastModifiedDateTime: row.modified,
    webUrl: `http://${host}/sites/local/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${row.id}`,
    createdBy: { user: { displayName: 'Local mode' } },
    lastModifiedBy: { user: { displayName: 'Local mode' } },
    parentReference: { id: list.id, siteId: site.id },
    contentType: { id: '0x0100', name: 'Item' },
  };
  if (withFields) {
    json['fields@odata.context'] =
      `${site.base}/$metadata#sites('${site.id}')/lists('${list.id}')/items('${row.id}')/fields/$entity`;
    json.fields = fieldsJson(row, select);
  }
  return json;
}
