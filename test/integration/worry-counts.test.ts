/**
 * A plan's worry counts (how many worries it names, how many no objective answers) through the
 * real GraphPlanStore over HTTP against local mode: two number columns on the Plans list, written
 * and read back as Graph would, and a plan from before the columns existed still read as "not
 * known" (issue 18).
 */
import { provisionLists } from '../../src/graph/lists';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { PLANS } from '../../src/graph/schema/plans';
import { GraphRequestError } from '../../src/graph/client';
import { samplePlan, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const PLANS_LIST = `sites/root/lists/${encodeURIComponent('SMART Plans')}`;

interface GraphColumn {
  name: string;
  number?: unknown;
}

test('the Plans list has the two counts as number columns', async () => {
  const columns = await h.client.all<GraphColumn>(`${PLANS_LIST}/columns`);
  const byName = new Map(columns.map((c) => [c.name, c]));
  for (const name of ['WorriesNamed', 'WorriesUnanswered'])
    expect(byName.get(name)?.number).toBeDefined();
});

test('counts are saved, read back by id and in the list, and changed by a later save', async () => {
  const first = await h.store.savePlan(
    samplePlan({ childRef: 'Worry counts (fictional) W-1', worries: { named: 4, unanswered: 1 } }),
    [],
  );
  expect(first.failures).toEqual([]);
  const id = first.plan.id!;
  expect(first.plan.worries).toEqual({ named: 4, unanswered: 1 });
  expect((await h.store.getPlan(id)).plan.worries).toEqual({ named: 4, unanswered: 1 });

  // Every worry answered: nought is a count, kept as one, not read back as "not known".
  const second = await h.store.savePlan(
    { ...first.plan, worries: { named: 3, unanswered: 0 } },
    [],
  );
  expect(second.failures).toEqual([]);
  expect((await h.store.getPlan(id)).plan.worries).toEqual({ named: 3, unanswered: 0 });
  const listed = await h.store.listPlans({ supervisor: 'sam.taylor@example.org' });
  expect(listed.find((p) => p.id === id)?.worries).toEqual({ named: 3, unanswered: 0 });

  // Stored as the numbers themselves, so SharePoint can sort and filter the column.
  const item = await h.client.get<{ fields: Record<string, unknown> }>(
    `${PLANS_LIST}/items/${id}?$expand=fields`,
  );
  expect(item.fields).toMatchObject({ WorriesNamed: 3, WorriesUnanswered: 0 });

  // The Teams tab writes the plan back as it read it: the counts survive an edit there.
  const edited = await h.store.updatePlan({ ...(await h.store.getPlan(id)).plan, status: 'draft' });
  expect(edited.worries).toEqual({ named: 3, unanswered: 0 });
});

test('a plan saved without counts, or with only one of them, reads as not known', async () => {
  const saved = await h.store.savePlan(samplePlan({ childRef: 'No counts (fictional) W-2' }), []);
  const id = saved.plan.id!;
  expect(saved.plan).not.toHaveProperty('worries');
  expect((await h.store.getPlan(id)).plan).not.toHaveProperty('worries');

  // Edited by hand in SharePoint: one column filled in, the other left empty.
  await h.client.patch(`${PLANS_LIST}/items/${id}/fields`, { WorriesNamed: 2 });
  expect((await h.store.getPlan(id)).plan).not.toHaveProperty('worries');
  // A count that cannot be one (a fraction, below nought) is not known either.
  await h.client.patch(`${PLANS_LIST}/items/${id}/fields`, {
    WorriesNamed: 2.5,
    WorriesUnanswered: -1,
  });
  expect((await h.store.getPlan(id)).plan).not.toHaveProperty('worries');
});

test('the service refuses a count that is not a number, as Graph does', async () => {
  const saved = await h.store.savePlan(samplePlan({ childRef: 'Bad count (fictional) W-3' }), []);
  const refused = await h.client
    .patch(`${PLANS_LIST}/items/${saved.plan.id!}/fields`, { WorriesUnanswered: 'some' })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(refused).toBeInstanceOf(GraphRequestError);
  expect((refused as GraphRequestError).status).toBe(400);
});

test('provisioning a Plans list from before the counts adds the two columns; its plans read as not known until saved again', async () => {
  const names = { plans: 'Plans Before Worries' };
  const before = PLANS.columns.filter((c) => !c.name.startsWith('Worries'));
  await h.client.post('sites/root/lists', {
    displayName: names.plans,
    columns: before,
    list: { template: 'genericList' },
  });
  const old = new GraphPlanStore({ client: h.client, names });
  // Written as the store wrote plans before the counts: without the two columns at all.
  const item = await h.client.post<{ id: string }>(
    `sites/root/lists/${encodeURIComponent(names.plans)}/items`,
    {
      fields: {
        Title: 'Saved last year (fictional) W-4',
        PlanType: 'child-in-need',
        PlanStatus: 'active',
        LeadName: 'Jordan Lee',
        SupervisorName: 'Sam Taylor',
        SupervisorEmail: 'sam.taylor@example.org',
        Members: '[]',
        Score: 72,
      },
    },
  );

  const report = await provisionLists(h.client, 'root', { names });
  expect(
    report.changes.filter((c) => c.list === names.plans && c.action === 'added column'),
  ).toEqual([
    { list: names.plans, action: 'added column', column: 'WorriesNamed' },
    { list: names.plans, action: 'added column', column: 'WorriesUnanswered' },
  ]);

  const plan = (await old.getPlan(item.id)).plan;
  expect(plan).toMatchObject({ childRef: 'Saved last year (fictional) W-4', score: 72 });
  expect(plan).not.toHaveProperty('worries');
  const resaved = await old.savePlan({ ...plan, worries: { named: 2, unanswered: 2 } }, []);
  expect(resaved.failures).toEqual([]);
  expect((await old.getPlan(item.id)).plan.worries).toEqual({ named: 2, unanswered: 2 });
});
