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
import { loadRuleSetFile } from '../../house-rules/load-file';
import { addStoreOptions } from '../store-options';

interface AuditCommandOptions {
  out: string;
  csv?: string;
  rules?: string;
  store?: string;
  site?: string;
  token?: string;
  data?: string;
  jobs: number;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new InvalidArgumentError('give a whole number of 1 or more, e.g. --jobs 4.');
  }
  return n;
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
  // Loaded and validated once, here, so a bad file stops the run before any plan is read; its
  // error names the file and the bad field, and the CLI prints it on one line (exit status 2).
  if (options.rules !== undefined)
    settings.ruleSet = (await loadRuleSetFile(options.rules)).ruleSet;
  else if (options.store !== undefined) {
    const { ruleSetFromStore } = await import('../store-rules');
    settings.ruleSet = await ruleSetFromStore({ ...options, store: options.store }, (text) =>
      process.stderr.write(text),
    );
  }

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
  addStoreOptions(program.command('audit'))
    .description(
      'Check every plan (.docx, .txt, .md) under a folder and write an HTML report, and a CSV if asked.',
    )
    .argument('<dir>', 'folder of plans, searched with its subfolders')
    .option('--out <file>', 'where to write the HTML report', 'audit-report.html')
    .option('--csv <file>', 'also write one row per objective to this CSV file')
    .option('--rules <file>', "your organisation's house rules (JSON)")
    .option(
      '--jobs <n>',
      'files to check at once; one per processor core unless given',
      parseJobs,
      defaultJobs(),
    )
    .action(async (dir: string, options: AuditCommandOptions) => {
      await auditCommand(dir, options);
    });
}
