// text → Document. Pure: no I/O. The Document is made once per file and never mutated.
//
// Two passes over the text, both keeping offsets into the original:
//  1. the header: page residue (breadcrumb rows, table pipes) is masked with spaces, so every offset
//     still points into the source; metadata and the title are taken out of the header rows.
//  2. the body: a single scan that accepts a marker only at a sentence start and only when it continues
//     a run under its parent (see accept()).
import { BEFORE_MARKER, CLOSERS, SPACES, TITLE_END } from './punctuation.js';
import { KIND_RANK, matchMarker, type MarkerKind } from './markers.js';
import { findClose } from './sentences.js';

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

export interface Document {
  title: string | null;
  /** Where the title stands in the text (its row is blanked in `masked`, as page residue). */
  titleRange: Range | null;
  meta: MetaEntry[];
  preamble: string;
  preambleRange: Range;
  nodes: Node[];
  /** Where the body starts (after the header rows). */
  bodyStart: number;
  /**
   * The decoded text (newlines normalised) with page residue (table pipes, breadcrumbs, header rows)
   * blanked out, same length: every Range points into it. The text as loaded is not kept: a 10 MiB
   * report would otherwise be held twice.
   */
  masked: string;
}

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
  const masked = header.masked;
  const doc: Document = {
    title: header.title === null ? null : detach(header.title),
    titleRange: header.titleRange,
    meta: header.meta.map((m) => ({ key: detach(m.key), value: detach(m.value) })),
    preamble: '',
    preambleRange: { start: header.bodyStart, end: header.bodyStart },
    nodes: [],
    bodyStart: header.bodyStart,
    masked,
  };
  scanBody(doc);
  return doc;
}

/** A copy of a short string that does not keep the (huge) string it was sliced from alive. */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

// ---------------------------------------------------------------------------------------------------
// Header: breadcrumb and metadata rows, the title row, `key: value` lines.

interface Header {
  masked: string;
  title: string | null;
  titleRange: Range | null;
  meta: MetaEntry[];
  bodyStart: number;
}

