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
