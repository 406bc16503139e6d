/**
 * JSON batching (`POST /$batch`): at most 20 requests, run in order (dependsOn respected: a
 * request whose dependency failed answers 424), each with its own status, headers and body.
 */
import type { ListsDb } from '../lists-db';
import { GraphHttpError, errorResponse } from './errors';
import { ok, type GraphRequestIn, type GraphResponseOut, type Json } from './http';
import { PAGE_BYTES } from './paging';

const MAX_BATCH = 20;
/** The sum of a $batch's responses; each request gets a fair share of what is left. */
export const BATCH_BYTES = 16 * 1024 * 1024;
/** The smallest share a batch request is given, however much the others took. */
const MIN_SHARE_BYTES = 64 * 1024;

export interface BatchItemIn {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

/** Refuses the whole batch, as Graph does, when any request in it is malformed. */
function validRequests(body: unknown): BatchItemIn[] {
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
  return requests;
}

/** A batch request as a request of its own: its headers, the outer Host, a page budget. */
function asRequest(
  r: BatchItemIn,
  outer: Record<string, string | undefined>,
  maxBytes: number,
): GraphRequestIn {
  const url = r.url.replace(/^\/+/, '').replace(/^v1\.0\//, '');
  const qi = url.indexOf('?');
  const headers: Record<string, string | undefined> = { host: outer.host };
  for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
  return {
    method: r.method,
    path: qi === -1 ? url : url.slice(0, qi),
    query: new URLSearchParams(qi === -1 ? '' : url.slice(qi + 1)),
    headers,
    body: r.body,
    maxBytes,
  };
}

/**
 * Runs of writes commit together (one fsync, nothing answered before it is durable); between
 * runs and reads the event loop is let go, so other requests (and /local/health) never wait
 * behind a whole batch. The responses together stay within BATCH_BYTES: each read pages within
 * its share.
 */
export async function runJsonBatch(
  store: ListsDb,
  handle: (req: GraphRequestIn) => GraphResponseOut,
  body: unknown,
  headers: Record<string, string | undefined>,
  beforeEach?: (r: BatchItemIn) => GraphResponseOut | undefined,
): Promise<GraphResponseOut> {
  const requests = validRequests(body);
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
      res = beforeEach?.(r) ?? handle(asRequest(r, headers, share));
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
    store.tx(() => {
      for (let k = from; k < j; k++) runOne(requests[k], k);
    });
    i = j;
  }
  return ok(200, { responses });
}
