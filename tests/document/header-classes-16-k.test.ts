// Round 16, theme K: one credit grammar (credits.ts: a role or roles joined, a mark or none, names, an outlet in brackets,
// several credits on a line set apart or glued) and one test of a value's kind (meta-kinds.ts: a count for a counter, a
// state for a validity key, no image's file name for any key). The printings are generated, not listed: each class's
// parts are combined (roles × scripts × marks × names of another site × layouts × …) and parse() is asserted on each;
// look-alikes of each shape must stay as they are. The real pages (1807, 1811, 1829, 1903, 1905, 1907, 1930) are held to
// their gold in real-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const HEAD = '某县召开重点项目建设推进会\n';
const TITLE = '某县召开重点项目建设推进会';
const BODY = '  3月5日，全县召开重点项目建设推进会，会议总结了去年工作，部署了今年任务。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';

/** Every combination of the parts' lists. */
function combine<T extends unknown[]>(...lists: { [K in keyof T]: T[K][] }): T[] {
  return lists.reduce<unknown[][]>((acc, list) => acc.flatMap((a) => list.map((x) => [...a, x])), [[]]) as T[];
}

/** Roles in both scripts, as a desk's foot prints them. */
const DESK: [string, string][] = [
  ['记者', '記者'],
  ['编辑', '編輯'],
  ['校对', '校對'],
  ['编审', '編審'],
  ['审核', '審核'],
  ['责任编辑', '責任編輯'],
];
/** Names of another site, one or two glued (钟俊怡周密). */
const NAMES = [
  ['姚强', '章虹', '肖阳', '钟俊怡周密'],
  ['林佳穎', '陳志明', '黃俊傑', '蔡文華鄭小明'],
];

describe('a foot of credits with each role glued to its names, one a line (1907, 1829)', () => {
  const cases = combine<[number, number, number]>([0, 1], [2, 3, 4], [0, 1]).map(([script, count, names]) => {
    const roles = DESK.slice(0, count).map((r) => r[script]!);
    const who = NAMES[names]!;
    return [`${count} roles, script ${script}, names ${names}`, roles.map((r, k) => `${r}${who[k]}`), roles.map((r, k) => `${r}=${who[k]}`)] as const;
  });
  it.each(cases)('%s', (_name, lines, meta) => {
    expect(read(`${HEAD}${BODY}${lines.join('\n')}\n`)).toEqual({ title: TITLE, meta: [...meta].sort() });
  });
  it.each(['记者刘昕宇', '記者陳志明', '记者钟俊怡周密'])('a reporter glued alone over a keyed editor: %s', (line) => {
    const [role, name] = [line.slice(0, 2), line.slice(2)];
    expect(read(`${HEAD}${BODY}${line}\n责任编辑: 李丹\n`).meta).toEqual([`${role}=${name}`, '责任编辑=李丹'].sort());
  });
});

describe('several credits on one line, glued to the next role, each with its colon (记者：姚强编辑：章虹校对：肖阳)', () => {
  const twoCharacterNames = [
    ['姚强', '章虹', '肖阳'],
    ['陳明', '黃傑', '蔡華'],
    ['王芳', '李强', '赵敏'],
  ];
  const cases = combine<[number, string, number]>([0, 1], ['：', ':'], [0, 1, 2]).map(([script, mark, names]) => {
    const roles = [DESK[0]![script]!, DESK[2]![script]!, DESK[3]![script]!];
    const who = twoCharacterNames[names]!;
    return [
      `script ${script}, mark ${mark}, names ${names}`,
      roles.map((r, k) => `${r}${mark}${who[k]}`).join(''),
      roles.map((r, k) => `${r}=${who[k]}`),
    ] as const;
  });
  it.each(cases)('%s', (_name, line, meta) => {
    expect(read(`${HEAD}${BODY}${line}\n`).meta).toEqual([...meta].sort());
  });
});

