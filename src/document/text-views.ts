// Plain-text and JSON views of a Document in a script: what `outline`, `show` and the passage print.
import { convert, convertUncached, type Script } from '../script/index.js';
import { CLOSING_WORD } from './address.js';
import type { Document, MetaEntry, Node, Range, Table } from './parse.js';
import { tablesIn } from './table.js';
import { drawTable } from './table-views.js';

/** Converts a string known to sit at offset `at` of the document's text. */
export type AtConverter = (text: string, at: number) => string;

/**
 * For output that covers the whole document (JSON, `show` without --at): convert the whole text in
 * one opencc-js call and slice it, since opencc-js costs about twice as much called node by node.
 * Strings that are not a plain slice of the text (multi-line bodies, metadata) are converted alone,
 * and so is everything when a conversion changed the text's length.
 */
export function wholeDocumentConverter(doc: Document, script: Script, converted?: string): AtConverter {
  if (script === 'original') return (text) => text;
  // `converted`: the whole text converted already (by a caller that converts it in turns).
  const whole = converted ?? convertUncached(doc.masked, script);
  if (whole.length !== doc.masked.length) return (text) => convert(text, script);
  return (text, at) => (at >= 0 && doc.masked.startsWith(text, at) ? whole.slice(at, at + text.length) : convert(text, script));
}

export interface JsonNode {
  id: string;
  level: number;
  marker: string;
  ordinal: number;
  title: string;
  body: string;
  children: JsonNode[];
  /** The tables in the body (only when it has any). */
  tables?: JsonTable[];
}

export interface JsonTable {
  caption: string | null;
  columns: number;
  headerRows: number;
  /** The units the table states once for its numbers (单位：亿元、%), when it states any. */
  units?: string[];
  rows: { header: boolean; cells: { text: string; col: number; header: boolean; colSpan?: number; rowSpan?: number }[] }[];
}

export interface JsonDocument {
  title: string | null;
  script: Script;
  meta: { key: string; value: string }[];
  preamble: string;
  nodes: JsonNode[];
  /** The signature, date and notes after the last point, lines joined by "\n"; null when none. */
  closing: string | null;
  /** Tables in the preamble (only when it has any). */
  tables?: JsonTable[];
}

function jsonTables(doc: Document, range: Range, at: AtConverter): JsonTable[] {
  return tablesIn(doc.tables, range).map((t) => ({
    caption: t.caption,
    columns: t.columns,
    headerRows: t.headerRows,
    ...(t.units ? { units: t.units } : {}),
    rows: t.rows.map((r) => ({
      header: r.header,
      cells: r.cells.map((c) => ({
        text: at(c.text, c.range.start),
        col: c.col,
        header: c.header,
        ...(c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
        ...(c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
      })),
    })),
  }));
}

export function toJson(doc: Document, script: Script): JsonDocument {
  const at = wholeDocumentConverter(doc, script);
  const c = (s: string) => convert(s, script);
  const node = (n: Node): JsonNode => ({
    id: n.id,
    level: n.level,
    marker: at(n.marker, n.markerRange.start),
    ordinal: n.ordinal,
    title: at(n.title, n.titleRange.start),
    body: at(n.body, n.bodyRange.start),
    children: n.children.map(node),
    ...withTables(jsonTables(doc, n.bodyRange, at)),
  });
  const withTables = (tables: JsonTable[]) => (tables.length ? { tables } : {});
  return {
    title: doc.title === null ? null : c(doc.title),
    script,
    meta: doc.meta.map((m) => ({ key: c(m.key), value: c(m.value) })),
    preamble: at(doc.preamble, doc.preambleRange.start),
    nodes: doc.nodes.map(node),
    closing: doc.closing ? at(doc.closing.text, doc.closing.range.start) : null,
    ...withTables(jsonTables(doc, doc.preambleRange, at)),
  };
}

/** The title, then one line per node: indented by level, marker and title. */
export function outlineLines(doc: Document, script: Script): string[] {
  const lines: string[] = [];
  if (doc.title) lines.push(convert(doc.title, script));
  const indent = doc.title ? 1 : 0;
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      lines.push('  '.repeat(n.level - 1 + indent) + convert(n.marker + n.title, script));
      walk(n.children);
    }
  };
  walk(doc.nodes);
  if (doc.closing) lines.push('  '.repeat(indent) + closingLine(doc, script));
  return lines;
}

