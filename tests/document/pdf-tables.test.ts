// PDF tables whose cells wrap: a long item name over two lines, a header over two lines, a row set in
// the middle of its height. The content is real (广州 1-16 地区生产总值使用表, 青海 4-13 支出法生产总值,
// see tests/fixtures/tables/README.md); the pages are made here. A cell is joined, never made up.
import { describe, expect, it } from 'vitest';
import { joinPages, toLines } from '../../src/document/formats/pdf.js';
import { loadAndParse } from '../../src/document/open.js';
import { columnHeaders, rowSaid, tableAnnouncement } from '../../src/document/table-views.js';
import { makePdf, type PdfLine } from '../fixtures/gen/pdf.js';
import { layoutTable } from '../fixtures/gen/pdf-tables.js';

/** 广州 1-16: items as printed; the growth column's Chinese heading is ours (the page prints it in English). */
const GUANGZHOU = [
  ['项目', '2019', '2020', '增长(%)'],
  ['支出法地区生产总值', '238446940', '250687492', '2.7'],
  ['最终消费支出', '115973603', '118272732', '0.4'],
  ['居民消费支出', '84748086', '84380579', '-0.7'],
  ['固定资本形成总额', '81906736', '88261153', '5.1'],
  ['存货增加', '5853755', '5942966', '1.4'],
  ['货物和服务净流出', '34712846', '38210640', '3.6'],
];
/** 青海 4-13, 2015-2019 (the year column's heading 年份 is ours: the page has Year). */
const QINGHAI = [
  ['年份', '支出法生产总值', '最终消费支出', '固定资本形成总额', '库存增加', '货物和服务净出口', '资本形成率(%)', '最终消费率(%)'],
  ['2015', '2011.02', '1385.98', '1838.93', '70.48', '-1284.37', '94.95', '68.92'],
  ['2016', '2258.19', '1676.44', '2063.18', '13.56', '-1494.99', '91.96', '74.24'],
  ['2017', '2465.11', '1815.42', '2198.23', '-21.33', '-1527.21', '88.31', '73.64'],
  ['2018', '2748.00', '2005.37', '2339.51', '2.26', '-1599.14', '85.22', '72.98'],
  ['2019', '2965.95', '2139.74', '2430.29', '5.71', '-1609.79', '82.13', '72.14'],
];

function guangzhouPage(align: 'top' | 'middle'): PdfLine[] {
  const heading: PdfLine[] = [
    { text: '广州市地区生产总值使用情况', x: 200, y: 790, size: 16 },
    { text: '一、支出法地区生产总值', x: 72, y: 750, size: 12 },
    { text: '1-16 地区生产总值使用表', x: 72, y: 725, size: 12 },
    { text: '单位:万元', x: 460, y: 707, size: 10 },
  ];
  // The first column six characters wide: 支出法地区生产总值 goes on over two lines, as 增长 / (%) does.
  const table = layoutTable(GUANGZHOU, 690, {
    columns: [
      { x: 72, width: 60 },
      { x: 170, width: 70 },
      { x: 280, width: 70 },
      { x: 390, width: 24 },
    ],
    align,
  });
  return [...heading, ...table.lines, { text: '注：总量按当年价格计算，增长速度按可比价格计算。', x: 72, y: table.bottom - 20, size: 12 }];
}

