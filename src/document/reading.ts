// What to read next, as a pure pull stream over the document: from an item and sentence, through the
// item's subtree ('node') or to the end of the report ('all'). Part and section headings are announced
// with their position in words (第二部分，存在问题) unless that setting is off, when say-all passes over
// them. speech/utterances.ts turns each sentence into a spoken form for the engine.
import { categoryOf, HEAD, pathWords, type DocIndex, type Place } from './address.js';

export type Scope = 'node' | 'all';

export interface StreamSentence extends Place {
  /** The sentence as displayed (original script); heading announcements replace the marker. */
  text: string;
  /** A point's heading read as written (its marker is read out); announced headings are in words already. */
  markerFirst: boolean;
}

/** The last item a reading from `item` takes in. */
function lastItemOf(index: DocIndex, item: number, scope: Scope): number {
  if (scope === 'all') return index.items.length - 1;
  const e = index.entry(item);
  return e ? index.lastDescendant(e).index : HEAD;
}

export type { Place };

export function sentenceStream(
  index: DocIndex,
  from: Place,
  scope: Scope,
  announceHeadings = true,
): () => StreamSentence | null {
  const last = lastItemOf(index, from.item, scope);
  let item = from.item === HEAD && !index.hasHead ? index.firstItem : from.item;
  let k = Math.max(0, from.sentence);
  let sentences = item <= last ? index.sentences(item) : [];
  const first = item;
  return () => {
    for (;;) {
      if (k < sentences.length) {
        const s = sentences[k]!;
        const at = { item, sentence: k };
        k++;
        const entry = index.entry(item);
        if (!entry || at.sentence > 0) return { ...at, text: s.text, markerFirst: false };
        const cat = categoryOf(entry.node);
        if (cat === 'point') return { ...at, text: s.text, markerFirst: true };
        if (announceHeadings) return { ...at, text: `${pathWords(index, entry)}，${entry.node.title}`, markerFirst: false };
        if (item === first) return { ...at, text: s.text, markerFirst: true };
        continue; // say-all passes over headings when announcements are off
      }
      if (item >= last) return null;
      item++;
      k = 0;
      sentences = index.sentences(item);
    }
  };
}
