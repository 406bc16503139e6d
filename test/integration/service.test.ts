/**
 * The local lists service speaks Graph faithfully where the product relies on it: OData error
 * bodies, $batch limits and dependsOn, indexed-column filters, ETags and If-Match, paging links,
 * and the pages' security headers.
 */
import { authFetch } from '../helpers/local-server';
import { startHarness, type Harness } from './helpers';

let h: Harness;
let g: string;

/** Every request here carries the server's token, as a real client's does. */
function fetch(url: string, init: RequestInit = {}): Promise<Response> {
  return authFetch(h.server.token)(url, init);
}
beforeAll(async () => {
  h = await startHarness();
  g = h.server.graphUrl;
});
afterAll(async () => {
  await h.stop();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${g}/${path}`, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const items = 'sites/root/lists/SMART%20Reviews/items';

test('errors carry the OData error body', async () => {
  const r = await call('GET', 'sites/root/lists/Nope/items');
  expect(r.status).toBe(404);
  expect(r.body.error.code).toBe('itemNotFound');
  expect(typeof r.body.error.message).toBe('string');
  expect(r.body.error.innerError['request-id']).toMatch(/[0-9a-f-]{36}/);
  expect(r.body.error.innerError.date).toMatch(/Z$/);
});

test('a list resolves by id or display name, with its columns', async () => {
  const byName = await call('GET', 'sites/root/lists/smart%20reviews?$expand=columns');
  expect(byName.status).toBe(200);
  const byId = await call('GET', `sites/root/lists/${byName.body.id}`);
  expect(byId.body.displayName).toBe('SMART Reviews');
  const cols = byName.body.columns as { name: string; indexed: boolean }[];
  expect(cols.find((c) => c.name === 'PlanId')?.indexed).toBe(true);
  const site = await call('GET', 'sites/contoso.sharepoint.com:/sites/children');
  expect(site.body.id).toBe(h.server.siteId);
});

test('create, read, update with If-Match (412 when stale), delete', async () => {
  const created = await call('POST', items, {
    fields: { Title: 'r', PlanId: 'svc', ReviewKind: 'core-group', ScheduledDate: '2027-02-01' },
  });
  expect(created.status).toBe(201);
  expect(created.body['@odata.etag']).toBe(created.body.eTag);
  expect(created.body.fields.ScheduledDate).toBe('2027-02-01T00:00:00Z');
  const id = created.body.id;
  const etag = created.body.eTag;
  const ok = await call(
    'PATCH',
    `${items}/${id}/fields`,
    { Outcome: 'Held' },
    { 'If-Match': etag },
  );
  expect(ok.status).toBe(200);
  expect(ok.body['@odata.etag']).not.toBe(etag);
  expect(ok.body.Outcome).toBe('Held');
  const stale = await call(
    'PATCH',
    `${items}/${id}/fields`,
    { Outcome: 'Overwrite' },
    { 'If-Match': etag },
  );
  expect(stale.status).toBe(412);
  expect(stale.body.error.code).toBe('preconditionFailed');
  const unknown = await call('PATCH', `${items}/${id}/fields`, { NoSuchField: 1 });
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.message).toMatch(/NoSuchField/);
  expect((await call('DELETE', `${items}/${id}`, undefined, { 'If-Match': etag })).status).toBe(
    412,
  );
  expect(
    (await call('DELETE', `${items}/${id}`, undefined, { 'If-Match': ok.body['@odata.etag'] }))
      .status,
  ).toBe(204);
  expect((await call('GET', `${items}/${id}`)).status).toBe(404);
});

test('$filter on a column that is not indexed is refused, as SharePoint does', async () => {
  const r = await call('GET', `${items}?$filter=fields/Outcome eq 'x'`);
  expect(r.status).toBe(400);
  expect(r.body.error.message).toMatch(/not indexed/);
  const allowed = await call('GET', `${items}?$filter=fields/Outcome eq 'x'`, undefined, {
    Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly',
  });
  expect(allowed.status).toBe(200);
});

test('$filter supports and/or/not, comparisons and dates; $orderby and $select', async () => {
  for (const [d, k] of [
    ['2027-01-01', 'core-group'],
    ['2027-02-01', 'lac-review'],
    ['2027-03-01', 'core-group'],
  ]) {
    await call('POST', items, {
      fields: { Title: d, PlanId: 'f', ReviewKind: k, ScheduledDate: d },
    });
  }
  const q = (f: string) =>
    call(
      'GET',
      `${items}?$expand=fields($select=Title)&$orderby=fields/ScheduledDate desc&$filter=${encodeURIComponent(f)}`,
    );
  const titles = (r: { body: { value: { fields: { Title: string } }[] } }) =>
    r.body.value.map((v) => v.fields.Title);
  expect(titles(await q("fields/PlanId eq 'f' and fields/ScheduledDate ge '2027-02-01'"))).toEqual([
    '2027-03-01',
    '2027-02-01',
  ]);
  expect(
    titles(
      await q(
        "fields/PlanId eq 'f' and (fields/ReviewKind eq 'lac-review' or fields/ScheduledDate lt '2027-01-15')",
      ),
    ),
  ).toEqual(['2027-02-01', '2027-01-01']);
  expect(
    titles(await q("fields/PlanId eq 'f' and not (fields/ReviewKind eq 'core-group')")),
  ).toEqual(['2027-02-01']);
  const sel = await q("fields/PlanId eq 'f'");
  expect(Object.keys(sel.body.value[0].fields).sort()).toEqual(['@odata.etag', 'Title']);
  expect((await q("fields/PlanId eq 'it''s'")).body.value).toEqual([]);
  expect((await q("fields/PlanId eq 'unterminated")).status).toBe(400);
});

test('@odata.nextLink is an absolute URL that keeps the query', async () => {
  const r = await call('GET', `${items}?$filter=fields/PlanId eq 'f'&$top=2&$expand=fields`);
  const next = r.body['@odata.nextLink'] as string;
  expect(next.startsWith(`${g}/`)).toBe(true);
  expect(next).toContain('$top=2');
  const page2 = await (await fetch(next)).json();
  expect(page2.value).toHaveLength(1);
  expect(page2['@odata.nextLink']).toBeUndefined();
});

test('$batch: at most 20, per-request status, dependsOn gives 424 after a failure', async () => {
  const tooMany = await call('POST', '$batch', {
    requests: Array.from({ length: 21 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: '/sites/root',
    })),
  });
  expect(tooMany.status).toBe(400);
  expect(tooMany.body.error.message).toMatch(/20/);
  const r = await call('POST', '$batch', {
    requests: [
      {
        id: '1',
        method: 'POST',
        url: `/${items}`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'b', Bogus: 1 } },
      },
      { id: '2', method: 'GET', url: '/sites/root', dependsOn: ['1'] },
      {
        id: '3',
        method: 'POST',
        url: `/${items}`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: 'ok', PlanId: 'batch' } },
      },
    ],
  });
  expect(r.status).toBe(200);
  const byId = Object.fromEntries(
    (r.body.responses as { id: string; status: number }[]).map((x) => [x.id, x.status]),
  );
  expect(byId).toEqual({ '1': 400, '2': 424, '3': 201 });
  const noType = await call('POST', '$batch', {
    requests: [{ id: '1', method: 'POST', url: `/${items}`, body: { fields: {} } }],
  });
  expect(noType.status).toBe(400);
});

test('injected throttling answers 429 with Retry-After, and only when test hooks are on', async () => {
  h.server.faults.add({ path: '^sites/root$', status: 429, retryAfter: 7 });
  const r = await fetch(`${g}/sites/root`);
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toBe('7');
  expect((await r.json()).error.code).toBe('TooManyRequests');
  const admin = await fetch(`${h.server.url}/local/test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 503, times: 1 }),
  });
  expect(admin.status).toBe(200);
  expect((await fetch(`${g}/sites/root`)).status).toBe(503);

  const plain = await startHarness({ testHooks: false });
  try {
    expect(
      (await fetch(`${plain.server.url}/local/test/faults`, { method: 'POST', body: '{}' })).status,
    ).toBe(404);
  } finally {
    await plain.stop();
  }
});

test('pages: / redirects to the playground; responses carry a strict CSP; no path traversal', async () => {
  const root = await fetch(`${h.server.url}/`, { redirect: 'manual' });
  expect(root.status).toBe(302);
  expect(root.headers.get('location')).toBe('/playground.html');
  const page = await fetch(`${h.server.url}/playground.html`);
  const csp = page.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain('frame-ancestors');
  expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
  const traversal = await fetch(`${h.server.url}/..%2f..%2fpackage.json`);
  expect(traversal.status).toBe(404);
});
