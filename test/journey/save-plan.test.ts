/**
 * "Save to Teams" against the real local lists service over HTTP: saving the same document
 * again never duplicates the plan or its objectives; objectives taken out of the document are
 * withdrawn, not deleted; what the core group recorded in Teams survives a re-save; and a save
 * that fails part-way (items refused inside a $batch, or the server stopped between batches)
 * says exactly what was and was not saved, and a retry completes it.
 */
import { rmSync } from 'node:fs';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { SAMPLE_PLAN, type SampleBlock } from '../../src/playground/sample';
import type { PlanBundle } from '../../src/plans/model';
import { startServer, type RunningServer } from '../../src/server';
import { checkPlan, type PlanReport } from '../../src/smart';
import { planFinder } from '../../src/pane/find-plan';
import { guessObjective, ownerWithoutDate, readPlanDetails } from '../../src/pane/plan-details';
import { PLAN_ID_SETTING } from '../../src/pane/plan-link';
import {
  saveToTeams,
  validateForm,
  type SaveForm,
  type SaveChoice,
  type SaveOutcome,
  type SaveProgress,
} from '../../src/pane/save-plan';
import type { SettingsLike } from '../../src/pane/settings';
import { tempDir } from '../integration/helpers';
import { sampleDocument } from './sample-doc';
import { localClient } from '../helpers/local-server';

const TODAY = new Date('2026-02-10T12:00:00Z');
const DOC_URL = 'https://northfield.example.org/sites/cp/Plans/Jamie%20Carter%20CP%20plan.docx';

let server: RunningServer;
let dataDir: string;
let store: GraphPlanStore;

function connect(): void {
  store = new GraphPlanStore({ client: localClient(server) });
}

beforeEach(async () => {
  dataDir = tempDir('smart-journey-');
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, testHooks: true });
  connect();
});

