// Tables in a PDF's text layer. A table is a run of lines whose pieces (set apart by wide gaps, see
// pdf.ts cellsOf) stand in the same columns. A cell that wraps (a long item name over two lines, a
// header 增长 / （%） over two) gives a line with pieces only under cells of the row above: it is that
// row's, joined into its cells. Nothing else is joined and no cell is made up: a line that does not fit
// the columns ends the table, and a run whose columns cannot be recovered stays text.
import { matchMarker } from '../markers.js';

/** One line of a page as laid out: its text and where it stands. */
export interface PdfTextLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** The pieces of the line set apart by a wide gap (a table's cells, perhaps), when there are two or more. */
  cells?: PdfCell[];
  /** A line of one piece: where its text stands (without the spaces a PDF may set around it). */
  piece?: PdfCell;
}

export interface PdfCell {
  text: string;
  left: number;
  right: number;
}

/** Fewest lines of cells a run needs to be taken as a table, and most columns it may have. */
const TABLE_MIN_LINES = 3;
const TABLE_MAX_COLUMNS = 16;

interface Band {
  left: number;
  right: number;
}

/** A row being made: its cells' texts by column, where its last line's pieces end, and its lines. */
interface Row {
  slots: string[];
  rights: number[];
  lines: PdfTextLine[];
  numbers: boolean;
}

