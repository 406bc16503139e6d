/**
 * Reading and writing many plans at once through the Graph store against local mode (what the
 * reminder job uses over thousands of plans): iterateBundles, listReminders({ planIds }) and
 * saveReminders, with their request counts and their failures item by item.
 */
import { GraphPlanStore } from '../../src/graph/plan-store';
import type { Reminder } from '../../src/plans/model';
import { ConflictError, StoreError } from '../../src/plans/store';
import { sampleObjectives, samplePlan, startHarness, type Harness } from './helpers';
import { localClient } from '../helpers/local-server';

const SUPERVISOR = 'many.plans@example.org';
const PLANS = 12;

let h: Harness;
/** Small pages and groups, so that a dozen plans cross several of each. */
let store: GraphPlanStore;
const planIds: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  store = new GraphPlanStore({
    client: localClient(h.server),
    pageSize: 5,
    plansPerFilter: 4,
  });
  for (let i = 0; i < PLANS; i++) {
    const saved = await h.store.savePlan(
      samplePlan({
        childRef: `Many plans child ${i} (fictional)`,
        supervisor: { name: 'Many Plans', email: SUPERVISOR },
      }),
      sampleObjectives(1 + (i % 3), `many-${i}`),
    );
    const planId = saved.plan.id!;
    planIds.push(planId);
    await h.store.saveReview({
      planId,
      kind: 'core-group',
      scheduledDate: '2027-01-18',
      heldDate: i % 2 ? '2027-01-18' : undefined,
    });
    await h.store.addAgreement({
      planId,
      person: { name: 'Parent or carer' },
      role: 'parent-carer',
      stance: 'agreed',
      date: '2027-01-04',
    });
  }
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  h.server.faults.clear();
  h.server.resetStats();
});

function reminder(planId: string, n: number): Reminder {
  return {
    planId,
    dueItem: `${planId}/objective-${n}/2027-03-01`,
    recipient: { name: 'Many Plans', email: SUPERVISOR },
    dueDate: '2027-03-01',
    status: 'scheduled',
    attempts: 1,
    sentAt: '2027-02-20T08:00:00Z',
  };
}

describe('iterateBundles', () => {
  test('gives every plan with the same parts as getPlan, in a few requests, not one per plan', async () => {
    const reads = [];
    for await (const read of store.iterateBundles({ supervisor: SUPERVISOR })) reads.push(read);
    const requests = h.server.stats.total;
    expect(reads.map((r) => r.plan.id)).toEqual(planIds);
    for (const read of reads) {
      expect(read.error).toBeUndefined();
      expect(read.bundle).toEqual(await h.store.getPlan(read.plan.id!));
    }
    // 3 pages of plans, and per page one $batch with the objectives, reviews and agreements of
    // its plans in groups of 4: 6 requests where one per plan would be 12 or more.
    expect(requests).toBe(6);
  });

  test('leaves agreements out when asked to', async () => {
    for await (const { bundle } of store.iterateBundles(
      { supervisor: SUPERVISOR },
      { agreements: false },
    ))
      expect(bundle?.agreements).toEqual([]);
    expect(h.server.stats.log.some((l) => l.path.includes('Agreements'))).toBe(false);
  });

  test('a group the site refuses is read again plan by plan; only a plan that still fails is missing', async () => {
    const [first, , , , , second] = planIds;
    // The `or` read of the group holding the first plan fails...
    h.server.faults.add({
      scope: 'batch-item',
      path: `SMART%20Objectives.*PlanId%20eq%20'${first}'%20or`,
      status: 500,
      times: 1,
    });
    // ...and the sixth plan's objectives cannot be read at all.
    h.server.faults.add({
      scope: 'batch-item',
      path: `SMART%20Objectives.*PlanId%20eq%20'${second}'`,
      status: 400,
      times: 10,
      message: 'Injected failure.',
    });
    const reads = [];
    for await (const read of store.iterateBundles({ supervisor: SUPERVISOR })) reads.push(read);
    expect(reads).toHaveLength(PLANS);
    // Both faults were met: the first once, the second by its group's read and its own.
    expect(h.server.faults.pending).toBe(8);
    const failed = reads.filter((r) => r.error);
    expect(failed.map((r) => r.plan.id)).toEqual([second]);
    expect(failed[0].error).toBeInstanceOf(StoreError);
    const firstRead = reads.find((r) => r.plan.id === first)!;
    expect(firstRead.bundle?.objectives).toEqual((await h.store.getPlan(first)).objectives);
  });
});

describe('reminders for many plans', () => {
  test('saveReminders creates and updates in $batch; a stale ETag is a ConflictError result, the rest are saved', async () => {
    const created = await store.saveReminders(planIds.slice(0, 3).map((id) => reminder(id, 1)));
    expect(created.every((r) => r.ok)).toBe(true);
    const records = created.map((r) => (r.ok ? r.value : undefined)!);
    expect(records.every((r) => r.id && r.etag)).toBe(true);
    expect(h.server.stats.total).toBe(1);

    // Someone else marks the second one sent first.
    const theirs = await store.saveReminder({ ...records[1], status: 'sent' });
    const updated = await store.saveReminders(
      records.map((r) => ({ ...r, status: 'failed', attempts: 2, lastError: 'Mail refused.' })),
    );
    expect(updated.map((r) => r.ok)).toEqual([true, false, true]);
    const conflict = updated[1];
    expect(!conflict.ok && conflict.error).toBeInstanceOf(ConflictError);
    expect(!conflict.ok && (conflict.error as ConflictError<Reminder>).theirs).toMatchObject({
      id: theirs.id,
      status: 'sent',
    });
    const stored = await store.listReminders({ planIds: planIds.slice(0, 3) });
    expect(stored.map((r) => r.status).sort()).toEqual(['failed', 'failed', 'sent']);
  });

  test('listReminders({ planIds }) gives exactly those plans’ reminders, with the other filters', async () => {
    await store.saveReminders(planIds.slice(5, 12).map((id) => reminder(id, 2)));
    const wanted = [planIds[0], planIds[6], planIds[11]];
    const got = await store.listReminders({ planIds: wanted });
    expect(new Set(got.map((r) => r.planId))).toEqual(new Set(wanted));
    expect(got).toHaveLength(3);
    const oneItem = await store.listReminders({
      planIds: wanted,
      dueItem: `${planIds[6]}/objective-2/2027-03-01`,
    });
    expect(oneItem.map((r) => r.planId)).toEqual([planIds[6]]);
    expect(await store.listReminders({ planIds: [] })).toEqual([]);
  });

  test('a failed write inside the batch is reported for that reminder only', async () => {
    h.server.faults.add({
      scope: 'batch-item',
      method: 'POST',
      bodyContains: `${planIds[4]}/objective-3`,
      status: 400,
      message: 'Injected failure.',
    });
    const results = await store.saveReminders(planIds.slice(3, 6).map((id) => reminder(id, 3)));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const failed = results[1];
    expect(!failed.ok && failed.error).toBeInstanceOf(StoreError);
    expect(!failed.ok && (failed.error as StoreError).status).toBe(400);
  });
});