afterEach(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Office.context.document.settings as a plain object, as the pane sees it. */
function memorySettings(): SettingsLike & { values: Map<string, unknown>; saves: number } {
  const values = new Map<string, unknown>();
  const s = {
    values,
    saves: 0,
    get: (name: string) => values.get(name),
    set: (name: string, value: unknown) => void values.set(name, value),
    saveAsync: (cb?: (r: { status: string }) => void) => {
      s.saves++;
      cb?.({ status: 'succeeded' });
    },
  };
  return s;
}

function reportOf(blocks: SampleBlock[] = SAMPLE_PLAN): PlanReport {
  return checkPlan(sampleDocument(blocks), { today: TODAY });
}

/** The form as the pane pre-fills it, with the supervisor typed in by the worker. */
function formFor(report: PlanReport, blocks: SampleBlock[] = SAMPLE_PLAN): SaveForm {
  const details = readPlanDetails(sampleDocument(blocks), TODAY);
  const form: SaveForm = {
    childRef: details.childRef ?? '',
    type: details.type ?? '',
    leadName: details.leadName ?? '',
    leadEmail: 'priya.shah@example.org',
    supervisorName: 'Sam Taylor',
    supervisorEmail: 'sam.taylor@example.org',
    startDate: details.startDate ?? '',
    nextCoreGroup: details.nextCoreGroup ?? '',
    nextReview: details.nextReview ?? '',
    objectives: {},
  };
  for (const v of report.objectives) {
    const guess = guessObjective(v.objective, TODAY);
    form.objectives[v.objective.id] = {
      ownerName: guess.ownerName ?? 'Priya Shah',
      ownerEmail: '',
      dueDate: guess.dueDate ?? '2026-04-28',
    };
  }
  return form;
}

type ListBlock = Extract<SampleBlock, { kind: 'list' }>;
type Item = ListBlock['items'][number];

/** The sample with its outcomes list replaced. */
function withOutcomes(items: Item[]): SampleBlock[] {
  return SAMPLE_PLAN.map((b) => (b.kind === 'list' && b.ordered ? { ...b, items } : b));
}

// The numbered list: the worries above it are a bulleted one.
const sampleOutcomes: Item[] = (
  SAMPLE_PLAN.find((b) => b.kind === 'list' && b.ordered) as ListBlock
).items;
const textOf = (item: Item) => (typeof item === 'string' ? item : item.text);

async function save(
  settings: SettingsLike,
  blocks: SampleBlock[] = SAMPLE_PLAN,
  progress: SaveProgress[] = [],
): Promise<SaveOutcome> {
  const report = reportOf(blocks);
  return saveToTeams(
    { store, settings, findByDocument: planFinder(store), onProgress: (p) => progress.push(p) },
    { form: formFor(report, blocks), report, documentUrl: DOC_URL },
  );
}

async function objectiveItemCount(): Promise<number> {
  const client = localClient(server);
  const items = await client.all<unknown>(
    `sites/root/lists/${encodeURIComponent('SMART Objectives')}/items?$top=500`,
  );
  return items.length;
}

async function onlyPlan(): Promise<PlanBundle> {
  const plans = await store.listPlans();
  expect(plans).toHaveLength(1);
  return store.getPlan(plans[0].id!);
}

test('the pane pre-fills the form from the sample plan and the form says what is missing', () => {
  const report = reportOf();
  const form = formFor(report);
  expect(form).toMatchObject({
    childRef: 'Jamie Carter (fictional)',
    type: 'child-protection',
    leadName: 'Priya Shah',
    startDate: '2026-02-03',
  });
  const first = report.objectives[0];
  expect(guessObjective(first.objective, TODAY)).toEqual({
    ownerName: 'Mum',
    dueDate: '2026-07-31',
  });
  const empty = validateForm(
    { ...form, supervisorName: '', supervisorEmail: 'sam.taylor', startDate: '' },
    report.objectives,
  );
  expect(empty.errors).toMatchObject({
    supervisorName: 'Enter the supervisor’s name.',
    supervisorEmail: 'Enter the supervisor’s email address, like name@example.org.',
    startDate: 'Enter the initial conference date: reviews are scheduled from it.',
  });
  expect(validateForm(form, report.objectives).errors).toEqual({});
});

test('saving the same document three times leaves exactly one plan and one item per objective', async () => {
  const settings = memorySettings();
  const progress: SaveProgress[] = [];
  const first = await save(settings, SAMPLE_PLAN, progress);
  expect(first).toMatchObject({ state: 'saved', notSaved: [] });
  expect(progress.map((p) => p.stage)).toEqual([
    'Looking for this plan in Teams',
    'Creating the plan in Teams',
    'Saving 8 objectives',
    'Finishing',
  ]);
  expect(settings.values.get(PLAN_ID_SETTING)).toBe(first.planId);

  const second = await save(settings);
  expect(second).toMatchObject({ state: 'saved', planId: first.planId });
  // A fix applied in the document: the same objective, updated in place.
  const fixed = withOutcomes(
    sampleOutcomes.map((t) =>
      textOf(t) === 'Mum will engage with services.'
        ? 'Mum will go to every appointment at the drug and alcohol service by 30/04/2026, as recorded by her keyworker.'
        : t,
    ),
  );
  const third = await save(settings, fixed);
  expect(third).toMatchObject({ state: 'saved', planId: first.planId });

  const bundle = await onlyPlan();
  expect(bundle.objectives).toHaveLength(8);
  expect(await objectiveItemCount()).toBe(8);
  expect(new Set(bundle.objectives.map((o) => o.sourceKey)).size).toBe(8);
  expect(bundle.objectives.every((o) => o.status === 'active')).toBe(true);
  const mum = bundle.objectives.find((o) => o.text.startsWith('Mum will go to every'));
  expect(mum).toMatchObject({ order: 5, dueDate: '2026-04-30' });
  expect(mum?.smart).toMatchObject({ timely: true });
  expect(bundle.plan).toMatchObject({
    childRef: 'Jamie Carter (fictional)',
    type: 'child-protection',
    startDate: '2026-02-03',
    documentUrl: DOC_URL,
    supervisor: { name: 'Sam Taylor', email: 'sam.taylor@example.org' },
    score: reportOf(fixed).score.value,
  });
});

test('an objective taken out of the document is withdrawn, and progress recorded in Teams survives a re-save', async () => {
  const settings = memorySettings();
  const first = await save(settings);
  const bundle = await store.getPlan(first.planId!);
  const attendance = bundle.objectives.find((o) => o.order === 1)!;
  await store.updateObjective({
    ...attendance,
    progress: 'green',
    progressNote: 'Attendance 98% this half term.',
    progressAt: '2026-03-17T10:00:00Z',
  });
  await store.updatePlan({ ...bundle.plan, nextReview: '2026-04-28' });

  const without = withOutcomes(
    sampleOutcomes.filter((t) => !textOf(t).startsWith('Mum will engage')),
  );
  const outcome = await save(settings, without);
  expect(outcome.state).toBe('saved');
  expect(outcome.saved).toContain('objective 5 of the last save (marking it withdrawn)');

  const after = await onlyPlan();
  expect(after.objectives).toHaveLength(8);
  const withdrawn = after.objectives.filter((o) => o.status === 'withdrawn');
  expect(withdrawn.map((o) => o.text)).toEqual(['Mum will engage with services.']);
  expect(after.objectives.find((o) => o.id === attendance.id)).toMatchObject({
    progress: 'green',
    progressNote: 'Attendance 98% this half term.',
    status: 'active',
  });
  expect(after.plan.nextReview).toBe('2026-04-28');

  // Put back: the same item comes back to life rather than a new one.
  expect((await save(settings)).state).toBe('saved');
  const restored = await onlyPlan();
  expect(restored.objectives).toHaveLength(8);
  expect(restored.objectives.every((o) => o.status === 'active')).toBe(true);
});

test('a document whose link to the plan was lost finds its plan by its address', async () => {
  const first = await save(memorySettings());
  const again = await save(memorySettings());
  expect(again.planId).toBe(first.planId);
  expect((await onlyPlan()).objectives).toHaveLength(8);
});

test('items refused inside a batch: the user is told exactly which, and a retry completes the save', async () => {
  const settings = memorySettings();
  server.faults.add({
    scope: 'batch-item',
    method: 'POST',
    bodyContains: 'football club',
    status: 500,
  });
  server.faults.add({
    scope: 'batch-item',
    method: 'POST',
    bodyContains: 'health visitor',
    status: 500,
  });
  const partial = await save(settings);
  expect(partial.state).toBe('partial');
  expect(partial.notSaved.map((n) => n.item)).toEqual(['objective 6', 'objective 7']);
  expect(partial.notSaved[0].reason).toMatch(/plan store had a problem handling objective 6/);
  expect(partial.saved).toEqual([
    "the plan's details",
    'objective 1',
    'objective 2',
    'objective 3',
    'objective 4',
    'objective 5',
    'objective 8',
  ]);
  expect(partial.message).toMatch(/^Saved 7 of 9 items; 2 were not saved\./);
  expect((await onlyPlan()).objectives).toHaveLength(6);

  const retry = await save(settings);
  expect(retry).toMatchObject({ state: 'saved', planId: partial.planId, notSaved: [] });
  const bundle = await onlyPlan();
  expect(bundle.objectives.map((o) => o.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(await objectiveItemCount()).toBe(8);
});

test('the server stopping between batches: the user is told what is not confirmed, and a retry completes it without duplicates', async () => {
  // 28 objectives: written in two $batch calls of up to 20, so the server can stop between them.
  const many = Array.from(
    { length: 22 },
    (_, i) =>
      `Ms Carter will attend parenting session ${i + 1} at Northfield Family Centre by 30/06/2026, as recorded by the group leader.`,
  );
  const blocks = withOutcomes([...sampleOutcomes.slice(0, 3), ...many]);
  const settings = memorySettings();
  const report = reportOf(blocks);
  expect(report.objectives.length).toBe(28);

  const realFetch = globalThis.fetch;
  let stopped = 0;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // The write batch that carries the last objective: the one after the first 20 writes.
    if (url.endsWith('/$batch') && String(init?.body ?? '').includes('parenting session 22 at')) {
      stopped++;
      await server.close();
    }
    return realFetch(input, init);
  }) as typeof fetch;
  let broken: SaveOutcome;
  try {
    broken = await save(settings, blocks);
  } finally {
    globalThis.fetch = realFetch;
  }
  expect(stopped).toBe(1);
  expect(broken.state).toBe('partial');
  expect(broken.message).toMatch(/could not check which/);
  expect(broken.saved).toEqual(["the plan's details"]);
  expect(broken.notSaved).toHaveLength(28);
  expect(broken.notSaved[0].reason).toMatch(/connection to Teams was lost/);
  // The plan was created first and its id kept, so the retry updates it.
  expect(settings.values.get(PLAN_ID_SETTING)).toBe(broken.planId);

  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, testHooks: true });
  connect();
  const halfway = await store.getPlan(broken.planId!);
  expect(halfway.objectives.length).toBeGreaterThan(0);
  expect(halfway.objectives.length).toBeLessThan(28);

  const retry = await save(settings, blocks);
  expect(retry).toMatchObject({ state: 'saved', planId: broken.planId });
  const bundle = await onlyPlan();
  expect(bundle.objectives).toHaveLength(28);
  expect(await objectiveItemCount()).toBe(28);
  expect(bundle.objectives.map((o) => o.text)).toEqual(
    report.objectives.map((v) => v.objective.text),
  );
});

