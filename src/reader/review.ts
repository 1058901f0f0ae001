// The review cursor: moving through the sentence being read by character or by word, saying each
// (as Chinese screen readers do), so a listener can tell 权 from 全 and hear a word on its own. It
// sits in the opened item's current sentence and crosses into the next or previous one at the ends.
import { convert } from '../script/index.js';
import { message } from './log.js';
import { withAncestors } from './outline.js';
import { stepSentence } from './speech-intent.js';
import type { ReaderState } from './state.js';

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

// Punctuation has no sound of its own: it is said by name, as Chinese screen readers do.
const PUNCTUATION_NAMES: Record<string, string> = {
  '，': '逗号',
  ',': '逗号',
  '。': '句号',
  '、': '顿号',
  '；': '分号',
  ';': '分号',
  '：': '冒号',
  ':': '冒号',
  '？': '问号',
  '?': '问号',
  '！': '叹号',
  '!': '叹号',
  '“': '左引号',
  '”': '右引号',
  '‘': '左单引号',
  '’': '右单引号',
  '《': '左书名号',
  '》': '右书名号',
  '（': '左括号',
  '(': '左括号',
  '）': '右括号',
  ')': '右括号',
  '—': '破折号',
  '…': '省略号',
  '·': '间隔号',
  '〔': '左括号',
  '〕': '右括号',
  '【': '左方括号',
  '】': '右方括号',
};

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
