// The door to the terminal (src/terminal-safe.ts): every character a terminal would obey comes out as
// something it only shows, the rest passes unchanged, and widths are those of what is shown.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../src/errors.js';
import { isSafeLine, safeJson, safeLine, safeText } from '../src/terminal-safe.js';
import { cellText, textWidth } from '../src/ui/text.js';
import { HOSTILE, HOSTILE_SHOWN, OBEYED_IN_LINE, OBEYED_IN_TEXT } from './hostile.js';

describe('the door', () => {
  it('C0 controls and DEL become Control Pictures: ␛ ␇ ␀ ␍ ␡', () => {
    expect(safeLine('\x1b]0;T\x07')).toBe('␛]0;T␇');
    expect(safeLine(HOSTILE)).toBe(HOSTILE_SHOWN);
    expect(safeLine('a\0b\rc\x7fd\x08')).toBe('a␀b␍c␡d␈');
    for (let c = 0; c < 0x20; c++) expect(safeLine(String.fromCharCode(c))).toBe(String.fromCharCode(0x2400 + c));
  });

  it('C1 controls (CSI U+009B too), bidi controls and U+2028/9 become <U+XXXX>', () => {
    expect(safeLine('\x9b31m')).toBe('<U+009B>31m');
    expect(safeLine('\x85\x90\x9d\x9f\x80')).toBe('<U+0085><U+0090><U+009D><U+009F><U+0080>');
    const bidi = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
    expect(safeLine(bidi)).toBe('<U+061C><U+200E><U+200F><U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068><U+2069>');
    expect(safeText('a\u2028b\u2029c')).toBe('a<U+2028>b<U+2029>c');
  });

  it('multi-line text keeps \\n and \\t; a one-line message shows them', () => {
    expect(safeText('一、总体\t情况\n正文\x1b[2J')).toBe('一、总体\t情况\n正文␛[2J');
    expect(safeLine('一、总体\t情况\n正文')).toBe('一、总体␉情况␊正文');
    expect(forTerminal('a\nb.txt')).toBe('a␊b.txt');
  });

  it('no ESC, BEL, C1 or bidi byte survives, whatever the input; the result is the same passed twice', () => {
    const ch = fc.oneof(fc.integer({ min: 0, max: 0x2100 }), fc.constantFrom(0x2028, 0x2029, 0x202e, 0x2066, 0x2069, 0x9b, 0x1b));
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 40 }), (codes) => {
        const s = String.fromCharCode(...codes);
        const line = safeLine(s);
        const text = safeText(s);
        expect(line).not.toMatch(OBEYED_IN_LINE);
        expect(text).not.toMatch(OBEYED_IN_TEXT);
        expect(isSafeLine(line)).toBe(true);
        expect(safeLine(line)).toBe(line);
        expect(safeText(text)).toBe(text);
        // Text with nothing to change is the same string, not a copy made for nothing.
        if (!OBEYED_IN_LINE.test(s)) expect(line).toBe(s);
      }),
    );
  });

  it('leaves Chinese, emoji and the TUI own marks alone', () => {
    const s = '紹興市上虞區 ❯ • │ ▶ 👨‍👩‍👧 “引号”…（一）';
    expect(safeLine(s)).toBe(s);
  });

  it('the width of the result is the width of what the terminal shows, and the frame measures it so', () => {
    expect(stringWidth(safeLine(HOSTILE))).toBe(safeLine(HOSTILE).length);
    expect(stringWidth('␛')).toBe(1);
    expect(textWidth(cellText('\u202E报告'))).toBe(8 + 4);
    expect(textWidth(cellText('\x1b[2J'))).toBe(4);
    expect(cellText('表\t格')).toBe('表 格'); // a tab in a frame row is one space, as measured
    expect(cellText('甲\n乙', true)).toBe('甲\n乙');
  });

  it('JSON keeps its value: the unsafe characters JSON.stringify leaves raw are \\u escapes', () => {
    const value = { title: `报告${HOSTILE}\x85`, list: ['\u2028'] };
    const json = safeJson(value, 2);
    expect(json).not.toMatch(OBEYED_IN_TEXT);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).toContain('\\u202e');
  });
});
