import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import fastStringWidth from '../../src/ui/fast-string-width.js';
import { charWidth, fit, isLineEndForbidden, isLineStartForbidden, textWidth, wrapSpans } from '../../src/ui/text.js';
import { seedText } from '../helpers.js';

describe('display width', () => {
  it('the fast front of string-width agrees with string-width', () => {
    for (const line of seedText().split(/(?<=。)/)) expect(fastStringWidth(line)).toBe(stringWidth(line));
    const samples = ['', 'abc', '中文，标点。', '「引號」', '😀 emoji', 'e\u0301', '\u001b[7m反\u001b[27m', '한국어', 'ｆｕｌｌ', '〪', '\t', '\u3000'];
    for (const s of samples) expect(fastStringWidth(s)).toBe(stringWidth(s));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => fastStringWidth(s) === stringWidth(s)),
      { numRuns: 2000 },
    );
    const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(
      char(0x2ff0, 0x3040),
      char(0x2000, 0x2c00),
      char(0x0, 0x320),
      fc.constantFrom(
        '\ufe0f',
        '\u200d',
        '\u20e3',
        'a',
        '中',
        '\u0301',
        '\n',
        '\r',
        '\t',
        '\x1b[7m',
        '\x1b[27m',
        '\x1b[31;1m',
        '\x1b]8;;http://x\x07',
        '\x9b1m',
        '\x1b',
      ),
    );
    fc.assert(
      fc.property(fc.string({ unit }), (s) => fastStringWidth(s) === stringWidth(s)),
      { numRuns: 20000 },
    );
    for (const s of ['❤️', '☕', '│❯…▶■‖·›', '1️⃣', '👨‍👩‍👧', 'é', '¼½']) expect(fastStringWidth(s)).toBe(stringWidth(s));
  });

  it('the TUI cuts lines by the same widths Ink measures them by, for every character of the BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are not characters
      const ch = String.fromCharCode(c);
      if (charWidth(ch) !== stringWidth(ch)) wrong.push(`U+${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the width table is what string-width says, symbol by symbol', async () => {
    const { WIDTH_RANGES, WIDTHS } = await import('../../src/ui/width-table.js');
    let k = 0;
    for (const [from, to] of WIDTH_RANGES)
      for (let c = from; c < to; c++) expect(Number(WIDTHS[k++]), `U+${c.toString(16)}`).toBe(stringWidth(String.fromCharCode(c)));
    expect(k).toBe(WIDTHS.length);
  });

  it('fit cuts by display width, never inside a wide character, and pads', () => {
    expect(fit('一二三四五', 6)).toBe('一二… '); // 三 would not fit beside the …
    expect(textWidth(fit('一二三四五', 7))).toBe(7);
    expect(fit('一二三', 6)).toBe('一二三');
    expect(fit('ab', 4)).toBe('ab  ');
    fc.assert(fc.property(fc.string(), fc.integer({ min: 1, max: 40 }), (s, w) => textWidth(fit(s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), w)) === w));
  });

  it('wrap keeps every character, and no line is wider than asked', () => {
    const text = seedText().slice(0, 2000).replace(/\n/g, '');
    const lines = wrapSpans([{ text }], 37);
    expect(lines.map((l) => l.map((s) => s.text).join('')).join('')).toBe(text);
    for (const l of lines) expect(textWidth(l.map((s) => s.text).join(''))).toBeLessThanOrEqual(37);
  });
});

describe('Chinese line breaking (kinsoku)', () => {
  const CLOSING = [...'。，、；：？！）》”’」』…'];
  const OPENING = [...'（《“‘「『'];
  const lineText = (l: { text: string }[]) => l.map((s) => s.text).join('');

  it('moves a closer off the line start and an opener off the line end', () => {
    // 一二三 fills 6 cells; 。 would start the next line, so 三 goes down with it.
    expect(wrapSpans([{ text: '一二三。四五' }], 6).map(lineText)).toEqual(['一二', '三。四', '五']);
    // 《 would end the first line: it goes down with the title it opens.
    expect(wrapSpans([{ text: '一二《三》四' }], 6).map(lineText)).toEqual(['一二', '《三》', '四']);
    // A run of closers as wide as the line cannot be kept off a line start: it breaks where full.
    expect(wrapSpans([{ text: '。。。。' }], 4).map(lineText)).toEqual(['。。', '。。']);
    for (const ch of CLOSING) expect(isLineStartForbidden(ch)).toBe(true);
    for (const ch of OPENING) expect(isLineEndForbidden(ch)).toBe(true);
  });

  // Text of CJK and ASCII characters with punctuation never two in a row (…… counts as one): at 8 cells
  // or more a line always has an allowed break, so the rule always holds.
  const word = fc.constantFrom('字', '中', '国', 'a', 'b', '1', ' ', '😀', '한');
  const punct = fc.constantFrom(...CLOSING, ...OPENING, '……');
  const text = fc
    .array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 5 }), punct), { maxLength: 60 })
    .map((parts) => parts.map(([w, p]) => w.join('') + p).join(''));

  it('no line starts with a closer or ends with an opener; every character kept, in order; no line too wide', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 40 }), (s, width) => {
        const lines = wrapSpans([{ text: s }], width).map(lineText);
        expect(lines.join('')).toBe(s);
        for (const [k, l] of lines.entries()) {
          expect(textWidth(l)).toBeLessThanOrEqual(width);
          if (k > 0) expect(CLOSING).not.toContain([...l][0]);
          if (k < lines.length - 1) expect(OPENING).not.toContain([...l].at(-1));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('on any text and width: characters kept in order, highlight kept, lines within the width unless one character is wider', () => {
    const unit = fc.oneof(word, punct, fc.constantFrom('\n', '。', '（', 'x'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit, maxLength: 30 }), fc.boolean()), { maxLength: 6 }), fc.integer({ min: 1, max: 12 }), (parts, width) => {
        const spans = parts.map(([t, highlight]) => ({ text: t, highlight }));
        const lines = wrapSpans(spans, width);
        // Highlighting follows the characters: flatten both sides to (char, highlight) pairs.
        const flat = (ss: { text: string; highlight?: boolean }[]) =>
          ss.flatMap((s) => [...s.text].filter((c) => c !== '\n').map((c) => `${c}${s.highlight ? 1 : 0}`));
        expect(lines.flatMap(flat)).toEqual(flat(spans));
        for (const l of lines) if ([...lineText(l)].length > 1) expect(textWidth(lineText(l))).toBeLessThanOrEqual(width);
      }),
      { numRuns: 3000 },
    );
  });

  it('wraps a 2 M-character line keeping every character (the bench times it)', () => {
    const big = seedText().replace(/\n/g, '').repeat(40);
    const lines = wrapSpans([{ text: big }], 49);
    expect(lines.map(lineText).join('')).toBe(big);
  });
});
