// Budgets before work for pipe tables: a run of pipe rows past the slot budget is let go as it is read,
// not held whole and refused at the end. Measured where it counts: in a child process with a small
// heap, which a held run of 600 000 rows (some 500 MB of row objects) cannot fit in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-table-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a hostile pipe table (600 000 rows of 8 columns, 20 MB)', () => {
  it('stays text, its rows never all held: findTables runs in a 160 MB heap, in seconds', () => {
    const bundle = join(dir, 'table.mjs');
    buildSync({ entryPoints: [join(ROOT, 'src/document/table.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import { findTables } from ${JSON.stringify(bundle)};
const rows = '| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\\n'.repeat(600000);
const src = '某报告\\n\\n一、情况\\n| 项目 | 甲 | 乙 | 丙 | 丁 | 戊 | 己 | 庚 |\\n' + rows + '| 末行 | 1 | 2 | 3 | 4 | 5 | 6 | 7 |\\n完。\\n| 项目 | 金额 |\\n| 收入 | 89.6 |\\n';
const t0 = performance.now();
const { tables } = findTables(src, src, 0, src.length);
console.log(JSON.stringify({ tables: tables.map((t) => t.rows.length), ms: Math.round(performance.now() - t0) }));
`,
    );
    const r = spawnSync(process.execPath, ['--max-old-space-size=160', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr.slice(-400)).toBe(0);
    const out = JSON.parse(r.stdout) as { tables: number[]; ms: number };
    console.log(`findTables over 600 000 pipe rows (4.8 M slots): ${out.ms} ms in a 160 MB heap`);
    // The huge run is no table; the small table after it still is one.
    expect(out.tables).toEqual([2]);
  }, 60_000);
});
