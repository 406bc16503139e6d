/**
 * Spreads files over worker threads, one file in flight per worker, and hands each outcome
 * back as it arrives (for the progress bar). A worker that dies takes only its current file
 * with it: that file is reported unreadable and a fresh worker carries on with the rest.
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
function createWorker(settings: AuditSettings): Worker {
  const compiled = path.join(__dirname, 'worker.js');
  if (existsSync(compiled)) return new Worker(compiled, { workerData: settings });
  const source = path.join(__dirname, 'worker.ts');
  const bootstrap =
    `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();` +
    `require(${JSON.stringify(source)});`;
  return new Worker(bootstrap, { eval: true, workerData: settings });
}

export function auditFilesInWorkers(
  tasks: readonly FileTask[],
  jobs: number,
  settings: AuditSettings,
  onOutcome: (outcome: FileOutcome) => void,
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

    const spawn = (): void => {
      const worker = createWorker(settings);
      live.add(worker);
      let ready = false;
      let current: number | undefined;

      const feed = (): void => {
        if (next < tasks.length) {
          current = next++;
          const task: WorkerTask = { id: current, ...tasks[current]! };
          worker.postMessage(task);
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
        } else {
          current = undefined;
          record(message.id, message.outcome);
          if (!failed && finished < tasks.length) feed();
        }
      });

      const died = (cause: string): void => {
        if (!live.has(worker) || failed) return;
        live.delete(worker);
        if (!ready) {
          // A worker that cannot even load will not load next time either: stop, and say so.
          failed = true;
          stopAll();
          reject(new WorkerStartError(cause));
          return;
        }
        if (current !== undefined) {
          const task = tasks[current]!;
          const id = current;
          current = undefined;
          record(id, {
            kind: 'unreadable',
            file: {
              file: task.file,
              reason: `Checking this file stopped the checker (${cause}); it may be damaged or too large.`,
            },
          });
        }
        if (finished < tasks.length && next < tasks.length) spawn();
      };
      worker.on('error', (err) => died(err.message.split('\n')[0]!));
      worker.on('exit', (code) => died(`exit code ${code}`));
    };

    const size = Math.max(1, Math.min(jobs, tasks.length));
    for (let i = 0; i < size; i++) spawn();
  });
}
