// Display-width text helpers. Ink 6.8's truncation leaves a line one cell too wide when the cut falls
// inside a wide (CJK) character, and the terminal then wraps and tears later frames, so every line the
// TUI prints is cut and wrapped here, by display width, before Ink sees it.
import stringWidth from 'string-width';
import type { Span } from '../reader/passage.js';
import { safeLine, safeText } from '../terminal-safe.js';
import { cellWidth } from './fast-string-width.js';

/**
 * Text for a cell of the frame: the door's one-line form (terminal-safe.ts), with a tab as a space (a
 * tab in a report lays out a table; in a row it would jump the cursor past what the frame measured).
 * Made before measuring, so a visible form is cut and wrapped at the width it shows at. `lines`: text
 * still to be wrapped, whose line ends stay.
 */
export function cellText(s: string, lines = false): string {
  const spaced = s.includes('\t') ? s.replace(/\t/g, ' ') : s;
  return lines ? safeText(spaced) : safeLine(spaced);
}

const wideCache = new Map<string, number>();

/** The cells one character takes: the same rule Ink measures frames by (fast-string-width.ts). */
export function charWidth(ch: string): number {
  const known = ch.length === 1 ? cellWidth(ch.charCodeAt(0)) : -1;
  if (known >= 0) return known;
  let w = wideCache.get(ch);
  if (w === undefined) {
    w = stringWidth(ch);
    wideCache.set(ch, w);
  }
  return w;
}

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Cut to at most `width` cells (ending in … when cut) and pad with spaces to exactly `width`. */
export function fit(s: string, width: number): string {
  if (width <= 0) return '';
  let w = 0;
  let out = '';
  const total = textWidth(s);
  const limit = total > width ? width - 1 : width;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > limit) break;
    out += ch;
    w += cw;
  }
  if (total > width) {
    out += '…';
    w += 1;
  }
  return out + ' '.repeat(Math.max(0, width - w));
}

/** Cut to at most `width` cells (ending in … when cut), without padding. */
export function cut(s: string, width: number): string {
  return textWidth(s) <= width ? s : fit(s, width).trimEnd();
}

// Chinese line-breaking (kinsoku): no line starts with closing punctuation and none ends with an
// opening one. A break that would do either moves back to the nearest allowed place on the line; a line
// with no allowed place (a run of closers as wide as the line) breaks where it is full.
const NO_START = 1;
const NO_END = 2;
const BREAK_CLASS = new Uint8Array(0x10000);
for (const ch of '。，、；：？！）》”’」』…】〉〕') BREAK_CLASS[ch.charCodeAt(0)] = NO_START;
for (const ch of '（《“‘「『【〈〔') BREAK_CLASS[ch.charCodeAt(0)] = NO_END;

/** Closing punctuation, which no line may start with (。，、；：？！）》”’」』…). */
export const isLineStartForbidden = (ch: string): boolean => ch.length === 1 && BREAK_CLASS[ch.charCodeAt(0)] === NO_START;
/** Opening punctuation, which no line may end with (（《“‘「『). */
export const isLineEndForbidden = (ch: string): boolean => ch.length === 1 && BREAK_CLASS[ch.charCodeAt(0)] === NO_END;

/** A line may break before text[i]: not before a closer, not after an opener, not inside a surrogate pair. */
function canBreakBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xdc00 && c < 0xe000) return false;
  return BREAK_CLASS[c] !== NO_START && BREAK_CLASS[text.charCodeAt(i - 1)] !== NO_END;
}

/**
 * Where the line that starts at `start` ends, in text[start, end) (which holds no line break): as many
 * characters as fit in `width` cells, less any that kinsoku moves to the next line. Always at least one
 * character, so a character wider than the line still gets a line of its own.
 */
export function lineEnd(text: string, start: number, end: number, width: number): number {
  let w = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let n = 1;
    let cw = cellWidth(c);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) n = 2;
    }
    if (n === 2 || cw < 0) cw = charWidth(text.slice(i, i + n));
    if (w + cw > width && w > 0) {
      for (let j = i; j > start; j--) if (canBreakBefore(text, j)) return j;
      return i;
    }
    w += cw;
    i += n;
  }
  return end;
}

/** Wrap spans into lines of at most `width` cells, by Chinese line-breaking rules; highlighting is kept per piece. */
export function wrapSpans(spans: Span[], width: number): Span[][] {
  const text = spans.length === 1 ? spans[0]!.text : spans.map((s) => s.text).join('');
  const lines: Span[][] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    if (to === from) {
      if (nl >= 0 || lines.length === 0) lines.push([]);
    } else
      for (let a = from; a < to; ) {
        const b = lineEnd(text, a, to, width);
        lines.push(slicePieces(spans, a, b));
        a = b;
      }
    if (nl < 0) break;
    from = nl + 1;
  }
  return lines;
}

/** The spans' text in [from, to) (offsets into their joined text), same-highlight pieces merged. */
export function slicePieces(spans: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const s of spans) {
    const end = at + s.text.length;
    if (end > from && at < to) {
      const text = s.text.slice(Math.max(0, from - at), Math.min(s.text.length, to - at));
      const highlight = s.highlight ?? false;
      const last = out[out.length - 1];
      if (last && last.highlight === highlight) last.text += text;
      else if (text) out.push({ text, highlight });
    }
    if (end >= to) break;
    at = end;
  }
  return out;
}
