// The reader's speech commands without a terminal or an engine: what the reducer asks to be read.
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { sentenceStream } from '../../src/document/reading.js';
import { type Command, createState, HEAD, type ReaderState, reduce } from '../../src/reader/state.js';
import { seedText } from '../helpers.js';

const index = new DocIndex(parse(seedText()));
const itemOf = (id: string) => index.byId.get(id)!.index;
const idOf = (item: number) => (item === HEAD ? '' : index.entry(item)!.node.id);
const run = (s: ReaderState, ...cmds: (Command | Command['type'])[]) =>
  cmds.reduce((acc, c) => reduce(acc, typeof c === 'string' ? ({ type: c } as Command) : c), s);
const ready = (): ReaderState =>
  run(createState(index), {
    type: 'speechReady',
    ok: true,
    reason: 'fake',
    rate: 260,
    defaultRate: 260,
    voice: 'a',
    voices: [
      { id: 'a', name: 'A', lang: 'zh-CN', script: 'simplified' },
      { id: 'b', name: 'B', lang: 'zh-TW', script: 'traditional' },
    ],
  });
const all = (next: () => { item: number; sentence: number; text: string } | null) => {
  const out = [];
  for (let s = next(); s; s = next()) out.push(s);
  return out;
};

describe('sentence stream', () => {
  it('reads a node and what is under it, then stops', () => {
    const got = all(sentenceStream(index, { item: itemOf('1.1'), sentence: 0 }, 'node'));
    expect(new Set(got.map((s) => idOf(s.item)))).toEqual(new Set(['1.1', '1.1.1', '1.1.2', '1.1.3']));
    expect(got[0]!.text).toBe('第一部分 第一节，聚焦政治引領“根本點”,法治統籌全面推進'); // a section announced in words
    expect(got[1]!.text).toBe('一是思想引領強根基。');
  });

  it('say-all goes on to the end of the report, from the sentence asked', () => {
    const got = all(sentenceStream(index, { item: itemOf('3.5'), sentence: 2 }, 'all'));
    expect(got[0]).toMatchObject({ item: itemOf('3.5'), sentence: 2 });
    expect(idOf(got.at(-1)!.item)).toBe('3.6');
  });

  it('with announcements off, say-all passes over the headings of the parts and sections it enters', () => {
    const got = all(sentenceStream(index, { item: itemOf('1.5.3'), sentence: 0 }, 'all', false));
    expect(got.some((s) => s.item === itemOf('2') && s.sentence === 0)).toBe(false);
    expect(got.some((s) => s.item === itemOf('2') && s.sentence === 1)).toBe(true);
  });
});

