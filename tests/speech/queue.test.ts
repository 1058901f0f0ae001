// The speech queue with a recording fake engine: order, prefetch, cancel, late events, rate changes.
import { describe, expect, it } from 'vitest';
import { SpeechQueue, type Utterance } from '../../src/speech/queue.js';
import { chunkSpoken } from '../../src/speech/utterances.js';
import { FakeEngine } from './fake-engine.js';

const source = (texts: string[]) => {
  let k = 0;
  return (): Utterance<number> | null => (k < texts.length ? { key: k, text: texts[k++]! } : null);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(queue: SpeechQueue<number>, texts: string[]) {
  const events: string[] = [];
  let resolveEnd!: () => void;
  const ended = new Promise<void>((r) => (resolveEnd = r));
  queue.start(source(texts), {
    onStart: (k) => events.push(`start ${k}`),
    onEnd: () => {
      events.push('end');
      resolveEnd();
    },
    onError: (m) => {
      events.push(`error ${m}`);
      resolveEnd();
    },
  });
  return { events, ended };
}

describe('speech queue', () => {
  it('speaks one utterance at a time, in order, with the next prepared while this one plays', async () => {
    const engine = new FakeEngine(20);
    const q = new SpeechQueue<number>(engine, { rate: 230 });
    const { events, ended } = run(q, ['甲', '乙', '丙']);
    await wait(5);
    // While 甲 plays, 乙 has already been prepared (the prefetch).
    expect(engine.prepared.map((p) => p.text)).toEqual(['甲', '乙']);
    expect(engine.played.map((p) => p.text)).toEqual(['甲']);
    await ended;
    expect(events).toEqual(['start 0', 'start 1', 'start 2', 'end']);
    expect(engine.played.map((p) => p.outcome)).toEqual(['done', 'done', 'done']);
  });

  it('stop kills the current utterance at once, drops the prefetched one, and no late event arrives', async () => {
    const engine = new FakeEngine(200);
    const q = new SpeechQueue<number>(engine);
    const { events } = run(q, ['甲', '乙', '丙']);
    await wait(10);
    const t0 = performance.now();
    q.stop();
    const took = performance.now() - t0;
    // Synchronous: by the time stop() returns the utterance has been told to die.
    expect(engine.played[0]!.outcome).toBe('aborted');
    expect(took).toBeLessThan(20);
    await wait(0); // the run loop drops the prefetched utterance as it wakes
    expect(engine.prepared[1]!.outcome).toBe('cancelled');
    await wait(250);
    expect(events).toEqual(['start 0']); // no 'start 1', no 'end' from the stopped run
    expect(q.speaking).toBe(false);
  });

  it('a new start cancels the old run; only the new run reports', async () => {
    const engine = new FakeEngine(30);
    const q = new SpeechQueue<number>(engine);
    const first = run(q, ['一', '二', '三']);
    await wait(5);
    const second = run(q, ['甲']);
    await second.ended;
    await wait(100);
    expect(first.events).toEqual(['start 0']);
    expect(second.events).toEqual(['start 0', 'end']);
  });

  it('a rate change takes effect from the next utterance without stopping', async () => {
    const engine = new FakeEngine(30);
    const q = new SpeechQueue<number>(engine, { rate: 230 });
    const { events, ended } = run(q, ['一', '二', '三']);
    await wait(5);
    q.setOptions({ rate: 300 });
    await ended;
    expect(events).toEqual(['start 0', 'start 1', 'start 2', 'end']);
    expect(engine.played.map((p) => [p.text, p.opts.rate])).toEqual([
      ['一', 230],
      ['二', 300], // prefetched at 230, re-made at 300
      ['三', 300],
    ]);
    expect(engine.prepared.filter((p) => p.outcome === 'cancelled').map((p) => [p.text, p.opts.rate])).toEqual([['二', 230]]);
  });

  it('an engine that dies mid-sentence is an error event, not a crash', async () => {
    const engine = new FakeEngine(10);
    engine.failOn = '乙';
    const q = new SpeechQueue<number>(engine);
    const { events, ended } = run(q, ['甲', '乙', '丙']);
    await ended;
    expect(events).toEqual(['start 0', 'start 1', 'error engine killed mid-sentence']);
  });
});

describe('pauses, earcons and the reading in the queue', () => {
  class CueEngine extends FakeEngine {
    readonly cues: { bytes: number; outcome: string }[] = [];
    readsPinyin(voice?: string) {
      return voice === 'zh-a';
    }
    prepareAudio(pcm: Buffer) {
      const rec = { bytes: pcm.length, outcome: 'pending' };
      this.cues.push(rec);
      const ms = (pcm.length / 2 / 22050) * 1000;
      return {
        cancel: () => {},
        play: (signal: AbortSignal) =>
          new Promise<void>((resolve) => {
            this.played.push({ text: `<cue ${Math.round(ms)} ms>`, opts: {}, outcome: 'pending' });
            const end = (outcome: string) => {
              rec.outcome = outcome;
              resolve();
            };
            const t = setTimeout(() => end('done'), ms);
            signal.addEventListener('abort', () => {
              clearTimeout(t);
              end('aborted');
            });
          }),
      };
    }
  }
  const utterances = (list: Utterance<number>[]) => () => list.shift() ?? null;

  it('plays the pause before an utterance that asks for one, and gives a pinyin voice the reading', async () => {
    const engine = new CueEngine(5);
    const q = new SpeechQueue<number>(engine, { voice: 'zh-a' });
    const starts: number[] = [];
    await new Promise<void>((resolve) =>
      q.start(
        utterances([
          { key: 0, text: '第一部分', reading: 'di4 yi1 bu4 fen5' },
          { key: 1, text: '正文', reading: 'zheng4 wen2', pauseMs: 60 },
        ]),
        { onStart: (k) => starts.push(k), onEnd: resolve, onError: () => resolve() },
      ),
    );
    expect(engine.played.map((p) => p.text)).toEqual(['di4 yi1 bu4 fen5', '<cue 60 ms>', 'zheng4 wen2']);
    expect(starts).toEqual([0, 1]);
    expect(engine.cues[0]!.outcome).toBe('done');
  });

  it('gives a voice that reads Han text the spoken form', async () => {
    const engine = new CueEngine(5);
    const q = new SpeechQueue<number>(engine, { voice: 'zh-b' });
    await new Promise<void>((resolve) =>
      q.start(utterances([{ key: 0, text: '正文', reading: 'zheng4 wen2' }]), { onStart: () => {}, onEnd: resolve, onError: () => resolve() }),
    );
    expect(engine.played.map((p) => p.text)).toEqual(['正文']);
  });

  it('stops at once during a pause, and the words after it are never played', async () => {
    const engine = new CueEngine(5);
    const q = new SpeechQueue<number>(engine, { voice: 'zh-a' });
    q.start(
      utterances([
        { key: 0, text: '甲' },
        { key: 1, text: '乙', pauseMs: 2000 },
      ]),
      { onStart: () => {}, onEnd: () => {}, onError: () => {} },
    );
    await wait(40);
    expect(engine.cues).toHaveLength(1);
    const t = performance.now();
    q.stop();
    await wait(0);
    expect(engine.cues[0]!.outcome).toBe('aborted');
    expect(performance.now() - t).toBeLessThan(20);
    await wait(20);
    expect(engine.played.map((p) => p.text)).toEqual(['甲', '<cue 2000 ms>']);
    expect(engine.prepared.find((p) => p.text === '乙')?.outcome).toBe('cancelled');
  });
});

describe('chunkSpoken', () => {
  it('leaves short text alone and cuts long text at a clause mark, in order of preference ，；：、', () => {
    expect(chunkSpoken('短句。')).toEqual(['短句。']);
    const long = '甲'.repeat(60) + '、' + '乙'.repeat(20) + '，' + '丙'.repeat(50) + '。';
    const chunks = chunkSpoken(long, 100);
    expect(chunks.join('')).toBe(long);
    expect(chunks[0]!.endsWith('，')).toBe(true); // not at the later 、
    const semi = '甲'.repeat(50) + '；' + '乙'.repeat(30) + '、' + '丙'.repeat(50) + '。';
    expect(chunkSpoken(semi, 100)[0]!.endsWith('；')).toBe(true);
  });
  it('without a clause mark, cuts between words, never inside a word or a number', () => {
    const words = '我们要坚持以人民为中心的发展思想推动经济社会高质量发展朗读全面深化改革开放'.repeat(4);
    const chunks = chunkSpoken(words, 50);
    expect(chunks.join('')).toBe(words);
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    const bounds = new Set([...seg.segment(words)].map((s) => s.index));
    let at = 0;
    for (const c of chunks.slice(0, -1)) {
      at += c.length;
      expect(bounds.has(at)).toBe(true);
      expect(words.slice(at - 1, at + 1)).not.toBe('朗读');
    }
    const numbers = '收入' + '一千五百八十亿元'.repeat(3) + '增长百分之五十一点五' + '二零二四年'.repeat(20);
    const numChunks = chunkSpoken(numbers, 30);
    expect(numChunks.length).toBeGreaterThan(2);
    let off = 0;
    for (const c of numChunks.slice(0, -1)) {
      off += c.length;
      const digit = /[零一二三四五六七八九十百千万亿点]/;
      expect(digit.test(numbers[off - 1]!) && digit.test(numbers[off]!), `cut inside a number at ${off}`).toBe(false);
    }
  });

  it('cuts a sentence of 300 000 characters with no clause mark in linear time', () => {
    // Each cut segmented all the text left: a document's one long sentence took minutes to start.
    const long = `${'发展'.repeat(75_000)}${'qo'.repeat(75_000)}`;
    const t = performance.now();
    const chunks = chunkSpoken(long, 100);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(chunks.join('')).toBe(long);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(200);
  });
});

const until = async (ok: () => boolean) => {
  for (const end = Date.now() + 10_000; !ok(); ) {
    if (Date.now() > end) throw new Error('never happened');
    await wait(2);
  }
};

describe('interjections and the speech log', () => {
  it('an interjection is said when the sentence playing ends, before the prefetched one, at the rate of now', async () => {
    const engine = new FakeEngine(400); // 甲 plays long enough that a loaded machine still sees it playing with 乙 prefetched
    const log: unknown[] = [];
    const q = new SpeechQueue<number | null>(engine, { rate: 230 }, (r) => log.push(r));
    const events: string[] = [];
    let k = 0;
    const texts = ['甲', '乙', '丙'];
    const ended = new Promise<void>((resolve) =>
      q.start(() => (k < texts.length ? { key: k, text: texts[k++]! } : null), {
        onStart: (key) => events.push(`start ${key}`),
        onEnd: () => resolve(),
        onError: () => resolve(),
      }),
    );
    await until(() => engine.played.length === 1 && engine.prepared.length === 2); // 甲 plays, 乙 is prefetched
    q.setOptions({ rate: 300 });
    q.interject({ key: null, text: '语速三百' });
    await ended;
    expect(engine.played.map((p) => p.text)).toEqual(['甲', '语速三百', '乙', '丙']);
    expect(engine.played.map((p) => p.opts.rate)).toEqual([230, 300, 300, 300]);
    // The aside does not move the position: no start event for it.
    expect(events).toEqual(['start 0', 'start 1', 'start 2']);
    // The log says each clip in the order it was handed over, the aside marked as one.
    expect(log).toEqual([
      { kind: 'words', text: '甲', input: '甲', rate: 230 },
      { kind: 'words', text: '语速三百', input: '语速三百', rate: 300, aside: true },
      { kind: 'words', text: '乙', input: '乙', rate: 300 },
      { kind: 'words', text: '丙', input: '丙', rate: 300 },
    ]);
  });

  it('stop drops an interjection not yet said; with nothing playing, interject says nothing', async () => {
    const engine = new FakeEngine(40);
    const q = new SpeechQueue<number | null>(engine, {}, null);
    q.interject({ key: null, text: '不说' });
    const { ended } = run(q as SpeechQueue<number>, ['甲']);
    await ended;
    expect(engine.played.map((p) => p.text)).toEqual(['甲']);
    run(q as SpeechQueue<number>, ['乙', '丙']);
    await until(() => engine.played.length === 2);
    q.interject({ key: null, text: '也不说' });
    q.stop();
    // That nothing more is said: a while longer than a 40 ms clip, in which a kept interjection would play.
    await wait(60);
    expect(engine.played.map((p) => p.text)).toEqual(['甲', '乙']);
  });
});
