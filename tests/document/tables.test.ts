// Tables kept as tables: from a web page, a Word file with merged cells, a text file's pipe rows and a
// PDF whose columns stand apart; a PDF whose columns run together stays text. What each row says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinPages, toLines } from '../../src/document/formats/pdf.js';
import { loadAndParse } from '../../src/document/open.js';
import { parse } from '../../src/document/parse.js';
import { columnHeaders, rowSaid, tableAnnouncement } from '../../src/document/table-views.js';
import { makeDocx } from '../fixtures/gen/docx.js';
import { makePdf, type PdfLine } from '../fixtures/gen/pdf.js';
import { fixture } from '../helpers.js';

const open = (name: string) => loadAndParse(readFileSync(fixture(`tables/${name}`)), name);
const dataRows = (t: { headerRows: number; rows: unknown[] }) => Array.from({ length: t.rows.length - t.headerRows }, (_, k) => k + t.headerRows);

describe('a statistical table on a web page (常州 4-3 地区生产总值指数)', () => {
  it('keeps its header row (told from the data by the numbers under it: the page marks none), the layout’s spaces out of the headers', async () => {
    const { doc } = await open('changzhou-gdp-index.html');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect([t.columns, t.headerRows, t.rows.length]).toEqual([7, 1, 6]);
    expect(t.rows[0]!.cells[0]).toMatchObject({ text: '年 份', header: true });
    expect(columnHeaders(t).map((h) => h.label)).toEqual(['年份', '地区生产总值', '第一产业', '第二产业', '其中工业', '第三产业', '人均地区生产总值']);
  });

  it('each data row is its year, then each cell after its column header; the header rows are never read as data', async () => {
    const { doc } = await open('changzhou-gdp-index.html');
    const t = doc.tables[0]!;
    expect(rowSaid(t, 2)).toBe('1979年：地区生产总值 108.6，第一产业 104.4，第二产业 108.0，其中工业 106.2，第三产业 117.9，人均地区生产总值 107.8');
    expect(
      dataRows(t)
        .map((r) => rowSaid(t, r))
        .join(''),
    ).not.toContain('年 份');
    expect(tableAnnouncement(t)).toBe('表格，6行7列');
  });
});

describe('a budget table (大姚县 2024年1-4月财政预算执行情况)', () => {
  it('keeps its two header rows (<thead>) and merged cells: 项目 down both, 金额（万元） across two columns', async () => {
    const { doc } = await open('dayao-budget-2024-04.html');
    const t = doc.tables[0]!;
    expect([t.columns, t.headerRows, t.rows.length]).toEqual([5, 2, 8]);
    expect(t.rows[0]!.cells[0]).toMatchObject({ text: '项目', rowSpan: 2, header: true });
    expect(t.rows[0]!.cells[1]).toMatchObject({ text: '金额（万元）', colSpan: 2 });
  });

  it('the header units go on the numbers: 金额（万元） and 完成预算（%）; empty cells are passed over', async () => {
    const { doc } = await open('dayao-budget-2024-04.html');
    const t = doc.tables[0]!;
    expect(t.caption).toBe('2024年1-4月财政预算执行情况表');
    expect(rowSaid(t, 2)).toBe('一般公共预算收入：金额 累计完成 24627万元，金额 年初预算 60999万元，完成预算 40.4%，比上年增长 -4.2%');
    expect(rowSaid(t, 3)).toBe('其中：税收收入：金额 累计完成 8103万元，比上年增长 18.8%');
  });

  it('a table is one block of the body: the outline around it is as before', async () => {
    const { doc } = await open('dayao-budget-2024-04.html');
    expect(doc.nodes.map((n) => n.marker + n.title)).toEqual(['一、一般公共预算收支完成情况', '二、政府性基金收支完成情况']);
    expect(doc.nodes[0]!.body).toContain('一般公共预算收入   24627   60999   40.4   -4.2');
  });
});

