/**
 * A core group's own flow through the plan in the Teams tab, in Chromium against local mode:
 * progress since the last meeting opens empty with the last record beside it and a new record
 * becomes the last one; the Who list offers people named only in the plan (an objective's
 * owner); a view on the whole plan is recorded and kept. Every name is fictional.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { localClient } from '../helpers/local-server';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { formatUkDate } from '../../src/plans/iso-date';
import type { Person, Plan, PlanObjective } from '../../src/plans/model';
import { startServer, type RunningServer } from '../../src/server/index';
import { localToday } from '../../src/teams/today';

retryRendererStalls();

jest.setTimeout(180_000);

const WEB = join(resolve(__dirname, '../..'), 'dist/web');

const LEAD: Person = { name: 'Kit Walsh', email: 'kit.walsh@example.org' };
const SUPERVISOR: Person = { name: 'Rae Cole', email: 'rae.cole@example.org' };
/** Named in the plan only as objective 1's owner: no member, lead or recorded view. */
const OWNER: Person = { name: 'Bronwen Hughes (family support)' };
const OWNER_OPTION = 'Bronwen Hughes (family support) (objective owner)';

let server: RunningServer;
let browser: Browser;
let store: GraphPlanStore;
let dataDir: string;
let planId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'meeting-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, webRoot: WEB });
  store = new GraphPlanStore({ client: localClient(server) });
  const plan: Plan = {
    childRef: 'Ffion (fictional) FIC-2001',
    type: 'child-in-need',
    status: 'active',
    leadProfessional: LEAD,
    supervisor: SUPERVISOR,
    // The lead again, written differently: one person in the Who list.
    members: [{ name: 'kit  WALSH' }, SUPERVISOR],
  };
  const objectives: PlanObjective[] = [
    {
      planId: '',
      order: 1,
      text: 'Ffion will attend school at least 9 out of 10 sessions each week, checked weekly by the school.',
      owner: OWNER,
      status: 'active',
      progress: 'amber',
      progressNote: 'Attendance 8/10.',
      progressAt: '2026-11-17T10:00:00Z',
      sourceKey: 'meeting-1',
    },
    {
      planId: '',
      order: 2,
      text: 'Ffion will see the school nurse every fortnight until the review, arranged by her lead professional.',
      owner: LEAD,
      status: 'active',
      sourceKey: 'meeting-2',
    },
  ];
  const saved = await store.savePlan(plan, objectives);
  expect(saved.failures).toEqual([]);
  planId = saved.plan.id!;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1200, height: 900 },
  });
  return { context, page: await context.newPage() };
}

async function openPlan(page: Page): Promise<void> {
  await page.goto(`${server.url}/tab.html#/plan/${planId}`);
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
}

function objective(page: Page, n: number): Locator {
  return page.getByRole('article', { name: `Objective ${n}`, exact: true });
}

function wholePlan(page: Page): Locator {
  return page.getByRole('region', { name: 'Views on the whole plan' });
}

async function ratingShown(card: Locator): Promise<string[]> {
  const checked: string[] = [];
  for (const rag of ['Red', 'Amber', 'Green'])
    if (await card.getByRole('radio', { name: rag }).isChecked()) checked.push(rag);
  return checked;
}

async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

test('progress opens empty beside the last record; a new record saves and becomes the last one', async () => {
  const { context, page } = await newPage();
  await openPlan(page);
  const card = objective(page, 1);
  const last = card.getByTestId('last-record');
  expect(await textOf(last)).toBe('Last recorded 17/11/2026: Amber – Attendance 8/10.');
  // Nothing of the last record is in this meeting's fields.
  expect(await ratingShown(card)).toEqual([]);
  expect(await card.getByLabel('Progress note').inputValue()).toBe('');
  expect(await objective(page, 2).getByTestId('last-record').textContent()).toBe(
    'No progress recorded before this meeting.',
  );

  // A note alone is not a record: it needs a rating.
  await card.getByLabel('Progress note').fill('Attendance 10/10 for two weeks.');
  await card.getByRole('button', { name: 'Save progress' }).click();
  await card
    .getByRole('alert')
    .getByText('Choose a rating for progress since the last meeting.')
    .waitFor();

  // What is typed survives a reload before it is saved.
  await card.getByRole('radio', { name: 'Green' }).check();
  await card.getByText('Not saved yet: your changes are kept on this device.').waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
  expect(await ratingShown(objective(page, 1))).toEqual(['Green']);
  expect(await objective(page, 1).getByLabel('Progress note').inputValue()).toBe(
    'Attendance 10/10 for two weeks.',
  );

  await objective(page, 1).getByRole('button', { name: 'Save progress' }).click();
  await objective(page, 1).getByText('Saved to the plan.').waitFor();
  const expected = `Last recorded ${formatUkDate(localToday())}: Green – Attendance 10/10 for two weeks.`;
  await objective(page, 1).getByTestId('last-record').getByText(expected).waitFor();
  expect(await ratingShown(objective(page, 1))).toEqual([]);
  expect(await objective(page, 1).getByLabel('Progress note').inputValue()).toBe('');

  await page.reload();
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
  expect(await textOf(objective(page, 1).getByTestId('last-record'))).toBe(expected);
  expect(await ratingShown(objective(page, 1))).toEqual([]);
  expect(await objective(page, 1).getByLabel('Progress note').inputValue()).toBe('');

  const stored = (await store.getPlan(planId)).objectives.find((o) => o.order === 1)!;
  expect(stored).toMatchObject({
    progress: 'green',
    progressNote: 'Attendance 10/10 for two weeks.',
  });
  expect(stored.progressAt! > '2026-11-17T10:00:00Z').toBe(true);
  await context.close();
});

