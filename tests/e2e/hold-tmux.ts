// tmux's server exits when its last session closes. A session opened at that moment (by the next test,
// by a test file running alongside, or by another checkout's tests on the same machine) fails with
// "server exited unexpectedly". A session of our own, held for the whole test file, keeps it up.
import { spawnSync } from 'node:child_process';

let held = 0;

/** Open a session that does nothing; returns the function that closes it. */
export function holdTmuxServer(): () => void {
  const name = `langdu-hold-${process.pid}-${++held}`;
  for (let tries = 1; ; tries++) {
    // This can meet the same race; it is the one place that tries again (after a short pause).
    const r = spawnSync('tmux', ['new-session', '-d', '-s', name, 'sleep', '3600'], { encoding: 'utf8' });
    if (r.status === 0) break;
    if (tries === 20) throw new Error(`tmux new-session failed: ${r.stderr.trim()}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  return () => void spawnSync('tmux', ['kill-session', '-t', name]);
}
