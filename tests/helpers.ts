import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type Document, type Node, parse } from '../src/document/parse.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_PATH = fileURLToPath(new URL('../content/shangyu-2024-rule-of-law-report.txt', import.meta.url));
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function allNodes(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

const nonSpace = (s: string) => s.replace(/\s+/g, '');

/**
 * "Nothing lost": the body's non-space characters (residue masked out) equal, in order, the preamble,
 * then each node's marker, title (with the 。 that ends a run-in title) and body, then the closing.
 * Returns both sides.
 */
export function accountedText(doc: Document): { source: string; parts: string } {
  const source = nonSpace(doc.masked.slice(doc.bodyStart));
  const m = doc.masked;
  let parts = nonSpace(doc.preamble);
  for (const n of allNodes(doc.nodes)) {
    const terminator = nonSpace(m.slice(n.titleRange.start, n.titleRange.end)).slice(nonSpace(n.title).length);
    parts += nonSpace(n.marker) + nonSpace(n.title) + terminator + nonSpace(n.body);
  }
  if (doc.closing) parts += nonSpace(doc.closing.text);
  return { source, parts };
}

/**
 * Processes (other than ones already gone) whose environment holds LANGDU_TEST_TAG=tag: everything a
 * test's langdu started, even after it was orphaned, and nothing started by a test running alongside.
 */
/**
 * A page's header as a listener gets it: its title and its pairs as `key=value` (in page order, or sorted),
 * after checking that nothing of the page's text was lost, whatever the header took.
 */
export function readPage(text: string, opts: { sorted?: boolean } = {}): { title: string | null; meta: string[] } {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source);
  const meta = doc.meta.map((m) => `${m.key}=${m.value}`);
  return { title: doc.title, meta: opts.sorted ? meta.sort() : meta };
}

export function taggedProcesses(tag: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(`LANGDU_TEST_TAG=${tag}`)) found.push(Number(name));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/** A process's arguments; none once it is gone. */
export function cmdline(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

/** The syntheses (espeak-ng -w: "-w" an argument of its own, not part of a temp folder's name) a tagged langdu is running. */
export const syntheses = (tag: string): number[] => taggedProcesses(tag).filter((pid) => cmdline(pid).includes('-w'));

/** An engine failing midway: SIGKILL the tagged syntheses running now; whether one was (it may just have finished). */
function killSyntheses(tag: string): boolean {
  let killed = false;
  for (const pid of syntheses(tag)) {
    // A zombie takes SIGKILL without complaint, yet it had already succeeded: not a failure.
    if (cpuMs(pid) === null) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed = true;
    } catch {
      // it had just finished: the next one
    }
  }
  return killed;
}

/**
 * An engine that fails from now on: every synthesis the tagged run starts is killed until the run exits, so a
 * kill that lands as a synthesis ends on its own (exit 0 wins the race) cannot let the run succeed. Its exit code.
 */
export async function failSynthesesUntilExit(tag: string, exited: Promise<number | null>, ms = 60_000): Promise<number | null> {
  let code: number | null | undefined;
  void exited.then((c) => (code = c));
  let killed = 0;
  await until(
    () => {
      if (killSyntheses(tag)) killed++;
      return code !== undefined;
    },
    ms,
    'the run to exit once its syntheses failed',
  );
  if (killed === 0) throw new Error('the run exited before any synthesis was killed');
  return code ?? null;
}

let tags = 0;
export function newTag(): string {
  return `${process.pid}-${++tags}-${Math.random().toString(36).slice(2, 8)}`;
}

/** CPU time (user + system, ms, all threads) a process has used so far, from /proc/PID/stat; null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name: field 3 (state) first, so utime and stime (fields 14, 15) are [11], [12].
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (f[0] === 'Z') return null;
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks: 100 a second on Linux
  } catch {
    return null;
  }
}

/**
 * Until process `pid` has used `ms` of CPU time: a program past its start-up is then busy with the
 * work it was given (opening a big document, say). Throws if it ends first, or never gets there.
 */
export async function busyFor(pid: number, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const used = cpuMs(pid);
    if (used === null) throw new Error(`the program ended before it was busy ${what}`);
    if (used >= ms) return;
    if (Date.now() > deadline) throw new Error(`the program never got busy ${what} (${used} ms of CPU)`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Wait for `cond`, polling every few ms, up to `ms` (generous: CI machines are loaded); throws naming `what`. */
export async function until(cond: () => boolean, ms = 15_000, what = 'the condition'): Promise<void> {
  for (const end = Date.now() + ms; !cond(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The built program run without blocking the test process (several can run at once): its code and output. */
export function runLangdu(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/langdu.js'), ...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

// Ordinary report text, the yardstick a hostile line's parse is timed against.
const ORDINARY = '本县坚持依法行政，推进法治政府建设，全年办理行政复议案件12件。';
/**
 * The time a hostile line of `length` characters may take to parse: `ms`, or ten times what ordinary text of that length
 * takes on this machine at this moment, whichever is more, but never over five times `ms`. A loaded CI machine slows both
 * alike; a pattern gone quadratic on 200 000 characters takes minutes, past either; and the cap keeps the test failing
 * when parse itself goes quadratic on every long line (the yardstick would grow with it).
 */
export function hostileBudget(ms: number, length = 200_000): number {
  const text = ORDINARY.repeat(Math.ceil(length / ORDINARY.length));
  const t0 = performance.now();
  parse(text);
  return Math.min(5 * ms, Math.max(ms, 10 * (performance.now() - t0)));
}
