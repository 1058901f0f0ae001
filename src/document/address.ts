// Addresses in a Document: a flat index in reading order, ids ("1.2.3"), "go to" input, and positions
// in words (第一部分 第二节 第三点), which are what a listener hears instead of a moved highlight.
import { hanToInt, intToHan, KIND_WORD, MARKER_STYLES, matchMarker } from './markers.js';
import type { Document, Node, Range } from './parse.js';
import { type Sentence, SentenceCursor, splitSentences } from './sentences.js';

/**
 * The document's head as an item of its own: the title, the metadata and the preamble, before the
 * first numbered node. It is always item 0 of the index (HEAD); `hasHead` says whether it has anything
 * to show or read.
 */
export interface HeadItem {
  kind: 'head';
  index: typeof HEAD;
  /** From the title (or the body's start) to the end of the preamble. */
  range: Range;
}

/** A sentence of an item: where the reader is, a search hit, the sentence being read. */
export interface Place {
  item: number;
  sentence: number;
}

/** A numbered node as an item. */
export interface Entry {
  kind: 'node';
  node: Node;
  parent: Entry | null;
  /** Index in reading order (DocIndex.items; the head is 0, so nodes count from 1). */
  index: number;
  /** The parent's children (or the top nodes), to count and step through siblings. */
  siblings: Node[];
  /** Position among siblings, 0-based. */
  position: number;
}

export type Item = HeadItem | Entry;

/** The head's item number: it comes first in reading order. */
export const HEAD = 0;

export class DocIndex {
  /** Every item in reading order: the head, then each node (depth first). */
  readonly items: Item[];
  /** The nodes' items alone, in reading order (entries[k] is items[k + 1]). */
  readonly entries: Entry[] = [];
  readonly byId = new Map<string, Entry>();
  /** The head has a title or a preamble; a document with no nodes always shows its head. */
  readonly hasHead: boolean;
  private readonly byNode = new Map<Node, Entry>();
  /** The last few items' sentences: the passage, speech and search ask for the same item again and again. */
  private readonly sentenceCache = new Map<number, readonly Sentence[]>();

  constructor(readonly doc: Document) {
    const start = doc.titleRange?.start ?? doc.preambleRange.start;
    const head: HeadItem = { kind: 'head', index: HEAD, range: { start: Math.min(start, doc.preambleRange.start), end: doc.preambleRange.end } };
    this.items = [head];
    const walk = (nodes: Node[], parent: Entry | null) => {
      nodes.forEach((node, position) => {
        const entry: Entry = { kind: 'node', node, parent, index: this.items.length, siblings: nodes, position };
        this.items.push(entry);
        this.entries.push(entry);
        this.byId.set(node.id, entry);
        this.byNode.set(node, entry);
        walk(node.children, entry);
      });
    };
    walk(doc.nodes, null);
    this.hasHead = doc.title !== null || doc.preamble !== '' || this.entries.length === 0;
  }

  /** The node entry of an item, or null for the head. */
  entry(item: number): Entry | null {
    const it = this.items[item];
    return it && it.kind === 'node' ? it : null;
  }

  entryOf(node: Node): Entry {
    return this.byNode.get(node)!;
  }

  /** The first item a reader lands on: the head when it has something, else the first node. */
  get firstItem(): number {
    return this.hasHead ? HEAD : 1;
  }

  /**
   * An item's sentences: a node's heading then its body; the head's title then its preamble. The last
   * item in reading order also carries the document's closing, after the word 落款 (see closingSentences).
   */
  sentences(item: number): readonly Sentence[] {
    let found = this.sentenceCache.get(item);
    if (found) return found;
    const e = this.entry(item);
    found = e ? nodeSentences(this.doc, e.node) : headSentences(this.doc);
    if (this.carriesClosing(item)) found = found.concat(closingSentences(this.doc));
    if (this.sentenceCache.size >= 4) this.sentenceCache.delete(this.sentenceCache.keys().next().value!);
    this.sentenceCache.set(item, found);
    return found;
  }

  /** An item's sentences one at a time, as sentences(item) has them: the passage reads only as far as it shows. */
  *sentencesLazily(item: number): Generator<Sentence> {
    const known = this.sentenceCache.get(item);
    if (known) return yield* known;
    const e = this.entry(item);
    const doc = this.doc;
    if (e) yield nodeHeading(doc, e.node);
    else if (doc.title && doc.titleRange) yield { text: doc.title, ...doc.titleRange };
    const range = e ? e.node.bodyRange : doc.preambleRange;
    const cursor = new SentenceCursor(doc.masked, range.start, range.end);
    for (let s = cursor.next(); s; s = cursor.next()) yield s;
    if (this.carriesClosing(item)) yield* closingSentences(doc);
  }

