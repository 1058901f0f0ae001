// Drive the real program in tmux: start it in a detached session of a given size, type with send-keys,
// and poll capture-pane for what should appear (never a fixed sleep).
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'dist/langdu.js');

/** Whether a tool is on PATH. Under CI a missing tool is a failure, elsewhere a printed skip. */
export function needTool(tool: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (found) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`${tool} is required under CI (apt-get install -y ${tool})`);
  console.warn(`skipping: ${tool} is not installed (apt-get install -y ${tool})`);
  return false;
}

let counter = 0;

// A tmux server of this test process's own (its own socket), kept up with no sessions: the shared
// default server exits when its last session closes, and a session opened at that moment (by the next
// test, or a test file running alongside) fails with "server exited unexpectedly".
const SOCKET = `langdu-test-${process.pid}`;
let serverUp = false;

// Gone after each test file (a test worker may be ended without its 'exit' event, and a server with
// exit-empty off would outlive it); the next file's first command starts it again.
afterAll(() => {
  if (!serverUp) return;
  // tmux leaves its socket file behind: remove it too.
  const socket = spawnSync('tmux', ['-L', SOCKET, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  if (socket.endsWith(SOCKET)) rmSync(socket, { force: true });
  serverUp = false;
});

/** Run tmux against this process's own server. */
export function tmux(args: string[]): string {
  if (!serverUp) {
    execFileSync('tmux', ['-L', SOCKET, 'start-server', ';', 'set-option', '-g', 'exit-empty', 'off']);
    serverUp = true;
  }
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

export class Tmux {
  readonly name = `langdu-test-${process.pid}-${++counter}`;

  /**
   * `ctrlC`: the pane's shell outlives a Ctrl+C (C-c sends SIGINT to every process in the pane), so
   * the program's exit status after it can still be read.
   */
  constructor(command: string, env: Record<string, string> = {}, size = { cols: 100, rows: 30 }, opts: { ctrlC?: boolean } = {}) {
    const exports = Object.entries(env)
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(' ');
    // After the program exits the pane stays (sleep) so its last screen and exit status can be read.
    // A trap (not an ignored signal, which the program would inherit) keeps the shell alive.
    const script = `${opts.ctrlC ? 'trap : INT; ' : ''}cd ${shellQuote(ROOT)} && env ${exports} ${command}; echo "EXIT=$?"; sleep 600`;
    tmux(['new-session', '-d', '-s', this.name, '-x', String(size.cols), '-y', String(size.rows), 'sh', '-c', script]);
  }

  send(...keys: string[]): void {
    tmux(['send-keys', '-t', this.name, ...keys]);
  }

  /** Type text literally (no key-name lookup), e.g. Chinese. */
  type(text: string): void {
    tmux(['send-keys', '-t', this.name, '-l', text]);
  }

  /** The screen; `joined`: lines the terminal soft-wrapped are joined back (capture-pane -J). */
  capture(escapes = false, joined = false): string {
    return tmux(['capture-pane', '-p', ...(escapes ? ['-e'] : []), ...(joined ? ['-J'] : []), '-t', this.name]);
  }

  // Generous: on a loaded 2-core CI machine a cold start can take seconds.
  async waitFor(test: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const ok = (s: string) => (typeof test === 'string' ? s.includes(test) : test instanceof RegExp ? test.test(s) : test(s));
    const deadline = Date.now() + timeoutMs;
    let screen = '';
    while (Date.now() < deadline) {
      screen = this.capture();
      if (ok(screen)) return screen;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`timed out waiting for ${String(test)}; screen was:\n${screen}`);
  }

  panePid(): number {
    return Number(tmux(['display-message', '-p', '-t', this.name, '#{pane_pid}']).trim());
  }

  /**
   * Close the session and wait (up to 5 s) until its processes are gone: langdu saves its place on the
   * hangup, and a test that removes its state folder right after must not race that write.
   */
  kill(): void {
    let pids: number[] = [];
    try {
      pids = descendants(this.panePid());
    } catch {
      // the session is gone already
    }
    spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', this.name]);
    const nap = new Int32Array(new SharedArrayBuffer(4));
    const end = Date.now() + 5000;
    while (Date.now() < end && pids.some(running)) Atomics.wait(nap, 0, 0, 10);
  }
}

/** A process and all its descendants, from /proc (parent pids in each stat file). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The fields after the command name (which may hold spaces) start with the state, then the ppid.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone
    }
  }
  const out = [root];
  for (let k = 0; k < out.length; k++) for (const [pid, ppid] of parent) if (ppid === out[k]) out.push(pid);
  return out;
}

/** Alive and not a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The pid of the langdu process running in a pane (0 if there is none), found through /proc. */
export function programPid(t: Tmux): number {
  const pane = t.panePid();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pane) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('langdu.js')) return Number(name);
    } catch {
      // gone meanwhile
    }
  }
  return 0;
}

/** Signal the langdu process running in a pane, found through /proc (no pkill: procps may be absent). */
export function signalProgram(t: Tmux, signal: NodeJS.Signals): void {
  const pane = t.panePid();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== pane) continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('langdu.js')) process.kill(Number(name), signal);
    } catch {
      // gone meanwhile
    }
  }
}
