#!/usr/bin/env node
// The CLI is compiled by `npm install` (the prepare script) into dist/node. index.js only runs
// the program when it is the main module, and here this file is, so the program starts here.
// A check runs about 150 large patterns a few times each and exits. V8 first interprets a new
// pattern and compiles it again to machine code on its second run; compiling once, straight to
// machine code, takes about 100 ms off a one-objective check (`npm run bench -- core`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '../dist/node/cli/index.js');
// `npx smart-plans` in a fresh clone, before `npm install`, gets here with nothing compiled.
if (!existsSync(entry)) {
  process.stderr.write(
    `smart-plans: not built yet: run \`npm install\` in ${join(__dirname, '..')} (it compiles the command), then try again\n`,
  );
  process.exit(2);
}
require('v8').setFlagsFromString('--no-regexp-tier-up');
const { buildProgram } = require(entry);

buildProgram(process.argv[2])
  .parseAsync(process.argv)
  .catch((err) => {
    process.stderr.write(`smart-plans: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