test('a save broken off while the store can still be read says item by item what made it', async () => {
  const settings = memorySettings();
  await save(settings);
  // The second batch call of this save fails outright (500 for the whole request).
  const blocks = withOutcomes([
    ...sampleOutcomes,
    ...Array.from(
      { length: 20 },
      (_, i) =>
        `Jamie will read with Mum for 10 minutes on ${i + 1} evenings a week by 30/06/2026, as recorded in his reading record.`,
    ),
  ]);
  server.faults.add({
    scope: 'request',
    method: 'POST',
    path: '^\\$batch',
    bodyContains: 'on 20 evenings',
    status: 500,
  });
  const outcome = await save(settings, blocks);
  expect(outcome.state).toBe('partial');
  expect(outcome.notSaved.length).toBeGreaterThan(0);
  expect(outcome.saved.length).toBeGreaterThan(0);
  const bundle = await onlyPlan();
  const stored = new Set(bundle.objectives.map((o) => `objective ${o.order}`));
  for (const item of outcome.notSaved.filter((n) => n.item.startsWith('objective')))
    expect(stored.has(item.item)).toBe(false);
  expect((await save(settings, blocks)).state).toBe('saved');
  expect((await onlyPlan()).objectives).toHaveLength(28);
});

// ---------------------------------------------------------------------------------------------
// A save never lands on another child's plan (issue 16)

