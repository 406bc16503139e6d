/**
 * The Graph client never sends the token anywhere but its own base URL, never sends a create
 * twice, gives up on a stalled server, and stops on a nextLink that loops (issue 15).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runBatch } from './batch';
import { GraphClient, GraphRequestError } from './client';

interface Sent {
  url: string;
  method: string;
  auth: string | null;
}

/** Replaces fetch (the SDK's HTTPMessageHandler calls the global) with scripted answers. */
function scriptedFetch(answer: (sent: Sent, n: number) => Response): Sent[] {
  const sent: Sent[] = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init?.headers);
    const s = { url, method: init?.method ?? 'GET', auth: headers.get('Authorization') };
    sent.push(s);
    // A turn of the event loop, as a real fetch takes: a client that loops then still lets
    // jest's timeout fire instead of starving it.
    await new Promise((r) => setImmediate(r));
    return answer(s, sent.length);
  });
  return sent;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

const graphError = (status: number) =>
  json(status, { error: { code: `http${status}`, message: 'Gateway timeout' } });

const noWait = { sleep: () => Promise.resolve(), baseDelaySeconds: 0 };

function client(extra: Partial<ConstructorParameters<typeof GraphClient>[0]> = {}) {
  return new GraphClient({
    baseUrl: 'https://graph.microsoft.com/v1.0',
    getToken: () => Promise.resolve('secret-token'),
    retry: noWait,
    ...extra,
  });
}

afterEach(() => jest.restoreAllMocks());

describe('the token never leaves the Graph origin', () => {
  test('a link with another host later in its path is refused before anything is sent', async () => {
    const sent = scriptedFetch(() => json(200, { value: [] }));
    const c = client();
    for (const link of [
      'https://graph.microsoft.com/v1.0/https://evil.example/steal',
      'https://evil.example/v1.0/sites/root',
      'https://graph.microsoft.com.evil.example/v1.0/sites',
      'http://graph.microsoft.com/v1.0/sites/root',
      'https://graph.microsoft.com/beta/sites/root',
      'https://graph.microsoft.com/v1.0/../evil',
      'sites/https://evil.example/x',
    ]) {
      await expect(c.get(link)).rejects.toMatchObject({ code: 'invalidNextLink' });
    }
    expect(sent).toEqual([]);
  });

  test('a nextLink to another host ends paging without sending the token there', async () => {
    const sent = scriptedFetch((s) =>
      s.url.includes('evil')
        ? json(200, { value: [] })
        : json(200, {
            value: [{ id: '1' }],
            '@odata.nextLink': 'https://graph.microsoft.com/v1.0/https://evil.example/page2',
          }),
    );
    await expect(client().all('sites/root/lists')).rejects.toMatchObject({
      code: 'invalidNextLink',
    });
    expect(sent.map((s) => new URL(s.url).host)).toEqual(['graph.microsoft.com']);
    expect(sent.every((s) => s.auth === 'Bearer secret-token')).toBe(true);
  });

  test('a nextLink under the base URL is followed', async () => {
    const sent = scriptedFetch((_, n) =>
      n === 1
        ? json(200, {
            value: [{ id: '1' }],
            '@odata.nextLink':
              'https://graph.microsoft.com/v1.0/sites/root/lists?$skiptoken=abc%3D&$top=1',
          })
        : json(200, { value: [{ id: '2' }] }),
    );
    expect(await client().all('sites/root/lists')).toEqual([{ id: '1' }, { id: '2' }]);
    expect(sent[1].url).toContain('/v1.0/sites/root/lists?');
    expect(sent[1].url).toContain('skiptoken');
  });
});

