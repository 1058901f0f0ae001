// Plain-text and JSON views of a Document in a script: what `outline`, `show` and the passage print.
import { convert, convertUncached, type Script } from '../script/index.js';
import { CLOSING_WORD } from './address.js';
import type { Document, MetaEntry, Node } from './parse.js';

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
}

export interface JsonDocument {
  title: string | null;
  script: Script;
  meta: { key: string; value: string }[];
  preamble: string;
  nodes: JsonNode[];
  /** The signature, date and notes after the last point, lines joined by "\n"; null when none. */
  closing: string | null;
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
  });
  return {
    title: doc.title === null ? null : c(doc.title),
    script,
    meta: doc.meta.map((m) => ({ key: c(m.key), value: c(m.value) })),
    preamble: at(doc.preamble, doc.preambleRange.start),
    nodes: doc.nodes.map(node),
    closing: doc.closing ? at(doc.closing.text, doc.closing.range.start) : null,
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
export function nodeParagraphs(n: Node, script: Script, masked = '', at: AtConverter = (text) => convert(text, script)): string[] {
  const out: string[] = [at(n.marker, n.markerRange.start) + at(n.title, n.titleRange.start) + titleMark(n, masked)];
  if (n.body) out.push(at(n.body, n.bodyRange.start));
  // A loop, not push(...): a node may have any number of descendants, and a spread of 125 000 overflows the stack.
  for (const child of n.children) for (const p of nodeParagraphs(child, script, masked, at)) out.push(p);
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
export function headParagraphs(doc: Document, script: Script, at: AtConverter = (text) => convert(text, script)): string[] {
  const out: string[] = [];
  if (doc.title) out.push(convert(doc.title, script));
  if (doc.meta.length) out.push(doc.meta.map((m) => convert(metaLine(m), script)).join('\n'));
  if (doc.preamble) out.push(at(doc.preamble, doc.preambleRange.start));
  return out;
}

/** The whole document as paragraphs: title, metadata, preamble, then every node. */
export function documentParagraphs(doc: Document, script: Script, at: AtConverter = wholeDocumentConverter(doc, script)): string[] {
  const out = headParagraphs(doc, script, at);
  for (const n of doc.nodes) for (const p of nodeParagraphs(n, script, doc.masked, at)) out.push(p);
  if (doc.closing) out.push(CLOSING_WORD, at(doc.closing.text, doc.closing.range.start));
  return out;
}
