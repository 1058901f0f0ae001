// Plain-text and JSON renderings of a Document in a script: what `outline` and `show` print.
import { convert, type Script } from '../script/index.js';
import type { Document, Node } from './parse.js';

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
}

export function toJson(doc: Document, script: Script): JsonDocument {
  const c = (s: string) => convert(s, script);
  const node = (n: Node): JsonNode => ({
    id: n.id,
    level: n.level,
    marker: c(n.marker),
    ordinal: n.ordinal,
    title: c(n.title),
    body: c(n.body),
    children: n.children.map(node),
  });
  return {
    title: doc.title === null ? null : c(doc.title),
    script,
    meta: doc.meta.map((m) => ({ key: c(m.key), value: c(m.value) })),
    preamble: c(doc.preamble),
    nodes: doc.nodes.map(node),
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
  return lines;
}

/** A node and its descendants as paragraphs (heading line, then body), separated by blank lines. */
export function nodeParagraphs(n: Node, script: Script): string[] {
  const out: string[] = [convert(n.marker + n.title, script)];
  if (n.body) out.push(convert(n.body, script));
  for (const child of n.children) out.push(...nodeParagraphs(child, script));
  return out;
}

/** The whole document as paragraphs: title, metadata, preamble, then every node. */
export function documentParagraphs(doc: Document, script: Script): string[] {
  const out: string[] = [];
  if (doc.title) out.push(convert(doc.title, script));
  if (doc.meta.length) out.push(doc.meta.map((m) => convert(`${m.key}：${m.value}`, script)).join('\n'));
  if (doc.preamble) out.push(convert(doc.preamble, script));
  for (const n of doc.nodes) out.push(...nodeParagraphs(n, script));
  return out;
}