describe('a text file with pipe rows (财建06表, a budget form)', () => {
  it('is a table whose rows 一、… 二、… are cells, not headings of the report', async () => {
    const { doc } = await open('budget-form-caijian06.txt');
    expect(doc.nodes.map((n) => n.marker + n.title)).toEqual(['一、报表说明', '二、填报要求']);
    const t = doc.tables[0]!;
    expect([t.columns, t.headerRows, t.caption]).toEqual([3, 1, '表6：主要指标表（二）']);
    expect(rowSaid(t, 2)).toBe('二、政府投资(中央及地方财政性资金投资)：行次 2');
  });

  it('a cell that holds < or ^ itself is that sign, not a merge mark and not its escape', async () => {
    const html =
      '<html><body><h1>某县统计公报</h1><p>符号说明如下。</p><table><tr><th>符号</th><th>说明</th></tr><tr><td>&lt;</td><td>小于</td></tr><tr><td>^</td><td>乘方</td></tr></table></body></html>';
    const { doc } = await loadAndParse(Buffer.from(html), 'signs.html');
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['符号', '说明'],
      ['<', '小于'],
      ['^', '乘方'],
    ]);
    expect(doc.preamble).not.toContain('\\');
  });

  it('a run of pipe rows of one column, or a single row, is not a table', () => {
    const doc = parse('某报告\n\n一、情况\n| 只有一列 |\n| 第二行 |\n说明。\n| 一行 | 两列 |\n完。\n');
    expect(doc.tables).toEqual([]);
  });
});

describe('a Word file with merged cells (made here)', () => {
  const bytes = () =>
    makeDocx([
      { text: '某县2024年预算执行情况的报告', style: 'Title' },
      { text: '一、收入情况' },
      { text: '表1 一般公共预算收入' },
      {
        headerRows: 1,
        table: [
          [{ text: '类别' }, { text: '项目' }, { text: '金额（亿元）' }, { text: '增长（%）' }],
          [{ text: '收入', merge: 'restart' }, { text: '税收收入' }, { text: '60.2' }, { text: '7.4' }],
          [{ text: '', merge: 'continue' }, { text: '非税收入' }, { text: '29.4' }, { text: '-3.2' }],
          [{ text: '合计', colSpan: 2 }, { text: '89.6' }, { text: '4.1' }],
        ],
      },
      { text: '收入完成年度预算。' },
    ]);

  it('keeps the header row (Word’s repeat-as-header), a cell merged down and one merged across', async () => {
    const { doc } = await loadAndParse(bytes(), 'budget.docx');
    const t = doc.tables[0]!;
    expect(t.headerRows).toBe(1);
    expect(t.rows[1]!.cells[0]).toMatchObject({ text: '收入', rowSpan: 2 });
    expect(t.rows[3]!.cells[0]).toMatchObject({ text: '合计', colSpan: 2 });
  });

  it('a row under a cell merged down is said with that cell first; a merged cell is said once', async () => {
    const { doc } = await loadAndParse(bytes(), 'budget.docx');
    const t = doc.tables[0]!;
    expect(dataRows(t).map((r) => rowSaid(t, r))).toEqual([
      '收入：项目 税收收入，金额 60.2亿元，增长 7.4%',
      '收入：项目 非税收入，金额 29.4亿元，增长 -3.2%',
      '合计：金额 89.6亿元，增长 4.1%',
    ]);
  });
});

/** The 常州 table's first rows, set in a PDF with each cell at its column's x (numbers right-aligned). */
const GDP_ROWS = [
  ['年份', '地区生产总值', '第一产业', '第二产业', '第三产业'],
  ['1978', '100.0', '100.0', '100.0', '100.0'],
  ['1979', '108.6', '104.4', '108.0', '117.9'],
  ['1980', '121.8', '101.7', '125.7', '135.8'],
  ['1981', '132.1', '105.0', '139.9', '138.8'],
];
function tablePage(rows: string[][], layout: 'columns' | 'run-together'): PdfLine[] {
  const lines: PdfLine[] = [
    { text: '常州市国民经济主要指标', x: 200, y: 780, size: 16 },
    { text: '一、地区生产总值指数', x: 72, y: 740, size: 12 },
  ];
  rows.forEach((row, r) => {
    const y = 710 - r * 20;
    if (layout === 'columns') for (const [c, cell] of row.entries()) lines.push({ text: cell, x: 72 + c * 96, y, size: 12 });
    // The columns as one run of text, a space apart: what a PDF made from a text export looks like.
    else lines.push({ text: row.join(' '), x: 72, y, size: 12 });
  });
  lines.push({ text: '按可比价格计算，以1978年为100。', x: 72, y: 590, size: 12 });
  return lines;
}