  /** The last item in reading order shows and reads the closing after its own text. */
  private carriesClosing(item: number): boolean {
    return item === this.items.length - 1 && this.doc.closing !== null;
  }

  /** The entry and all its ancestors, outermost first. */
  path(entry: Entry): Entry[] {
    const out: Entry[] = [];
    for (let e: Entry | null = entry; e; e = e.parent) out.unshift(e);
    return out;
  }

  /** The last entry inside `entry`'s subtree (itself when it has no children). */
  lastDescendant(entry: Entry): Entry {
    let e = entry;
    while (e.node.children.length > 0) e = this.entryOf(e.node.children[e.node.children.length - 1]!);
    return e;
  }
}

/** The word for one level: 部分, 节, 点 … (第…章 markers bring their own word). */
export function levelWord(node: Node): string {
  return node.word ?? KIND_WORD[node.kind];
}

/** 第一部分 第二节 第三点 — the path of an entry in words, joined by `sep`. */
export function pathWords(index: DocIndex, entry: Entry, sep = ' '): string {
  return index
    .path(entry)
    .map((e) => `第${intToHan(e.position + 1)}${levelWord(e.node)}`)
    .join(sep);
}

/** 共三点 — how many siblings the entry has, in words. */
export function countWords(entry: Entry): string {
  // A count of two before a measure word is 两: 共两点, 共两节 (第二点 stays 第二).
  const n = entry.siblings.length;
  return `共${n === 2 ? '两' : intToHan(n)}${levelWord(entry.node)}`;
}

/**
 * Resolve "go to" input relative to `from`: an id "2.3", the same in Han numerals "二.三", or a marker
 * such as "三是" / "(二)" / "二、" looked up among `from`'s siblings first, then its ancestors' siblings.
 */
export function resolveGoto(index: DocIndex, input: string, from: Entry | null): Entry | null {
  const raw = input.trim();
  if (/^[0-9零〇一二两三四五六七八九十百]+([.．。][0-9零〇一二两三四五六七八九十百]+)*$/.test(raw)) {
    const id = raw
      .split(/[.．。]/)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : hanToInt(p)))
      .join('.');
    return index.byId.get(id) ?? null;
  }
  const m = matchMarker(raw, 0);
  if (!m) return null;
  for (let scope: Entry | null = from; scope; scope = scope.parent) {
    // Look among this level's siblings, then among the children of this entry (a 三是 asked from a section).
    for (const list of [scope.siblings, scope.node.children]) {
      const hit = list.find((n) => n.kind === m.kind && n.ordinal === m.ordinal);
      if (hit) return index.entryOf(hit);
    }
  }
  const top = index.doc.nodes.find((n) => n.kind === m.kind && n.ordinal === m.ordinal);
  return top ? index.entryOf(top) : null;
}

/** A node's sentences: its heading (marker and title) first, then its body's sentences. */
export function nodeSentences(doc: Document, node: Node): Sentence[] {
  return [nodeHeading(doc, node), ...splitSentences(doc.masked, node.bodyRange.start, node.bodyRange.end)];
}

function nodeHeading(doc: Document, node: Node): Sentence {
  let end = node.titleRange.end;
  while (end > node.markerRange.end && /\s/.test(doc.masked[end - 1]!)) end--;
  return { text: doc.masked.slice(node.markerRange.start, end), start: node.markerRange.start, end };
}

/** The word that announces the closing, shown and read before it. */
export const CLOSING_WORD = '落款';

/**
 * The closing as sentences: first 落款 (an announcement that stands at the closing's start and covers no
 * text, so no search hit or highlight falls on it), then each line of the closing.
 */
export function closingSentences(doc: Document): Sentence[] {
  if (!doc.closing) return [];
  const { start, end } = doc.closing.range;
  return [{ text: CLOSING_WORD, start, end: start }, ...splitSentences(doc.masked, start, end)];
}

/** The document head's sentences: the title, then the preamble (metadata is shown, not read). */
function headSentences(doc: Document): Sentence[] {
  const title: Sentence[] = doc.title && doc.titleRange ? [{ text: doc.title, ...doc.titleRange }] : [];
  return title.concat(splitSentences(doc.masked, doc.preambleRange.start, doc.preambleRange.end));
}

/** Parts are the top level; points are the 一是 / 1. / (1) items below it; sections are the rest. */
export type Category = 'part' | 'section' | 'point';
export function categoryOf(node: Node): Category {
  if (node.level === 1) return 'part';
  return MARKER_STYLES[node.kind].point ? 'point' : 'section';
}

/** A heading as said: its marker in words when its kind has a way (括号一，聚焦…), else as written. */
export function saidHeading(node: Node, text: string): string {
  const said = MARKER_STYLES[node.kind].said;
  if (!said || !text.startsWith(node.marker)) return text;
  return `${said(node.ordinal)}，${text.slice(node.marker.length).trimStart()}`;
}
