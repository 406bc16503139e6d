/** 50 clients updating the same 10 objectives with ETags: nothing acknowledged is lost. */
import { runConcurrency } from './concurrency';
import { startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

test('50 clients x 10 objectives: every acknowledged write is present, every rejected one got 412', async () => {
  const durationMs = Number(process.env.SMART_PLANS_CONCURRENCY_MS ?? 3000);
  h.server.resetStats();
  const r = await runConcurrency({
    graphUrl: h.server.graphUrl,
    token: h.server.token,
    clients: 50,
    objectives: 10,
    durationMs,
  });
  expect(r.otherErrors).toEqual([]);
  expect(r.acknowledged).toBeGreaterThanOrEqual(10);
  expect(r.rejected).toBeGreaterThan(0);
  expect(r.lost).toEqual([]);
  expect(r.leaked).toEqual([]);
  expect(r.versionMismatches).toEqual([]);
  expect(r.rejectedWithoutTheirs).toBe(0);
  // Every rejection was a 412 answered by the service, and nothing else failed.
  expect(h.server.stats.byStatus[412]).toBe(r.rejected);
  const failures = Object.entries(h.server.stats.byStatus).filter(
    ([s]) => Number(s) >= 400 && Number(s) !== 412,
  );
  expect(failures).toEqual([]);
}, 60000);
