#!/usr/bin/env node
// `npm install` runs this (the prepare script) to compile the command line into dist/node.
// npm also runs it when `npx smart-plans` links this folder into npx's cache, and that can
// happen before `npm install` has fetched TypeScript. A failed prepare there leaves npx's cache
// half-written, and from then on every `npx smart-plans` in this folder fails with "ENOENT ...
// _npx/.../package.json", even after `npm install`. So without TypeScript, this says what to do
// and succeeds, and the build waits for `npm install`.
'use strict';
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  process.stderr.write(
    `smart-plans: not built yet, as its dependencies are not installed: run \`npm install\` in ${root}\n`,
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
