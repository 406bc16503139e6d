/**
 * The report in a real browser (Debian's Chromium): it opens from disk with no network, its
 * own Content-Security-Policy lets its sorting script run, axe finds no accessibility
 * violations, the plans table sorts by score, and the print layout drops the navigation.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, retryRendererStalls } from '../helpers/chromium';
import type { Browser } from 'playwright-core';
import { auditReportHtml } from '../../src/audit/report-html';
import { runAudit } from '../../src/audit/run-audit';
import { HOSTILE_OBJECTIVE, planDocx, writePlans } from './plan-fixtures';

retryRendererStalls();

let dir: string;
let reportUrl: string;
let browser: Browser;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'smart-audit-browser-'));
  const plans = path.join(dir, 'plans');
  await writePlans(plans, 8, (i) => 2 + i);
  await fs.writeFile(
    path.join(plans, 'hostile.docx'),
    await planDocx({ seed: 5, objectives: 3, layout: 'bulleted', extra: [HOSTILE_OBJECTIVE] }),
  );
  await fs.writeFile(path.join(plans, 'broken.docx'), 'not a zip');
  const result = await runAudit(plans, { jobs: 1, settings: { today: '2027-01-04T09:00:00Z' } });
  const file = path.join(dir, 'report.html');
  await fs.writeFile(file, auditReportHtml(result));
  reportUrl = pathToFileURL(file).href;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test('opens offline with no other request, no CSP violation, and sorts by score', async () => {
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(reportUrl);

  expect(requests).toEqual([reportUrl]);
  expect(problems).toEqual([]);
  // The hostile objective is shown as text and ran nothing.
  await expect(
    page.getByText('<script>alert("x")</script>', { exact: false }).count(),
  ).resolves.toBeGreaterThan(0);

  const scores = async (): Promise<number[]> =>
    page.$$eval('#plans-table tbody tr', (rows) =>
      rows.map((r) => Number((r as HTMLTableRowElement).cells[1]!.textContent)),
    );
  const initial = await scores();
  expect(initial).toEqual([...initial].sort((a, b) => a - b));
  const scoreButton = page.getByRole('button', { name: 'Score' });
  await scoreButton.click();
  const header = page.locator('#plans-table thead th').nth(1);
  await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
  expect(await scores()).toEqual([...initial].sort((a, b) => b - a));
  await page.close();
});

test('axe finds no accessibility violations', async () => {
  // axe is injected from outside the page, which the report's own CSP rightly forbids.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(reportUrl);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document);
    return results.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  expect(violations).toEqual([]);
  await context.close();
});

test('prints without the navigation, on several pages', async () => {
  const page = await browser.newPage();
  await page.goto(reportUrl);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav').isVisible()).resolves.toBe(false);
  await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
  await page.close();
});
