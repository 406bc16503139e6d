/**
 * The plan score stored with each save: a row in the "SMART Scores" list written in the same
 * $batch as the plan (no extra round trip), read back per plan in $batch for the supervisor view.
 */
import { provisionLists } from '../../src/graph/lists';
import { samplePlan, sampleObjectives, startHarness, type Harness } from '../integration/helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

test('saving a scored plan writes its score history in the same batch', async () => {
  const first = await h.store.savePlan(samplePlan({ score: 41 }), sampleObjectives(2));
  expect(first.failures).toEqual([]);
  const id = first.plan.id!;

  h.server.resetStats();
  const again = await h.store.savePlan({ ...first.plan, score: 67 }, first.objectives);
  expect(again.failures).toEqual([]);
  // One $batch of reads (plan and objectives), one $batch of writes (plan and score row).
  expect(h.server.stats.log.map((l) => `${l.method} ${l.path.replace(/\?.*/, '')}`)).toEqual([
    'POST $batch',
    'POST $batch',
  ]);

  const other = await h.store.savePlan(
    samplePlan({ childRef: 'Other (fictional) T-2', score: 90 }),
    [],
  );
  const unscored = await h.store.savePlan(samplePlan({ childRef: 'Unscored (fictional) T-3' }), []);

  const history = await h.store.scoreHistory([id, other.plan.id!, unscored.plan.id!]);
  expect(history.get(id)!.map((p) => p.score)).toEqual([41, 67]);
  expect(history.get(other.plan.id!)!.map((p) => p.score)).toEqual([90]);
  expect(history.get(unscored.plan.id!)).toEqual([]);
  expect(history.get(id)![0].at <= history.get(id)![1].at).toBe(true);
  // The plan itself carries the latest score, which is what the tab's plan list shows.
  expect((await h.store.getPlan(id)).plan.score).toBe(67);
});

test('provisioning the score list is idempotent', async () => {
  const again = await provisionLists(h.client, 'root', { includeOutbox: true });
  expect(again.changes).toEqual([]);
  expect(again.unchanged).toContain('SMART Scores');
});
