/**
 * Local mode: one Node http server that serves the built pages (playground, Word task pane,
 * Teams tab) and, under /graph/v1.0, the local lists service that speaks the Graph subset the
 * product uses. Like Graph, it asks for a bearer token: the data folder's secret (file
 * `local-token`, printed by `serve`, carried by the pages it serves). It answers only the Host
 * names it was started with and refuses other origins, so no other web page can read or write
 * it (cross-site requests, DNS rebinding). It binds to 127.0.0.1 unless told otherwise. On start the
 * lists are provisioned by the same code that provisions a tenant (src/graph/lists.ts), and
 * `demo` seeds fictional plans through the same PlanStore.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { GraphClient, type TokenProvider } from '../graph/client';
import { LOCAL_TOKEN_META } from '../graph/local-token';
import { provisionLists, type ProvisionReport } from '../graph/lists';
import { GraphPlanStore } from '../graph/plan-store';
import { startAuthRehearsal, type AuthRehearsal } from './auth-rehearsal';
import { seedDemo } from './demo';
import { Faults, type FaultRule } from './faults';
import { errorResponse } from './graph-service/errors';
import type { GraphResponseOut } from './graph-service/http';
import { LocalGraphService } from './graph-service/service';
import { ListsDb } from './lists-db';
import { CONTENT_SECURITY_POLICY } from '../web/csp';
import { bearerMatches, ensureLocalToken } from './token';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Folder for the SQLite file; default ./.smart-plans */
  dataDir?: string;
  /** Seed fictional plans (only into an empty Plans list). */
  demo?: boolean;
  /** Built pages; default dist/web of this package. */
  webRoot?: string;
  /** Enables the test switch (fault injection, stats endpoint). Also SMART_PLANS_TEST_HOOKS=1. */
  testHooks?: boolean;
  /**
   * Tenant rehearsal (`serve --auth`, src/server/auth-rehearsal.ts): Graph on another origin
   * with sign-in required, and the pages told so by their deploy configuration.
   */
  auth?: boolean | { graphPort?: number; tokenLifetimeSeconds?: number };
  /**
   * Further Host names (`name:port`, or `name` for port 80) to answer, beyond 127.0.0.1,
   * localhost, [::1] and --host: e.g. the machine's name when listening on 0.0.0.0.
   */
  allowedHosts?: string[];
}

export interface RequestStats {
  /** HTTP requests to /graph/v1.0 since start or the last reset (a $batch counts once). */
  total: number;
  byMethod: Record<string, number>;
  /** Answers by HTTP status (a $batch counts by its own status). */
  byStatus: Record<number, number>;
  log: { method: string; path: string; status: number }[];
}

export interface RunningServer {
  url: string;
  graphUrl: string;
  siteId: string;
  provisioned: ProvisionReport;
  stats: RequestStats;
  resetStats(): void;
  faults: Faults;
  /** With `auth`: the rehearsal's Graph origin, token endpoint and switches. */
  rehearsal?: AuthRehearsal;
  /** The data folder's secret: send it as `Authorization: Bearer <token>`. */
  token: string;
  /** A GraphClient token provider that gives the secret. */
  getToken: TokenProvider;
  close(): Promise<void>;
}

export const GRAPH_PREFIX = '/graph/v1.0';
const MAX_BODY = 8 * 1024 * 1024;
/** A body over MAX_BODY is read and dropped up to here (so the client sees the 413), then cut. */
const MAX_DRAIN = 64 * 1024 * 1024;
/** JSON deeper than this is refused before anything walks it recursively. */
const MAX_JSON_DEPTH = 32;

/** The pages' policy, defined once for this header and the pages' own <meta> (src/web/csp.ts). */
export { CONTENT_SECURITY_POLICY };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
};

/** dist/web beside dist/node (compiled), or <repo>/dist/web when run from src (tests, tsx). */
export function defaultWebRoot(): string {
  const candidates = [
    path.resolve(__dirname, '../../web'),
    path.resolve(__dirname, '../../dist/web'),
  ];
  return candidates.find((c) => existsSync(path.join(c, 'playground.html'))) ?? candidates[1];
}

