/**
 * `smart-plans audit` as a user runs it: a folder of .txt, .md and .docx plans, with --out,
 * --csv, --jobs and --rules, and the messages a user sees when something is wrong.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { registerAudit } from '../../src/cli/commands/audit';
import { parseCsv } from './csv-parse';
import { planDocx } from './plan-fixtures';

let dir: string;
let plans: string;

const TEXT_PLAN = `Child in need plan for Kai

Outcomes:
1. Refer Kai to CAMHS.
2. Mum will take Kai to school every day so that his attendance reaches 95% by 31/03/2027, as recorded in the attendance register.
`;

const MARKDOWN_PLAN = `# Plan for Isla

## Outcomes
- Services will support the family.
- Isla will feel happier at home.
- Refer Isla to the school nurse.
`;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'smart-audit-cli-'));
  plans = path.join(dir, 'plans');
  await fs.mkdir(path.join(plans, 'archive'), { recursive: true });
  await fs.writeFile(path.join(plans, 'kai.txt'), TEXT_PLAN);
  await fs.writeFile(path.join(plans, 'archive', 'isla.md'), MARKDOWN_PLAN);
  await fs.writeFile(
    path.join(plans, 'omar.docx'),
    await planDocx({ seed: 3, objectives: 4, layout: 'table' }),
  );
  await fs.writeFile(path.join(plans, 'old plan.doc'), 'binary Word 97 content');
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function runCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const program = new Command('smart-plans').exitOverride();
    registerAudit(program);
    await program.parseAsync(['node', 'smart-plans', 'audit', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr };
}

test('writes the report and the CSV, and says where they are', async () => {
  const report = path.join(dir, 'report.html');
  const csvFile = path.join(dir, 'results.csv');
  const { stdout, stderr } = await runCli([
    plans,
    '--out',
    report,
    '--csv',
    csvFile,
    '--jobs',
    '2',
  ]);

  expect(stdout).toMatch(/^Checked 3 plans with \d+ objectives: \d+% fully SMART/m);
  expect(stdout).toContain('1 file could not be read; the report lists each with the reason.');
  expect(stdout).toContain(`Report: ${report}`);
  expect(stdout).toContain(`CSV: ${csvFile}`);
  // Progress off a terminal is plain lines of counts.
  expect(stderr).toContain('Checking 4 files...');
  expect(stderr).toContain('Checked 4 of 4 files (100%, 1 could not be read)');

  const html = await fs.readFile(report, 'utf8');
  expect(html).toContain('<th scope="row">old plan.doc</th>');
  expect(html).toContain('save it as .docx');
  expect(html).toContain('archive/isla.md');

  const rows = parseCsv((await fs.readFile(csvFile, 'utf8')).slice(1));
  const files = new Set(rows.slice(1).map((r) => r[0]));
  expect(files).toEqual(new Set(['archive/isla.md', 'kai.txt', 'omar.docx']));
  expect(rows.filter((r) => r[0] === 'kai.txt')).toHaveLength(2);
  expect(rows.filter((r) => r[0] === 'archive/isla.md')).toHaveLength(3);
});

test('--rules applies the house rules: a rule switched off leaves no finding', async () => {
  const before = path.join(dir, 'before.csv');
  await runCli([plans, '--out', path.join(dir, 'r1.html'), '--csv', before, '--jobs', '1']);
  // The CSV holds the report's sentences; outcome/action-only's says what is "an action".
  const ACTION_ONLY = /is an action: add what will be different for the child/g;
  const notMet = (csv: string): string[] =>
    parseCsv(csv.slice(1))
      .slice(1)
      .map((r) => r[9]!)
      .filter(Boolean);
  const actionOnly = (csv: string) => notMet(csv).join(' ').match(ACTION_ONLY)?.length ?? 0;
  const beforeCsv = await fs.readFile(before, 'utf8');
  expect(actionOnly(beforeCsv)).toBeGreaterThan(0);
  expect(await fs.readFile(path.join(dir, 'r1.html'), 'utf8')).toContain('outcome/action-only');

  const rules = path.join(dir, 'house.json');
  await fs.writeFile(
    rules,
    JSON.stringify({ version: 1, rules: { 'outcome/action-only': 'off' } }),
  );
  const after = path.join(dir, 'after.csv');
  await runCli([
    plans,
    '--out',
    path.join(dir, 'r2.html'),
    '--csv',
    after,
    '--rules',
    rules,
    '--jobs',
    '2',
  ]);
  const afterCsv = await fs.readFile(after, 'utf8');
  expect(actionOnly(afterCsv)).toBe(0);
  expect(notMet(afterCsv).join(' ').length).toBeLessThan(notMet(beforeCsv).join(' ').length);
  expect(await fs.readFile(path.join(dir, 'r2.html'), 'utf8')).not.toContain(
    '<span class="rule">outcome/action-only</span>',
  );
});

test('a folder that does not exist is a clear error, not a crash', async () => {
  await expect(runCli([path.join(dir, 'no-such-folder')])).rejects.toThrow(
    /The folder ".*no-such-folder" does not exist; check the path and try again\./,
  );
});

test('an invalid house rules file is refused, naming the bad field, before anything is checked', async () => {
  const bad = path.join(dir, 'bad.json');
  await fs.writeFile(bad, JSON.stringify({ version: 1, rules: { 'outcome/action-only': 'loud' } }));
  const error = await runCli([plans, '--rules', bad, '--out', path.join(dir, 'x.html')]).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toContain('bad.json');
  expect(error?.message).toContain('outcome/action-only');
  expect(error?.message).not.toContain('\n');
  await expect(fs.stat(path.join(dir, 'x.html'))).rejects.toThrow();
});

test('--jobs must be a whole number of 1 or more', async () => {
  await expect(runCli([plans, '--jobs', '0'])).rejects.toThrow(/give a whole number of 1 or more/);
});
