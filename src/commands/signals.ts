// The ways a command is told to stop from outside: Ctrl+C (SIGINT, when the terminal is not in raw
// mode), kill (SIGTERM) and a closed terminal (SIGHUP). Node's default for each ends the process
// without running 'exit' handlers, which would leave speech processes and the alternate screen behind.
//
// One listener per signal, installed once: a signal goes to the newest handler (the command running
// now), or, before a command has installed its own, to the fallback that bin.ts sets on its first line.
//
// A stopped langdu exits as a shell reports a program the signal killed: 128 + the signal's number
// (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP), so `$?` says which stop it was. None of this
// helps while the main thread is busy: heavy work (opening a document) runs in a worker
// (document/open.ts), so the handler below runs within milliseconds.
import { workersLive } from '../live-workers.js';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

const CODES: Record<StopSignal, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** The exit code for a stop by `signal` (Ctrl+C as a key in the reader counts as SIGINT). */
export function stopCode(signal: StopSignal = 'SIGINT'): number {
  return CODES[signal];
}

/** Whether a command's exit code says it was stopped (then bin.ts ends the process at once). */
export function isStopCode(code: number): boolean {
  return Object.values(CODES).includes(code);
}

/**
 * End a stopped langdu (its clean-up already done) with `code`. process.exit joins live worker
 * threads first, and a worker collecting garbage near its memory limit holds that for seconds, so
 * while one is alive the signal is raised again with its default action instead: the system ends
 * the process at once, and a shell's `$?` says the same 128 + n (a parent that spawned langdu sees the
 * signal, not the code).
 */
export function endStopped(code: number): never {
  const signal = (Object.keys(CODES) as StopSignal[]).find((s) => CODES[s] === code);
  if (signal && workersLive() && process.platform !== 'win32') {
    // What process.exit would run first: speech processes killed, the terminal given back, temp files gone.
    process.exitCode = code;
    process.emit('exit', code);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code);
}

const handlers: ((signal: StopSignal) => void)[] = [];
let fallback: ((signal: StopSignal) => void) | null = null;
let listening = false;

function dispatch(signal: NodeJS.Signals): void {
  (handlers.at(-1) ?? fallback)?.(signal as StopSignal);
}

// Listen only while someone wants the signals, so that a module imported without bin.ts (a test)
// does not swallow them.
function listen(): void {
  const want = handlers.length > 0 || fallback !== null;
  if (want === listening) return;
  listening = want;
  for (const s of STOP_SIGNALS) {
    if (want) process.on(s, dispatch);
    else process.off(s, dispatch);
  }
}

/** What a stop signal does when no command is listening (null: Node's default again). */
export function setFallbackStop(fn: ((signal: StopSignal) => void) | null): void {
  fallback = fn;
  listen();
}

/** Call `handler` (once) on any of them; returns the function that stops listening. */
export function onStopSignals(handler: (signal: StopSignal) => void): () => void {
  let fired = false;
  const once = (signal: StopSignal) => {
    if (fired) return;
    fired = true;
    handler(signal);
  };
  handlers.push(once);
  listen();
  return () => {
    const k = handlers.indexOf(once);
    if (k >= 0) handlers.splice(k, 1);
    listen();
  };
}

/** Thrown by a raced await once a stop signal has arrived. */
export class Stopped extends Error {
  override name = 'Stopped';
  constructor() {
    super('stopped');
  }
}

export interface StopScope {
  /** Aborts on the first stop signal (its reason is the signal's name). */
  readonly signal: AbortSignal;
  /** The exit code for the stop that came (130 if none has). */
  readonly code: number;
  /** `p`, or a rejection with Stopped as soon as a stop signal arrives: no await outlives a stop. */
  race<T>(p: Promise<T>): Promise<T>;
  /** Throws Stopped if a stop signal has arrived. */
  check(): void;
  dispose(): void;
}

/**
 * A command's own handling of stop signals. Made on the command's first line, before any await, so a
 * stop while the document or the engine is still loading is handled like one during speech.
 */
export function stopScope(): StopScope {
  const ctl = new AbortController();
  let code = stopCode();
  const dispose = onStopSignals((s) => {
    code = stopCode(s);
    ctl.abort(s);
  });
  const signal = ctl.signal;
  return {
    signal,
    get code() {
      return code;
    },
    race: <T>(p: Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (signal.aborted) return reject(new Stopped());
        const onAbort = () => reject(new Stopped());
        signal.addEventListener('abort', onAbort, { once: true });
        // A late rejection of `p` after a stop lands on a settled promise: handled, not unhandled.
        p.then(
          (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
          (e: unknown) => (signal.removeEventListener('abort', onAbort), reject(e)),
        );
      }),
    check: () => {
      if (signal.aborted) throw new Stopped();
    },
    dispose,
  };
}