describe('a PDF', () => {
  it('whose text layer keeps the columns apart gives a table with its cells', async () => {
    const { loaded, doc } = await loadAndParse(makePdf([{ lines: tablePage(GDP_ROWS, 'columns') }]), 'gdp.pdf');
    expect(loaded.text).toContain('| 1979 | 108.6 | 104.4 | 108.0 | 117.9 |');
    const t = doc.tables[0]!;
    expect([t.columns, t.headerRows, t.rows.length]).toEqual([5, 1, 5]);
    expect(rowSaid(t, 2)).toBe('1979年：地区生产总值 108.6，第一产业 104.4，第二产业 108.0，第三产业 117.9');
  });

  it('whose columns run together stays text: no table, no cell made up, every number kept in order', async () => {
    const { loaded, doc } = await loadAndParse(makePdf([{ lines: tablePage(GDP_ROWS, 'run-together') }]), 'gdp.pdf');
    expect(doc.tables).toEqual([]);
    expect(loaded.text).not.toContain('|');
    expect(loaded.text).toContain('1979 108.6 104.4 108.0 117.9');
  });

  it('whose "columns" do not line up (a cell straddles two) stays text', () => {
    const row = (y: number, cells: [string, number][]) => cells.map(([str, x]) => ({ str, x, y, width: str.length * 12, size: 12 }));
    const lines = toLines([
      ...row(700, [
        ['项目', 72],
        ['金额', 200],
      ]),
      ...row(680, [
        ['收入', 72],
        ['89.6', 200],
      ]),
      ...row(660, [
        ['这一格很长很长很长很长', 72],
        ['支出', 300],
      ]),
    ]);
    expect(joinPages([lines])).not.toContain('|');
  });
});

describe('budgets: a table the text makes up is refused before any grid is made', () => {
  it('rows of 100 000 pipes stay text, their words kept', () => {
    const wide = `| ${Array.from({ length: 100_000 }, (_, k) => `格${k}`).join(' | ')} |`;
    const doc = parse(`某报告\n\n一、情况\n${wide}\n${wide}\n${wide}\n完。\n`);
    expect(doc.tables).toEqual([]);
    expect(doc.nodes[0]!.body).toContain('格99999');
  });

  it("a web page's colspan makes no slot past the widest table: 2 000 cells of colspan 1000 stay a page's size", async () => {
    const cells = '<td colspan="1000" rowspan="1000">数</td>'.repeat(2000);
    const html = `<html><body><h1>某县统计公报</h1><p>正文。</p><table><tr>${cells}</tr><tr>${cells}</tr></table></body></html>`;
    const { loaded, doc } = await loadAndParse(Buffer.from(html), 'bomb.html');
    expect(loaded.text.length).toBeLessThan(1_000_000);
    expect(doc.tables).toHaveLength(0);
    expect(loaded.text.match(/数/g)).toHaveLength(4000);
  });

  it('a web page’s colspan and rowspan cannot blow a few KB up into MB of merge marks (each asks up to 1000 slots)', async () => {
    // 2000 cells each across 1000 columns, then one across and down 1000 over 1000 short rows: some 60 KB.
    const across = '<td colspan="1000">格</td>'.repeat(2000);
    const down = `<tr><td colspan="1000" rowspan="1000">角</td></tr>${'<tr><td>行</td></tr>'.repeat(999)}`;
    const html = `<html><body><h1>某报告</h1><p>正文。</p><table><tr>${across}</tr>${down}</table><p>完。</p></body></html>`;
    const { loaded } = await loadAndParse(Buffer.from(html), 'wide.html');
    // The words are all there; the marks past the widest table langdu keeps (64 columns) are not.
    expect(loaded.text.match(/格/g)).toHaveLength(2000);
    expect(loaded.text.match(/行/g)).toHaveLength(999);
    expect(loaded.text.length).toBeLessThan(20 * html.length);
  });

  it('a long real-sized table (20 000 rows) is a table', () => {
    const rows = Array.from({ length: 20_000 }, (_, k) => `| 第${k}项 | ${k}.5 | ${k % 7} |`).join('\n');
    const doc = parse(`某报告\n\n一、情况\n| 项目 | 金额 | 增长（%） |\n${rows}\n完。\n`);
    expect(doc.tables[0]!.rows).toHaveLength(20_001);
    expect(rowSaid(doc.tables[0]!, 20_000)).toBe('第19999项：金额 19999.5，增长 0%');
  });
});
