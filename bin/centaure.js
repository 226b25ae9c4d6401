#!/usr/bin/env node
'use strict';
// The command is compiled by `npm ci` (the `prepare` script) into dist/.
require('../dist/src/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