/**
 * The request body, or undefined when it is over MAX_BODY. An oversized body is still read (and
 * dropped) so that the client, still sending, receives the 413 rather than a reset connection.
 */
function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else {
        chunks.length = 0;
        if (size > MAX_DRAIN) {
          req.destroy();
          resolve(undefined);
        }
      }
    });
    req.on('end', () =>
      resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/** Depth of a parsed JSON value, walked without recursion. */
function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) return true;
    for (const child of Object.values(v as Record<string, unknown>)) stack.push([child, d + 1]);
  }
  return false;
}

function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `application/json`, with any parameters; a charset, if given, must be UTF-8. */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const [type, ...params] = value.split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || /^charset="?utf-?8"?$/.test(charset);
}

/**
 * Host names this server answers: loopback names and the listening address, each with the port
 * (and bare for port 80, as browsers send it). A DNS-rebinding page sends its own name: refused.
 */
export function allowedHostNames(host: string, port: number, extra: string[] = []): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  if (host !== '0.0.0.0' && host !== '::')
    names.push(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  const out = new Set<string>();
  for (const n of names) {
    out.add(`${n}:${port}`.toLowerCase());
    if (port === 80) out.add(n.toLowerCase());
  }
  for (const e of extra) out.add(e.toLowerCase());
  return out;
}

/** Puts the token in the page's head, where readLocalToken finds it. */
export function injectTokenMeta(html: string, token: string): string {
  const meta = `<meta name="${LOCAL_TOKEN_META}" content="${token}">`;
  const m = /<head(\s[^>]*)?>/i.exec(html);
  if (m) return html.slice(0, m.index + m[0].length) + meta + html.slice(m.index + m[0].length);
  return meta + html;
}

