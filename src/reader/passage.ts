// What the passage pane shows for the opened item, as paragraphs of spans: the item's own sentences
// (one of them highlighted, marked ▶ as well as by reverse video), then everything under it.

import { HEAD } from '../document/address.js';
import type { Sentence } from '../document/sentences.js';
import { metaLine, nodeParagraphs } from '../document/text-views.js';
import { convert } from '../script/index.js';
import type { ReaderState } from './model.js';

/** A run of text in the passage; `highlight` marks the sentence being read. */
export interface Span {
  text: string;
  highlight?: boolean;
}

/**
 * A paragraph of the passage before it is made into spans: a run of the opened item's sentences (the
 * first of them sentence number `from`), or plain text (the metadata, a child's heading or body).
 */
export type Block = { from: number; sentences: Sentence[] } | { text: string };

type PassageSource = Pick<ReaderState, 'index' | 'opened' | 'script'>;

/**
 * The passage's paragraphs one at a time, so a view can stop at what is on screen: a node of millions
 * of characters is not split, converted or wrapped beyond the part that is shown.
 */
export function* passageBlocks(state: PassageSource): Generator<Block> {
  const { index, opened, script } = state;
  const doc = index.doc;
  // Headings (a node's, the head's title) and announcements stand alone; other sentences join their
  // paragraph until the source has a line break between two of them.
  const headingCount = opened === HEAD ? (doc.title ? 1 : 0) : 1;
  let k = 0;
  let from = 0;
  let run: Sentence[] = [];
  let prev: Sentence | null = null;
  for (const s of index.sentencesLazily(opened)) {
    if (k < headingCount) {
      yield { from: k++, sentences: [s] };
      if (opened === HEAD && doc.meta.length > 0) yield { text: doc.meta.map((m) => convert(metaLine(m), script)).join('\n') };
      continue;
    }
    // An announcement that covers no text (落款 before the closing) stands alone, like a heading.
    if (prev && (s.start === s.end || prev.start === prev.end || lineBreakBetween(doc.masked, prev.end, s.start))) {
      yield { from, sentences: run };
      run = [];
    }
    if (run.length === 0) from = k;
    run.push(s);
    prev = s;
    k++;
  }
  if (run.length > 0) yield { from, sentences: run };
  const entry = index.entry(opened);
  if (entry) for (const child of entry.node.children) for (const p of nodeParagraphs(child, script, doc.masked)) yield { text: p };
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * A block as spans: sentence `highlight` (if in the block) marked ▶ and highlighted, and in it the
 * character under the review cursor (an offset in the sentence as shown) left out of the reverse video,
 * so it stands out without colour.
 */
export function blockSpans(state: Pick<ReaderState, 'script'>, block: Block, highlight: number | null, review: number | null = null): Span[] {
  if ('text' in block) return [{ text: block.text }];
  return block.sentences.flatMap((s, k): Span[] => {
    const text = convert(s.text, state.script);
    if (block.from + k !== highlight) return [{ text }];
    if (review === null || review < 0 || review >= text.length) return [{ text: `▶${text}`, highlight: true }];
    const end = review + ((text.codePointAt(review) ?? 0) > 0xffff ? 2 : 1);
    const after: Span[] = end < text.length ? [{ text: text.slice(end), highlight: true }] : [];
    return [{ text: `▶${text.slice(0, review)}`, highlight: true }, { text: text.slice(review, end) }, ...after];
  });
}

/** The whole passage as paragraphs of spans (the screen-reader layout and tests; the TUI uses passage-view). */
export function passageParagraphs(state: PassageSource, highlight: number | null, review: number | null = null): Span[][] {
  return Array.from(passageBlocks(state), (b) => blockSpans(state, b, highlight, review));
}

/** The sentence to highlight in the passage: the one being read or reviewed, else the current search hit. */
export function highlightedSentence(state: Pick<ReaderState, 'speech' | 'search' | 'opened' | 'sentence' | 'review' | 'pointed'>): number | null {
  if (state.speech.status === 'playing' || state.speech.status === 'paused' || state.review !== null || state.pointed) return state.sentence;
  const hit = state.search?.hits[state.search.current];
  return hit && hit.item === state.opened ? hit.sentence : null;
}
