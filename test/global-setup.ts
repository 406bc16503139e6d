/**
 * Builds the command line and the browser pages once before any test runs, when a fresh clone has no build or the
 * sources changed since the last one, so the browser tests never race each other to build or
 * test an old page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { npmChromium, systemChromium } from './helpers/chromium';

const ROOT = resolve(__dirname, '..');
const STAMP = join(ROOT, 'dist/web/.built');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), 0);
}

const NODE_STAMP = join(ROOT, 'dist/node/cli/index.js');

export default async function globalSetup(): Promise<void> {
  // With no system Chromium, unpack the npm package's once, before test files run in parallel.
  if (!systemChromium()) {
    process.stdout.write('\nNo system Chromium: using the one from @sparticuz/chromium.\n');
    await npmChromium();
  }

  const sources = Math.max(
    newest(join(ROOT, 'src')),
    newest(join(ROOT, 'webpack.config.js')),
    newest(join(ROOT, 'scripts/strip-rule-examples-loader.cjs')),
  );
  // The command-line tests run the built `smart-plans` the way a user's clone does.
  if (!existsSync(NODE_STAMP) || statSync(NODE_STAMP).mtimeMs < newest(join(ROOT, 'src'))) {
    process.stdout.write('\nCompiling the command line (tsc)...\n');
    // The same step `npm install` runs (the prepare script), so the two cannot drift apart.
    execFileSync(process.execPath, [join(ROOT, 'scripts/prepare.cjs')], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs >= sources) return;
  process.stdout.write('\nBuilding the browser pages for the browser tests (webpack)...\n');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  writeFileSync(STAMP, new Date().toISOString());
}
