// text → Document. Pure: no I/O. The Document is made once per file and never mutated.
//
// Two passes over the text, both keeping offsets into the original:
//  1. the header (header.ts): page residue is masked with spaces, and metadata and the title are taken
//     out of the rows before the body;
//  2. the body, here: a single scan that accepts a marker only at a sentence start and only when it
//     continues a run under its parent (see accept()), then the closing after the last point.

import { readHeader } from './header.js';
import { KIND_RANK, type MarkerKind, matchMarker } from './markers.js';
import type { Document, Node, Range } from './model.js';

export type { Closing, Document, MetaEntry, Node, Range, Table, TableCell, TableRow } from './model.js';

import { closingKind } from './page.js';
import { BEFORE_MARKER, CLOSERS, SPACES, TITLE_END } from './punctuation.js';
import { findClose } from './sentences.js';
import { findTables } from './table.js';

const SPACE = { test: (ch: string) => (CHAR_FLAGS[ch.charCodeAt(0)]! & F_SPACE) !== 0 };
const F_SPACE = 1;
const F_NEWLINE = 2;
const F_END = 4;
const F_CLOSER = 8;
const CHAR_FLAGS = new Uint8Array(65536);
for (const c of SPACES) CHAR_FLAGS[c.charCodeAt(0)] = F_SPACE;
CHAR_FLAGS[10] = F_SPACE | F_NEWLINE;
for (const c of BEFORE_MARKER) CHAR_FLAGS[c.charCodeAt(0)] = F_END;
for (const c of CLOSERS) CHAR_FLAGS[c.charCodeAt(0)] = F_CLOSER;
const QUOTES: Record<string, string> = { '“': '”', '「': '」', '『': '』', '《': '》', '(': ')', '（': '）' };
const MAX_TITLE_QUOTE = 120;

export function parse(source: string): Document {
  const header = readHeader(source);
  let masked = header.masked;
  // Tables before the closing: their separator rows and merge marks are blanked like their pipes.
  const tableEnd = findClosing(masked, header.bodyStart) ?? masked.length;
  const { tables, blanks } = findTables(source, masked, header.bodyStart, tableEnd);
  if (blanks.length > 0) masked = blankRanges(masked, blanks);
  const doc: Document = {
    title: header.title === null ? null : detach(header.title),
    titleRange: header.titleRange,
    meta: header.meta.map((m) => ({ key: detach(m.key), value: detach(m.value) })),
    preamble: '',
    preambleRange: { start: header.bodyStart, end: header.bodyStart },
    nodes: [],
    closing: null,
    tables,
    bodyStart: header.bodyStart,
    masked,
  };
  const closingStart = findClosing(masked, header.bodyStart);
  if (closingStart !== null) {
    const range = trimRange(masked, closingStart, masked.length);
    doc.closing = { text: detach(paragraphs(masked.slice(range.start, range.end))), range };
  }
  scanBody(doc, closingStart ?? masked.length, header.stamps);
  return doc;
}

/**
 * Where the closing starts: the run of signature lines, dates and notes at the very end of the body
 * (某市人民政府 / 2025年2月8日 / （此件公开发布）), each a line or a space-separated piece of the last line.
 * It needs a signing body or a date, and something of the report before it. Null when there is none.
 */
function findClosing(s: string, bodyStart: number): number | null {
  let end = s.length;
  while (end > bodyStart && SPACE.test(s[end - 1]!)) end--;
  let start = end;
  let signed = false;
  // Walk back one piece (a run of non-space characters) at a time; at most a handful of pieces.
  for (let pieces = 0; pieces < 8 && start > bodyStart; pieces++) {
    let a = start;
    while (a > bodyStart && !SPACE.test(s[a - 1]!)) a--;
    const piece = s.slice(a, start);
    const kind = closingKind(piece);
    if (kind === null || matchMarker(piece, 0)) break;
    if (kind !== 'note') signed = true;
    start = a;
    while (start > bodyStart && SPACE.test(s[start - 1]!)) start--;
  }
  if (!signed || start <= bodyStart || start === end) return null;
  let from = start;
  while (from < s.length && SPACE.test(s[from]!)) from++;
  // The report before the closing ends a line or a sentence: …执法监督。 某市人民政府.
  if (!s.slice(start, from).includes('\n') && !/[。！？；;!?”」）)]/.test(s[start - 1]!)) return null;
  return from;
}

/** `s` with the ranges (in order, not overlapping) made spaces, same length. */
function blankRanges(s: string, ranges: Range[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    out += s.slice(at, r.start) + ' '.repeat(r.end - r.start);
    at = r.end;
  }
  return out + s.slice(at);
}

