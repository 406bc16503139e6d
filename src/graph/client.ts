/**
 * The one Graph client every face uses: `@microsoft/microsoft-graph-client` with a middleware
 * chain (retry honouring Retry-After -> auth header -> fetch), a configurable base URL (Graph in
 * a tenant, or the local lists service at http://127.0.0.1:PORT/graph/v1.0), and errors turned
 * into sentences a social worker can act on. Browser-safe: no Node-only imports here; the
 * app-only credential lives in auth-app-only.ts and the Office/Teams sign-in in src/connect.
 */
import {
  Client,
  HTTPMessageHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { StoreError } from '../plans/store';

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

/**
 * Returns a bearer token for Graph, or null when the endpoint needs none. `forceRefresh` asks for
 * a new token, not a cached one: Graph has just refused the last one (401).
 */
export type TokenProvider = (request?: { forceRefresh?: boolean }) => Promise<string | null>;

export interface RetryOptions {
  /** Retries after the first attempt (default 4). */
  maxRetries?: number;
  /** Longest single wait in seconds, whatever Retry-After says (default 60). */
  maxDelaySeconds?: number;
  /** Wait when the answer carries no Retry-After: base * 2^attempt seconds (default 1). */
  baseDelaySeconds?: number;
  /** Told before each wait (for logs and tests). */
  onRetry?: (info: { status: number; attempt: number; delaySeconds: number; url: string }) => void;
  /** Replaceable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphClientOptions {
  /** Base URL including the version; default https://graph.microsoft.com/v1.0. */
  baseUrl?: string;
  /** None for local mode. */
  getToken?: TokenProvider;
  retry?: RetryOptions;
  /**
   * What to tell the user when Graph answers 403 (the site grant is missing or withdrawn): set by
   * src/connect, which knows the plans site's name. Replaces the generic 403 sentence.
   */
  forbiddenAdvice?: string;
  /**
   * Longest wait for one attempt's answer, headers and body, in milliseconds (default 30,000):
   * a stalled server fails with a clear message instead of after Node's 300 s.
   */
  timeoutMs?: number;
}

export const RETRY_STATUSES = [429, 503, 504];
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Whether sending the request again cannot do the work twice: reads, deletes and PUTs are
 * idempotent, and a PATCH with If-Match fails (412) rather than applying twice. A POST (a create,
 * or a $batch of writes) that met a 5xx may have been done: it is never sent again.
 */
export function isIdempotent(method: string, headers: HeaderMap | Headers | undefined): boolean {
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'HEAD' || m === 'PUT' || m === 'DELETE' || m === 'OPTIONS') return true;
  if (m !== 'PATCH' || !headers) return false;
  if (headers instanceof Headers) return headers.has('If-Match');
  return Object.keys(headers).some((k) => k.toLowerCase() === 'if-match');
}

/** Whether a request that met this status may be sent again. 429 means it was not done. */
export function mayRetry(status: number, method: string, headers?: HeaderMap | Headers): boolean {
  if (status === 429) return true;
  return RETRY_STATUSES.includes(status) && isIdempotent(method, headers);
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date), or undefined. */
export function parseRetryAfter(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (Number.isFinite(n)) return Math.max(0, n);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : Math.max(0, Math.ceil((t - now) / 1000));
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retries 429/503/504 honouring Retry-After, a bounded number of times, each wait capped. */
export class RetryLayer implements Middleware {
  private next?: Middleware;
  constructor(private readonly opts: RetryOptions = {}) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const max = this.opts.maxRetries ?? 4;
    const cap = this.opts.maxDelaySeconds ?? 60;
    const base = this.opts.baseDelaySeconds ?? 1;
    const sleep = this.opts.sleep ?? defaultSleep;
    for (let attempt = 0; ; attempt++) {
      await this.next!.execute(context);
      const res = context.response;
      if (!res || attempt >= max) return;
      const method = context.options?.method ?? 'GET';
      if (!mayRetry(res.status, method, context.options?.headers as HeaderMap | Headers)) return;
      const body = context.options?.body;
      // A streamed body cannot be sent twice.
      if (body !== undefined && body !== null && typeof body !== 'string') return;
      const delay = Math.min(
        cap,
        parseRetryAfter(res.headers.get('Retry-After')) ?? base * 2 ** attempt,
      );
      const url = requestUrl(context);
      this.opts.onRetry?.({ status: res.status, attempt: attempt + 1, delaySeconds: delay, url });
      await sleep(delay * 1000);
    }
  }
}

