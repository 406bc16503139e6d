/**
 * The real GraphPlanStore over HTTP against local mode: provisioning, request counts, paging,
 * conflicts, throttling and batch partial failures (issue 4's acceptance).
 */
import { GraphClient } from '../../src/graph/client';
import { LIST_SPECS, provisionLists, resolveSiteId } from '../../src/graph/lists';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { runBatch } from '../../src/graph/batch';
import { ConflictError, StoreError } from '../../src/plans/store';
import { sampleObjectives, samplePlan, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});
beforeEach(() => {
  h.server.faults.clear();
  h.server.resetStats();
});

describe('provisioning', () => {
  test('the server provisions on start; a second run is a no-op', async () => {
    // Every list in LIST_SPECS, the local-mode outbox included.
    expect(h.server.provisioned.changes.filter((c) => c.action === 'created list')).toHaveLength(
      LIST_SPECS.length,
    );
    expect(h.server.provisioned.changes.filter((c) => c.action !== 'created list')).toEqual([]);
    const again = await provisionLists(h.client, 'root', { includeOutbox: true });
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toHaveLength(LIST_SPECS.length);
    // Only reads: one for the lists, one per list for its columns.
    expect(Object.keys(h.server.stats.byMethod)).toEqual(['GET']);
  });

  test('--site resolves a SharePoint URL, "local" or an id to the site id', async () => {
    expect(await resolveSiteId(h.client, 'https://contoso.sharepoint.com/sites/Children')).toBe(
      h.server.siteId,
    );
    expect(await resolveSiteId(h.client, 'local')).toBe(h.server.siteId);
    expect(await resolveSiteId(h.client, h.server.siteId)).toBe(h.server.siteId);
    const report = await provisionLists(h.client, h.server.siteId, { includeOutbox: true });
    expect(report.changes).toEqual([]);
  });

  test('upgrading adds missing columns and indexes and keeps the data', async () => {
    const names = { plans: 'Old Plans' };
    await h.client.post('sites/root/lists', {
      displayName: 'Old Plans',
      columns: [{ name: 'PlanType', text: {} }],
      list: { template: 'genericList' },
    });
    await h.client.post(`sites/root/lists/Old%20Plans/items`, {
      fields: { Title: 'kept', PlanType: 'ehc' },
    });
    const first = await provisionLists(h.client, 'root', { names });
    const added = first.changes.filter((c) => c.list === 'Old Plans');
    expect(added.some((c) => c.action === 'added column' && c.column === 'LeadEmail')).toBe(true);
    expect(added.some((c) => c.action === 'indexed column' && c.column === 'PlanType')).toBe(true);
    const second = await provisionLists(h.client, 'root', { names });
    expect(second.changes).toEqual([]);
    const store = new GraphPlanStore({ client: h.client, names });
    const plans = await store.listPlans({ type: 'ehc' });
    expect(plans.map((p) => p.childRef)).toEqual(['kept']);
  });
});

