// Talking books against the MP3 export of the same report (issue 20's budget: at most 1.2× the time and
// 10% more bytes): the whole bundled report exported as MP3, EPUB 3 and DAISY 2.02, in turn, so that each
// format sees the same machine load.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cleanEnv } from './program.js';
import type { Row } from './row.js';

export interface BookBenchContext {
  record: (row: Row) => void;
  stats: (samples: number[]) => { median: number; min: number; max: number };
  tmp: string;
  runs: number;
}

const sizeOf = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0) : statSync(path).size;

export async function bookBenches(ctx: BookBenchContext): Promise<void> {
  if (spawnSync('sh', ['-c', 'command -v espeak-ng']).status !== 0) {
    console.error('  (book figures skipped: espeak-ng is not installed)');
    return;
  }
  const formats = [
    ['MP3', ['-o', join(ctx.tmp, 'book.mp3')], join(ctx.tmp, 'book.mp3')],
    ['EPUB', ['-o', join(ctx.tmp, 'book.epub')], join(ctx.tmp, 'book.epub')],
    ['DAISY', ['-o', join(ctx.tmp, 'book-daisy'), '--format', 'daisy'], join(ctx.tmp, 'book-daisy')],
  ] as const;
  const times: Record<string, number[]> = { MP3: [], EPUB: [], DAISY: [] };
  const bytes: Record<string, number> = {};
  for (let k = 0; k < ctx.runs; k++) {
    for (const [name, args, out] of formats) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'export', ...args], { env: cleanEnv(), encoding: 'utf8' });
      times[name]!.push((performance.now() - t0) / 1000);
      if (r.status !== 0) throw new Error(`export ${name} failed: ${r.stderr}`);
      bytes[name] = sizeOf(out);
      rmSync(out, { recursive: true, force: true });
    }
  }
  const mp3 = ctx.stats(times.MP3!).median;
  const spread = (x: number[]) => `${ctx.stats(x).min.toFixed(1)}–${ctx.stats(x).max.toFixed(1)}`;
  ctx.record({ figure: 'export the bundled report as MP3', median: mp3, spread: spread(times.MP3!), unit: 's', note: `${(bytes.MP3! / 1e6).toFixed(2)} MB` });
  for (const name of ['EPUB', 'DAISY'] as const) {
    const t = ctx.stats(times[name]!).median;
    ctx.record({
      figure: `export the bundled report as ${name}`,
      median: t,
      spread: spread(times[name]!),
      unit: 's',
      ratio: `${(t / mp3).toFixed(2)}× the MP3's time, ${((bytes[name]! / bytes.MP3! - 1) * 100).toFixed(1)}% larger`,
      target: '≤1.2× time, ≤10% larger',
      note: `${(bytes[name]! / 1e6).toFixed(2)} MB`,
    });
  }
}