async function saveAs(
  settings: SettingsLike,
  childRef: string,
  opts: { documentUrl?: string; choice?: SaveChoice } = {},
): Promise<SaveOutcome> {
  const report = reportOf();
  return saveToTeams(
    { store, settings, findByDocument: planFinder(store) },
    {
      form: { ...formFor(report), childRef },
      report,
      documentUrl: opts.documentUrl ?? DOC_URL,
      choice: opts.choice,
    },
  );
}

/** Jamie's plan with progress and an agreement recorded in Teams, as a core group leaves it. */
async function jamieWithProgress(settings: SettingsLike): Promise<PlanBundle> {
  const first = await save(settings);
  expect(first.state).toBe('saved');
  const bundle = await store.getPlan(first.planId!);
  await store.updateObjective({
    ...bundle.objectives[0],
    progress: 'green',
    progressNote: 'Attendance 98% this half term.',
    progressAt: '2026-03-17T10:00:00Z',
  });
  return store.getPlan(first.planId!);
}

function expectUntouched(after: PlanBundle, before: PlanBundle): void {
  expect(after.plan.childRef).toBe(before.plan.childRef);
  expect(after.objectives.map((o) => [o.id, o.status, o.progress ?? null])).toEqual(
    before.objectives.map((o) => [o.id, o.status, o.progress ?? null]),
  );
}

test('a copied document ("Save as", same stored link) for another child asks, and a new plan leaves Jamie untouched', async () => {
  const original = memorySettings();
  const jamie = await jamieWithProgress(original);

  // The copy carries the original's settings, the link included; it lives at another address.
  const copy = memorySettings();
  original.values.forEach((v, k) => copy.values.set(k, v));
  const copyUrl = DOC_URL.replace('Jamie%20Carter', 'Alex%20Morgan');
  const asked = await saveAs(copy, 'Alex Morgan (fictional)', { documentUrl: copyUrl });
  expect(asked).toMatchObject({
    state: 'ask',
    question: {
      planId: jamie.plan.id,
      storedChild: 'Jamie Carter (fictional)',
      newChild: 'Alex Morgan (fictional)',
      reason: 'child',
    },
  });
  // Nothing was written while asking.
  expect((await store.getPlan(jamie.plan.id!)).plan.etag).toBe(jamie.plan.etag);
  expect(await store.listPlans()).toHaveLength(1);
  expectUntouched(await store.getPlan(jamie.plan.id!), jamie);

  const saved = await saveAs(copy, 'Alex Morgan (fictional)', {
    documentUrl: copyUrl,
    choice: { planId: jamie.plan.id!, action: 'new' },
  });
  expect(saved.state).toBe('saved');
  expect(saved.planId).not.toBe(jamie.plan.id);
  expect(copy.values.get(PLAN_ID_SETTING)).toBe(saved.planId);
  expect(original.values.get(PLAN_ID_SETTING)).toBe(jamie.plan.id);
  expectUntouched(await store.getPlan(jamie.plan.id!), jamie);
  const alex = await store.getPlan(saved.planId!);
  expect(alex.plan).toMatchObject({ childRef: 'Alex Morgan (fictional)', documentUrl: copyUrl });
  expect(alex.objectives.every((o) => o.status === 'active' && !o.progress)).toBe(true);
  expect(await store.listPlans()).toHaveLength(2);

  // Saving the copy again goes to Alex's plan without asking.
  expect(await saveAs(copy, 'Alex Morgan (fictional)', { documentUrl: copyUrl })).toMatchObject({
    state: 'saved',
    planId: saved.planId,
  });
});

