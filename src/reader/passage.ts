// What the passage pane shows for the opened item, as paragraphs of spans: the item's own sentences
// (one of them highlighted, marked ▶ as well as by reverse video), then everything under it.

import { HEAD } from '../document/address.js';
import type { Sentence } from '../document/sentences.js';
import { type Table, tableAt } from '../document/table.js';
import { drawTableRows, roughWidth } from '../document/table-views.js';
import { metaLine, nodeParagraphs } from '../document/text-views.js';
import { convert } from '../script/index.js';
import type { ReaderState } from './model.js';

/** A run of text in the passage; `highlight` marks the sentence being read. */
export interface Span {
  text: string;
  highlight?: boolean;
}

/**
 * A paragraph of the passage before it is made into spans: a run of the opened item's sentences (the
 * first of them sentence number `from`), or plain text (the metadata, a child's heading or body).
 */
export type Block = { from: number; sentences: Sentence[]; table?: Table } | { text: string };

/** How tables are drawn: the display width of a string (the UI's), and the pane's width. */
export interface Draw {
  measure: (s: string) => number;
  width: number;
}
const PLAIN: Draw = { measure: roughWidth, width: Number.POSITIVE_INFINITY };
/** A table's lines in the passage start with this (▶ on the row being read), two cells wide. */
const ROW_MARK = '▶ ';
const NO_MARK = '  ';

type PassageSource = Pick<ReaderState, 'index' | 'opened' | 'script'>;

/**
 * The passage's paragraphs one at a time, so a view can stop at what is on screen: a node of millions
 * of characters is not split, converted or wrapped beyond the part that is shown.
 */
export function* passageBlocks(state: PassageSource, draw: Draw = PLAIN): Generator<Block> {
  const { index, opened, script } = state;
  const doc = index.doc;
  // A table's rows make a block of their own, drawn as the table (see blockSpans).
  let table: Table | null = null;
  // Headings (a node's, the head's title) and announcements stand alone; other sentences join their
  // paragraph until the source has a line break between two of them.
  const headingCount = opened === HEAD ? (doc.title ? 1 : 0) : 1;
  let k = 0;
  let from = 0;
  let run: Sentence[] = [];
  let prev: Sentence | null = null;
  for (const s of index.sentencesLazily(opened)) {
    if (k < headingCount) {
      yield { from: k++, sentences: [s] };
      if (opened === HEAD && doc.meta.length > 0) yield { text: doc.meta.map((m) => convert(metaLine(m), script)).join('\n') };
      continue;
    }
    const inTable = doc.tables.length > 0 && s.end > s.start ? (tableAt(doc.tables, s.start)?.table ?? null) : null;
    // An announcement that covers no text (落款 before the closing) stands alone, like a heading.
    if (
      prev &&
      run.length > 0 &&
      (inTable !== table || (!inTable && (s.start === s.end || prev.start === prev.end || lineBreakBetween(doc.masked, prev.end, s.start))))
    ) {
      yield table ? { from, sentences: run, table } : { from, sentences: run };
      run = [];
    }
    table = inTable;
    if (run.length === 0) from = k;
    run.push(s);
    prev = s;
    k++;
  }
  if (run.length > 0) yield table ? { from, sentences: run, table } : { from, sentences: run };
  const entry = index.entry(opened);
  const tables = { list: doc.tables, measure: draw.measure, maxWidth: draw.width };
  if (entry) for (const child of entry.node.children) for (const p of nodeParagraphs(child, script, doc.masked, undefined, tables)) yield { text: p };
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * A block as spans: sentence `highlight` (if in the block) marked ▶ and highlighted, and in it the
 * character under the review cursor (an offset in the sentence as shown) left out of the reverse video,
 * so it stands out without colour.
 */
export function blockSpans(
  state: Pick<ReaderState, 'script'>,
  block: Block,
  highlight: number | null,
  review: number | null = null,
  draw: Draw = PLAIN,
): Span[] {
  if ('text' in block) return [{ text: block.text }];
  if (block.table) return tableSpans(state, block as Required<typeof block>, highlight, draw);
  return block.sentences.flatMap((s, k): Span[] => {
    const text = convert(s.text, state.script);
    if (block.from + k !== highlight) return [{ text }];
    if (review === null || review < 0 || review >= text.length) return [{ text: `▶${text}`, highlight: true }];
    const end = review + ((text.codePointAt(review) ?? 0) > 0xffff ? 2 : 1);
    const after: Span[] = end < text.length ? [{ text: text.slice(end), highlight: true }] : [];
    return [{ text: `▶${text.slice(0, review)}`, highlight: true }, { text: text.slice(review, end) }, ...after];
  });
}

/** A table block: the table drawn in columns, the row of the highlighted sentence marked ▶ and highlighted. */
function tableSpans(
  state: Pick<ReaderState, 'script'>,
  block: { from: number; sentences: Sentence[]; table: Table },
  highlight: number | null,
  draw: Draw,
): Span[] {
  const lit = highlight !== null ? block.sentences[highlight - block.from] : undefined;
  const row = lit ? block.table.rows.findIndex((r) => lit.start >= r.range.start && lit.start <= r.range.end) : -1;
  const lines = drawTableRows(block.table, draw.measure, (t) => convert(t, state.script), draw.width - ROW_MARK.length);
  const spans: Span[] = [];
  let marked = false;
  lines.forEach((l, k) => {
    const on = row >= 0 && l.row === row;
    const text = (on && !marked ? ROW_MARK : NO_MARK) + l.text + (k < lines.length - 1 ? '\n' : '');
    if (on) marked = true;
    spans.push(on ? { text, highlight: true } : { text });
  });
  return spans;
}

/** The whole passage as paragraphs of spans (the screen-reader layout and tests; the TUI uses passage-view). */
export function passageParagraphs(state: PassageSource, highlight: number | null, review: number | null = null, draw: Draw = PLAIN): Span[][] {
  return Array.from(passageBlocks(state, draw), (b) => blockSpans(state, b, highlight, review, draw));
}

/** The sentence to highlight in the passage: the one being read or reviewed, else the current search hit. */
export function highlightedSentence(state: Pick<ReaderState, 'speech' | 'search' | 'opened' | 'sentence' | 'review' | 'pointed'>): number | null {
  if (state.speech.status === 'playing' || state.speech.status === 'paused' || state.review !== null || state.pointed) return state.sentence;
  const hit = state.search?.hits[state.search.current];
  return hit && hit.item === state.opened ? hit.sentence : null;
}
