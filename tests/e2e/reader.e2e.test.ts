// The reader as a person uses it: the real bundled program in a 100×30 tmux window.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/ui/text.js';
import { BIN, needTool, signalProgram, Tmux, tmux } from './tmux.js';

const haveTmux = needTool('tmux');
const sessions: Tmux[] = [];
const roots: string[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});

// Reading only: speech has tests of its own (speech.e2e.test.ts), and a sound card may or may not be here.
function start(args = '', env: Record<string, string> = {}, dirs = freshDirs()) {
  const t = new Tmux(`node ${BIN} --no-speech ${args}`, { XDG_STATE_HOME: dirs.state, XDG_CONFIG_HOME: dirs.config, ...env });
  sessions.push(t);
  return t;
}
function freshDirs() {
  const root = mkdtempSync(join(tmpdir(), 'langdu-e2e-'));
  roots.push(root);
  return { state: join(root, 'state'), config: join(root, 'config') };
}
const selectedLine = (screen: string) => screen.split('\n').find((l) => l.includes('❯')) ?? '';

describe.skipIf(!haveTmux)('the reader in tmux', () => {
  it('keys pressed the moment the first frame is up (drawn before Ink has loaded) are all handled', async () => {
    const t = start();
    await t.waitFor('三、2025年法治政府建設工作思路');
    t.send('j', 'j', 'j', 'Enter');
    // From the head: 一、, (一), (二), then open it.
    // (A capture can catch a frame half written: wait for the passage and the selection together.)
    const screen = await t.waitFor((sc) => /│ \(二\)聚焦惠企便民“著眼點”/.test(sc) && selectedLine(sc).includes('(二)聚焦惠企便民'));
    expect(screen.trimEnd().split('\n').length).toBeLessThanOrEqual(29);
  });

  it('navigates, searches in either script, cycles script, says where it is, quits, and resumes', async () => {
    const dirs = freshDirs();
    // CI=true as well: Ink would otherwise draw nothing until exit, and a terminal is a terminal.
    let t = start('', { CI: 'true' }, dirs);
    let screen = await t.waitFor('三、2025年法治政府建設工作思路');
    expect(screen).toContain('一、2024年法治政府建設主要舉措及成效');
    expect(screen).toContain('二、存在問題');
    expect(screen.trimEnd().split('\n').length).toBeLessThanOrEqual(29);

    t.send('j', 'j', 'Enter');
    screen = await t.waitFor(/│ \(一\)聚焦政治引領“根本點”/);
    expect(selectedLine(screen)).toContain('(一)聚焦政治引領');
    // No torn frames: after moving about, one status line, at the bottom, and nothing left over.
    t.send('j', 'k', '3', '?', 'Escape', 'M', 'Escape');
    screen = await t.waitFor((s) => s.includes('第一点') && !s.includes('文档信息'));
    const lines = screen.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('? 帮助'))).toHaveLength(1);
    expect(lines.length).toBe(29);
    expect(lines[27]).toContain('? 帮助');

    t.send('/');
    await t.waitFor('搜索/');
    t.type('举措');
    t.send('Enter');
    screen = await t.waitFor('第1处');
    expect(selectedLine(screen)).toContain('一、2024年法治政府建設主要舉措及成效');

    t.send('t');
    screen = await t.waitFor('一、2024年法治政府建设主要举措及成效');
    expect(screen).toContain('简体');

    t.send('w');
    await t.waitFor('第一部分（共三部分）：2024年法治政府建设主要举措及成效；第1句');
    t.send('2', '2', 'm');
    await t.waitFor('已加书签：第一部分 第二节');
    t.send('g', '1');
    await t.waitFor((sc) => selectedLine(sc).includes('一、2024年'));

    t.send('q');
    await t.waitFor('EXIT=0');
    t.kill();

    // Again: back at the same node, in the script chosen last time, with the bookmark kept.
    t = start('', {}, dirs);
    screen = await t.waitFor('回到上次读到的地方');
    expect(selectedLine(screen)).toContain('一、2024年法治政府建设主要举措及成效');
    t.send("'");
    screen = await t.waitFor('书签：↑↓ 选择');
    expect(screen).toContain('❯ 1. 第一部分 第二节（共五节）：聚焦惠企便民“着眼点”');
    t.send('Enter');
    await t.waitFor((sc) => selectedLine(sc).includes('(二)聚焦惠企便民'));
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it('a kill (SIGTERM) right after a move still saves where the reader was', async () => {
    const dirs = freshDirs();
    let t = start('', {}, dirs);
    await t.waitFor('二、存在問題');
    t.send('3', '3');
    await t.waitFor('第一部分 第一节 第二点');
    // Sooner than the debounced save: only the signal handler can have saved this position.
    signalProgram(t, 'SIGTERM');
    await t.waitFor('EXIT=143');
    t.kill();
    t = start('', {}, dirs);
    const screen = await t.waitFor('回到上次读到的地方');
    expect(selectedLine(screen)).toContain('二是精心謀劃抓統籌');
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it('two readers of one report, each adding a bookmark and moving, keep both bookmarks', async () => {
    const dirs = freshDirs();
    const docs = join(dirs.state, 'langdu', 'documents');
    // What is on disk now (each step waits for its save to land, as a person's pauses would let it).
    const onDisk = (): { position: { id: string } | null; bookmarks: { id: string }[] } | null => {
      try {
        const file = readdirSync(docs).find((f) => f.endsWith('.json'));
        return file ? JSON.parse(readFileSync(join(docs, file), 'utf8')) : null;
      } catch {
        return null;
      }
    };
    const until = async (test: (d: NonNullable<ReturnType<typeof onDisk>>) => boolean) => {
      const deadline = Date.now() + 15_000;
      for (let d = onDisk(); !(d && test(d)); d = onDisk()) {
        if (Date.now() > deadline) throw new Error(`state never became as expected: ${JSON.stringify(d)}`);
        await new Promise((r) => setTimeout(r, 40));
      }
    };
    const a = start('', {}, dirs);
    const b = start('', {}, dirs);
    await a.waitFor('二、存在問題');
    await b.waitFor('二、存在問題');
    a.send('3', 'm');
    await a.waitFor('已加书签');
    await until((d) => d.bookmarks.length === 1);
    b.send('1', '1', 'm');
    await b.waitFor('已加书签');
    await until((d) => d.bookmarks.length === 2);
    // Both move on, each saving its position, then quit.
    a.send('j', 'j');
    await until((d) => d.position?.id === '1.1.3');
    b.send('j');
    await until((d) => d.position?.id === '2.1');
    a.send('q');
    await a.waitFor('EXIT=0');
    b.send('q');
    await b.waitFor('EXIT=0');
    expect(
      onDisk()!
        .bookmarks.map((m) => m.id)
        .sort(),
    ).toEqual(['1.1.1', '2']);
    const c = start('', {}, dirs);
    await c.waitFor('回到上次读到的地方');
    c.send("'");
    await c.waitFor('书签共 2 个');
    // Esc then q sent together reach the terminal as Alt+q: wait for the list to close first.
    c.send('Escape');
    await c.waitFor((sc) => !sc.includes('书签：↑↓ 选择'));
    c.send('q');
    await c.waitFor('EXIT=0');
  });

  it('已加书签 means the bookmark is on disk: kill -9 right after it keeps the bookmark', async () => {
    const dirs = freshDirs();
    const t = start('', {}, dirs);
    await t.waitFor('二、存在問題');
    t.send('3', 'm');
    await t.waitFor('已加书签');
    signalProgram(t, 'SIGKILL');
    await t.waitFor('EXIT=');
    const docs = join(dirs.state, 'langdu', 'documents');
    const [file] = readdirSync(docs).filter((f) => f.endsWith('.json'));
    const saved = JSON.parse(readFileSync(join(docs, file!), 'utf8')) as { bookmarks: { id: string }[] };
    expect(saved.bookmarks.map((b) => b.id)).toEqual(['1.1.1']);
  });

  it('a bookmark that cannot be written says so at once, with the reason', async () => {
    const dirs = freshDirs();
    // The state folder's place is taken by a file: every write there fails (as a read-only disk would).
    writeFileSync(dirs.state, 'not a folder');
    const t = start('', {}, dirs);
    await t.waitFor('二、存在問題');
    t.send('3', 'm');
    const screen = await t.waitFor((sc) => sc.replace(/\n/g, '').includes('书签没有保存'));
    expect(screen.replace(/\n/g, '')).toMatch(/书签没有保存：状态文件夹的位置上是一个文件（E(NOTDIR|EXIST)）/);
    expect(screen).not.toContain('已加书签');
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it('survives a corrupt state file: warns in one line, keeps the old file aside, still reads', async () => {
    const dirs = freshDirs();
    let t = start('', {}, dirs);
    await t.waitFor('二、存在問題');
    t.send('3', 'q');
    await t.waitFor('EXIT=0');
    t.kill();
    const docs = join(dirs.state, 'langdu', 'documents');
    const [file] = readdirSync(docs);
    writeFileSync(join(docs, file!), '{ this is not json');

    t = start('', {}, dirs);
    // The warning may wrap across lines: look at the screen as one string.
    const screen = await t.waitFor((sc) => sc.replace(/\n/g, '').includes('was corrupt'));
    expect(screen.replace(/\n/g, '')).toMatch(/was corrupt; moved it aside as .*corrupt-/);
    expect(readdirSync(docs).some((f) => f.includes('.corrupt-'))).toBe(true);
    t.send('j');
    await t.waitFor('第一部分（共三部分）');
    t.send('q');
    await t.waitFor('EXIT=0');
    expect(existsSync(join(docs, file!))).toBe(true); // a fresh state was written after quitting
  });

  it('screen-reader mode writes each message as one logical line: the terminal wraps it, not langdu', async () => {
    const dirs = freshDirs();
    const t = new Tmux(`node ${BIN} --no-speech --screen-reader`, { XDG_STATE_HOME: dirs.state, XDG_CONFIG_HOME: dirs.config }, { cols: 60, rows: 40 });
    sessions.push(t);
    await t.waitFor('开头：');
    t.send('3', 'o');
    await t.waitFor('制定年度');
    // Joined back, the point's paragraph is one line, far wider than the 60-column window.
    const joined = t.capture(false, true).split('\n');
    const paragraph = joined.find((l) => l.startsWith('制定年度習近平法治思想'));
    expect(paragraph).toBeDefined();
    expect(textWidth(paragraph!)).toBeGreaterThan(200);
    expect(paragraph).toMatch(/。$/);
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it('screen-reader mode only appends: earlier lines are unchanged after moves', async () => {
    const t = start('--screen-reader');
    await t.waitFor('开头：');
    t.send('j');
    await t.waitFor('第一部分（共三部分）');
    const before = t.capture().trimEnd().split('\n');
    t.send('j', '3', 'o');
    const after = (await t.waitFor('制定年度習近平法治思想')).trimEnd().split('\n');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.join('\n')).toContain('第一部分 第一节 第一点（共三点）：思想引領強根基');
    expect(after.join('\n')).not.toMatch(/[│─❯]/);
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it('follows a resize: the frame fits the new size and nothing is left over', async () => {
    const t = start();
    await t.waitFor('二、存在問題');
    t.send('3', 'Enter');
    await t.waitFor('第一点（共三点）');
    tmux(['resize-window', '-t', t.name, '-x', '60', '-y', '16']);
    // Wait for the redrawn frame (the narrow layout's rule), not tmux's reflow of the old one.
    const screen = await t.waitFor((s) => s.trimEnd().split('\n').length <= 15 && s.includes('· 原文 ·') && s.split('\n').some((l) => l.startsWith('─')));
    const lines = screen.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('· 原文 ·'))).toHaveLength(1); // one status line: no torn frame
    for (const l of lines) expect(textWidth(l), l).toBeLessThanOrEqual(60);
    expect(lines.some((l) => l.startsWith('─'))).toBe(true); // narrow: outline above, passage below
    t.send('q');
    await t.waitFor('EXIT=0');
  });

  it.each([
    ['without NO_COLOR, the selection is in reverse video', {}, true],
    ['NO_COLOR turns all styling off; ❯ still marks the selection', { NO_COLOR: '1' }, false],
  ])('%s, and a 40×10 window draws without tearing', async (_name, env, styled) => {
    const d = freshDirs();
    const t = new Tmux(`node ${BIN} --no-speech`, { ...env, XDG_STATE_HOME: d.state, XDG_CONFIG_HOME: d.config }, { cols: 40, rows: 10 });
    sessions.push(t);
    await t.waitFor('? 帮助');
    t.send('j', 'j', 'Enter', '3');
    await t.waitFor('第一点');
    const raw = t.capture(true);
    expect(/\u001b\[[0-9;]*7m/.test(raw)).toBe(styled); // reverse video (ANSI 7)
    expect(raw).not.toMatch(/\u001b\[[0-9;]*(3|4|9|10)[0-7]m/); // and never a colour
    const lines = t.capture().split('\n');
    expect(lines.filter((l) => l.includes('❯'))).toHaveLength(1);
    expect(lines.filter((l) => l.trim() !== '').length).toBeLessThanOrEqual(9);
    t.send('q');
    await t.waitFor('EXIT=0');
  });
});
