/**
 * Renders an audit report of generated, fictional plans in Chromium and saves the top of it
 * (summary, charts, plans table) as docs/screenshots/audit-report.png for the README.
 * Run: npx tsx test/audit/screenshot-report.ts
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../helpers/chromium';
import { auditReportHtml } from '../../src/audit/report-html';
import { runAudit } from '../../src/audit/run-audit';
import { writePlans } from './plan-fixtures';

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'smart-audit-shot-'));
  const plans = path.join(dir, 'Team A plans');
  await writePlans(plans, 24, (i) => 4 + (i % 5));
  await fs.writeFile(path.join(plans, 'scan of old plan.docx'), 'not a Word file');
  const result = await runAudit(plans, { jobs: 2, settings: { today: '2027-01-04T09:00:00Z' } });
  const file = path.join(dir, 'report.html');
  await fs.writeFile(file, auditReportHtml({ ...result, root: 'Team A plans' }));

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: 1200, height: 900 },
      deviceScaleFactor: 1,
    });
    await page.goto(pathToFileURL(file).href);
    const out = path.resolve(__dirname, '../../docs/screenshots/audit-report.png');
    await fs.mkdir(path.dirname(out), { recursive: true });
    await page.screenshot({
      path: out,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: 2600 },
    });
    console.log(`Saved ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void main();
