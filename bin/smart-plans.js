#!/usr/bin/env node
// The CLI is compiled by `npm install` (the prepare script) into dist/node. index.js only runs
// the program when it is the main module, and here this file is, so the program starts here.
const { buildProgram } = require('../dist/node/cli/index.js');

buildProgram(process.argv[2])
  .parseAsync(process.argv)
  .catch((err) => {
    process.stderr.write(`smart-plans: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  });