test('a copy for the same child saved from another document asks too', async () => {
  const original = memorySettings();
  const jamie = await jamieWithProgress(original);
  const copy = memorySettings();
  original.values.forEach((v, k) => copy.values.set(k, v));
  const asked = await saveAs(copy, 'Jamie Carter (fictional)', {
    documentUrl: DOC_URL.replace('.docx', '%20(2).docx'),
  });
  expect(asked).toMatchObject({ state: 'ask', question: { reason: 'document' } });
  expectUntouched(await store.getPlan(jamie.plan.id!), jamie);

  // The same document opened from another place: once told, it is not asked again, there or
  // at its first address.
  const elsewhere = DOC_URL.replace('https://', 'https://web.');
  const choice = { planId: jamie.plan.id!, action: 'update' as const };
  expect(
    (await saveAs(original, 'Jamie Carter (fictional)', { documentUrl: elsewhere, choice })).state,
  ).toBe('saved');
  expect(
    (await saveAs(original, 'Jamie Carter (fictional)', { documentUrl: elsewhere })).state,
  ).toBe('saved');
  expect((await saveAs(original, 'Jamie Carter (fictional)')).state).toBe('saved');
  // A copy made before that still asks at its own address.
  expect(
    (
      await saveAs(copy, 'Jamie Carter (fictional)', {
        documentUrl: DOC_URL.replace('.docx', '%20(2).docx'),
      })
    ).state,
  ).toBe('ask');
});

test('the child renamed in the same document asks; "update" renames only with that say-so and keeps the progress', async () => {
  const settings = memorySettings();
  const jamie = await jamieWithProgress(settings);
  const asked = await saveAs(settings, 'Jamie Carter-Lewis (fictional)');
  expect(asked).toMatchObject({ state: 'ask', question: { reason: 'child' } });
  expectUntouched(await store.getPlan(jamie.plan.id!), jamie);

  // An answer about another plan is not an answer about this one.
  expect(
    (
      await saveAs(settings, 'Jamie Carter-Lewis (fictional)', {
        choice: { planId: 'not-this-plan', action: 'update' },
      })
    ).state,
  ).toBe('ask');

  const updated = await saveAs(settings, 'Jamie Carter-Lewis (fictional)', {
    choice: { planId: jamie.plan.id!, action: 'update' },
  });
  expect(updated).toMatchObject({ state: 'saved', planId: jamie.plan.id });
  const after = await store.getPlan(jamie.plan.id!);
  expect(after.plan.childRef).toBe('Jamie Carter-Lewis (fictional)');
  expect(after.objectives[0]).toMatchObject({ progress: 'green', status: 'active' });
  expect(await store.listPlans()).toHaveLength(1);
});

test("a document without its link, at the same address, never takes over another child's plan", async () => {
  const jamie = await jamieWithProgress(memorySettings());
  // A fresh browser profile (the playground) or a document whose settings were lost.
  const other = await saveAs(memorySettings(), 'Test Child B');
  expect(other.state).toBe('saved');
  expect(other.planId).not.toBe(jamie.plan.id);
  expectUntouched(await store.getPlan(jamie.plan.id!), jamie);
  // And Jamie's own document, its link lost, still finds Jamie's plan.
  const again = await saveAs(memorySettings(), 'Jamie Carter (fictional)');
  expect(again.planId).toBe(jamie.plan.id);
  expect(await store.listPlans()).toHaveLength(2);
});

