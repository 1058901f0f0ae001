// What to read next, as a pure pull stream over the document: from an item and sentence, through the
// item's subtree ('node') or to the end of the report ('all'). Part and section headings are announced
// with their position in words (第二部分，存在问题) unless that setting is off, when say-all passes over
// them. speech/utterances.ts turns each sentence into a spoken form for the engine.
import { categoryOf, type DocIndex, type Entry, HEAD, type Place, pathWords, saidHeading } from './address.js';
import { type Table, tableAt } from './table.js';
import { rowSaid, tableAnnouncement } from './table-views.js';

export type Scope = 'node' | 'all';

export interface StreamSentence extends Place {
  /**
   * The sentence to say (original script): a heading's marker is in words (括号一，…; markers.ts says
   * how each kind sounds), and an announced heading is its position in words.
   */
  text: string;
  /**
   * The structure a listener should hear before this sentence: a part, section or point starts, the
   * title has just been read, or a new paragraph begins. Null inside a paragraph and at the very start.
   */
  boundary: Boundary | null;
}

export type Boundary = 'part' | 'section' | 'point' | 'title' | 'paragraph';

const STRENGTH: Record<Boundary, number> = { part: 4, section: 3, title: 2, point: 1, paragraph: 0 };
function stronger(a: Boundary | null, b: Boundary | null): Boundary | null {
  if (!a || !b) return a ?? b;
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

/** The last item a reading from `item` takes in. */
function lastItemOf(index: DocIndex, item: number, scope: Scope): number {
  if (scope === 'all') return index.items.length - 1;
  const e = index.entry(item);
  return e ? index.lastDescendant(e).index : HEAD;
}

export type { Place };

/** A part or section heading as it is announced: its position in words, then its title (第二部分，存在问题). */
export function announcedHeading(index: DocIndex, entry: Entry): string {
  return `${pathWords(index, entry)}，${entry.node.title}`;
}

export function sentenceStream(index: DocIndex, from: Place, scope: Scope, announceHeadings = true): () => StreamSentence | null {
  const last = lastItemOf(index, from.item, scope);
  let item = from.item === HEAD && !index.hasHead ? index.firstItem : from.item;
  let k = Math.max(0, from.sentence);
  let sentences = item <= last ? index.sentences(item) : [];
  const first = item;
  const titled = index.hasHead && index.doc.title !== null && index.doc.titleRange !== null;
  let prev: { item: number; end: number } | null = null;
  const source = index.doc.masked;
  const boundaryBefore = (at: Place, start: number, cat: Boundary | null): Boundary | null => {
    const before = prev;
    if (!before) return null; // nothing was read yet: no pause first
    if (cat) return cat;
    if (before.item === HEAD && titled && before.end === index.doc.titleRange!.end) return 'title';
    if (at.item === before.item && source.slice(before.end, start).includes('\n')) return 'paragraph';
    if (at.item !== before.item) return 'paragraph';
    return null;
  };
  // A heading passed over (announcements off) still gives the sentence after it its pause.
  let passed: Boundary | null = null;
  // The table and row last said: a row is said once, whole, at its first sentence.
  let inTable: { table: Table; row: number } | null = null;
  const emit = (at: Place, s: { start: number; end: number }, text: string, cat: Boundary | null): StreamSentence => {
    const boundary = boundaryBefore(at, s.start, stronger(cat, passed));
    passed = null;
    prev = { item: at.item, end: s.end };
    return { ...at, text, boundary };
  };
  return () => {
    for (;;) {
      if (k < sentences.length) {
        const s = sentences[k]!;
        const at = { item, sentence: k };
        k++;
        const entry = index.entry(item);
        const cell = s.end > s.start && index.doc.tables.length > 0 ? tableAt(index.doc.tables, s.start) : null;
        if (cell) {
          // A table's row: said as a row (its cells with their headers); entering says the table's size first.
          const entering = inTable?.table !== cell.table;
          const same = !entering && inTable?.row === cell.row;
          inTable = cell;
          if (same || (cell.row < cell.table.headerRows && !entering)) continue;
          const said = cell.row < cell.table.headerRows ? '' : rowSaid(cell.table, cell.row);
          const text = entering && said ? `${tableAnnouncement(cell.table)}。${said}` : entering ? tableAnnouncement(cell.table) : said;
          return emit(at, s, text, null);
        }
        inTable = null;
        if (!entry || at.sentence > 0) return emit(at, s, s.text, null);
        const cat = categoryOf(entry.node);
        if (cat === 'point') return emit(at, s, saidHeading(entry.node, s.text), cat);
        if (announceHeadings) return emit(at, s, announcedHeading(index, entry), cat);
        if (item === first) return emit(at, s, saidHeading(entry.node, s.text), cat);
        passed = stronger(passed, cat);
        continue; // say-all passes over headings when announcements are off
      }
      if (item >= last) return null;
      item++;
      k = 0;
      sentences = index.sentences(item);
    }
  };
}