function send(res: http.ServerResponse, out: GraphResponseOut): void {
  const body = out.body === undefined ? '' : JSON.stringify(out.body);
  res.writeHead(out.status, {
    ...out.headers,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = path.resolve(opts.dataDir ?? './.smart-plans');
  const webRoot = path.resolve(opts.webRoot ?? defaultWebRoot());
  const testHooks = opts.testHooks ?? process.env.SMART_PLANS_TEST_HOOKS === '1';
  const db = new ListsDb(dataDir);
  const token = ensureLocalToken(dataDir);
  const getToken: TokenProvider = () => Promise.resolve(token);
  // Filled in once the port is known; no request can arrive before that.
  let allowedHosts = new Set<string>();
  const faults = new Faults();
  const stats: RequestStats = { total: 0, byMethod: {}, byStatus: {}, log: [] };
  const resetStats = () => {
    stats.total = 0;
    stats.byMethod = {};
    stats.byStatus = {};
    stats.log = [];
  };
  // Only Host, checked against allowedHosts before any route runs; X-Forwarded-Host is ignored,
  // so no header can put another origin into @odata.nextLink.
  const service = new LocalGraphService(
    db,
    (h) => `http://${h.host ?? 'localhost'}${GRAPH_PREFIX}`,
  );

  const refuse = (res: http.ServerResponse, out: GraphResponseOut) => {
    res.setHeader('Connection', 'close');
    send(res, out);
  };

  /** Refuses requests from other origins, and any without the bearer token. */
  function authorised(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(originHost(origin))) {
      send(
        res,
        errorResponse(
          403,
          'Forbidden',
          'Requests from other web pages are not allowed: this origin is not the local server.',
        ),
      );
      return false;
    }
    const auth = req.headers.authorization;
    if (!bearerMatches(auth, token)) {
      send(
        res,
        errorResponse(
          401,
          'InvalidAuthenticationToken',
          auth ? 'Access token validation failure.' : 'Access token is empty.',
          { 'WWW-Authenticate': 'Bearer realm="smart-plans-local"' },
        ),
      );
      return false;
    }
    return true;
  }

  /** Local mode's Graph: the local token and our own origins only. */
  async function handleGraph(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    if (!authorised(req, res)) {
      req.resume();
      return;
    }
    await serveGraph(req, res, url);
  }

  /**
   * The lists service itself, once the caller is known: local mode checks the local token
   * first; the tenant rehearsal checks its own sign-in tokens and CORS before it calls this.
   */
  async function serveGraph(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const rel = url.pathname.slice(GRAPH_PREFIX.length).replace(/^\/+/, '');
    stats.total++;
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers))
      headers[k] = Array.isArray(v) ? v.join(', ') : v;
    // A JSON type on every write: a page on another origin can send text/plain without asking
    // first (a "simple" request), never application/json.
    if (
      (method === 'POST' || method === 'PATCH' || method === 'PUT') &&
      !isJsonContentType(headers['content-type'])
    ) {
      refuse(
        res,
        errorResponse(
          415,
          'UnsupportedMediaType',
          'Write requests must have the Content-Type application/json.',
        ),
      );
      return;
    }
    const raw = await readBody(req);
    if (raw === undefined) {
      refuse(
        res,
        errorResponse(
          413,
          'RequestEntityTooLarge',
          `The request body is larger than ${MAX_BODY / 1024 / 1024} MB.`,
        ),
      );
      return;
    }
    const badPayload = () =>
      send(
        res,
        errorResponse(
          400,
          'BadRequest',
          'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
        ),
      );
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        badPayload();
        return;
      }
      // Only objects are payloads here; `[1,2]`, `5` or `null` would otherwise read as "no
      // fields", and deep nesting would exhaust the stack of whatever walks it next.
      if (!isJsonObject(body) || jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
        badPayload();
        return;
      }
    }
    const injected = faults.match('request', method, rel + url.search, body);
    let out: GraphResponseOut;
    if (injected) {
      out = injected;
    } else if (rel === '$batch') {
      if (method !== 'POST')
        out = errorResponse(
          405,
          'Request_BadRequest',
          'Specified HTTP method is not allowed for the request target.',
        );
      else {
        try {
          out = await service.batch(body, headers, (r) =>
            faults.match('batch-item', r.method, r.url.replace(/^\/+/, ''), r.body),
          );
        } catch (e) {
          const err = e as { status?: number; code?: string; message: string };
          out = errorResponse(err.status ?? 400, err.code ?? 'BadRequest', err.message);
        }
      }
    } else {
      out = service.handle({ method, path: rel, query: url.searchParams, headers, body });
    }
    stats.byStatus[out.status] = (stats.byStatus[out.status] ?? 0) + 1;
    stats.log.push({ method, path: rel + url.search, status: out.status });
    if (stats.log.length > 5000) stats.log.shift();
    send(res, out);
  }

  async function handleAdmin(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    // Open, so a monitor needs no secret; it says nothing about the data.
    if (url.pathname === '/local/health') return json(200, { ok: true });
    if (!testHooks) return json(404, { error: { code: 'itemNotFound', message: 'Not found.' } });
    if (!authorised(req, res)) return;
    if (url.pathname === '/local/test/faults') {
      if (req.method === 'POST') {
        let rule: FaultRule;
        try {
          rule = JSON.parse((await readBody(req)) || '{}') as FaultRule;
        } catch {
          return json(400, { error: { code: 'BadRequest', message: 'Invalid JSON.' } });
        }
        faults.add(rule);
        return json(200, { pending: faults.pending });
      }
      if (req.method === 'DELETE') {
        faults.clear();
        return json(200, { pending: 0 });
      }
    }
    if (url.pathname === '/local/test/stats') {
      if (req.method === 'DELETE') resetStats();
      return json(200, stats);
    }
    json(404, { error: { code: 'itemNotFound', message: 'Not found.' } });
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(302, { Location: '/playground.html' });
      res.end();
      return;
    }
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    const file = path.resolve(webRoot, '.' + rel);
    // The rehearsal's Graph has its own origin, which the pages may call, as they would Graph's.
    const withGraph = (policy: string): string =>
      rehearsal
        ? policy.replace(
            "connect-src 'self'",
            `connect-src 'self' ${new URL(rehearsal.graphUrl).origin}`,
          )
        : policy;
    const security = {
      'Content-Security-Policy': withGraph(CONTENT_SECURITY_POLICY),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (!file.startsWith(webRoot + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      const missing = !existsSync(path.join(webRoot, 'playground.html'));
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...security });
      res.end(
        missing
          ? 'The pages are not built yet: run `npm run build`, then start again.\n'
          : 'Not found.\n',
      );
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (path.extname(file).toLowerCase() === '.html') {
      // Pages carry the token, so they are never stored by a cache.
      // The page's own <meta> policy must allow the same (a page obeys both policies).
      const html = injectTokenMeta(withGraph(readFileSync(file, 'utf8')), token);
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Length': Buffer.byteLength(html),
        ...security,
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ...security,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  let rehearsal: AuthRehearsal | undefined;
  const server = http.createServer((req, res) => {
    // Before anything else, pages included (they carry the token): only our own Host names.
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      req.resume();
      refuse(
        res,
        errorResponse(
          403,
          'Forbidden',
          'This server answers only its own addresses (the Host header names another).',
        ),
      );
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://local');
    } catch {
      req.resume();
      refuse(res, errorResponse(400, 'BadRequest', 'The request URL is not valid.'));
      return;
    }
    let work: Promise<void> | void;
    if (url.pathname === '/deploy-config.json') {
      // Where the pages' data is: local mode, or the rehearsal's tenant configuration.
      const body = JSON.stringify(rehearsal?.deployConfig ?? { mode: 'local' });
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
      return;
    }
    if (
      rehearsal &&
      (url.pathname === GRAPH_PREFIX || url.pathname.startsWith(GRAPH_PREFIX + '/'))
    ) {
      // In the rehearsal Graph is only on its own origin, as in a tenant.
      send(res, errorResponse(404, 'itemNotFound', `Graph is at ${rehearsal.graphUrl} here.`));
      return;
    }
    if (url.pathname === GRAPH_PREFIX || url.pathname.startsWith(GRAPH_PREFIX + '/'))
      work = handleGraph(req, res, url);
    else if (url.pathname.startsWith('/local/')) work = handleAdmin(req, res, url);
    else work = handleStatic(req, res, url);
    Promise.resolve(work).catch(() => {
      // Internal messages stay inside: they can name files, SQL or plan data.
      if (!res.headersSent)
        send(res, errorResponse(500, 'generalException', 'An unexpected error occurred.'));
      else res.destroy();
    });
  });
  // Keep-alive sockets must not hold close() open.
  server.keepAliveTimeout = 5000;

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 3000, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  allowedHosts = allowedHostNames(host, addr.port, opts.allowedHosts);
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${addr.port}`;

  if (opts.auth) {
    const auth = typeof opts.auth === 'object' ? opts.auth : {};
    rehearsal = await startAuthRehearsal({
      pagesOrigin: url,
      host,
      port: auth.graphPort,
      handleGraph: serveGraph,
      siteId: db.siteId,
      testHooks,
      tokenLifetimeSeconds: auth.tokenLifetimeSeconds,
    });
  }
  const graphUrl = rehearsal?.graphUrl ?? `${url}${GRAPH_PREFIX}`;

  const close = async () => {
    await rehearsal?.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    db.close();
  };

  let provisioned: ProvisionReport;
  try {
    const serverToken = rehearsal?.mintToken();
    const client = new GraphClient({
      baseUrl: graphUrl,
      getToken: serverToken ? async () => serverToken : getToken,
    });
    provisioned = await provisionLists(client, 'root', { includeOutbox: true });
    if (opts.demo) await seedDemo(new GraphPlanStore({ client, siteId: 'root' }));
  } catch (e) {
    await close();
    throw e;
  }
  resetStats();
  return {
    url,
    graphUrl,
    siteId: db.siteId,
    provisioned,
    stats,
    resetStats,
    faults,
    rehearsal,
    token,
    getToken,
    close,
  };
}

/** `host:port` of an Origin header, lower case; '' for `null` or anything unparsable. */
function originHost(origin: string): string {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' ? u.host.toLowerCase() : '';
  } catch {
    return '';
  }
}
