// Moving through a table in the reader: by row (J K) and by column (L H), each landing said in words,
// the same words printed in the screen-reader layout; the passage draws the table, the row marked ▶.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { commandFor } from '../../src/reader/keys.js';
import { passageParagraphs } from '../../src/reader/passage.js';
import { type Command, createState, type ReaderState, reduce } from '../../src/reader/state.js';
import { loadScript } from '../../src/script/index.js';
import { fixture } from '../helpers.js';

const REPORT = `某县2024年预算执行情况的报告

一、收入情况
全县一般公共预算收入情况如下：
| 项目 | 单位 | 金额 | 增长（%） |
| 一般公共预算收入 | 亿元 | 89.6 | 7.4 |
| 税收收入 | 亿元 | 60.2 | -3.2 |
| 非税收入 | 亿元 | 29.4 | 25.0 |
收入完成年度预算。
二、支出情况
支出保持平稳。
`;
const index = new DocIndex(parse(REPORT));
const run = (s: ReaderState, ...cmds: Command['type'][]) => cmds.reduce((acc, c) => reduce(acc, { type: c } as Command), s);
const said = (s: ReaderState) => s.log.at(-1)!.text;

beforeAll(() => loadScript('simplified'));

describe('table moves', () => {
  it('the keys: J K rows, L H columns', () => {
    expect(['J', 'K', 'L', 'H'].map((k) => commandFor('normal', k, {})?.command)).toEqual(['nextRow', 'prevRow', 'nextColumn', 'prevColumn']);
  });

  it('J outside a table goes to the next one: its caption and size, then its first data row', () => {
    const s = run(createState(index), 'nextRow');
    expect(said(s)).toBe('表格，全县一般公共预算收入情况如下，4行4列。一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%');
    expect(index.entry(s.opened)!.node.id).toBe('1');
  });

  it('J and K step a row; past the last or first row they say so and stay', () => {
    let s = run(createState(index), 'nextRow', 'nextRow');
    expect(said(s)).toBe('税收收入：单位 亿元，金额 60.2，增长 -3.2%');
    s = run(s, 'nextRow', 'nextRow');
    expect(said(s)).toBe('已是表格最后一行');
    s = run(s, 'prevRow', 'prevRow', 'prevRow');
    expect(said(s)).toBe('表头：项目，单位，金额，增长（%）');
    expect(said(run(s, 'prevRow'))).toBe('已是表格第一行');
  });

  it('L and H say the cell with its column header; a row move then keeps the column, saying the row’s first cell', () => {
    let s = run(createState(index), 'nextRow', 'nextColumn');
    expect(said(s)).toBe('单位 亿元');
    s = run(s, 'nextColumn', 'nextColumn');
    expect(said(s)).toBe('增长 7.4%');
    expect(said(run(s, 'nextColumn'))).toBe('已是最后一列');
    s = run(s, 'nextRow');
    expect(said(s)).toBe('税收收入，增长 -3.2%');
    s = run(s, 'prevColumn');
    expect(said(s)).toBe('金额 60.2');
    expect(said(run(s, 'prevColumn', 'prevColumn', 'prevColumn'))).toBe('已是第一列');
  });

  it('w (where am I) says the row and column in the table', () => {
    const s = run(createState(index), 'nextRow', 'nextRow', 'nextColumn', 'whereAmI');
    expect(said(s)).toContain('；表格第3行，第2列；');
  });

  it('outside a table, L says how to get into one; K before the first table says there is none', () => {
    expect(said(run(createState(index), 'nextColumn'))).toBe('不在表格中：按 J 到下一个表格');
    expect(said(run(createState(index), 'prevRow'))).toBe('前面没有表格了');
  });

  it('the screen-reader layout prints the same words as lines', () => {
    const s = run(createState(index, { screenReader: true }), 'nextRow', 'nextColumn', 'nextRow');
    const printed = s.log.filter((l) => !l.hidden).map((l) => l.text);
    expect(printed.slice(-3)).toEqual([
      '表格，全县一般公共预算收入情况如下，4行4列。一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%',
      '单位 亿元',
      '税收收入，单位 亿元',
    ]);
  });

  it('opening the item in the screen-reader layout prints its table as said: size, header row, a line per row', () => {
    const s = run(createState(index, { screenReader: true }), 'down', 'openSilently');
    const printed = s.log.filter((l) => !l.hidden).map((l) => l.text);
    const at = printed.indexOf('全县一般公共预算收入情况如下：');
    expect(printed.slice(at, at + 6)).toEqual([
      '全县一般公共预算收入情况如下：',
      '表格，全县一般公共预算收入情况如下，4行4列',
      '表头：项目，单位，金额，增长（%）',
      '一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%',
      '税收收入：单位 亿元，金额 60.2，增长 -3.2%',
      '非税收入：单位 亿元，金额 29.4，增长 25.0%',
    ]);
    expect(printed[at + 6]).toBe('收入完成年度预算。');
  });

  it('the passage draws the table in columns with the row being read marked ▶', () => {
    const s = run(createState(index), 'nextRow', 'nextRow');
    const text = passageParagraphs(s, s.sentence)
      .map((p) => p.map((x) => x.text).join(''))
      .join('\n\n');
    const lines = text.split('\n');
    const marked = lines.filter((l) => l.startsWith('▶'));
    // 增长（%） is nine cells wide: the numbers under it end where it ends.
    expect(marked).toEqual(['▶ 税收收入          亿元  60.2       -3.2']);
    expect(lines).toContain('  一般公共预算收入  亿元  89.6        7.4');
    expect(lines).toContain('  项目              单位  金额  增长（%）');
  });

  it('a real table: the 常州 index, entered from the top of the page', async () => {
    const { loadAndParse } = await import('../../src/document/open.js');
    const name = 'changzhou-gdp-index.html';
    const { doc } = await loadAndParse(readFileSync(fixture(`tables/${name}`)), name);
    const s = run(createState(new DocIndex(doc)), 'nextRow', 'nextRow', 'nextColumn', 'nextColumn', 'nextColumn', 'nextColumn');
    expect(said(s)).toBe('其中工业 106.2');
    // A row move keeps the column and says the row's first cell as the row says it: the year with its 年.
    expect(said(run(s, 'nextRow'))).toMatch(/^\d{4}年，其中工业 [\d.]+$/);
  });
});
