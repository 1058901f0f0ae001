// The review cursor: moving through the sentence being read by character or by word, saying each
// (as Chinese screen readers do), so a listener can tell 权 from 全 and hear a word on its own. It
// sits in the opened item's current sentence and crosses into the next or previous one at the ends.
import { PUNCTUATION_NAMES } from '../document/punctuation.js';
import { convert, isLoaded } from '../script/index.js';
import type * as LookupLib from '../speech/lookup.js';
import { message } from './log.js';
import type { Lookup, ReaderState } from './model.js';
import { withAncestors } from './outline.js';
import { stepSentence } from './speech-intent.js';

// Made on first use: a Chinese word segmenter costs ~10–25 ms to make, and every launch loads this file.
let words: Intl.Segmenter | undefined;

export type ReviewUnit = 'char' | 'word';

/** Pieces of a sentence to step through: characters, or words (Intl.Segmenter knows Chinese words). */
function pieces(text: string, unit: ReviewUnit): { text: string; at: number }[] {
  if (unit === 'char') {
    const out: { text: string; at: number }[] = [];
    let at = 0;
    for (const ch of text) {
      if (ch.trim()) out.push({ text: ch, at });
      at += ch.length;
    }
    return out;
  }
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...words.segment(text)].filter((s) => s.isWordLike).map((s) => ({ text: s.segment, at: s.index }));
}

/** The sentence the review cursor is in, as shown (in the reader's script). */
export function reviewSentence(state: ReaderState): string {
  return convert(state.index.sentences(state.opened)[state.sentence]?.text ?? '', state.script);
}

/** What a piece says: itself, and a punctuation mark's name. */
function said(piece: string): string {
  const name = PUNCTUATION_NAMES[piece];
  return name ? `${piece}（${name}）` : piece;
}

/** Step the review cursor by a character or a word, and say what it lands on. */
export function reviewStep(state: ReaderState, unit: ReviewUnit, step: 1 | -1): ReaderState {
  const here = pieces(reviewSentence(state), unit);
  const at = state.review ?? -1;
  const k = step === 1 ? here.findIndex((p) => p.at > at) : findLast(here, (p) => p.at < (at < 0 ? Number.POSITIVE_INFINITY : at));
  if (k >= 0) return message({ ...state, review: here[k]!.at }, said(here[k]!.text));
  // Off the end of the sentence: on into the next (or back into the previous) one.
  const to = stepSentence(state, step);
  if (!to) return message(state, step === 1 ? '已是最后一句的末尾' : '已是第一句的开头');
  const moved: ReaderState = { ...state, opened: to.item, cursor: to.item, sentence: to.sentence, expanded: withAncestors(state, to.item), review: null };
  const there = pieces(reviewSentence(moved), unit);
  const piece = step === 1 ? there[0] : there[there.length - 1];
  return piece ? message({ ...moved, review: piece.at }, said(piece.text)) : message(moved, '（空句）');
}

function findLast<T>(list: T[], ok: (t: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (ok(list[k]!)) return k;
  return -1;
}

// Describing the character under the review cursor and spelling the sentence need pinyin-pro and
// jieba's word list (and the Traditional converter for a Traditional text), loaded on first use: the
// reducer asks (lookupRequest), the UI loads speech/lookup.ts, hands it over (provideLookup) and
// answers with a lookupLoaded event, which does it again. Nothing of it is loaded at launch.

let lib: typeof LookupLib | null = null;

/** The lookup module, once loaded. */
export function provideLookup(loaded: typeof LookupLib): void {
  lib = loaded;
}

/** The lookup module if a lookup of this kind can be done now, synchronously. */
function ready(state: ReaderState, kind: Lookup): typeof LookupLib | null {
  if (!lib?.readingLoaded() || !isLoaded('simplified')) return null;
  return kind === 'spellSentence' || (lib.descriptionsLoaded() && !lib.needsTraditional(reviewSentence(state))) ? lib : null;
}

/** Describe the character under the review cursor (the sentence's first, before any review): 權 quán，權力的權. */
export function describeHere(state: ReaderState): ReaderState {
  const l = ready(state, 'describeChar');
  if (!l) return message({ ...state, lookupRequest: 'describeChar' }, '正在载入字词资料……');
  const found = l.describeAt(reviewSentence(state), state.review ?? 0);
  if (!found) return message(state, '（空句）');
  return message({ ...state, review: found.at }, l.describedLine(found.description), l.describedVoice(found.description));
}

/** Spell the sentence being read in pinyin with tone marks; said syllable by syllable. */
export function spellHere(state: ReaderState): ReaderState {
  const l = ready(state, 'spellSentence');
  if (!l) return message({ ...state, lookupRequest: 'spellSentence' }, '正在载入拼音资料……');
  const spoken = l.spokenForReading(convert(reviewSentence(state), 'simplified'));
  const tokens = l.readingTokens(spoken);
  const syllables = tokens.flatMap((t) => ('syllable' in t ? [t.syllable] : []));
  if (syllables.length === 0) return message(state, '（这一句没有可拼的字）');
  const chars = [...spoken].filter((c) => /\p{Script=Han}/u.test(c));
  return message(state, `拼音：${l.pinyinWithMarks(tokens)}`, { text: chars.join('，'), reading: syllables.join(' , ') });
}

/** The answer to a lookupRequest: do what was asked, or say why it cannot be done. */
export function lookupLoaded(state: ReaderState, ok: boolean, reason: string): ReaderState {
  const asked = state.lookupRequest;
  if (!asked) return state;
  const s: ReaderState = { ...state, lookupRequest: null };
  if (!ok) return message(s, `不能查字：${reason}`);
  return asked === 'describeChar' ? describeHere(s) : spellHere(s);
}
