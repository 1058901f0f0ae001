// A unit a table states once (单位：万元 in its caption, the line before it, a row of its own, or its
// last header row) goes on its numbers as a header's unit does, never doubled, and is never read as a row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndParse } from '../../src/document/open.js';
import { parse } from '../../src/document/parse.js';
import { rowSaid, tableAnnouncement } from '../../src/document/table-views.js';
import { fixture } from '../helpers.js';

const table = (text: string) => parse(`某县2024年预算执行情况的报告\n\n一、收入情况\n${text}\n收入完成年度预算。\n`).tables[0]!;
const rows = (t: ReturnType<typeof table>) =>
  t.rows
    .map((_, r) => r)
    .filter((r) => r >= t.headerRows)
    .map((r) => rowSaid(t, r));

describe('a unit stated once', () => {
  it('on the line before the table, under its caption: the numbers take it, the ratio columns keep their %', () => {
    const t = table(
      '表1 2024年一般公共预算收入执行情况\n单位：亿元\n| 项目 | 金额 | 增长（%） |\n| 一般公共预算收入 | 89.6 | 7.4 |\n| 税收收入 | 60.2 | 5.1 |',
    );
    expect(t.caption).toBe('表1 2024年一般公共预算收入执行情况');
    expect(t.units).toEqual(['亿元']);
    expect(rows(t)).toEqual(['一般公共预算收入：金额 89.6亿元，增长 7.4%', '税收收入：金额 60.2亿元，增长 5.1%']);
  });

  it('（单位：亿元、%） in the sentence that introduces it: 亿元 on the amounts, % on the growth and shares', () => {
    const t = table(
      '全年收支情况如下（单位：亿元、%）：\n| 项目 | 金额 | 增长 | 占比 |\n| 一般公共预算收入 | 89.6 | 7.4 | 100 |\n| 税收收入 | 60.2 | 5.1 | 67.2 |',
    );
    expect(rows(t)).toEqual(['一般公共预算收入：金额 89.6亿元，增长 7.4%，占比 100%', '税收收入：金额 60.2亿元，增长 5.1%，占比 67.2%']);
  });

  it('金额单位：万元 in the title row: the row is the caption, not data; a year column takes no unit', () => {
    const t = table('| 2024年收支表 | < | 金额单位：万元 |\n| 年份 | 预算数 | 执行数 |\n| 2023 | 100 | 120 |\n| 2024 | 90 | 80 |');
    expect([t.caption, t.headerRows]).toEqual(['2024年收支表', 2]);
    expect(rows(t)).toEqual(['2023年：预算数 100万元，执行数 120万元', '2024年：预算数 90万元，执行数 80万元']);
    expect(tableAnnouncement(t)).toBe('表格，2024年收支表，3行3列');
  });

  it('a row of units under the headers (万元 / %); a cell that has its own unit keeps it, none is doubled', () => {
    const t = table('| 项目 | 金额 | 增长 |\n| | 万元 | % |\n| 收入 | 100 | 12 |\n| 支出 | 90亿元 | 8% |');
    expect(t.headerRows).toBe(2);
    expect(rows(t)).toEqual(['收入：金额 100万元，增长 12%', '支出：金额 90亿元，增长 8%']);
  });

  it('a header that names its own unit keeps it over the stated one; 增长% is a unit too', () => {
    const t = table('单位：万元\n| 项目 | 金额（亿元） | 户数（户） | 增长% |\n| 收入 | 1.5 | 300 | 3.3 |\n| 支出 | 2.5 | 200 | 4.4 |');
    expect(rows(t)).toEqual(['收入：金额 1.5亿元，户数 300户，增长 3.3%', '支出：金额 2.5亿元，户数 200户，增长 4.4%']);
  });

  it('a table with a 单位 column gives each row its own unit: a stated one is not put over it', () => {
    const t = table('单位：亿元\n| 项目 | 单位 | 金额 | 增长（%） |\n| 一般公共预算收入 | 亿元 | 89.6 | 7.4 |\n| 粮食产量 | 万吨 | 52.1 | 1.2 |');
    expect(rows(t)).toEqual(['一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%', '粮食产量：单位 万吨，金额 52.1，增长 1.2%']);
  });

  it('编制单位：… names who made the table, not a unit; a table without a stated unit says bare numbers', () => {
    const t = table('编制单位：某县财政局\n| 项目 | 金额 |\n| 收入 | 89.6 |\n| 支出 | 70.1 |');
    expect(t.units).toBeUndefined();
    expect(rows(t)).toEqual(['收入：金额 89.6', '支出：金额 70.1']);
  });
});

describe('a real yearbook table whose unit is a row of its own (福建 8-17 各类粮食产量)', () => {
  it('the title and 单位:万吨 rows are not data (nor the page’s metadata); each yield is said in 万吨 under its year', async () => {
    const { doc } = await loadAndParse(readFileSync(fixture('tables/fujian-grain-2008.html')), 'fujian.html');
    const t = doc.tables[0]!;
    expect([t.caption, t.units, t.headerRows]).toEqual(['8-17 各类粮食产量', ['万吨'], 3]);
    expect(tableAnnouncement(t)).toBe('表格，8-17 各类粮食产量，10行4列');
    expect(rowSaid(t, 3)).toBe('合计：2002年 763.23万吨，2006年 632.90万吨，2007年 635.06万吨');
    expect(rowSaid(t, 11)).toBe('其中小麦：2002年 6.75万吨，2006年 1.60万吨，2007年 1.49万吨');
    expect(rowSaid(t, 4)).toBe('按收获季节分');
  });
});
