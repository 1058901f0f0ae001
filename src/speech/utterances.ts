// Sentences → utterances: each sentence's spoken form in the voice's script, its reading (pinyin with
// tone numbers, for engines that read pinyin), the pause or earcon the structure asks for before it,
// long ones cut at a clause or word boundary, silent ones (only punctuation) left out. The reader,
// `speak` and `export` all read through this.
import type { Place, StreamSentence } from '../document/reading.js';
import { convert, type Script } from '../script/index.js';
import { type EarconLevel, PAUSES } from './earcons.js';
import { pinyinInput, readingLoaded, readingTokens } from './reading.js';
import { spokenForReading, WORD_BREAK } from './spoken.js';

export interface Utterance<K> {
  key: K;
  /** The spoken form (Han), ready for an engine that reads Chinese text. */
  text: string;
  /** The reading, pinyin with tone numbers, for an engine that reads pinyin (espeak-ng); absent until loadReading(). */
  reading?: string;
  /** The spoken form with its word breaks, where the reading came from (a dry run shows its reading). */
  said?: string;
  /** Silence before it, in ms, and the earcon at the end of that silence. */
  pauseMs?: number;
  earcon?: EarconLevel;
}

/** The text an engine is given for an utterance: the reading if it reads pinyin, else the spoken form. */
export function engineText(u: { text: string; reading?: string }, readsPinyin: boolean): string {
  return readsPinyin && u.reading !== undefined ? u.reading : u.text;
}

export interface UtteranceOptions {
  /** Earcons at part, section and point boundaries (pauses are always there). */
  earcons?: boolean;
}

/**
 * Utterances for the engine from a sentence stream, in `script` (a script the caller has loaded). Each
 * carries the place of the sentence it comes from, so a listener's position can follow it. The reading
 * is there when loadReading() has finished.
 */
export function spokenUtterances(stream: () => StreamSentence | null, script: Script, opts: UtteranceOptions = {}): () => Utterance<Place> | null {
  let pending: Utterance<Place>[] = [];
  const earcons = opts.earcons ?? true;
  return () => {
    while (pending.length === 0) {
      const s = stream();
      if (!s) return null;
      const key = { item: s.item, sentence: s.sentence };
      pending = chunkSpoken(spokenForReading(convert(s.text, script)))
        .filter((t) => /[\p{L}\p{N}]/u.test(t))
        .map((said) => ({
          key,
          text: said.replaceAll(WORD_BREAK, ''),
          said,
          ...(readingLoaded() ? { reading: pinyinInput(readingTokens(said)) } : {}),
        }));
      const cue = s.boundary ? PAUSES[s.boundary] : null;
      if (cue && pending[0]) {
        pending[0].pauseMs = cue.pauseMs;
        if (earcons && cue.earcon) pending[0].earcon = cue.earcon;
      }
    }
    return pending.shift()!;
  };
}

const CLAUSE_MARKS = ['，,', '；;', '：:', '、'];
const NUMERAL = /[零〇一二两三四五六七八九十百千万亿点幺\d]/;
let segmenter: Intl.Segmenter | null = null;

/**
 * Split a long spoken sentence into pieces of at most about `max` characters, so speech starts quickly:
 * at a clause mark (，；：、 in that order of preference) or, failing that, between two words
 * (Intl.Segmenter), never inside a word or a number.
 */
export function chunkSpoken(text: string, max = 100): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = cutAt(rest, max);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}

function cutAt(text: string, max: number): number {
  const min = Math.floor(max / 3);
  for (const marks of CLAUSE_MARKS) {
    for (let k = max - 1; k >= min; k--) if (marks.includes(text[k]!)) return k + 1;
  }
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let best = -1;
  let after = -1;
  // Only what a cut can use (up to max * 2, and a little past it so the last word there is whole) is
  // segmented: segmenting all the text left at each cut made one long sentence quadratic (minutes).
  for (const { index } of segmenter.segment(text.slice(0, max * 2 + 32))) {
    if (index === 0) continue;
    // Not between two parts of one number (二零二四 | 年 is fine; 一千 | 五百 is not).
    if (NUMERAL.test(text[index - 1]!) && NUMERAL.test(text[index]!)) continue;
    if (index <= max) best = index;
    else {
      after = index;
      break;
    }
  }
  if (best >= min) return best;
  if (after > 0 && after <= max * 2) return after;
  return best > 0 ? best : Math.min(text.length, max);
}
