// The real program measured as a user meets it: started in a pseudo-terminal (util-linux `script`)
// until its first frame, its memory read from /proc, keys timed to the next frame through Ink's own
// renderer. bench.ts runs these and prints the figures.
import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import React from 'react';
import { DocIndex } from '../src/document/address.js';
import { parse } from '../src/document/parse.js';
import { createState } from '../src/reader/state.js';
import { RENDER_OPTIONS } from '../src/ui/render-options.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// LANGDU_BENCH_BIN: time another build of langdu (an older checkout's dist/langdu.js) with the same figures.
export const BIN = process.env.LANGDU_BENCH_BIN ?? join(ROOT, 'dist/langdu.js');
// The homes of the runs go when the bench ends, however it ends.
const tmp = mkdtempSync(join(tmpdir(), 'langdu-bench-run-'));
process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));

export function timeSpawn(cmd: string, args: string[], env: NodeJS.ProcessEnv = cleanEnv()): number {
  const t0 = performance.now();
  spawnSync(cmd, args, { stdio: 'ignore', env });
  return performance.now() - t0;
}

/**
 * The environment a user starts langdu in: this machine's extras that slow every Node start (an extra
 * CA bundle) left out, as a terminal on a user's machine would not have them.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * Start the TUI in a pseudo-terminal (util-linux `script`) and time it from exec until the outline is
 * on screen (`until`: text of the outline; by default the status line's last word, drawn with it).
 */
export async function firstFrame(
  file: string | null,
  env: Record<string, string> = {},
  until = '? 帮助',
  ink = false,
): Promise<{ ms: number; rssMiB: number }> {
  const dirs = mkdtempSync(join(tmp, 'xdg-'));
  const cmd = `stty cols 100 rows 30; exec node ${BIN}${file ? ` ${file}` : ''}`;
  const t0 = performance.now();
  const child = spawn('script', ['-qfec', cmd, '/dev/null'], {
    env: cleanEnv({ XDG_STATE_HOME: join(dirs, 's'), XDG_CONFIG_HOME: join(dirs, 'c'), ...env }),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let out = '';
  const ms = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no frame; output was: ${out.slice(0, 300)}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      // Ink's frames come in synchronized-output brackets; the first frame, drawn before Ink, does not.
      if (out.includes(until) && out.includes('? 帮助') && (!ink || out.includes('\x1b[?2026l'))) {
        clearTimeout(timer);
        resolve(performance.now() - t0);
      }
    });
  });
  const rssMiB = rssOf(child.pid!);
  child.stdin!.write('q');
  await new Promise((r) => child.on('exit', r));
  return { ms, rssMiB };
}

/**
 * Go to the last item of `file` in the reader (G: the passage follows the cursor, so this opens it) and
 * time G to the frame that shows its heading at the top of the passage pane; RSS just after.
 */
export async function openLast(file: string, heading: string): Promise<{ ms: number; rssMiB: number; firstMs: number }> {
  const dirs = mkdtempSync(join(tmp, 'xdg-'));
  const t0 = performance.now();
  const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec node ${BIN} --no-speech ${file}`, '/dev/null'], {
    env: cleanEnv({ HOME: dirs, XDG_STATE_HOME: join(dirs, 's'), XDG_CONFIG_HOME: join(dirs, 'c') }),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const until = async (ok: () => boolean) => {
    const deadline = Date.now() + 60_000;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`never saw it; output was ${out.slice(-300)}`);
      await new Promise((r) => setTimeout(r, 1));
    }
  };
  // Ink's own frame (in synchronized-output brackets), so G goes to a reader that is listening.
  await until(() => out.includes('? 帮助') && out.includes('\x1b[?2026l'));
  const firstMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  out = '';
  const t1 = performance.now();
  child.stdin!.write('G');
  await until(() => out.includes(`│ ${heading}`));
  const ms = performance.now() - t1;
  const rssMiB = rssOf(child.pid!);
  child.stdin!.write('q');
  await new Promise((r) => child.on('exit', r));
  return { ms, rssMiB, firstMs };
}

/** RSS (MiB) of the langdu process under a `script` process, found through /proc; 0 if it is gone. */
function rssOf(scriptPid: number): number {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== scriptPid) continue;
      if (!readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('langdu.js')) continue;
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))![1]) / 1024;
    } catch {
      // gone meanwhile
    }
  }
  return 0;
}

/**
 * RSS of the reader on `file` after a person's session: open, search once, then cycle the scripts
 * (simplified, traditional, back to the original). Each step waits for its answer on screen.
 */
export async function rssAfterUse(file: string): Promise<{ open: number; searched: number; cycled: number }> {
  const dirs = mkdtempSync(join(tmp, 'xdg-'));
  const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec node ${BIN} --no-speech ${file}`, '/dev/null'], {
    env: { ...process.env, XDG_STATE_HOME: join(dirs, 's'), XDG_CONFIG_HOME: join(dirs, 'c') },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const until = async (text: string) => {
    const deadline = Date.now() + 60_000;
    while (!out.includes(text)) {
      if (Date.now() > deadline) throw new Error(`never saw ${text}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    out = '';
  };
  await until('? 帮助');
  const open = rssOf(child.pid!);
  child.stdin!.write('/');
  await until('搜索');
  child.stdin!.write('举措\r');
  await until('处：');
  const searched = rssOf(child.pid!);
  for (const name of ['简体', '繁体', '原文']) {
    child.stdin!.write('t');
    await until(`字体：${name}`);
  }
  const cycled = rssOf(child.pid!);
  child.stdin!.write('q');
  await new Promise((r) => child.on('exit', r));
  return { open, searched, cycled };
}

class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 100;
  rows = 30;
  lastWrite = 0;
  writes = 0;
  write = (_s: string) => {
    this.lastWrite = performance.now();
    this.writes++;
    return true;
  };
}
class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(s: string) {
    this.data = s;
    this.emit('readable');
  }
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Key press to the next frame written, in-process through Ink's real (non-debug) renderer. */
export async function keyToFrame(text: string, presses: number): Promise<number[]> {
  const { render } = await import('ink');
  const { App } = await import('../src/ui/App.js');
  const index = new DocIndex(parse(text));
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const instance = render(React.createElement(App, { initial: createState(index, { rows: 30, cols: 100 }) }), {
    stdout: stdout as never,
    stdin: stdin as never,
    ...RENDER_OPTIONS,
  });
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await wait(100);
  const samples: number[] = [];
  const keys = ['j', 'j', 'j', '3', 'k', ']', '2', 'k'];
  for (let k = 0; k < presses; k++) {
    const before = stdout.writes;
    const t0 = performance.now();
    stdin.write(keys[k % keys.length]!);
    while (stdout.writes === before && performance.now() - t0 < 1000) await new Promise((r) => setImmediate(r));
    samples.push(stdout.lastWrite - t0);
    await wait(40); // slower than Ink's 30 fps throttle, as a person types
  }
  instance.unmount();
  return samples;
}
