/**
 * The Teams tab in Chromium against local mode with the demo plans: progress and disagreement
 * survive a reload, two people editing one objective see a conflict with both versions, the
 * supervisor view counts what src/plans says is due, an offline edit is saved when the network
 * returns, axe finds nothing serious, and a plan can be worked through with the keyboard alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { updateReadmeScreenshot } from '../helpers/readme-screenshot';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { dueItemsForPlan } from '../../src/plans/due';
import type { Plan } from '../../src/plans/model';
import { startServer, type RunningServer } from '../../src/server/index';
import { summarise } from '../../src/teams/supervisor';
import { localToday } from '../../src/teams/today';
import { localClient } from '../helpers/local-server';

retryRendererStalls();

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
// Screenshots are test artefacts; UPDATE_SCREENSHOTS=1 also refreshes the README's copies.
const SCREENSHOTS = join(ROOT, 'test-artifacts');

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: false });
  updateReadmeScreenshot(join(SCREENSHOTS, name), name);
}

let server: RunningServer;
let browser: Browser;
let store: GraphPlanStore;
let dataDir: string;
let plans: Plan[];

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function ensureBuilt(): void {
  // The pages are built by `npm run build`; build them here when a fresh checkout has not, or
  // when the tab's sources changed since, so the test never runs against an old page.
  const page = join(WEB, 'tab.html');
  if (!existsSync(page) || newest(join(ROOT, 'src/teams')) > statSync(page).mtimeMs)
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
      { cwd: ROOT, stdio: 'inherit' },
    );
}

async function newContext(
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1200, height: 900 },
    ...options,
  });
}

function planId(childRefStart: string): string {
  const plan = plans.find((p) => p.childRef.startsWith(childRefStart));
  if (!plan?.id) throw new Error(`No demo plan for ${childRefStart}`);
  return plan.id;
}

async function openPlan(page: Page, childRefStart: string): Promise<void> {
  await page.goto(`${server.url}/tab.html#/plan/${planId(childRefStart)}`);
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
}

function objective(page: Page, n: number): Locator {
  return page.getByRole('article', { name: `Objective ${n}`, exact: true });
}

async function storedObjective(childRefStart: string, order: number) {
  const bundle = await store.getPlan(planId(childRefStart));
  return bundle.objectives.find((o) => o.order === order)!;
}

beforeAll(async () => {
  ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'teams-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', demo: true, dataDir, webRoot: WEB });
  store = new GraphPlanStore({ client: localClient(server) });
  plans = await store.listPlans();
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('outside Teams the tab says so and still opens the plans list', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/tab.html`);
  await page.getByTestId('not-in-teams').getByText('Not in Teams').waitFor();
  await page.getByRole('link', { name: 'Maya (fictional) FIC-1001' }).waitFor();
  await page.getByLabel('Plan type').selectOption({ label: 'Child protection' });
  await expectText(
    page.getByRole('status').filter({ hasText: 'plans shown' }),
    /^2 of 6 plans shown/,
  );
  await context.close();
});

test('progress and a disagreement recorded in a core group are there after a reload', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await openPlan(page, 'Maya');
  const card = objective(page, 1);
  await card.getByRole('radio', { name: 'Green' }).check();
  await card.getByLabel('Progress note').fill('Attendance 10/10 this week.');
  await card.getByRole('button', { name: 'Save progress' }).click();
  await card.getByText('Saved to the plan.').waitFor();

  await card.getByLabel('Who').selectOption({ label: 'Parent or carer' });
  await card.getByRole('radio', { name: 'Disagreed' }).check();
  await card
    .getByLabel('In their own words')
    .fill('Mum says the school run is impossible on Mondays.');
  await card.getByRole('button', { name: 'Record view' }).click();
  await card
    .getByTestId('disagreement')
    .getByText(/school run is impossible/)
    .waitFor();
  await card.getByText(/not saved yet/).waitFor({ state: 'detached' });

  await page.reload();
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
  const again = objective(page, 1);
  // The saved record is the last one now; this meeting's fields are empty for the next.
  await again
    .getByTestId('last-record')
    .getByText(/^Last recorded \d\d\/\d\d\/\d{4}: Green – Attendance 10\/10 this week\.$/)
    .waitFor();
  expect(await again.getByRole('radio', { name: 'Green' }).isChecked()).toBe(false);
  expect(await again.getByLabel('Progress note').inputValue()).toBe('');
  await again
    .getByTestId('disagreement')
    .getByText(/Parent or carer disagreed: “Mum says the school run/)
    .waitFor();
  await screenshot(page, 'tab-plan.png');

  // And it is in the store itself, not only in this browser's drafts.
  const stored = await storedObjective('Maya', 1);
  expect(stored).toMatchObject({ progress: 'green', progressNote: 'Attendance 10/10 this week.' });
  const bundle = await store.getPlan(planId('Maya'));
  expect(
    bundle.agreements.some(
      (a) =>
        a.objectiveId === stored.id && a.stance === 'disagreed' && a.words?.includes('school run'),
    ),
  ).toBe(true);
  await context.close();
});

test('two people editing the same objective: the second sees a conflict with both versions and chooses', async () => {
  const first = await newContext();
  const second = await newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await openPlan(a, 'Ruby');
  await openPlan(b, 'Ruby');

  await objective(b, 2).getByRole('radio', { name: 'Green' }).check();
  await objective(b, 2)
    .getByLabel('Progress note')
    .fill('Referral sent on Monday (second worker).');
  await objective(a, 2).getByRole('radio', { name: 'Amber' }).check();
  await objective(a, 2).getByLabel('Progress note').fill('Referral form started (first worker).');
  await objective(a, 2).getByRole('button', { name: 'Save progress' }).click();
  await objective(a, 2).getByText('Saved to the plan.').waitFor();

  await objective(b, 2).getByRole('button', { name: 'Save progress' }).click();
  const conflict = objective(b, 2).getByTestId('conflict');
  await conflict.waitFor();
  await expectText(
    conflict.getByTestId('conflict-theirs'),
    /Amber[\s\S]*Referral form started \(first worker\)/,
  );
  await expectText(
    conflict.getByTestId('conflict-mine'),
    /Referral sent on Monday \(second worker\)/,
  );
  expect((await storedObjective('Ruby', 2)).progressNote).toBe(
    'Referral form started (first worker).',
  );

  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await objective(b, 2).getByText('Saved to the plan.').waitFor();
  expect((await storedObjective('Ruby', 2)).progressNote).toBe(
    'Referral sent on Monday (second worker).',
  );
  await first.close();
  await second.close();
});

test('the supervisor view lists the seeded due and overdue reviews with the counts src/plans gives', async () => {
  const supervisor = 'sam.taylor@example.org';
  const theirs = await store.listPlans({ supervisor });
  const bundles = await Promise.all(theirs.map((p) => store.getPlan(p.id!)));
  const expected = summarise(
    bundles.flatMap((b) => dueItemsForPlan(b, { today: localToday() })),
    localToday(),
  );
  expect(expected.overdue.length + expected.dueThisWeek.length).toBeGreaterThan(0);

  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/tab.html?as=${supervisor}#/supervisor`);
  await page.getByTestId('count-overdue').waitFor();
  await expectText(
    page.getByTestId('count-overdue'),
    new RegExp(`^${expected.overdue.length}Overdue`),
  );
  await expectText(
    page.getByTestId('count-due'),
    new RegExp(`^${expected.dueThisWeek.length}Due this week`),
  );
  await expectText(
    page.getByTestId('count-drifting'),
    new RegExp(`^${expected.drifting.length}Drifting`),
  );
  // Leo's child in need review is overdue in the demo; Maya's review conference is due this week.
  await expectText(
    page.getByTestId('table-overdue'),
    /Leo \(fictional\) FIC-1002[\s\S]*child in need review/,
  );
  const overdueRows = await page.getByTestId('table-overdue').getByRole('row').count();
  expect(overdueRows - 1).toBe(expected.overdue.length);
  // Priya Shah's plans are not in Sam Taylor's view.
  expect(await page.getByText('Ruby (fictional) FIC-1003').count()).toBe(0);
  expect(await page.getByRole('img', { name: /Due items by week/ }).count()).toBe(1);
  await screenshot(page, 'tab-supervisor.png');

  await page
    .getByTestId('table-overdue')
    .getByRole('link', { name: 'Leo (fictional) FIC-1002' })
    .first()
    .click();
  await page.getByRole('heading', { name: 'Leo (fictional) FIC-1002' }).waitFor();
  await context.close();
});

test('an edit made offline is kept and saved when the network returns', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await openPlan(page, 'Noah');
  await context.setOffline(true);
  const card = objective(page, 1);
  await card.getByRole('radio', { name: 'Amber' }).check();
  await card.getByLabel('Progress note').fill('Contact cancelled by carer; rearranged.');
  await card.getByRole('button', { name: 'Save progress' }).click();
  await card.getByText(/you are offline/).waitFor();
  expect((await storedObjective('Noah', 1)).progressNote).toBeUndefined();

  await context.setOffline(false);
  await card.getByText('Saved to the plan.').waitFor({ timeout: 30_000 });
  expect(await storedObjective('Noah', 1)).toMatchObject({
    progress: 'amber',
    progressNote: 'Contact cancelled by carer; rearranged.',
  });
  await context.close();
});

test('axe finds no serious or critical problems on the plans, plan and supervisor views', async () => {
  // Nothing excluded: the navigation has no focus-trap sentinels for axe to find.
  const context = await newContext();
  const page = await context.newPage();
  const views = [
    {
      hash: '#/plans',
      ready: () => page.getByRole('link', { name: 'Maya (fictional) FIC-1001' }).waitFor(),
    },
    {
      hash: `#/plan/${planId('Oscar')}`,
      ready: () => page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor(),
    },
    { hash: '#/supervisor', ready: () => page.getByTestId('count-overdue').waitFor() },
  ];
  for (const view of views) {
    await page.goto(`${server.url}/tab.html${view.hash}`);
    await view.ready();
    const serious = await seriousAxeViolations(page);
    expect({ view: view.hash, serious }).toEqual({ view: view.hash, serious: [] });
  }
  await context.close();
});

test('a plan can be worked through with the keyboard alone', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/tab.html#/plans`);
  await page.getByRole('link', { name: 'Isla (fictional) FIC-1005' }).waitFor();

  const tabUntil = async (test: () => Promise<boolean>, limit = 120) => {
    for (let i = 0; i < limit; i++) {
      if (await test()) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('Could not reach the control with the Tab key.');
  };
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const focusedLabel = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el
        ? `${el.tagName}:${el.type ?? ''}:${el.labels?.[0]?.textContent?.trim() ?? ''}:${el.closest('article')?.getAttribute('aria-labelledby') ?? ''}`
        : '';
    });

  await tabUntil(async () => (await focusedText()) === 'Isla (fictional) FIC-1005');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();

  // Into objective 1's rating: a radio group is one Tab stop; arrows choose within it.
  await tabUntil(async () => /^INPUT:radio:.*objective-/.test(await focusedLabel()));
  // This meeting's rating starts empty (Green is the last record), so Tab lands on Red.
  expect(await focusedLabel()).toMatch(/^INPUT:radio:Red:/);
  await page.keyboard.press('ArrowRight');
  expect(await focusedLabel()).toMatch(/^INPUT:radio:Amber:/);
  await page.keyboard.press('Tab');
  expect(await focusedLabel()).toMatch(/^TEXTAREA:textarea:Progress note:/);
  await page.keyboard.type('Uses the book twice a day; more prompts needed.');
  await page.keyboard.press('Tab');
  expect(await focusedText()).toBe('Save progress');
  await page.keyboard.press('Enter');
  await objective(page, 1).getByText('Saved to the plan.').waitFor();
  expect(await storedObjective('Isla', 1)).toMatchObject({
    progress: 'amber',
    progressNote: 'Uses the book twice a day; more prompts needed.',
  });
  await context.close();
});

async function expectText(locator: Locator, pattern: RegExp): Promise<void> {
  await locator.first().waitFor();
  const deadline = Date.now() + 10_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.first().textContent()) ?? '';
    if (pattern.test(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(text).toMatch(pattern);
}

test('a plan whose DocumentUrl is a javascript: address gets no document link; the page carries its CSP', async () => {
  const bundle = await store.getPlan(planId('Ruby'));
  await store.updatePlan({ ...bundle.plan, documentUrl: 'javascript:alert(document.domain)' });
  const context = await newContext();
  const page = await context.newPage();
  await openPlan(page, 'Ruby');
  await page.getByRole('link', { name: 'Back to plans' }).waitFor();
  expect(await page.getByRole('link', { name: 'Open the Word document' }).count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  // The policy is in the page itself, not only in local mode's header.
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  await context.close();
});
