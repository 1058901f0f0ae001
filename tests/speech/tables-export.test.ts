// A WAV export reads a table by rows, as `speak` does: the audio of a report with a table is as long as
// that of the same report with the rows written out as they are said, and clearly longer than the
// table's bare cells read in a line (what a listener heard before tables were tables).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, needTool } from '../e2e/tmux.js';

const haveEspeak = needTool('espeak-ng');
const haveSox = needTool('sox');
const dir = mkdtempSync(join(tmpdir(), 'langdu-tables-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = '某县预算执行情况\n\n一、收入情况\n全县一般公共预算收入情况如下：\n';
const TAIL = '收入完成年度预算。\n';
const versions = {
  table: `${HEAD}| 项目 | 单位 | 金额 | 增长（%） |\n| 一般公共预算收入 | 亿元 | 89.6 | 7.4 |\n| 税收收入 | 亿元 | 60.2 | -3.2 |\n${TAIL}`,
  said: `${HEAD}表格，3行4列\n一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%\n税收收入：单位 亿元，金额 60.2，增长 -3.2%\n${TAIL}`,
  bare: `${HEAD}一般公共预算收入 亿元 89.6 7.4\n税收收入 亿元 60.2 -3.2\n${TAIL}`,
};

function seconds(name: keyof typeof versions): number {
  const src = join(dir, `${name}.txt`);
  const out = join(dir, `${name}.wav`);
  writeFileSync(src, versions[name]);
  const r = spawnSync(process.execPath, [BIN, 'export', src, '--at', '1', '-o', out], { encoding: 'utf8', timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  return Number(spawnSync('soxi', ['-D', out], { encoding: 'utf8' }).stdout);
}

describe.skipIf(!haveEspeak || !haveSox)('a WAV export of a table', () => {
  it('reads each row with its headers and units, the header row not as data', () => {
    const table = seconds('table');
    const said = seconds('said');
    const bare = seconds('bare');
    expect(Math.abs(table - said)).toBeLessThan(said * 0.03);
    expect(table).toBeGreaterThan(bare * 1.3);
  }, 200_000);
});
