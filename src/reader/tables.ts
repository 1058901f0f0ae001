// Moving through a table: by row (J K) and by column (L H), each landing said in words as a screen
// reader says it: a row move says the row (or, past the first column, the row's first cell and the
// cell in the same column with its header), a column move says the cell with its column's header.
// Outside a table, a row move goes to the next (or previous) table and says its caption and size first.
import { HEAD, type Place } from '../document/address.js';
import { type Table, tableAt, tableGrid } from '../document/table.js';
import { cellSaid, leadSaid, rowSaid, tableAnnouncement } from '../document/table-views.js';
import { convert } from '../script/index.js';
import { message, say } from './log.js';
import type { ReaderState } from './model.js';
import { withAncestors } from './outline.js';
import { startSpeaking } from './speech-intent.js';

/** The table and row the reader's sentence is in, or null. */
export function tableHere(state: Pick<ReaderState, 'index' | 'opened' | 'sentence'>): { table: Table; row: number } | null {
  const tables = state.index.doc.tables;
  if (tables.length === 0) return null;
  const s = state.index.sentences(state.opened)[state.sentence];
  return s && s.end > s.start ? tableAt(tables, s.start) : null;
}

/** Where a table's row is read from: the item and its sentence that start in the row. */
function placeOfRow(state: ReaderState, table: Table, row: number): Place | null {
  const { index } = state;
  const range = table.rows[row]!.range;
  const at = table.rows[row]!.cells[0]?.range.start ?? range.start;
  const doc = index.doc;
  let item = HEAD;
  if (!(at >= doc.preambleRange.start && at <= doc.preambleRange.end)) {
    const e = index.entries.find((x) => at >= x.node.bodyRange.start && at <= x.node.bodyRange.end);
    if (!e) return null;
    item = e.index;
  }
  const sentence = index.sentences(item).findIndex((s) => s.start >= range.start && s.start <= range.end && s.end > s.start);
  return sentence >= 0 ? { item, sentence } : null;
}

/** The row's words for a row move: the whole row, or in a column past the first, its first cell and that cell. */
function rowWords(table: Table, row: number, column: number): string {
  if (column === 0 || row < table.headerRows) return rowSaid(table, row);
  const first = leadSaid(table, row);
  const cell = cellSaid(table, row, column);
  return first ? `${first}，${cell}` : cell;
}

/** Go to a place in a table and say `text` there; while reading, the reading goes on from it. */
function land(state: ReaderState, to: Place, text: string, column: number): ReaderState {
  const said = convert(text, state.script);
  if (state.speech.status === 'playing')
    return say({ ...startSpeaking(state, to.item, to.sentence, state.speech.scope), tableColumn: column }, 'progress', said);
  const s: ReaderState = {
    ...state,
    opened: to.item,
    cursor: to.item,
    sentence: to.sentence,
    expanded: withAncestors(state, to.item),
    pointed: true,
    tableColumn: column,
    scroll: to.item === state.opened ? state.scroll : 0,
  };
  return message(s, said);
}

/** J / K: the next or previous row; outside a table, the first data row of the next table (or last of the previous). */
export function tableRowStep(state: ReaderState, step: 1 | -1): ReaderState {
  const here = tableHere(state);
  const { tables } = state.index.doc;
  if (here) {
    const row = here.row + step;
    if (row < 0) return message(state, '已是表格第一行');
    if (row >= here.table.rows.length) return message(state, '已是表格最后一行');
    const to = placeOfRow(state, here.table, row);
    return to ? land(state, to, rowWords(here.table, row, state.tableColumn), state.tableColumn) : message(state, '这一行读不到');
  }
  if (tables.length === 0) return message(state, '这篇文档没有表格');
  const s = state.index.sentences(state.opened)[state.sentence];
  const at = s?.start ?? state.index.doc.bodyStart;
  let table: Table | undefined;
  if (step === 1) table = tables.find((t) => t.range.start >= at);
  else for (const t of tables) if (t.range.end <= at) table = t;
  if (!table) return message(state, step === 1 ? '后面没有表格了' : '前面没有表格了');
  const row = step === 1 ? Math.min(table.headerRows, table.rows.length - 1) : table.rows.length - 1;
  const to = placeOfRow(state, table, row);
  if (!to) return message(state, '这个表格读不到');
  return land(state, to, `${tableAnnouncement(table, true)}。${rowSaid(table, row)}`, 0);
}

/** L / H: the next or previous column in the row; the cell said with its column's header. */
export function tableColumnStep(state: ReaderState, step: 1 | -1): ReaderState {
  const here = tableHere(state);
  if (!here) return message(state, '不在表格中：按 J 到下一个表格');
  const line = tableGrid(here.table)[here.row] ?? [];
  let column = Math.min(state.tableColumn, here.table.columns - 1);
  const from = line[column];
  // Past the slots the same merged cell covers.
  do column += step;
  while (column >= 0 && column < here.table.columns && from && line[column] === from);
  if (column < 0) return message(state, '已是第一列');
  if (column >= here.table.columns) return message(state, '已是最后一列');
  const said = convert(cellSaid(here.table, here.row, column), state.script);
  return message({ ...state, tableColumn: column, pointed: true }, said);
}
