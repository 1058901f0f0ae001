// A talking book's shape, before any audio: the report cut into parts (the head, then each top-level
// node; or the one node --at names), each part's items (the head, parts, sections, points) with their
// sentences as shown, in the chosen script, with stable ids. The audio walk (commands/export-book.ts)
// then gives each sentence its clip, and epub.ts and daisy.ts write the same book two ways.
import { type DocIndex, HEAD } from '../document/address.js';
import { convert, type Script } from '../script/index.js';

export interface Clip {
  /** Seconds into the part's audio file. */
  begin: number;
  end: number;
}

export interface BookSentence {
  /** Unique in the book and the same from one export to the next: the item's id, then -sN. */
  id: string;
  text: string;
  /** A body sentence that starts a paragraph. */
  para: boolean;
  /** Where it is heard; null for a sentence with nothing to say (punctuation alone). */
  clip: Clip | null;
}

export interface BookItem {
  item: number;
  /** "head" or n1-2-3 (the node's id): the anchor the navigation points to. */
  id: string;
  /** 1 for the title and the parts, 2 for what is under a part, and so on (the node's level). */
  level: number;
  /** As shown in the navigation: the marker and title, or the report's title. */
  heading: string;
  /** Whether sentences[0] is the heading itself (a node always; the head when the report has a title). */
  titled: boolean;
  sentences: BookSentence[];
}

export interface BookPart {
  /** File stem: part0 (the head), part1 … */
  name: string;
  items: BookItem[];
  /** Filled by the audio walk: the MP3's name in the book and its length. */
  audio: string;
  seconds: number;
}

/** The shallowest level among items (a loop, not Math.min(...): a report may have more nodes than a call takes arguments). */
export function topLevel(items: readonly { level: number }[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (const i of items) min = Math.min(min, i.level);
  return min;
}

/** What the head is called when the report has no title. */
export const HEAD_WORD = '前言';

/** The parts of a book from `item` (HEAD and 'all' for the whole report). */
export function bookParts(index: DocIndex, item: number, scope: 'node' | 'all', script: Script): BookPart[] {
  const doc = index.doc;
  const groups: number[][] = [];
  if (scope === 'node') {
    const entry = index.entry(item);
    const last = entry ? index.lastDescendant(entry).index : item;
    groups.push(range(item, last));
  } else {
    if (index.hasHead) groups.push([HEAD]);
    for (const n of doc.nodes) {
      const e = index.entryOf(n);
      groups.push(range(e.index, index.lastDescendant(e).index));
    }
  }
  return groups.map((items, k) => ({ name: `part${k}`, items: items.map((i) => bookItem(index, i, script)), audio: '', seconds: 0 }));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

function bookItem(index: DocIndex, item: number, script: Script): BookItem {
  const entry = index.entry(item);
  const doc = index.doc;
  const id = entry ? `n${entry.node.id.replaceAll('.', '-')}` : 'head';
  const titled = entry !== null || (doc.title !== null && doc.titleRange !== null);
  const source = doc.masked;
  const raw = index.sentences(item);
  const sentences = raw.map((s, k) => {
    const before = k > 0 ? source.slice(raw[k - 1]!.end, s.start) : '';
    const para = !(titled && k === 0) && (k === (titled ? 1 : 0) || before.includes('\n'));
    return { id: `${id}-s${k}`, text: convert(s.text, script), para, clip: null };
  });
  // As the outline shows it: a run-in heading without the 。 that ends it.
  const heading = entry ? sentences[0]!.text.replace(/[。.]$/, '') : convert(doc.title ?? HEAD_WORD, script);
  return { item, id, level: entry ? entry.node.level : 1, heading, titled, sentences };
}

/** zh-Hans or zh-Hant: the script the book's text is in (the original's, as far as the text shows). */
export function languageOf(text: string, script: Script): string {
  if (script === 'simplified') return 'zh-Hans';
  if (script === 'traditional') return 'zh-Hant';
  // The original: Traditional when its characters change on the way to Simplified.
  return convert(text, 'simplified') === text ? 'zh-Hans' : 'zh-Hant';
}
