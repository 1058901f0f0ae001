// Nothing left out: every answer is printed, spoken or both as answer.ts decides per layout, and the
// gaps a listener or a braille reader met (launch, closing, typing, unknown keys, rates, folds,
// say-all) each have their answer.
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { CHANNELS } from '../../src/reader/answer.js';
import { type Command, createState, type ReaderState, reduce } from '../../src/reader/state.js';
import { helpLines } from '../../src/reader/words.js';
import { seedText } from '../helpers.js';

const index = new DocIndex(parse(seedText()));
const run = (s: ReaderState, ...cmds: (Command | Command['type'])[]) =>
  cmds.reduce((acc, c) => reduce(acc, typeof c === 'string' ? ({ type: c } as Command) : c), s);
const READY: Command = {
  type: 'speechReady',
  ok: true,
  reason: 'fake',
  rate: 260,
  defaultRate: 260,
  voice: 'a',
  voices: [
    { id: 'a', name: '普通话', lang: 'zh-CN', script: 'simplified' },
    { id: 'b', name: '国语', lang: 'zh-TW', script: 'traditional' },
  ],
};
const visual = (): ReaderState => run(createState(index), READY);
/** The screen-reader layout, self-voicing as chosen (off by default there). */
const sr = (selfVoicing = false): ReaderState => run(createState(index, { screenReader: true, speech: { selfVoicing } }), READY);
/** The lines a command printed (what the screen-reader layout writes), and what it had said aloud. */
function pressed(s: ReaderState, ...cmds: (Command | Command['type'])[]) {
  const next = run(s, ...cmds);
  const last = s.log.at(-1)?.seq ?? -1;
  return { state: next, printed: next.log.filter((l) => l.seq > last && !l.hidden).map((l) => l.text), spoken: next.speech.once?.text ?? '' };
}

describe('one place decides', () => {
  it('every kind is a line or a voice in the screen-reader layout, and progress is never spoken over the reading', () => {
    for (const kind of Object.values(CHANNELS)) expect(kind.screenReader.print || kind.screenReader.speak).toBe(true);
    // The visual layout shows these by ▶ and by + or −.
    expect(CHANNELS.progress.visual).toEqual({ print: false, speak: false });
    expect(CHANNELS.sign.visual).toEqual({ print: false, speak: false });
    expect(CHANNELS.progress.screenReader).toEqual({ print: true, speak: false });
    expect(CHANNELS.echo.screenReader.print).toBe(false);
  });
});

describe('launch', () => {
  it('is said once the engine is ready: the title and where the reader is, short', () => {
    const s = visual();
    expect(s.speech.once?.text).toMatch(/^朗读：.*法治.*[报報]告，在开头$/);
    expect(s.speech.launch).toBeNull();
  });

  it('a resumed place is said as such', () => {
    const s = run(createState(index, { position: { id: '1.1', sentence: 0 } }), READY);
    expect(s.speech.once?.text).toMatch(/。回到上次读到的地方，第一节：/);
  });

  it('the first key cuts it off; a key before the engine is ready stops it being said', () => {
    const cut = run(visual(), 'pageDown'); // a key with nothing to say
    expect(cut.speech.once?.text).toBe('');
    const early = run(createState(index), 'pageDown', READY);
    expect(early.speech.once).toBeNull();
  });

  it('the screen-reader layout prints it (and its screen reader says it); langdu speaks it only with --self-voicing', () => {
    expect(sr().speech.once).toBeNull();
    expect(sr(true).speech.once?.text).toMatch(/^朗读：/);
  });
});

