/**
 * A tenant rehearsal on one machine (`smart-plans serve --auth`): local mode with sign-in
 * required, shaped like a tenant where it matters to the pages.
 *
 * - Graph is served from a different origin (its own port) than the pages, at /graph/v1.0, with
 *   Graph's CORS: preflights answered, `Access-Control-Allow-Origin` for the pages' origin only,
 *   `Authorization` allowed, and the headers a client reads exposed.
 * - Every Graph request needs `Authorization: Bearer <token>`; a missing token, an unknown or
 *   revoked one and an expired one get Graph's 401 `InvalidAuthenticationToken` bodies.
 * - A test token endpoint (`POST /rehearsal/token`, same origin as Graph) stands in for Microsoft's
 *   sign-in: it issues short-lived tokens for the rehearsal's user. The pages are told about it
 *   through their deploy configuration, which only this mode serves.
 * - Test switches (`/rehearsal/test/*`, only with test hooks on) revoke the site grant (every
 *   site request then answers 403 `accessDenied`, as Sites.Selected does without a grant), expire
 *   or revoke every token, change the token lifetime, refuse sign-in, or change who signs in.
 *
 * Tokens are random and unrelated to any real credential; they are never logged.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TenantConfig } from '../connect/config';
import { errorResponse } from './graph-service/errors';
import type { GraphResponseOut } from './graph-service/http';

export const REHEARSAL_CLIENT_ID = '11111111-1111-4111-8111-111111111111';
export const REHEARSAL_TENANT_ID = '22222222-2222-4222-8222-222222222222';

export interface RehearsalUser {
  name: string;
  email: string;
}

export interface AuthRehearsalOptions {
  /** The pages' origin, the only one CORS lets in (e.g. http://127.0.0.1:3000). */
  pagesOrigin: string;
  host: string;
  /** Port for the Graph origin (0 picks a free one). */
  port?: number;
  /** Graph requests that passed the token check, handled by the local lists service. */
  handleGraph: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void>;
  /** The local site's id (for the deploy configuration). */
  siteId: string;
  testHooks: boolean;
  /** Token lifetime in seconds (default 3600, as Entra's are about an hour). */
  tokenLifetimeSeconds?: number;
  user?: RehearsalUser;
}

export interface AuthRehearsal {
  graphUrl: string;
  tokenUrl: string;
  /** What the pages are served as deploy-config.json. */
  deployConfig: TenantConfig;
  /** A token for the server's own calls (provisioning, demo data, tests). */
  mintToken(user?: RehearsalUser): string;
  /** Switches, also reachable over HTTP with test hooks on. */
  controls: RehearsalControls;
  close(): Promise<void>;
}

export interface RehearsalControls {
  setGrant(granted: boolean): void;
  expireAllTokens(): void;
  revokeAllTokens(): void;
  setTokenLifetime(seconds: number): void;
  setSignIn(allowed: boolean): void;
  setUser(user: RehearsalUser): void;
  /** Counts since start: Graph requests with and without a good token, tokens issued. */
  counts: { authorised: number; refused: number; tokensIssued: number; preflights: number };
}

interface Issued {
  user: RehearsalUser;
  expiresAt: number;
  revoked: boolean;
}

const GRAPH_PREFIX = '/graph/v1.0';

/** Graph's 401 for a request without a usable token (its code, message and innerError). */
export function unauthorised(message: string): GraphResponseOut {
  return errorResponse(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  });
}

export const MESSAGE_EMPTY = 'Access token is empty.';
export const MESSAGE_EXPIRED = 'Access token has expired or is not yet valid.';
export const MESSAGE_INVALID = 'Access token validation failure. Invalid audience.';

