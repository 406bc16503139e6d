/**
 * Spreads files over worker threads, one file in flight per worker, and hands each outcome
 * back as it arrives (for the progress bar). A worker that dies takes only its current file
 * with it: that file is reported unreadable and a fresh worker carries on with the rest.
 *
 * Each worker has a memory limit and each file a time limit, so that a file built to sink the
 * checker (or one far larger than any plan) costs one line in the report, not the audit.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AuditSettings } from './settings';
import type { FileOutcome } from './types';
import type { WorkerMessage, WorkerTask } from './worker';

export interface FileTask {
  path: string;
  file: string;
}

export interface WorkerLimits {
  /** Heap one worker may use (V8's old generation), in MB. */
  memoryMb: number;
  /** Time one file may take, from reading to verdicts, in milliseconds. */
  fileTimeoutMs: number;
}

/**
 * The generated 500-page plan of the benchmark is checked in about a second using about 150 MB;
 * these leave room for a slow, busy machine many times over.
 */
export const DEFAULT_WORKER_LIMITS: WorkerLimits = { memoryMb: 1024, fileTimeoutMs: 120_000 };

export class WorkerStartError extends Error {
  constructor(cause: string) {
    super(`The audit could not start its worker threads (${cause}); try again with --jobs 1.`);
    this.name = 'WorkerStartError';
  }
}

/**
 * The compiled CLI runs dist/node/audit/worker.js directly. From source (jest, tsx, the bench)
 * there is only worker.ts, which Node cannot load by itself, so the worker first registers
 * tsx's require hook (a dev dependency, present wherever the source is run).
 */
function createWorker(settings: AuditSettings, limits: WorkerLimits): Worker {
  const options = {
    workerData: settings,
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
  };
  const compiled = path.join(__dirname, 'worker.js');
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = path.join(__dirname, 'worker.ts');
  const bootstrap =
    `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();` +
    `require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s === 1 ? '1 second' : `${Number.isInteger(s) ? s : s.toFixed(1)} seconds`;
}

export function auditFilesInWorkers(
  tasks: readonly FileTask[],
  jobs: number,
  settings: AuditSettings,
  onOutcome: (outcome: FileOutcome) => void,
  limits: WorkerLimits = DEFAULT_WORKER_LIMITS,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array<FileOutcome>(tasks.length);
  if (tasks.length === 0) return Promise.resolve(outcomes);

  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    let failed = false;
    const live = new Set<Worker>();

    const stopAll = (): void => {
      for (const w of live) void w.terminate();
      live.clear();
    };

    const record = (id: number, outcome: FileOutcome): void => {
      outcomes[id] = outcome;
      finished += 1;
      onOutcome(outcome);
      if (finished === tasks.length) {
        stopAll();
        resolve(outcomes);
      }
    };

    const unreadable = (id: number, reason: string): void =>
      record(id, { kind: 'unreadable', file: { file: tasks[id]!.file, reason } });

    const spawn = (): void => {
      const worker = createWorker(settings, limits);
      live.add(worker);
      let ready = false;
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;

      /** Takes this worker out of the pool, with its file if it had one. */
      const retire = (reason: (id: number) => string): void => {
        clearTimeout(timer);
        live.delete(worker);
        void worker.terminate();
        if (current !== undefined) {
          const id = current;
          current = undefined;
          unreadable(id, reason(id));
        }
        if (!failed && finished < tasks.length && next < tasks.length) spawn();
      };

      const feed = (): void => {
        if (next < tasks.length) {
          current = next++;
          const task: WorkerTask = { id: current, ...tasks[current]! };
          worker.postMessage(task);
          timer = setTimeout(
            () =>
              retire(
                () =>
                  `Checking this file took longer than ${seconds(limits.fileTimeoutMs)}, so it was stopped; it may be damaged or far larger than a plan: open it in Word, save it again as .docx and try again.`,
              ),
            limits.fileTimeoutMs,
          );
        } else {
          current = undefined;
          live.delete(worker);
          void worker.terminate();
        }
      };

      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'ready') {
          ready = true;
          feed();
        } else if (live.has(worker) && message.id === current) {
          clearTimeout(timer);
          current = undefined;
          record(message.id, message.outcome);
          if (!failed && finished < tasks.length) feed();
        }
      });

      const died = (cause: string, outOfMemory: boolean): void => {
        if (!live.has(worker) || failed) return;
        if (!ready) {
          // A worker that cannot even load will not load next time either: stop, and say so.
          live.delete(worker);
          failed = true;
          stopAll();
          reject(new WorkerStartError(cause));
          return;
        }
        retire(() =>
          outOfMemory
            ? `Checking this file needed more than the ${limits.memoryMb} MB of memory the audit gives one file, so it was stopped; it may be damaged or far larger than a plan: open it in Word, save it again as .docx and try again.`
            : `Checking this file stopped the checker (${cause}); it may be damaged or too large.`,
        );
      };
      worker.on('error', (err: NodeJS.ErrnoException) =>
        died(err.message.split('\n')[0]!, err.code === 'ERR_WORKER_OUT_OF_MEMORY'),
      );
      worker.on('exit', (code) => died(`exit code ${code}`, false));
    };

    const size = Math.max(1, Math.min(jobs, tasks.length));
    for (let i = 0; i < size; i++) spawn();
  });
}