describe('saving and loading plans', () => {
  test('a 45-objective plan is saved in at most 5 requests and loaded in at most 2', async () => {
    const plan = samplePlan({
      documentUrl: 'https://contoso.sharepoint.com/sites/c/Shared%20Documents/plan-45.docx',
    });
    const saved = await h.store.savePlan(plan, sampleObjectives(45));
    expect(saved.failures).toEqual([]);
    expect(h.server.stats.total).toBeLessThanOrEqual(5);
    expect(saved.plan.id).toBeDefined();
    expect(saved.objectives).toHaveLength(45);
    expect(new Set(saved.objectives.map((o) => o.id)).size).toBe(45);

    h.server.resetStats();
    const bundle = await h.store.getPlan(saved.plan.id!);
    expect(h.server.stats.total).toBeLessThanOrEqual(2);
    expect(bundle.plan.childRef).toBe(plan.childRef);
    expect(bundle.plan.nextReview).toBe('2027-03-01');
    expect(bundle.plan.members).toEqual(plan.members);
    expect(bundle.objectives.map((o) => o.order)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    expect(bundle.objectives[0].dueDate).toBe('2027-03-01');
  });

  test('re-saving from Word updates by sourceKey, never duplicates, and withdraws removed objectives', async () => {
    const url = 'https://contoso.sharepoint.com/sites/c/Shared%20Documents/resave.docx';
    const first = await h.store.savePlan(
      samplePlan({ documentUrl: url, childRef: "O'Brien (fictional)" }),
      sampleObjectives(45, 'w'),
    );
    expect(first.failures).toEqual([]);

    // The document changed: objective 3 reworded, 44 and 45 deleted. Word has no ids or ETags.
    const next = sampleObjectives(43, 'w');
    next[2].text = 'Reworded objective three, with a date: by 1 March 2027.';
    h.server.resetStats();
    const second = await h.store.savePlan(
      samplePlan({ documentUrl: url, childRef: "O'Brien (fictional)" }),
      next,
    );
    expect(second.failures).toEqual([]);
    expect(h.server.stats.total).toBeLessThanOrEqual(5);
    expect(second.plan.id).toBe(first.plan.id);
    expect(second.objectives[2].id).toBe(first.objectives[2].id);
    // A lookup by document, one $batch of reads, one $batch of writes: only the plan, the
    // reworded objective and the two withdrawn ones are written.
    expect(h.server.stats.log.map((l) => l.method)).toEqual(['GET', 'POST', 'POST']);

    const bundle = await h.store.getPlan(first.plan.id!);
    expect(bundle.objectives).toHaveLength(45);
    expect(bundle.objectives.filter((o) => o.status === 'withdrawn').map((o) => o.order)).toEqual([
      44, 45,
    ]);
    expect(bundle.objectives[2].text).toMatch(/^Reworded/);
    // Unchanged objectives were not written (still at version 1).
    expect(bundle.objectives.filter((o) => !o.etag!.endsWith(',1"')).map((o) => o.order)).toEqual([
      3, 44, 45,
    ]);
    const plans = await h.store.listPlans({ supervisor: 'sam.taylor@example.org' });
    expect(plans.filter((p) => p.childRef === "O'Brien (fictional)")).toHaveLength(1);
  });

  test('filter values with single quotes are escaped', async () => {
    const saved = await h.store.savePlan(
      samplePlan({
        childRef: 'Quote test',
        supervisor: { name: "Pat O'Neil", email: "pat.o'neil@example.org" },
      }),
      [],
    );
    const found = await h.store.listPlans({ supervisor: "Pat.O'Neil@example.org" });
    expect(found.map((p) => p.id)).toEqual([saved.plan.id]);
    expect(await h.store.listPlans({ supervisor: "x' or fields/PlanStatus eq 'active" })).toEqual(
      [],
    );
  });

  test('involving finds plans by lead, supervisor or member', async () => {
    await h.store.savePlan(
      samplePlan({
        childRef: 'Member test',
        members: [{ name: 'Ann', email: 'ann.member@example.org' }],
      }),
      [],
    );
    const found = await h.store.listPlans({ involving: 'ANN.member@example.org' });
    expect(found.map((p) => p.childRef)).toEqual(['Member test']);
  });
});

describe('paging', () => {
  test('250 items are read in pages of 100 through @odata.nextLink', async () => {
    const steps = Array.from({ length: 250 }, (_, i) => ({
      method: 'POST' as const,
      url: '/sites/root/lists/SMART%20Reminders/items',
      body: {
        fields: {
          Title: `r${i}`,
          PlanId: 'paging',
          DueItem: `paging/${i}`,
          DueDate: '2027-01-01T00:00:00Z',
          ReminderStatus: 'scheduled',
          Attempts: 0,
        },
      },
    }));
    const created = await runBatch(h.client, steps);
    expect(created.every((o) => o.status === 201)).toBe(true);

    h.server.resetStats();
    const sizes: number[] = [];
    const path =
      "sites/root/lists/SMART%20Reminders/items?$expand=fields&$filter=fields/PlanId%20eq%20'paging'&$top=100";
    for await (const page of h.client.pages(path)) sizes.push(page.length);
    expect(sizes).toEqual([100, 100, 50]);
    expect(h.server.stats.total).toBe(3);

    const store = new GraphPlanStore({ client: h.client, pageSize: 100 });
    const all = await store.listReminders({ planId: 'paging' });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((r) => r.dueItem)).size).toBe(250);
  });
});

