/**
 * Every view laid out for the two places it is used: the meeting side panel (320 px wide) and a
 * laptop (1366x768). For each tab view (plans list, plan page, supervision, house rules as a form
 * and as JSON) and the playground: nothing scrolls sideways, nothing sticks out of the page, chart
 * text stays readable, and axe finds nothing serious or critical. The plans list is a list of
 * cards where its table would not fit. UPDATE_SCREENSHOTS=1 refreshes the README's screenshots.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { seriousAxeViolations } from '../helpers/axe';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import { updateReadmeScreenshot } from '../helpers/readme-screenshot';
import { localClient } from '../helpers/local-server';
import { GraphPlanStore } from '../../src/graph/plan-store';
import type { Plan } from '../../src/plans/model';
import { startServer, type RunningServer } from '../../src/server/index';

retryRendererStalls();

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const ARTIFACTS = join(ROOT, 'test-artifacts');

let server: RunningServer;
let browser: Browser;
let dataDir: string;
let plans: Plan[];

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function ensureBuilt(): void {
  const page = join(WEB, 'tab.html');
  const sources = Math.max(
    ...['src/teams', 'src/ui', 'src/playground'].map((d) => newest(join(ROOT, d))),
  );
  if (!existsSync(page) || sources > statSync(page).mtimeMs)
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
      { cwd: ROOT, stdio: 'inherit' },
    );
}

beforeAll(async () => {
  ensureBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'layout-e2e-'));
  server = await startServer({ port: 0, host: '127.0.0.1', demo: true, dataDir, webRoot: WEB });
  plans = await new GraphPlanStore({ client: localClient(server) }).listPlans();
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function planId(childRefStart: string): string {
  const plan = plans.find((p) => p.childRef.startsWith(childRefStart));
  if (!plan?.id) throw new Error(`No demo plan for ${childRefStart}`);
  return plan.id;
}

const SIZES = [
  { name: 'panel', width: 320, height: 800 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

interface View {
  name: string;
  path: () => string;
  ready: (page: Page) => Promise<unknown>;
}

const VIEWS: View[] = [
  {
    name: 'plans',
    path: () => '/tab.html#/plans',
    ready: (page) => page.getByRole('link', { name: /^Maya \(fictional\)/ }).waitFor(),
  },
  {
    name: 'plan',
    path: () => `/tab.html#/plan/${planId('Oscar')}`,
    // The meeting's panels too: each objective's last record beside its empty progress fields,
    // and the form for a view on the whole plan.
    ready: async (page) => {
      await page.getByRole('heading', { name: 'Objectives', exact: true }).waitFor();
      await page.getByTestId('last-record').first().waitFor();
      await page
        .getByRole('form', { name: 'Record a view on the whole plan' })
        .getByRole('button', { name: 'Record view' })
        .waitFor();
    },
  },
  {
    name: 'supervisor',
    path: () => '/tab.html#/supervisor',
    ready: (page) => page.getByTestId('count-overdue').waitFor(),
  },
  {
    name: 'settings',
    path: () => '/tab.html#/settings',
    ready: (page) => page.getByTestId('house-rules-form').waitFor(),
  },
  {
    name: 'settings-json',
    path: () => '/tab.html#/settings',
    ready: async (page) => {
      await page.getByRole('switch', { name: 'Advanced: edit as JSON' }).check();
      await page.getByTestId('house-rules-editor').waitFor();
    },
  },
  {
    name: 'playground',
    path: () => '/playground.html',
    ready: (page) => page.getByTestId('objective-count').waitFor({ timeout: 20_000 }),
  },
];

/** What sticks out sideways: the page's own scroll, and any visible element past its right edge. */
async function sideways(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Inside a region that clips or scrolls (the playground's editor), what is clipped is fine.
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o !== 'visible') {
          clipped = true;
          break;
        }
      }
      if (clipped) continue;
      if (box.right > width + 1 || box.left < -1) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}`;
        out.push(`${name} ${Math.round(box.left)}..${Math.round(box.right)}`);
      }
    }
    // Text wider than its own box spills over its neighbours (a table cell's date printed over
    // the next cell's): every cell, term, item, paragraph and label keeps its content inside.
    const overprinted = [
      ...document.body.querySelectorAll('td, th, dt, dd, li, p, label, h1, h2, h3, h4'),
    ]
      .filter((el) => {
        const style = getComputedStyle(el);
        // A table cell that clips ("65 · Ambe") hides as much as one that overprints.
        const clips = el.tagName === 'TD' || el.tagName === 'TH';
        return (clips || style.overflowX === 'visible') && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 30)}"`)
      .slice(0, 8);
    // A control wider than its field runs into the next one (Who over Role at 1366x768).
    for (const control of document.body.querySelectorAll('select, input, textarea')) {
      const field = control.closest('.fui-Field');
      const box = control.getBoundingClientRect();
      if (!field || box.width === 0) continue;
      if (box.right > field.getBoundingClientRect().right + 1)
        overprinted.push(`${control.tagName.toLowerCase()} wider than its field`);
    }
    // A paragraph laid out inline runs its sentence into the next ("…not quoted yet.No
    // professional terms …"): every paragraph starts a line of its own.
    const runTogether = [...document.body.querySelectorAll('p')]
      .filter((el) => getComputedStyle(el).display === 'inline')
      .map((el) => `p "${(el.textContent ?? '').slice(0, 30)}"`)
      .slice(0, 8);
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: width,
      outside: out.slice(0, 8),
      overprinted,
      runTogether,
    };
  });
}

