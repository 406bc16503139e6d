/**
 * Audits a folder: finds the plan files, checks them in parallel and gathers the outcomes in a
 * stable order. Output (report, CSV, progress) is the caller's business.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { findPlanFiles, relativeName } from './find-plan-files';
import type { AuditSettings } from './settings';
import type { AuditResult, AuditedPlan, FileOutcome, UnreadableFile } from './types';
import { DEFAULT_WORKER_LIMITS, auditFilesInWorkers } from './worker-pool';
import type { FileTask, WorkerLimits } from './worker-pool';

export class AuditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditError';
  }
}

export interface AuditOptions {
  /**
   * Files checked at once, each in its own worker thread (with one job too, so that the memory
   * and time limits hold). Default: the cores.
   */
  jobs?: number;
  /** Memory per worker and time per file; default DEFAULT_WORKER_LIMITS. */
  limits?: Partial<WorkerLimits>;
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
  const limits = { ...DEFAULT_WORKER_LIMITS, ...options.limits };
  const outcomes = await auditFilesInWorkers(tasks, jobs, settings, onFile, limits);

  const plans: AuditedPlan[] = [];
  const unreadable: UnreadableFile[] = [...unreadableFolders];
  for (const outcome of outcomes) {
    if (outcome.kind === 'plan') plans.push(outcome.plan);
    else unreadable.push(outcome.file);
  }
  unreadable.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { root, startedAt, finishedAt: new Date(), plans, unreadable };
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
