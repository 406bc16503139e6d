/**
 * Local mode is not open to other web pages (issue 15): a bearer token as Graph asks for one,
 * JSON-only writes, its own Host names and origins only; and client mistakes answer 400/413 with
 * Graph's error body, never a 500 with an internal message or a dropped connection.
 */
import http from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readLocalToken, readLocalTokenFile } from '../../src/graph/local-token';
import { startHarness, type Harness } from './helpers';

let h: Harness;
let g: string;
let port: number;
const items = 'sites/root/lists/SMART%20Reviews/items';

beforeAll(async () => {
  h = await startHarness();
  g = h.server.graphUrl;
  port = Number(new URL(g).port);
});
afterAll(async () => {
  await h.stop();
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json(): { error: { code: string; message: string; innerError?: Record<string, string> } };
}

/** A request with any headers (fetch will not send a Host of our choosing). */
function raw(
  method: string,
  pathAndQuery: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: pathAndQuery, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as ReturnType<Raw['json']>,
          });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const auth = () => ({ Authorization: `Bearer ${h.server.token}` });
const jsonWrite = () => ({ ...auth(), 'Content-Type': 'application/json' });
const gp = (p: string) => `/graph/v1.0/${p}`;

async function countItems(planId: string): Promise<number> {
  const r = await raw(
    'GET',
    gp(`${items}?$filter=${encodeURIComponent(`fields/PlanId eq '${planId}'`)}&$top=5000`),
    auth(),
  );
  return (JSON.parse(r.text) as { value: unknown[] }).value.length;
}

function expectODataError(r: Raw, status: number, code?: string) {
  expect(r.status).toBe(status);
  const body = r.json();
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  expect(body.error.innerError?.['request-id']).toMatch(/[0-9a-f-]{36}/);
  expect(body.error.message).not.toMatch(/SQLITE|at \w+ \(|\.ts:\d+|trim is not a function/);
}

describe('the token', () => {
  test('is kept in the data folder, readable by its owner only', () => {
    const file = path.join(h.dataDir, 'local-token');
    expect(readLocalTokenFile(h.dataDir)).toBe(h.server.token);
    expect(h.server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(h.server.token);
  });

  test('no token: 401 with Graph’s error body; a wrong one too', async () => {
    const none = await raw('GET', gp('sites/root'));
    expectODataError(none, 401, 'InvalidAuthenticationToken');
    expect(none.json().error.message).toBe('Access token is empty.');
    const wrong = await raw('GET', gp('sites/root'), { Authorization: 'Bearer not-the-token' });
    expectODataError(wrong, 401, 'InvalidAuthenticationToken');
    expect(wrong.json().error.message).toBe('Access token validation failure.');
    expect((await raw('GET', gp('sites/root'), auth())).status).toBe(200);
  });

  test('served pages carry it in a meta element, and are never cached', async () => {
    const page = await raw('GET', '/playground.html');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const meta = /<meta name="smart-plans-local-token" content="([^"]+)">/.exec(page.text);
    expect(meta?.[1]).toBe(h.server.token);
    // The browser-side helper reads it the way the pages do.
    const doc = {
      querySelector: (sel: string) =>
        sel === 'meta[name="smart-plans-local-token"]'
          ? { getAttribute: () => meta?.[1] ?? null }
          : null,
    } as unknown as Document;
    expect(readLocalToken(doc)).toBe(h.server.token);
  });

  test('/local/health answers without it and reveals nothing', async () => {
    const r = await raw('GET', '/local/health');
    expect(r.status).toBe(200);
    expect(r.text).not.toContain(h.server.siteId);
    expect(r.text).not.toContain(h.server.token);
  });
});

