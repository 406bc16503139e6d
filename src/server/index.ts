/**
 * Local mode: one Node http server that serves the built pages (playground, Word task pane,
 * Teams tab) and, under /graph/v1.0, the local lists service that speaks the Graph subset the
 * product uses. No authentication: it binds to 127.0.0.1 unless told otherwise. On start the
 * lists are provisioned by the same code that provisions a tenant (src/graph/lists.ts), and
 * `demo` seeds fictional plans through the same PlanStore.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { GraphClient } from '../graph/client';
import { provisionLists, type ProvisionReport } from '../graph/lists';
import { GraphPlanStore } from '../graph/plan-store';
import { startAuthRehearsal, type AuthRehearsal } from './auth-rehearsal';
import { seedDemo } from './demo';
import { Faults, type FaultRule } from './faults';
import { errorResponse, LocalGraphService, type GraphResponseOut } from './graph-service';
import { ListsDb } from './lists-db';
import { CONTENT_SECURITY_POLICY } from '../web/csp';

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
  close(): Promise<void>;
}

export const GRAPH_PREFIX = '/graph/v1.0';
const MAX_BODY = 8 * 1024 * 1024;

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

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
  const faults = new Faults();
  const stats: RequestStats = { total: 0, byMethod: {}, byStatus: {}, log: [] };
  const resetStats = () => {
    stats.total = 0;
    stats.byMethod = {};
    stats.byStatus = {};
    stats.log = [];
  };
  const service = new LocalGraphService(
    db,
    (h) => `http://${h['x-forwarded-host'] ?? h.host ?? 'localhost'}${GRAPH_PREFIX}`,
  );

  async function handleGraph(
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
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      send(res, errorResponse(413, 'RequestEntityTooLarge', 'The request body is too large.'));
      return;
    }
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        send(
          res,
          errorResponse(
            400,
            'BadRequest',
            'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
          ),
        );
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
          out = service.batch(body, headers, (r) =>
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
    if (url.pathname === '/local/health')
      return json(200, { ok: true, siteId: db.siteId, auth: 'none (local mode)' });
    if (!testHooks) return json(404, { error: { code: 'itemNotFound', message: 'Not found.' } });
    if (url.pathname === '/local/test/faults') {
      if (req.method === 'POST') {
        faults.add(JSON.parse((await readBody(req)) || '{}') as FaultRule);
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
    const security = {
      'Content-Security-Policy': rehearsal
        ? CONTENT_SECURITY_POLICY.replace(
            "connect-src 'self'",
            `connect-src 'self' ${new URL(rehearsal.graphUrl).origin}`,
          )
        : CONTENT_SECURITY_POLICY,
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
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control':
        path.extname(file) === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
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
    const url = new URL(req.url ?? '/', 'http://local');
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
    Promise.resolve(work).catch((e: unknown) => {
      if (!res.headersSent)
        send(
          res,
          errorResponse(500, 'generalException', e instanceof Error ? e.message : String(e)),
        );
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
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${addr.port}`;

  if (opts.auth) {
    const auth = typeof opts.auth === 'object' ? opts.auth : {};
    rehearsal = await startAuthRehearsal({
      pagesOrigin: url,
      host,
      port: auth.graphPort,
      handleGraph,
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
      getToken: serverToken ? async () => serverToken : undefined,
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
    close,
  };
}
