/**
 * `npm run bench`: runs every bench/*.bench.ts module in turn (one at a time, so they do not
 * compete for the CPU), each printing its own figures. `npm run bench -- core` runs only the
 * modules whose name contains "core". A module that throws is reported and the rest still run.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

interface BenchModule {
  default?: () => Promise<void>;
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const modules = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
    .sort();
  if (modules.length === 0) {
    console.error(`No benchmark matches ${filters.join(', ')} in bench/.`);
    process.exitCode = 2;
    return;
  }
  let failed = 0;
  for (const name of modules) {
    console.log(`\n== ${name}`);
    const start = performance.now();
    try {
      const mod = (await import(join(__dirname, name))) as BenchModule;
      if (typeof mod.default !== 'function') throw new Error('has no default export function');
      await mod.default();
      console.log(`(${name} took ${((performance.now() - start) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.error(
        `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  if (failed > 0) process.exitCode = 1;
}

void main();