test('the Who list offers a person named only as an objective owner, once, and records their view', async () => {
  const { context, page } = await newPage();
  await openPlan(page);
  const card = objective(page, 2);
  const who = card.getByLabel('Who', { exact: true });
  const options = (await who.locator('option').allTextContents()).map((o) => o.trim());
  expect(options).toContain(OWNER_OPTION);
  expect(options.filter((o) => o === OWNER_OPTION)).toHaveLength(1);
  // The lead, written twice in the plan, is offered once; the supervisor is offered too.
  expect(options.filter((o) => /kit walsh/i.test(o))).toEqual(['Kit Walsh (professional)']);
  expect(options).toContain('Rae Cole (professional)');
  expect(options).toContain('Someone else…');

  await who.selectOption({ label: OWNER_OPTION });
  // Their role is not guessed: the form asks for it.
  await card.getByRole('radio', { name: 'Agreed', exact: true }).check();
  await card.getByRole('button', { name: 'Record view' }).click();
  await card.getByRole('alert').getByText('Choose their role.').waitFor();
  await card.getByLabel('Role').selectOption({ label: 'Professional' });
  await card.getByRole('button', { name: 'Record view' }).click();
  await card
    .getByRole('list', { name: 'Views recorded' })
    .getByText(/Bronwen Hughes \(family support\) \(professional\): Agreed/)
    .waitFor();
  await card.getByText(/not saved yet/).waitFor({ state: 'detached' });
  const bundle = await store.getPlan(planId);
  const objective2 = bundle.objectives.find((o) => o.order === 2)!;
  expect(bundle.agreements).toContainEqual(
    expect.objectContaining({
      objectiveId: objective2.id,
      person: { name: OWNER.name },
      role: 'professional',
      stance: 'agreed',
    }),
  );
  await context.close();
});

test('a view on the whole plan is recorded and is still there after a reload', async () => {
  const { context, page } = await newPage();
  await openPlan(page);
  const panel = wholePlan(page);
  await panel.getByText('No views recorded yet.').waitFor();
  await panel.getByLabel('Who', { exact: true }).selectOption({ label: 'Someone else…' });
  await panel.getByLabel('Their name').fill('Gwen Price');
  await panel.getByLabel('Role').selectOption({ label: 'Parent or carer' });
  await panel.getByRole('radio', { name: 'Disagreed' }).check();
  await panel.getByLabel('In their own words').fill('The plan asks too much of us at once.');
  await panel.getByRole('button', { name: 'Record view' }).click();
  const view =
    /Gwen Price \(parent or carer\): Disagreed – “The plan asks too much of us at once\.”/;
  await panel.getByRole('list', { name: 'Views recorded' }).getByText(view).waitFor();
  await panel.getByText(/not saved yet/).waitFor({ state: 'detached' });
  // The form is ready for the next person.
  expect(await panel.getByLabel('Who', { exact: true }).inputValue()).toBe('');

  await page.reload();
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
  await wholePlan(page).getByRole('list', { name: 'Views recorded' }).getByText(view).waitFor();
  await page.getByText(/1 disagreement is recorded on this plan/).waitFor();
  // It is about the plan, not any objective; and she is offered in the Who lists from now on.
  for (const n of [1, 2]) {
    const card = objective(page, n);
    expect(await card.getByRole('listitem').filter({ hasText: 'Gwen Price' }).count()).toBe(0);
    expect(
      await card.getByLabel('Who', { exact: true }).locator('option').allTextContents(),
    ).toContain('Gwen Price (parent or carer)');
  }

  const bundle = await store.getPlan(planId);
  const saved = bundle.agreements.filter((a) => a.person.name === 'Gwen Price');
  expect(saved).toEqual([
    expect.objectContaining({
      role: 'parent-carer',
      stance: 'disagreed',
      words: 'The plan asks too much of us at once.',
      date: localToday(),
    }),
  ]);
  expect(saved[0].objectiveId).toBeUndefined();
  await context.close();
});
