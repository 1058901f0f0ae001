// The TUI through ink-testing-library: what a person sees after each key.
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { KEY_TABLES, keyLabel } from '../../src/reader/keys.js';
import { createState, type ReaderState } from '../../src/reader/state.js';
import { loadScript } from '../../src/script/index.js';
import { App } from '../../src/ui/App.js';
import { splitKeys } from '../../src/ui/hooks/useKeys.js';
import { textWidth } from '../../src/ui/text.js';
import { seedText } from '../helpers.js';

const index = new DocIndex(parse(seedText()));
const tick = () => new Promise((r) => setTimeout(r, 15));
/** Wait (a bounded while) for something a render or an effect will bring. */
async function until(ok: () => boolean) {
  for (let k = 0; k < 200 && !ok(); k++) await tick();
  expect(ok()).toBe(true);
}

async function mount(opts: Partial<Parameters<typeof createState>[1]> = {}) {
  const saved: ReaderState[] = [];
  const app = render(<App initial={createState(index, { rows: 30, cols: 100, ...opts })} onSave={(s) => saved.push(s)} onQuit={(s) => saved.push(s)} />);
  await tick();
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick();
    }
  };
  const frame = () => app.lastFrame() ?? '';
  return { app, press, frame, saved };
}

const DOWN = '\u001b[B';
const RIGHT = '\u001b[C';
const ENTER = '\r';
const ESC = '\u001b';

beforeAll(() => loadScript('simplified'));

describe('a paste of any length', () => {
  it('a 300 000-character paste into the search prompt is taken whole (a spread of it overflowed the stack)', async () => {
    // The visual layout shows the prompt, the screen-reader layout prints what was said about it.
    for (const screenReader of [false, true]) {
      const { press, frame, app } = await mount({ screenReader });
      await press('/');
      app.stdin.write('法'.repeat(300_000));
      await until(() => (screenReader ? frame().includes('输入太长，只保留前 200 个字') : /搜索\/ ?法{20}/.test(frame())));
      // The same paste outside a prompt is not 300 000 key presses.
      await press(ESC);
      app.stdin.write('j'.repeat(300_000));
      await until(() => frame().includes('粘贴的文字太长，不当作按键'));
      app.unmount();
    }
  }, 60_000);
});

describe('navigation', () => {
  it('shows the three parts, and moving down + Enter shows (一) in the passage', async () => {
    const { press, frame, app } = await mount();
    for (const t of ['一、2024年法治政府建設主要舉措及成效', '二、存在問題', '三、2025年法治政府建設工作思路']) expect(frame()).toContain(t);
    await press('j', 'j', ENTER);
    const rows = frame().split('\n');
    expect(rows.some((r) => r.includes('❯') && r.includes('(一)聚焦政治引領'))).toBe(true);
    expect(rows[0]).toMatch(/│ \(一\)聚焦政治引領“根本點”,法治統籌全面推進/);
    expect(frame()).toContain('一是思想引領強根基');
    expect(frame()).toContain('第一部分 › 第一节，共五节');
    app.unmount();
  });

  it('arrow keys expand and enter; the selection is a symbol, not only colour', async () => {
    const { press, frame, app } = await mount();
    await press(DOWN, DOWN, RIGHT, RIGHT);
    const selected = frame()
      .split('\n')
      .filter((r) => r.includes('❯'));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('一是思想引領強根基');
    app.unmount();
  });

  it('keys typed in one burst are each a command (tmux send-keys, paste)', async () => {
    const { press, frame, app } = await mount();
    await press('jj\r');
    expect(frame().split('\n')[0]).toMatch(/│ \(一\)聚焦政治引領/);
    expect(splitKeys('jj\r', {} as never)).toEqual([
      ['j', {}],
      ['j', {}],
      ['', { return: true }],
    ]);
    app.unmount();
  });
});

describe('search, script, where am I', () => {
  it('/ 举措 Enter lands on the part whose title has 舉措, and says which hit', async () => {
    const { press, frame, app } = await mount();
    await press('/');
    expect(frame()).toContain('搜索/');
    await press('举措', ENTER);
    await tick();
    expect(frame()).toContain('第1处，共');
    expect(frame()).toMatch(/❯- 一、2024年法治政府建設主要舉措及成效/);
    expect(frame()).toContain('▶一、2024年法治政府建設主要舉措及成效');
    app.unmount();
  });

  it('t shows the text in Simplified, then Traditional', async () => {
    const { press, frame, app } = await mount();
    await press('t');
    await tick();
    expect(frame()).toContain('一、2024年法治政府建设主要举措及成效');
    expect(frame()).toContain('简体');
    await press('t');
    await until(() => frame().includes('繁体 ·')); // the cn→tw converter takes a moment
    expect(frame()).toContain('一、2024年法治政府建設主要舉措及成效');
    app.unmount();
  });

  it('w prints the position in words', async () => {
    const { press, frame, app } = await mount();
    await press('3', '3', ENTER, 'w');
    expect(frame()).toContain('第一部分 第一节 第二点（共三点）：精心謀劃抓統籌；第1句，共5句；原文');
    app.unmount();
  });
});

