#!/usr/bin/env node
import { processIo } from './commands/io.js';
import { installLastGuard, runCleanups } from './commands/last-guard.js';
import { endStopped, isStopCode, setFallbackStop, stopCode } from './commands/signals.js';

// First of all, before anything can fail or take time: a bug ends in one line, not a stack trace, and
// Ctrl+C (SIGINT), SIGTERM or SIGHUP at any moment ends in a message and exit 130, 143 or 129 (128 + the
// signal's number, as a shell reports a killed program), not a silent death. Commands that have
// something to clean up (speak, export, the reader) put their own handler on top.
installLastGuard();
setFallbackStop((signal) => {
  runCleanups();
  processIo.err('langdu: stopped\n');
  endStopped(stopCode(signal));
});

// NO_COLOR is honoured: Ink 6.8's chalk ignores it, so turn colour off before Ink is loaded (the TUI
// is imported lazily, after this line runs).
if ((process.env.NO_COLOR ?? '') !== '') process.env.FORCE_COLOR = '0';

// Not a top-level await: the bundle's entry is CommonJS, which Node starts with less work (scripts/build.mjs).
void (async () => {
  const { main } = await import('./cli.js');

  // A reader piping into `head` closes stdout early: that is not an error worth a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const code = await main(process.argv.slice(2));
  // A stopped command ends now, even if something it started cannot be cancelled (a read of a slow file).
  if (isStopCode(code)) endStopped(code);
  process.exitCode = code;
})();