/** An error the SDK passes on with `name` as its code (GraphErrorHandler.constructError). */
function namedError(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

function requestUrl(context: Context): string {
  return typeof context.request === 'string' ? context.request : (context.request as Request).url;
}

/**
 * The last line of defence for the token: a request whose URL is not under the base URL (same
 * scheme, host and port, and path prefix) is stopped before the auth layer adds the token.
 */
export class SameOriginLayer implements Middleware {
  private next?: Middleware;
  constructor(private readonly baseUrl: string) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!isUnderBase(requestUrl(context), this.baseUrl))
      throw namedError(
        'invalidNextLink',
        'Refusing to send a request outside the plan store’s address.',
      );
    await this.next!.execute(context);
  }
}

/** True when `url` has the base's origin and lies under its path. */
export function isUnderBase(url: string, baseUrl: string): boolean {
  let u: URL;
  let b: URL;
  try {
    u = new URL(url);
    b = new URL(baseUrl);
  } catch {
    return false;
  }
  const prefix = b.pathname.replace(/\/+$/, '') + '/';
  return u.origin === b.origin && u.pathname.startsWith(prefix) && !u.username && !u.password;
}

/**
 * One attempt gets `ms` for its whole answer (the body is read here, within the same limit);
 * a timeout is an error with code `requestTimeout`, never retried (the server may have acted).
 */
export class TimeoutLayer implements Middleware {
  private next?: Middleware;
  constructor(private readonly ms: number) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const outer = context.options?.signal;
    if (outer) {
      if (outer.aborted) controller.abort();
      else outer.addEventListener('abort', () => controller.abort(), { once: true });
    }
    context.options = { ...(context.options ?? {}), signal: controller.signal };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.ms);
    try {
      await this.next!.execute(context);
      const res = context.response;
      if (res) {
        const noBody = res.status === 204 || res.status === 205 || res.status === 304;
        const text = noBody ? null : await res.text();
        context.response = new Response(text, {
          status: res.status,
          statusText: res.statusText,
          headers: res.headers,
        });
      }
    } catch (e) {
      if (timedOut)
        throw namedError(
          'requestTimeout',
          `The plan store did not answer within ${Math.round(this.ms / 1000)} seconds. Try again; if it keeps happening, tell your IT support.`,
        );
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Adds `Authorization: Bearer` from the token provider, when it gives one. A 401 answer to a
 * request that carried a token means the token expired or was revoked: the layer asks the
 * provider once for a fresh token (`forceRefresh`) and sends the request again; a second 401 is
 * passed on.
 */
export class AuthLayer implements Middleware {
  private next?: Middleware;
  constructor(private readonly getToken?: TokenProvider) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  private setToken(context: Context, token: string): void {
    context.options = context.options ?? {};
    const h = context.options.headers;
    if (h instanceof Headers) h.set('Authorization', `Bearer ${token}`);
    else
      context.options.headers = {
        ...((h as Record<string, string>) ?? {}),
        Authorization: `Bearer ${token}`,
      };
  }

  async execute(context: Context): Promise<void> {
    const token = await this.token(context);
    if (token === false) return;
    if (token) this.setToken(context, token);
    await this.next!.execute(context);
    if (!this.getToken || context.response?.status !== 401) return;
    const body = context.options?.body;
    // A streamed body cannot be sent twice.
    if (body !== undefined && body !== null && typeof body !== 'string') return;
    const fresh = await this.token(context, true);
    if (!fresh) return;
    this.setToken(context, fresh);
    context.response = undefined;
    await this.next!.execute(context);
  }

  /**
   * The provider's token; when sign-in fails, the request is answered here with a 401 in Graph's
   * shape carrying the sign-in's own words (and false is returned), so callers see a 401, not a
   * network failure.
   */
  private async token(context: Context, forceRefresh = false): Promise<string | null | false> {
    if (!this.getToken) return null;
    try {
      return await this.getToken(forceRefresh ? { forceRefresh } : undefined);
    } catch (e) {
      const g = e as { code?: string; message?: string };
      context.response = new Response(
        JSON.stringify({
          error: {
            code: g.code ?? 'signInRequired',
            message: g.message ?? 'Sign-in did not give a token.',
          },
        }),
        { status: 401, headers: { 'Content-Type': 'application/json' } },
      );
      return false;
    }
  }
}

/** A failed Graph call: status, Graph's error code and message, and Retry-After if any. */
export class GraphRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter?: number,
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }
  /** Words for the user that replace the generic sentence (GraphClientOptions.forbiddenAdvice). */
  advice?: string;
}

