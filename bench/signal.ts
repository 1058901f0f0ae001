// How soon a stop is answered while langdu is busy opening a big document: SIGINT is sent once the
// program has spent 0.7 s of CPU time (read from /proc, so it is in the heavy phase), and the figure
// is the time from the signal to the exit. The target is 100 ms (docs/DESIGN: heavy work is stoppable).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from './row.js';

export interface SignalContext {
  record: (row: Row) => void;
  stats: (samples: number[]) => { median: number; p95: number; min: number; max: number };
  tmp: string;
  bin: string;
  seed: string;
  runs: number;
}

function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Milliseconds from SIGINT (sent after `busyMs` of CPU) to the exit of `langdu outline FILE`. */
async function stopTime(bin: string, file: string, busyMs = 700): Promise<{ ms: number; code: number | null }> {
  const child = spawn(process.execPath, [bin, 'outline', file], { stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; at: number }>((r) => child.on('exit', (code) => r({ code, at: performance.now() })));
  for (;;) {
    const used = cpuMs(child.pid!);
    if (used === null) throw new Error(`langdu outline ${file} ended before it was busy`);
    if (used >= busyMs) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const sent = performance.now();
  child.kill('SIGINT');
  const { code, at } = await exited;
  return { ms: at - sent, code };
}

export async function signalBenches(ctx: SignalContext): Promise<void> {
  const html = join(ctx.tmp, 'stop-page.html');
  writeFileSync(
    html,
    `<html><head><title>某市报告</title></head><body><article>${Array.from({ length: 90_000 }, (_, k) => `<p>第${k}段。依法行政，建设法治政府，推进严格规范公正文明执法。</p>`).join('\n')}</article></body></html>`,
  );
  const text = join(ctx.tmp, 'stop-report.txt');
  writeFileSync(text, ctx.seed.repeat(1000));
  for (const [name, file] of [
    ['an HTML page of 90 000 paragraphs (under the 100 000-element budget)', html],
    ['a 15 MB text (the bundled report ×1000)', text],
  ] as const) {
    const ms: number[] = [];
    const codes: (number | null)[] = [];
    for (let k = 0; k < ctx.runs; k++) {
      const r = await stopTime(ctx.bin, file);
      ms.push(r.ms);
      codes.push(r.code);
    }
    const s = ctx.stats(ms);
    // An older build (LANGDU_BENCH_BIN) may finish opening first and exit 0: the stop was lost.
    const lost = codes.filter((c) => c !== 130);
    ctx.record({
      figure: `SIGINT to exit while opening ${name}`,
      median: s.median,
      spread: `${s.min.toFixed(1)}–${s.max.toFixed(1)}`,
      unit: 'ms',
      target: '≤ 100 ms',
      ...(lost.length ? { note: `${lost.length} of ${codes.length} exits were not 130 (${lost.join(', ')}): the stop was lost` } : {}),
    });
  }
}