/** The smallest text in any chart, in CSS pixels as shown (an SVG scaled down shrinks its text). */
async function smallestChartText(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const sizes = [
      ...[...document.querySelectorAll('svg text')].map((t) => t.getBoundingClientRect().height),
      ...[...document.querySelectorAll('[data-chart] *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    ].filter((h) => h > 0);
    return sizes.length ? Math.min(...sizes) : undefined;
  });
}

describe.each(SIZES)('at $width x $height ($name)', (size) => {
  test.each(VIEWS)(
    '$name: nothing scrolls sideways, charts readable, axe finds nothing serious',
    async (view) => {
      const context = await browser.newContext({
        locale: 'en-GB',
        viewport: { width: size.width, height: size.height },
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // Nothing the page asks for is missing or refused (a favicon, a script, a fetch).
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
          errors.push(m.text());
      });
      await page.goto(`${server.url}${view.path()}`);
      await view.ready(page);
      // Let fonts and late layout settle.
      await page.waitForTimeout(300);

      const layout = await sideways(page);
      expect({ view: view.name, ...layout }).toEqual({
        view: view.name,
        scrollWidth: layout.clientWidth,
        clientWidth: layout.clientWidth,
        outside: [],
        overprinted: [],
        runTogether: [],
      });
      const smallest = await smallestChartText(page);
      if (smallest !== undefined) expect(smallest).toBeGreaterThanOrEqual(11);
      expect({ view: view.name, serious: await seriousAxeViolations(page) }).toEqual({
        view: view.name,
        serious: [],
      });
      expect(errors).toEqual([]);

      const shot = `${size.name}-${view.name}.png`;
      await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: false });
      updateReadmeScreenshot(join(ARTIFACTS, shot), shot);
      await context.close();
    },
  );
});

test('at 320 px the plans list is a list of cards, each with its dates, score and worries in full', async () => {
  const context = await browser.newContext({
    locale: 'en-GB',
    viewport: { width: 320, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/tab.html#/plans`);
  const cards = page.getByRole('list', { name: 'Plans' }).getByRole('listitem');
  await cards.first().waitFor();
  expect(await page.getByRole('table', { name: 'Plans' }).isVisible()).toBe(false);
  expect(await cards.count()).toBe(plans.length);
  const maya = cards.filter({ hasText: 'Maya (fictional)' });
  await expect(maya.getByText('Next core group', { exact: false }).isVisible()).resolves.toBe(true);
  await expect(maya.getByText('Next review', { exact: false }).isVisible()).resolves.toBe(true);
  expect(await maya.getByTestId('worries-count').textContent()).toBe('0 of 4');
  // Leo's review (six days ago in the demo) has gone by with none later set; Maya's is to come.
  const leo = cards.filter({ hasText: 'Leo (fictional)' });
  expect(await leo.getByText('date passed').count()).toBe(1);
  expect(await maya.getByText('date passed').count()).toBe(0);
  // Nothing in a card overlaps another part of it or is cut off.
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=plan-card] *')]
      .filter((el) => el.children.length === 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent),
  );
  expect(clipped).toEqual([]);
  await context.close();
});

test('at 320 px the supervision page’s plan quality scores (and worries not answered) are cards, with nothing sideways', async () => {
  for (const size of SIZES) {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: size.width, height: size.height },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/tab.html#/supervisor`);
    await page.getByTestId('count-overdue').waitFor();
    const title = 'Plan quality scores over time';
    const table = page.getByRole('table', { name: title });
    const cards = page.getByRole('list', { name: title }).getByRole('listitem');
    // Each card's trend once the score history is in.
    await page
      .getByTestId('team-scores-cards')
      .getByTestId('score-trend')
      .first()
      .waitFor({
        state: size.width === 320 ? 'visible' : 'attached',
      });
    if (size.width === 320) {
      expect(await table.isVisible()).toBe(false);
      expect(await cards.count()).toBe(plans.length);
      const oscar = cards.filter({ hasText: 'Oscar (fictional)' });
      expect(
        await oscar.getByRole('link', { name: 'Oscar (fictional) FIC-1006' }).isVisible(),
      ).toBe(true);
      expect(await oscar.getByText('Score now').isVisible()).toBe(true);
      expect(await oscar.getByTestId('plan-score').isVisible()).toBe(true);
      expect(await oscar.getByTestId('score-trend').isVisible()).toBe(true);
      // How many of the plan's worries nothing answers; a plan saved before that was counted
      // says so rather than showing nought.
      expect(await oscar.getByText('Worries not answered').isVisible()).toBe(true);
      expect(await oscar.getByTestId('worries-count').textContent()).toBe('1 of 4');
      const isla = cards.filter({ hasText: 'Isla (fictional)' });
      expect(await isla.getByTestId('worries-count').textContent()).toBe('Not checked yet');
      // Nothing in a card is cut off or spills over.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid=score-card] *')]
          .filter((el) => el.children.length === 0 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent),
      );
      expect(clipped).toEqual([]);
    } else {
      // On a laptop the table has room, and only one of the two is shown.
      expect(await table.isVisible()).toBe(true);
      expect(await cards.first().isVisible()).toBe(false);
      const row = (child: string) => table.getByRole('row').filter({ hasText: child });
      expect(await row('Leo (fictional)').getByTestId('worries-count').textContent()).toBe(
        '2 of 5',
      );
      expect(await row('Noah (fictional)').getByTestId('worries-count').textContent()).toBe(
        'No worries named',
      );
    }
    const layout = await sideways(page);
    expect(layout).toEqual({
      scrollWidth: layout.clientWidth,
      clientWidth: layout.clientWidth,
      outside: [],
      overprinted: [],
      runTogether: [],
    });
    await context.close();
  }
});

test('local mode serves /favicon.ico, which every page asks for', async () => {
  const res = await fetch(`${server.url}/favicon.ico`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
});