/** A copy of a short string that does not keep the (huge) string it was sliced from alive. */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

// ---------------------------------------------------------------------------------------------------
// Body: markers, titles and bodies.

interface Open {
  kind: MarkerKind | null;
  ordinal: number;
  children: Node[];
}

function scanBody(doc: Document, n: number, stamps: ReadonlyMap<number, number>): void {
  const s = doc.masked;
  const root: Open = { kind: null, ordinal: 0, children: doc.nodes };
  const stack: Open[] = [root];
  // The last accepted marker of each kind, so a numbering that runs on across parents is still a level.
  const lastOfKind = new Map<MarkerKind, { ordinal: number; parentKind: MarkerKind | null }>();

  const autospaced = isAutospaced(s, doc.bodyStart, n);
  let owner: Node | null = null; // whose body the text belongs to; null = the preamble
  let ownerBodyStart = doc.bodyStart;
  let atStart = true;

  const closeBody = (to: number) => {
    const range = trimRange(s, ownerBodyStart, to);
    const text = paragraphs(s.slice(range.start, range.end));
    if (owner) {
      owner.bodyRange = range;
      owner.body = text;
    } else {
      doc.preambleRange = range;
      doc.preamble = text;
    }
  };

  const accept = (kind: MarkerKind, ordinal: number): Open | null => {
    for (let k = stack.length - 1; k >= 1; k--) {
      if (stack[k]!.kind !== kind) continue;
      if (ordinal !== stack[k]!.ordinal + 1) return null;
      stack.length = k; // close this node and everything inside it
      return stack[k - 1]!;
    }
    const top = stack[stack.length - 1]!;
    if (top.kind !== null && KIND_RANK[kind] <= KIND_RANK[top.kind]) return null;
    if (ordinal === 1) return top;
    const last = lastOfKind.get(kind);
    if (last && ordinal === last.ordinal + 1 && last.parentKind === top.kind) return top;
    return null;
  };

  // Per-character work is a table lookup on the char code: this loop sees every character of a
  // 10 MiB report, and only sentence starts go on to try the marker patterns.
  let i = doc.bodyStart;
  let lastWasEnd = false; // the last solid character ended a sentence (closing quotes aside)
  // A table's rows are its cells, never headings (一、税收收入 in a budget table): passed over whole.
  let table = 0;
  while (i < n) {
    if (table < doc.tables.length && i >= doc.tables[table]!.range.start) {
      const end = doc.tables[table++]!.range.end;
      if (i < end) {
        i = end;
        atStart = true;
        lastWasEnd = false;
        continue;
      }
    }
    const flags = CHAR_FLAGS[s.charCodeAt(i)]!;
    if (flags & F_SPACE) {
      if (flags & F_NEWLINE) atStart = true;
      i++;
      continue;
    }
    if (atStart) {
      const m = matchMarker(s, i);
      const parent = m ? accept(m.kind, m.ordinal) : null;
      if (m && parent) {
        closeBody(i);
        const markerEnd = i + m.text.length;
        const t = readTitle(s, markerEnd, autospaced, stamps);
        const node: Node = {
          id: '',
          level: 0,
          kind: m.kind,
          marker: m.text,
          ordinal: m.ordinal,
          ...(m.word ? { word: m.word } : {}),
          title: withoutStamps(s, t.start, t.textEnd, stamps).trim(),
          body: '',
          children: [],
          markerRange: { start: i, end: markerEnd },
          titleRange: { start: t.start, end: t.end },
          bodyRange: { start: t.end, end: t.end },
        };
        parent.children.push(node);
        lastOfKind.set(m.kind, { ordinal: m.ordinal, parentKind: parent.kind });
        stack.push({ kind: m.kind, ordinal: m.ordinal, children: node.children });
        owner = node;
        ownerBodyStart = t.end;
        i = t.end;
        atStart = true; // a heading ends where the next sentence starts
        lastWasEnd = false;
        continue;
      }
    }
    // A closing quote right after a terminator keeps us at a sentence start: 。”一是…
    if (flags & F_END) {
      atStart = true;
      lastWasEnd = true;
    } else if (flags & F_CLOSER) {
      atStart = atStart && lastWasEnd;
    } else {
      atStart = false;
      lastWasEnd = false;
    }
    i++;
  }
  closeBody(n);
  assignIds(doc.nodes, '', 1);
}

