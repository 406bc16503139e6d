/**
 * The audit's worker thread: reads and checks one file per message. Reading .docx (unzip and
 * XML) is most of the cost, so files are spread over workers; the core itself is fast.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { auditFile } from './audit-file';
import { checkOptionsFrom } from './settings';
import type { AuditSettings } from './settings';
import type { FileOutcome } from './types';

export interface WorkerTask {
  id: number;
  path: string;
  file: string;
}

export type WorkerMessage = { kind: 'ready' } | { kind: 'done'; id: number; outcome: FileOutcome };

const port = parentPort;
if (port) {
  const options = checkOptionsFrom(workerData as AuditSettings);
  port.on('message', (task: WorkerTask) => {
    void auditFile(task.path, task.file, options).then((outcome) => {
      const message: WorkerMessage = { kind: 'done', id: task.id, outcome };
      port.postMessage(message);
    });
  });
  const ready: WorkerMessage = { kind: 'ready' };
  port.postMessage(ready);
}
