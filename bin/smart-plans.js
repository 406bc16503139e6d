#!/usr/bin/env node
// The CLI is compiled by `npm install` (the prepare script) into dist/node.
require('../dist/node/cli/index.js');
