/**
 * Dates a meeting can trust (issue 16), in Chromium against local mode: the plan's own dates are
 * shown, not the statutory first deadlines; a date that has passed shows as "Overdue since ...",
 * never as a suggestion; only the next deadline from today is pre-filled; and saving a past date
 * asks first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { addDays, formatUkDate } from '../../src/plans/iso-date';
import { startServer, type RunningServer } from '../../src/server/index';
import { localToday } from '../../src/teams/today';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { localClient } from '../helpers/local-server';
import { samplePlan } from '../integration/helpers';

retryRendererStalls();

jest.setTimeout(180_000);

const WEB = join(resolve(__dirname, '../..'), 'dist/web');
const today = localToday();

let server: RunningServer;
let browser: Browser;
let store: GraphPlanStore;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'plan-dates-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, webRoot: WEB });
  store = new GraphPlanStore({ client: localClient(server) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function planPage(childRef: string, overrides: Parameters<typeof samplePlan>[0]) {
  const saved = await store.savePlan(samplePlan({ childRef, ...overrides }), []);
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1200, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/tab.html#/plan/${saved.plan.id}`);
  await page.getByRole('heading', { name: 'Next meetings' }).waitFor();
  return { page, planId: saved.plan.id! };
}

const field = (page: Page, name: 'nextCoreGroup' | 'nextReview') =>
  page.getByTestId(`date-${name}`);

test("the plan's own dates are shown; once passed they are overdue, never a suggestion", async () => {
  const coreGroup = addDays(today, -259);
  const review = addDays(today, -217);
  const { page } = await planPage('Own dates (fictional) D-1', {
    startDate: addDays(today, -300),
    nextCoreGroup: coreGroup,
    nextReview: review,
  });
  await expect(field(page, 'nextCoreGroup').getAttribute('data-state')).resolves.toBe('overdue');
  await expect(page.getByLabel('Next core group').inputValue()).resolves.toBe(coreGroup);
  await page.getByText(`Overdue since ${formatUkDate(coreGroup)}`).waitFor();
  await page.getByText(`Overdue since ${formatUkDate(review)}`).waitFor();
  await expect(page.getByText('Pre-filled').count()).resolves.toBe(0);
});

test('with no dates of its own, a past statutory deadline is overdue and left empty; only a deadline from today is pre-filled', async () => {
  // Started 300 days ago, no meetings recorded: the first core group deadline passed long ago.
  const old = await planPage('No dates (fictional) D-2', {
    startDate: addDays(today, -300),
    nextReview: undefined,
  });
  await expect(field(old.page, 'nextCoreGroup').getAttribute('data-state')).resolves.toBe(
    'overdue',
  );
  await expect(old.page.getByLabel('Next core group').inputValue()).resolves.toBe('');
  await old.page
    .getByText(/Overdue since \d\d\/\d\d\/\d{4}: First core group was due then/)
    .waitFor();

  // Started yesterday: the first core group is due within 10 working days, from today.
  const fresh = await planPage('Fresh plan (fictional) D-3', {
    startDate: addDays(today, -1),
    nextReview: undefined,
  });
  await expect(field(fresh.page, 'nextCoreGroup').getAttribute('data-state')).resolves.toBe(
    'suggested',
  );
  const value = await fresh.page.getByLabel('Next core group').inputValue();
  expect(value >= today).toBe(true);
  await fresh.page
    .getByText(/Pre-filled with the next date due from today/)
    .first()
    .waitFor();
});

test('saving a past date asks first: "Change the date" saves nothing, "Save the past date" saves it', async () => {
  const { page, planId } = await planPage('Past save (fictional) D-4', {
    startDate: addDays(today, -1),
    nextCoreGroup: addDays(today, 7),
    nextReview: addDays(today, 60),
  });
  const past = addDays(today, -90);
  await page.getByLabel('Next core group').fill(past);
  await page.getByRole('button', { name: 'Save dates' }).click();
  const confirm = page.getByTestId('past-date-confirm');
  await confirm.waitFor();
  await expect(confirm.innerText()).resolves.toContain(formatUkDate(past));
  await confirm.getByRole('button', { name: 'Change the date' }).click();
  await confirm.waitFor({ state: 'detached' });
  expect((await store.getPlan(planId)).plan.nextCoreGroup).toBe(addDays(today, 7));

  // Keyboard: Save dates, then the confirmation's second button.
  await page.getByRole('button', { name: 'Save dates' }).focus();
  await page.keyboard.press('Enter');
  await confirm.getByRole('button', { name: 'Save the past date' }).focus();
  await page.keyboard.press('Enter');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await store.getPlan(planId)).plan.nextCoreGroup !== past)
    await page.waitForTimeout(200);
  expect((await store.getPlan(planId)).plan.nextCoreGroup).toBe(past);
  await page.getByText(`Overdue since ${formatUkDate(past)}`).waitFor();
});