describe('other web pages', () => {
  test('a cross-origin write is refused, even with a JSON type; nothing is created', async () => {
    const batch = JSON.stringify({
      requests: [
        {
          id: '1',
          method: 'POST',
          url: `/${items}`,
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: 'x', PlanId: 'csrf' } },
        },
      ],
    });
    // What a page on another origin can send without asking (no-cors): text/plain, no token.
    const simple = await raw(
      'POST',
      gp('$batch'),
      { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      batch,
    );
    expect([401, 403]).toContain(simple.status);
    expectODataError(simple, simple.status);
    const foreign = await raw(
      'POST',
      gp('$batch'),
      { ...jsonWrite(), Origin: 'https://evil.example' },
      batch,
    );
    expectODataError(foreign, 403, 'Forbidden');
    const nullOrigin = await raw('POST', gp('$batch'), { ...jsonWrite(), Origin: 'null' }, batch);
    expect(nullOrigin.status).toBe(403);
    expect(await countItems('csrf')).toBe(0);
    const own = await raw('POST', gp('$batch'), { ...jsonWrite(), Origin: h.server.url }, batch);
    expect(own.status).toBe(200);
    expect(await countItems('csrf')).toBe(1);
  });

  test('a write as text/plain is refused with 415, even with the token', async () => {
    const body = JSON.stringify({ fields: { Title: 't', PlanId: 'plain' } });
    const r = await raw('POST', gp(items), { ...auth(), 'Content-Type': 'text/plain' }, body);
    expectODataError(r, 415);
    const none = await raw('POST', gp(items), auth(), body);
    expect(none.status).toBe(415);
    const utf16 = await raw(
      'POST',
      gp(items),
      { ...auth(), 'Content-Type': 'application/json; charset=utf-16' },
      body,
    );
    expect(utf16.status).toBe(415);
    expect(await countItems('plain')).toBe(0);
    const ok = await raw(
      'POST',
      gp(items),
      { ...auth(), 'Content-Type': 'application/json; charset=utf-8' },
      body,
    );
    expect(ok.status).toBe(201);
  });

  test('DNS rebinding: a Host that is not ours is refused, for pages and data alike', async () => {
    const evil = { Host: `rebind.evil.example:${port}` };
    expectODataError(await raw('GET', gp('sites/root'), { ...auth(), ...evil }), 403);
    const page = await raw('GET', '/playground.html', evil);
    expect(page.status).toBe(403);
    expect(page.text).not.toContain(h.server.token);
    expect((await raw('GET', '/local/health', evil)).status).toBe(403);
    expect((await raw('GET', gp('sites/root'), { ...auth(), Host: '127.0.0.1:1' })).status).toBe(
      403,
    );
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      expect((await raw('GET', gp('sites/root'), { ...auth(), Host: host })).status).toBe(200);
    }
  });

  test('X-Forwarded-Host never reaches @odata.nextLink', async () => {
    for (let i = 0; i < 3; i++)
      await raw(
        'POST',
        gp(items),
        jsonWrite(),
        JSON.stringify({ fields: { Title: `f${i}`, PlanId: 'fwd' } }),
      );
    const r = await raw(
      'GET',
      gp(`${items}?$filter=${encodeURIComponent("fields/PlanId eq 'fwd'")}&$top=1`),
      { ...auth(), 'X-Forwarded-Host': 'evil.example' },
    );
    const next = (JSON.parse(r.text) as { '@odata.nextLink': string })['@odata.nextLink'];
    expect(next.startsWith(`${g}/`)).toBe(true);
    expect(r.text).not.toContain('evil.example');
  });
});

