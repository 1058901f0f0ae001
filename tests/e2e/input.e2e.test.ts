// A report with terminal commands in it, opened in the reader (both layouts) in a real terminal: tmux
// takes OSC 0 as the pane's title, so a title that changes is a command that got through.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { seedText } from '../helpers.js';
import { BIN, needTool, shellQuote, Tmux, tmux } from './tmux.js';

const haveTmux = needTool('tmux');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-e2e-input-'));
const sessions: Tmux[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const report = join(tmp, 'hostile.txt');
writeFileSync(
  report,
  seedText()
    .replace('紹興市上虞區2024年度', '紹興市\x1b]0;PWNED\x07上虞區2024年度')
    .replace('存在問題', '存在\x1b]2;PWNED\x07\x1b[2J問題')
    .replace('思想引領強根基', '思想引領強根基\x1b]52;c;cHduZWQ=\x07\x9b2J'),
);

function start(args: string) {
  const home = mkdtempSync(join(tmp, 'home-')); // no resume position from another test
  const t = new Tmux(`node ${BIN} --no-speech ${args} ${shellQuote(report)}`, {
    CI: 'true',
    XDG_STATE_HOME: join(home, 'state'),
    XDG_CONFIG_HOME: join(home, 'config'),
  });
  sessions.push(t);
  return t;
}
const title = (t: Tmux) => tmux(['display-message', '-p', '-t', t.name, '#{pane_title}']).trim();

describe.skipIf(!haveTmux)('control sequences in a report, in the reader', () => {
  it('the visual layout shows them as spaces: the title stays, the frame holds', async () => {
    const t = start('');
    await t.waitFor('三、2025年法治政府建設工作思路');
    t.send('3', 'Enter');
    await t.waitFor('第一点（共三点）');
    t.send('1', 'Enter');
    const screen = await t.waitFor(/│ 二、存在/);
    expect(title(t)).not.toBe('PWNED');
    const lines = screen.trimEnd().split('\n');
    expect(lines.length).toBe(29);
    expect(lines.filter((l) => l.includes('? 帮助'))).toHaveLength(1);
    expect(screen).toContain(']0;PWNED');
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it('the screen-reader layout too', async () => {
    const t = start('--screen-reader');
    await t.waitFor('开头：');
    t.send('3', 'Enter');
    await t.waitFor('制定年度習近平法治思想');
    t.send('1', 'Enter');
    await t.waitFor('[2J問題');
    expect(title(t)).not.toBe('PWNED');
    t.send('q');
    await t.waitFor('EXIT=0');
  });
});
