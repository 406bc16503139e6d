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
}

export const RETRY_STATUSES = [429, 503, 504];

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
      if (!res || !RETRY_STATUSES.includes(res.status) || attempt >= max) return;
      const body = context.options?.body;
      // A streamed body cannot be sent twice.
      if (body !== undefined && body !== null && typeof body !== 'string') return;
      const delay = Math.min(
        cap,
        parseRetryAfter(res.headers.get('Retry-After')) ?? base * 2 ** attempt,
      );
      const url =
        typeof context.request === 'string' ? context.request : (context.request as Request).url;
      this.opts.onRetry?.({ status: res.status, attempt: attempt + 1, delaySeconds: delay, url });
      await sleep(delay * 1000);
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
        new AuthLayer(options.getToken),
        new HTTPMessageHandler(),
      ],
    });
  }

  /** Path relative to the version (`sites/root/lists`), or a full URL from @odata.nextLink. */
  private relative(pathOrUrl: string): string {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      if (!pathOrUrl.startsWith(this.baseUrl + '/')) {
        throw new GraphRequestError(
          400,
          'invalidNextLink',
          `Refusing to follow a link outside ${this.baseUrl}: ${pathOrUrl}`,
        );
      }
      return pathOrUrl.slice(this.baseUrl.length + 1);
    }
    return pathOrUrl.replace(/^\/+/, '');
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

  /** Every page of a collection, following @odata.nextLink until there is none. */
  async *pages<T>(path: string, headers?: HeaderMap): AsyncGenerator<T[]> {
    let next: string | undefined = path;
    while (next) {
      const page: { value?: T[]; '@odata.nextLink'?: string } = await this.get(next, headers);
      yield page.value ?? [];
      next = page['@odata.nextLink'];
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