export async function startAuthRehearsal(opts: AuthRehearsalOptions): Promise<AuthRehearsal> {
  const tokens = new Map<string, Issued>();
  let lifetime = opts.tokenLifetimeSeconds ?? 3600;
  let granted = true;
  let signInAllowed = true;
  let user: RehearsalUser = opts.user ?? {
    name: 'Priya Shah (fictional)',
    email: 'priya.shah@example.org',
  };
  const counts = { authorised: 0, refused: 0, tokensIssued: 0, preflights: 0 };

  const mintToken = (who: RehearsalUser = user): string => {
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, { user: who, expiresAt: Date.now() + lifetime * 1000, revoked: false });
    counts.tokensIssued++;
    return token;
  };

  const controls: RehearsalControls = {
    setGrant: (g) => void (granted = g),
    expireAllTokens: () => tokens.forEach((t) => (t.expiresAt = Date.now() - 1000)),
    revokeAllTokens: () => tokens.forEach((t) => (t.revoked = true)),
    setTokenLifetime: (s) => void (lifetime = s),
    setSignIn: (a) => void (signInAllowed = a),
    setUser: (u) => void (user = u),
    counts,
  };

  const cors = (req: http.IncomingMessage): Record<string, string> => {
    const origin = req.headers.origin;
    if (origin !== opts.pagesOrigin) return {};
    return {
      'Access-Control-Allow-Origin': origin,
      Vary: 'Origin',
      'Access-Control-Expose-Headers':
        'ETag, Location, Retry-After, request-id, client-request-id, WWW-Authenticate',
    };
  };

  const send = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    out: GraphResponseOut,
  ): void => {
    res.writeHead(out.status, {
      ...out.headers,
      ...cors(req),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(out.body === undefined ? '' : JSON.stringify(out.body));
  };

  /** The token check Graph makes; undefined when the request may go on. */
  const check = (req: http.IncomingMessage): GraphResponseOut | undefined => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return unauthorised(MESSAGE_EMPTY);
    const issued = tokens.get(m[1]);
    if (!issued || issued.revoked) return unauthorised(MESSAGE_INVALID);
    if (issued.expiresAt <= Date.now()) return unauthorised(MESSAGE_EXPIRED);
    return undefined;
  };

  const readJson = (req: http.IncomingMessage): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
        } catch {
          resolve({});
        }
      });
    });

  async function handleTest(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    action: string,
  ): Promise<void> {
    const body = await readJson(req);
    switch (action) {
      case 'grant':
        controls.setGrant(body.granted !== false);
        break;
      case 'expire-tokens':
        controls.expireAllTokens();
        break;
      case 'revoke-tokens':
        controls.revokeAllTokens();
        break;
      case 'token-lifetime':
        controls.setTokenLifetime(Number(body.seconds));
        break;
      case 'sign-in':
        controls.setSignIn(body.allowed !== false);
        break;
      case 'user':
        controls.setUser({ name: String(body.name), email: String(body.email) });
        break;
      case 'counts':
        break;
      default:
        send(req, res, errorResponse(404, 'itemNotFound', 'No such rehearsal switch.'));
        return;
    }
    send(req, res, { status: 200, headers: { 'Content-Type': 'application/json' }, body: counts });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://rehearsal');
    const method = (req.method ?? 'GET').toUpperCase();
    // CORS preflight, as Graph answers it: no token needed, only the pages' origin allowed.
    if (method === 'OPTIONS') {
      counts.preflights++;
      const allowed = req.headers.origin === opts.pagesOrigin;
      res.writeHead(
        allowed ? 204 : 403,
        allowed
          ? {
              ...cors(req),
              'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
              'Access-Control-Allow-Headers':
                'Authorization, Content-Type, If-Match, If-None-Match, Prefer, ConsistencyLevel, client-request-id, SdkVersion, x-ms-client-request-id',
              'Access-Control-Max-Age': '600',
            }
          : {},
      );
      res.end();
      return;
    }
    const work = (async () => {
      if (url.pathname === '/rehearsal/token' && method === 'POST') {
        if (!signInAllowed) {
          send(req, res, {
            status: 400,
            headers: { 'Content-Type': 'application/json' },
            body: {
              error: 'interaction_required',
              error_description: 'The rehearsal is set to refuse sign-in.',
            },
          });
          return;
        }
        const token = mintToken();
        send(req, res, {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: {
            token_type: 'Bearer',
            access_token: token,
            expires_in: lifetime,
            account: { name: user.name, username: user.email },
          },
        });
        return;
      }
      if (url.pathname.startsWith('/rehearsal/test/')) {
        if (!opts.testHooks || method !== 'POST') {
          send(req, res, errorResponse(404, 'itemNotFound', 'Not found.'));
          return;
        }
        await handleTest(req, res, url.pathname.slice('/rehearsal/test/'.length));
        return;
      }
      if (url.pathname !== GRAPH_PREFIX && !url.pathname.startsWith(GRAPH_PREFIX + '/')) {
        send(req, res, errorResponse(404, 'itemNotFound', 'Not found.'));
        return;
      }
      const refused = check(req);
      if (refused) {
        counts.refused++;
        send(req, res, refused);
        return;
      }
      counts.authorised++;
      if (!granted && /^\/graph\/v1\.0\/(sites|\$batch)/.test(url.pathname)) {
        // Sites.Selected with no grant on the site: Graph's 403. A $batch is refused whole here
        // (Graph would answer each site request inside it with the same 403).
        send(req, res, errorResponse(403, 'accessDenied', 'Access denied'));
        return;
      }
      // The lists service writes nextLinks from the Host it sees: keep this origin.
      await opts.handleGraph(req, wrapCors(res, cors(req)), url);
    })();
    work.catch(() => {
      if (!res.headersSent) send(req, res, errorResponse(500, 'generalException', 'Failed.'));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  const origin = `http://${shownHost}:${port}`;
  const graphUrl = `${origin}${GRAPH_PREFIX}`;
  const tokenUrl = `${origin}/rehearsal/token`;
  return {
    graphUrl,
    tokenUrl,
    deployConfig: {
      mode: 'tenant',
      clientId: REHEARSAL_CLIENT_ID,
      tenantId: REHEARSAL_TENANT_ID,
      graphBaseUrl: graphUrl,
      siteUrl: `${origin}/sites/plans`,
      siteId: opts.siteId,
      siteName: 'Plans (rehearsal)',
      rehearsal: { tokenUrl },
    },
    mintToken,
    controls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Adds the CORS headers to whatever the lists service writes (writeHead merges them). */
function wrapCors(res: http.ServerResponse, headers: Record<string, string>): http.ServerResponse {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  return res;
}
