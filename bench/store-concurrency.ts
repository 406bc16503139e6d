/**
 * The concurrency acceptance at full length: 50 clients updating the same 10 objectives with
 * ETags for 10 s (or the seconds given) against local mode. Prints the report; exits 1 if any
 * acknowledged write was lost, any rejected write leaked, or anything failed other than 412.
 *   npx tsx bench/store-concurrency.ts [seconds]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/server';
import { runConcurrency } from '../test/integration/concurrency';

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'smart-plans-bench-'));
  const server = await startServer({ port: 0, dataDir });
  try {
    const r = await runConcurrency({
      graphUrl: server.graphUrl,
      token: server.token,
      clients: 50,
      objectives: 10,
      durationMs: seconds * 1000,
    });
    const ok =
      r.lost.length === 0 &&
      r.leaked.length === 0 &&
      r.versionMismatches.length === 0 &&
      r.otherErrors.length === 0 &&
      r.rejectedWithoutTheirs === 0;
    process.stdout.write(
      [
        `store concurrency: ${r.clients} clients x ${r.objectives} objectives for ${(r.durationMs / 1000).toFixed(1)} s`,
        `  acknowledged ${r.acknowledged} (${(r.acknowledged / (r.durationMs / 1000)).toFixed(0)}/s), rejected with 412 ${r.rejected}`,
        `  lost ${r.lost.length}, leaked ${r.leaked.length}, version mismatches ${r.versionMismatches.length}, other errors ${r.otherErrors.length}`,
        `  server answers by status: ${JSON.stringify(server.stats.byStatus)}`,
        ok ? '  OK: every acknowledged write is present, every rejected one got 412' : '  FAILED',
      ].join('\n') + '\n',
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
