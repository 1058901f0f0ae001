// Sentence splitting with source offsets. A sentence ends after 。！？；!?… (and any closing quotes that
// follow), or at a line end; never inside “…” 「…」 『…』 《…》, so a quoted 。 stays in its sentence.
import { CLOSERS, isSpace, QUOTE_PAIRS, SENTENCE_END } from './punctuation.js';

export interface Sentence {
  text: string;
  /** Offsets into Document.masked: text === masked.slice(start, end). */
  start: number;
  end: number;
}

const TERMINATORS = SENTENCE_END;
const OPEN_TO_CLOSE = QUOTE_PAIRS;
const MAX_QUOTE = 400;

/** Split source[start, end) into trimmed sentences. */
export function splitSentences(source: string, start: number, end: number): Sentence[] {
  const out: Sentence[] = [];
  let s = start;
  const push = (from: number, to: number) => {
    while (from < to && isSpace(source[from]!)) from++;
    while (to > from && isSpace(source[to - 1]!)) to--;
    if (to > from) out.push({ text: source.slice(from, to), start: from, end: to });
  };
  for (let i = start; i < end; i++) {
    const ch = source[i]!;
    if (ch === '\n') {
      push(s, i);
      s = i + 1;
      continue;
    }
    const close = OPEN_TO_CLOSE[ch];
    if (close) {
      // Skip to the closing quote if it is near and on this line; a stray opener is just a character.
      const j = findClose(source, i + 1, Math.min(end, i + 1 + MAX_QUOTE), ch, close);
      if (j < 0) continue;
      i = j;
      // A quote that closes right after a terminator ends the sentence: 他说：“好。”|我们走。
      if (!TERMINATORS.has(source[j - 1]!)) continue;
      let k = j + 1;
      while (k < end && (TERMINATORS.has(source[k]!) || CLOSERS.has(source[k]!))) k++;
      push(s, k);
      s = k;
      i = k - 1;
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    if (ch === '．' && isDigit(source[i - 1]) && isDigit(source[i + 1])) continue; // a full-width decimal point
    // Take the whole run of terminators and the closing quotes after it: 。” ？！ ……
    let j = i + 1;
    while (j < end && (TERMINATORS.has(source[j]!) || CLOSERS.has(source[j]!))) j++;
    push(s, j);
    s = j;
    i = j - 1;
  }
  push(s, end);
  return out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9０-９]/.test(ch);
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
