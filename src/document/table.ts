// Tables in the text. Every format hands the parser tables as pipe rows, one row a line (HTML and Word
// tables by formats/html.ts, PDF columns by formats/pdf.ts, a text file's own `| a | b |` rows), so the
// parser stays one parser: here a run of such rows in the body becomes a Table with its place in the
// text. The conventions the adapters write (GitHub's pipe tables, with two marks for merged cells):
//   | 项目 | 金额（亿元） |      a row; `|` inside a cell is written ｜
//   | --- | --- |              the rows above are header rows
//   | 合计 | < |                 `<`: this slot is merged with the cell on its left (colspan)
//   | ^ | 12.5 |               `^`: merged with the cell above (rowspan)
// Pure: no I/O. How a table is said and drawn is in table-views.ts.
import type { Range, Table, TableCell, TableRow } from './model.js';
import { isUnitLine, statedUnits } from './table-units.js';

export type { Table, TableCell, TableRow } from './model.js';

/** Fewest rows (header included) and columns a run of pipe rows needs to be a table. */
const MIN_ROWS = 2;
const MIN_COLUMNS = 2;
/** A header row above the data: at most this many. */
const MAX_HEADER_ROWS = 3;
/**
 * Budgets before work: a run of rows wider than this, or with more slots (rows × columns) than that,
 * stays text. A real table (a yearbook's 1000 rows × 20 columns) is well inside; a hostile line of
 * 100 000 pipes never becomes a grid.
 */
export const MAX_COLUMNS = 64;
export const MAX_SLOTS = 500_000;
/** The line before a table is its caption only when it is this short (in UTF-16 units, spaces included). */
const MAX_CAPTION = 200;

const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const SEPARATOR = /^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/;
/** A number as tables print it: 89.6, -3.2, 1,234, 7.4%, ＋5 (full-width minus and plus too). */
export const NUMBER_CELL = /^[-+−－＋]?\d[\d,，]*(?:\.\d+)?%?$/;

interface RawRow {
  start: number;
  end: number;
  /** Each slot: its text and range, or a merge mark. */
  slots: ({ text: string; start: number; end: number } | { mark: '<' | '^'; at: number })[];
  /** Where a backslash stands that kept a cell's lone < or ^ from reading as a mark (blanked, like the pipes). */
  escapes?: number[];
  separator: boolean;
}

/**
 * The tables in source[from, to): runs of pipe rows whose masked text is not blank (the header pass
 * blanks page residue such as metadata rows). Returns them in order, with the offsets of what must be
 * blanked besides the pipes (separator rows, merge marks), which the caller blanks in `masked`.
 */
export function findTables(source: string, masked: string, from: number, to: number): { tables: Table[]; blanks: Range[] } {
  const tables: Table[] = [];
  const blanks: Range[] = [];
  if (source.indexOf('|', from) < 0) return { tables, blanks };
  let run: RawRow[] = [];
  // Budgets before work: a run's rows are held only up to MAX_SLOTS slots. Past that the run is no
  // table (makeTable would refuse it), so its rows are let go and the rest of it passed over unsplit:
  // a 34 MB pipe table held 1.4 GB of rows before it was refused.
  let slots = 0;
  let over = false;
  // The last two non-blank lines that are not pipe rows: a caption, perhaps with a unit line under it.
  let prevLine: Range | null = null;
  let lineBefore: Range | null = null;
  const close = () => {
    const t = run.length > 0 && !over ? makeTable(run, masked, prevLine, lineBefore) : null;
    if (t) {
      tables.push(t.table);
      for (const b of t.blanks) blanks.push(b);
    }
    run = [];
    slots = 0;
    over = false;
  };
  let at = from;
  while (at < to) {
    let end = source.indexOf('\n', at);
    if (end < 0 || end > to) end = to;
    // Only a line that starts with | is sliced and tested: a 10 MiB report is mostly paragraphs.
    let first = at;
    while (first < end && /[ \t\r\u3000]/.test(source[first]!)) first++;
    const candidate = source[first] === '|';
    const line = candidate ? source.slice(at, end) : '';
    if (candidate && PIPE_ROW.test(line) && masked.slice(at, end).trim() !== '') {
      if (!over) {
        const row = rawRow(line, at);
        slots += Math.max(row.slots.length, 1);
        if (slots > MAX_SLOTS) {
          over = true;
          run = [];
        } else run.push(row);
      }
    } else if (first < end || run.length > 0) {
      close();
      if (first < end) {
        lineBefore = prevLine;
        prevLine = { start: at, end };
      }
    }
    at = end + 1;
  }
  close();
  return { tables, blanks };
}

