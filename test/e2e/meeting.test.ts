/**
 * A core group's own flow through the plan in the Teams tab, in Chromium against local mode:
 * the Who list offers people named only in the plan (an objective's owner). Every name is
 * fictional.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { localClient } from '../helpers/local-server';
import { GraphPlanStore } from '../../src/graph/plan-store';
import type { Person, Plan, PlanObjective } from '../../src/plans/model';
import { startServer, type RunningServer } from '../../src/server/index';

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
