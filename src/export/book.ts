// A talking book's shape, before any audio: the report cut into parts (the head, then each top-level
// node; or the one node --at names), each part's items (the head, parts, sections, points) with their
// sentences as shown, in the chosen script, with stable ids. The audio walk (commands/export-book.ts)
// then gives each sentence its clip, and epub.ts and daisy.ts write the same book two ways.
import { type DocIndex, HEAD } from '../document/address.js';
import type { Table } from '../document/model.js';
import { tableAt } from '../document/table.js';
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
  /** The first sentence of a table carries the table, drawn in its place (see BookTable). */
  table?: BookTable;
  /** Inside a table, not drawn as text: 'row' when its id is a row's (or the caption's), else 'covered'. */
  inTable?: 'row' | 'covered';
}

/**
 * A table as the books draw it: its rows and cells (in the chosen script), which cells are headers,
 * spans; a row's id is the id of the sentence that starts in it, which is where the row is heard (its
 * clip says the row with its headers, as speech reads it), so the overlay and the SMIL point at the row.
 */
export interface BookTable {
  /** A title row spanning the table (not a caption line before it, which is read as text already). */
  caption: { id: string | null; text: string } | null;
  /** Header rows first (`head`), then the data rows. */
  rows: { id: string | null; head: boolean; cells: BookCell[] }[];
}

export interface BookCell {
  text: string;
  /** th with scope col (a header row's cell) or row (a data row's first cell, said as the row's name); td otherwise. */
  scope: 'col' | 'row' | null;
  colSpan: number;
  rowSpan: number;
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
  const sentences: BookSentence[] = raw.map((s, k) => {
    const before = k > 0 ? source.slice(raw[k - 1]!.end, s.start) : '';
    const para = !(titled && k === 0) && (k === (titled ? 1 : 0) || before.includes('\n'));
    return { id: `${id}-s${k}`, text: convert(s.text, script), para, clip: null };
  });
  if (doc.tables.length > 0) markTables(doc.tables, raw, sentences, script);
  // As the outline shows it: a run-in heading without the 。 that ends it.
  const heading = entry ? sentences[0]!.text.replace(/[。.]$/, '') : convert(doc.title ?? HEAD_WORD, script);
  return { item, id, level: entry ? entry.node.level : 1, heading, titled, sentences };
}

/** The tables among an item's sentences: each drawn at its first sentence, each row tied to the sentence that starts in it. */
function markTables(tables: readonly Table[], raw: readonly { start: number; end: number }[], sentences: BookSentence[], script: Script): void {
  let current: { table: Table; book: BookTable; rowIds: (string | null)[] } | null = null;
  const finish = () => {
    if (!current) return;
    const { table, book, rowIds } = current;
    const titleRow = table.caption !== null && !table.captionBefore;
    if (titleRow) book.caption = { id: rowIds[0] ?? null, text: convert(table.caption!, script) };
    table.rows.forEach((row, r) => {
      if (titleRow && r === 0) return;
      const head = r < table.headerRows;
      book.rows.push({
        id: rowIds[r] ?? null,
        head,
        cells: row.cells.map((c) => ({
          text: convert(c.text, script),
          scope: head ? 'col' : c.header || (c.col === 0 && table.columns > 1) ? 'row' : null,
          colSpan: c.colSpan,
          rowSpan: c.rowSpan,
        })),
      });
    });
    current = null;
  };
  raw.forEach((s, k) => {
    const at = s.end > s.start ? tableAt(tables, s.start) : null;
    if (!at || at.table !== current?.table) finish();
    if (!at) return;
    const sentence = sentences[k]!;
    if (!current) {
      current = { table: at.table, book: { caption: null, rows: [] }, rowIds: [] };
      sentence.table = current.book;
    }
    sentence.inTable = current.rowIds[at.row] ? 'covered' : 'row';
    current.rowIds[at.row] ??= sentence.id;
  });
  finish();
}

/** zh-Hans or zh-Hant: the script the book's text is in (the original's, as far as the text shows). */
export function languageOf(text: string, script: Script): string {
  if (script === 'simplified') return 'zh-Hans';
  if (script === 'traditional') return 'zh-Hant';
  // The original: Traditional when its characters change on the way to Simplified.
  return convert(text, 'simplified') === text ? 'zh-Hans' : 'zh-Hant';
}
