// How a table is said and drawn. Said (speech, the reader's answers, exports): entering it gives its
// caption and size (表格，4 行 3 列); a data row is its first cell, then each other cell after its
// column's header, with the header's unit put on a bare number (增长（%） 7.4 → 增长 7.4%, which the
// spoken form reads 百分之七点四); a header row is never read as data. Drawn (`show`, the passage):
// columns aligned by display width, which the caller measures (the UI's width helper), a long cell cut
// into its column's width on the next line with … at the cut, never wrapped across the columns.
import { type Table, type TableCell, tableGrid } from './table.js';
import { isUnitLine, statedUnitFor, statedUnits, UNIT } from './table-units.js';

const BRACKETED = /^(.*?)\s*[（(]\s*([^（）()]{1,8})\s*[)）]$/;
/** A bare number, as tables print them (1,234.5, -3.2, ＋5). */
const BARE_NUMBER = /^[-+−－＋]?\d[\d,，]*(?:\.\d+)?$/;

/**
 * A column's header: its label and unit (增长（%） → 增长, %; 增长% → 增长, %; a header of units alone,
 * 万元 under 金额, → '', 万元); label alone when no unit is named.
 */
export function headerParts(text: string): { label: string; unit: string } {
  const t = text.trim();
  if (UNIT.test(t)) return { label: '', unit: t };
  const m = BRACKETED.exec(t) ?? /^(.+?)\s*(%|‰)()$/.exec(t);
  if (m && UNIT.test(m[2]!.trim())) return { label: m[1]!.trim(), unit: m[2]!.trim() };
  return { label: t, unit: '' };
}

/** Each column's header as said: the header rows' texts in it top to bottom (a merged one once), its unit apart. */
export function columnHeaders(t: Table): { label: string; unit: string }[] {
  const known = headersOf.get(t);
  if (known) return known;
  const grid = tableGrid(t);
  const firstHeader = t.caption !== null && !t.captionBefore ? 1 : 0;
  const out: { label: string; unit: string }[] = [];
  // The units the table states once (its caption, the line before it, a 单位：… cell among its headers).
  const stated = [...(t.units ?? [])];
  for (let c = 0; c < t.columns; c++) {
    const seen: TableCell[] = [];
    for (let r = firstHeader; r < t.headerRows; r++) {
      const cell = grid[r]![c];
      if (!cell || cell.text === '' || seen.includes(cell)) continue;
      if (isUnitLine(cell.text)) {
        if (stated.length === 0) stated.push(...(statedUnits(cell.text) ?? []));
      } else seen.push(cell);
    }
    // 金额（万元） over 累计完成: the label 金额 累计完成, the unit 万元.
    const parts = seen.map((x) => headerParts(said(x.text)));
    out.push({
      // A column headed by a year (项目 | 2002 | 2006): 2002年.
      label: parts
        .map((p) => p.label)
        .filter(Boolean)
        .join(' ')
        .replace(/^((?:19|20)\d\d)$/, '$1年'),
      unit: parts.find((p) => p.unit)?.unit ?? '',
    });
  }
  // A stated unit goes on each column past the first whose header names none (never doubled).
  // A table with a 单位 column gives each row its own unit: a stated one would contradict it.
  const rowUnits = out.some((h) => /^(?:计量)?单位$/.test(h.label));
  if (!rowUnits) for (let c = 1; c < out.length; c++) if (!out[c]!.unit) out[c]!.unit = statedUnitFor(out[c]!.label, stated);
  headersOf.set(t, out);
  return out;
}
const headersOf = new WeakMap<Table, { label: string; unit: string }[]>();

/**
 * A cell's text as said: the spaces a layout put between characters gone (年 份, #工 业), and the
 * statistical # (of which) said 其中.
 */
