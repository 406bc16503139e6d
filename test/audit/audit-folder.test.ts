/**
 * The acceptance: a folder of 50 generated .docx plans (lists, tables, one corrupt,
 * one empty) is audited in worker threads, and the report's figures, the CSV and the list of
 * unreadable files agree with the core's verdicts computed directly, file by file.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditCsv } from '../../src/audit/csv';
import { computeFigures } from '../../src/audit/figures';
import { auditReportHtml } from '../../src/audit/report-html';
import { runAudit } from '../../src/audit/run-audit';
import type { AuditResult } from '../../src/audit/types';
import { PlanFileError, readPlanFile } from '../../src/docx/read-plan-file';
import { CRITERIA, checkPlan } from '../../src/smart';
import type { Criterion, PlanReport } from '../../src/smart';
import { parseCsv } from './csv-parse';
import { HOSTILE_OBJECTIVE, emptyDocx, planDocx, writePlans } from './plan-fixtures';

const TODAY = '2027-01-04T09:00:00.000Z';

let dir: string;
let result: AuditResult;
let html: string;
let csv: string;
const direct = new Map<string, PlanReport | PlanFileError>();
let progressCalls = 0;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'smart-audit-'));
  // 47 generated plans, one with text aimed at HTML and spreadsheets, one corrupt, one empty.
  await writePlans(dir, 47, (i) => 3 + (i % 6));
  await fs.writeFile(
    path.join(dir, 'plan-hostile.docx'),
    await planDocx({ seed: 1234, objectives: 4, layout: 'numbered', extra: [HOSTILE_OBJECTIVE] }),
  );
  const good = await planDocx({ seed: 77, objectives: 5, layout: 'table' });
  await fs.writeFile(path.join(dir, 'team-b', 'plan-corrupt.docx'), good.subarray(0, 700));
  await fs.writeFile(path.join(dir, 'plan-empty.docx'), await emptyDocx());
  // Not plans: they must not be counted.
  await fs.writeFile(path.join(dir, 'notes.pdf.bak'), 'ignore me');
  await fs.writeFile(path.join(dir, '~$plan-001.docx'), 'Word lock file');

  result = await runAudit(dir, {
    jobs: 2,
    settings: { today: TODAY },
    onFile: () => {
      progressCalls += 1;
    },
  });
  html = auditReportHtml(result);
  csv = auditCsv(result);

  for (const plan of [
    ...result.plans.map((p) => p.file),
    ...result.unreadable.map((u) => u.file),
  ]) {
    try {
      const doc = await readPlanFile(path.join(dir, plan));
      direct.set(plan, checkPlan(doc, { today: new Date(TODAY) }));
    } catch (err) {
      if (!(err instanceof PlanFileError)) throw err;
      direct.set(plan, err);
    }
  }
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function directReports(): PlanReport[] {
  return [...direct.values()].filter((r): r is PlanReport => !(r instanceof PlanFileError));
}

/** The text of a summary figure in the report: its value and its detail line. */
function reportFigure(id: string): { value: string; detail: string } {
  const match = new RegExp(
    `data-figure="${id}">\\s*<dt>[^<]*</dt>\\s*<dd>([^<]*)(?:<small>([^<]*)</small>)?</dd>`,
  ).exec(html);
  if (!match) throw new Error(`No figure ${id} in the report`);
  return { value: match[1]!, detail: match[2] ?? '' };
}

const pct = (n: number, d: number): string => `${Math.round(d === 0 ? 0 : (n / d) * 100)}%`;

test('finds all 50 plans, recursively, and skips files that are not plans', () => {
  expect(result.plans.length + result.unreadable.length).toBe(50);
  expect(progressCalls).toBe(50);
  expect(result.plans.some((p) => p.file.startsWith('team-b/'))).toBe(true);
  const all = [...result.plans.map((p) => p.file), ...result.unreadable.map((u) => u.file)];
  expect(all).not.toContain('~$plan-001.docx');
  expect(all).not.toContain('notes.pdf.bak');
});

test('lists the corrupt and the empty file with a reason, and goes on with the rest', () => {
  const unreadable = new Map(result.unreadable.map((u) => [u.file, u.reason]));
  expect([...unreadable.keys()].sort()).toEqual(['plan-empty.docx', 'team-b/plan-corrupt.docx']);
  for (const [file, reason] of unreadable) {
    const error = direct.get(file);
    expect(error).toBeInstanceOf(PlanFileError);
    expect(reason).toContain((error as PlanFileError).message);
  }
  expect(result.plans).toHaveLength(48);

  const table = /<table id="unreadable-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  expect(table).toContain('<th scope="row">plan-empty.docx</th>');
  expect(table).toContain('<th scope="row">team-b/plan-corrupt.docx</th>');
  expect(table).toContain(escape(unreadable.get('plan-empty.docx')!));
});