describe('overlays', () => {
  it('? shows the help from the key table, every line reachable by scrolling; Esc closes it', async () => {
    const { press, frame, app } = await mount();
    await press('?');
    expect(frame()).toContain('帮助（↑↓ PgUp PgDn 翻看，Esc 关闭）');
    expect(frame()).toContain('↓ j');
    expect(frame()).toContain('搜索（简繁皆可）');
    const seen = new Set(
      frame()
        .split('\n')
        .map((l) => l.replace(/^[❯ ] /, '')),
    );
    for (let k = 0; k < 8; k++) {
      await press('\u001b[6~'); // PgDn
      for (const l of frame().split('\n')) seen.add(l.replace(/^[❯ ] /, ''));
    }
    // The normal mode's keys and those of the help itself.
    for (const b of [...KEY_TABLES.normal, ...KEY_TABLES.overlay])
      expect(
        [...seen].some((l) => l.startsWith(keyLabel(b).padEnd(12)) && l.includes(b.help)),
        b.command,
      ).toBe(true);
    await press(ESC);
    await tick();
    expect(frame()).not.toContain('帮助（');
    app.unmount();
  });

  it('M shows the metadata card with every pair and the counts', async () => {
    const { press, frame, app } = await mount();
    await press('M');
    for (const t of [
      '标题：紹興市上虞區2024年度法治政府建設工作情況報告',
      '索引號：無',
      '公開方式：主動公開',
      '文號：無',
      '公開日期：2025-02-08 15:56',
      '發布單位：無',
      '结构：3 部分，5 节，24 点',
      '字数：',
    ])
      expect(frame()).toContain(t);
    app.unmount();
  });

  it("m bookmarks, ' lists, Enter jumps", async () => {
    const { press, frame, app, saved } = await mount();
    await press('1', '1', 'm');
    expect(frame()).toContain('已加书签：第二部分（共三部分）：存在問題');
    await press('g', "'");
    expect(frame()).toContain('书签：↑↓ 选择');
    expect(frame()).toContain('❯ 1. 第二部分（共三部分）：存在問題');
    await press(ENTER);
    expect(frame()).toMatch(/❯- 二、存在問題/);
    await press('q');
    await until(() => saved.some((s) => s.quit));
    expect(saved.at(-1)!.bookmarks.map((b) => b.id)).toEqual(['2']);
    expect(saved.at(-1)!.quit).toBe(true);
    app.unmount();
  });
});

describe('sizes', () => {
  it.each([
    [100, 30],
    [40, 10],
    [60, 12],
  ])('at %ix%i no line is wider than the terminal and the frame is at most rows − 1 tall', async (cols, rows) => {
    const { press, frame, app } = await mount({ cols, rows });
    for (const keys of [[], ['j', 'j', ENTER], ['3', ENTER], ['?'], [ESC, 't']]) {
      await press(...keys);
      const lines = frame().split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows - 1);
      for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(cols);
    }
    app.unmount();
  });
});

describe('screen-reader layout', () => {
  it('only appends lines: each message is written once, as one line, in order', async () => {
    const { press, app } = await mount({ screenReader: true });
    await press('j', 'j', '3', ENTER, 'w', 'M');
    // Messages are written once each (never redrawn); the only live frame is the prompt, empty here.
    const written = app.frames.filter((f) => f !== '');
    expect(written.length).toBeGreaterThan(4);
    const lines = written
      .join('')
      .split('\n')
      .filter((l) => l !== '');
    expect(written.join('')).not.toMatch(/\x1b\[/); // no cursor movement or erasing: nothing is redrawn
    expect(lines.indexOf('第一部分（共三部分）：2024年法治政府建設主要舉措及成效')).toBeLessThan(
      lines.indexOf('第一部分 第一节 第一点（共三点）：思想引領強根基'),
    );
    const after = written.join('');
    expect(after).toContain('第一部分（共三部分）：2024年法治政府建設主要舉措及成效');
    expect(after).toContain('第一部分 第一节 第一点（共三点）：思想引領強根基');
    expect(after).toMatch(/制定年度習近平法治思想/); // Enter printed the passage
    expect(after).not.toMatch(/[│─❯]/); // no box drawing, no selection glyph
    app.unmount();
  });
});