describe('conflicts', () => {
  test('a stale ETag gets 412, surfaced as ConflictError with their version', async () => {
    const saved = await h.store.savePlan(
      samplePlan({ childRef: 'Conflict test' }),
      sampleObjectives(2, 'c'),
    );
    const mine = saved.objectives[0];
    const theirs = await h.store.updateObjective({
      ...mine,
      progress: 'green',
      progressNote: 'Their note',
    });
    expect(theirs.etag).not.toBe(mine.etag);
    let err: unknown;
    try {
      await h.store.updateObjective({ ...mine, progress: 'red', progressNote: 'My note' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConflictError);
    const c = err as ConflictError<typeof mine>;
    expect(c.theirs?.progressNote).toBe('Their note');
    expect(c.theirs?.etag).toBe(theirs.etag);
    expect(c.message).toMatch(/Someone else changed/);
    expect(h.server.stats.log.some((l) => l.status === 412)).toBe(true);
    // Nothing was overwritten.
    const bundle = await h.store.getPlan(saved.plan.id!);
    expect(bundle.objectives[0].progressNote).toBe('Their note');
  });

  test('plans and settings use If-Match too', async () => {
    const saved = await h.store.savePlan(samplePlan({ childRef: 'Plan conflict' }), []);
    await h.store.updatePlan({ ...saved.plan, nextReview: '2027-04-01' });
    await expect(
      h.store.updatePlan({ ...saved.plan, nextReview: '2027-05-01' }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(h.store.updatePlan({ ...saved.plan, etag: undefined })).rejects.toBeInstanceOf(
      StoreError,
    );

    expect(await h.store.getSetting('house-rules')).toBeUndefined();
    const s1 = await h.store.putSetting('house-rules', { rules: ['a'] });
    const s2 = await h.store.putSetting('house-rules', { rules: ['b'] }, s1.etag);
    expect((await h.store.getSetting<{ rules: string[] }>('house-rules'))?.value).toEqual({
      rules: ['b'],
    });
    await expect(
      h.store.putSetting('house-rules', { rules: ['c'] }, s1.etag),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(h.store.putSetting('house-rules', { rules: ['c'] })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(s2.etag).not.toBe(s1.etag);
  });
});

describe('throttling and failures', () => {
  test('a 429 with Retry-After: 1 is retried after a second and succeeds', async () => {
    const retries: number[] = [];
    const client = new GraphClient({
      baseUrl: h.server.graphUrl,
      getToken: h.server.getToken,
      retry: { onRetry: (i) => retries.push(i.delaySeconds) },
    });
    const store = new GraphPlanStore({ client });
    h.server.faults.add({
      method: 'GET',
      path: 'SMART%20Plans/items',
      status: 429,
      retryAfter: 1,
      times: 1,
    });
    const started = Date.now();
    const plans = await store.listPlans();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(plans.length).toBeGreaterThan(0);
    expect(retries).toEqual([1]);
    expect(h.server.stats.log.map((l) => l.status)).toEqual([429, 200]);
  });

  test('items throttled inside a $batch are sent again after their Retry-After', async () => {
    h.server.faults.add({
      scope: 'batch-item',
      method: 'POST',
      status: 429,
      retryAfter: 1,
      times: 3,
    });
    const saved = await h.store.savePlan(
      samplePlan({ childRef: 'Throttled batch' }),
      sampleObjectives(10, 't'),
    );
    expect(saved.failures).toEqual([]);
    expect(saved.objectives.every((o) => o.id && o.etag)).toBe(true);
    const bundle = await h.store.getPlan(saved.plan.id!);
    expect(bundle.objectives).toHaveLength(10);
  });

  test('retries are bounded: a service that stays throttled gives a StoreError', async () => {
    const client = new GraphClient({
      baseUrl: h.server.graphUrl,
      getToken: h.server.getToken,
      retry: { maxRetries: 2, sleep: async () => undefined },
    });
    const store = new GraphPlanStore({ client });
    h.server.faults.add({ method: 'GET', status: 503, times: 10 });
    const err = await store.listPlans().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).status).toBe(503);
    expect((err as StoreError).retryable).toBe(true);
    expect((err as StoreError).message).toMatch(/try again/i);
    expect(h.server.stats.total).toBe(3);
  });

  test('a batch with one failing request is reported item by item and the rest is saved', async () => {
    const objectives = sampleObjectives(25, 'f');
    objectives[16].owner = { name: 'x'.repeat(300) }; // longer than the 255-character column
    const saved = await h.store.savePlan(samplePlan({ childRef: 'Partial failure' }), objectives);
    expect(saved.failures).toHaveLength(1);
    expect(saved.failures[0]).toMatchObject({ item: 'objective 17', status: 400 });
    expect(saved.failures[0].message).toMatch(/objective 17/);
    const bundle = await h.store.getPlan(saved.plan.id!);
    expect(bundle.objectives.map((o) => o.order)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => n !== 17),
    );
  });

  test('errors read as sentences a social worker can act on', async () => {
    const err = await h.store.getPlan('99999').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).status).toBe(404);
    expect((err as StoreError).message).toMatch(/could not be found/);
    const missing = new GraphPlanStore({ client: h.client, names: { plans: 'No Such List' } });
    const err2 = await missing.listPlans().catch((e: unknown) => e);
    expect((err2 as StoreError).message).toMatch(/smart-plans provision/);
  });
});
