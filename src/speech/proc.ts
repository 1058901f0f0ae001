// Every process langdu starts goes through here: no shell, an `error` listener, a timeout, stderr read,
// and a registry so that quitting (q, Ctrl+C, SIGTERM, SIGHUP) can kill whatever is still speaking.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
// Static, not import(): in the bundle's CommonJS, import() of a built-in starts Node's ES module loader.
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

const live = new Set<ChildProcess>();
// Each child leads its own process group, so killing it also kills what it started (a player given as
// `sh -c '…'` runs its real player as a grandchild, which would otherwise live on and hold our pipes).
const GROUPS = process.platform !== 'win32';

function killTree(child: ChildProcess): void {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Kill every speech process still running, at once. Safe to call from an 'exit' handler. */
export function killAll(): void {
  for (const child of live) killTree(child);
  live.clear();
}
process.on('exit', killAll);

export interface Started {
  child: ChildProcess;
  /** Resolves when the process has exited, with its code and everything it wrote to stderr. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; error?: Error }>;
  /** Kill it (and what it started) now. */
  kill(): void;
}

/** Spawn without a shell; the child is killed after `timeoutMs` or when `signal` aborts. */
export function start(
  cmd: string,
  args: string[],
  opts: { timeoutMs: number; signal?: AbortSignal; stdio?: SpawnOptions['stdio']; serialization?: SpawnOptions['serialization'] },
): Started {
  const child = spawn(cmd, args, {
    shell: false,
    stdio: opts.stdio ?? ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
    detached: GROUPS,
    ...(opts.serialization ? { serialization: opts.serialization } : {}),
  });
  live.add(child);
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (d: string) => {
    if (stderr.length < 8192) stderr += d;
  });
  // Writing to a child that died (EPIPE) is reported through exited, not thrown.
  child.stdin?.on('error', () => {});
  const kill = () => killTree(child);
  const timer = setTimeout(kill, opts.timeoutMs);
  timer.unref();
  const onAbort = () => kill();
  if (opts.signal?.aborted) kill();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; error?: Error }>((resolve) => {
    let spawnError: Error | undefined;
    child.on('error', (e) => {
      spawnError = e;
      // A command that does not exist never emits 'close' on some platforms: settle here too.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') finish(null, null);
    });
    const finish = (code: number | null, sig: NodeJS.Signals | null) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      live.delete(child);
      resolve({ code, signal: sig, stderr, ...(spawnError ? { error: spawnError } : {}) });
    };
    child.on('close', finish);
  });
  return { child, exited, kill };
}

/** Run to completion with `input` on stdin; collects stdout. */
export async function run(
  cmd: string,
  args: string[],
  opts: { input?: string | Buffer; timeoutMs: number; signal?: AbortSignal },
): Promise<{ code: number | null; stdout: Buffer; stderr: string; error?: Error; signal: NodeJS.Signals | null }> {
  const s = start(cmd, args, { timeoutMs: opts.timeoutMs, signal: opts.signal });
  const chunks: Buffer[] = [];
  s.child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  s.child.stdin?.end(opts.input ?? '');
  const r = await s.exited;
  return { ...r, stdout: Buffer.concat(chunks) };
}

/** Whether a command exists on PATH (without a shell). */
export async function onPath(cmd: string): Promise<boolean> {
  return (await whereOnPath(cmd)) !== null;
}

/** Where a command is on PATH (the first executable found, without a shell), or null. */
export async function whereOnPath(cmd: string): Promise<string | null> {
  const files: string[] = [];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of process.platform === 'win32' ? ['.exe', '.cmd', ''] : ['']) files.push(join(dir, cmd + ext));
  }
  // All looked at at once (one wait, not one per folder), the first in PATH's order taken.
  const found = await Promise.all(
    files.map((f) =>
      access(f, constants.X_OK).then(
        () => true,
        () => false,
      ),
    ),
  );
  return files[found.indexOf(true)] ?? null;
}
