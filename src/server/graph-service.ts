/**
 * The local lists service: the subset of Microsoft Graph's SharePoint list API the product uses,
 * answered from SQLite with Graph's URLs, JSON shapes, OData errors, paging, ETags and JSON
 * batching. Contract (Microsoft Graph v1.0 docs): site-get, list-create, list-get, columndefinition,
 * listitem-list, listitem-get, listitem-create, listitem-update (If-Match -> 412), listitem-delete,
 * json-batching (at most 20 requests, per-request status, dependsOn -> 424), throttling (429 with
 * Retry-After, injected on demand by the test switch).
 */
import { randomUUID } from 'node:crypto';
import { ListsDb, nowIso, type ColumnDef, type ItemRow, type ListRow } from './lists-db';
import {
  ODataError,
  filterColumns,
  filterToSql,
  jsonPath,
  parseExpand,
  parseFilter,
  parseOrderBy,
} from './odata';

export interface GraphRequestIn {
  method: string;
  /** Path after the version, without a leading slash, e.g. `sites/root/lists`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body?: unknown;
  /** Most bytes of JSON a collection page may hold (default PAGE_BYTES). */
  maxBytes?: number;
}

export interface GraphResponseOut {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** An HTTP error with Graph's OData error body. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
  clientRequestId?: string,
): GraphResponseOut {
  const requestId = randomUUID();
  return {
    status,
    headers: {
      'Content-Type': 'application/json',
      'request-id': requestId,
      'client-request-id': clientRequestId ?? requestId,
      ...headers,
    },
    body: {
      error: {
        code,
        message,
        innerError: {
          date: nowIso(),
          'request-id': requestId,
          'client-request-id': clientRequestId ?? requestId,
        },
      },
    },
  };
}

const MAX_BATCH = 20;
const DEFAULT_PAGE = 200;
const MAX_PAGE = 5000;
/**
 * A page of items stops growing past this many bytes of JSON (at least one item is always
 * given) and carries a nextLink, as Graph pages by size: $top is an upper bound, not a promise.
 */
export const PAGE_BYTES = 4 * 1024 * 1024;
/** The sum of a $batch's responses; each request gets a fair share of what is left. */
export const BATCH_BYTES = 16 * 1024 * 1024;
/** The smallest share a batch request is given, however much the others took. */
const MIN_SHARE_BYTES = 64 * 1024;
/** A page also stops after this long (SQLite is synchronous: nothing else runs meanwhile). */
export const PAGE_TIME_MS = 1000;
const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

