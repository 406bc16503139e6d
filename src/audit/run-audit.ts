/**
 * Audits a folder: finds the plan files, checks them in parallel and gathers the outcomes in a
 * stable order. Output (report, CSV, progress) is the caller's business.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { auditFile } from './audit-file';
import { findPlanFiles, relativeName } from './find-plan-files';
import { checkOptionsFrom } from './settings';
import type { AuditSettings } from './settings';
import type { AuditResult, AuditedPlan, FileOutcome, UnreadableFile } from './types';
import { auditFilesInWorkers } from './worker-pool';
import type { FileTask } from './worker-pool';

export class AuditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditError';
  }
}

export interface AuditOptions {
  /** Files checked at once; 1 checks in this thread without workers. Default: the cores. */
  jobs?: number;
  settings?: AuditSettings;
  /** Called once the files are found, before any is checked. */
  onStart?: (total: number) => void;
  /** Called after each file, in completion order. */
  onFile?: (outcome: FileOutcome) => void;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

export async function runAudit(root: string, options: AuditOptions = {}): Promise<AuditResult> {
  const startedAt = new Date();
  await assertFolder(root);
  const { files, unreadableFolders } = await findPlanFiles(root);
  const tasks: FileTask[] = files.map((p) => ({ path: p, file: relativeName(root, p) }));
  options.onStart?.(tasks.length);

  const settings = options.settings ?? {};
  const onFile = options.onFile ?? (() => undefined);
  const jobs = options.jobs ?? defaultJobs();
  const outcomes =
    jobs <= 1 || tasks.length <= 1
      ? await auditInThisThread(tasks, settings, onFile)
      : await auditFilesInWorkers(tasks, jobs, settings, onFile);

  const plans: AuditedPlan[] = [];
  const unreadable: UnreadableFile[] = [...unreadableFolders];
  for (const outcome of outcomes) {
    if (outcome.kind === 'plan') plans.push(outcome.plan);
    else unreadable.push(outcome.file);
  }
  unreadable.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { root, startedAt, finishedAt: new Date(), plans, unreadable };
}

async function auditInThisThread(
  tasks: readonly FileTask[],
  settings: AuditSettings,
  onFile: (outcome: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const options = checkOptionsFrom(settings);
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) {
    const outcome = await auditFile(task.path, task.file, options);
    outcomes.push(outcome);
    onFile(outcome);
  }
  return outcomes;
}

async function assertFolder(root: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(root);
  } catch {
    throw new AuditError(`The folder "${root}" does not exist; check the path and try again.`);
  }
  if (!stat.isDirectory()) {
    throw new AuditError(
      `"${root}" is a file, not a folder; to check one plan use "smart-plans check ${root}".`,
    );
  }
}
