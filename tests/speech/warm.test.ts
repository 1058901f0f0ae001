// A spare espeak-ng, started while the document opens, is the one that says the first utterance with
// the same voice and rate; with other options it is not used, and it never outlives a stop. A stand-in
// espeak-ng on PATH logs each start, then runs the real one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { customPlayer } from '../../src/speech/player.js';
import { needTool } from '../e2e/tmux.js';
import { loggingEspeak } from './espeak-stand-in.js';

const ready = needTool('espeak-ng');

describe.skipIf(!ready)('a spare synthesizer (warm)', () => {
  let root: string;
  let log: string;
  const saved = process.env.PATH;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'langdu-warm-'));
    ({ log } = loggingEspeak(root));
  });
  afterAll(() => {
    process.env.PATH = saved;
    rmSync(root, { recursive: true, force: true });
  });
  const synths = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.includes('--stdout'));
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const until = async (ok: () => boolean) => {
    for (const end = Date.now() + 10_000; !ok(); ) {
      if (Date.now() > end) throw new Error('never happened');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('the spare says the first utterance (no second synthesizer), and the player gets the whole of its audio', async () => {
    writeFileSync(log, '');
    const out = join(root, 'heard.wav');
    const e = new EspeakEngine(() => Promise.resolve(customPlayer(`sh -c 'cat > ${out}'`)));
    const opts = { voice: 'cmn-latn-pinyin', rate: 260 };
    e.warm(opts);
    await until(() => synths().length === 1);
    await e
      .prepare('ni3 hao3 , shi4 jie4 .', opts)
      .play(new AbortController().signal)
      // A player that ends long before the sound would have is rightly called one that played nothing:
      // what matters here is who made the sound and that all of it reached the player, checked below.
      .catch(() => {});
    expect(synths()).toHaveLength(1);
    // The audio is the words: a WAV of about a second, not an empty one.
    expect(readFileSync(out).length).toBeGreaterThan(44_100 * 0.5);
  });

  it('with another rate the spare is not used; a new spare replaces the old one, which is killed', async () => {
    writeFileSync(log, '');
    const e = new EspeakEngine(() => Promise.resolve(customPlayer(`sh -c 'cat > /dev/null; sleep 30'`)));
    e.warm({ voice: 'cmn-latn-pinyin', rate: 260 });
    await until(() => synths().length === 1);
    const spare = Number(synths()[0]!.split(' ')[0]);
    const ctrl = new AbortController();
    const playing = e.prepare('ni3 hao3 .', { voice: 'cmn-latn-pinyin', rate: 400 }).play(ctrl.signal);
    await until(() => synths().length === 2);
    expect(synths()[1]).toContain(' -s ');
    expect(synths()[1]).not.toBe(synths()[0]);
    e.warm({ voice: 'cmn-latn-pinyin', rate: 300 }); // a new spare replaces the old, which is killed
    await until(() => !alive(spare));
    ctrl.abort();
    await playing;
  });
});
