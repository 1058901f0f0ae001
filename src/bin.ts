#!/usr/bin/env node
import { main } from './cli.js';

// A reader piping into `head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
