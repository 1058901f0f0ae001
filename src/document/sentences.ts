// Sentence splitting with source offsets. A sentence ends after 。！？；!?… (and any closing quotes that
// follow), or at a line end; never inside “…” 「…」 『…』 《…》, so a quoted 。 stays in its sentence.
import { CLOSERS, QUOTE_PAIRS, SENTENCE_END, SPACES } from './punctuation.js';

export interface Sentence {
  text: string;
  /** Offsets into Document.masked: text === masked.slice(start, end). */
  start: number;
  end: number;
}

const MAX_QUOTE = 400;

// One byte of flags per UTF-16 code unit, so the scan reads char codes and never makes a string per
// character (a 10 M-character node is split in well under a second this way, not several).
const TERM = 1;
const CLOSER = 2;
const SPACE = 4;
const OPENER = 8;
const CLASS = new Uint8Array(0x10000);
for (const ch of SENTENCE_END) CLASS[ch.charCodeAt(0)]! |= TERM;
for (const ch of CLOSERS) CLASS[ch.charCodeAt(0)]! |= CLOSER;
for (const ch of SPACES) CLASS[ch.charCodeAt(0)]! |= SPACE;
for (const ch of Object.keys(QUOTE_PAIRS)) CLASS[ch.charCodeAt(0)]! |= OPENER;
const CLOSE_OF = new Map(Object.entries(QUOTE_PAIRS).map(([o, c]) => [o.charCodeAt(0), c.charCodeAt(0)]));
const NEWLINE = 10;
const FULL_STOP = '．'.charCodeAt(0);

/** Split source[start, end) into trimmed sentences. */
export function splitSentences(source: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  const cursor = new SentenceCursor(source, start, end);
  for (let s = cursor.next(); s; s = cursor.next()) out.push(s);
  return out;
}

/** The sentences of source[start, end) one at a time, so a reader of the first few does not split them all. */
export class SentenceCursor {
  private i: number;
  private s: number;
  private finished = false;

  constructor(
    private readonly source: string,
    start: number,
    private readonly end: number,
  ) {
    this.i = start;
    this.s = start;
  }

  /** The next sentence, or null after the last. */
  next(): Sentence | null {
    const { source, end } = this;
    while (this.i < end) {
      const i = this.i;
      const c = source.charCodeAt(i);
      this.i = i + 1;
      if (c === NEWLINE) {
        // A text layer's hard wrap just before a closing mark ((以下简称《条例》⏎)和…, …百分⏎点。): no line
        // starts with one, so the sentence goes on across the line end.
        if (continuesLine(source, i + 1, end)) continue;
        const found = this.cut(i, i + 1);
        if (found) return found;
        continue;
      }
      const cls = CLASS[c]!;
      if (cls === 0) continue;
      if (cls & OPENER) {
        // Skip to the closing quote if it is near and on this line; a stray opener is just a character.
        const j = findCloseCode(source, i + 1, Math.min(end, i + 1 + MAX_QUOTE), c, CLOSE_OF.get(c)!);
        if (j < 0) continue;
        this.i = j + 1;
        // A quote that closes right after a terminator ends the sentence: 他说：“好。”|我们走。
        if (!(CLASS[source.charCodeAt(j - 1)]! & TERM)) continue;
        const k = this.endOfRun(j + 1);
        this.i = k;
        const found = this.cut(k, k);
        if (found) return found;
        continue;
      }
      if (!(cls & TERM)) continue;
      if (c === FULL_STOP && isDigit(source.charCodeAt(i - 1)) && isDigit(source.charCodeAt(i + 1))) continue; // a full-width decimal point
      // Take the whole run of terminators and the closing quotes after it: 。” ？！ ……
      const j = this.endOfRun(i + 1);
      this.i = j;
      const found = this.cut(j, j);
      if (found) return found;
    }
    if (this.finished) return null;
    this.finished = true;
    return this.cut(end, end);
  }

  /** The run of terminators and closing quotes from k on. */
  private endOfRun(k: number): number {
    while (k < this.end && CLASS[this.source.charCodeAt(k)]! & (TERM | CLOSER)) k++;
    return k;
  }

  /** The sentence from the last cut to `to` (trimmed; null when only space), the next one starting at `next`. */
  private cut(to: number, next: number): Sentence | null {
    const { source } = this;
    let from = this.s;
    this.s = next;
    while (from < to && CLASS[source.charCodeAt(from)]! & SPACE) from++;
    while (to > from && CLASS[source.charCodeAt(to - 1)]! & SPACE) to--;
    return to > from ? { text: source.slice(from, to), start: from, end: to } : null;
  }
}

const MID_MARKS = new Set(['，', '、', ',', '：'].map((ch) => ch.charCodeAt(0)));
/** Whether the line from k starts with a closing mark, a terminator or a comma (after any spaces). */
function continuesLine(source: string, k: number, end: number): boolean {
  while (k < end && (source.charCodeAt(k) === 0x20 || source.charCodeAt(k) === 0x3000 || source.charCodeAt(k) === 9)) k++;
  if (k >= end) return false;
  const c = source.charCodeAt(k);
  return (CLASS[c]! & (CLOSER | TERM)) !== 0 || MID_MARKS.has(c);
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

function findCloseCode(source: string, from: number, limit: number, open: number, close: number): number {
  let depth = 1;
  for (let k = from; k < limit; k++) {
    const c = source.charCodeAt(k);
    if (c === NEWLINE) return -1;
    if (c === open && open !== close) depth++;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}

/** Index of the matching closer (nesting the same opener), or -1 if none before `limit` or a line end. */
export function findClose(source: string, from: number, limit: number, open: string, close: string): number {
  let depth = 1;
  for (let k = from; k < limit; k++) {
    const c = source[k];
    if (c === '\n') return -1;
    if (c === open && open !== close) depth++;
    else if (c === close && --depth === 0) return k;
  }
  return -1;
}