describe('a PDF table whose cells wrap (广州 1-16, made here)', () => {
  it('an item name over two lines is one cell, and a header over two lines one header; the unit line applies', async () => {
    const { loaded, doc } = await loadAndParse(makePdf([{ lines: guangzhouPage('top') }]), 'gz.pdf');
    expect(loaded.text).toContain('| 支出法地区生产总值 | 238446940 | 250687492 | 2.7 |');
    expect(loaded.text).toContain('| 货物和服务净流出 | 34712846 | 38210640 | 3.6 |');
    const t = doc.tables[0]!;
    expect([t.rows.length, t.columns, t.headerRows]).toEqual([7, 4, 1]);
    expect(columnHeaders(t).map((h) => `${h.label}/${h.unit}`)).toEqual(['项目/', '2019年/万元', '2020年/万元', '增长/%']);
    expect(rowSaid(t, 1)).toBe('支出法地区生产总值：2019年 238446940万元，2020年 250687492万元，增长 2.7%');
    // No cell made up: every row has the page's four cells, and the note after it is text.
    expect(t.rows.map((r) => r.cells.length)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(doc.preamble + doc.nodes.map((n) => n.body).join('')).toContain('注：总量按当年价格计算');
  });

  it('a row set in the middle of its height (its numbers between the two lines of its name) is one row', async () => {
    const { doc } = await loadAndParse(makePdf([{ lines: guangzhouPage('middle') }]), 'gz.pdf');
    const t = doc.tables[0]!;
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual(GUANGZHOU);
  });
});

describe('a PDF yearbook table (青海 4-13): headers over two lines, the caption and 单位 line above it', () => {
  it('each year said with every value and its unit: 亿元 from the unit line, % from the rate headers', async () => {
    const top: PdfLine[] = [
      { text: '青海统计年鉴2020', x: 230, y: 790, size: 16 },
      { text: '四、国民经济核算', x: 72, y: 770, size: 12 },
      { text: '按当年价格计算。', x: 72, y: 755, size: 12 },
      { text: '4-13 2000-2019年支出法生产总值', x: 180, y: 735, size: 12 },
      { text: '单位:亿元', x: 470, y: 722, size: 10 },
    ];
    const table = layoutTable(QINGHAI, 712, { size: 9, columns: [0, 1, 2, 3, 4, 5, 6, 7].map((c) => ({ x: 60 + c * 62, width: 45 })) });
    const { doc } = await loadAndParse(makePdf([{ lines: [...top, ...table.lines] }]), 'qh.pdf');
    const t = doc.tables[0]!;
    expect([t.rows.length, t.columns, t.headerRows, t.units]).toEqual([6, 8, 1, ['亿元']]);
    expect(t.rows[0]!.cells.map((c) => c.text)).toEqual(QINGHAI[0]);
    expect(rowSaid(t, 5)).toBe(
      '2019年：支出法生产总值 2965.95亿元，最终消费支出 2139.74亿元，固定资本形成总额 2430.29亿元，库存增加 5.71亿元，货物和服务净出口 -1609.79亿元，资本形成率 82.13%，最终消费率 72.14%',
    );
    expect(tableAnnouncement(t, true)).toBe('表格，4-13 2000-2019年支出法生产总值，6行8列');
  });

  it('the same rows run together a space apart stay text: no table, no cell made up', async () => {
    const lines: PdfLine[] = QINGHAI.map((row, r) => ({ text: row.join(' '), x: 60, y: 700 - r * 18, size: 9 }));
    const { loaded, doc } = await loadAndParse(
      makePdf([{ lines: [{ text: '4-13 2000-2019年支出法生产总值', x: 180, y: 750, size: 12 }, ...lines] }]),
      'qh.pdf',
    );
    expect(doc.tables).toEqual([]);
    expect(loaded.text).not.toContain('|');
    expect(loaded.text).toContain('2019 2965.95 2139.74 2430.29 5.71 -1609.79 82.13 72.14');
  });
});

describe('what is not joined, and no cell is made up (the text layer’s lines, laid out here)', () => {
  const item = (str: string, x: number, y: number) => ({
    str,
    x,
    y,
    width: [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? 0.5 : 1), 0) * 10,
    size: 10,
  });
  const rows = (list: [string, number, number][]) => toLines(list.map(([s, x, y]) => item(s, x, y)));

  it('a row of one piece inside the table is a row (按品种分); a note after it, or a line across two columns, is text', () => {
    const text = joinPages([
      rows([
        ['项目', 72, 700],
        ['2006', 200, 700],
        ['2007', 260, 700],
        ['合计', 72, 680],
        ['632.90', 200, 680],
        ['635.06', 260, 680],
        ['按品种分', 72, 660],
        ['稻谷', 72, 640],
        ['499.00', 200, 640],
        ['501.00', 260, 640],
        ['注：2004年之前中稻含一季晚稻。', 72, 625],
        ['这一行很长很长很长很长很长很长很长', 72, 610],
      ]),
    ]);
    expect(text).toContain('| 项目 | 2006 | 2007 |\n| 合计 | 632.90 | 635.06 |\n| 按品种分 |  |  |\n| 稻谷 | 499.00 | 501.00 |\n注：');
    expect(text).not.toMatch(/\|[^\n]*注：|\|[^\n]*这一行/);
  });

  it('a line under a short cell is not taken for its wrapped rest: a wrap is joined only when the cell above ran to its column’s edge', () => {
    const text = joinPages([
      rows([
        ['项目', 72, 700],
        ['金额', 200, 700],
        ['一般公共预算收入', 72, 685],
        ['89.6', 200, 685],
        ['税收', 72, 670],
        ['60.2', 200, 670],
        ['按季节', 72, 658],
        ['春收', 72, 645],
        ['44.5', 200, 645],
      ]),
    ]);
    expect(text).toContain('| 税收 | 60.2 |\n| 按季节 |  |\n| 春收 | 44.5 |');
  });
});