describe('speech commands', () => {
  it('without an engine, Space says what to install once and nothing else changes', () => {
    const s = run(
      createState(index),
      { type: 'speechReady', ok: false, reason: 'no speech engine found: install espeak-ng (apt-get install espeak-ng)' },
      'nextPoint',
      'playPause',
    );
    expect(s.speech.status).toBe('off');
    expect(s.message).toBe('不能朗读：没有找到语音引擎：请安装 espeak-ng（apt-get install espeak-ng）'); // in the reader's language
    expect(run(s, 'down').cursor).not.toBe(s.cursor); // reading goes on
  });

  it('Space plays the item under the cursor, pauses, and resumes at the same sentence', () => {
    let s = run(ready(), 'nextPoint', 'playPause');
    expect(s.speech).toMatchObject({ status: 'playing', scope: 'node' });
    expect(idOf(s.opened)).toBe('1.1.1');
    const g = s.speech.generation;
    s = run(s, { type: 'speechAt', generation: g, item: itemOf('1.1.1'), sentence: 2 });
    expect(s.sentence).toBe(2);
    s = run(s, 'playPause');
    expect(s.speech.status).toBe('paused');
    expect(s.speech.generation).toBe(g + 1); // the controller stops the voice
    s = run(s, 'playPause');
    expect(s.speech).toMatchObject({ status: 'playing', generation: g + 2 });
    expect([idOf(s.opened), s.sentence]).toEqual(['1.1.1', 2]);
  });

  it('Enter opens and reads; a move while reading stops and reads on from the new item', () => {
    let s = run(ready(), 'nextPoint', 'open');
    expect(s.speech.status).toBe('playing');
    const g = s.speech.generation;
    s = run(s, 'down');
    expect(idOf(s.cursor)).toBe('1.1.2');
    expect(s.speech.status).toBe('playing');
    expect(s.speech.generation).toBeGreaterThan(g); // the old reading is dropped
    expect([idOf(s.opened), s.sentence]).toEqual(['1.1.2', 0]);
  });

  it('a move that cannot happen (past the last item) does not stop the reading', () => {
    const s = run(ready(), 'last', 'playPause');
    const after = run(s, 'down');
    expect(after.message).toBe('已是最后一项');
    expect(after.speech).toMatchObject({ status: 'playing', generation: s.speech.generation });
  });

  it('a search hit or a go-to while reading reads on from where it lands', () => {
    const s = run(ready(), 'nextPoint', 'playPause');
    let t = run(s, 'goto');
    for (const ch of '3.2') t = run(t, { type: 'input', text: ch });
    t = run(t, 'submit');
    expect([idOf(t.opened), t.speech.status]).toEqual(['3.2', 'playing']);
    expect(t.speech.generation).toBeGreaterThan(s.speech.generation);
  });

  it('no audio device: the error is said once and speech turns off', () => {
    const s = run(ready(), 'nextPoint', 'playPause');
    const failed = run(s, { type: 'speechError', generation: s.speech.generation, message: 'no audio output here (ALSA)', fatal: true });
    const said = '这里没有声音输出：可用 --player 指定播放程序，或用 langdu export 写成音频文件';
    expect(failed.speech).toMatchObject({ status: 'off', reason: said });
    expect(failed.message).toBe(`朗读出错：${said}`);
    expect(run(failed, 'playPause').message).toBe(`不能朗读：${said}`);
    const transient = run(s, { type: 'speechError', generation: s.speech.generation, message: 'espeak-ng was killed' });
    expect(transient.speech.status).toBe('idle'); // can try again
  });

  it('a move while not reading stays silent', () => {
    const s = run(ready(), 'nextPoint', 'down');
    expect(s.speech.status).toBe('idle');
  });

  it('a says all from the cursor; the cursor follows the sentence being read; late events are ignored', () => {
    let s = run(ready(), 'nextPart', 'nextPart', 'sayAll');
    expect(s.speech).toMatchObject({ status: 'playing', scope: 'all' });
    const g = s.speech.generation;
    s = run(s, { type: 'speechAt', generation: g, item: itemOf('2.2'), sentence: 1 });
    expect([idOf(s.cursor), idOf(s.opened), s.sentence]).toEqual(['2.2', '2.2', 1]);
    const stale = run(s, { type: 'speechAt', generation: g - 1, item: itemOf('3'), sentence: 0 });
    expect(stale).toBe(s);
    expect(run(s, { type: 'speechEnd', generation: g }).speech.status).toBe('idle');
    expect(run(s, { type: 'speechEnd', generation: g - 1 }).speech.status).toBe('playing');
  });

  it('Esc and s stop; ( and ) step by sentence and restart there', () => {
    const s = run(ready(), 'nextPoint', 'playPause');
    expect(run(s, 'stop').speech.status).toBe('idle');
    const next = run(s, 'nextSentence');
    expect([idOf(next.opened), next.sentence, next.speech.status]).toEqual(['1.1.1', 1, 'playing']);
    expect(next.speech.generation).toBeGreaterThan(s.speech.generation);
    const prev = run(s, 'prevSentence'); // from the first sentence of 1.1.1 back into (一)
    expect(idOf(prev.opened)).toBe('1.1');
  });

  it('+, - and = change the rate without restarting the sentence', () => {
    const s = run(ready(), 'nextPoint', 'playPause');
    const faster = run(s, 'rateUp', 'rateUp');
    expect(faster.speech.rate).toBe(300);
    expect(faster.speech.generation).toBe(s.speech.generation);
    expect(faster.message).toBe('语速 300 字/分钟');
    expect(run(faster, 'rateDown').speech.rate).toBe(280);
    expect(run(faster, 'rateReset').message).toBe('语速 260 字/分钟（正常）');
    expect(run(s, ...Array<'rateDown'>(20).fill('rateDown')).speech.rate).toBe(100);
  });

  it('v picks a voice; while reading, the sentence starts again in it', () => {
    let s = run(ready(), 'nextPoint', 'playPause', 'voices');
    expect(s.mode).toBe('voices');
    s = run(s, 'down', 'choose');
    expect(s.mode).toBe('normal');
    expect(s.speech.voice).toBe('b');
    expect(s.speech.status).toBe('playing');
  });

  it('v while the engine is still starting (a sherpa-onnx voice takes a moment) says to wait, not that there is no voice', () => {
    const s = run(createState(index, { speech: { status: 'starting' } }), 'voices');
    expect(s.mode).toBe('normal');
    expect(s.message).toBe('语音引擎还在准备，请稍候再试');
  });

  it('w says the position aloud, pausing the reading', () => {
    const s = run(ready(), 'nextPoint', 'playPause', 'whereAmI');
    expect(s.speech.status).toBe('paused');
    expect(s.speech.once?.text).toMatch(/^第一部分 第一节 第一点（共三点）：思想引領強根基/);
  });

  it('A turns heading announcements in say-all off and on', () => {
    const off = run(ready(), 'toggleAnnounce');
    expect(off.speech.announceHeadings).toBe(false);
    expect(off.message).toBe('连续朗读时报读部分与节的标题：关（跳过标题）');
    expect(run(off, 'toggleAnnounce').speech.announceHeadings).toBe(true);
  });

  it('q stops speech as it quits', () => {
    const s = run(ready(), 'nextPoint', 'playPause', 'quit');
    expect(s.quit).toBe(true);
    expect(s.speech.status).toBe('idle');
  });
});