/** Columns every genericList has. Title is the only one a client writes. */
function builtInColumns(): ColumnDef[] {
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

function facetOf(def: ColumnDef): string | undefined {
  return FACETS.find((f) => def[f] !== undefined);
}

function quoteEtag(guid: string, version: number): string {
  return `"${guid},${version}"`;
}

function stripEtag(e: string): string {
  return e.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
}

type Json = Record<string, unknown>;

export class LocalGraphService {
  constructor(
    readonly store: ListsDb,
    /** Public base of the service including the version, e.g. http://127.0.0.1:3000/graph/v1.0 */
    private readonly baseUrlOf: (headers: Record<string, string | undefined>) => string,
  ) {}

  private get siteId(): string {
    return this.store.siteId;
  }

  private siteJson(base: string): Json {
    const host = new URL(base).host;
    return {
      '@odata.context': `${base}/$metadata#sites/$entity`,
      id: this.siteId,
      name: 'local',
      displayName: 'SMART Plans (local mode)',
      description: 'Local lists service: no tenant; the data folder’s token stands in for sign-in.',
      webUrl: `http://${host}/sites/local`,
      createdDateTime: '2024-01-01T00:00:00Z',
      lastModifiedDateTime: nowIso(),
      root: {},
      siteCollection: { hostname: host.split(':')[0] },
    };
  }

  handle(req: GraphRequestIn): GraphResponseOut {
    try {
      return this.route(req);
    } catch (e) {
      if (e instanceof GraphHttpError)
        return errorResponse(
          e.status,
          e.code,
          e.message,
          e.headers,
          req.headers['client-request-id'],
        );
      if (e instanceof ODataError)
        return errorResponse(
          400,
          'invalidRequest',
          e.message,
          {},
          req.headers['client-request-id'],
        );
      if (e instanceof SyntaxError)
        return errorResponse(
          400,
          'BadRequest',
          'Unable to read JSON request payload.',
          {},
          req.headers['client-request-id'],
        );
      if (e instanceof URIError)
        return errorResponse(
          400,
          'BadRequest',
          'The request URL is not valid: a %-escape is malformed.',
          {},
          req.headers['client-request-id'],
        );
      // Never the internal message: it can name SQL, files or plan data.
      return errorResponse(
        500,
        'generalException',
        'An unexpected error occurred.',
        {},
        req.headers['client-request-id'],
      );
    }
  }

  private route(req: GraphRequestIn): GraphResponseOut {
    const method = req.method.toUpperCase();
    const base = this.baseUrlOf(req.headers);
    const path = req.path.replace(/^\/+/, '').replace(/\/+$/, '');
    if (path === '$batch')
      throw new GraphHttpError(400, 'BadRequest', 'A $batch request cannot be nested in a batch.');
    const siteMatch = /^sites\/(.+)$/.exec(path);
    if (!siteMatch)
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Resource not found for the segment '${path.split('/')[0]}'.`,
      );
    const { siteKey, rest } = this.parseSite(siteMatch[1]);
    if (!this.siteMatches(siteKey))
      throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
    const seg = rest ? rest.split('/').map((s) => decodeURIComponent(s)) : [];

    if (seg.length === 0) {
      this.allow(method, ['GET']);
      return ok(200, this.siteJson(base));
    }
    if (seg[0] !== 'lists')
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Resource not found for the segment '${seg[0]}'.`,
      );
    const sitePath = `sites/${this.siteId}`;

    if (seg.length === 1) {
      if (method === 'GET') return this.getLists(base, req.query);
      if (method === 'POST') return this.createList(base, req.body);
      throw methodNotAllowed();
    }
    const list = this.store.findList(seg[1]);
    if (!list) throw new GraphHttpError(404, 'itemNotFound', 'The specified list was not found');
    const listPath = `${sitePath}/lists/${list.id}`;

    if (seg.length === 2) {
      this.allow(method, ['GET']);
      const json = this.listJson(base, list);
      if (/\bcolumns\b/.test(req.query.get('$expand') ?? ''))
        json.columns = this.store.columns(list.id);
      return ok(200, {
        '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists/$entity`,
        ...json,
      });
    }
    if (seg[2] === 'columns') {
      if (seg.length === 3) {
        if (method === 'GET') {
          return ok(200, {
            '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/columns`,
            value: this.store.columns(list.id),
          });
        }
        if (method === 'POST') return this.createColumn(base, list, req.body);
        throw methodNotAllowed();
      }
      if (seg.length === 4) {
        const col = this.store
          .columns(list.id)
          .find((c) => c.id === seg[3] || c.name.toLowerCase() === seg[3].toLowerCase());
        if (!col) throw new GraphHttpError(404, 'itemNotFound', 'Column not found');
        if (method === 'GET') return ok(200, col);
        if (method === 'PATCH') return this.updateColumn(list, col, req.body);
        throw methodNotAllowed();
      }
    }
    if (seg[2] === 'items') {
      if (seg.length === 3) {
        if (method === 'GET') return this.listItems(base, listPath, list, req);
        if (method === 'POST') return this.createItem(base, list, req.body);
        throw methodNotAllowed();
      }
      const id = Number(seg[3]);
      if (!Number.isInteger(id) || id < 1)
        throw new GraphHttpError(400, 'invalidRequest', `Invalid item id '${seg[3]}'.`);
      if (seg.length === 4) {
        if (method === 'GET') {
          const row = this.mustGetItem(list, id);
          const expand = parseExpand(req.query.get('$expand') ?? '');
          return ok(
            200,
            {
              '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items/$entity`,
              ...this.itemJson(base, list, row, expand.fields, expand.select),
            },
            { ETag: quoteEtag(row.guid, row.version) },
          );
        }
        if (method === 'DELETE') return this.deleteItem(list, id, req.headers);
        if (method === 'PATCH') {
          const body = (req.body ?? {}) as Json;
          return this.updateFields(base, list, id, (body.fields ?? {}) as Json, req.headers, true);
        }
        throw methodNotAllowed();
      }
      if (seg.length === 5 && seg[4] === 'fields') {
        if (method === 'GET') {
          const row = this.mustGetItem(list, id);
          return ok(200, this.fieldsJson(list, row));
        }
        if (method === 'PATCH')
          return this.updateFields(base, list, id, (req.body ?? {}) as Json, req.headers, false);
        throw methodNotAllowed();
      }
    }
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Resource not found for the segment '${seg[seg.length - 1]}'.`,
    );
  }

  /** `root`, the site id, or `{hostname}:/{server-relative-path}:` followed by the rest. */
  private parseSite(s: string): { siteKey: string; rest: string } {
    const hostPath = /^([^/:]+):(\/[^:]*)(?::\/?(.*))?$/.exec(s);
    if (hostPath) return { siteKey: `${hostPath[1]}:${hostPath[2]}`, rest: hostPath[3] ?? '' };
    const i = s.indexOf('/');
    return i === -1 ? { siteKey: s, rest: '' } : { siteKey: s.slice(0, i), rest: s.slice(i + 1) };
  }

  /** Local mode has one site: the root, its id, or any hostname:/path resolves to it. */
  private siteMatches(key: string): boolean {
    const k = decodeURIComponent(key);
    return k === 'root' || k === this.siteId || k.includes(':/') || k === this.siteId.split(',')[0];
  }

  private allow(method: string, methods: string[]): void {
    if (!methods.includes(method)) throw methodNotAllowed();
  }

  private listJson(base: string, list: ListRow): Json {
    const host = new URL(base).host;
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
      parentReference: { siteId: this.siteId },
      list: { contentTypesEnabled: false, hidden: false, template: list.template },
    };
  }

  private getLists(base: string, query: URLSearchParams): GraphResponseOut {
    let value = this.store.allLists().map((l) => this.listJson(base, l));
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
    return ok(200, { '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists`, value });
  }

  private createList(base: string, body: unknown): GraphResponseOut {
    const b = (body ?? {}) as Json;
    const displayName = typeof b.displayName === 'string' ? b.displayName.trim() : '';
    if (!displayName)
      throw new GraphHttpError(400, 'invalidRequest', 'The displayName property is required.');
    const template =
      ((b.list as Json | undefined)?.template as string | undefined) ?? 'genericList';
    if (template !== 'genericList')
      throw new GraphHttpError(
        400,
        'invalidRequest',
        `Local mode supports only genericList, not '${template}'.`,
      );
    const columns = Array.isArray(b.columns) ? (b.columns as Json[]) : [];
    const defs = columns.map((c) => this.validateColumn(c));
    const row = this.store.tx(() => {
      if (this.store.findList(displayName)) {
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
      this.store.insertList(list);
      const builtIn = builtInColumns();
      for (const c of builtIn) this.store.putColumn(id, c);
      for (const d of defs) {
        if (builtIn.some((c) => c.name.toLowerCase() === d.name.toLowerCase())) {
          throw new GraphHttpError(
            409,
            'nameAlreadyExists',
            `A duplicate field name "${d.name}" was found.`,
          );
        }
        this.store.putColumn(id, d);
      }
      return this.store.findList(id)!;
    });
    const json = this.listJson(base, row);
    return ok(
      201,
      { '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists/$entity`, ...json },
      { Location: `${base}/sites/${this.siteId}/lists/${row.id}` },
    );
  }

  private validateColumn(c: Json): ColumnDef {
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
    this.checkIndexable(def);
    return def;
  }

  private checkIndexable(def: ColumnDef): void {
    const text = def.text as Json | undefined;
    if (def.indexed && text?.allowMultipleLines) {
      throw new GraphHttpError(
        400,
        'invalidRequest',
        `Column '${def.name}' holds multiple lines of text and cannot be indexed.`,
      );
    }
  }

  private createColumn(_base: string, list: ListRow, body: unknown): GraphResponseOut {
    const def = this.validateColumn((body ?? {}) as Json);
    this.store.tx(() => {
      if (
        this.store.columns(list.id).some((c) => c.name.toLowerCase() === def.name.toLowerCase())
      ) {
        throw new GraphHttpError(
          409,
          'nameAlreadyExists',
          `A duplicate field name "${def.name}" was found.`,
        );
      }
      this.store.putColumn(list.id, def);
    });
    return ok(201, def);
  }

  private updateColumn(list: ListRow, col: ColumnDef, body: unknown): GraphResponseOut {
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
    this.checkIndexable(next);
    this.store.tx(() => this.store.putColumn(list.id, next));
    return ok(200, next);
  }

  private mustGetItem(list: ListRow, id: number): ItemRow {
    const row = this.store.getItem(list.id, id);
    if (!row) throw new GraphHttpError(404, 'itemNotFound', 'The specified item was not found');
    return row;
  }

  private fieldsJson(list: ListRow, row: ItemRow, select?: string[]): Json {
    const stored = JSON.parse(row.fields) as Json;
    const all: Json = {
      '@odata.etag': quoteEtag(row.guid, row.version),
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

  private itemJson(
    base: string,
    list: ListRow,
    row: ItemRow,
    withFields: boolean,
    select?: string[],
  ): Json {
    const etag = quoteEtag(row.guid, row.version);
    const host = new URL(base).host;
    const json: Json = {
      '@odata.etag': etag,
      createdDateTime: row.created,
      eTag: etag,
      id: String(row.id),
      lastModifiedDateTime: row.modified,
      webUrl: `http://${host}/sites/local/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${row.id}`,
      createdBy: { user: { displayName: 'Local mode' } },
      lastModifiedBy: { user: { displayName: 'Local mode' } },
      parentReference: { id: list.id, siteId: this.siteId },
      contentType: { id: '0x0100', name: 'Item' },
    };
    if (withFields) {
      json['fields@odata.context'] =
        `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items('${row.id}')/fields/$entity`;
      json.fields = this.fieldsJson(list, row, select);
    }
    return json;
  }

  /** Checks and normalises written field values against the list's columns. */
  private normaliseFields(list: ListRow, input: Json): Json {
    const cols = new Map(this.store.columns(list.id).map((c) => [c.name.toLowerCase(), c]));
    const out: Json = {};
    for (const [key, raw] of Object.entries(input)) {
      if (key.startsWith('@odata.')) continue;
      const col = cols.get(key.toLowerCase());
      if (!col) throw new GraphHttpError(400, 'invalidRequest', `Field '${key}' is not recognized`);
      if (col.readOnly) continue;
      out[col.name] = this.normaliseValue(col, raw);
    }
    return out;
  }

  private normaliseValue(col: ColumnDef, raw: unknown): unknown {
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

  private createItem(base: string, list: ListRow, body: unknown): GraphResponseOut {
    const b = (body ?? {}) as Json;
    const input = (b.fields ?? {}) as Json;
    if (typeof input !== 'object' || Array.isArray(input))
      throw new GraphHttpError(400, 'invalidRequest', 'fields must be an object.');
    const row = this.store.tx(() => {
      const fields = this.normaliseFields(list, input);
      for (const k of Object.keys(fields)) if (fields[k] === null) delete fields[k];
      const now = nowIso();
      const r: ItemRow = {
        list_id: list.id,
        id: this.store.nextItemId(list.id),
        guid: randomUUID(),
        version: 1,
        fields: JSON.stringify(fields),
        created: now,
        modified: now,
      };
      this.store.insertItem(r);
      return r;
    });
    return ok(
      201,
      {
        '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items/$entity`,
        ...this.itemJson(base, list, row, true),
      },
      {
        Location: `${base}/sites/${this.siteId}/lists/${list.id}/items/${row.id}`,
        ETag: quoteEtag(row.guid, row.version),
      },
    );
  }

  private checkIfMatch(row: ItemRow, headers: Record<string, string | undefined>): void {
    const ifMatch = headers['if-match'];
    if (ifMatch === undefined) return;
    if (typeof ifMatch !== 'string')
      throw new GraphHttpError(400, 'BadRequest', 'The If-Match header must be a string.');
    if (ifMatch.trim() === '*') return;
    const current = stripEtag(quoteEtag(row.guid, row.version)).toLowerCase();
    const ok = ifMatch.split(',').length > 0 && stripEtag(ifMatch).toLowerCase() === current;
    if (!ok) {
      throw new GraphHttpError(
        412,
        'preconditionFailed',
        'The resource has changed since the caller last read it; usually an eTag mismatch',
      );
    }
  }

  private updateFields(
    base: string,
    list: ListRow,
    id: number,
    input: Json,
    headers: Record<string, string | undefined>,
    wholeItem: boolean,
  ): GraphResponseOut {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      throw new GraphHttpError(
        400,
        'invalidRequest',
        'The request body must be a JSON object of field values.',
      );
    const row = this.store.tx(() => {
      const current = this.mustGetItem(list, id);
      this.checkIfMatch(current, headers);
      const changes = this.normaliseFields(list, input);
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
      this.store.updateItem(list.id, id, next.fields, next.version, next.modified);
      return next;
    });
    const etag = quoteEtag(row.guid, row.version);
    if (wholeItem) {
      return ok(
        200,
        {
          '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items/$entity`,
          ...this.itemJson(base, list, row, true),
        },
        { ETag: etag },
      );
    }
    return ok(
      200,
      {
        '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items('${id}')/fields/$entity`,
        ...this.fieldsJson(list, row),
      },
      { ETag: etag },
    );
  }

  private deleteItem(
    list: ListRow,
    id: number,
    headers: Record<string, string | undefined>,
  ): GraphResponseOut {
    this.store.tx(() => {
      const current = this.mustGetItem(list, id);
      this.checkIfMatch(current, headers);
      this.store.deleteItem(list.id, id);
    });
    return { status: 204, headers: {} };
  }

  private listItems(
    base: string,
    listPath: string,
    list: ListRow,
    req: GraphRequestIn,
  ): GraphResponseOut {
    const q = req.query;
    const columns = this.store.columns(list.id);
    const byName = new Map(columns.map((c) => [c.name.toLowerCase(), c]));
    const allowNonIndexed = (req.headers['prefer'] ?? '').includes(PREFER_NON_INDEXED);
    const checkColumn = (name: string) => {
      const col = byName.get(name.toLowerCase());
      if (!col)
        throw new GraphHttpError(400, 'invalidRequest', `Field '${name}' is not recognized`);
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
    for (const row of this.store.iterateItems(
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
      let json = this.itemJson(base, list, row.item, expand.fields, expand.select);
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
      '@odata.context': `${base}/$metadata#sites('${this.siteId}')/lists('${list.id}')/items`,
      value,
    };
    if (more && last) {
      const next = new URLSearchParams();
      for (const [k, v] of q) if (k !== '$skiptoken') next.append(k, v);
      next.set('$skiptoken', makeSkipToken(last));
      body['@odata.nextLink'] = `${base}/${listPath}/items?${encodeQuery(next)}`;
    }
    return ok(200, body);
  }

  /**
   * JSON batching: at most 20 requests, run in order (dependsOn respected: a request whose
   * dependency failed answers 424), each with its own status, headers and body. Runs of writes
   * commit together (one fsync, nothing answered before it is durable); between runs and reads
   * the event loop is let go, so other requests (and /local/health) never wait behind a whole
   * batch. The responses together stay within BATCH_BYTES: each read pages within its share.
   */
  async batch(
    body: unknown,
    headers: Record<string, string | undefined>,
    beforeEach?: (r: BatchItemIn) => GraphResponseOut | undefined,
  ): Promise<GraphResponseOut> {
    const b = (body ?? {}) as Json;
    if (!Array.isArray(b.requests))
      throw new GraphHttpError(400, 'BadRequest', 'Invalid batch payload format.');
    const requests = b.requests as BatchItemIn[];
    if (requests.length > MAX_BATCH)
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Number of batch requests exceeds limit of ${MAX_BATCH}.`,
      );
    const ids = new Set<string>();
    for (const r of requests) {
      if (
        typeof r?.id !== 'string' ||
        !r.id ||
        typeof r.method !== 'string' ||
        typeof r.url !== 'string'
      ) {
        throw new GraphHttpError(
          400,
          'BadRequest',
          'Each batch request needs an id, a method and a url.',
        );
      }
      if (ids.has(r.id))
        throw new GraphHttpError(400, 'BadRequest', `Batch request id '${r.id}' is duplicated.`);
      ids.add(r.id);
      if (
        r.headers !== undefined &&
        (typeof r.headers !== 'object' ||
          r.headers === null ||
          Array.isArray(r.headers) ||
          !Object.values(r.headers).every((v) => typeof v === 'string'))
      )
        throw new GraphHttpError(
          400,
          'BadRequest',
          `The headers of batch request id ${r.id} must be an object of strings.`,
        );
      if (
        r.body !== undefined &&
        (typeof r.body !== 'object' || r.body === null || Array.isArray(r.body))
      )
        throw new GraphHttpError(
          400,
          'BadRequest',
          `The body of batch request id ${r.id} must be a JSON object.`,
        );
      if (
        r.body !== undefined &&
        !Object.keys(r.headers ?? {}).some((h) => h.toLowerCase() === 'content-type')
      ) {
        throw new GraphHttpError(
          400,
          'BadRequest',
          `Write request id : ${r.id} does not contain Content-Type header or body.`,
        );
      }
      if (r.dependsOn !== undefined && !Array.isArray(r.dependsOn))
        throw new GraphHttpError(
          400,
          'BadRequest',
          `dependsOn of request id ${r.id} must be a list.`,
        );
      for (const d of r.dependsOn ?? []) {
        if (!ids.has(d))
          throw new GraphHttpError(
            400,
            'BadRequest',
            `Request id '${r.id}' depends on '${d}', which is not an earlier request in the batch.`,
          );
      }
    }
    const status = new Map<string, number>();
    const responses: Json[] = [];
    let used = 0;
    const runOne = (r: BatchItemIn, index: number) => {
      let res: GraphResponseOut;
      const failedDep = (r.dependsOn ?? []).find((d) => (status.get(d) ?? 500) >= 400);
      if (failedDep !== undefined) {
        res = errorResponse(
          424,
          'FailedDependency',
          `Request failed because the request it depends on ('${failedDep}') failed.`,
        );
      } else {
        const share = Math.min(
          PAGE_BYTES,
          Math.max(MIN_SHARE_BYTES, Math.floor((BATCH_BYTES - used) / (requests.length - index))),
        );
        res = beforeEach?.(r) ?? this.handleBatchItem(r, headers, share);
      }
      status.set(r.id, res.status);
      const item: Json = { id: r.id, status: res.status, headers: res.headers };
      if (res.body !== undefined) {
        item.body = res.body;
        used += Buffer.byteLength(JSON.stringify(res.body));
      }
      responses.push(item);
    };
    let i = 0;
    while (i < requests.length) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if (requests[i].method.toUpperCase() === 'GET') {
        runOne(requests[i], i);
        i++;
        continue;
      }
      // A run of writes: one commit (each request in its own savepoint, so a failing one is
      // rolled back alone).
      let j = i;
      while (j < requests.length && requests[j].method.toUpperCase() !== 'GET') j++;
      const from = i;
      this.store.tx(() => {
        for (let k = from; k < j; k++) runOne(requests[k], k);
      });
      i = j;
    }
    return ok(200, { responses });
  }

  private handleBatchItem(
    r: BatchItemIn,
    outer: Record<string, string | undefined>,
    maxBytes: number,
  ): GraphResponseOut {
    const url = r.url.replace(/^\/+/, '').replace(/^v1\.0\//, '');
    const qi = url.indexOf('?');
    const headers: Record<string, string | undefined> = { host: outer.host };
    for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
    return this.handle({
      method: r.method,
      path: qi === -1 ? url : url.slice(0, qi),
      query: new URLSearchParams(qi === -1 ? '' : url.slice(qi + 1)),
      headers,
      body: r.body,
      maxBytes,
    });
  }
}

export interface BatchItemIn {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

function ok(status: number, body: unknown, headers: Record<string, string> = {}): GraphResponseOut {
  return {
    status,
    headers: {
      'Content-Type':
        'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
      ...headers,
    },
    body,
  };
}

function methodNotAllowed(): GraphHttpError {
  return new GraphHttpError(
    405,
    'Request_BadRequest',
    'Specified HTTP method is not allowed for the request target.',
  );
}

/** Query strings the way Graph writes them: $ and , and ( ) left readable, values encoded. */
function encodeQuery(q: URLSearchParams): string {
  return [...q]
    .map(
      ([k, v]) =>
        `${k}=${encodeURIComponent(v).replace(/%24/g, '$').replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')')}`,
    )
    .join('&');
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

type Literal = string | number | null;

/** One term of a page's order: an SQL expression over the items table and its direction. */
interface OrderKey {
  expr: string;
  desc: boolean;
}

/**
 * SharePoint's own shape, `Paged=TRUE&p_ID=<last id>`, with the last item's other order values
 * (JSON) when the order is not by id alone: the next page starts after that item whatever was
 * added or deleted before it, where an offset would skip one for each deletion.
 */
function makeSkipToken(last: Literal[]): string {
  const p = new URLSearchParams({ Paged: 'TRUE' });
  if (last.length > 1) p.set('p_Keys', JSON.stringify(last.slice(0, -1)));
  p.set('p_ID', String(last[last.length - 1]));
  return Buffer.from(p.toString()).toString('base64url');
}

function parseSkipToken(token: string, keyCount: number): Literal[] {
  const bad = () => new GraphHttpError(400, 'invalidRequest', 'The $skiptoken is not valid.');
  const p = new URLSearchParams(Buffer.from(token, 'base64url').toString('utf8'));
  const id = Number(p.get('p_ID'));
  if (p.get('Paged') !== 'TRUE' || !Number.isInteger(id) || id < 0) throw bad();
  let rest: unknown = [];
  if (keyCount > 1) {
    try {
      rest = JSON.parse(p.get('p_Keys') ?? '');
    } catch {
      throw bad();
    }
  }
  if (
    !Array.isArray(rest) ||
    rest.length !== keyCount - 1 ||
    !rest.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  )
    throw bad();
  return [...(rest as Literal[]), id];
}

/**
 * Rows after the cursor in the page order, NULL-aware (SQLite puts NULLs first ascending, last
 * descending): (k1 after v1) OR (k1 IS v1 AND k2 after v2) OR ...
 */
function afterCursor(keys: OrderKey[], values: Literal[], params: unknown[]): string {
  const alternatives: string[] = [];
  keys.forEach((key, k) => {
    const v = values[k];
    const parts: string[] = [];
    const partParams: unknown[] = [];
    for (let j = 0; j < k; j++) {
      parts.push(`${keys[j].expr} IS ?`);
      partParams.push(values[j]);
    }
    if (!key.desc) {
      if (v === null) parts.push(`${key.expr} IS NOT NULL`);
      else {
        parts.push(`${key.expr} > ?`);
        partParams.push(v);
      }
    } else {
      if (v === null) return; // nothing sorts after NULL when descending
      parts.push(`(${key.expr} < ? OR ${key.expr} IS NULL)`);
      partParams.push(v);
    }
    alternatives.push(`(${parts.join(' AND ')})`);
    params.push(...partParams);
  });
  return alternatives.length ? `(${alternatives.join(' OR ')})` : '(0)';
}
