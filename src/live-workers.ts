// Worker threads still alive. process.exit joins them before the process ends, and a worker deep in
// garbage collection near its memory limit holds that exit for seconds; a stop must not wait for it
// (commands/signals.ts endStopped). Kept apart so bin.ts can ask without loading the document code.
let live = 0;

/** Count a worker as alive until the returned function is called (once is enough; more are ignored). */
export function workerStarted(): () => void {
  live++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    live--;
  };
}

export function workersLive(): boolean {
  return live > 0;
}
