/**
 * The tenant rehearsal in Chromium (`smart-plans serve --auth`): the pages are configured for a
 * tenant whose Graph is on another origin and needs a bearer token on every request; a test token
 * provider (only in this mode) stands in for MSAL. The journey runs again (save from the
 * playground, record progress in the tab, the supervisor's view, the reminder), then: a revoked
 * token is renewed once, an expired one too, a refused sign-in is explained, and a revoked site
 * grant shows the message for IT; in each case nothing typed is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { remindCommand } from '../../src/cli/commands/remind';
import { GraphClient } from '../../src/graph/client';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { startServer, type RunningServer } from '../../src/server/index';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';

retryRendererStalls();

jest.setTimeout(240_000);

const WEB = join(resolve(__dirname, '../..'), 'dist/web');
const TODAY = '2026-04-28';
const SUPERVISOR = { name: 'Sam Taylor', email: 'sam.taylor@example.org' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let dataDir: string;
let store: GraphPlanStore;
let planId: string;
const graphRequests: { method: string; url: string; auth: boolean }[] = [];
const errors: string[] = [];

function track(page: Page): Page {
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (req: Request) => {
    if (!req.url().startsWith(server.graphUrl)) return;
    graphRequests.push({
      method: req.method(),
      url: req.url(),
      auth: /^Bearer \S+$/.test(req.headers().authorization ?? ''),
    });
  });
  return page;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'smart-rehearsal-e2e-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    webRoot: WEB,
    auth: true,
    testHooks: true,
  });
  store = new GraphPlanStore({
    client: new GraphClient({
      baseUrl: server.graphUrl,
      getToken: async () => server.rehearsal!.mintToken(),
    }),
    siteId: server.siteId,
  });
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 1000 } });
  await context.clock.setFixedTime(new Date(`${TODAY}T09:00:00`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function openPlanInTab(inContext: BrowserContext = context): Promise<Page> {
  const tab = track(await inContext.newPage());
  await tab.goto(`${server.url}/tab.html#/plan/${planId}`);
  await tab.getByRole('heading', { name: 'Jamie Carter (fictional)' }).waitFor();
  return tab;
}

async function recordProgress(tab: Page, n: number, note: string): Promise<void> {
  const objective = tab.getByRole('article', { name: `Objective ${n}`, exact: true });
  await objective.getByRole('radio', { name: 'Amber' }).check();
  await objective.getByLabel('Progress note').fill(note);
  await objective.getByRole('button', { name: 'Save progress' }).click();
}

async function savedShown(tab: Page, n: number): Promise<void> {
  await tab
    .getByRole('article', { name: `Objective ${n}`, exact: true })
    .getByText('Saved to the plan.')
    .first()
    .waitFor();
}

async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('Timed out waiting for the store.');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function noteOf(n: number): Promise<string | undefined> {
  const bundle = await store.getPlan(planId);
  return bundle.objectives.find((o) => o.order === n)?.progressNote;
}

test('the journey passes with sign-in required, every Graph request carrying a token', async () => {
  const counts = server.rehearsal!.controls.counts;
  const refusedBefore = counts.refused;

  // Word (the playground): save the plan to the tenant's plans site.
  const pane = track(await context.newPage());
  await pane.goto(`${server.url}/playground.html`);
  await pane.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  await pane.getByRole('button', { name: 'Save to Teams' }).first().click();
  const form = pane.locator('#save-to-teams');
  await form.getByLabel(/^Supervisor\s*\*?$/).fill(SUPERVISOR.name);
  await form.getByLabel('Supervisor’s email').fill(SUPERVISOR.email);
  await form.getByRole('button', { name: 'Save to Teams' }).click();
  const outcome = form.getByTestId('save-outcome');
  await outcome.getByRole('link', { name: 'Saved: open in Teams' }).waitFor({ timeout: 20_000 });
  const plans = await store.listPlans();
  expect(plans).toHaveLength(1);
  planId = plans[0].id!;

  // The core group records progress in the tab.
  const tab = await openPlanInTab();
  await recordProgress(tab, 1, 'Attendance 97% since the conference.');
  await savedShown(tab, 1);
  expect(await noteOf(1)).toBe('Attendance 97% since the conference.');

  // The supervisor, signed in as themselves (from the token, not from the page), sees the plan.
  server.rehearsal!.controls.setUser(SUPERVISOR);
  const supervisor = track(await context.newPage());
  await supervisor.goto(`${server.url}/tab.html#/supervisor`);
  await supervisor
    .getByTestId('table-due')
    .getByRole('row')
    .filter({ hasText: 'Jamie Carter (fictional)' })
    .first()
    .waitFor();
  // Signed in as someone who supervises nothing, the list is empty: "my plans" follow the token.
  server.rehearsal!.controls.setUser({ name: 'Other Worker', email: 'other@example.org' });
  const other = track(await context.newPage());
  await other.goto(`${server.url}/tab.html#/plans`);
  await other
    .getByText(/no plans|not involved|0 plans/i)
    .first()
    .waitFor();
  expect(await other.getByText('Jamie Carter (fictional)').count()).toBe(0);
  await other.close();
  server.rehearsal!.controls.setUser({ name: 'Priya Shah', email: 'priya.shah@example.org' });

  // The reminder job, with its own (app-only in a tenant) token, puts the digest in the outbox.
  const out: string[] = [];
  const run = await remindCommand(
    {
      graphUrl: server.graphUrl,
      site: server.siteId,
      now: TODAY,
      within: 7,
      json: true,
    } as Parameters<typeof remindCommand>[0],
    { out: (t) => void out.push(t), err: (t) => void out.push(t) },
    { getToken: async () => server.rehearsal!.mintToken() },
  );
  expect(run.exitCode).toBe(0);
  expect(run.summary).toMatchObject({ sent: 1, failed: 0 });

  const browserCalls = graphRequests.filter((r) => r.method !== 'OPTIONS');
  expect(browserCalls.length).toBeGreaterThan(5);
  expect(browserCalls.filter((r) => !r.auth)).toEqual([]);
  expect(counts.refused).toBe(refusedBefore);
  expect(counts.preflights).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a revoked token is renewed once and the save goes through (401 renew)', async () => {
  const tab = await openPlanInTab();
  const refused = server.rehearsal!.controls.counts.refused;
  server.rehearsal!.controls.revokeAllTokens();
  await recordProgress(tab, 2, 'Renewed after a revoked token.');
  await savedShown(tab, 2);
  expect(await noteOf(2)).toBe('Renewed after a revoked token.');
  expect(server.rehearsal!.controls.counts.refused).toBe(refused + 1);
  await tab.close();
});

test('an expired token is renewed: before it runs out, and when Graph says it has', async () => {
  const controls = server.rehearsal!.controls;
  controls.setTokenLifetime(2);
  // A context whose clock runs, so the page can see its token run out.
  const live = await browser.newContext({ locale: 'en-GB' });
  try {
    const tab = await openPlanInTab(live);
    const issued = controls.counts.tokensIssued;
    const refused = controls.counts.refused;
    await new Promise((r) => setTimeout(r, 2500));
    await recordProgress(tab, 3, 'After the token ran out.');
    await savedShown(tab, 3);
    expect(controls.counts.tokensIssued).toBeGreaterThan(issued);
    expect(controls.counts.refused).toBe(refused);
    // Now a token the page still trusts, which Graph says has expired: renewed on the 401.
    controls.setTokenLifetime(3600);
    await new Promise((r) => setTimeout(r, 2000));
    await recordProgress(tab, 3, 'With a fresh hour-long token.');
    await until(async () => (await noteOf(3)) === 'With a fresh hour-long token.');
    controls.expireAllTokens();
    await recordProgress(tab, 3, 'Force-expired by Graph.');
    await until(async () => (await noteOf(3)) === 'Force-expired by Graph.');
    expect(controls.counts.refused).toBe(refused + 1);
  } finally {
    controls.setTokenLifetime(3600);
    await live.close();
  }
});

test('no token: a refused sign-in is explained, and the change is kept until it works', async () => {
  const controls = server.rehearsal!.controls;
  const tab = await openPlanInTab();
  controls.revokeAllTokens();
  controls.setSignIn(false);
  try {
    await recordProgress(tab, 4, 'Typed while signed out.');
    await tab
      .getByText(/not signed in/)
      .first()
      .waitFor();
  } finally {
    controls.setSignIn(true);
  }
  await tab.getByRole('button', { name: 'Try again' }).first().click();
  await savedShown(tab, 4);
  expect(await noteOf(4)).toBe('Typed while signed out.');
  await tab.close();
});

test('a revoked site grant shows what IT must grant, and nothing typed is lost', async () => {
  const controls = server.rehearsal!.controls;
  const tab = await openPlanInTab();
  controls.setGrant(false);
  try {
    await recordProgress(tab, 5, 'Typed while the grant was withdrawn.');
    const message = tab.getByText(/administrator must grant the SMART Plans app/).first();
    await message.waitFor();
    const text = await message.textContent();
    expect(text).toContain('Sites.Selected');
    expect(text).toContain('Plans (rehearsal)');
    expect(await tab.getByLabel('Progress note').nth(4).inputValue()).toBe(
      'Typed while the grant was withdrawn.',
    );
  } finally {
    controls.setGrant(true);
  }
  await tab.getByRole('button', { name: 'Try again' }).first().click();
  await savedShown(tab, 5);
  expect(await noteOf(5)).toBe('Typed while the grant was withdrawn.');

  // Opening a page while the grant is withdrawn says the same, in place of the plans.
  controls.setGrant(false);
  try {
    const list = track(await context.newPage());
    await list.goto(`${server.url}/tab.html#/plans`);
    await list
      .getByText(/administrator must grant the SMART Plans app/)
      .first()
      .waitFor();
    await list.close();
  } finally {
    controls.setGrant(true);
  }
  await tab.close();
  expect(errors).toEqual([]);
});