test("the report's figures match the core's verdicts computed directly", () => {
  const reports = directReports();
  expect(reports).toHaveLength(48);
  const verdicts = reports.flatMap((r) => r.objectives);
  const objectives = verdicts.length;
  const smart = verdicts.filter((v) => v.smart).length;
  const checks = reports.flatMap((r) => r.checks);
  const passed = checks.filter((c) => c.met).length;
  const meanScore = reports.reduce((sum, r) => sum + r.score.value, 0) / reports.length;

  // The generated plans must give the figures something to tell apart.
  expect(objectives).toBeGreaterThan(150);
  expect(smart).toBeGreaterThan(0);
  expect(smart).toBeLessThan(objectives);

  expect(reportFigure('plans').value).toBe('48');
  expect(reportFigure('plans').detail).toBe('50 files found');
  expect(reportFigure('objectives').value).toBe(objectives.toLocaleString('en-GB'));
  expect(reportFigure('smart')).toEqual({
    value: pct(smart, objectives),
    detail: `${smart} of ${objectives} objectives`,
  });
  for (const c of CRITERIA) {
    const met = verdicts.filter((v) => v.criteria[c as Criterion].met).length;
    expect(reportFigure(`letter-${c}`)).toEqual({
      value: pct(met, objectives),
      detail: `${met} of ${objectives} objectives`,
    });
  }
  expect(reportFigure('checks')).toEqual({
    value: pct(passed, checks.length),
    detail: `${passed} of ${checks.length} checks`,
  });
  expect(reportFigure('mean-score').value).toBe(`${Math.round(meanScore)} / 100`);
  expect(reportFigure('unreadable').value).toBe('2');

  // Per plan: the same score and the same letters, objective by objective.
  for (const plan of result.plans) {
    const report = direct.get(plan.file) as PlanReport;
    expect(plan.score).toEqual(report.score);
    expect(plan.objectives.map((o) => o.text)).toEqual(
      report.objectives.map((v) => v.objective.text),
    );
    expect(plan.objectives.map((o) => CRITERIA.map((c) => o.letters[c]))).toEqual(
      report.objectives.map((v) => CRITERIA.map((c) => v.criteria[c].met)),
    );
  }
});

test('the commonest rule failures chart counts what the core found', () => {
  const counts = new Map<string, number>();
  for (const v of directReports().flatMap((r) => r.objectives)) {
    for (const id of new Set(
      v.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId),
    )) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const figures = computeFigures(result);
  expect(new Map(figures.ruleFailures.map((r) => [r.ruleId, r.count]))).toEqual(counts);
  const top = figures.ruleFailures[0]!;
  expect(html).toMatch(new RegExp(`<desc id="chart-rules-desc">[^<]*${top.ruleId} ${top.count} `));
});

test('the CSV has one row per objective, RFC 4180, guarded against formulas', () => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(csv.slice(1));
  const objectives = directReports().reduce((n, r) => n + r.objectives.length, 0);
  expect(rows).toHaveLength(objectives + 1);
  expect(rows[0]).toEqual([
    'File',
    'Location',
    'Section',
    'Objective',
    'S',
    'M',
    'R',
    'T',
    'O',
    'Rules not met',
    'Advice',
    'Worries not answered in plan',
  ]);
  for (const row of rows) expect(row).toHaveLength(12);
  const hostile = rows.find((r) => r[3]!.includes('HYPERLINK'));
  expect(hostile?.[3]).toBe(`'${HOSTILE_OBJECTIVE}`);
  expect(rows.filter((r) => r[0] === 'plan-hostile.docx')).toHaveLength(
    (direct.get('plan-hostile.docx') as PlanReport).objectives.length,
  );
});

test("the CSV says what is wrong in the report's words, and gives advice where a fix is known", () => {
  const rows = parseCsv(csv.slice(1)).slice(1);
  const objectives = result.plans.flatMap((p) => p.objectives);
  const ruleIds = new Set(objectives.flatMap((o) => o.findings.map((f) => f.ruleId)));
  rows.forEach((row, i) => {
    const findings = objectives[i]!.findings;
    const errors = findings.filter((f) => f.severity === 'error');
    // Every rule not met is there as the report's sentence; no bare rule id stands alone.
    for (const f of errors) expect(row[9]).toContain(f.message.replace(/\.$/, ''));
    expect(ruleIds.has(row[9]!.split(/;\s*/)[0]!)).toBe(false);
    for (const f of findings.filter((f) => f.fix)) expect(row[10]).toContain(f.fix!);
  });
  // The demo plans' objectives include ones the checker knows how to fix.
  expect(rows.filter((r) => r[10] !== '').length).toBeGreaterThan(0);
  expect(rows.filter((r) => r[9] !== '').length).toBeGreaterThan(0);
});

