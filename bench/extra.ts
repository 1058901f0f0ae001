// Speech figures: how soon the first audio byte reaches the player after "speak", for one sentence and
// for the whole report, and how soon "stop" leaves silence. The player is a stand-in that writes the
// time (ms since the epoch) when the first byte of audio arrives, then swallows the rest.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadScript } from '../src/script/index.js';
import { EspeakEngine } from '../src/speech/engines/espeak.js';
import { customPlayer } from '../src/speech/player.js';
import { loadReading, pinyinInput, readingTokens } from '../src/speech/reading.js';
import { spokenForm } from '../src/speech/spoken.js';
import { BIN, cleanEnv } from './program.js';
import type { Row } from './row.js';

export interface BenchContext {
  record: (row: Row) => void;
  stats: (samples: number[]) => { median: number; p95: number; min: number; max: number };
  base: number;
  tmp: string;
}

function firstBytePlayer(stamp: string): string {
  return `sh -c 'head -c 1 >/dev/null; date +%s%3N > ${stamp}; cat >/dev/null'`;
}

async function waitFor(file: string, ms = 10_000): Promise<number> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (existsSync(file)) {
      const t = Number(readFileSync(file, 'utf8').trim());
      if (t) return t;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error('no audio reached the player');
}

export async function extraBenches(ctx: BenchContext): Promise<void> {
  if (spawnSync('sh', ['-c', 'command -v espeak-ng']).status !== 0) {
    console.error('  (speech figures skipped: espeak-ng is not installed)');
    return;
  }
  const runs = 9;
  const spread = (x: number[]) => {
    const s = ctx.stats(x);
    return `${s.min.toFixed(1)}–${s.max.toFixed(1)}`;
  };

  // The speak command, as a user runs it: process start to the first audio byte at the player.
  // "cold": a first start after installing or upgrading espeak-ng, with no kept probe (an empty cache folder).
  const cli: Record<string, number[]> = { sentence: [], report: [], cold: [] };
  for (let k = 0; k < runs; k++) {
    for (const [name, args] of [
      ['sentence', ['--at', '1.1.1']],
      ['report', []],
      ['cold', ['--at', '1.1.1']],
    ] as const) {
      const stamp = join(ctx.tmp, `stamp-${name}-${k}`);
      // Without this machine's extra CA bundle, as the baseline is timed (it adds 35–45 ms to a Node start).
      const env = cleanEnv(name === 'cold' ? { XDG_CACHE_HOME: join(ctx.tmp, `cache-${k}`) } : {});
      const t0 = Date.now();
      const child = spawn(process.execPath, [BIN, 'speak', ...args, '--player', firstBytePlayer(stamp)], { stdio: 'ignore', env });
      const t1 = await waitFor(stamp);
      child.kill('SIGINT');
      await new Promise((r) => child.on('exit', r));
      cli[name]!.push(t1 - t0);
      rmSync(stamp, { force: true });
    }
  }
  const one = ctx.stats(cli.sentence!).median;
  const all = ctx.stats(cli.report!).median;
  ctx.record({
    figure: 'langdu speak --at 1.1.1: start to first audio byte',
    median: one,
    spread: spread(cli.sentence!),
    unit: 'ms',
    ratio: `${(one / ctx.base).toFixed(2)}× baseline`,
    target: '≤ 5× a clean node -e (issue 25)',
  });
  const cold = ctx.stats(cli.cold!).median;
  ctx.record({
    figure: '… the first start after installing espeak-ng (its probe not yet kept)',
    median: cold,
    spread: spread(cli.cold!),
    unit: 'ms',
    ratio: `${(cold / ctx.base).toFixed(2)}× baseline`,
  });
  ctx.record({
    figure: 'langdu speak (whole report): start to first audio byte',
    median: all,
    spread: spread(cli.report!),
    unit: 'ms',
    ratio: `${(all / one).toFixed(2)}× one sentence`,
    target: '≤ 1.2× one sentence',
  });

  // Inside the reader: the speak key to the first audio byte, engine already probed and the reading
  // (pinyin-pro) loaded, as the reader does after its first frame. The sentence's spoken form and
  // reading are made inside the timing, as the utterance stage makes them.
  const engine = new EspeakEngine(() => Promise.resolve(null));
  await engine.voices();
  await loadScript('simplified');
  await loadReading(join(ctx.tmp, 'no-pronunciations.tsv'));
  const inApp: number[] = [];
  for (let k = 0; k < runs; k++) {
    const stamp = join(ctx.tmp, `stamp-app-${k}`);
    const e = new EspeakEngine(() => Promise.resolve(customPlayer(firstBytePlayer(stamp))));
    const ctrl = new AbortController();
    const t0 = Date.now();
    const spoken = spokenForm('一是思想引领强根基。');
    const playing = e.prepare(pinyinInput(readingTokens(spoken)), { voice: 'cmn-latn-pinyin' }).play(ctrl.signal);
    const t1 = await waitFor(stamp);
    // Stopped once the first byte is in: this player swallows the sound at once, which langdu rightly calls no sound.
    ctrl.abort();
    await playing;
    inApp.push(t1 - t0);
    rmSync(stamp, { force: true });
  }
  ctx.record({
    figure: 'speak key to first audio byte (in the reader)',
    median: ctx.stats(inApp).median,
    spread: spread(inApp),
    unit: 'ms',
    ratio: `${(ctx.stats(inApp).median / 60).toFixed(2)}× the budget`,
    target: '≤ 60 ms (issue 25)',
  });

  // Stop: abort to both synthesizer and player gone (silence).
  const stops: number[] = [];
  for (let k = 0; k < runs; k++) {
    const e = new EspeakEngine(() => Promise.resolve(customPlayer(`sh -c 'cat >/dev/null; sleep 30'`)));
    const ctrl = new AbortController();
    const playing = e.prepare('这是一个很长的句子，'.repeat(200), { voice: 'cmn-latn-pinyin' }).play(ctrl.signal);
    await new Promise((r) => setTimeout(r, 150));
    const t0 = performance.now();
    ctrl.abort();
    await playing;
    stops.push(performance.now() - t0);
  }
  ctx.record({
    figure: 'stop to silence (synthesizer and player killed)',
    median: ctx.stats(stops).median,
    spread: spread(stops),
    unit: 'ms',
    target: '≤ 20 ms',
  });
}