/** Where a heading's title ends: at 。！？； (taken with the title), a line end, or a space between CJK text. */
function readTitle(
  s: string,
  from: number,
  autospaced = false,
  stamps: ReadonlyMap<number, number> = new Map(),
): { start: number; textEnd: number; end: number } {
  let start = from;
  while (start < s.length && (s[start] === ' ' || s[start] === '\t' || s[start] === '\u3000')) start++;
  for (let k = start; k < s.length; k++) {
    const c = s[k]!;
    if (c === '\n') return { start, textEnd: k, end: k };
    const close = QUOTES[c];
    if (close) {
      const j = findClose(s, k + 1, Math.min(s.length, k + 1 + MAX_TITLE_QUOTE), c, close);
      if (j >= 0) k = j;
      continue;
    }
    if (TITLE_END.has(c)) {
      let end = k + 1;
      while (end < s.length && CLOSERS.has(s[end]!)) end++;
      return { start, textEnd: k, end };
    }
    if (SPACE.test(c)) {
      // A copy site's stamp blanked inside the heading (法治【本文来自某某文库】建设) does not end it.
      const stamp = stamps.get(k);
      if (stamp !== undefined) {
        k = stamp - 1;
        continue;
      }
      if (isTitleBreak(s, k, autospaced, start)) return { start, textEnd: k, end: k };
    }
  }
  return { start, textEnd: s.length, end: s.length };
}

/** The text from `start` to `end` with the blanked stamps in it left out. */
function withoutStamps(s: string, start: number, end: number, stamps: ReadonlyMap<number, number>): string {
  if (stamps.size === 0) return s.slice(start, end);
  let out = '';
  let at = start;
  for (let k = start; k < end; k++) {
    const stop = stamps.get(k);
    if (stop === undefined) continue;
    out += s.slice(at, k);
    at = k = Math.min(stop, end);
  }
  return out + s.slice(at, end);
}

/**
 * A space inside a heading ends it unless it sits between two Latin words ("Rule of Law"), or the text
 * is autospaced and the space only sets off a number, a Latin word or a quote (在 2018年起的 5年內).
 */
function isTitleBreak(s: string, k: number, autospaced: boolean, start: number): boolean {
  let next = k;
  while (next < s.length && SPACE.test(s[next]!) && s[next] !== '\n') next++;
  const before = s[k - 1] ?? '';
  const after = s[next] ?? '';
  if (autospaced) {
    // After a number or a Latin word, the space is the autospace's (2018 年, 共2 100個).
    if (/[A-Za-z0-9”"’]/.test(before)) return false;
    // Before one, it is the autospace's while the heading so far is too short to be one or ends in a
    // word that cannot end one (在 2018年, 未來 4年, 起的 5年內); after a whole heading (主要工作 2024
    // 年，…) it is where the body starts. Never before a numbering marker (1. 2、).
    const sofar = s.slice(start, k).replace(/\s/g, '');
    const unfinished = sofar.length < 4 || /[的在於于共約约近逾超達达有為为將将了第每和與与及至到]$/.test(sofar);
    if (unfinished && /^(?:[A-Za-z“"‘]|[0-9]+(?![0-9]*[.、．:：)）]))/.test(s.slice(next, next + 8))) return false;
  }
  return !(/[A-Za-z0-9]/.test(before) && /[A-Za-z]/.test(after));
}

/**
 * Whether a text puts a space between Han characters and numbers, as PDF text layers and Word's
 * autospace do (在 2018年起的 5年內): then such a space inside a heading is not where it ends. A report
 * that is not autospaced has one or two at most (a heading, then a body that starts with a year).
 */
function isAutospaced(s: string, from: number, to: number): boolean {
  const sample = s.slice(from, Math.min(to, from + 200_000));
  let count = 0;
  for (const _ of sample.matchAll(/[\u4e00-\u9fff] [0-9]+(?![0-9.、．:：)）])|[0-9] [\u4e00-\u9fff]/g)) count++;
  return count >= 10 && count * 1000 >= sample.length * 2;
}

function trimRange(s: string, start: number, end: number): Range {
  while (start < end && SPACE.test(s[start]!)) start++;
  while (end > start && SPACE.test(s[end - 1]!)) end--;
  return { start, end };
}

function paragraphs(text: string): string {
  // One line (the usual case, and the whole of a scraped page): keep the slice, which shares the
  // source's memory instead of copying a 10 MiB report's bodies once more.
  if (!text.includes('\n')) return text.trim();
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

function assignIds(nodes: Node[], prefix: string, level: number): void {
  nodes.forEach((node, k) => {
    node.id = prefix + String(k + 1);
    node.level = level;
    assignIds(node.children, node.id + '.', level + 1);
  });
}
