/**
 * `smart-plans audit DIR`: checks every plan under a folder and writes an HTML report (and,
 * if asked, a CSV of every objective) for team managers and quality-assurance leads.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { auditCsv } from '../../audit/csv';
import { computeFigures, share } from '../../audit/figures';
import { createProgress } from '../../audit/progress';
import { auditReportHtml } from '../../audit/report-html';
import { defaultJobs, runAudit } from '../../audit/run-audit';
import type { AuditSettings } from '../../audit/settings';
import { compileRuleSet } from '../../smart';
import type { RuleSet, RuleSetInput } from '../../smart';

interface AuditCommandOptions {
  out: string;
  csv?: string;
  rules?: string;
  jobs: number;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new InvalidArgumentError('give a whole number of 1 or more, e.g. --jobs 4.');
  }
  return n;
}

/** Reads and validates the house rules here, once, so a bad file stops the run before it starts. */
export async function loadRuleSet(file: string): Promise<RuleSet> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new Error(`Could not read the house rules file "${file}"; check the path and try again.`);
  }
  let input: RuleSetInput;
  try {
    input = JSON.parse(text) as RuleSetInput;
  } catch (err) {
    throw new Error(
      `The house rules file "${file}" is not valid JSON (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  try {
    return compileRuleSet(input);
  } catch (err) {
    throw new Error(
      `The house rules in "${file}" are not valid: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

async function writeOutput(file: string, content: string, what: string): Promise<void> {
  try {
    await fs.writeFile(file, content, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new Error(
      `Could not write the ${what} to "${file}" (${code}); check that the folder exists and you can write to it.`,
    );
  }
}

export async function auditCommand(dir: string, options: AuditCommandOptions): Promise<void> {
  const settings: AuditSettings = {};
  if (options.rules !== undefined) settings.ruleSet = await loadRuleSet(options.rules);

  const progress = createProgress(process.stderr);
  const result = await runAudit(dir, {
    jobs: options.jobs,
    settings,
    onStart: (total) => progress.start(total),
    onFile: (outcome) => progress.tick(outcome.kind === 'unreadable'),
  });
  progress.stop();

  await writeOutput(options.out, auditReportHtml(result), 'report');
  if (options.csv !== undefined) await writeOutput(options.csv, auditCsv(result), 'CSV');

  const f = computeFigures(result);
  const out = process.stdout;
  if (f.files === 0) {
    out.write(`No .docx, .txt or .md files were found under "${dir}".\n`);
  } else {
    const pct = (n: number, d: number): string => `${Math.round(share(n, d) * 100)}%`;
    out.write(
      `Checked ${f.plans} ${f.plans === 1 ? 'plan' : 'plans'} with ${f.objectives} objectives: ` +
        `${pct(f.smartObjectives, f.objectives)} fully SMART, ` +
        `${pct(f.checksPassed, f.checksTotal)} of plan checks passed` +
        (f.meanScore !== undefined ? `, mean score ${Math.round(f.meanScore)}/100.\n` : '.\n'),
    );
  }
  if (f.unreadable > 0) {
    out.write(
      `${f.unreadable} ${f.unreadable === 1 ? 'file' : 'files'} could not be read; the report lists each with the reason.\n`,
    );
  }
  out.write(`Report: ${path.resolve(options.out)}\n`);
  if (options.csv !== undefined) out.write(`CSV: ${path.resolve(options.csv)}\n`);
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description(
      'Check every plan (.docx, .txt, .md) under a folder and write an HTML report, and a CSV if asked.',
    )
    .argument('<dir>', 'folder of plans, searched with its subfolders')
    .option('--out <file>', 'where to write the HTML report', 'audit-report.html')
    .option('--csv <file>', 'also write one row per objective to this CSV file')
    .option('--rules <file>', "your organisation's house rules (JSON)")
    .option(
      '--jobs <n>',
      'files to check at once (default: one per processor core)',
      parseJobs,
      defaultJobs(),
    )
    .action(async (dir: string, options: AuditCommandOptions) => {
      await auditCommand(dir, options);
    });
}
