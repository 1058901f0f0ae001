// What the passage pane shows for the opened item, as paragraphs of spans: the item's own sentences
// (one of them highlighted, marked ▶ as well as by reverse video), then everything under it.
import { nodeParagraphs } from '../document/render.js';
import type { Sentence } from '../document/sentences.js';
import { convert } from '../script/index.js';
import { HEAD, itemSentences, type ReaderState } from './state.js';

/** A run of text in the passage; `highlight` marks the sentence being read. */
export interface Span {
  text: string;
  highlight?: boolean;
}

export function passageParagraphs(state: Pick<ReaderState, 'index' | 'opened' | 'script'>, highlight: number | null): Span[][] {
  const { index, opened, script } = state;
  const doc = index.doc;
  const sentences = itemSentences(index, opened);
  const paragraphs: Span[][] = [];
  const c = (s: string) => convert(s, script);
  const spanOf = (s: Sentence, k: number): Span => (k === highlight ? { text: `▶${c(s.text)}`, highlight: true } : { text: c(s.text) });

  // Sentences with no source position (the head's title) stand alone; others join their paragraph
  // until the source has a line break between two sentences.
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
      if (opened === HEAD && doc.meta.length > 0) paragraphs.push([{ text: doc.meta.map((m) => c(`${m.key}：${m.value}`)).join('\n') }]);
      return;
    }
    if (prev && prev.start >= 0 && doc.masked.slice(prev.end, s.start).includes('\n')) flush();
    current.push(spanOf(s, k));
    prev = s;
  });
  flush();
  if (opened !== HEAD) {
    const node = index.entries[opened]!.node;
    for (const child of node.children) for (const p of nodeParagraphs(child, script)) paragraphs.push([{ text: p }]);
  }
  return paragraphs;
}