/** The closing on one line for an outline: 落款：某市人民政府 2025年2月8日. */
export function closingLine(doc: Document, script: Script): string {
  return doc.closing ? `${CLOSING_WORD}：${convert(doc.closing.text.replace(/\s*\n\s*/g, ' '), script)}` : '';
}

/**
 * A node and its descendants as paragraphs (heading line, then body), separated by blank lines. With
 * the document's text (`masked`), a run-in title keeps the mark that ended it (1.完成改造小区45个。).
 */
export function nodeParagraphs(
  n: Node,
  script: Script,
  masked = '',
  at: AtConverter = (text) => convert(text, script),
  tables: Tables | null = null,
): string[] {
  const out: string[] = [at(n.marker, n.markerRange.start) + at(n.title, n.titleRange.start) + titleMark(n, masked)];
  if (n.body) for (const p of bodyParagraphs(n.body, n.bodyRange, masked, at, tables)) out.push(p);
  // A loop, not push(...): a node may have any number of descendants, and a spread of 125 000 overflows the stack.
  for (const child of n.children) for (const p of nodeParagraphs(child, script, masked, at, tables)) out.push(p);
  return out;
}

/** The document's tables and how to measure text for drawing them (the UI's display width). */
export interface Tables {
  list: readonly Table[];
  measure: (s: string) => number;
  /** Drawn at most this wide (the passage); unbounded for `show`. */
  maxWidth?: number;
}

/**
 * A body as paragraphs: its text as one paragraph, or, around each table in it, the text before, the
 * table drawn in aligned columns, the text after.
 */
export function bodyParagraphs(body: string, range: Range, masked: string, at: AtConverter, tables: Tables | null): string[] {
  const inside = tables && masked ? tablesIn(tables.list, range) : [];
  if (inside.length === 0) return [at(body, range.start)];
  const out: string[] = [];
  let from = range.start;
  const text = (a: number, b: number) => {
    if (b <= a) return;
    const t = masked
      .slice(a, b)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
    if (t) out.push(at(t, t.includes('\n') ? -1 : a + masked.slice(a, b).indexOf(t)));
  };
  for (const t of inside) {
    text(from, t.range.start);
    out.push(drawTable(t, tables!.measure, (s) => at(s, -1), tables!.maxWidth).join('\n'));
    from = Math.max(from, t.range.end);
  }
  text(from, range.end);
  return out;
}

/** The mark that ended a run-in title (。；！？ and a closing quote), which the title itself leaves out. */
function titleMark(n: Node, masked: string): string {
  if (!masked) return '';
  const m = /[。；;！!？?][”’」』）)]*$/.exec(masked.slice(n.titleRange.start, n.titleRange.end).trimEnd());
  return m && !n.title.endsWith(m[0]) ? m[0] : '';
}

/** A metadata pair as one line: 索引號：001008003005013/2025-141960. */
export function metaLine(m: MetaEntry): string {
  return `${m.key}：${m.value}`;
}

/** The head as paragraphs: the title, the metadata (a line a pair), the preamble. */
export function headParagraphs(doc: Document, script: Script, at: AtConverter = (text) => convert(text, script), tables: Tables | null = null): string[] {
  const out: string[] = [];
  if (doc.title) out.push(convert(doc.title, script));
  if (doc.meta.length) out.push(doc.meta.map((m) => convert(metaLine(m), script)).join('\n'));
  if (doc.preamble) for (const p of bodyParagraphs(doc.preamble, doc.preambleRange, doc.masked, at, tables)) out.push(p);
  return out;
}

/** The whole document as paragraphs: title, metadata, preamble, then every node. */
export function documentParagraphs(
  doc: Document,
  script: Script,
  at: AtConverter = wholeDocumentConverter(doc, script),
  tables: Tables | null = null,
): string[] {
  const out = headParagraphs(doc, script, at, tables);
  for (const n of doc.nodes) for (const p of nodeParagraphs(n, script, doc.masked, at, tables)) out.push(p);
  if (doc.closing) out.push(CLOSING_WORD, at(doc.closing.text, doc.closing.range.start));
  return out;
}