describe('paging', () => {
  test('deleting an item before the cursor skips nothing', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await raw(
        'POST',
        gp(items),
        jsonWrite(),
        JSON.stringify({ fields: { Title: `p${i}`, PlanId: 'paging' } }),
      );
      ids.push((JSON.parse(r.text) as { id: string }).id);
    }
    const filter = encodeURIComponent("fields/PlanId eq 'paging'");
    const first = JSON.parse(
      (await raw('GET', gp(`${items}?$filter=${filter}&$top=3`), auth())).text,
    ) as { value: { id: string }[]; '@odata.nextLink': string };
    expect(first.value.map((v) => v.id)).toEqual(ids.slice(0, 3));
    // Someone deletes an item already read (a remind run must still see every later plan).
    expect((await raw('DELETE', gp(`${items}/${ids[1]}`), auth())).status).toBe(204);
    const seen = first.value.map((v) => v.id);
    let next: string | undefined = first['@odata.nextLink'];
    while (next) {
      const page = JSON.parse((await raw('GET', next.slice(h.server.url.length), auth())).text) as {
        value: { id: string }[];
        '@odata.nextLink'?: string;
      };
      seen.push(...page.value.map((v) => v.id));
      next = page['@odata.nextLink'];
    }
    expect(seen).toEqual(ids);
  });

  test('ordered by a column, paging by its value and id skips and repeats nothing', async () => {
    // Reviews by ScheduledDate (indexed), several on one date: the cursor needs both keys.
    const made: string[] = [];
    for (let i = 0; i < 9; i++) {
      const r = await raw(
        'POST',
        gp(items),
        jsonWrite(),
        JSON.stringify({
          fields: {
            Title: `o${i}`,
            PlanId: 'ordered',
            ScheduledDate: `2027-0${1 + (i % 3)}-01`,
          },
        }),
      );
      made.push((JSON.parse(r.text) as { id: string }).id);
    }
    const filter = encodeURIComponent("fields/PlanId eq 'ordered'");
    let next: string | undefined = gp(
      `${items}?$filter=${filter}&$orderby=fields/ScheduledDate%20desc&$top=2&$expand=fields`,
    );
    const seen: { id: string; date: string }[] = [];
    while (next) {
      const page = JSON.parse((await raw('GET', next, auth())).text) as {
        value: { id: string; fields: { ScheduledDate: string } }[];
        '@odata.nextLink'?: string;
      };
      seen.push(...page.value.map((v) => ({ id: v.id, date: v.fields.ScheduledDate })));
      next = page['@odata.nextLink']?.slice(h.server.url.length);
    }
    expect(seen.map((s) => s.id).sort()).toEqual([...made].sort());
    const dates = seen.map((s) => s.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('a forged skiptoken is a 400', async () => {
    const r = await raw('GET', gp(`${items}?$skiptoken=${encodeURIComponent('bm9wZQ')}`), auth());
    expectODataError(r, 400);
  });
});

describe('client mistakes answer 400 or 413 with Graph’s error body', () => {
  test('a malformed %-escape in the URL', async () => {
    expectODataError(await raw('GET', gp('sites/root/lists/%E0%A4%A/items'), auth()), 400);
  });

  test('a non-string If-Match in a batch', async () => {
    const r = await raw(
      'POST',
      gp('$batch'),
      jsonWrite(),
      JSON.stringify({
        requests: [
          {
            id: '1',
            method: 'DELETE',
            url: `/${items}/1`,
            headers: { 'If-Match': 5 },
          },
        ],
      }),
    );
    expectODataError(r, 400);
  });

  test('bodies that are not a JSON object create nothing', async () => {
    const before = await countItems('');
    for (const body of ['[1,2]', '5', 'null', '"text"', 'true']) {
      const r = await raw('POST', gp(items), jsonWrite(), body);
      expectODataError(r, 400, 'BadRequest');
    }
    const inBatch = await raw(
      'POST',
      gp('$batch'),
      jsonWrite(),
      JSON.stringify({
        requests: [
          {
            id: '1',
            method: 'POST',
            url: `/${items}`,
            headers: { 'Content-Type': 'application/json' },
            body: [1, 2],
          },
        ],
      }),
    );
    expectODataError(inBatch, 400);
    expect(await countItems('')).toBe(before);
  });

  test('deeply nested JSON', async () => {
    const deep = '{"fields":{"Title":' + '['.repeat(100000) + ']'.repeat(100000) + '}}';
    expectODataError(await raw('POST', gp(items), jsonWrite(), deep), 400);
    const nested = `${'('.repeat(5000)}fields/PlanId eq 'x'${')'.repeat(5000)}`;
    expectODataError(
      await raw('GET', gp(`${items}?$filter=${encodeURIComponent(nested)}`), auth()),
      400,
    );
  });

  test('a body over 8 MB answers 413, not a dropped connection', async () => {
    const big = Buffer.alloc(9 * 1024 * 1024, 'a');
    const body = Buffer.concat([Buffer.from('{"fields":{"Title":"'), big, Buffer.from('"}}')]);
    const r = await raw('POST', gp(items), jsonWrite(), body);
    expectODataError(r, 413);
  });
});

describe('filters are bounded', () => {
  const orTerms = (n: number) =>
    encodeURIComponent(
      Array.from({ length: n }, (_, i) => `fields/PlanId eq 'p${i}'`).join(' or '),
    );

  test('more than 100 terms is refused fast; 100 are answered', async () => {
    const started = Date.now();
    // 101 terms (990 would pass Node's 16 KB limit on a URL; the batch below sends those).
    const r = await raw('GET', gp(`${items}?$filter=${orTerms(101)}`), auth());
    expectODataError(r, 400);
    expect(r.json().error.message).toMatch(/100/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await raw('GET', gp(`${items}?$filter=${orTerms(100)}`), auth())).status).toBe(200);
  });

  test('a batch of 20 long filters answers each with its own 400, quickly', async () => {
    const started = Date.now();
    const r = await raw(
      'POST',
      gp('$batch'),
      jsonWrite(),
      JSON.stringify({
        requests: Array.from({ length: 20 }, (_, i) => ({
          id: String(i + 1),
          method: 'GET',
          url: `/${items}?$filter=${orTerms(990)}`,
        })),
      }),
    );
    expect(r.status).toBe(200);
    const { responses } = JSON.parse(r.text) as { responses: { status: number }[] };
    expect(responses.map((x) => x.status)).toEqual(Array(20).fill(400));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