describe('roles joined by a slash or 、 are one credit, keyed as printed (1811)', () => {
  const joined = combine<[string, string, string, string]>(['采写', '採寫', '撰文', '记者'], ['/', '／'], ['摄影', '攝影', '摄像'], ['：', ':']).filter(
    ([a, , b]) => (a === '採寫') === (b === '攝影'),
  );
  const cases = combine<[[string, string, string, string], string, string]>(joined, ['本报记者 谭人玮', '杨帆'], ['first', 'under']).map(
    ([[a, sep, b, mark], names, where]) =>
      [`${a}${sep}${b}${mark}${names} (${where})`, `${a}${sep}${b}${mark}${names}`, `${a}${sep}${b}=${names}`, where] as const,
  );
  it.each(cases)('%s', (_name, line, pair, where) => {
    const page = where === 'first' ? `${line}\n\n${HEAD}${BODY}` : `${HEAD}${line}\n${BODY}`;
    expect(read(page)).toEqual({ title: TITLE, meta: [pair] });
  });
});

describe("a reporter's credit after a forum's anti-copy junk, the outlet in brackets kept, a table's closing bar left out (1905)", () => {
  const junks = ['/ T6 z) y6 w. h6 f( r* \\', 'k3 Q! x( 8* ', '# p0 M9 b. ', '/ T6 z） y6 ｗ. f（ r* '];
  const cases = combine<[string, string, string, string]>(junks, ['记者', '記者'], ['张婧怡', '林佳穎'], ['(大理日报)', '（云南日报）', '(新華網)']).map(
    ([junk, role, name, outlet]) => [`${junk}${role} ${name} ${outlet} |`, `${role}=${name} ${outlet}`] as const,
  );
  it.each(cases)('%s', (line, pair) => {
    expect(read(`${BODY}${line}\n`).meta).toEqual([pair]);
  });
});

describe("a key the page left empty between credits is none, the credits beside it pairs, in the text's lead or at its foot (1930)", () => {
  const cases = combine<[string, string, string, string, string]>(
    ['作者', '编辑', '編輯'],
    ['日期', '时间', '發布時間'],
    ['浏览', '阅读', '點擊'],
    [':', '：'],
    ['lead', 'foot'],
  ).map(
    ([who, when, counter, mark, where]) =>
      [
        `${who}${mark}阿布 ${when}${mark} ${counter}${mark}0 (${where})`,
        `${who}${mark}阿布 ${when}${mark} ${counter}${mark}0`,
        where,
        [`${who}=阿布`, `${counter}=0`],
      ] as const,
  );
  it.each(cases)('%s', (_name, line, where, meta) => {
    const page = where === 'lead' ? `${HEAD}  全县重点项目建设推进会召开。\n${line}\n${BODY}` : `${HEAD}${BODY}${line}\n`;
    expect(read(page)).toEqual({ title: TITLE, meta: [...meta].sort() });
  });
});

describe("a counter's value is a count: an icon's file name after it is the site's (1903)", () => {
  const cases = combine<[string, string, string]>(
    ['访问量', '浏览次数', '瀏覽次數', '点击数', '阅读'],
    ['收藏.png', 'print.gif', '分享.JPG', 'icon_fav.svg'],
    ['来源: 市政府办公室 发布时间: 2026-01-09', '发布日期：2025-03-02'],
  ).map(([counter, file, before]) => [`${before} ${counter}: ${file}`, counter] as const);
  it.each(cases)('%s', (line, counter) => {
    const meta = read(`${HEAD}${line}\n${BODY}`).meta;
    expect(meta.some((m) => m.startsWith(`${counter}=`))).toBe(false);
    expect(meta.length).toBeGreaterThan(0); // the line's other pairs still read
  });
  it.each(['访问量: 207', '浏览次数：543次', '瀏覽量: 21 次', '点击数：1,024'])('keeps a count: %s', (pair) => {
    const meta = read(`${HEAD}发布日期：2025-03-02 ${pair}\n${BODY}`).meta;
    expect(meta).toContain(pair.replace(/[:：]\s*/, '='));
  });
  // Second reading: counts as sites print them beside the plain digits, and a rate's per cent.
  const printed = combine<[string, string]>(['浏览量', '點擊數', '点击率'], ['1.5K', '2.3k', '共123次', '（543）', '１２３', '85%']);
  it.each(printed)('keeps a count as printed: %s: %s', (counter, count) => {
    const meta = read(`${HEAD}发布日期：2025-03-02 ${counter}：${count}\n${BODY}`).meta;
    expect(meta).toContain(`${counter}=${count}`);
  });
});