/** Attaches the client's 403 advice to a refused request's error. */
export function withAdvice(client: GraphClient, err: GraphRequestError): GraphRequestError {
  if (err.status === 403 && client.options.forbiddenAdvice)
    err.advice = client.options.forbiddenAdvice;
  return err;
}

export type HeaderMap = Record<string, string>;

export class GraphClient {
  readonly api: Client;
  readonly baseUrl: string;

  constructor(readonly options: GraphClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, '');
    const m = /^(.*)\/(v1\.0|beta)$/.exec(this.baseUrl);
    if (!m) throw new Error(`The Graph URL must end with /v1.0 or /beta: ${this.baseUrl}`);
    this.api = Client.initWithMiddleware({
      baseUrl: m[1] + '/',
      defaultVersion: m[2],
      middleware: [
        new RetryLayer(options.retry),
        new SameOriginLayer(this.baseUrl),
        new AuthLayer(options.getToken),
        new TimeoutLayer(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        new HTTPMessageHandler(),
      ],
    });
  }

  /**
   * Path relative to the version (`sites/root/lists`), or a full URL from @odata.nextLink, which
   * must be under the base URL (same origin, same path prefix). The SDK treats any `https://`
   * in a path as a new host, so none may remain in what it is given.
   */
  private relative(pathOrUrl: string): string {
    const refuse = () =>
      new GraphRequestError(
        400,
        'invalidNextLink',
        'Refusing to follow a link outside the plan store’s address.',
      );
    let rel: string;
    if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) {
      if (!isUnderBase(pathOrUrl, this.baseUrl)) throw refuse();
      const u = new URL(pathOrUrl);
      const basePath = new URL(this.baseUrl).pathname.replace(/\/+$/, '');
      rel = u.pathname.slice(basePath.length + 1) + u.search;
    } else rel = pathOrUrl.replace(/^\/+/, '');
    if (/https:\/\//i.test(rel) || rel.startsWith('/')) throw refuse();
    return rel;
  }

  async request<T>(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    headers: HeaderMap = {},
  ): Promise<T> {
    const req = this.api.api(this.relative(path)).headers(headers);
    try {
      switch (method) {
        case 'GET':
          return (await req.get()) as T;
        case 'POST':
          return (await req.post(body)) as T;
        case 'PATCH':
          return (await req.patch(body)) as T;
        case 'DELETE':
          return (await req.delete()) as T;
      }
    } catch (e) {
      throw withAdvice(this, toGraphRequestError(e));
    }
  }

