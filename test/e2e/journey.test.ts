/**
 * One plan's whole journey, in Chromium against local mode, as the people who use it would go:
 * the social worker opens the (playground) plan, sees its poor objectives underlined, fixes two
 * of them, saves it to Teams; the core group opens it in the tab, records progress and one
 * disagreement; the supervisor sees the next review due, and the worry nothing in the plan
 * answers; the reminder job sends the digest, and it lands in the local outbox. Screenshots of
 * each step go to test-artifacts/journey/; with UPDATE_SCREENSHOTS=1 the key ones also replace
 * docs/screenshots/journey-*.png for the README ("A plan's journey").
 *
 * The browser's clock is fixed at 28/04/2026 so the due dates read the same whenever it runs.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { dueItemsForPlan } from '../../src/plans/due';
import { formatUkDate } from '../../src/plans/iso-date';
import { startServer, type RunningServer } from '../../src/server/index';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { updateReadmeScreenshot } from '../helpers/readme-screenshot';
import { localClient } from '../helpers/local-server';

retryRendererStalls();

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const SHOTS = join(ROOT, 'test-artifacts/journey');
const TODAY = '2026-04-28';
const SUPERVISOR = 'sam.taylor@example.org';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let dataDir: string;
let store: GraphPlanStore;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'smart-journey-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', dataDir, webRoot: WEB });
  store = new GraphPlanStore({ client: localClient(server) });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 1000 } });
  await context.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function shot(page: Page, name: string, readme = false, target?: Locator): Promise<void> {
  const path = join(SHOTS, `${name}.png`);
  if (target) await target.screenshot({ path });
  else await page.screenshot({ path });
  if (readme) updateReadmeScreenshot(path, `journey-${name.replace(/^\d+-/, '')}.png`);
}

function card(page: Page, words: string): Locator {
  return page.locator('[data-objective]').filter({ hasText: words });
}

function underlinedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const name of ['smart-error', 'smart-warning', 'smart-info'])
      CSS.highlights.get(name)?.forEach((r) => out.push((r as Range).toString()));
    return out;
  });
}

/** "Apply: Add a date" leaves the cursor on [date]; the worker types the real one over it. */
async function addDate(page: Page, words: string, date: string): Promise<void> {
  await card(page, words).getByRole('button', { name: 'Apply: Add a date' }).click();
  await page.waitForFunction(() => document.getSelection()?.toString() === '[date]');
  await page.keyboard.type(date);
  await card(page, `${words.replace(/\.$/, '')} by ${date}`)
    .locator('[data-letter="T"][data-met="yes"]')
    .waitFor();
}

