// Moving the cursor and opening items: the steps every mode shares. Each says where it landed.
import { type Category, categoryOf, countWords, levelWord } from '../document/address.js';
import type { Node } from '../document/parse.js';
import { tablesIn } from '../document/table.js';
import { rowSaid, tableAnnouncement } from '../document/table-views.js';
import { headParagraphs } from '../document/text-views.js';
import { convert } from '../script/index.js';
import { message, messages, say } from './log.js';
import type { ReaderState } from './model.js';
import { findEntry, withAncestors } from './outline.js';
import { announceItem, CATEGORY_WORD } from './words.js';

/**
 * Move the cursor to an item (expanding what hides it) and announce where it is. The passage follows
 * the cursor, so what is shown is what Enter (or Space) reads.
 */
export function moveTo(state: ReaderState, item: number): ReaderState {
  const s: ReaderState = {
    ...state,
    cursor: item,
    opened: item,
    sentence: 0,
    scroll: item === state.opened ? state.scroll : 0,
    expanded: withAncestors(state, item),
    pointed: false,
  };
  return foldSign(message(s, announceItem(s, item)), item);
}

/** Whether the item landed on is folded or open: the visual layout shows + or −, the other says it (answer.ts). */
function foldSign(state: ReaderState, item: number): ReaderState {
  const node = state.index.entry(item)?.node;
  if (!node || node.children.length === 0) return state;
  const n = node.children.length;
  return say(state, 'sign', state.expanded.has(node.id) ? `已展开，其下 ${n} 项` : `已折叠，其下 ${n} 项，按 → 展开`);
}

/**
 * Open an item in the passage (at a sentence); the screen-reader layout prints its own text, then one
 * line on what is under it and how to go on (a part's whole text would be hundreds of lines).
 */
export function open(state: ReaderState, item: number, sentence = 0, printText = true): ReaderState {
  let s: ReaderState = { ...state, cursor: item, opened: item, sentence, scroll: 0, expanded: withAncestors(state, item), pointed: false };
  s = message(s, announceItem(s, item));
  if (s.screenReader && printText) s = messages(s, ownLines(s, item));
  return s;
}

/** The next (or previous) part, section or point in reading order. */
export function levelJump(state: ReaderState, category: Category, step: 1 | -1): ReaderState {
  const hit = findEntry(state, state.cursor, step, (e) => categoryOf(e.node) === category);
  if (!hit) return message(state, step === 1 ? `后面没有${CATEGORY_WORD[category]}了` : `前面没有${CATEGORY_WORD[category]}了`);
  return moveTo(state, hit.index);
}

/**
 * A node's body a line per paragraph; a table in it as it is said (its size, its header row, then a
 * line per row with each cell after its header), not as the spaced-out cells of the text.
 */
function bodyLines(state: ReaderState, node: Node): string[] {
  if (!node.body) return [];
  const { masked, tables } = state.index.doc;
  const inside = tablesIn(tables, node.bodyRange);
  if (inside.length === 0) return node.body.split('\n');
  const out: string[] = [];
  const text = (a: number, b: number) => {
    for (const l of masked.slice(a, b).split('\n')) if (l.trim()) out.push(l.trim());
  };
  let from = node.bodyRange.start;
  for (const t of inside) {
    text(from, t.range.start);
    out.push(tableAnnouncement(t, true));
    // The header row once (a title row is in the announcement already), then every data row.
    const header = t.caption !== null && !t.captionBefore ? 1 : 0;
    t.rows.forEach((_, r) => {
      if (r >= t.headerRows || r === header) out.push(rowSaid(t, r));
    });
    from = Math.max(from, t.range.end);
  }
  text(from, node.bodyRange.end);
  return out;
}

/** An opened item's own text, a line per paragraph (or metadata pair), then what is under it. */
function ownLines(state: ReaderState, item: number): string[] {
  const e = state.index.entry(item);
  if (!e) return headParagraphs(state.index.doc, state.script).flatMap((p) => p.split('\n'));
  const c = (t: string) => convert(t, state.script);
  const { node } = e;
  const lines = [c(node.marker + node.title), ...bodyLines(state, node).map(c)];
  const first = node.children[0];
  if (first) {
    const word = levelWord(first);
    lines.push(
      `其下${countWords(state.index.entryOf(first)).replace(/^共/, '共有')}，第一${word}：${c(first.title || first.body.slice(0, 20))}。按 → 进入，按 a 从这里连续朗读。`,
    );
  }
  return lines;
}
