import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/ui/text.js';
import { makeDocx } from '../fixtures/gen/docx.js';
import { makePdf } from '../fixtures/gen/pdf.js';
import { layoutTable } from '../fixtures/gen/pdf-tables.js';
import { runLangdu } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-tables-real-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => runLangdu(args);

function dayaoDocx(): string {
  const file = join(dir, 'dayao.docx');
  const head = (text: string, merge?: 'restart' | 'continue') => ({ text, ...(merge ? { merge } : {}) });
  writeFileSync(
    file,
    makeDocx([
      { text: '大姚县2024年4月财政预算执行情况', style: 'Title' },
      { text: '一、一般公共预算收支完成情况' },
      { text: '4月，一般公共预算收入累计完成24627万元。' },
      { text: '2024年1-4月财政预算执行情况表' },
      { text: '单位：万元' },
      {
        headerRows: 2,
        table: [
          [head('项目', 'restart'), { text: '金额', colSpan: 2 }, head('完成预算（%）', 'restart'), head('比上年增长（%）', 'restart')],
          [head('', 'continue'), head('累计完成'), head('年初预算'), head('', 'continue'), head('', 'continue')],
          [head('一般公共预算收入'), head('24627'), head('60999'), head('40.4'), head('-4.2')],
          [head('其中：税收收入'), head('8103'), head(''), head(''), head('18.8')],
          [head('非税收入'), head('16524'), head(''), head(''), head('-12.5')],
          [head('一般公共预算支出'), head('107752'), head('257288'), head('41.9'), head('-7.9')],
        ],
      },
      { text: '二、政府性基金收支完成情况' },
      { text: '4月，政府性基金预算收入累计完成2236万元。' },
    ]),
  );
  return file;
}

describe('a Word table with merged cells and its unit on the line before it (大姚 2024年1-4月)', () => {
  it('speak --dry-run: its caption and size, then each row with its headers, 万元 on the amounts, % on the rates', async () => {
    const r = await run(['speak', '--dry-run', dayaoDocx()]);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    // Six rows: its two header rows and four of data.
    const at = lines.indexOf('表格，六行五列');
    expect(lines.slice(at - 2, at)).toEqual(['二零二四年一到四月财政预算执行情况表', '单位:万元']);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '一般公共预算收入:金额 累计完成 两万四千六百二十七万元，金额 年初预算 六万零九百九十九万元，完成预算 百分之四十点四，比上年增长 负百分之四点二',
      '其中:税收收入:金额 累计完成 八千一百零三万元，比上年增长 百分之十八点八',
      '非税收入:金额 累计完成 一万六千五百二十四万元，比上年增长 负百分之十二点五',
    ]);
    // The two header rows are never read as data.
    expect(r.out).not.toMatch(/\n项目|累计完成，年初预算/);
  });

  it('show: the merged header over its two columns, every amount ending at its column’s edge', async () => {
    const r = await run(['show', dayaoDocx()]);
    const out = r.out.split('\n');
    const rows = out.filter((l) => /^(一般公共预算|非税收入|其中：税收收入)/.test(l));
    expect(rows).toHaveLength(4);
    const end = (l: string, n: string) => textWidth(l.slice(0, l.indexOf(n) + n.length));
    expect(end(rows[0]!, '24627')).toBe(end(rows[3]!, '107752'));
    expect(end(rows[0]!, '60999')).toBe(end(rows[3]!, '257288'));
    expect(out.find((l) => l.startsWith('项目'))).toMatch(/^项目\s+金额\s+完成预算（%）\s+比上年增长（%）$/);
  });
});

describe('a PDF table whose headings wrap (青海 4-13)', () => {
  it('speak --dry-run says each year with its values in 亿元; show draws the joined headings over aligned columns', async () => {
    const file = join(dir, 'qinghai.pdf');
    const rows = [
      ['年份', '支出法生产总值', '最终消费支出', '货物和服务净出口', '最终消费率(%)'],
      ['2017', '2465.11', '1815.42', '-1527.21', '73.64'],
      ['2018', '2748.00', '2005.37', '-1599.14', '72.98'],
      ['2019', '2965.95', '2139.74', '-1609.79', '72.14'],
    ];
    const table = layoutTable(rows, 690, { size: 10, columns: [0, 1, 2, 3, 4].map((c) => ({ x: 72 + c * 90, width: 50 })) });
    const top = [
      { text: '青海统计年鉴2020', x: 230, y: 790, size: 16 },
      { text: '四、国民经济核算', x: 72, y: 760, size: 12 },
      { text: '4-13 2000-2019年支出法生产总值', x: 180, y: 725, size: 12 },
      { text: '单位:亿元', x: 470, y: 708, size: 10 },
    ];
    writeFileSync(file, makePdf([{ lines: [...top, ...table.lines] }]));
    const r = await run(['speak', '--dry-run', file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      '\n二零一九年:支出法生产总值 两千九百六十五点九五亿元，最终消费支出 两千一百三十九点七四亿元，货物和服务净出口 负一千六百零九点七九亿元，最终消费率 百分之七十二点一四\n',
    );
    const shown = (await run(['show', file])).out.split('\n');
    expect(shown.find((l) => l.startsWith('年份'))).toMatch(/^年份\s+支出法生产总值\s+最终消费支出\s+货物和服务净出口\s+最终消费率\(%\)$/);
    const years = shown.filter((l) => /^20\d\d\s/.test(l));
    expect(years).toHaveLength(3);
    const ends = (l: string) => [...l.matchAll(/\S+/g)].map((m) => textWidth(l.slice(0, m.index + m[0].length)));
    for (const l of years) expect(ends(l)).toEqual(ends(years[0]!));
  });
});
