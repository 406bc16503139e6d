/**
 * Child process for bench/remind.bench.ts: one `smart-plans remind` run against the given local
 * service, in a fresh process so that its memory figures are the job's alone. Samples memory
 * every 10 ms and prints one JSON line of figures, with the job's CPU time (user + system).
 */
import { constants, performance, PerformanceObserver } from 'node:perf_hooks';
import { remindCommand } from '../src/cli/commands/remind';

async function main(): Promise<void> {
  const [graphUrl, today, dataDir] = process.argv.slice(2);
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  // Heap in use just after each full collection: what the job keeps alive, without the garbage
  // V8 lets pile up between collections (more of it the longer a run lasts).
  let peakLive = base.heapUsed;
  let fullGcs = 0;
  const gcs = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      fullGcs += 1;
      peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
    }
  });
  gcs.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { summary } = await remindCommand(
    { graphUrl, data: dataDir, site: 'root', now: today, within: 7, json: true },
    { out: () => undefined, err: () => undefined },
  );
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  clearInterval(timer);
  gcs.disconnect();
  const end = process.memoryUsage();
  peakRss = Math.max(peakRss, end.rss);
  peakHeap = Math.max(peakHeap, end.heapUsed);
  process.stdout.write(
    `${JSON.stringify({
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      summary,
      baseRssMb: base.rss / 2 ** 20,
      peakRssMb: peakRss / 2 ** 20,
      baseHeapMb: base.heapUsed / 2 ** 20,
      peakHeapMb: peakHeap / 2 ** 20,
      peakLiveHeapMb: peakLive / 2 ** 20,
      fullGcs,
    })}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`remind-job: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
