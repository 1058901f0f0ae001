#!/usr/bin/env node
import { installLastGuard } from './commands/last-guard.js';

// First of all, before anything can fail: a bug ends in one line, not a stack trace.
installLastGuard();

// NO_COLOR is honoured: Ink 6.8's chalk ignores it, so turn colour off before Ink is loaded (the TUI
// is imported lazily, after this line runs).
if ((process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';

const { main } = await import('./cli.js');

// A reader piping into `head` closes stdout early: that is not an error worth a trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