test('plan text is escaped: the hostile objective shows as words, never as markup', () => {
  expect(html).toContain(escape(HOSTILE_OBJECTIVE));
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<b>hard</b>');
  expect(html.match(/<script/g)).toHaveLength(1);
});

test('the plans table lists every plan, lowest score first', () => {
  const table = /<table data-sortable id="plans-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? '';
  // The score is the first cell with a sort value in each row.
  const scores = body
    .split('<tr>')
    .slice(1)
    .map((row) => Number(/data-value="([\d.]+)"/.exec(row)?.[1]));
  expect(scores).toHaveLength(48);
  expect(scores).toEqual([...scores].sort((a, b) => a - b));
});

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An audit of the given plans, built by hand: only the plans matter to these tests. */
const resultOf = (plans: unknown[]) =>
  ({ root: '.', startedAt: new Date(), finishedAt: new Date(), plans, unreadable: [] }) as never;

test('the CSV and the HTML report give each plan its count of worries nothing answers', async () => {
  const { auditCsv } = await import('../../src/audit/csv');
  const plan = {
    file: 'plan.docx',
    objectives: [
      {
        location: { kind: 'paragraph' as const, paragraph: 3 },
        text: 'Mum will take Leo to nursery every weekday by 9am.',
        letters: {
          specific: true,
          measurable: true,
          realistic: true,
          timely: true,
          outcome: false,
        },
        met: 4,
        smart: false,
        findings: [],
      },
    ],
    checks: [],
    worries: { named: 3, unanswered: 1 },
    summary: {
      objectives: 1,
      smart: 0,
      perCriterion: { specific: 1, measurable: 1, realistic: 1, timely: 1, outcome: 0 },
    },
    score: { value: 50, band: 'amber' as const, explanation: '' },
  };
  const csv = auditCsv(resultOf([plan]));
  expect(csv.trim().split('\r\n')[1].endsWith(',1 of 3')).toBe(true);
});

test('a folder of EHC and child protection plans says needs for the one and worries for the other', () => {
  const plan = (file: string, kind: string, named: number, unanswered: number) => ({
    file,
    kind,
    objectives: [],
    checks: [],
    worries: { named, unanswered },
    summary: {
      objectives: 0,
      smart: 0,
      perCriterion: { specific: 0, measurable: 0, realistic: 0, timely: 0, outcome: 0 },
    },
    score: { value: 40, band: 'red' as const, explanation: '' },
  });
  const both = resultOf([plan('ehc.docx', 'send', 3, 1), plan('cp.docx', 'other', 4, 0)]);
  const report = auditReportHtml(both);
  expect(report).toContain('Worries not answered, needs not met');
  expect(report).toContain('1 of 3 needs');
  expect(report).toContain('0 of 4 worries');
  const rows = parseCsv(auditCsv(both).replace(/^\uFEFF/, ''));
  expect(rows[0].at(-1)).toBe('Worries not answered, needs not met in plan');
  // A folder of EHC plans alone counts needs, with no noun needed in each cell.
  const ehcOnly = auditReportHtml(resultOf([plan('ehc.docx', 'send', 3, 1)]));
  expect(ehcOnly).toContain('>Needs not met</th>');
  expect(ehcOnly).not.toContain('Worries not answered');
});

test('a check worded by the kind of plan is named both ways in a folder of both kinds', () => {
  const plan = (label: string, met: boolean) => ({
    file: `${label}.docx`,
    objectives: [],
    checks: [{ id: 'worries-answered', label, met, message: '' }],
    worries: { named: 1, unanswered: met ? 0 : 1 },
    summary: {
      objectives: 0,
      smart: 0,
      perCriterion: { specific: 0, measurable: 0, realistic: 0, timely: 0, outcome: 0 },
    },
    score: { value: 30, band: 'red' as const, explanation: '' },
  });
  const figures = computeFigures(
    resultOf([
      plan('Every worry has an objective', true),
      plan('Every need has an outcome', false),
      plan('Every worry has an objective', false),
    ]),
  );
  expect(figures.checks.find((c) => c.id === 'worries-answered')).toEqual({
    id: 'worries-answered',
    label: 'Every worry has an objective / Every need has an outcome',
    passed: 1,
    total: 3,
  });
});