test("two documents saving at once, at the same address, each land on their own child's plan", async () => {
  const a = memorySettings();
  const b = memorySettings();
  for (let round = 0; round < 3; round++) {
    const [ra, rb] = await Promise.all([
      saveAs(a, 'Jamie Carter (fictional)'),
      saveAs(b, 'Test Child B'),
    ]);
    expect([ra.state, rb.state]).toEqual(['saved', 'saved']);
    expect(ra.planId).not.toBe(rb.planId);
  }
  const plans = await store.listPlans();
  expect(plans.map((p) => p.childRef).sort()).toEqual(['Jamie Carter (fictional)', 'Test Child B']);
  for (const p of plans) {
    const bundle = await store.getPlan(p.id!);
    expect(bundle.objectives).toHaveLength(8);
    expect(bundle.objectives.every((o) => o.status === 'active')).toBe(true);
  }
  expect(a.values.get(PLAN_ID_SETTING)).toBe(plans.find((p) => p.childRef.startsWith('Jamie'))?.id);
  expect(b.values.get(PLAN_ID_SETTING)).toBe(plans.find((p) => p.childRef === 'Test Child B')?.id);
});

test('the first save records the score once', async () => {
  const first = await save(memorySettings());
  const history = await store.scoreHistory([first.planId!]);
  expect(history.get(first.planId!)).toHaveLength(1);
  expect(history.get(first.planId!)?.[0].score).toBe(reportOf().score.value);
});

// ---------------------------------------------------------------------------------------------
// Dates a meeting can trust (issue 16)

test("the plan's own next dates are read from the document, saved, and listed right after the save", async () => {
  const details = readPlanDetails(sampleDocument(SAMPLE_PLAN), TODAY);
  expect(details).toMatchObject({ nextCoreGroup: '2026-03-17', nextReview: '2026-04-28' });
  const first = await save(memorySettings());
  expect(first.state).toBe('saved');
  const [listed] = await store.listPlans();
  expect(listed).toMatchObject({ nextCoreGroup: '2026-03-17', nextReview: '2026-04-28' });

  // A later date the core group set in Teams is not pulled back to the document's older one.
  const bundle = await store.getPlan(first.planId!);
  await store.updatePlan({ ...bundle.plan, nextCoreGroup: '2026-04-14' });
  const settings = memorySettings();
  settings.values.set(PLAN_ID_SETTING, first.planId);
  expect((await save(settings)).state).toBe('saved');
  expect((await store.getPlan(first.planId!)).plan).toMatchObject({
    nextCoreGroup: '2026-04-14',
    nextReview: '2026-04-28',
  });
});

test('an owner keeps no leading date: "By 30 June 2027 Dad" is Dad', () => {
  const blocks: SampleBlock[] = SAMPLE_PLAN.map((b) =>
    b.kind === 'list' && b.ordered
      ? {
          ...b,
          items: ['By 30 June 2027 Dad will attend every contact session at the family centre.'],
        }
      : b,
  );
  const report = reportOf(blocks);
  const guesses = report.objectives.map((v) => guessObjective(v.objective, TODAY).ownerName);
  expect(guesses).toContain('Dad');
  expect(guesses.some((g) => g && /2027|june/i.test(g))).toBe(false);
  expect(ownerWithoutDate('by 30/06/2027, Mum')).toBe('Mum');
  expect(ownerWithoutDate('June Hale')).toBe('June Hale');
});

// ---------------------------------------------------------------------------------------------
// Worries nothing answers, for the supervisor view (issue 18)

test('the save keeps how many worries the plan names and how many nothing answers; answering one brings the count down', async () => {
  const report = reportOf();
  // The sample's worry about Jamie's nights is the one no objective answers.
  expect(report.worries.unanswered.map((w) => w.text)).toEqual([
    expect.stringMatching(/^Jamie is anxious at night/),
  ]);
  const named = report.worries.worries.length;
  const settings = memorySettings();
  const first = await save(settings);
  expect(first.state).toBe('saved');
  expect((await store.getPlan(first.planId!)).plan.worries).toEqual({ named, unanswered: 1 });
  expect((await store.listPlans())[0].worries).toEqual({ named, unanswered: 1 });

  const answered = withOutcomes([
    ...sampleOutcomes,
    'Priya will ask CAMHS to see Jamie about his anxiety at night by 31/03/2026, and tell the core group the date of his first appointment.',
  ]);
  expect(reportOf(answered).worries.unanswered).toEqual([]);
  expect((await save(settings, answered)).state).toBe('saved');
  expect((await onlyPlan()).plan.worries).toEqual({ named, unanswered: 0 });
});
