// A say-all passes one stop signal to every utterance and pause it plays. Each play must take its abort listener
// away when it ends: otherwise they pile up over a long say-all, and after the tenth Node writes a
// MaxListenersExceededWarning to stderr, over the reader's screen.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { customPlayer } from '../../src/speech/player.js';
import { needTool } from '../e2e/tmux.js';
import { fixture } from '../helpers.js';

const silence = (ms: number) => Buffer.alloc(Math.round((ms / 1000) * 22050) * 2);

/** Node's leak warnings while `f` runs. */
async function warningsDuring(f: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const on = (w: Error) => seen.push(`${w.name}: ${w.message}`);
  process.on('warning', on);
  try {
    await f();
    // Warnings are emitted on the next tick.
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off('warning', on);
  }
  return seen;
}

describe('one stop signal through a long say-all', () => {
  it('pauses waited out without a player leave no listener behind, and no warning', async () => {
    const engine = new EspeakEngine(() => Promise.resolve(null));
    const stop = new AbortController();
    const warnings = await warningsDuring(async () => {
      for (let i = 0; i < 30; i++) await engine.prepareAudio(silence(5)).play(stop.signal);
    });
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
    expect(warnings).toEqual([]);
  });

  it('a pause still ends the moment the signal stops it', async () => {
    const engine = new EspeakEngine(() => Promise.resolve(null));
    const stop = new AbortController();
    const began = performance.now();
    const playing = engine.prepareAudio(silence(60_000)).play(stop.signal);
    setTimeout(() => stop.abort(), 20);
    await playing;
    expect(performance.now() - began).toBeLessThan(10_000);
  });

  const haveTools = needTool('espeak-ng') && needTool('sox');
  it.skipIf(!haveTools)(
    'sentences played through a player leave no listener behind, and no warning',
    async () => {
      // A player that takes half the sound's length (langdu counts one that ends at once as silence).
      process.env.LANGDU_TEST_PACE = '0.6'; // this file's own process (vitest runs each file in its own)
      const engine = new EspeakEngine(() => Promise.resolve(customPlayer(`sh ${fixture('paced-player.sh')}`)));
      const stop = new AbortController();
      const warnings = await warningsDuring(async () => {
        for (let i = 0; i < 12; i++) {
          await engine.prepareAudio(silence(5)).play(stop.signal);
          await engine.prepare(`第${i + 1}句。`, { voice: 'cmn-latn-pinyin', rate: 560 }).play(stop.signal);
        }
      });
      expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
      expect(warnings).toEqual([]);
    },
    60_000,
  );
});
