/**
 * One small request must not sink local mode (issue 15): a $batch of 20
 * `GET items?$top=5000&$expand=fields` over large items once took the heap to its limit and the
 * process died. The server runs as a child with a small heap, so a regression fails here instead
 * of taking the test runner down; pages are bounded by bytes, the batch by its total, and
 * /local/health keeps answering while the batch is worked through.
 */
import { rmSync } from 'node:fs';
import { authFetch, killed, localClient, startChildServer } from '../helpers/local-server';
import type { ChildServer } from '../helpers/local-server';
import { tempDir } from './helpers';

const ITEMS = 1000;
const CHARS = 60_000;
const HEAP_MB = 384;

let server: ChildServer;
let dataDir: string;
let call: ReturnType<typeof authFetch>;

beforeAll(async () => {
  dataDir = tempDir('smart-plans-big-');
  server = await startChildServer(dataDir, { nodeArgs: [`--max-old-space-size=${HEAP_MB}`] });
  call = authFetch(server.token);
  const list = await call(`${server.graphUrl}/sites/root/lists`, {
    method: 'POST',
    json: {
      displayName: 'Big',
      columns: [{ name: 'Body', text: { allowMultipleLines: true } }],
      list: { template: 'genericList' },
    },
  });
  expect(list.status).toBe(201);
  // 1,000 items of 60,000 characters: about 60 MB, written 20 at a time.
  for (let b = 0; b < ITEMS / 20; b++) {
    const r = await call(`${server.graphUrl}/$batch`, {
      method: 'POST',
      json: {
        requests: Array.from({ length: 20 }, (_, i) => ({
          id: String(i + 1),
          method: 'POST',
          url: '/sites/root/lists/Big/items',
          headers: { 'Content-Type': 'application/json' },
          body: { fields: { Title: `big ${b * 20 + i}`, Body: String(i % 10).repeat(CHARS) } },
        })),
      },
    });
    const { responses } = (await r.json()) as { responses: { status: number }[] };
    expect(responses.every((x) => x.status === 201)).toBe(true);
  }
}, 120_000);

afterAll(async () => {
  if (server) await killed(server.child);
  rmSync(dataDir, { recursive: true, force: true });
});

test('20 × $top=5000&$expand=fields over large items: answered, bounded, server alive; health answers meanwhile', async () => {
  const requests = Array.from({ length: 20 }, (_, i) => ({
    id: String(i + 1),
    method: 'GET',
    url: '/sites/root/lists/Big/items?$top=5000&$expand=fields',
  }));
  let batchDone = false;
  const batch = call(`${server.graphUrl}/$batch`, { method: 'POST', json: { requests } }).then(
    async (r) => {
      const text = await r.text();
      batchDone = true;
      return { status: r.status, text };
    },
  );
  // Health checks while the batch runs: each must be answered between the batch's parts.
  const healthMs: number[] = [];
  let answeredDuring = 0;
  while (!batchDone) {
    const started = Date.now();
    const h = await fetch(`${server.url}/local/health`);
    expect(h.status).toBe(200);
    if (!batchDone) answeredDuring++;
    healthMs.push(Date.now() - started);
  }
  const result = await batch;
  expect(result.status).toBe(200);
  // The sum of the responses is bounded (16 MB of JSON, plus one item per response at most).
  expect(result.text.length).toBeLessThan(16 * 1024 * 1024 + 20 * (CHARS + 2000));
  const { responses } = JSON.parse(result.text) as {
    responses: {
      id: string;
      status: number;
      body: { value: unknown[]; '@odata.nextLink'?: string };
    }[];
  };
  expect(responses).toHaveLength(20);
  for (const r of responses) {
    expect(r.status).toBe(200);
    expect(r.body.value.length).toBeGreaterThan(0);
    expect(r.body.value.length).toBeLessThan(ITEMS);
    expect(r.body['@odata.nextLink']).toBeDefined();
  }
  expect(answeredDuring).toBeGreaterThanOrEqual(2);
  expect(Math.max(...healthMs)).toBeLessThan(2000);

  // Still alive, and a single GET pages by size: every item is reached through nextLinks.
  expect(server.child.exitCode).toBeNull();
  const single = await call(
    `${server.graphUrl}/sites/root/lists/Big/items?$top=5000&$expand=fields`,
  );
  const page = await single.text();
  expect(page.length).toBeLessThan(4 * 1024 * 1024 + CHARS + 2000);
  let count = 0;
  for await (const p of localClient(server).pages<{ id: string }>(
    'sites/root/lists/Big/items?$top=5000&$expand=fields',
  ))
    count += p.length;
  expect(count).toBe(ITEMS);
  expect(server.child.exitCode).toBeNull();
}, 60_000);
