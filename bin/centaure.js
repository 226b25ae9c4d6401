#!/usr/bin/env node
'use strict';
// Output piped into a reader that stops early (`| head`) is not an error worth a stack trace;
// other write failures (a full disk) are reported by the command when it ends.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
// The command is compiled by `npm ci` (the `prepare` script) into dist/.
require('../dist/src/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
