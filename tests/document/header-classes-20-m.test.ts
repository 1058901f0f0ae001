// Round 20 of issue 26, theme M: the pairs of a page's card printed the site's own way. A reader knows a key by its shape
// and its place, not by a list: a short noun phrase before a colon in a run of the card's pairs (录入人员, 移动端, 创建时间,
// an English Date among Han keys: 2910, 3130, 3220), the run counting the keys the page left empty (访问次数:) and the
// card's keyless date (2019-11-18 08:39栏目:历史进展: 2917, the date glued before the key). What stands before the run and
// is no pair is the publisher's signature: an office's full name (3001), its name and its address (3130). The printings
// are generated (keys × values × companions × scripts × separators × places) and every positive case failed before.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const meta = (text: string) => readPage(text).meta;

const TITLE = '某县2023年政府信息公开工作年度报告';
const TITLE_T = '某縣2023年政府資訊公開工作年度報告';
const BODY = '\n\n  本年度报告是根据《中华人民共和国政府信息公开条例》要求，由县人民政府办公室编制，现予公布。全文包括总体情况、主动公开政府信息情况等内容。\n';
const page = (title: string, line: string) => `您的位置：首页 > 信息公开年报\n${title}\n${line}${BODY}`;

/** Keys no list knows, of a card's shape: who entered it, where it shows, when it was made, a column; in both scripts. */
const UNLISTED: [string, string][] = [
  ['录入人员', 'zlxzwgk'],
  ['錄入人員', '王小明'],
  ['移动端', '区政府工作报告'],
  ['创建时刻', '2015/10/15 16:55:00'],
  ['经办人', '张三'],
  ['栏目', '工作动态'],
  ['欄目', '工作動態'],
  ['责任科室', '综合科'],
  ['Date', '2014-03-19 16:54:42'],
  ['Author', 'Wang'],
];
/** The card's known keys beside it, one full and one the page left empty (its counter filled by a script). */
const COMPANIONS: [string, string, string][] = [
  ['发布时间', '2024-01-19', '访问次数:'],
  ['來源', '縣政府', '瀏覽次數：'],
  ['来源', '互联网', '访问:'],
  ['信息来源', '县政府办公室', '点击数：'],
];
const GAPS = [' ', '   ', '\u3000', '  '];

describe('a key no list knows, of a card’s shape, in a run with a full pair and an empty one (2910, 3220): keys × companions × gaps', () => {
  const cases = cross(UNLISTED, COMPANIONS).flatMap(([[k, v], [ck, cv, label]], i) => {
    const gap = GAPS[i % GAPS.length]!;
    const colon = i % 2 === 0 ? ':' : '：';
    return [
      [`${k}${colon}${v}${gap}${ck}${colon}${cv}${gap}${label}`, k, v, ck, cv] as const,
      [`${ck}${colon}${cv}${gap}${k}${colon}${v}${gap}${label}`, k, v, ck, cv] as const,
    ];
  });
  it.each(cases)('%s', (line, k, v, ck, cv) => {
    const got = meta(page(i18n(k), line));
    expect(got).toContain(`${k}=${v}`);
    expect(got).toContain(`${ck}=${cv}`);
  });
});
/** The title in the script of the key (a Traditional card under a Traditional title). */
const i18n = (k: string) => (/[錄欄]/.test(k) ? TITLE_T : TITLE);

describe('a keyless date glued before a short column pair (2917): dates × keys × values', () => {
  const DATES = ['2019-11-18 08:39', '2024年1月5日', '2023/03/05 10:20:30', '2025-02-11'];
  const KEYS: [string, string][] = [
    ['栏目', '历史进展'],
    ['欄目', '歷史進展'],
    ['频道', '本地新闻'],
    ['頻道', '本地新聞'],
    ['专栏', '学习园地'],
  ];
  it.each(
    cross(DATES, KEYS).flatMap(([d, [k, v]]) => [
      [`${d}${k}:${v}`, d, k, v] as const,
      [`${d}  ${k}：${v}`, d, k, v] as const,
      [`${d}${k} :${v}`, d, k, v] as const,
    ]),
  )('%s', (line, d, k, v) => {
    const got = meta(`${TITLE}\n\n${line}\nTAG:\n${BODY}`);
    expect(got).toContain(`日期=${d}`);
    expect(got).toContain(`${k}=${v}`);
  });
});

describe('the publisher’s signature before the run: an office’s full name, its name and its address (3001, 3130): offices × pairs', () => {
  const OFFICES = ['中国人民政治协商会议湖南省委员会', '某市机关事务管理局', '某縣人民政府辦公室', '某省发展和改革委员会'];
  const lines = (office: string) => [
    `${office}     时间:2018-01-28    来源:`,
    `${office}:http://www.example.com    来源:    创建时间:2015/10/15 16:55:00`,
    `${office}   發布時間：2018-01-28   來源：   錄入人員：王小明`,
  ];
  it.each(OFFICES.flatMap((o) => lines(o).map((l) => [l] as const)))('%s', (line) => {
    const got = meta(page(TITLE, line));
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((m) => /^(?:时间|创建时间|發布時間)=\d{4}/.test(m))).toBe(true);
    if (line.includes('錄入')) expect(got).toContain('錄入人員=王小明');
    expect(got.join(' ')).not.toMatch(/委员会|管理局|辦公室|example/);
  });
});

describe('look-alikes that stay as they were', () => {
  it.each([
    // beside one known pair only, an unknown key is no key of its own (a remark, a note)
    ['来源：县政府 备注：另行通知', ['来源=县政府']],
    // a headline after a date states a clause: no pair
    ['2024-01-05 央行:保持流动性合理充裕', ['日期=2024-01-05']],
    // a URL's scheme is no key
    ['来源：县政府   http://www.example.com   浏览次数：12', ['来源=县政府', '浏览次数=12']],
  ])('%s', (line, want) => {
    expect(meta(page(TITLE, line))).toEqual(want);
  });
  it('a sentence with a colon under the title is text', () => {
    expect(meta(page(TITLE, '各位代表：现在，我代表县人民政府向大会报告工作，请予审议。'))).toEqual([]);
  });
  it('a headline X:Y before a run is not a pair', () => {
    const got = meta(`政治副中心:保定回应没听说 不清楚\n\nDate:2014-03-19 16:54:42   来源:互联网   访问:\n${BODY}`);
    expect(got).toEqual(['Date=2014-03-19 16:54:42', '来源=互联网']);
  });
  it('a headline of a head and a statement after a breadcrumb is the title', () => {
    expect(readPage(`当前位置：首页 > 要闻\n央行：保持流动性合理充裕\n来源：新华社 时间：2024-01-05\n${BODY}`).title).toBe('央行：保持流动性合理充裕');
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['a run of unknown keys', '录入人员:甲 '.repeat(30_000)],
    ['a date glued before a long key', `2019-11-18 08:39${'栏'.repeat(200_000)}:历史进展`],
    ['an office and colons', `某市机关事务管理局:${'http://www.x.com:'.repeat(12_000)}`],
    ['a key, a run of spaces, a colon', `Date${' '.repeat(200_000)}:`],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