function said(text: string): string {
  return text
    .trim()
    .replace(/(?<=[\p{Script=Han}])\s+(?=[\p{Script=Han}])/gu, '')
    .replace(/^#\s*/, '其中');
}

/** How many rows and columns the listener is told: the title row is not a row of the table. */
export function tableSize(t: Table): { rows: number; columns: number } {
  const first = t.caption !== null && !t.captionBefore ? 1 : 0;
  // Nor is a row that only states the unit (单位：万吨).
  let unitRows = 0;
  for (let r = first; r < t.headerRows; r++) {
    const filled = t.rows[r]!.cells.filter((c) => c.text !== '');
    if (filled.length > 0 && filled.every((c) => isUnitLine(c.text))) unitRows++;
  }
  return { rows: t.rows.length - first - unitRows, columns: t.columns };
}

/** What is said on entering a table: 表格，2024年收支情况，4行3列. `withCaption`: also a caption read as text before it. */
export function tableAnnouncement(t: Table, withCaption = false): string {
  const { rows, columns } = tableSize(t);
  const caption = t.caption !== null && (withCaption || !t.captionBefore) ? `，${t.caption.replace(/[：:]$/, '')}` : '';
  return `表格${caption}，${rows}行${columns}列`;
}

/** A cell's value as said: its text, with its header's unit after a bare number (a year under 年份 gets 年). */
function valueSaid(text: string, header: { label: string; unit: string }): string {
  const t = said(text);
  if (/^(?:年份|年度|年)$/.test(header.label) && /^\d{4}$/.test(t)) return `${t}年`;
  return header.unit && BARE_NUMBER.test(t) ? `${t}${header.unit}` : t;
}

/**
 * A row as said: a header row as its headers (only when asked for, by a move onto it); a data row as
 * its first cell, then each other cell after its header (一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%).
 * Empty cells are passed over; a merged cell is said once.
 */
export function rowSaid(t: Table, r: number, headers = columnHeaders(t)): string {
  const grid = tableGrid(t);
  const line = grid[r] ?? [];
  if (r < t.headerRows) {
    const seen: TableCell[] = [];
    for (const c of line) if (c && c.text !== '' && !seen.includes(c)) seen.push(c);
    return `表头：${seen.map((c) => said(c.text)).join('，')}`;
  }
  const first = line[0];
  const parts: string[] = [];
  let prev: TableCell | null | undefined = first;
  for (let c = 1; c < t.columns; c++) {
    const cell = line[c];
    if (!cell || cell === prev || cell.text === '') {
      prev = cell;
      continue;
    }
    prev = cell;
    const header = headers[c] ?? { label: '', unit: '' };
    const value = valueSaid(cell.text, header);
    parts.push(header.label && header.label !== value ? `${header.label} ${value}` : value);
  }
  const lead = leadSaid(t, r, headers);
  if (!lead) return parts.join('，');
  return parts.length ? `${lead}：${parts.join('，')}` : lead;
}

/** A row's first cell as said before the rest of the row (a year under 年份: 1979年; # 工业: 其中工业). */
export function leadSaid(t: Table, r: number, headers = columnHeaders(t)): string {
  const first = tableGrid(t)[r]?.[0];
  return first ? valueSaid(first.text, headers[0] ?? { label: '', unit: '' }) : '';
}

/** One cell as said with its column's header (金额 89.6); in a header row, the header alone. */
export function cellSaid(t: Table, r: number, c: number, headers = columnHeaders(t)): string {
  const cell = tableGrid(t)[r]?.[c];
  const text = cell?.text ?? '';
  if (r < t.headerRows) return said(text) || '空';
  const header = headers[c] ?? { label: '', unit: '' };
  if (!text) return header.label ? `${header.label}，空` : '空';
  const value = valueSaid(text, header);
  return header.label && header.label !== value ? `${header.label} ${value}` : value;
}

// ---------------------------------------------------------------------------------------------------
// Drawn.

/** Cells two spaces apart; a rule under the header rows. */
const GAP = 2;
const MIN_COLUMN = 4;

/**
 * The table as lines of text, its columns aligned by `measure` (display width), at most `maxWidth`
 * wide when given: then the widest columns narrow, and a cell longer than its column goes on in the
 * same column on the next line, its cut marked with …. `text` converts a cell (the script).
 */
export function drawTable(t: Table, measure: (s: string) => number, text: (s: string) => string = (s) => s, maxWidth = Number.POSITIVE_INFINITY): string[] {
  return drawTableRows(t, measure, text, maxWidth).map((l) => l.text);
}

/** drawTable's lines, each with the row it draws (-1 for the rule under the header). */
export function drawTableRows(
  t: Table,
  measure: (s: string) => number,
  text: (s: string) => string = (s) => s,
  maxWidth = Number.POSITIVE_INFINITY,
): { text: string; row: number }[] {
  const grid = tableGrid(t);
  const shown = t.rows.map((row) => new Map(row.cells.map((c) => [c, text(c.text)])));
  const widths = new Array<number>(t.columns).fill(1);
  t.rows.forEach((row, r) => {
    for (const cell of row.cells) if (cell.colSpan === 1) widths[cell.col] = Math.max(widths[cell.col]!, measure(shown[r]!.get(cell)!));
  });
  // A merged cell wider than the columns it covers widens the last of them.
  t.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.colSpan === 1) continue;
      const covered = spanWidth(widths, cell.col, cell.colSpan);
      const need = measure(shown[r]!.get(cell)!);
      if (need > covered && !(t.caption !== null && !t.captionBefore && r === 0)) widths[cell.col + cell.colSpan - 1]! += need - covered;
    }
  });
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (t.columns - 1);
  // Too wide: columns narrow a cell at a time, the widest first; first down to what their data needs
  // (a long header goes on a second line), then a column of words down to MIN_COLUMN. A column of
  // numbers always keeps its numbers whole.
  const floors = widths.map(() => MIN_COLUMN);
  const data = widths.map(() => MIN_COLUMN);
  t.rows.forEach((row, r) => {
    if (r < t.headerRows) return;
    for (const cell of row.cells) {
      if (cell.colSpan !== 1) continue;
      const w = measure(shown[r]!.get(cell)!);
      data[cell.col] = Math.max(data[cell.col]!, w);
      if (BARE_NUMBER.test(cell.text.replace(/%$/, ''))) floors[cell.col] = Math.max(floors[cell.col]!, w);
    }
  });
  for (const limit of [data, floors]) {
    while (total() > maxWidth) {
      let widest = -1;
      for (let c = 0; c < widths.length; c++) if (widths[c]! > limit[c]! && (widest < 0 || widths[c]! > widths[widest]!)) widest = c;
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  const lines: { text: string; row: number }[] = [];
  t.rows.forEach((row, r) => {
    // Each slot's pieces: the cell's text cut to its width (the cell is drawn in the row it starts in).
    const pieces: string[][] = [];
    for (let c = 0; c < t.columns; c++) {
      const cell = grid[r]![c];
      if (!cell || cell.col !== c || !row.cells.includes(cell)) {
        pieces.push(cell && cell.col !== c ? [] : ['']);
        continue;
      }
      const w = r === 0 && t.caption !== null && !t.captionBefore ? Number.POSITIVE_INFINITY : spanWidth(widths, c, cell.colSpan);
      pieces.push(cutToWidth(shown[r]!.get(cell)!, w, measure));
    }
    let height = 1;
    for (const p of pieces) height = Math.max(height, p.length);
    for (let k = 0; k < height; k++) {
      let out = '';
      let pad = 0;
      for (let c = 0; c < t.columns; c++) {
        const cell = grid[r]![c];
        if (cell && cell.col !== c && row.cells.includes(cell)) continue; // covered by a span from the left
        const w = cell && row.cells.includes(cell) ? spanWidth(widths, c, cell.colSpan) : widths[c]!;
        const piece = pieces[c]?.[k] ?? '';
        const right = r >= t.headerRows && BARE_NUMBER.test(piece.replace(/%$/, ''));
        const fill = Math.max(0, w - measure(piece));
        out += ' '.repeat(pad) + (right ? ' '.repeat(fill) + piece : piece);
        pad = (right ? 0 : fill) + GAP;
      }
      lines.push({ text: out.trimEnd(), row: r });
    }
    if (r === t.headerRows - 1 && r < t.rows.length - 1) lines.push({ text: '─'.repeat(Math.min(total(), maxWidth)), row: -1 });
  });
  return lines;
}

/**
 * A display width without the UI's tables, for views that draw with no terminal (the screen-reader
 * layout's tests, JSON-free text): CJK and full-width forms take two cells, the rest one. The UI and
 * `show` pass their own measure (ui/text.ts textWidth), which is the one that counts on screen.
 */
export function roughWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function spanWidth(widths: number[], col: number, span: number): number {
  let w = 0;
  for (let c = col; c < col + span && c < widths.length; c++) w += widths[c]!;
  return w + GAP * (Math.min(span, widths.length - col) - 1);
}

/** A cell's text in pieces at most `width` wide; every piece but the last ends with …. */
function cutToWidth(s: string, width: number, measure: (s: string) => number): string[] {
  if (measure(s) <= width) return [s];
  const out: string[] = [];
  let piece = '';
  let w = 0;
  for (const ch of s) {
    const cw = measure(ch);
    if (w + cw > width - 1 && piece !== '') {
      out.push(`${piece}…`);
      piece = '';
      w = 0;
    }
    piece += ch;
    w += cw;
  }
  if (piece) out.push(piece);
  return out;
}