/** A number as tables print it: 89.6, -3.2, 1,234, 7.4%, (full-width signs too). */
const NUMBER = /^[-+−－＋]?\d[\d,，]*(?:\.\d+)?%?$/;
/** A cell that starts a row of its own, never the rest of the one above: 一、… （二）… 其中 # 合计, or a note. */
const OWN_ROW = /^(?:其中|#|合计|总计|小计|注[：:]|资料来源|数据来源|说明[：:])/;

/**
 * The lines of a page that are a table's rows, each as a pipe row (see document/table.ts); a line that
 * continues the row above maps to null (its text is in that row).
 */
export function tableRows(lines: PdfTextLine[]): Map<PdfTextLine, string | null> {
  const out = new Map<PdfTextLine, string | null>();
  let k = 0;
  while (k < lines.length) {
    if (!lines[k]!.cells) {
      k++;
      continue;
    }
    // The run: lines of cells, and single pieces close to them that may be part of a cell (the top
    // half of a header set in the middle of its row, the rest of a wrapped name).
    let start = k;
    while (start > 0 && !lines[start - 1]!.cells && !taken(out, lines[start - 1]!) && halfLine(lines[start - 1]!, lines[start]!)) start--;
    let end = k + 1;
    while (end < lines.length && (lines[end]!.cells || close(lines[end - 1]!, lines[end]!))) end++;
    let run = lines.slice(start, end);
    // A title line over the table (its caption with 单位：万元 far to the right) is not one of its rows.
    let bands = columnBands(run);
    for (let drop = 0; !bands && drop < 2 && run.length > TABLE_MIN_LINES; drop++) {
      run = run.slice(1);
      bands = columnBands(run);
    }
    const rows = bands ? groupRows(run, bands) : null;
    if (bands && rows && rows.lines >= TABLE_MIN_LINES) {
      for (const row of rows.rows) {
        const text = `| ${row.slots.map((s) => s.replace(/\|/g, '｜')).join(' | ')} |`;
        for (const [i, line] of row.lines.entries()) out.set(line, i === 0 ? text : null);
      }
      k = end - run.length + rows.used;
    } else k = end;
  }
  return out;
}

/** Two lines close enough to be a table's (no paragraph's gap between them: a row's pitch at most). */
function close(above: PdfTextLine, line: PdfTextLine): boolean {
  const gap = above.y - line.y;
  return gap > 0 && gap <= Math.max(above.size, line.size) * 2.6;
}

/** Lines of one cell: the next line of the type, no more. */
function nextLine(above: PdfTextLine, line: PdfTextLine): boolean {
  const gap = above.y - line.y;
  return gap > 0 && gap <= Math.max(above.size, line.size) * 1.8;
}

/**
 * Less than a line apart: two parts of one row, set at different heights (a row's short cells in the
 * middle of its height, beside a cell of two lines). Lines of two rows are a whole line apart at least.
 */
function halfLine(above: PdfTextLine, line: PdfTextLine): boolean {
  const gap = above.y - line.y;
  return gap > 0 && gap < Math.max(above.size, line.size) * 0.9;
}

const taken = (out: Map<PdfTextLine, string | null>, line: PdfTextLine) => out.has(line);

/** The x bands of a run's cells (its lines of two or more pieces), or null when they do not make clean columns. */
function columnBands(run: PdfTextLine[]): Band[] | null {
  const celled = run.filter((l) => l.cells);
  if (celled.length < TABLE_MIN_LINES) return null;
  const spans = celled.flatMap((l) => l.cells!).sort((a, b) => a.left - b.left);
  const bands: Band[] = [];
  for (const c of spans) {
    const last = bands[bands.length - 1];
    if (last && c.left <= last.right) last.right = Math.max(last.right, c.right);
    else bands.push({ left: c.left, right: c.right });
  }
  if (bands.length < 2 || bands.length > TABLE_MAX_COLUMNS) return null;
  for (const line of celled) if (!slotsOf(line.cells!, bands)) return null;
  return bands;
}

/**
 * Each piece's band: the one band it overlaps (a header set a little wider than the numbers under it
 * still stands in their column), or null when a piece overlaps two bands or none, or two pieces fall
 * in one.
 */
function slotsOf(pieces: PdfCell[], bands: Band[]): number[] | null {
  const used: number[] = [];
  for (const c of pieces) {
    let b = -1;
    for (let k = 0; k < bands.length; k++) {
      if (c.left >= bands[k]!.right + 0.5 || c.right <= bands[k]!.left - 0.5) continue;
      if (b >= 0) return null;
      b = k;
    }
    if (b < 0 || used.includes(b)) return null;
    used.push(b);
  }
  return used;
}

/**
 * The run's lines in rows. Returns the rows, how many lines of cells they hold and how many lines of the
 * run they used (up to the first line that fits no column: the table ends there).
 */
function groupRows(run: PdfTextLine[], bands: Band[]): { rows: Row[]; lines: number; used: number } {
  const rows: Row[] = [];
  let celled = 0;
  let used = 0;
  let numbersSeen = false;
  let lastCelled = run.length - 1;
  while (lastCelled >= 0 && !run[lastCelled]!.cells) lastCelled--;
  for (const [i, line] of run.entries()) {
    const pieces: PdfCell[] = line.cells ?? [line.piece ?? { text: line.text.trim(), left: line.left, right: line.right }];
    const slots = slotsOf(pieces, bands);
    if (!slots) break;
    const numbers = pieces.some((p) => NUMBER.test(p.text.replace(/\s/g, '')));
    const row = rows[rows.length - 1];
    const size = line.size;
    const prev = row?.lines[row.lines.length - 1];
    const ownRow = slots.includes(0) && (OWN_ROW.test(pieces[slots.indexOf(0)]!.text) || isMarker(pieces[slots.indexOf(0)]!.text));
    // Part of the row above: set less than a line below it (a row set in the middle of its height), or
    // a wrapped cell going on under itself: every piece under a cell of the row, no number, and in the
    // table's body (past its first number) only when the cell above ran to its column's right edge.
    const sameRow = row !== undefined && prev !== undefined && halfLine(prev, line) && !ownRow;
    const continues =
      row !== undefined &&
      prev !== undefined &&
      nextLine(prev, line) &&
      !numbers &&
      !ownRow &&
      slots.every((b) => row.slots[b] !== '' && (!numbersSeen || row.rights[b]! >= bands[b]!.right - size * 1.5));
    if (sameRow || continues) {
      pieces.forEach((p, j) => {
        const b = slots[j]!;
        row.slots[b] = joinText(row.slots[b]!, p.text);
        row.rights[b] = p.right;
      });
      row.lines.push(line);
      row.numbers ||= numbers;
    } else {
      // A line of one piece is a row of its own (其中：, 按品种分) only inside the table, never after it.
      if (!line.cells && i > lastCelled) break;
      const fresh: Row = { slots: bands.map(() => ''), rights: bands.map(() => 0), lines: [line], numbers };
      pieces.forEach((p, j) => {
        fresh.slots[slots[j]!] = p.text;
        fresh.rights[slots[j]!] = p.right;
      });
      rows.push(fresh);
    }
    // A header of years (项目 | 2019 | 2020) is not the table's body yet.
    numbersSeen ||= pieces.some((p) => NUMBER.test(p.text.replace(/\s/g, '')) && !/^(?:19|20)\d\d$/.test(p.text.trim()));
    if (line.cells) celled++;
    used++;
  }
  return { rows, lines: celled, used };
}

/** A cell's two lines as one: no space between CJK, one between Latin words. */
function joinText(a: string, b: string): string {
  return /[\x21-\x7e]$/.test(a) && /^[\x21-\x7e]/.test(b) && !/^[)）%]/.test(b) ? `${a} ${b}` : a + b;
}

function isMarker(text: string): boolean {
  return (matchMarker(text, 0)?.ordinal ?? 99) <= 30;
}