describe('no create is sent twice', () => {
  test('a POST that met a 504 is not sent again', async () => {
    const sent = scriptedFetch(() => graphError(504));
    const err = await client()
      .post('sites/root/lists/Plans/items', { fields: { Title: 'x' } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphRequestError);
    expect((err as GraphRequestError).status).toBe(504);
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(1);
  });

  test('a POST that met a 429 (not done) is sent again; a GET that met a 504 too', async () => {
    const posts = scriptedFetch((_, n) => (n === 1 ? graphError(429) : json(201, { id: '1' })));
    await client().post('sites/root/lists/Plans/items', { fields: {} });
    expect(posts).toHaveLength(2);
    jest.restoreAllMocks();
    const gets = scriptedFetch((_, n) => (n === 1 ? graphError(504) : json(200, { id: 'x' })));
    await client().get('sites/root');
    expect(gets).toHaveLength(2);
  });

  test('PATCH is retried after a 503 only with If-Match', async () => {
    const plain = scriptedFetch(() => graphError(503));
    await expect(client().patch('sites/root/lists/L/items/1/fields', { A: 1 })).rejects.toThrow();
    expect(plain).toHaveLength(1);
    jest.restoreAllMocks();
    const guarded = scriptedFetch((_, n) => (n === 1 ? graphError(503) : json(200, {})));
    await client().patch('sites/root/lists/L/items/1/fields', { A: 1 }, { 'If-Match': '"e,1"' });
    expect(guarded).toHaveLength(2);
  });

  test('in a batch, a create that met a 504 is reported, not sent again; a read is', async () => {
    const batches: { id: string; method: string }[][] = [];
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
      const { requests } = JSON.parse(String(init?.body)) as {
        requests: { id: string; method: string }[];
      };
      batches.push(requests);
      return json(200, {
        responses: requests.map((r) =>
          batches.length === 1
            ? { id: r.id, status: 504, headers: {}, body: { error: { code: 'x', message: 'y' } } }
            : { id: r.id, status: 200, headers: {}, body: {} },
        ),
      });
    });
    const out = await runBatch(
      client(),
      [
        { method: 'POST', url: '/sites/root/lists/L/items', body: { fields: {} } },
        { method: 'GET', url: '/sites/root' },
      ],
      { sleep: () => Promise.resolve() },
    );
    expect(out.map((o) => o.status)).toEqual([504, 200]);
    expect(batches.map((b) => b.map((r) => r.method))).toEqual([['POST', 'GET'], ['GET']]);
  });
});

describe('a stalled server and a looping nextLink', () => {
  test('a request times out with a clear error', async () => {
    const stalled = http.createServer((req) => {
      // Takes the request and never answers.
      req.resume();
    });
    await new Promise<void>((r) => stalled.listen(0, '127.0.0.1', () => r()));
    const port = (stalled.address() as AddressInfo).port;
    try {
      const c = new GraphClient({
        baseUrl: `http://127.0.0.1:${port}/graph/v1.0`,
        timeoutMs: 300,
        retry: noWait,
      });
      const started = Date.now();
      const err = (await c.get('sites/root').catch((e: unknown) => e)) as GraphRequestError;
      expect(err).toBeInstanceOf(GraphRequestError);
      expect(err.code).toBe('requestTimeout');
      expect(err.message).toMatch(/did not answer within/);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      stalled.closeAllConnections();
      await new Promise<void>((r) => stalled.close(() => r()));
    }
  });

  test('a body that stalls after the headers times out too', async () => {
    const stalled = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"value":[');
    });
    await new Promise<void>((r) => stalled.listen(0, '127.0.0.1', () => r()));
    const port = (stalled.address() as AddressInfo).port;
    try {
      const c = new GraphClient({
        baseUrl: `http://127.0.0.1:${port}/graph/v1.0`,
        timeoutMs: 300,
      });
      await expect(c.get('sites/root')).rejects.toMatchObject({ code: 'requestTimeout' });
    } finally {
      stalled.closeAllConnections();
      await new Promise<void>((r) => stalled.close(() => r()));
    }
  });

  test('a nextLink that points to itself stops paging', async () => {
    const self = 'https://graph.microsoft.com/v1.0/sites/root/lists?$skiptoken=same';
    const sent = scriptedFetch(() => json(200, { value: [{ id: '1' }], '@odata.nextLink': self }));
    await expect(client().all('sites/root/lists')).rejects.toMatchObject({
      code: 'repeatedNextLink',
    });
    expect(sent.length).toBeLessThanOrEqual(2);
  });
});
