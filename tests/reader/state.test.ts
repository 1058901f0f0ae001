// The reducer without a terminal: every command the key table names, on the bundled report.
import { beforeAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { bookmarksInMemory } from '../../src/reader/bookmarks.js';
import { commandFor, KEY_TABLES, type KeyMode } from '../../src/reader/keys.js';
import { type Command, createState, HEAD, type ReaderState, reduce } from '../../src/reader/state.js';
import { loadScript } from '../../src/script/index.js';
import { seedText } from '../helpers.js';

const index = new DocIndex(parse(seedText()));
const idOf = (s: ReaderState, item = s.cursor) => (item === HEAD ? '' : index.entry(item)!.node.id);
/** Reduce commands in order; a bookmark request is answered as the App answers it, from memory here. */
const run = (s: ReaderState, ...cmds: (Command | Command['type'])[]) =>
  cmds.reduce((acc, c) => {
    const next = reduce(acc, typeof c === 'string' ? ({ type: c } as Command) : c);
    return next.bookmarkRequest ? reduce(next, { type: 'bookmarksStored', result: bookmarksInMemory(next.bookmarkRequest, next.bookmarks) }) : next;
  }, s);
const typed = (s: ReaderState, text: string) => [...text].reduce((acc, ch) => reduce(acc, { type: 'input', text: ch }), s);
const fresh = (opts = {}) => createState(index, opts);

/** The whole visible outline, built the simple way, to check the reader's step-by-step walking against. */
function visibleItems(state: Pick<ReaderState, 'expanded'>): { list: number[] } {
  const list: number[] = index.hasHead ? [HEAD] : [];
  const walk = (nodes: (typeof index.doc.nodes)[number][]) => {
    for (const n of nodes) {
      list.push(index.entryOf(n).index);
      if (n.children.length > 0 && state.expanded.has(n.id)) walk(n.children);
    }
  };
  walk(index.doc.nodes);
  return { list };
}

beforeAll(() => loadScript('simplified'));

describe('moving', () => {
  it('starts at the head with the parts expanded', () => {
    const s = fresh();
    expect(s.cursor).toBe(HEAD);
    const { list } = visibleItems(s);
    expect(list.slice(0, 3).map((i) => idOf(s, i))).toEqual(['', '1', '1.1']);
    expect(list).toHaveLength(1 + 3 + 5 + 3 + 6);
  });

  it('up/down step through visible items and say where they land', () => {
    const s = run(fresh(), 'down', 'down');
    expect(idOf(s)).toBe('1.1');
    expect(s.message).toBe('第一部分 第一节（共五节）：聚焦政治引領“根本點”,法治統籌全面推進');
    expect(idOf(run(s, 'up'))).toBe('1');
    expect(run(fresh(), 'up').message).toBe('已是第一项');
  });

  it('right expands then enters; left collapses then climbs', () => {
    let s = run(fresh(), 'down', 'down'); // (一), collapsed
    s = run(s, 'right');
    expect(s.expanded.has('1.1')).toBe(true);
    expect(idOf(s)).toBe('1.1');
    s = run(s, 'right');
    expect(idOf(s)).toBe('1.1.1');
    expect(s.message).toBe('第一部分 第一节 第一点（共三点）：思想引領強根基');
    s = run(s, 'left');
    expect(idOf(s)).toBe('1.1');
    s = run(s, 'left');
    expect(s.expanded.has('1.1')).toBe(false);
    expect(run(s, 'left', 'left', 'left').message).toBe('已是最上一级');
  });

  it('Enter opens the cursor item in the passage, and first/last jump to the ends', () => {
    const s = run(fresh(), 'down', 'open');
    expect(idOf(s, s.opened)).toBe('1');
    expect(idOf(run(s, 'last'))).toBe('3.6');
    expect(run(s, 'last', 'first').cursor).toBe(HEAD);
  });

  it('] and [ move at the same level, across parents', () => {
    let s = run(fresh(), 'down', 'down'); // 1.1
    s = run(s, 'nextSame', 'nextSame', 'nextSame', 'nextSame');
    expect(idOf(s)).toBe('1.5');
    s = run(s, 'nextSame'); // level 2 continues in part 二: its first point
    expect(idOf(s)).toBe('2.1');
    expect(idOf(run(s, 'prevSame'))).toBe('1.5');
  });

  it('1/2/3 and !/@/# jump by part, section and point, expanding what hides them', () => {
    let s = run(fresh(), 'nextPoint');
    expect(idOf(s)).toBe('1.1.1');
    expect(s.expanded.has('1.1')).toBe(true);
    s = run(s, 'nextPoint', 'nextPoint', 'nextPoint');
    expect(idOf(s)).toBe('1.2.1');
    s = run(s, 'nextSection');
    expect(idOf(s)).toBe('1.3');
    s = run(s, 'nextPart');
    expect(idOf(s)).toBe('2');
    s = run(s, 'nextPoint'); // a point straight under a part
    expect(idOf(s)).toBe('2.1');
    expect(idOf(run(s, 'prevSection'))).toBe('1.5');
    expect(idOf(run(s, 'prevPart'))).toBe('2');
    expect(idOf(run(s, 'prevPoint'))).toBe('1.5.3');
    expect(run(s, 'nextPart', 'nextPart').message).toBe('后面没有部分了');
  });
});

describe('go to', () => {
  it.each([
    ['2.3', '2.3'],
    ['二.三', '2.3'],
    ['1.5.2', '1.5.2'],
  ])('%s', (input, id) => {
    const s = run(typed(run(fresh(), 'goto'), input), 'submit');
    expect(s.mode).toBe('normal');
    expect(idOf(s)).toBe(id);
    expect(idOf(s, s.opened)).toBe(id);
  });

  it('三是 is relative to the current section', () => {
    const inSection = run(fresh(), 'nextSection', 'nextSection'); // 1.2
    expect(idOf(run(typed(run(inSection, 'goto'), '三是'), 'submit'))).toBe('1.2.3');
    const inPart2 = run(fresh(), 'nextPart', 'nextPart', 'nextPoint'); // 2.1
    expect(idOf(run(typed(run(inPart2, 'goto'), '三是'), 'submit'))).toBe('2.3');
  });

  it('unknown input says so; Esc cancels; backspace edits', () => {
    expect(run(typed(run(fresh(), 'goto'), '9.9'), 'submit').message).toMatch(/^找不到“9\.9”/);
    expect(run(typed(run(fresh(), 'goto'), '2'), 'cancel').mode).toBe('normal');
    expect(run(typed(run(fresh(), 'goto'), '2.3'), 'backspace').input).toBe('2.');
  });
});

describe('search', () => {
  it('finds Traditional text with a Simplified query, and says where', () => {
    const s = run(typed(run(fresh(), 'search'), '举措'), 'submit');
    expect(idOf(s)).toBe('1');
    expect(idOf(s, s.opened)).toBe('1');
    expect(s.search!.hits.length).toBeGreaterThan(0);
    // Which hit first (with its sentence), then where it is.
    const said = s.log.slice(-s.fresh).map((l) => l.text);
    expect(said[0]).toMatch(/^第1处，共\d+处：一、2024年法治政府建設主要舉措及成效/);
    expect(said[1]).toBe('第一部分（共三部分）：2024年法治政府建設主要舉措及成效');
  });

  it('in the screen-reader layout, Enter on a part prints its own text and what is under it, not the whole part', () => {
    const s = run(fresh({ screenReader: true }), 'nextPart', 'openSilently');
    const said = s.log.slice(-s.fresh).map((l) => l.text);
    expect(said).toEqual([
      '第一部分（共三部分）：2024年法治政府建設主要舉措及成效',
      '一、2024年法治政府建設主要舉措及成效',
      '其下共有五节，第一节：聚焦政治引領“根本點”,法治統籌全面推進。按 → 进入，按 a 从这里连续朗读。',
    ]);
    // A point prints its own paragraph: the sentence text, not a summary.
    const point = run(fresh({ screenReader: true }), 'nextPoint', 'openSilently');
    expect(point.log.at(-1)!.text.startsWith('制定年度習近平法治思想')).toBe(true);
  });

  it('n and N walk the hits and wrap around', () => {
    const s = run(typed(run(fresh(), 'search'), '复议'), 'submit');
    const n = s.search!.hits.length;
    expect(n).toBeGreaterThan(2);
    const after = run(s, 'searchNext');
    expect(after.search!.current).toBe(1);
    expect(run(s, 'searchPrev').search!.current).toBe(n - 1);
    expect(after.sentence).toBe(s.search!.hits[1]!.sentence);
  });

  it('finds exactly the sentences a sentence-by-sentence search finds', async () => {
    const { fold } = await import('../../src/script/index.js');
    for (const query of ['举措', '復議', '法治', '2024', '上虞区', '着眼点', 'N', '紹興市上虞區2024年度']) {
      const expected: { item: number; sentence: number }[] = [];
      for (const item of [HEAD, ...index.entries.map((e) => e.index)]) {
        index.sentences(item).forEach((s, k) => {
          if (fold(s.text).includes(fold(query))) expected.push({ item, sentence: k });
        });
      }
      const got = run(typed(run(fresh(), 'search'), query), 'submit').search!.hits;
      expect(
        [...got].sort((a, b) => a.item - b.item || a.sentence - b.sentence),
        query,
      ).toEqual(expected);
    }
  });

  it('no hits, and n before any search', () => {
    expect(run(typed(run(fresh(), 'search'), '不存在的词'), 'submit').message).toBe('没有找到“不存在的词”');
    expect(run(fresh(), 'searchNext').message).toBe('还没有搜索：按 / 搜索');
  });
});

describe('script, where am I, bookmarks, overlays, quit', () => {
  it('t cycles original → simplified → traditional → original', () => {
    const s1 = run(fresh(), 'cycleScript');
    expect(s1.script).toBe('simplified');
    expect(run(s1, 'down').message).toBe('第一部分（共三部分）：2024年法治政府建设主要举措及成效');
    expect(run(s1, 'cycleScript').script).toBe('traditional');
    expect(run(s1, 'cycleScript', 'cycleScript').script).toBe('original');
  });

  it('w says the position in words, the sentence and the script', () => {
    const s = run(fresh(), 'nextPoint', 'nextPoint', 'open', 'whereAmI');
    expect(s.message).toBe('第一部分 第一节 第二点（共三点）：精心謀劃抓統籌；第1句，共5句；原文');
  });

  it("m bookmarks here, ' lists them, Enter jumps, d deletes", () => {
    let s = run(fresh(), 'nextPoint', 'bookmark');
    expect(s.bookmarks.map((b) => b.id)).toEqual(['1.1.1']);
    expect(run(s, 'bookmark').message).toBe('这里已有书签');
    s = run(s, 'nextPart', 'nextPart', 'bookmark', 'first');
    s = run(s, 'bookmarks');
    expect(s.mode).toBe('bookmarks');
    s = run(s, 'down', 'choose');
    expect(s.mode).toBe('normal');
    expect(idOf(s)).toBe('3');
    s = run(s, 'bookmarks', 'deleteBookmark');
    expect(s.bookmarks.map((b) => b.id)).toEqual(['3']);
    expect(run(fresh(), 'bookmarks').message).toBe('还没有书签：按 m 加书签');
  });

  it('says 已加书签 only once the store has it; a failed write says so and shows no bookmark', () => {
    const asked = reduce(run(fresh(), 'nextPoint'), { type: 'bookmark' });
    expect(asked.bookmarkRequest).toMatchObject({ kind: 'add', bookmark: { id: '1.1.1' } });
    expect(asked.message).not.toMatch(/已加书签/);
    const failed = reduce(asked, { type: 'bookmarksStored', result: { ok: false, reason: '磁盘已满（ENOSPC）' } });
    expect(failed.message).toBe('书签没有保存：磁盘已满（ENOSPC）');
    expect(failed.bookmarks).toEqual([]);
    expect(failed.bookmarkRequest).toBeNull();
    // The list shows what the store has now, bookmarks other readers added included.
    const other = { id: '2', sentence: 0, label: '别的读者加的', created: '' };
    const listed = reduce(reduce(fresh(), { type: 'bookmarks' }), { type: 'bookmarksStored', result: { ok: true, bookmarks: [other] } });
    expect(listed.mode).toBe('bookmarks');
    expect(listed.bookmarks).toEqual([other]);
  });

  it('? and M open overlays that Esc closes; in screen-reader mode they are printed instead', () => {
    expect(run(fresh(), 'help').mode).toBe('help');
    expect(run(fresh(), 'help', 'cancel').mode).toBe('normal');
    expect(run(fresh(), 'meta').mode).toBe('meta');
    const sr = run(fresh({ screenReader: true }), 'help');
    expect(sr.mode).toBe('normal');
    expect(sr.log.map((l) => l.text)).toContain(`${'q Ctrl+C'.padEnd(12)} 退出 quit`);
    const card = run(fresh({ screenReader: true }), 'meta').log.map((l) => l.text);
    expect(card).toContain('公開日期：2025-02-08 15:56');
    expect(card).toContain('结构：3 部分，5 节，24 点');
  });

  it('Enter in screen-reader mode prints the passage as lines', () => {
    const s = run(fresh({ screenReader: true }), 'nextPoint', 'open');
    const tail = s.log.slice(-2).map((l) => l.text);
    expect(tail[0]).toBe('一是思想引領強根基');
    expect(tail[1]!.startsWith('制定年度習近平法治思想')).toBe(true);
  });

  it('a long session keeps the visual log short, and the screen-reader log whole', () => {
    const moves = Array<'down' | 'up'>(300)
      .fill('down')
      .map((c, k) => (k % 2 ? 'up' : c));
    const visual = run(fresh(), ...moves);
    expect(visual.log.length).toBeLessThanOrEqual(200);
    expect(visual.log.at(-1)!.seq).toBe(301); // numbering goes on (2 lines at start, 300 moves)
    // The screen-reader layout keeps every line: one a move, and where a move lands on an item with
    // children, one more saying whether it is folded (the visual layout shows + or −).
    const printed = run(fresh({ screenReader: true }), ...moves).log;
    const folds = printed.filter((l) => /^已(展开|折叠)，其下 \d+ 项/.test(l.text)).length;
    expect(folds).toBeGreaterThan(0);
    expect(printed.length).toBe(302 + folds);
  });

  it('every key of every table gives its command, and a command of another table does nothing', () => {
    expect(run(fresh(), 'quit').quit).toBe(true);
    const special: Record<string, object> = {
      up: { upArrow: true },
      down: { downArrow: true },
      left: { leftArrow: true },
      right: { rightArrow: true },
      pageUp: { pageUp: true },
      pageDown: { pageDown: true },
      home: { home: true },
      end: { end: true },
      enter: { return: true },
      escape: { escape: true },
      backspace: { backspace: true },
      delete: { delete: true },
    };
    for (const mode of Object.keys(KEY_TABLES) as KeyMode[]) {
      for (const b of KEY_TABLES[mode]) {
        for (const k of b.keys) {
          const got =
            typeof k === 'string'
              ? commandFor(mode, k, {})
              : 'special' in k
                ? commandFor(mode, k.special === 'ctrl+c' ? 'c' : '', k.special === 'ctrl+c' ? { ctrl: true } : special[k.special]!)
                : commandFor(mode, '举', {});
          expect(got?.command, `${mode} ${JSON.stringify(k)}`).toBe(b.command);
        }
      }
    }
    // A list key that reaches the normal mode (queued before the list closed) changes nothing.
    const s = run(fresh(), 'nextPoint');
    expect(reduce(s, { type: 'deleteBookmark' })).toBe(s);
    expect(reduce(s, { type: 'submit' })).toBe(s);
  });

  it('Esc steps back out of whatever is open: a reading, a prompt, a list, an overlay', () => {
    const esc = (mode: KeyMode) => commandFor(mode, '', { escape: true })!.command as Command['type'];
    expect(run(fresh(), 'goto', esc('prompt'))).toMatchObject({ mode: 'normal', message: '已取消' });
    expect(run(fresh(), 'help', esc('overlay')).mode).toBe('normal');
    const listed = run(fresh(), 'bookmark', 'bookmarks');
    expect(listed.mode).toBe('bookmarks');
    expect(run(listed, esc('list')).mode).toBe('normal');
    expect(esc('normal')).toBe('stop');
  });

  it('a warning at start stays on screen when the speech engine turns up or the window is resized', () => {
    const s = fresh({ notes: ['warning: state file was corrupt'] });
    const later = run(s, { type: 'speechReady', ok: false, reason: 'none' }, { type: 'resize', rows: 20, cols: 60 });
    expect(later.log.slice(-later.fresh).map((l) => l.text)).toEqual(['warning: state file was corrupt', '开头：紹興市上虞區2024年度法治政府建設工作情況報告']);
    expect(run(later, 'down').fresh).toBe(1); // the next thing said replaces it
  });

  it('resumes at a saved position, and a position no longer in the document falls back to the top', () => {
    const s = fresh({ position: { id: '1.3.2', sentence: 2 } });
    expect(idOf(s)).toBe('1.3.2');
    expect(s.sentence).toBe(2);
    expect(s.expanded.has('1.3')).toBe(true);
    expect(fresh({ position: { id: '9.9', sentence: 0 } }).cursor).toBe(HEAD);
  });
});

describe('stepping through the visible outline', () => {
  it('next/prev/first/last/window agree with the full visible list, however the outline is folded', async () => {
    const { nextVisible, prevVisible, lastVisible, visibleWindow } = await import('../../src/reader/outline.js');
    const folds = [
      fresh().expanded,
      new Set<string>(),
      new Set(index.entries.filter((e) => e.node.children.length).map((e) => e.node.id)),
      new Set(['1', '1.3', '3']),
    ];
    for (const expanded of folds) {
      const s = { ...fresh(), expanded };
      const { list } = visibleItems(s);
      list.forEach((item, k) => {
        expect(nextVisible(s, item)).toBe(list[k + 1] ?? null);
        expect(prevVisible(s, item)).toBe(list[k - 1] ?? null);
      });
      expect(index.firstItem).toBe(list[0]);
      expect(lastVisible(s)).toBe(list.at(-1));
      for (const h of [1, 5, 10, 40]) {
        for (const item of list) {
          const w = visibleWindow(s, item, h);
          expect(w).toContain(item);
          expect(w.length).toBe(Math.min(h, list.length));
          const at = list.indexOf(w[0]!);
          expect(w).toEqual(list.slice(at, at + w.length)); // a contiguous run of the outline
        }
      }
    }
  });
});
