// Driving langdu through the macOS and Windows stand-ins (tests/fixtures/fake-macos, fake-windows):
// their logs, what was played, and the program run with them first on PATH.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, ROOT } from '../helpers.js';

export const BIN = join(ROOT, 'dist/langdu.js');

export interface LogEntry {
  pid: number;
  t: number;
  ev: string;
  cmd: string;
  argv?: string[];
  cmdline?: string;
  text?: string;
  commands?: string[];
  out?: string;
  file?: string;
  saved?: string | null;
  ms?: number;
  kind?: string;
  voice?: string;
  why?: string;
}

/** A report small enough to say quickly, with parts, points and paragraphs (pauses and earcons). */
export const REPORT = '工作报告\n\n一、总体情况\n完成了任务。继续努力。\n二、下一步\n（一）加强学习。\n（二）改进作风。\n';

export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'langdu-platform-'));
  readonly log = join(this.dir, 'log');
  readonly record = join(this.dir, 'record');
  readonly report = join(this.dir, 'report.txt');

  constructor(readonly fakes: 'fake-macos' | 'fake-windows') {
    mkdirSync(this.record);
    writeFileSync(this.report, REPORT);
  }

  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...(process.env as Record<string, string>),
      PATH: `${fixture(this.fakes)}:${process.env.PATH}`,
      LANGDU_FAKE_LOG: this.log,
      LANGDU_TEST_RECORD: this.record,
      ...extra,
    };
  }

  entries(): LogEntry[] {
    if (!existsSync(this.log)) return [];
    return readFileSync(this.log, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as LogEntry);
  }

  reset(): void {
    rmSync(this.log, { force: true });
    for (const f of readdirSync(this.record)) rmSync(join(this.record, f));
  }

  langdu(args: string[], extra: Record<string, string> = {}) {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: this.dir, encoding: 'utf8', env: this.env(extra), timeout: 120_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  start(args: string[], extra: Record<string, string> = {}) {
    return spawn(process.execPath, [BIN, ...args], { cwd: this.dir, env: this.env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The samples of a 16-bit WAV file (any chunks before data skipped), and whether it has Apple's FLLR chunk. */
export function samplesOf(file: string): { samples: Int16Array; fllr: boolean; rate: number } {
  const b = readFileSync(file);
  let fllr = false;
  let rate = 0;
  for (let p = 12; p + 8 <= b.length; ) {
    const id = b.toString('ascii', p, p + 4);
    const len = b.readUInt32LE(p + 4);
    if (id === 'FLLR') fllr = true;
    if (id === 'fmt ') rate = b.readUInt32LE(p + 12);
    if (id === 'data') {
      const data = b.subarray(p + 8, p + 8 + len);
      return { samples: new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + (data.length & ~1))), fllr, rate };
    }
    p += 8 + len + (len % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

/** What sox says a file is: its encoding, bits, rate and length in samples. */
export function soxInfo(file: string): { encoding: string; bits: number; rate: number; samples: number } {
  const i = (flag: string) => spawnSync('soxi', [flag, file], { encoding: 'utf8' });
  const enc = i('-e');
  if (enc.status !== 0) throw new Error(`sox cannot read ${file}: ${enc.stderr}`);
  return { encoding: enc.stdout.trim(), bits: Number(i('-b').stdout), rate: Number(i('-r').stdout), samples: Number(i('-s').stdout) };
}

/** Poll until `ok` holds (never a fixed sleep). */
export async function until(ok: () => boolean, what: string, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
  }
}

/** The recorded plays: the pauses (all silence), the earcons (a tone), and the speech. */
export function recordedPlays(dir: string): { silent: number; tones: number; other: number } {
  const out = { silent: 0, tones: 0, other: 0 };
  const files = readdirSync(dir).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  for (const f of files) {
    const { samples } = samplesOf(join(dir, f));
    const peak = samples.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    // Earcons are sine tones at 0.3 of full scale after a stretch of silence (src/speech/earcons.ts).
    const leadingSilence = samples.findIndex((v) => v !== 0);
    if (peak === 0) out.silent++;
    else if (peak > 9000 && peak < 10500 && leadingSilence > 1000) out.tones++;
    else out.other++;
  }
  return out;
}
