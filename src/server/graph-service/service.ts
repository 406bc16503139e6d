/**
 * The local lists service: the subset of Microsoft Graph's SharePoint list API the product uses,
 * answered from SQLite with Graph's URLs, JSON shapes, OData errors, paging, ETags and JSON
 * batching. Contract (Microsoft Graph v1.0 docs): site-get, list-create, list-get, columndefinition,
 * listitem-list, listitem-get, listitem-create, listitem-update (If-Match -> 412), listitem-delete,
 * json-batching (at most 20 requests, per-request status, dependsOn -> 424), throttling (429 with
 * Retry-After, injected on demand by the test switch, src/server/faults.ts).
 *
 * This is the router; each resource answers in its own module, as pnpjs splits its client:
 * sites.ts, lists.ts, columns.ts, items.ts (item-query.ts for listing, field-values.ts for
 * writes), batch.ts, with errors.ts and paging.ts shared.
 */
import type { ListsDb } from '../lists-db';
import { runJsonBatch, type BatchItemIn } from './batch';
import { routeColumns } from './columns';
import { GraphHttpError, allow, errorFor, methodNotAllowed } from './errors';
import { ok, type GraphRequestIn, type GraphResponseOut, type Site } from './http';
import { routeItems } from './items';
import { createList, getList, getLists } from './lists';
import { parseSite, siteJson, siteMatches } from './sites';

export class LocalGraphService {
  constructor(
    readonly store: ListsDb,
    /** Public base of the service including the version, e.g. http://127.0.0.1:3000/graph/v1.0 */
    private readonly baseUrlOf: (headers: Record<string, string | undefined>) => string,
  ) {}

  handle(req: GraphRequestIn): GraphResponseOut {
    try {
      return this.route(req);
    } catch (e) {
      return errorFor(e, req.headers['client-request-id']);
    }
  }

  /** `POST /$batch`: each request is answered by `handle`, as if sent alone. */
  batch(
    body: unknown,
    headers: Record<string, string | undefined>,
    beforeEach?: (r: BatchItemIn) => GraphResponseOut | undefined,
  ): Promise<GraphResponseOut> {
    return runJsonBatch(this.store, (r) => this.handle(r), body, headers, beforeEach);
  }

  private route(req: GraphRequestIn): GraphResponseOut {
    const method = req.method.toUpperCase();
    const site: Site = {
      store: this.store,
      id: this.store.siteId,
      base: this.baseUrlOf(req.headers),
    };
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
    const { siteKey, rest } = parseSite(siteMatch[1]);
    if (!siteMatches(site.id, siteKey))
      throw new GraphHttpError(404, 'itemNotFound', 'Requested site could not be found');
    const seg = rest ? rest.split('/').map((s) => decodeURIComponent(s)) : [];

    if (seg.length === 0) {
      allow(method, ['GET']);
      return ok(200, siteJson(site));
    }
    if (seg[0] !== 'lists')
      throw new GraphHttpError(
        400,
        'BadRequest',
        `Resource not found for the segment '${seg[0]}'.`,
      );
    if (seg.length === 1) {
      if (method === 'GET') return getLists(site, req.query);
      if (method === 'POST') return createList(site, req.body);
      throw methodNotAllowed();
    }
    const list = this.store.findList(seg[1]);
    if (!list) throw new GraphHttpError(404, 'itemNotFound', 'The specified list was not found');
    if (seg.length === 2) {
      allow(method, ['GET']);
      return getList(site, list, req.query);
    }
    const answer =
      seg[2] === 'columns'
        ? routeColumns(site, list, method, seg.slice(3), req.body)
        : seg[2] === 'items'
          ? routeItems(site, list, method, seg.slice(3), req)
          : undefined;
    if (answer) return answer;
    throw new GraphHttpError(
      400,
      'BadRequest',
      `Resource not found for the segment '${seg[seg.length - 1]}'.`,
    );
  }
}
