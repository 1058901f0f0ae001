// A table moved through in the real program: J into the table and down its rows, L across its
// columns, each landing's words on the status line, the passage drawing the table with the row marked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { BIN, needTool, shellQuote, Tmux } from './tmux.js';

const haveTmux = needTool('tmux');
const sessions: Tmux[] = [];
const roots: string[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});

function start(file: string, args = '') {
  const root = mkdtempSync(join(tmpdir(), 'langdu-e2e-tables-'));
  roots.push(root);
  const t = new Tmux(`node ${BIN} --no-speech ${args} ${shellQuote(file)}`, { XDG_STATE_HOME: join(root, 'state'), XDG_CONFIG_HOME: join(root, 'config') });
  sessions.push(t);
  return t;
}

describe.skipIf(!haveTmux)('a table in the reader, in tmux', () => {
  it('J enters the table and steps its rows, L says each cell with its header, K goes back', async () => {
    const t = start(fixture('tables/dayao-budget-2024-04.html'));
    await t.waitFor('一、一般公共预算收支完成情况');
    t.send('J');
    let screen = await t.waitFor('表格，2024年1-4月财政预算执行情况表，8行5列。一般公共预算收入：');
    expect(screen).toMatch(/▶ 一般公共预算收入\s+24627\s+60999\s+40\.4\s+-4\.2/);
    t.send('J');
    screen = await t.waitFor('其中：税收收入：金额 累计完成 8103万元，比上年增长 18.8%');
    expect(screen).toMatch(/▶ 其中：税收收入\s+8103\s+18\.8/);
    t.send('L', 'L');
    await t.waitFor('金额 年初预算，空');
    t.send('L');
    await t.waitFor('完成预算，空');
    t.send('J');
    await t.waitFor('非税收入，完成预算，空');
    t.send('H', 'H');
    await t.waitFor('金额 累计完成 16524万元');
    t.send('K');
    screen = await t.waitFor('其中：税收收入，金额 累计完成 8103万元');
    expect(screen).toMatch(/▶ 其中：税收收入/);
  });

  it('a table that states its unit once (单位:万吨 row): each landing says the yield in 万吨, the unit row is passed over', async () => {
    const t = start(fixture('tables/fujian-grain-2008.html'));
    await t.waitFor('各类粮食产量见下表。');
    t.send('J');
    let screen = await t.waitFor('表格，8-17 各类粮食产量，10行4列。合计：2002年 763.23万吨，2006年 632.90万吨，2007年 635.06万吨');
    expect(screen).toMatch(/单位:万吨\n/);
    expect(screen).toMatch(/▶ 合 计\s+763\.23\s+632\.90\s+635\.06/);
    t.send('L', 'L');
    await t.waitFor('2006年 632.90万吨');
    t.send('J');
    await t.waitFor('按收获季节分，2006年，空');
    t.send('J');
    screen = await t.waitFor('春收粮食，2006年 34.93万吨');
    expect(screen).toMatch(/▶ 春收粮食\s+44\.55/);
    t.send('K', 'K', 'K');
    await t.waitFor('表头：项目，2002，2006，2007');
  });

  it('the screen-reader layout prints the same words, a line each', async () => {
    const t = start(fixture('tables/dayao-budget-2024-04.html'), '--screen-reader');
    await t.waitFor('按 ? 查看按键');
    t.send('J', 'L');
    // L's cell on a line of its own: J's line already holds the same words inside the row.
    const screen = await t.waitFor(/^金额 累计完成 24627万元\s*$/m);
    expect(screen).toContain('表格，2024年1-4月财政预算执行情况表，8行5列。一般公共预算收入：金额 累计完成 24627万元');
    expect(screen).not.toMatch(/[│─┌└]/);
  });
});