describe('answers that were missing', () => {
  it.each([
    ["'", 'bookmarks', '已关闭书签列表'],
    ['v', 'voices', '已关闭语音列表'],
    ['?', 'help', '已关闭帮助'],
    ['M', 'meta', '已关闭文档信息'],
  ] as const)('closing the %s list or overlay is said and printed', (_key, open, words) => {
    const opened = run(visual(), open === 'bookmarks' ? { type: 'bookmarksStored', result: { ok: true, bookmarks: [] } } : open);
    const s = open === 'bookmarks' ? { ...opened, mode: 'bookmarks' as const } : opened;
    const closed = pressed(s, 'cancel');
    expect(closed.state.mode).toBe('normal');
    expect(closed.printed).toEqual([words]);
    expect(closed.spoken).toBe(words);
  });

  it('characters typed after / are spoken back, not printed; Backspace says what it took', () => {
    const s = run(visual(), 'search');
    const typed = pressed(s, { type: 'input', text: '法' });
    expect(typed.spoken).toBe('法');
    expect(typed.printed).toEqual([]);
    expect(pressed(typed.state, 'backspace').spoken).toBe('删除 法');
    expect(pressed(sr(), 'goto').state.mode).toBe('goto');
  });

  it('an unknown key gets an answer', () => {
    const s = pressed(visual(), { type: 'unknownKey', key: 'z' });
    expect(s.printed).toEqual(['“z”没有用处：按 ? 查看按键']);
    expect(s.spoken).toBe('“z”没有用处：按 ? 查看按键');
  });

  it('a rate change while reading is said before the next sentence, without restarting the reading', () => {
    const reading = run(visual(), 'nextPoint', 'playPause');
    const s = run(reading, 'rateUp');
    expect(s.speech.generation).toBe(reading.speech.generation);
    expect(s.speech.aside?.text).toBe('语速 280 字/分钟');
  });

  it('the voice list says which voice is the current one, in words', () => {
    const s = pressed(visual(), 'voices');
    expect(s.printed[0]).toMatch(/当前语音：普通话/);
    expect(pressed(s.state, 'down').printed).toEqual(['国语（zh-TW）']);
    expect(pressed(run(s.state, 'down'), 'down').printed).toEqual(['普通话（zh-CN），当前语音']);
  });

  it('( and ) mark the sentence they step to, before anything is read', () => {
    const s = run(visual(), 'nextPoint', 'nextSentence');
    expect(s.pointed).toBe(true);
    expect(run(s, 'nextPoint').pointed).toBe(false);
  });
});

describe('the screen-reader layout: every change a sighted user sees is a line', () => {
  it('landing on an item with children says whether it is folded; the visual layout shows + or − instead', () => {
    const landed = pressed(sr(), 'nextPart');
    expect(landed.printed).toHaveLength(2);
    expect(landed.printed[1]).toMatch(/^已展开，其下 \d+ 项$/);
    const folded = pressed(run(sr(), 'nextPart', 'left', 'down', 'up'), 'down', 'up');
    expect(folded.printed.at(-1)).toMatch(/^已折叠，其下 \d+ 项，按 → 展开$/);
    expect(pressed(visual(), 'nextPart').printed).toHaveLength(1);
  });

  it('say-all prints the first sentence, then each sentence, part and section as the reading reaches it; none of it is spoken', () => {
    const s = pressed(sr(true), 'nextPart', 'sayAll');
    expect(s.printed.at(-1)).toBe(index.sentences(s.state.opened)[0]!.text); // the sentence it starts from
    const g = s.state.speech.generation;
    let to = s.state.opened + 1;
    while (index.sentences(to).length < 2) to++;
    const item = to - 1;
    const next = pressed(s.state, { type: 'speechAt', generation: g, item: item + 1, sentence: 0 });
    expect(next.printed).toHaveLength(2);
    expect(next.printed[0]).toMatch(/（共.+）：/); // where it is: 第一部分 第一节（共…）
    expect(next.printed[1]).toBe(index.sentences(item + 1)[0]!.text);
    expect(next.state.speech.once).toEqual(s.state.speech.once); // the reading itself is heard, not the lines
    const same = pressed(next.state, { type: 'speechAt', generation: g, item: item + 1, sentence: 1 });
    expect(same.printed).toEqual([index.sentences(item + 1)[1]!.text]);
    // The visual layout moves its ▶ instead.
    const v = run(visual(), 'nextPart', 'sayAll');
    expect(pressed(v, { type: 'speechAt', generation: v.speech.generation, item: item + 1, sentence: 0 }).printed).toEqual([]);
  });

  it(') during say-all prints the sentence it moved to', () => {
    const s = run(sr(), 'nextPoint', 'sayAll');
    const moved = pressed(s, 'nextSentence');
    expect(moved.printed.at(-1)).toMatch(/^第2句：/);
  });

  it("w and r are printed, not spoken in langdu's own voice, unless --self-voicing", () => {
    const w = pressed(sr(), 'whereAmI');
    expect(w.printed[0]).toMatch(/第1句，共/);
    expect(w.state.speech.once).toBeNull();
    const r = pressed(run(sr(), 'down'), 'repeat');
    expect(r.printed).toHaveLength(1);
    expect(r.state.speech.once).toBeNull();
    expect(pressed(sr(true), 'whereAmI').state.speech.once?.text).toMatch(/第1句，共/);
  });

  it('the help printed there lists no keys to scroll it or a passage it does not draw', () => {
    const lines = helpLines('normal', true);
    expect(lines.join('\n')).not.toMatch(/PgDn|PgUp|翻/);
    expect(lines.join('\n')).toMatch(/Space/);
    expect(helpLines('normal').join('\n')).toMatch(/PgDn/);
    const printed = pressed(sr(), 'help').printed;
    expect(printed.join('\n')).not.toMatch(/PgDn|下翻一页/);
  });
});

