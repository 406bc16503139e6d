/**
 * One way to connect: local mode by default (no deploy-config.json), the local token sent when
 * the page carries one, a tenant's plans site (not `root`), who is asking from the sign-in, and an
 * invalid configuration refused with its fields named, never a silent fall back to local mode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeployConfigError, loadDeployConfig, parseDeployConfig } from '../../src/connect/config';
import { connect, siteIdFromUrl } from '../../src/connect/connect';
import { readLocalToken } from '../../src/graph/local-token';
import { startServer, type RunningServer } from '../../src/server/index';

const answer = (status: number, body?: unknown) =>
  (async () =>
    new Response(body === undefined ? '' : JSON.stringify(body), { status })) as typeof fetch;

describe('deploy configuration at startup', () => {
  it('no file means local mode; a bad file is an error naming the field', async () => {
    expect(await loadDeployConfig('https://p.example/tab.html', answer(404))).toEqual({
      mode: 'local',
    });
    await expect(
      loadDeployConfig('https://p.example/tab.html', answer(200, { mode: 'tenant' })),
    ).rejects.toThrow(DeployConfigError);
    await expect(
      loadDeployConfig('https://p.example/tab.html', answer(200, { mode: 'tenant' })),
    ).rejects.toThrow(/clientId/);
  });
});

describe('readLocalToken', () => {
  it('reads the meta tag the local server puts in the page', () => {
    const doc = (content: string | null) =>
      ({
        querySelector: (sel: string) =>
          sel === 'meta[name="smart-plans-local-token"]' && content !== null
            ? { getAttribute: () => content }
            : null,
      }) as unknown as Document;
    expect(readLocalToken(doc('s3cret'))).toBe('s3cret');
    expect(readLocalToken(doc(''))).toBeUndefined();
    expect(readLocalToken(doc(null))).toBeUndefined();
  });
});

describe('connect', () => {
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smart-connect-'));
    server = await startServer({ port: 0, dataDir: dir, auth: true, testHooks: true });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('local mode: the lists service beside the pages, the local token as a bearer token', async () => {
    const seen: (string | null)[] = [];
    const realFetch = global.fetch;
    global.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response(JSON.stringify({ value: [] }), { status: 200 });
    }) as typeof fetch;
    try {
      const c = connect({
        config: { mode: 'local' },
        origin: 'http://127.0.0.1:3000',
        localToken: 'per-run',
      });
      expect(c.graphBaseUrl).toBe('http://127.0.0.1:3000/graph/v1.0');
      expect(c.siteId).toBe('root');
      await c.store.listPlans();
      expect(seen[0]).toBe('Bearer per-run');
      expect(await c.whoAmI()).toBeUndefined();
    } finally {
      global.fetch = realFetch;
    }
  });

  it('a tenant: the configured plans site, and who is asking from the sign-in', async () => {
    const config = parseDeployConfig(server.rehearsal!.deployConfig);
    if (config.mode !== 'tenant') throw new Error('expected a tenant');
    const c = connect({
      config,
      origin: server.url,
      signIn: {
        getToken: async () => server.rehearsal!.mintToken(),
        account: () => ({ name: 'Sam Taylor', email: 'sam.taylor@example.org' }),
      },
    });
    expect(c.siteId).toBe(server.siteId);
    expect(c.siteId).not.toBe('root');
    expect(c.siteName).toBe('Plans (rehearsal)');
    expect(await c.whoAmI()).toEqual({ name: 'Sam Taylor', email: 'sam.taylor@example.org' });
    await expect(c.store.listPlans()).resolves.toEqual([]);
    expect(siteIdFromUrl('https://contoso.sharepoint.com/sites/plans')).toBe(
      'contoso.sharepoint.com:/sites/plans:',
    );
  });
});