function rawRow(line: string, start: number): RawRow {
  // Wider than any table may be: its cells are not split out (the run is not a table, see MAX_COLUMNS).
  let pipes = 0;
  for (let k = line.indexOf('|'); k >= 0 && pipes <= MAX_COLUMNS + 1; k = line.indexOf('|', k + 1)) pipes++;
  if (pipes > MAX_COLUMNS + 1) return { start, end: start + line.length, slots: new Array(MAX_COLUMNS + 1).fill({ mark: '<', at: start }), separator: false };
  if (SEPARATOR.test(line)) return { start, end: start + line.length, slots: [], separator: true };
  const first = line.indexOf('|');
  const last = line.lastIndexOf('|');
  const slots: RawRow['slots'] = [];
  const escapes: number[] = [];
  let a = first + 1;
  while (a <= last) {
    let b = line.indexOf('|', a);
    if (b < 0 || b > last) b = last;
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '<' || text === '^') slots.push({ mark: text, at: start + a + lead });
    else if (text === '\\<' || text === '\\^') {
      // A cell that holds < or ^ itself (the adapters write it \< and \^): the text without the backslash.
      slots.push({ text: text.slice(1), start: start + a + lead + 1, end: start + a + lead + 2 });
      escapes.push(start + a + lead);
    } else slots.push({ text, start: start + a + lead, end: start + a + lead + text.length });
    a = b + 1;
    if (b === last) break;
  }
  return { start, end: start + line.length, slots, separator: false, ...(escapes.length > 0 ? { escapes } : {}) };
}

function makeTable(raw: RawRow[], masked: string, before: Range | null, earlier: Range | null): { table: Table; blanks: Range[] } | null {
  const blanks: Range[] = [];
  let separatorAt = -1;
  const rows: RawRow[] = [];
  for (const r of raw) {
    if (r.separator) {
      blanks.push({ start: r.start, end: r.end });
      if (separatorAt < 0) separatorAt = rows.length;
    } else rows.push(r);
    for (const at of r.escapes ?? []) blanks.push({ start: at, end: at + 1 });
  }
  let columns = 0;
  for (const r of rows) columns = Math.max(columns, r.slots.length);
  if (rows.length < MIN_ROWS || columns < MIN_COLUMNS || columns > MAX_COLUMNS || rows.length * columns > MAX_SLOTS) return null;
  // The grid: each slot's origin cell (a merge mark points at the cell it is merged with).
  const grid: (TableCell | null)[][] = [];
  const out: TableRow[] = [];
  rows.forEach((r, ri) => {
    const cells: TableCell[] = [];
    const line: (TableCell | null)[] = [];
    for (let c = 0; c < columns; c++) {
      const slot = r.slots[c];
      if (slot && 'mark' in slot) {
        const left = slot.mark === '<';
        const origin = left ? (line[c - 1] ?? null) : (grid[ri - 1]?.[c] ?? null);
        blanks.push({ start: slot.at, end: slot.at + 1 });
        // A span grows only from its own edge: `<` right of it, `^` below it in its first column.
        if (origin && left && cells.includes(origin) && origin.col + origin.colSpan === c) origin.colSpan++;
        else if (origin && !left && origin.col === c) origin.rowSpan++;
        line.push(origin);
        continue;
      }
      if (!slot) {
        line.push(null);
        continue;
      }
      const cell: TableCell = { text: slot.text, range: { start: slot.start, end: slot.end }, header: false, colSpan: 1, rowSpan: 1, col: c };
      cells.push(cell);
      line.push(cell);
    }
    grid.push(line);
    out.push({ cells, header: false, range: { start: r.start, end: r.end } });
  });
  // Title rows at the top, never read as data: a title (a row of one cell across the table, or of a
  // cell in its first column and nothing else) and a row stating the unit (单位：万元), alone or after
  // the title. The units a table states once are kept for its numbers.
  let caption: string | null = null;
  let captionBefore = false;
  let units: string[] | null = null;
  let lead = 0;
  for (let k = 0; k < 2 && out.length - k > MIN_ROWS; k++) {
    const filled = out[k]!.cells.filter((c) => c.text !== '');
    const unitCells = filled.filter((c) => isUnitLine(c.text));
    const title = filled.filter((c) => !unitCells.includes(c));
    const unitRow = title.length === 0 && unitCells.length > 0;
    const titleRow =
      k === 0 &&
      title.length === 1 &&
      title[0]!.col === 0 &&
      (title[0]!.colSpan === columns || unitCells.length > 0 || (columns >= 3 && !NUMBER_CELL.test(title[0]!.text)));
    if (!unitRow && !titleRow) break;
    lead = k + 1;
    if (titleRow) caption = title[0]!.text;
    for (const c of [...unitCells, ...title]) units ??= statedUnits(c.text);
  }
  // The line before: a caption (表1 2024年…情况, …如下：), or a unit line with the caption above it.
  const lineAt = (r: Range | null) => (r && r.end - r.start <= MAX_CAPTION ? masked.slice(r.start, r.end).trim() : '');
  let line = lineAt(before);
  if (isUnitLine(line)) {
    units ??= statedUnits(line);
    line = lineAt(earlier);
  }
  if (caption === null && line.length > 0 && (/[：:]$/.test(line) || (line.length <= 40 && !/[。！？；]$/.test(line)))) {
    caption = line;
    captionBefore = true;
    units ??= statedUnits(line);
  } else if (caption === null && lead > 0) caption = out[0]!.cells.find((c) => c.text !== '')!.text; // a unit row alone: the caption row
  const headerRows = separatorAt > lead ? separatorAt : lead + guessHeaderRows(grid.slice(lead), out.length - lead);
  for (let k = 0; k < headerRows; k++) {
    out[k]!.header = true;
    for (const c of out[k]!.cells) c.header = true;
  }
  const table: Table = {
    type: 'table',
    range: { start: rows[0]!.start, end: rows[rows.length - 1]!.end },
    caption,
    captionBefore,
    rows: out,
    columns,
    headerRows,
    ...(units ? { units } : {}),
  };
  return { table, blanks };
}

