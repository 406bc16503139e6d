/**
 * JSON batching: many Graph requests in `$batch` calls of at most 20, each answered with its own
 * status. Items throttled inside a batch (429, or 503/504 for requests that cannot act twice)
 * are sent again in a later batch after their Retry-After, a bounded number of times; every other outcome is reported item by item,
 * in the order the steps were given, so a caller can say exactly what was saved and what was not.
 */
import {
  GraphClient,
  GraphRequestError,
  mayRetry,
  parseRetryAfter,
  withAdvice,
  type HeaderMap,
} from './client';

export const MAX_BATCH = 20;

export interface BatchStep {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the version, e.g. `/sites/root/lists/SMART%20Plans/items`. */
  url: string;
  headers?: HeaderMap;
  body?: unknown;
  /** Indexes (into the steps array) of earlier steps this one must follow; kept in the same batch. */
  dependsOn?: number[];
}

export interface BatchOutcome<T = unknown> {
  status: number;
  headers: HeaderMap;
  body?: T;
  /** Set when status is not 2xx: Graph's error code and message. */
  error?: GraphRequestError;
}

export interface BatchOptions {
  /** Times a throttled item is sent again (default 4). */
  maxRetries?: number;
  maxDelaySeconds?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { items: number; attempt: number; delaySeconds: number }) => void;
}

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: HeaderMap;
  body?: unknown;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Splits steps into chunks of at most 20 keeping each step with the steps it depends on. */
export function chunkSteps(steps: BatchStep[], size = MAX_BATCH): number[][] {
  const chunks: number[][] = [];
  let cur: number[] = [];
  const chunkOf = new Map<number, number[]>();
  steps.forEach((s, i) => {
    const deps = s.dependsOn ?? [];
    for (const d of deps) {
      if (d >= i)
        throw new Error(`Batch step ${i} depends on step ${d}, which does not come before it.`);
    }
    if (deps.length > 0 && deps.some((d) => chunkOf.get(d) !== cur)) {
      throw new Error(
        `Batch step ${i} depends on a step in an earlier batch; keep dependent steps within ${size}.`,
      );
    }
    if (cur.length >= size) {
      if (deps.length > 0)
        throw new Error(
          `Batch step ${i} and the steps it depends on do not fit in one batch of ${size}.`,
        );
      chunks.push(cur);
      cur = [];
    }
    cur.push(i);
    chunkOf.set(i, cur);
  });
  if (cur.length) chunks.push(cur);
  return chunks;
}

function errorOf(item: BatchResponseItem): GraphRequestError {
  const err = (item.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const headers = lowerKeys(item.headers ?? {});
  return new GraphRequestError(
    item.status,
    err?.code ?? `http${item.status}`,
    err?.message ?? `HTTP ${item.status}`,
    parseRetryAfter(headers['retry-after']),
    item.body,
  );
}

function lowerKeys(h: HeaderMap): HeaderMap {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Runs the steps in $batch calls; the outcomes come back in the steps' order. */
export async function runBatch<T = unknown>(
  client: GraphClient,
  steps: BatchStep[],
  opts: BatchOptions = {},
): Promise<BatchOutcome<T>[]> {
  const outcomes: BatchOutcome<T>[] = new Array(steps.length);
  const maxRetries = opts.maxRetries ?? 4;
  const sleep = opts.sleep ?? defaultSleep;
  for (const chunk of chunkSteps(steps)) {
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      const requests = pending.map((i) => {
        const s = steps[i];
        const headers: HeaderMap = { ...(s.headers ?? {}) };
        if (
          s.body !== undefined &&
          !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
        ) {
          headers['Content-Type'] = 'application/json';
        }
        const r: Record<string, unknown> = {
          id: String(i + 1),
          method: s.method,
          url: s.url.startsWith('/') ? s.url : `/${s.url}`,
          headers,
        };
        if (s.body !== undefined) r.body = s.body;
        const deps = (s.dependsOn ?? []).filter((d) => pending.includes(d));
        if (deps.length) r.dependsOn = deps.map((d) => String(d + 1));
        return r;
      });
      const res = await client.post<{ responses?: BatchResponseItem[] }>('$batch', { requests });
      const byId = new Map((res.responses ?? []).map((r) => [r.id, r]));
      const retry: number[] = [];
      let wait = 0;
      for (const i of pending) {
        const item = byId.get(String(i + 1));
        if (!item) {
          outcomes[i] = {
            status: 0,
            headers: {},
            error: new GraphRequestError(
              0,
              'missingResponse',
              'The batch answer had no response for this request.',
            ),
          };
          continue;
        }
        // A create that met a 503/504 may have been done: only what cannot act twice goes again.
        const throttled = mayRetry(item.status, steps[i].method, steps[i].headers);
        const dependsOnRetried =
          item.status === 424 && (steps[i].dependsOn ?? []).some((d) => retry.includes(d));
        if ((throttled || dependsOnRetried) && attempt < maxRetries) {
          retry.push(i);
          if (throttled)
            wait = Math.max(
              wait,
              parseRetryAfter(lowerKeys(item.headers ?? {})['retry-after']) ?? 2 ** attempt,
            );
          continue;
        }
        const ok = item.status >= 200 && item.status < 300;
        outcomes[i] = {
          status: item.status,
          headers: item.headers ?? {},
          body: item.body as T,
          error: ok ? undefined : withAdvice(client, errorOf(item)),
        };
      }
      if (retry.length) {
        const delay = Math.min(opts.maxDelaySeconds ?? 60, wait);
        opts.onRetry?.({ items: retry.length, attempt: attempt + 1, delaySeconds: delay });
        await sleep(delay * 1000);
      }
      pending = retry;
    }
  }
  return outcomes;
}
