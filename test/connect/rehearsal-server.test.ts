/**
 * The tenant rehearsal's Graph origin over real HTTP: Graph's CORS, its 401 bodies for a missing,
 * unknown and expired token, a 403 accessDenied when the site grant is revoked, and the product's
 * Graph client renewing a refused token once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forbiddenAdvice } from '../../src/connect/connect';
import { GraphClient } from '../../src/graph/client';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { StoreError } from '../../src/plans/store';
import { startServer, type RunningServer } from '../../src/server/index';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'smart-rehearsal-'));
  server = await startServer({ port: 0, dataDir, auth: true, testHooks: true });
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const lists = () => `${server.graphUrl}/sites/root/lists`;

describe('smart-plans serve --auth (tenant rehearsal)', () => {
  it('serves Graph from another origin than the pages, and tells the pages so', async () => {
    expect(new URL(server.graphUrl).origin).not.toBe(new URL(server.url).origin);
    const config = await (await fetch(`${server.url}/deploy-config.json`)).json();
    expect(config).toMatchObject({
      mode: 'tenant',
      graphBaseUrl: server.graphUrl,
      siteId: server.siteId,
      rehearsal: { tokenUrl: server.rehearsal!.tokenUrl },
    });
    const onPages = await fetch(`${server.url}/graph/v1.0/sites/root`);
    expect(onPages.status).toBe(404);
    const page = await fetch(`${server.url}/tab.html`);
    expect(page.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ${new URL(server.graphUrl).origin}`,
    );
  });

  it("answers a preflight as Graph does: the pages' origin, Authorization allowed", async () => {
    const res = await fetch(lists(), {
      method: 'OPTIONS',
      headers: {
        Origin: server.url,
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'authorization,content-type,if-match',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(server.url);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/If-Match/);
    const other = await fetch(lists(), {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("gives Graph's 401 body for a missing, an unknown and an expired token", async () => {
    const none = await fetch(lists(), { headers: { Origin: server.url } });
    expect(none.status).toBe(401);
    expect(none.headers.get('access-control-allow-origin')).toBe(server.url);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(await none.json()).toMatchObject({
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Access token is empty.',
        innerError: { 'request-id': expect.any(String), date: expect.any(String) },
      },
    });
    const unknown = await fetch(lists(), { headers: { Authorization: 'Bearer nonsense' } });
    expect(unknown.status).toBe(401);
    const token = server.rehearsal!.mintToken();
    const ok = await fetch(lists(), { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    server.rehearsal!.controls.expireAllTokens();
    const expired = await fetch(lists(), { headers: { Authorization: `Bearer ${token}` } });
    expect(expired.status).toBe(401);
    expect((await expired.json()).error).toMatchObject({
      code: 'InvalidAuthenticationToken',
      message: 'Access token has expired or is not yet valid.',
    });
  });

  it('the Graph client renews a refused token once and retries; a second refusal is passed on', async () => {
    const asked: boolean[] = [];
    let refresh = 0;
    const client = new GraphClient({
      baseUrl: server.graphUrl,
      getToken: async (opts) => {
        asked.push(Boolean(opts?.forceRefresh));
        if (opts?.forceRefresh) refresh++;
        return server.rehearsal!.mintToken();
      },
    });
    server.rehearsal!.controls.revokeAllTokens();
    // Each call mints a fresh token here, so revoke between the two attempts with a wrapper.
    let first = true;
    const revoking = new GraphClient({
      baseUrl: server.graphUrl,
      getToken: async (opts) => {
        asked.push(Boolean(opts?.forceRefresh));
        if (first) {
          first = false;
          const t = server.rehearsal!.mintToken();
          server.rehearsal!.controls.revokeAllTokens();
          return t;
        }
        return server.rehearsal!.mintToken();
      },
    });
    await expect(revoking.get('sites/root/lists')).resolves.toBeDefined();
    expect(asked).toEqual([false, true]);
    await expect(client.get('sites/root/lists')).resolves.toBeDefined();
    expect(refresh).toBe(0);
    const never = new GraphClient({ baseUrl: server.graphUrl, getToken: async () => 'bad' });
    await expect(never.get('sites/root/lists')).rejects.toMatchObject({ status: 401 });
  });

  it('a revoked site grant gives 403 accessDenied, and the store says what to ask IT for', async () => {
    const config = server.rehearsal!.deployConfig;
    const client = new GraphClient({
      baseUrl: server.graphUrl,
      getToken: async () => server.rehearsal!.mintToken(),
      forbiddenAdvice: forbiddenAdvice(config),
    });
    const store = new GraphPlanStore({ client, siteId: server.siteId });
    server.rehearsal!.controls.setGrant(false);
    try {
      const raw = await fetch(lists(), {
        headers: { Authorization: `Bearer ${server.rehearsal!.mintToken()}` },
      });
      expect(raw.status).toBe(403);
      expect((await raw.json()).error.code).toBe('accessDenied');
      const err = await store.listPlans().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).status).toBe(403);
      expect((err as StoreError).message).toMatch(/Sites\.Selected/);
      expect((err as StoreError).message).toContain('Plans (rehearsal)');
      expect((err as StoreError).message).toMatch(/administrator must grant/);
    } finally {
      server.rehearsal!.controls.setGrant(true);
    }
    await expect(store.listPlans()).resolves.toEqual([]);
  });
});
