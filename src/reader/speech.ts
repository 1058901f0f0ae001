// What to read next, as a pure pull stream over the document: from an item and sentence, through the
// item's subtree ('node') or to the end of the report ('all'). Part and section headings are announced
// with their position in words (第二部分，存在问题) unless that setting is off, when say-all passes over
// them. The speech controller turns each sentence into a spoken form for the engine.
import { categoryOf, pathWords, type DocIndex } from '../document/address.js';
import { HEAD, hasHead, itemSentences } from './state.js';

export type Scope = 'node' | 'all';

export interface StreamSentence {
  item: number;
  sentence: number;
  /** The sentence as displayed (original script); heading announcements replace the marker. */
  text: string;
  heading: boolean;
}

export function lastItemOf(index: DocIndex, item: number, scope: Scope): number {
  if (scope === 'all' || index.entries.length === 0) return index.entries.length - 1;
  if (item === HEAD) return HEAD;
  return index.lastDescendant(index.entries[item]!).index;
}

export function sentenceStream(
  index: DocIndex,
  from: { item: number; sentence: number },
  scope: Scope,
  announceHeadings = true,
): () => StreamSentence | null {
  const last = lastItemOf(index, from.item, scope);
  let item = from.item === HEAD && !hasHead(index) ? 0 : from.item;
  let k = Math.max(0, from.sentence);
  let sentences = item <= last || item === HEAD ? itemSentences(index, item) : [];
  const first = item;
  return () => {
    for (;;) {
      if (k < sentences.length) {
        const s = sentences[k]!;
        const at = { item, sentence: k };
        k++;
        if (item === HEAD || at.sentence > 0) return { ...at, text: s.text, heading: false };
        const entry = index.entries[item]!;
        const cat = categoryOf(entry.node);
        if (cat === 'point') return { ...at, text: s.text, heading: true };
        if (announceHeadings) return { ...at, text: `${pathWords(index, entry)}，${entry.node.title}`, heading: false };
        if (item === first) return { ...at, text: s.text, heading: true };
        continue; // say-all passes over headings when announcements are off
      }
      if (item >= last) return null;
      item++;
      k = 0;
      sentences = itemSentences(index, item);
    }
  };
}
