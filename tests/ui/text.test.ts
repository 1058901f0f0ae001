import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import fastStringWidth from '../../src/ui/fast-string-width.js';
import { charWidth, fit, textWidth, wrapSpans } from '../../src/ui/text.js';
import { seedText } from '../helpers.js';

describe('display width', () => {
  it('the fast front of string-width agrees with string-width', () => {
    for (const line of seedText().split(/(?<=。)/)) expect(fastStringWidth(line)).toBe(stringWidth(line));
    const samples = ['', 'abc', '中文，标点。', '「引號」', '😀 emoji', 'e\u0301', '\u001b[7m反\u001b[27m', '한국어', 'ｆｕｌｌ', '〪', '\t', '\u3000'];
    for (const s of samples) expect(fastStringWidth(s)).toBe(stringWidth(s));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fastStringWidth(s) === stringWidth(s)), { numRuns: 2000 });
    const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));
    const unit = fc.oneof(
      char(0x2ff0, 0x3040),
      char(0x2000, 0x2c00),
      char(0x0, 0x320),
      fc.constantFrom('\ufe0f', '\u200d', '\u20e3', 'a', '中', '\u0301', '\n', '\r', '\t', '\x1b[7m', '\x1b[27m', '\x1b[31;1m', '\x1b]8;;http://x\x07', '\x9b1m', '\x1b'),
    );
    fc.assert(fc.property(fc.string({ unit }), (s) => fastStringWidth(s) === stringWidth(s)), { numRuns: 20000 });
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
    for (const [from, to] of WIDTH_RANGES) for (let c = from; c < to; c++) expect(Number(WIDTHS[k++]), `U+${c.toString(16)}`).toBe(stringWidth(String.fromCharCode(c)));
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