describe('time, the sleep timer and the closing', () => {
  it('w says the listening time heard and left at the rate in use; a faster rate leaves less', () => {
    const s = run(visual(), 'nextPart', 'whereAmI');
    const m = /已听约 (.+?)，还剩约 (\d+) 分钟/.exec(s.speech.once!.text)!;
    expect(m).not.toBeNull();
    const faster = run(visual(), 'nextPart', ...Array<'rateUp'>(10).fill('rateUp'), 'whereAmI');
    const left = Number(/还剩约 (\d+) 分钟/.exec(faster.speech.once!.text)![1]);
    expect(left).toBeLessThan(Number(m[2]));
    // Further on, more heard and less left.
    const later = run(visual(), 'last', 'whereAmI');
    expect(Number(/还剩约 (\d+)/.exec(later.speech.once!.text)?.[1] ?? '0')).toBeLessThan(Number(m[2]));
  });

  it('T cycles 15, 30, 60 minutes and off; the end stops a reading; a stale clock does nothing', () => {
    let s = run(visual(), 'sleepTimer');
    expect(s.message).toBe('睡眠定时：15 分钟后停止朗读');
    s = run(s, 'sleepTimer', 'sleepTimer');
    expect(s.speech.sleep.minutes).toBe(60);
    expect(run(s, 'sleepTimer').message).toBe('睡眠定时：关');
    const reading = run(visual(), 'sleepTimer', 'sayAll');
    const seq = reading.speech.sleep.seq;
    expect(run(reading, { type: 'sleepEnd', seq: seq - 1 }).speech.status).toBe('playing');
    expect(run(reading, { type: 'sleepWarn', seq }).speech.aside?.text).toBe('睡眠定时：一分钟后停止朗读');
    const ended = run(reading, { type: 'sleepEnd', seq });
    expect(ended.speech.status).toBe('idle');
    expect(ended.message).toBe('睡眠定时到：已停止朗读');
  });

  it('the document card shows the closing (落款) when the document has one', () => {
    const withClosing = new DocIndex(parse('某市2024年工作报告\n\n一、总体情况\n推进工作。\n\n某市人民政府\n2025年3月1日\n'));
    const lines = run(createState(withClosing), 'meta').message;
    if (withClosing.doc.closing) expect(lines).toMatch(/落款：某市人民政府，2025年3月1日/);
    else expect.fail('the parser found no closing in a report that ends with a signing body and a date');
  });
});
