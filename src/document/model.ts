// The Document: what parse() makes of a text and every view reads (unist-style plain objects, each with
// its place in the text). Types only, so the parser and the header reader both depend on it and not on
// each other.
import type { MarkerKind } from './markers.js';

export interface Range {
  start: number;
  end: number;
}

export interface MetaEntry {
  key: string;
  value: string;
}

export interface Node {
  /** Path of 1-based child positions from the top: "1.2.3". */
  id: string;
  /** Depth in the tree, 1 for a top node. A 一是 straight under 一、 has level 2. */
  level: number;
  kind: MarkerKind;
  /** The marker as written: "一、", "（一）", "一是", "1." … */
  marker: string;
  /** The number the marker writes (3 for 三是), which may differ from the id when numbering runs on. */
  ordinal: number;
  /** For 第…部分/章/节 markers, the word that names the level. */
  word?: string;
  /** Heading text after the marker, up to the first 。 or line end (without the 。). */
  title: string;
  /** The node's own text, not its children's: trimmed paragraphs joined by "\n". */
  body: string;
  children: Node[];
  markerRange: Range;
  /** The title in the source, including the 。 that ends a run-in title. */
  titleRange: Range;
  bodyRange: Range;
}

export interface Closing {
  text: string;
  range: Range;
}

export interface Document {
  title: string | null;
  /** Where the title stands in the text (its row is blanked in `masked`, as page residue). */
  titleRange: Range | null;
  meta: MetaEntry[];
  preamble: string;
  preambleRange: Range;
  nodes: Node[];
  /**
   * The signature, date and notes after the last point (某市人民政府 / 2025年2月8日 / （此件公开发布）):
   * not part of any point's body. `text` is its lines joined by "\n".
   */
  closing: Closing | null;
  /**
   * The tables in the body, in reading order (see table.ts). Their text stays in the body of the node
   * (or the preamble) they stand in, so the outline is the same with them or without; the views read
   * and draw those rows as a table.
   */
  tables: Table[];
  /** Where the body starts (after the header rows). */
  bodyStart: number;
  /**
   * The decoded text (newlines normalised) with page residue (table pipes, breadcrumbs, header rows)
   * blanked out, same length: every Range points into it. The text as loaded is not kept: a 10 MiB
   * report would otherwise be held twice.
   */
  masked: string;
}

// Tables: a run of pipe rows in the body (see table.ts for how they are found, table-views.ts for how
// they are said and drawn).

export interface TableCell {
  text: string;
  /** The cell's text in Document.masked (masked.slice(start, end) === text). */
  range: Range;
  header: boolean;
  colSpan: number;
  rowSpan: number;
  /** The first grid column it covers, 0-based. */
  col: number;
}

export interface TableRow {
  /** The cells that start in this row (a slot covered by a span from the left or above has none). */
  cells: TableCell[];
  header: boolean;
  /** The row's line in Document.masked. */
  range: Range;
}

export interface Table {
  type: 'table';
  range: Range;
  /** A title row spanning the whole table, or the short line just before it (表1 …, …如下：). */
  caption: string | null;
  /** The caption is the line before the table, read already as text (not inside the table). */
  captionBefore: boolean;
  rows: TableRow[];
  columns: number;
  /** How many rows at the top are header rows (never read as data). */
  headerRows: number;
  /**
   * The units the table states once for its numbers (单位：亿元、% in its caption, the line before it
   * or its title row gives 亿元, %), put on the columns whose header names none (see table-units.ts).
   */
  units?: string[];
}
