/**
 * The Save to Teams form in the playground, in Chromium: worked with the keyboard alone; a save
 * where the plan store refuses two objectives says which were and were not saved and offers
 * Try again, which completes it; axe finds nothing serious in the form; and the deep link for a
 * tenant is a Teams link with the plan as its subEntityId.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { startServer, type RunningServer } from '../../src/server/index';
import { planLink, teamsAppIdFrom } from '../../src/pane/plan-link';
import { seriousAxeViolations } from '../helpers/axe';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { updateReadmeScreenshot } from '../helpers/readme-screenshot';
import { localClient } from '../helpers/local-server';

retryRendererStalls();

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');

let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'smart-save-ui-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    webRoot: WEB,
    testHooks: true,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function openForm(bypassCSP = false): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1400, height: 1000 },
    bypassCSP,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/playground.html`);
  await page.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  return page;
}

test('the form is worked with the keyboard; refused items are named, and Try again completes the save', async () => {
  const page = await openForm();
  // Keyboard only: Tab to the header button, Enter opens the form and focus moves into it.
  const button = page.getByRole('button', { name: 'Save to Teams' }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.locator('#save-heading').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'save-heading');
  const supervisor = page.locator('#save-to-teams').getByLabel(/^Supervisor\s*\*?$/);
  await supervisor.focus();
  await page.keyboard.type('Sam Taylor');
  await page.keyboard.press('Tab');
  await page.keyboard.type('sam.taylor@example.org');

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
  // Enter in a field submits the form, as in any web form.
  await page.keyboard.press('Enter');
  const outcome = page.getByTestId('save-outcome');
  await outcome.getByText('Saved in part').waitFor({ timeout: 20_000 });
  expect(await outcome.getByTestId('save-message').textContent()).toMatch(
    /^Saved 7 of 9 items; 2 were not saved\. Nothing in your document has changed\. Use "Try again"/,
  );
  const notSaved = await outcome
    .getByTestId('not-saved-items')
    .getByRole('listitem')
    .allTextContents();
  expect(notSaved).toHaveLength(2);
  expect(notSaved[0]).toMatch(/^objective 6: The plan store had a problem handling objective 6\./);
  expect(notSaved[1]).toMatch(/^objective 7: /);
  await expect(outcome.getByTestId('saved-items').textContent()).resolves.toBe(
    "Saved: the plan's details, objective 1, objective 2, objective 3, objective 4, objective 5, objective 8.",
  );
  // The outcome as the worker sees it, for the README.
  const partial = join(ROOT, 'test-artifacts/journey/08-save-partial.png');
  mkdirSync(dirname(partial), { recursive: true });
  await outcome.screenshot({ path: partial });
  updateReadmeScreenshot(partial, 'journey-save-partial.png');

  await page.getByRole('button', { name: 'Try again' }).click();
  await outcome.getByRole('link', { name: 'Saved: open in Teams' }).waitFor();
  const store = new GraphPlanStore({ client: localClient(server) });
  const plans = await store.listPlans();
  expect(plans).toHaveLength(1);
  expect((await store.getPlan(plans[0].id!)).objectives).toHaveLength(8);
  // The document remembers its plan: after a reload the link is there before the form opens.
  await page.reload();
  await page.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  await page
    .getByTestId('saved-link')
    .getByRole('link', { name: 'Saved: open in Teams' })
    .waitFor();
  await page.context().close();
});

test('what was typed survives closing the pane before saving', async () => {
  const page = await openForm();
  await page.getByRole('button', { name: 'Save to Teams' }).first().click();
  const supervisor = () => page.locator('#save-to-teams').getByLabel(/^Supervisor\s*\*?$/);
  // A new browser context has its own storage: nothing typed carries over from the test above.
  expect(await supervisor().inputValue()).toBe('');
  await supervisor().fill('Alex Morgan');
  await page.locator('#save-to-teams').getByLabel('Owner of objective 2').fill('Housing officer');
  await page.waitForFunction(() =>
    (localStorage.getItem('smartPlans.playground.settings') ?? '').includes('Alex Morgan'),
  );
  await page.reload();
  await page.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Save to Teams' }).first().click();
  expect(await supervisor().inputValue()).toBe('Alex Morgan');
  expect(await page.locator('#save-to-teams').getByLabel('Owner of objective 2').inputValue()).toBe(
    'Housing officer',
  );
  await page.context().close();
});

test('axe finds no serious or critical problems in the open form', async () => {
  const page = await openForm(true);
  await page.getByRole('button', { name: 'Save to Teams' }).first().click();
  await page.locator('#save-heading').waitFor();
  await page.locator('#save-to-teams').getByRole('button', { name: 'Save to Teams' }).click();
  await page.getByText('Enter the supervisor’s name.').waitFor();
  expect(
    await seriousAxeViolations(page, {
      include: ['#save-to-teams'],
      tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    }),
  ).toEqual([]);
  await page.context().close();
});

test('in a tenant the link is a Teams deep link to the Plans tab with the plan as its subEntityId', () => {
  const appId = teamsAppIdFrom('?teamsAppId=05CC91F8-97A4-471E-9DC0-8301CCB94341');
  expect(appId).toBe('05CC91F8-97A4-471E-9DC0-8301CCB94341');
  const link = new URL(
    planLink('42', { tabUrl: 'https://plans.example.org/tab.html', teamsAppId: appId }),
  );
  expect(`${link.origin}${link.pathname}`).toBe(
    'https://teams.microsoft.com/l/entity/05cc91f8-97a4-471e-9dc0-8301ccb94341/plans',
  );
  expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'plan/42' });
  expect(link.searchParams.get('webUrl')).toBe('https://plans.example.org/tab.html#/plan/42');
  // Local mode, or an id that is not one: the tab page itself.
  expect(planLink('42', { tabUrl: 'http://127.0.0.1:3000/tab.html' })).toBe(
    'http://127.0.0.1:3000/tab.html#/plan/42',
  );
  expect(teamsAppIdFrom('?teamsAppId=javascript:alert(1)')).toBeUndefined();
});

// ---------------------------------------------------------------------------------------------
// A save never lands on another child's plan (issue 16)

async function fillAndSave(page: Page, childRef?: string): Promise<void> {
  await page.getByRole('button', { name: 'Save to Teams' }).first().click();
  await page.locator('#save-heading').waitFor();
  const form = page.locator('#save-to-teams');
  if (childRef) await form.getByLabel(/^Child’s name or reference/).fill(childRef);
  await form.getByLabel(/^Supervisor\s*\*?$/).fill('Sam Taylor');
  await form.getByLabel(/^Supervisor’s email/).fill('sam.taylor@example.org');
  await form.getByRole('button', { name: 'Save to Teams' }).click();
}

async function planIdSavedBy(page: Page): Promise<string> {
  const link = page.getByTestId('save-outcome').getByRole('link', { name: 'Saved: open in Teams' });
  await link.waitFor({ timeout: 20_000 });
  const href = (await link.getAttribute('href')) ?? '';
  return /#\/plan\/([^/?#]+)/.exec(href)?.[1] ?? '';
}

test('the child changed to "Test Child B" asks, by keyboard, and a new plan leaves Jamie’s plan and progress where they were', async () => {
  const store = new GraphPlanStore({ client: localClient(server) });
  const page = await openForm(true);
  await fillAndSave(page);
  const jamieId = await planIdSavedBy(page);
  const jamie = await store.getPlan(jamieId);
  expect(jamie.plan.childRef).toBe('Jamie Carter (fictional)');
  await store.updateObjective({
    ...jamie.objectives[0],
    progress: 'green',
    progressNote: 'Attendance 98% this half term.',
    progressAt: '2026-03-17T10:00:00Z',
  });

  // The same document (the same settings, the same address), the child changed.
  const form = page.locator('#save-to-teams');
  await form.getByLabel(/^Child’s name or reference/).fill('Test Child B');
  await form.getByLabel(/^Child’s name or reference/).press('Enter');
  const question = page.getByTestId('save-question');
  await question.waitFor({ timeout: 20_000 });
  await expect(question.innerText()).resolves.toContain(
    "This document is linked to Jamie Carter (fictional)'s plan",
  );
  // axe: the question is as accessible as the rest of the form.
  expect(
    await seriousAxeViolations(page, {
      include: ['[data-testid="save-question"]'],
      tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    }),
  ).toEqual([]);
  // Focus is on the safe choice; Enter takes it.
  const asNew = question.getByRole('button', { name: 'Save as a new plan for Test Child B' });
  await expect(asNew.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await question.getByRole('button', { name: "Update Jamie Carter (fictional)'s plan" }).waitFor();
  await page.keyboard.press('Enter');
  const childBId = await planIdSavedBy(page);
  expect(childBId).not.toBe(jamieId);

  const after = await store.getPlan(jamieId);
  expect(after.plan.childRef).toBe('Jamie Carter (fictional)');
  expect(after.objectives.every((o) => o.status === 'active')).toBe(true);
  expect(after.objectives[0]).toMatchObject({ progress: 'green' });
  expect((await store.getPlan(childBId)).plan.childRef).toBe('Test Child B');
  await page.context().close();
});

test('two playground pages in fresh profiles saving at once each keep to their own child', async () => {
  const store = new GraphPlanStore({ client: localClient(server) });
  const before = (await store.listPlans()).length;
  const [a, b] = await Promise.all([openForm(), openForm()]);
  await Promise.all([
    fillAndSave(a, 'Casey Brook (fictional)'),
    fillAndSave(b, 'Riley Dunn (fictional)'),
  ]);
  const [aId, bId] = await Promise.all([planIdSavedBy(a), planIdSavedBy(b)]);
  expect(aId).not.toBe(bId);
  expect((await store.getPlan(aId)).plan.childRef).toBe('Casey Brook (fictional)');
  expect((await store.getPlan(bId)).plan.childRef).toBe('Riley Dunn (fictional)');
  const plans = await store.listPlans();
  expect(plans).toHaveLength(before + 2);
  // Nobody else's plan was renamed.
  expect(plans.filter((p) => p.childRef === 'Jamie Carter (fictional)')).toHaveLength(1);
  await Promise.all([a.context().close(), b.context().close()]);
});
