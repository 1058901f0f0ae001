// Ink measures every character of every frame with string-width, which segments graphemes and tests an
// emoji regex per cluster: about half the cost of a frame of Chinese text. Text made only of code points
// whose width is unambiguous (printable ASCII, CJK ideographs, CJK punctuation, full-width forms) is
// measured here by range; anything else (emoji, marks, escapes, Hangul jamo …) goes to string-width.
// The bundle (scripts/build.mjs) routes Ink's imports of string-width here; the results are identical.
import realStringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import { WIDTH_RANGES, WIDTHS } from './width-table.js';

type Options = Parameters<typeof realStringWidth>[1];

// Symbols whose width does not depend on their neighbours (Latin-1 and Latin Extended, punctuation,
// arrows, box drawing, geometric shapes: the │ ❯ … ▶ the TUI draws) come from a table made from
// string-width (width-table.ts). Sequences that join characters (ZWJ, variation selectors, keycaps,
// surrogate pairs) never get here.
const [[lowFrom, lowTo], [highFrom]] = WIDTH_RANGES as [[number, number], [number, number]];
function singleWidth(c: number): number {
  return WIDTHS.charCodeAt(c < lowTo ? c - lowFrom : c - highFrom + (lowTo - lowFrom)) - 48;
}

/**
 * The cells a code point takes, when that does not depend on its neighbours; -1 when string-width must
 * decide (emoji, marks, Hangul jamo, surrogates …). The one rule for widths in the TUI: Ink's
 * measuring (below) and our own cutting and wrapping (text.ts) both use it, so they cannot disagree.
 */
export function cellWidth(c: number): number {
  if (c >= 0x20 && c < 0x7f) return 1;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return 0; // control characters take no cell
  if (
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0x3400 && c <= 0x4dbf) || // extension A
    (c >= 0x3000 && c <= 0x3029) || // ideographic space, 、。〈〉《》「」『』【】…
    (c >= 0x3030 && c <= 0x303e) ||
    (c >= 0xff01 && c <= 0xff60) || // full-width forms: ，：；（）！？
    (c >= 0xffe0 && c <= 0xffe6)
  )
    return 2;
  if ((c >= 0xa0 && c < 0x300) || (c >= 0x2010 && c < 0x2c00 && c !== 0x20e3)) return singleWidth(c);
  return -1;
}

export default function stringWidth(input: string, options?: Options): number {
  if (options !== undefined || typeof input !== 'string') return realStringWidth(input, options);
  // Styled text (Ink's own output lines) is measured without its escape sequences, as string-width does.
  const text = input.includes('\x1b') || input.includes('\x9b') ? stripAnsi(input) : input;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const w = cellWidth(text.charCodeAt(i));
    if (w < 0) return realStringWidth(input);
    width += w;
  }
  return width;
}