/**
 * How many rows at the top are headers, when the format did not say: the rows before the first row
 * with a number in it, as long as a number stands below them in a column where they have text, at most
 * three, and never all the rows. A table of words alone has none (each row is read as it is).
 */
function guessHeaderRows(grid: (TableCell | null)[][], rows: number): number {
  const numeric = (c: TableCell | null | undefined) => c != null && NUMBER_CELL.test(c.text.replace(/\s/g, ''));
  // A row of years (项目 | 2002 | 2006 | 2007) heads the columns: it is not a row of numbers.
  const years = (row: (TableCell | null)[]) => {
    const ys = row.slice(1).flatMap((c) => (numeric(c) ? [c!.text.trim()] : []));
    return ys.length >= 2 && ys.every((y) => /^(?:19|20)\d\d$/.test(y)) && new Set(ys).size === ys.length;
  };
  let k = 0;
  while (k < Math.min(MAX_HEADER_ROWS, rows - 1) && (!grid[k]!.slice(1).some(numeric) || years(grid[k]!))) k++;
  if (k === 0 || k >= rows) return 0;
  // A number below, in a column where these rows have words.
  for (let c = 1; c < (grid[0]?.length ?? 0); c++) {
    const labelled = grid.slice(0, k).some((row) => row[c] && row[c]!.text !== '');
    if (labelled && grid.slice(k).some((row) => numeric(row[c]))) return k;
  }
  return 0;
}

/** The grid of a table: each slot's cell (a merged slot gives the cell it is merged with), null for none. */
export function tableGrid(t: Table): (TableCell | null)[][] {
  const known = grids.get(t);
  if (known) return known;
  const grid: (TableCell | null)[][] = t.rows.map(() => new Array<TableCell | null>(t.columns).fill(null));
  t.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) if (grid[r + dr]) grid[r + dr]![cell.col + dc] = cell;
    }
  });
  grids.set(t, grid);
  return grid;
}
// A Document is never changed once made, nor its tables: each grid is made once.
const grids = new WeakMap<Table, (TableCell | null)[][]>();

/** The table whose rows hold offset `at`, and that row's index; null outside every table. */
export function tableAt(tables: readonly Table[], at: number): { table: Table; row: number } | null {
  let lo = 0;
  let hi = tables.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tables[mid]!;
    if (at < t.range.start) hi = mid - 1;
    else if (at > t.range.end) lo = mid + 1;
    else {
      // Rows in order too: a reading asks for every sentence of a long table.
      let a = 0;
      let b = t.rows.length - 1;
      while (a <= b) {
        const m = (a + b) >> 1;
        const r = t.rows[m]!.range;
        if (at < r.start) b = m - 1;
        else if (at > r.end) a = m + 1;
        else return { table: t, row: m };
      }
      return null;
    }
  }
  return null;
}

/** The tables in a range (a node's body, the preamble: trimmed, so it may start inside a table's first pipe). */
export function tablesIn(tables: readonly Table[], range: Range): Table[] {
  return tables.filter((t) => t.range.start < range.end && t.range.end > range.start);
}
