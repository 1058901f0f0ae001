// A table in the TUI through ink-testing-library: J, L and K as a person presses them, in both layouts.
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { loadScript } from '../../src/script/index.js';
import { App } from '../../src/ui/App.js';

const REPORT = `某县2024年预算执行情况的报告

一、收入情况
全县一般公共预算收入情况如下：
| 项目 | 单位 | 金额 | 增长（%） |
| 一般公共预算收入 | 亿元 | 89.6 | 7.4 |
| 税收收入 | 亿元 | 60.2 | -3.2 |
收入完成年度预算。
`;
const index = new DocIndex(parse(REPORT));
const tick = () => new Promise((r) => setTimeout(r, 15));
async function until(ok: () => boolean) {
  for (let k = 0; k < 200 && !ok(); k++) await tick();
  expect(ok()).toBe(true);
}

beforeAll(() => loadScript('simplified'));

describe('moving through a table in the TUI', () => {
  for (const screenReader of [false, true]) {
    it(`J, L, J, K in the ${screenReader ? 'screen-reader' : 'visual'} layout: each landing said on screen`, async () => {
      const app = render(<App initial={createState(index, { rows: 30, cols: 100, screenReader })} onSave={() => {}} onQuit={() => {}} />);
      const frame = () => app.lastFrame() ?? '';
      await tick();
      const press = async (k: string) => {
        app.stdin.write(k);
        await tick();
      };
      await press('J');
      await until(() => frame().includes('表格，全县一般公共预算收入情况如下，3行4列。一般公共预算收入：单位 亿元，金额 89.6，增长 7.4%'));
      if (!screenReader) expect(frame()).toMatch(/▶ 一般公共预算收入\s+亿元\s+89\.6\s+7\.4/);
      await press('L');
      // The cell alone on its line: the J before it already put 单位 亿元 inside the row it said.
      await until(() =>
        frame()
          .split('\n')
          .some((l) => l.trim() === '单位 亿元'),
      );
      await press('J');
      await until(() => frame().includes('税收收入，单位 亿元'));
      if (!screenReader) expect(frame()).toMatch(/▶ 税收收入\s+亿元\s+60\.2\s+-3\.2/);
      await press('K');
      await until(() =>
        frame()
          .split('\n')
          .some((l) => l.includes('一般公共预算收入，单位 亿元')),
      );
      app.unmount();
    });
  }
});
