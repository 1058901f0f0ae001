// The last guard. An error that nothing else caught is a bug in langdu; the user still gets one line
// (never a stack trace, never a line of minified source) and a terminal in the state they left it, and
// the reader still saves its place. Whatever needs undoing first registers a cleanup here.
import { safeLine } from '../terminal-safe.js';
import { processIo } from './io.js';

const cleanups = new Set<() => void>();

/** Run `fn` if langdu dies of an internal error or a stop signal no command handles; until `until` settles. */
export function registerCleanup(fn: () => void, until?: Promise<unknown>): () => void {
  cleanups.add(fn);
  const drop = () => void cleanups.delete(fn);
  until?.then(drop, drop);
  return drop;
}

/** Each cleanup once, newest first; one that fails does not stop the others. */
export function runCleanups(): void {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    try {
      fn();
    } catch {
      // the others still run, and the one line still follows
    }
  }
}

export function internalErrorLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `langdu: internal error: ${safeLine(msg.split('\n')[0]!)}; please report it with the command you ran\n`;
}

let dying = false;

/** From now on an uncaught exception or an unhandled rejection ends langdu with one line and exit 1. */
export function installLastGuard(): void {
  const die = (e: unknown) => {
    if (dying) return; // a second error while cleaning up: the first line is the one that matters
    dying = true;
    runCleanups();
    processIo.err(internalErrorLine(e));
    process.exit(1);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
}
