// The lazy passage (src/ui/passage-view.ts) against the whole-node wrap it replaces: the same lines, the
// same window for every scroll and highlight, on every item of the bundled report and on a long one.
import { beforeAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { highlightedSentence, passageParagraphs, type Span } from '../../src/reader/passage.js';
import { createState, type ReaderState, reduce } from '../../src/reader/state.js';
import { loadScript } from '../../src/script/index.js';
import { PassageLayout, passageWindow } from '../../src/ui/passage-view.js';
import { textWidth, wrapSpans } from '../../src/ui/text.js';
import { seedText } from '../helpers.js';

/**
 * The whole-node wrap: every paragraph wrapped, a blank line between (what VisualLayout did). Tables
 * (the pasted copies' metadata rows are one) drawn to the same width by the same measure as the view.
 */
function wholeWrap(state: ReaderState, width: number): { lines: Span[][]; highlightLine: number } {
  const lines: Span[][] = [];
  let highlightLine = -1;
  for (const para of passageParagraphs(state, highlightedSentence(state), state.review, { measure: textWidth, width })) {
    if (lines.length > 0) lines.push([]);
    for (const l of wrapSpans(para, width)) {
      if (highlightLine < 0 && l.some((s) => s.highlight)) highlightLine = lines.length;
      lines.push(l);
    }
  }
  return { lines, highlightLine };
}

/** The window the whole-node wrap showed (VisualLayout's passageRows before the lazy view). */
function wholeWindow(state: ReaderState, height: number, width: number): Span[][] {
  const { lines, highlightLine } = wholeWrap(state, width);
  const maxTop = Math.max(0, lines.length - height);
  let top = Math.min(state.scroll, maxTop);
  if (highlightLine >= 0 && (highlightLine < top || highlightLine >= top + height)) top = Math.min(maxTop, Math.max(0, highlightLine - 1));
  return lines.slice(top, top + height);
}

const text = (lines: Span[][]) => lines.map((l) => l.map((s) => `${s.highlight ? '[' : ''}${s.text}${s.highlight ? ']' : ''}`).join(''));
const reading = (s: ReaderState, sentence: number): ReaderState => ({ ...s, sentence, speech: { ...s.speech, status: 'playing' } });

beforeAll(() => loadScript('simplified'));

describe('the lazy passage', () => {
  const index = new DocIndex(parse(seedText()));

  it('has the same lines as the whole-node wrap, for every item, script, width and highlighted sentence', () => {
    for (const script of ['original', 'simplified'] as const) {
      for (const width of [13, 37, 49, 61]) {
        for (let item = 0; item < index.items.length; item++) {
          const base: ReaderState = { ...createState(index, { script }), opened: item };
          const count = index.sentences(item).length;
          for (const sentence of [null, 0, 1, Math.floor(count / 2), count - 1]) {
            const state = sentence === null ? base : reading(base, sentence);
            const whole = wholeWrap(state, width);
            const layout = new PassageLayout(state, width);
            layout.setHighlight(highlightedSentence(state));
            expect(text(layout.slice(0, 1e9)), `${script} ${width} item ${item} sentence ${sentence}`).toEqual(text(whole.lines));
            expect(layout.highlightLine()).toBe(whole.highlightLine);
            expect(layout.reach(1e9)).toBe(whole.lines.length);
          }
        }
      }
    }
  });

  it('shows the same window as before for every scroll position, and keeps the read sentence in view', () => {
    const item = index.entries.reduce((a, e) => (index.sentences(e.index).length > index.sentences(a.index).length ? e : a)).index;
    for (const height of [5, 12]) {
      for (let scroll = 0; scroll < 80; scroll += 3) {
        const base: ReaderState = { ...createState(index), opened: item, scroll };
        for (const state of [base, reading(base, 2), reading(base, index.sentences(item).length - 1)]) {
          expect(text(passageWindow(state, height, 41)), `scroll ${scroll} height ${height}`).toEqual(text(wholeWindow(state, height, 41)));
        }
      }
    }
  });

  it('a search hit is scrolled into view, marked ▶', () => {
    let s = createState(index, { rows: 30, cols: 100 });
    s = reduce(s, { type: 'search' });
    for (const ch of '法治') s = reduce(s, { type: 'input', text: ch });
    s = reduce(s, { type: 'submit' });
    expect(s.search!.hits.length).toBeGreaterThan(5);
    for (let k = 0; k < s.search!.hits.length; k++, s = reduce(s, { type: 'searchNext' })) {
      const rows = text(passageWindow(s, 4, 20));
      expect(
        rows.some((r) => r.includes('[▶')),
        `hit ${k}`,
      ).toBe(true);
      expect(rows).toEqual(text(wholeWindow(s, 4, 20)));
    }
  });
});

describe('the review cursor in the passage', () => {
  it('marks the sentence being reviewed ▶ and leaves the character under the cursor out of the reverse video, as it moves', () => {
    const index = new DocIndex(parse('一、总体情况\n推进法治政府建设，成效明显。全面完成任务。\n'));
    const run = (s: ReaderState, ...types: string[]) => types.reduce((acc, t) => reduce(acc, { type: t } as never), s);
    let s = run(createState(index), 'down', 'nextSentence');
    // Stepped to with ), not reading: the sentence is marked ▶ at once, as the message line says it.
    expect(text(passageWindow(s, 6, 40)).join('|')).toContain('[▶推进法治政府建设，成效明显。]');
    expect(text(passageWindow(run(s, 'first'), 6, 40)).join('|')).not.toContain('[▶'); // a move leaves it
    s = run(s, 'nextChar', 'nextChar', 'nextChar'); // 法
    expect(s.message).toBe('法');
    expect(text(passageWindow(s, 6, 40)).join('|')).toContain('[▶推进]法[治政府建设，成效明显。]全面');
    s = run(s, 'nextWord'); // 政府
    expect(text(passageWindow(s, 6, 40)).join('|')).toContain('[▶推进法治]政[府建设，成效明显。]全面');
    // The lazy layout agrees with the whole wrap, at a width that breaks the sentence.
    expect(text(passageWindow(s, 6, 9))).toEqual(text(wholeWindow(s, 6, 9)));
    // Leaving the sentence another way drops the mark.
    expect(text(passageWindow(run(s, 'prevSentence'), 6, 40)).join('|')).not.toContain(']政[');
  });
});

describe('a long passage (the report pasted 60 times, so its last point holds them all)', () => {
  const long = parse(Array.from({ length: 60 }, () => seedText()).join(''));
  const index = new DocIndex(long);
  const last = index.items.length - 1;
  const opened: ReaderState = { ...createState(index), opened: last };

  it('is the last point with hundreds of paragraphs', () => {
    expect(index.sentences(last).length).toBeGreaterThan(5000);
  });

  it('the first window, the end and every page in between are the whole-node wrap', () => {
    const whole = wholeWrap(opened, 49);
    expect(text(passageWindow(opened, 20, 49))).toEqual(text(whole.lines.slice(0, 20)));
    // Scrolled past the end: the last page, ending with the last line.
    const end = passageWindow({ ...opened, scroll: 1e9 }, 20, 49);
    expect(text(end)).toEqual(text(whole.lines.slice(-20)));
    for (let scroll = 0; scroll < whole.lines.length; scroll += 997)
      expect(text(passageWindow({ ...opened, scroll }, 20, 49))).toEqual(text(whole.lines.slice(scroll, scroll + 20)));
  });

  it('a sentence read deep inside is on screen with its ▶, where the whole-node wrap put it', () => {
    const count = index.sentences(last).length;
    for (const sentence of [count - 1, Math.floor(count * 0.7), 1234]) {
      const state = reading(opened, sentence);
      const rows = text(passageWindow(state, 20, 49));
      expect(rows.some((r) => r.includes('[▶'))).toBe(true);
      expect(rows).toEqual(text(wholeWindow(state, 20, 49)));
    }
  });

  it('opening it splits and wraps only what is on screen', () => {
    const fresh = new DocIndex(long);
    const layout = new PassageLayout({ ...opened, index: fresh }, 49);
    layout.slice(0, 30);
    // Paragraphs made so far: the heading and the first few, not all of them.
    const made = (layout as unknown as { plain: unknown[] }).plain.length;
    expect(made).toBeLessThan(20);
    // The point's sentences were not all split for it.
    expect((fresh as unknown as { sentenceCache: Map<number, unknown> }).sentenceCache.has(last)).toBe(false);
  });
});
