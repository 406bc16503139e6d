/** A request to the local lists service and its answer, as the HTTP server and $batch pass them. */
import type { ListsDb } from '../lists-db';

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

export type Json = Record<string, unknown>;

/** What every resource's handlers work in: the one site's store, and the public base for links. */
export interface Site {
  store: ListsDb;
  id: string;
  /** Public base of the service including the version, e.g. http://127.0.0.1:3000/graph/v1.0 */
  base: string;
}

export function ok(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GraphResponseOut {
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
