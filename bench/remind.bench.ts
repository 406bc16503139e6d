/**
 * Reminder job benchmark (issue 6): `smart-plans remind` over 1,000 and 10,000 plans in local
 * mode. Goal: 10,000 plans in under 30 s, with peak memory that does not grow with the number
 * of plans (the job streams plans page by page, one supervisor's caseload at a time). The local
 * service runs in its own process, seeded before timing starts; the job runs in another fresh
 * process so the memory figures are the job's alone. The machine may be shared, so besides wall
 * time it prints the CPU time of the job and of the service during the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ukToday } from '../src/cli/commands/remind';

// REMIND_BENCH_PLANS=1000,2000 for a quicker look; the goal is judged on the largest size.
const SIZES = (process.env.REMIND_BENCH_PLANS ?? '1000,10000').split(',').map(Number);
const GOAL_SECONDS = 30;
const TSX = path.join(__dirname, '..', 'node_modules', '.bin', 'tsx');

/** The child's stdout line by line: each call to the result waits for the next line. */
function lineReader(child: ChildProcess): () => Promise<string> {
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const lines: string[] = [];
  const waiters: { resolve: (line: string) => void; reject: (e: Error) => void }[] = [];
  let exited: Error | undefined;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const w = waiters.shift();
    if (w) w.resolve(line);
    else lines.push(line);
  });
  child.once('exit', (code) => {
    exited = new Error(`child exited with ${code}: ${err.trim()}`);
    for (const w of waiters.splice(0)) w.reject(exited);
  });
  return () =>
    new Promise((resolve, reject) => {
      const line = lines.shift();
      if (line !== undefined) resolve(line);
      else if (exited) reject(exited);
      else waiters.push({ resolve, reject });
    });
}

interface JobFigures {
  seconds: number;
  cpuSeconds: number;
  summary: { sent: number; skipped: number; failed: number; plans: number; dueItems: number };
  baseRssMb: number;
  peakRssMb: number;
  baseHeapMb: number;
  peakHeapMb: number;
  peakLiveHeapMb: number;
  fullGcs: number;
}

export default async function run(): Promise<void> {
  const today = ukToday();
  const results: { plans: number; job: JobFigures; serverCpuSeconds: number }[] = [];
  for (const size of SIZES) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'smart-remind-bench-'));
    const server = spawn(
      TSX,
      [path.join(__dirname, 'remind-server.ts'), dataDir, String(size), today],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    const serverLine = lineReader(server);
    const serverCpu = async () => {
      server.stdin!.write('cpu\n');
      return (JSON.parse(await serverLine()) as { cpuSeconds: number }).cpuSeconds;
    };
    try {
      const ready = JSON.parse(await serverLine()) as { graphUrl: string; seconds: number };
      console.log(
        `remind: seeded ${size} plans in ${ready.seconds.toFixed(1)} s (set-up, not timed)`,
      );
      const cpuBefore = await serverCpu();
      const job = spawn(
        TSX,
        [path.join(__dirname, 'remind-job.ts'), ready.graphUrl, today, dataDir],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const figures = JSON.parse(await lineReader(job)()) as JobFigures;
      const serverCpuSeconds = (await serverCpu()) - cpuBefore;
      results.push({ plans: size, job: figures, serverCpuSeconds });
      const s = figures.summary;
      console.log(
        `remind: ${size} plans read (${s.plans} scheduled), ${s.dueItems} items due or overdue, ` +
          `${s.sent} digests sent, ${s.failed} failed, in ${figures.seconds.toFixed(2)} s ` +
          `(${Math.round(s.plans / figures.seconds)} plans/s)`,
      );
      console.log(
        `remind: CPU time ${(figures.cpuSeconds + serverCpuSeconds).toFixed(2)} s ` +
          `(job ${figures.cpuSeconds.toFixed(2)} s, local service ${serverCpuSeconds.toFixed(2)} s, ` +
          `in parallel where they overlap); wall time beyond it is waiting for disk syncs or a busy machine`,
      );
      console.log(
        `remind: peak RSS ${figures.peakRssMb.toFixed(0)} MB (${(figures.peakRssMb - figures.baseRssMb).toFixed(0)} MB above start), ` +
          `peak heap ${figures.peakHeapMb.toFixed(0)} MB (${(figures.peakHeapMb - figures.baseHeapMb).toFixed(0)} MB above start), ` +
          `peak live heap after a full GC ${figures.peakLiveHeapMb.toFixed(0)} MB (${figures.fullGcs} full GCs)`,
      );
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const small = results[0].job;
  const big = results[results.length - 1].job;
  const growth =
    (big.peakHeapMb - big.baseHeapMb) / Math.max(1, small.peakHeapMb - small.baseHeapMb);
  // The memory goal is judged on what the job keeps alive (heap after full collections): the raw
  // peak also holds garbage not yet collected, which grows with how long a run lasts, not with
  // what it keeps. Both are printed.
  const liveGrowth = big.peakLiveHeapMb / small.peakLiveHeapMb;
  const [first, last] = [results[0].plans, results[results.length - 1].plans];
  console.log(
    `remind: ${last} plans in ${big.seconds.toFixed(2)} s (goal for 10000: < ${GOAL_SECONDS} s: ${
      last >= 10_000 && big.seconds < GOAL_SECONDS ? 'met' : 'NOT MET'
    }); peak live heap ${first} -> ${last} plans: ${small.peakLiveHeapMb.toFixed(0)} -> ` +
      `${big.peakLiveHeapMb.toFixed(0)} MB, x${liveGrowth.toFixed(2)} (${liveGrowth < 1.5 ? 'flat: met' : 'grows: NOT MET'}); ` +
      `peak heap above start, garbage included: x${growth.toFixed(2)}`,
  );
}
