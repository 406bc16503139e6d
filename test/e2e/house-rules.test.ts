/**
 * House rules in Chromium against local mode: a site owner edits them on the tab's "House rules"
 * page with validation as they type, the "Try it" box shows the draft's verdict beside the
 * rules in use, the save lands in the settings list, and the playground task pane, reloaded,
 * applies them. A second person's stale edit is shown beside the saved version and not lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { GraphPlanStore } from '../../src/graph/plan-store';
import { startServer, type RunningServer } from '../../src/server/index';
import { localClient } from '../helpers/local-server';

retryRendererStalls();

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');

/** Scored 4 of 5 by the built-in rules: only outcome/action-only finds fault with it. */
const SAMPLE = 'Mum will attend the Oakfield Family Hub parenting group every week.';
const RULES_OFF = JSON.stringify({ version: 1, rules: { 'outcome/action-only': 'off' } }, null, 2);

let server: RunningServer;
let browser: Browser;
let store: GraphPlanStore;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'house-rules-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', demo: true, dataDir, webRoot: WEB });
  store = new GraphPlanStore({ client: localClient(server) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1300, height: 1000 },
    ...options,
  });
}

/** The page opens on the form; these tests edit the JSON under "Advanced". */
async function showJson(page: Page): Promise<void> {
  await page.getByTestId('house-rules-form').waitFor();
  await page.getByRole('switch', { name: 'Advanced: edit as JSON' }).check();
  await page.getByTestId('house-rules-editor').waitFor();
}

async function openSettings(page: Page): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/tab.html#/settings`);
  await showJson(page);
  expect(errors).toEqual([]);
}

function editor(page: Page) {
  // Fluent's Textarea puts native props, the test id among them, on the <textarea> itself.
  return page.getByTestId('house-rules-editor');
}

async function openPlayground(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/playground.html`);
  await page.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  return page;
}

/** The rules flagged on the playground card whose objective contains `words`. */
async function rulesOnCard(page: Page, words: string): Promise<string[]> {
  const card = page.locator('[data-objective]').filter({ hasText: words });
  await card.first().waitFor();
  return card
    .first()
    .locator('[data-rule]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}

test('a site owner switches a rule off, tries it, saves; the playground applies it after a reload', async () => {
  const context = await newContext();
  // The playground is open before the change: the built-in rules flag "action only".
  const playground = await openPlayground(context);
  expect(await rulesOnCard(playground, 'Mum will engage with services')).toContain(
    'outcome/action-only',
  );

  const page = await context.newPage();
  await openSettings(page);
  await page.getByRole('link', { name: 'House rules' }).waitFor();
  await expect(page.getByTestId('house-rules-origin').textContent()).resolves.toMatch(
    /built-in rules/,
  );

  // Validation as you type: a bad value names its path and why; nothing can be saved.
  await editor(page).fill('{"version": 1, "rules": {"outcome/action-only": "of"}}');
  const problems = page.getByTestId('house-rules-problems');
  await problems.getByText('rules.outcome/action-only').waitFor();
  expect(await page.getByRole('button', { name: 'Save house rules' }).isDisabled()).toBe(true);
  await editor(page).fill('{"version": 1, "rules": {"not-a-rule": "off"}}');
  await problems.getByText(/there is no rule "not-a-rule"/).waitFor();
  await editor(page).fill('{"version": 1,');
  await problems.getByText(/not valid JSON/).waitFor();

  // The fix: "Try it" shows the draft's verdict beside the rules in use now.
  await editor(page).fill(RULES_OFF);
  await problems.getByText('No problems: these rules can be saved.').waitFor();
  await page.getByTestId('try-it-input').fill(SAMPLE);
  await page.getByTestId('try-it-draft-summary').getByText('SMART: all five met.').waitFor();
  await expect(page.getByTestId('try-it-current-summary').textContent()).resolves.toMatch(
    /^4 of 5 met; not met: Outcome/,
  );

  await page.getByRole('button', { name: 'Save house rules' }).click();
  await page
    .getByTestId('settings-status')
    .getByText(/^Saved\./)
    .waitFor();
  await expect(page.getByTestId('house-rules-origin').textContent()).resolves.toMatch(/saved here/);
  // The settings list holds exactly what was typed.
  const saved = await store.getSetting('house-rules');
  expect(saved?.value).toEqual(JSON.parse(RULES_OFF));
  // After saving, "the rules in use now" are the new ones too.
  await page.getByTestId('try-it-current-summary').getByText('SMART: all five met.').waitFor();

  await playground.reload();
  await playground.getByTestId('objective-count').waitFor({ timeout: 20_000 });
  await playground
    .getByTestId('house-rules-line')
    .getByText(/house rules/)
    .waitFor();
  expect(await rulesOnCard(playground, 'Mum will engage with services')).not.toContain(
    'outcome/action-only',
  );
  // The other rules still apply.
  expect(await rulesOnCard(playground, 'Mum will engage with services')).toContain(
    'specific/vague-verb',
  );
  await context.close();
});

test('a stale edit shows both versions, survives a reload, and "Keep my version" saves it', async () => {
  const before = await store.getSetting('house-rules');
  // Bob opens the page, then someone else saves a change before he does.
  const bob = await newContext();
  const page = await bob.newPage();
  await openSettings(page);
  const theirs = { version: 1, services: ['Oakfield Young Carers'] };
  await store.putSetting('house-rules', theirs, before?.etag);

  const mine = JSON.stringify({ version: 1, rules: { 'realistic/absolute': 'off' } }, null, 2);
  await editor(page).fill(mine);
  await page.getByRole('button', { name: 'Save house rules' }).click();
  const conflict = page.getByTestId('conflict');
  await conflict.waitFor();
  await expect(conflict.getByTestId('conflict-theirs').textContent()).resolves.toContain(
    'Oakfield Young Carers',
  );
  await expect(conflict.getByTestId('conflict-mine').textContent()).resolves.toContain(
    'realistic/absolute',
  );
  // Nothing was overwritten.
  expect((await store.getSetting('house-rules'))?.value).toEqual(theirs);

  // A reload keeps his draft.
  await page.reload();
  await showJson(page);
  await page
    .getByText('Your unsaved draft from earlier is back in the editor.', { exact: false })
    .waitFor();
  await expect(editor(page).inputValue()).resolves.toBe(mine);

  // Saving again still conflicts (his draft is based on the old version); he keeps his.
  await page.getByRole('button', { name: 'Save house rules' }).click();
  await page.getByTestId('conflict').waitFor();
  await page.getByRole('button', { name: 'Keep my version' }).click();
  await page
    .getByTestId('settings-status')
    .getByText(/^Saved\./)
    .waitFor();
  expect((await store.getSetting('house-rules'))?.value).toEqual(JSON.parse(mine));
  await bob.close();
});

test('axe finds no serious or critical problems on the house rules page', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await openSettings(page);
  await page.getByTestId('try-it-current').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await context.close();
});
