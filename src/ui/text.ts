// Display-width text helpers. Ink 6.8's truncation leaves a line one cell too wide when the cut falls
// inside a wide (CJK) character, and the terminal then wraps and tears later frames, so every line the
// TUI prints is cut and wrapped here, by display width, before Ink sees it.
import stringWidth from 'string-width';
import { cellWidth } from './fast-string-width.js';
import type { Span } from '../reader/passage.js';

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

/** Wrap spans into lines of at most `width` cells; highlighting is kept per piece. */
export function wrapSpans(spans: Span[], width: number): Span[][] {
  const lines: Span[][] = [];
  let line: Span[] = [];
  let w = 0;
  const push = (ch: string, highlight: boolean) => {
    const last = line[line.length - 1];
    if (last && (last.highlight ?? false) === highlight) last.text += ch;
    else line.push({ text: ch, highlight });
  };
  for (const span of spans) {
    for (const ch of span.text) {
      if (ch === '\n') {
        lines.push(line);
        line = [];
        w = 0;
        continue;
      }
      const cw = charWidth(ch);
      if (w + cw > width && w > 0) {
        lines.push(line);
        line = [];
        w = 0;
      }
      push(ch, span.highlight ?? false);
      w += cw;
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}