interface Line {
  start: number;
  end: number; // exclusive, before the "\n"
  text: string;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? source.length : nl;
    lines.push({ start, end, text: source.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const KEY_CELL = /^([^\s:：|]{1,12})\s*[:：]$/;
const KEY_LINE = /^\s*([^\s:：|]{1,12})\s*[:：]\s*(\S.{0,120}?)\s*$/;

function isTableRow(text: string): boolean {
  const t = text.trim();
  return t.startsWith('|') || t.endsWith('|');
}

function isKeyCell(cell: string): RegExpExecArray | null {
  return KEY_CELL.exec(cell.trim());
}

function readHeader(source: string): Header {
  // Lines are blanked whole or have their pipes blanked; the masked text is rebuilt from slices once,
  // so a 10 MiB report is not split into ten million one-character strings.
  const edits: { start: number; end: number; text: string }[] = [];
  const blank = (from: number, to: number) => edits.push({ start: from, end: to, text: ' '.repeat(to - from) });
  const blankPipes = (from: number, to: number) => {
    const line = source.slice(from, to);
    if (line.includes('|')) edits.push({ start: from, end: to, text: line.replace(/\|/g, ' ') });
  };
  const lines = splitLines(source);
  const meta: MetaEntry[] = [];
  let title: string | null = null;
  let titleRange: Range | null = null;
  let bodyStart = source.length;
  let inHeader = true;

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const trimmed = line.text.trim();
    if (inHeader && trimmed === '') continue;
    if (isTableRow(line.text)) {
      const cells = line.text.split('|').map((c) => c.trim());
      const filled = cells.filter((c) => c !== '');
      if (filled.length === 0) {
        blank(line.start, line.end);
        continue;
      }
      if (inHeader && filled.some((c) => c.startsWith('>>') || c.includes(' >> ') || c.includes('»'))) {
        blank(line.start, line.end); // breadcrumb: page navigation, not the report
        continue;
      }
      if (inHeader && filled.some((c) => isKeyCell(c))) {
        for (let c = 0; c < filled.length; c++) {
          const key = isKeyCell(filled[c]!);
          if (!key) continue;
          const next = filled[c + 1];
          const value = next !== undefined && !isKeyCell(next) ? next : '';
          if (value !== '') c++;
          meta.push({ key: key[1]!, value });
        }
        blank(line.start, line.end);
        continue;
      }
      if (inHeader && title === null && filled.length === 1 && looksLikeTitle(filled[0]!)) {
        title = filled[0]!;
        const at = source.indexOf(title, line.start);
        titleRange = { start: at, end: at + title.length };
        blank(line.start, line.end);
        continue;
      }
      // A table row that carries report text: keep the text, drop the pipes.
      blankPipes(line.start, line.end);
      if (inHeader) {
        inHeader = false;
        bodyStart = line.start;
      }
      continue;
    }
    if (!inHeader) continue;
    const pairs = metaPairs(trimmed);
    if (pairs) {
      meta.push(...pairs);
      blank(line.start, line.end);
      continue;
    }
    if (title === null && looksLikeTitle(trimmed) && !matchMarker(trimmed, 0) && hasContentAfter(lines, li)) {
      title = trimmed;
      const at = source.indexOf(title, line.start);
      titleRange = { start: at, end: at + title.length };
      blank(line.start, line.end);
      continue;
    }
    inHeader = false;
    bodyStart = line.start;
  }
  let masked = '';
  let at = 0;
  for (const e of edits) {
    masked += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  masked += source.slice(at);
  return { masked, title, titleRange, meta, bodyStart };
}

/**
 * `key: value` metadata on a line: one pair, or several separated by wide gaps (发布日期：2024-01-01
 * 来源：司法局, the way report pages print them). Null when the line is text, not metadata.
 */
function metaPairs(line: string): MetaEntry[] | null {
  if (matchMarker(line, 0)) return null;
  const parts = line.split(/\u3000+|\s{2,}/).filter((p) => p !== '');
  const pairs: MetaEntry[] = [];
  for (const part of parts) {
    const kv = KEY_LINE.exec(part);
    if (kv && /\p{L}/u.test(kv[1]!) && !/[。，,；]$/.test(kv[2]!)) pairs.push({ key: kv[1]!, value: kv[2]! });
    else if (pairs.length > 0) pairs[pairs.length - 1]!.value += ` ${part}`; // 2024-01-01  15:30: one value
    else return null;
  }
  return pairs.length ? pairs : null;
}

function looksLikeTitle(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[。，,；;：:！!？?]$/.test(text);
}

function hasContentAfter(lines: Line[], li: number): boolean {
  for (let k = li + 1; k < lines.length; k++) if (lines[k]!.text.replace(/\|/g, '').trim() !== '') return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Body: markers, titles and bodies.

interface Open {
  kind: MarkerKind | null;
  ordinal: number;
  children: Node[];
}

function scanBody(doc: Document): void {
  const s = doc.masked;
  const n = s.length;
  const root: Open = { kind: null, ordinal: 0, children: doc.nodes };
  const stack: Open[] = [root];
  // The last accepted marker of each kind, so a numbering that runs on across parents is still a level.
  const lastOfKind = new Map<MarkerKind, { ordinal: number; parentKind: MarkerKind | null }>();

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
  while (i < n) {
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
        const t = readTitle(s, markerEnd);
        const node: Node = {
          id: '',
          level: 0,
          kind: m.kind,
          marker: m.text,
          ordinal: m.ordinal,
          ...(m.word ? { word: m.word } : {}),
          title: s.slice(t.start, t.textEnd).trim(),
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
function readTitle(s: string, from: number): { start: number; textEnd: number; end: number } {
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
    if (SPACE.test(c) && isTitleBreak(s, k)) return { start, textEnd: k, end: k };
  }
  return { start, textEnd: s.length, end: s.length };
}

/** A space inside a heading ends it unless it sits between two Latin words ("Rule of Law"). */
function isTitleBreak(s: string, k: number): boolean {
  let next = k;
  while (next < s.length && SPACE.test(s[next]!) && s[next] !== '\n') next++;
  const before = s[k - 1] ?? '';
  const after = s[next] ?? '';
  return !(/[A-Za-z0-9]/.test(before) && /[A-Za-z]/.test(after));
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