test("a plan's journey: Word, Save to Teams, core group, supervisor, reminder", async () => {
  // 1. The social worker opens the plan; the poor objectives are underlined.
  const pane = await context.newPage();
  const errors: string[] = [];
  pane.on('pageerror', (e) => errors.push(e.message));
  await pane.goto(`${server.url}/playground.html`);
  await pane.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  const underlined = await underlinedTexts(pane);
  expect(underlined).toEqual(expect.arrayContaining(['engage']));
  expect(underlined.join(' ')).not.toMatch(/Triple P/);
  await shot(pane, '01-checked', true);

  // 2. Two fixes, applied from their cards: each objective gets a date and its T is met.
  await addDate(pane, 'Mum will engage with services.', '30/06/2026');
  await addDate(pane, 'Jamie will have breakfast before school.', '31/05/2026');
  await shot(pane, '02-fixed');

  // 3. Save to Teams: the form is pre-filled from the document; the supervisor is missing.
  await pane.getByRole('button', { name: 'Save to Teams' }).first().click();
  const form = pane.locator('#save-to-teams');
  await form.getByRole('heading', { name: 'Save to Teams' }).waitFor();
  expect(await form.getByLabel('Child’s name or reference').inputValue()).toBe(
    'Jamie Carter (fictional)',
  );
  expect(await form.getByLabel(/^Lead professional\s*\*?$/).inputValue()).toBe('Priya Shah');
  expect(await form.getByLabel('Initial conference date').inputValue()).toBe('2026-02-03');
  expect(await form.getByLabel('Owner of objective 1').inputValue()).toBe('Mum');
  expect(await form.getByLabel('Due date of objective 1').inputValue()).toBe('2026-07-31');
  await form.getByRole('button', { name: 'Save to Teams' }).click();
  await form.getByText('Enter the supervisor’s name.').waitFor();
  await form.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
  // Focus goes to the first answer to put right, so a keyboard user lands on it.
  expect(await pane.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe(
    'true',
  );
  await shot(pane, '03-form-problems', false, pane.locator('aside'));
  await form.getByLabel(/^Supervisor\s*\*?$/).fill('Sam Taylor');
  await form.getByLabel('Supervisor’s email').fill(SUPERVISOR);
  await form.getByRole('button', { name: 'Save to Teams' }).click();
  const outcome = form.getByTestId('save-outcome');
  await outcome.getByRole('link', { name: 'Saved: open in Teams' }).waitFor({ timeout: 20_000 });
  await shot(pane, '04-saved', true);
  const link = await outcome
    .getByRole('link', { name: 'Saved: open in Teams' })
    .getAttribute('href');
  expect(link).toMatch(new RegExp(`^${server.url}/tab\\.html#/plan/\\d+$`));

  // Saving again from the same document updates the same plan: one plan, eight objectives.
  await form.getByRole('button', { name: 'Save to Teams' }).click();
  await outcome.getByRole('link', { name: 'Saved: open in Teams' }).waitFor();
  const plans = await store.listPlans();
  expect(plans).toHaveLength(1);
  const planId = plans[0].id!;
  const saved = await store.getPlan(planId);
  expect(saved.objectives).toHaveLength(8);
  expect(saved.plan).toMatchObject({
    childRef: 'Jamie Carter (fictional)',
    type: 'child-protection',
    startDate: '2026-02-03',
    supervisor: { name: 'Sam Taylor', email: SUPERVISOR },
    documentUrl: `${server.url}/playground.html`,
  });
  expect(saved.plan.score).toBeGreaterThan(0);
  // The worry about Jamie's nights is still one nothing in the plan answers: it is counted.
  expect(saved.plan.worries?.unanswered).toBe(1);
  const named = saved.plan.worries!.named;
  expect(named).toBeGreaterThan(1);
  const mum = saved.objectives.find((o) => o.text.startsWith('Mum will engage'))!;
  expect(mum).toMatchObject({ text: 'Mum will engage with services by 30/06/2026.', order: 5 });
  expect(mum.smart?.timely).toBe(true);

  // 4. The core group opens the plan in the tab: SMART letters as checked in the document,
  // and a link back to the document.
  const tab = await context.newPage();
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(link!);
  await tab.getByRole('heading', { name: 'Jamie Carter (fictional)' }).waitFor();
  await tab.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
  // The plan's own page says how many of its worries nothing answers, as the supervisor sees.
  expect(await tab.getByTestId('worries-count').textContent()).toBe(`1 of ${named}`);
  const objective = (n: number) =>
    tab.getByRole('article', { name: `Objective ${n}`, exact: true });
  const smartLabel = (n: number) => {
    const o = saved.objectives.find((x) => x.order === n)!;
    const met = Object.values(o.smart!).filter(Boolean).length;
    return `SMART: ${met} of 5 met`;
  };
  for (const n of [1, 2, 5])
    await objective(n)
      .getByRole('list', { name: smartLabel(n) })
      .waitFor();
  expect(await tab.getByRole('link', { name: 'Open the Word document' }).getAttribute('href')).toBe(
    `${server.url}/playground.html`,
  );

  // 5. Progress on one objective, and a disagreement on another, recorded in the meeting.
  const first = objective(1);
  await first.getByRole('radio', { name: 'Green' }).check();
  await first.getByLabel('Progress note').fill('Attendance 97% since the conference.');
  await first.getByRole('button', { name: 'Save progress' }).click();
  await first.getByText('Saved to the plan.').waitFor();
  const dad = objective(3);
  await dad.getByLabel('Who').selectOption({ label: 'Someone else…' });
  await dad.getByLabel('Their name').fill('Mr Tom Carter');
  await dad.getByLabel('Role').selectOption({ label: 'Parent or carer' });
  await dad.getByRole('radio', { name: 'Disagreed' }).check();
  await dad.getByLabel('In their own words').fill('I do not drink every day; this is not fair.');
  await dad.getByRole('button', { name: 'Record view' }).click();
  await dad
    .getByTestId('disagreement')
    .getByText(/Mr Tom Carter .*disagreed/)
    .waitFor();
  await dad.getByText(/not saved yet/).waitFor({ state: 'detached' });
  await dad.scrollIntoViewIfNeeded();
  await shot(tab, '05-core-group', true);
  const afterMeeting = await store.getPlan(planId);
  expect(afterMeeting.objectives.find((o) => o.order === 1)).toMatchObject({
    progress: 'green',
    progressNote: 'Attendance 97% since the conference.',
  });
  expect(afterMeeting.agreements).toEqual([
    expect.objectContaining({ stance: 'disagreed', role: 'parent-carer' }),
  ]);

  // Saving from Word after the meeting keeps what the core group recorded.
  await form.getByRole('button', { name: 'Save to Teams' }).click();
  await outcome.getByRole('link', { name: 'Saved: open in Teams' }).waitFor();
  expect((await store.getPlan(planId)).objectives.find((o) => o.order === 1)).toMatchObject({
    progress: 'green',
  });

  // 6. The supervisor sees the next review due, as src/plans/due computes it.
  const review = dueItemsForPlan(afterMeeting, { today: TODAY }).find(
    (i) => i.kind === 'review-conference',
  )!;
  expect(review.state).toBe('due');
  const supervisor = await context.newPage();
  supervisor.on('pageerror', (e) => errors.push(e.message));
  await supervisor.goto(`${server.url}/tab.html?as=${SUPERVISOR}#/supervisor`);
  const due = supervisor.getByTestId('table-due');
  await due.waitFor();
  await due
    .getByRole('row')
    .filter({ hasText: 'Jamie Carter (fictional)' })
    .filter({ hasText: /review conference/i })
    .filter({ hasText: formatUkDate(review.dueDate!) })
    .waitFor();
  // Beside the plan's score, how many of its worries nothing answers.
  const quality = supervisor.getByRole('table', { name: 'Plan quality scores over time' });
  await quality.getByRole('columnheader', { name: 'Worries not answered' }).waitFor();
  expect(
    await quality
      .getByRole('row')
      .filter({ hasText: 'Jamie Carter (fictional)' })
      .getByTestId('worries-count')
      .textContent(),
  ).toBe(`1 of ${named}`);
  await shot(supervisor, '06-supervisor', true);

  // 7. The reminder job runs (as cron would), and the digest is in the local outbox.
  const run = await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'bin/smart-plans.js'),
      'remind',
      '--graph-url',
      server.graphUrl,
      // The token, as cron would find it: in the data folder's local-token file.
      '--data',
      dataDir,
      '--now',
      TODAY,
      '--json',
    ],
    { cwd: ROOT },
  );
  const lines = run.stdout.trim().split('\n');
  const summary = JSON.parse(lines[lines.length - 1]) as { sent: number; failed: number };
  expect(summary).toMatchObject({ sent: 1, failed: 0 });
  const client = localClient(server);
  const outbox = await client.all<{ fields: Record<string, string> }>(
    `sites/root/lists/${encodeURIComponent('SMART Outbox')}/items?$expand=fields`,
  );
  expect(outbox).toHaveLength(1);
  const message = outbox[0].fields;
  expect(JSON.stringify(message)).toContain(SUPERVISOR);
  expect(message.BodyText).toContain('Jamie Carter (fictional)');
  expect(message.BodyText).toContain(formatUkDate(review.dueDate!));
  expect(message.BodyText).toContain(`${server.url}/tab.html#/plan/${planId}`);

  // The outbox has no page of its own: show the message as text for the screenshot.
  const mail = await context.newPage();
  await mail.setViewportSize({ width: 820, height: 400 });
  await mail.setContent(
    '<main style="font: 15px system-ui; padding: 24px; max-width: 760px"><h1 style="font-size:18px"></h1><pre style="white-space: pre-wrap"></pre></main>',
  );
  await mail.evaluate(
    ([subject, body]) => {
      document.querySelector('h1')!.textContent = `SMART Outbox: ${subject}`;
      document.querySelector('pre')!.textContent = body;
    },
    [message.Subject ?? message.Title ?? '', message.BodyText ?? ''],
  );
  await shot(mail, '07-digest', true);
  expect(errors).toEqual([]);
});
