import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/ui/text.js';
import { fixture, runLangdu } from '../helpers.js';

const run = (args: string[]) => runLangdu(args);
const table = (name: string) => fixture(`tables/${name}`);

describe('speak --dry-run reads a table by rows', () => {
  it('a budget table: entering says its size; each row its first cell, then each cell with its header and unit', async () => {
    const r = await run(['speak', '--dry-run', table('dayao-budget-2024-04.html')]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const at = lines.indexOf('表格，八行五列');
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe('二零二四年一到四月财政预算执行情况表');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '一般公共预算收入:金额 累计完成 两万四千六百二十七万元，金额 年初预算 六万零九百九十九万元，完成预算 百分之四十点四，比上年增长 负百分之四点二',
      '其中:税收收入:金额 累计完成 八千一百零三万元，比上年增长 百分之十八点八',
    ]);
    // The header rows are never read as a row of data.
    expect(r.out).not.toMatch(/项目.*金额|累计完成.*年初预算\n/);
  });

  it('a statistical table: each year said as a year, and the # of 其中', async () => {
    const r = await run(['speak', '--dry-run', table('changzhou-gdp-index.html')]);
    expect(r.out).toContain(
      '\n一九七九年:地区生产总值 一百零八点六，第一产业 一百零四点四，第二产业 一百零八点零，其中工业 一百零六点二，第三产业 一百一十七点九，人均地区生产总值 一百零七点八\n',
    );
    expect(r.out).not.toContain('号工');
  });

  it('a yearbook table that states its unit once (单位:万吨, a row of its own): every yield said in 万吨, the unit row not read as a row', async () => {
    const r = await run(['speak', '--dry-run', table('fujian-grain-2008.html')]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('表格，'));
    expect(lines[at]).toMatch(/各类粮食产量，十行四列$/);
    expect(lines[at + 1]).toBe('合计:二零零二年 七百六十三点二三万吨，二零零六年 六百三十二点九零万吨，二零零七年 六百三十五点零六万吨');
    expect(r.out).not.toMatch(/单位/);
    // show keeps the unit line where the page has it.
    const shown = await run(['show', table('fujian-grain-2008.html')]);
    expect(shown.out).toMatch(/8-17 各类粮食产量\n单位:万吨\n项 目 +2002 +2006 +2007\n─+\n合 计 +763\.23 +632\.90 +635\.06\n/);
  });

  it('a text file’s pipe table', async () => {
    const r = await run(['speak', '--dry-run', table('budget-form-caijian06.txt')]);
    expect(r.out).toContain('\n表格，八行三列\n一、全社会固定资产投资:行次 一\n');
  });
});

describe('show draws a table in columns', () => {
  it('every row on one line, each column starting (text) or ending (numbers) at the same display column', async () => {
    const r = await run(['show', table('changzhou-gdp-index.html')]);
    expect(r.code).toBe(0);
    const rows = r.out.split('\n').filter((l) => /^\s*19\d\d\s/.test(l));
    expect(rows).toHaveLength(5);
    // Where each number ends, in display cells: the same in every row.
    const ends = (l: string) => [...l.matchAll(/\S+/g)].map((m) => textWidth(l.slice(0, m.index + m[0].length)));
    for (const l of rows) expect(ends(l)).toEqual(ends(rows[0]!));
    // The header lines up with the CJK width of its words: 地区生产总值 starts where its column does.
    const header = r.out.split('\n').find((l) => l.startsWith('年 份'))!;
    const col = textWidth(header.slice(0, header.indexOf('地区生产总值')));
    expect(textWidth(rows[0]!.slice(0, rows[0]!.indexOf('100.0')))).toBeGreaterThanOrEqual(col);
  });

  it('outline --json carries the table with its header rows and spans', async () => {
    const r = await run(['outline', '--json', table('dayao-budget-2024-04.html')]);
    const json = JSON.parse(r.out) as {
      nodes: { tables?: { columns: number; headerRows: number; rows: { cells: { text: string; colSpan?: number }[] }[] }[] }[];
    };
    const t = json.nodes[0]!.tables![0]!;
    expect(t).toMatchObject({ columns: 5, headerRows: 2, caption: '2024年1-4月财政预算执行情况表' });
    expect(t.rows[0]!.cells).toContainEqual({ text: '金额（万元）', col: 1, header: true, colSpan: 2 });
    expect(t.rows[0]!.cells).toContainEqual({ text: '项目', col: 0, header: true, rowSpan: 2 });
  });
});
