// Search in either script: the whole text folded once per document (Simplified, lower case), so a
// search of a 10 MiB report is one indexOf loop rather than a conversion of every sentence each time.
import { type DocIndex, HEAD, type Place } from '../document/address.js';
import type { Sentence } from '../document/sentences.js';
import { convert, fold } from '../script/index.js';
import { message } from './log.js';
import type { ReaderState } from './model.js';
import { open } from './moves.js';

const foldedText = new WeakMap<DocIndex, string>();

/** Every sentence that holds `query` (in either script), in reading order. */
export function searchHits(index: DocIndex, query: string): Place[] {
  const q = fold(query.trim());
  if (!q) return [];
  let text = foldedText.get(index);
  if (text === undefined) {
    text = fold(index.doc.masked);
    foldedText.set(index, text);
  }
  const hits: Place[] = [];
  const seen = new Set<string>();
  const add = (item: number, sentence: number) => {
    const key = `${item}:${sentence}`;
    if (!seen.has(key)) hits.push({ item, sentence }), seen.add(key);
  };
  // The title row was blanked out of the text as page residue: look at it on its own.
  if (index.doc.title && fold(index.doc.title).includes(q)) add(HEAD, 0);
  const starts = index.entries.map((e) => e.node.markerRange.start);
  let item = -1;
  let sentences: readonly Sentence[] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    const found = itemAt(index, starts, at);
    if (found !== item) {
      item = found;
      sentences = index.sentences(item);
    }
    const k = sentences.findIndex((s) => s.start <= at && at < s.end);
    if (k >= 0) add(item, k);
  }
  return hits;
}

/** The item whose text holds offset `at`: the last node starting at or before it, else the head. */
function itemAt(index: DocIndex, starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found < 0 ? HEAD : index.entries[found]!.index;
}

/** Say which hit this is (and its sentence) first, then where it is; the passage opens at it. */
export function announceHit(state: ReaderState): ReaderState {
  const search = state.search!;
  const hit = search.hits[search.current]!;
  const sentence = state.index.sentences(hit.item)[hit.sentence];
  const said = message(state, `第${search.current + 1}处，共${search.hits.length}处：${sentence ? convert(sentence.text, state.script) : ''}`);
  return open(said, hit.item, hit.sentence, false);
}
