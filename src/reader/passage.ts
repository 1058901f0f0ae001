// What the passage pane shows for the opened item, as paragraphs of spans: the item's own sentences
// (one of them highlighted, marked ▶ as well as by reverse video), then everything under it.
import { metaLine, nodeParagraphs } from '../document/text-views.js';
import type { Sentence } from '../document/sentences.js';
import { convert } from '../script/index.js';
import { HEAD } from '../document/address.js';
import type { ReaderState } from './state.js';

/** A run of text in the passage; `highlight` marks the sentence being read. */
export interface Span {
  text: string;
  highlight?: boolean;
}

export function passageParagraphs(state: Pick<ReaderState, 'index' | 'opened' | 'script'>, highlight: number | null): Span[][] {
  const { index, opened, script } = state;
  const doc = index.doc;
  const sentences = index.sentences(opened);
  const paragraphs: Span[][] = [];
  const c = (s: string) => convert(s, script);
  const spanOf = (s: Sentence, k: number): Span => (k === highlight ? { text: `▶${c(s.text)}`, highlight: true } : { text: c(s.text) });

  // Headings (a node's, the head's title) and announcements stand alone; other sentences join their
  // paragraph until the source has a line break between two of them.
  let current: Span[] = [];
  let prev: Sentence | null = null;
  const flush = () => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  const headingCount = opened === HEAD ? (doc.title ? 1 : 0) : 1;
  sentences.forEach((s, k) => {
    if (k < headingCount) {
      paragraphs.push([spanOf(s, k)]);
      if (opened === HEAD && doc.meta.length > 0) paragraphs.push([{ text: doc.meta.map((m) => c(metaLine(m))).join('\n') }]);
      return;
    }
    // An announcement that covers no text (落款 before the closing) stands alone, like a heading.
    const alone = s.start === s.end;
    if (alone || (prev && (prev.start === prev.end || doc.masked.slice(prev.end, s.start).includes('\n')))) flush();
    current.push(spanOf(s, k));
    prev = s;
  });
  flush();
  const entry = index.entry(opened);
  if (entry) {
    for (const child of entry.node.children) for (const p of nodeParagraphs(child, script)) paragraphs.push([{ text: p }]);
  }
  return paragraphs;
}

/** The sentence to highlight in the passage: the one being read, else the current search hit. */
export function highlightedSentence(state: Pick<ReaderState, 'speech' | 'search' | 'opened' | 'sentence'>): number | null {
  if (state.speech.status === 'playing' || state.speech.status === 'paused') return state.sentence;
  const hit = state.search?.hits[state.search.current];
  return hit && hit.item === state.opened ? hit.sentence : null;
}
