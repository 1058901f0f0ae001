// Loading, in a real terminal. A report with terminal commands in it, in the reader (both layouts): tmux
// takes OSC 0 as the pane's title, so a title that changes is a command that got through. And FILE or
// stdin that would make langdu wait: a terminal on stdin, a FIFO nobody writes to.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { holdsOpen, langduIn } from '../fifo.js';
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

function start(command: string) {
  const home = mkdtempSync(join(tmp, 'home-')); // no resume position from another test
  const t = new Tmux(command, { CI: 'true', XDG_STATE_HOME: join(home, 'state'), XDG_CONFIG_HOME: join(home, 'config') });
  sessions.push(t);
  return t;
}
const reader = (args: string) => start(`node ${BIN} --no-speech ${args} ${shellQuote(report)}`);
const title = (t: Tmux) => tmux(['display-message', '-p', '-t', t.name, '#{pane_title}']).trim();

describe.skipIf(!haveTmux)('control sequences in a report, in the reader', () => {
  it('the visual layout shows them as spaces: the title stays, the frame holds', async () => {
    const t = reader('');
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
    const t = reader('--screen-reader');
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

describe.skipIf(!haveTmux)('nothing to wait for forever', () => {
  it('no FILE and stdin a terminal: outline prints the bundled report (it does not read the terminal)', async () => {
    const t = start(`node ${BIN} outline | head -2`);
    const screen = await t.waitFor('EXIT=0');
    expect(screen).toContain('紹興市上虞區2024年度法治政府建設工作情況報告');
  });

  it('the reader on a FIFO with no writer: Ctrl+C ends it, and no blank full screen is left', async () => {
    const fifo = join(tmp, 'nobody.fifo');
    execFileSync('mkfifo', [fifo]);
    const t = start(`node ${BIN} --no-speech ${shellQuote(fifo)}`);
    // Wait until langdu holds the FIFO open, waiting for a writer.
    await t.waitFor(() => holdsOpen(langduIn(t.panePid()), fifo));
    const pid = langduIn(t.panePid());
    // Ctrl+C, to langdu alone: tmux's C-c would interrupt the pane's shell too, and the pane with it.
    process.kill(pid, 'SIGINT');
    await t.waitFor('EXIT=130');
    expect(tmux(['display-message', '-p', '-t', t.name, '#{alternate_on}']).trim()).toBe('0');
  });
});