  get<T>(path: string, headers?: HeaderMap): Promise<T> {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T>(path: string, body: unknown, headers?: HeaderMap): Promise<T> {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T>(path: string, body: unknown, headers?: HeaderMap): Promise<T> {
    return this.request<T>('PATCH', path, body, headers);
  }
  delete(path: string, headers?: HeaderMap): Promise<void> {
    return this.request<void>('DELETE', path, undefined, headers);
  }

  /**
   * Every page of a collection, following @odata.nextLink until there is none. A link seen
   * before (a server pointing a page at itself or at an earlier one) ends the walk with an
   * error instead of looping for ever.
   */
  async *pages<T>(path: string, headers?: HeaderMap): AsyncGenerator<T[]> {
    const seen = new Set<string>();
    let next: string | undefined = path;
    while (next) {
      seen.add(next);
      const page: { value?: T[]; '@odata.nextLink'?: string } = await this.get(next, headers);
      yield page.value ?? [];
      next = page['@odata.nextLink'];
      if (next !== undefined && seen.has(next))
        throw new GraphRequestError(
          0,
          'repeatedNextLink',
          'The plan store gave the same page link twice; stopped reading to avoid a loop.',
        );
    }
  }

  async all<T>(path: string, headers?: HeaderMap): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages<T>(path, headers)) out.push(...page);
    return out;
  }
}

function toGraphRequestError(e: unknown): GraphRequestError {
  if (e instanceof GraphRequestError) return e;
  const g = e as {
    statusCode?: number;
    code?: string | null;
    message?: string;
    body?: unknown;
    headers?: Headers;
  };
  let code = g.code ?? '';
  let message = g.message ?? String(e);
  let body: unknown = g.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      /* keep the text */
    }
  }
  const inner = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
  if (inner?.code) code = inner.code;
  if (inner?.message) message = inner.message;
  const status = typeof g.statusCode === 'number' && g.statusCode > 0 ? g.statusCode : 0;
  const retryAfter = parseRetryAfter(g.headers?.get?.('Retry-After') ?? undefined);
  return new GraphRequestError(
    status,
    code || (status ? `http${status}` : 'networkError'),
    message,
    retryAfter,
    body,
  );
}

/**
 * Words a social worker can act on for a failed call. `what` names the thing, e.g. "the plan".
 */
export function explainFailure(status: number, what: string, detail?: string): string {
  switch (true) {
    case status === 0:
      return `Could not reach the plan store to save or load ${what}. Check your connection and try again; nothing was lost on this screen.`;
    case status === 400:
      return `The plan store refused ${what} as it was sent${detail ? ` (${detail})` : ''}. Check the details and try again; if it keeps happening, tell your IT support.`;
    case status === 401:
      return `You are not signed in to the plan store, or your sign-in has expired. Sign in again, then retry.`;
    case status === 403:
      return `You do not have permission to open or change ${what}. Ask your team's SharePoint site owner or IT support to give you access.`;
    case status === 404:
      return `${capitalise(what)} could not be found. It may have been deleted or moved, or the plan lists are not set up on this site yet (IT support can run "smart-plans provision").`;
    case status === 409:
      return `${capitalise(what)} clashes with something already saved. Reload and try again.`;
    case status === 412:
      return `Someone else changed ${what} since you opened it. Look at their version and choose what to keep.`;
    case status === 423:
      return `${capitalise(what)} is locked by someone else just now. Try again in a few minutes.`;
    case status === 429:
      return `The plan store is busy just now, so ${what} was not saved. Wait a minute and try again.`;
    case status >= 500:
      return `The plan store had a problem handling ${what}. Try again in a few minutes; if it keeps happening, tell your IT support.`;
    default:
      return `Saving or loading ${what} failed (HTTP ${status}${detail ? `: ${detail}` : ''}). Try again; if it keeps happening, tell your IT support.`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A Graph failure as the StoreError the faces show. */
export function toStoreError(e: unknown, what: string): StoreError {
  if (e instanceof StoreError) return e;
  const g = e instanceof GraphRequestError ? e : toGraphRequestError(e);
  const retryable = g.status === 0 || RETRY_STATUSES.includes(g.status) || g.status >= 500;
  const detail = g.status === 400 ? g.message : undefined;
  const message = g.advice ?? explainFailure(g.status, what, detail);
  const err = new StoreError(message, g.status, g.code, retryable);
  (err as { cause?: unknown }).cause = g;
  return err;
}

/** `'O''Brien'`: a string literal for $filter, single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Builds `path?k=v&...` with each value URL-encoded. */
export function withQuery(
  path: string,
  query: Record<string, string | number | undefined>,
): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}