describe('a validity key left empty does not take the headline under it (1807)', () => {
  const headlines = ['市政协十五届三次会议隆重开幕', '某县召开重点项目建设推进会', '全市春耕生产现场会在东风镇召开'];
  const cases = combine<[string, string, string]>(['时效', '時效', '有效性'], [':', '：'], headlines).map(
    ([key, mark, headline]) =>
      [`${key}${mark} over ${headline}`, `索引号: 001/2024-0001\n发布日期: 2024-03-22 08:11\n${key}${mark}\n\n${headline}\n`, headline] as const,
  );
  it.each(cases)('%s', (_name, head, headline) => {
    expect(read(`${head}${BODY}`)).toEqual({ title: headline, meta: ['发布日期=2024-03-22 08:11', '索引号=001/2024-0001'] });
  });
  it.each(['有效', '现行有效', '已废止', '長期有效', '尚未生效', '已生效'])('keeps a state: 时效: %s', (state) => {
    expect(read(`索引号: 001/2024-0001\n时效: ${state}\n\n${HEAD}${BODY}`).meta).toEqual(['时效=' + state, '索引号=001/2024-0001'].sort());
  });
});

describe("an editor's credit in brackets closing a paragraph inside the text, any desk role of the grammar", () => {
  const cases = combine<[[string, string], number, [string, string], string]>(
    [
      ['审核', '審核'],
      ['校对', '校對'],
      ['主编', '主編'],
      ['监制', '監製'],
    ],
    [0, 1],
    [
      ['（', '）'],
      ['【', '】'],
      ['(', ')'],
    ],
    ['李明', '陳志明'],
  ).map(([role, script, [open, close], name]) => [`${open}${role[script]}：${name}${close}`, `${role[script]}=${name}`] as const);
  it.each(cases)('%s', (credit, pair) => {
    const text = `${HEAD}  3月5日，全县召开重点项目建设推进会，部署了今年任务。${credit}\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n`;
    expect(read(text)).toEqual({ title: TITLE, meta: [pair] });
  });
});

describe('look-alikes the grammar leaves alone', () => {
  it.each([
    ['a note heading glued to 作者', '作者简介'],
    ['a verdict glued to a role', '审核通过'],
    ['a holiday glued to 记者', '记者节'],
    ["a caption's credit alone", '摄影 张伟'],
    ['a byline in brackets closing the text', '（本报记者 廖睿灵）'],
    ['a sentence opening with a reporter', '记者姚强说，会议开得很成功。'],
  ])('%s', (_name, line) => {
    expect(read(`${HEAD}${BODY}${line}\n`).meta).toEqual([]);
  });
  it.each(['來源：中央社 記者王小明', '来源：新华社 记者李华'])("a source's reporter glued after it stays the source's (1012): %s", (line) => {
    expect(read(`${HEAD}${line}\n${BODY}`).meta).toEqual([line.slice(0, 2) + '=' + line.slice(3, 6)]);
  });
  it.each(['编辑部召开会议部署工作', '记者节座谈会在京举行', '校对工作规范解读'])('a headline opening with a role: %s', (headline) => {
    expect(read(`${headline}\n${BODY}`)).toEqual({ title: headline, meta: [] });
  });
  // Second reading: a surname opens many words (王国, 高手), so a role glued to one is a short headline as well as a credit.
  it.each(['摄影王国', '校对高手', '攝影王國', '校對高手'])(
    'a headline of a role glued to a word opening with a surname, first on the page: %s',
    (headline) => {
      expect(read(`${headline}\n${BODY}`)).toEqual({ title: headline, meta: [] });
    },
  );
});

describe('the round-16 theme K shapes on a line of 200 000 characters', () => {
  const long = 200_000;
  it.each([
    ['junk tokens over and over before a role', `${'r* '.repeat(long / 3)}\\记者 张三`],
    ['roles glued over and over', '记者'.repeat(long / 2)],
    ['a role, a colon and names glued over and over', `编审：${'钟俊怡'.repeat(long / 3)}校对：肖阳`],
    ['a counter then dots over and over', `访问量: ${'.'.repeat(long)}png`],
    ['an outlet bracket opened over and over', `记者 张三 ${'(大理'.repeat(long / 3)}`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    read(`${HEAD}${text}\n${BODY}${text}\n`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
