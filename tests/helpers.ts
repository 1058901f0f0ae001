import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document, Node } from '../src/document/parse.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SEED_PATH = fileURLToPath(new URL('../content/shangyu-2024-rule-of-law-report.txt', import.meta.url));
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
export const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function allNodes(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

const nonSpace = (s: string) => s.replace(/\s+/g, '');

/**
 * "Nothing lost": the body's non-space characters (residue masked out) equal, in order, the preamble,
 * then each node's marker, title (with the 。 that ends a run-in title) and body. Returns both sides.
 */
export function accountedText(doc: Document): { source: string; parts: string } {
  const source = nonSpace(doc.masked.slice(doc.bodyStart));
  const m = doc.masked;
  let parts = nonSpace(doc.preamble);
  for (const n of allNodes(doc.nodes)) {
    const terminator = nonSpace(m.slice(n.titleRange.start, n.titleRange.end)).slice(nonSpace(n.title).length);
    parts += nonSpace(n.marker) + nonSpace(n.title) + terminator + nonSpace(n.body);
  }
  return { source, parts };
}
