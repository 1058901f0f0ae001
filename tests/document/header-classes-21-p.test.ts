// Round 21 of issue 26, theme P: pairs at a page's head and foot, printed a site's own way. A reader knows a key by
// its shape and place and a value by its kind; where a value ends is where its kind ends.
// - A site's stamp line right under the headline: a clocked date with only bare words (a role, a place, tags, a source's
//   name glued on) and counters round it (网络编辑 晋中 2022-07-27 11:48:03 0 晋中 山西 总书记: 3310; 2019-10-16
//   10:01:50大公文汇全媒体: 3404): the date is the page's 日期 (meta-stamp.ts).
// - A source's value ends where an outlet's name ends: before a forum's anti-scrape junk (來源:長江云# T! O) a. ]%: 3408),
//   and with a magazine's issue in it before its authors and a comment link (中国政协杂志2026年第5期 周昀烽 潘柯君我有话说:
//   3516) (text-lines.ts, sourceName).
// - A foot's desk credits name each step of a review chain and who entered the copy (初審：佟焱 ⏎ 復審：張洋 ⏎ 終審：…: 3322;
//   录入:徐影: 3508): roles of the desk (credit-roles.ts, DESK_ROLE), read as the foot reads 编辑 and 审核.
// - A release's contact at its foot, a person over a phone, keyed by a colon or a long dash (新聞稿聯絡人─范瑞耘 ⏎
//   聯絡電話─5532220轉3912: 3326; 聯絡人:台中市政府民政局 黃先生 ⏎ 聯絡電話:04-22289111 分機29117: 1819) (meta-contact.ts).
// The printings are generated (words × places × scripts × date forms); the look-alikes (a date in a sentence, a line of
// related articles with punctuation, a date with no clock beside a word, a stamp over the title) stay as they were.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const BODY = '\n\n今年以来，全市上下坚持稳中求进工作总基调，经济社会发展取得新成效，全年地区生产总值增长5.2%。\n';
const BODY_TW = '\n\n今年以來，全市上下堅持穩中求進工作總基調，經濟社會發展取得新成效，全年地區生產總值增長5.2%。\n';
const HEADLINE = '市委书记在全市主流媒体座谈会上强调';
const HEADLINE_TW = '縣長出席全縣經濟工作會議並講話';

describe("a site's stamp line under the headline: a clocked date among bare words and counters (3310, 3404)", () => {
  const DATES = ['2022-07-27 11:48:03', '2019/10/16 10:01', '2024年03月05日 09:30', '2021.11.02 18:20:45'];
  const STAMPS: ((d: string) => string)[] = [
    (d) => `网络编辑 晋中 ${d} 0 晋中 山西 总书记`,
    (d) => `${d}大公文汇全媒体`,
    (d) => `${d}大公文匯全媒體`,
    (d) => `責任編輯 臺中 ${d} 12`,
    (d) => `admin ${d} 3 时政`,
    (d) => `本站编辑 ${d} 要闻 综合`,
  ];
  const cases = cross(STAMPS, DATES).flatMap(([s, d]) => [[s(d), d, HEADLINE, BODY] as const, [s(d), d, HEADLINE_TW, BODY_TW] as const]);
  it.each(cases)('%s under a headline: 日期 %s', (stamp, date, headline, body) => {
    const page = `某某资讯网\n\n${headline}\n\n${stamp}${body}`;
    const got = readPage(page);
    expect(got.title).toBe(headline);
    expect(got.meta).toEqual([`日期=${date}`]);
  });
});

describe('stamps read before this round stay read (the name before the date, wide gaps)', () => {
  it.each(cross(['大公文汇全媒体2022-07-27 11:48:03', '2019/10/16 10:01　來源網站　1234'], [HEADLINE, HEADLINE_TW]))('%s under %s', (stamp, headline) => {
    const got = readPage(`某某资讯网\n\n${headline}\n\n${stamp}${BODY}`);
    expect(got.title).toBe(headline);
    expect(got.meta).toHaveLength(1);
    expect(got.meta[0]).toMatch(/^日期=20/);
  });
});

describe('look-alikes of a stamp line stay as they were', () => {
  const page = (line: string) => `某某资讯网\n\n${HEADLINE}\n\n${line}${BODY}`;
  // What the code read before this round; the stamp rule must not touch them.
  it.each([
    // A sentence with a clocked date in it.
    '2022年7月27日 11:48，全市主流媒体座谈会在晋中召开，会议强调要坚持正确导向。',
    // A related article's line, with punctuation.
    '相关新闻：晋中召开主流媒体座谈会 2022-07-27 11:48',
    // Two dates (a list's).
    '晋中 2022-07-27 11:48 山西 2022-07-28 09:00',
    // A poster's line whose words after the date are its text.
    '王某 发表于 2022-07-27 11:48 浅谈几点看法',
    // Long words: a headline, not a stamp's bare words.
    '全市进一步深入学习贯彻重要指示精神座谈会召开 2022-07-27 11:48',
  ])('%s', (line) => {
    const got = readPage(page(line));
    expect(got.meta.filter((m) => m.startsWith('日期=2022-07-27 11:48'))).toEqual([]);
  });
  // A date with no clock beside a word: not a stamp (a column's day, a headline's day).
  it.each(['网络编辑 晋中 2022-07-27 晋中 山西 总书记', '2022-07-27大公文汇全媒体'])('%s: not read by the stamp rule', (line) => {
    expect(readPage(page(line)).meta).not.toContain('日期=2022-07-27');
  });
});

describe("a source's value ends where the outlet's name ends (3408, 3516)", () => {
  const page = (line: string, headline: string, body: string) => `${headline}\n\n${line}${body}`;
  const JUNK = ['# T! O) a. ]% r! ~ ~3 r', ' ! \\% A: p s& @+ g- W; T/ V', '$ q, V/ I0 C$ a"', ' - [0 V7 m3 y2 N; Z7 d'];
  const OUTLETS = ['長江云', '湖北日報', '人民网', '央视新闻客户端', '荆楚网'];
  const KEYS = ['來源:', '来源：', '信息来源:', '文章來源： '];
  const junkCases = cross(cross(OUTLETS, JUNK), KEYS).map(([[o, j], k], i) => [k, o, j, i % 2 ? HEADLINE_TW : HEADLINE] as const);
  it.each(junkCases)('%s%s then junk %j', (key, outlet, junk, headline) => {
    const got = readPage(page(`${key}${outlet}${junk}`, headline, BODY));
    expect(got.meta).toEqual([`${key.replace(/[:：\s]+$/, '')}=${outlet}`]);
  });
  const ISSUES = ['2026年第5期', '第12期', '2025年3月号', '2024年第3卷'];
  const MAGS = ['中国政协杂志', '求是杂志', '瞭望周刊', '人民政協報', '紫光阁杂志社'];
  const TAILS = [' 周昀烽 潘柯君我有话说', ' 张三 李四', '　王小明', ' 记者王小明 分享'];
  const issueCases = cross(cross(MAGS, ISSUES), TAILS)
    .filter((_, i) => i % 2 === 0)
    .map(([[m, n], t]) => [m, n, t] as const);
  it.each(issueCases)('来源:%s%s then %j', (mag, issue, tail) => {
    const got = readPage(page(`2026-03-07 13:25:10 来源:${mag}${issue}${tail}`, HEADLINE, BODY));
    expect(got.meta).toEqual(['日期=2026-03-07 13:25:10', `来源=${mag}${issue}`]);
  });
});

describe("look-alikes of a source's end stay whole (as read before this round)", () => {
  it.each([
    ['来源：人民日报(2024-01-01)', ['来源=人民日报(2024-01-01)']],
    ['來源：中央社 C.N.A', ['來源=中央社 C.N.A']],
    ['来源：央视网 - CCTV.com', ['来源=央视网 - CCTV.com']],
    ['来源：中国政协杂志2026年第5期 人民网', ['来源=中国政协杂志2026年第5期 人民网']],
    ['来源：市政府办公室 第12期', ['来源=市政府办公室 第12期']],
    ['来源：新华社 记者 张三', ['来源=新华社', '记者=张三']],
  ])('%s', (line, want) => {
    expect(readPage(`${HEADLINE}\n\n${line}${BODY}`).meta).toEqual(want);
  });
});

describe("a foot's review chain and data entry credits (3322, 3508)", () => {
  const CHAINS: [string, string][] = [
    ['初审', '复审'],
    ['初審', '復審'],
    ['初审', '审稿'],
    ['录入', '初审'],
    ['錄入', '覆審'],
    ['排版', '复审'],
  ];
  const SEPS = ['：', ':', '： '];
  const NAMES = [
    ['佟焱', '張洋'],
    ['徐影', '李明华'],
  ];
  const cases = cross(cross(CHAINS, SEPS), NAMES).map(([[[a, b], sep], [n, m]], i) => [a, b, sep, n!, m!, i % 2 === 0] as const);
  it.each(cases)('%s then %s (%j) at the foot: %s, %s (last: 终审 %s)', (a, b, sep, n, m, final) => {
    const tw = /[審錄]/.test(a + b);
    const foot = `${a}${sep}${n}\n${b}${sep}${m}${final ? `\n${tw ? '終審' : '终审'}${sep}王五` : ''}`;
    const got = readPage(`${tw ? HEADLINE_TW : HEADLINE}${tw ? BODY_TW : BODY}${foot}\n`, { sorted: true });
    const want = [`${a}=${n}`, `${b}=${m}`, ...(final ? [`${tw ? '終審' : '终审'}=王五`] : [])].sort();
    expect(got.meta).toEqual(want);
  });
  it.each(['初审阶段，共有12个项目通过评审。', '录入系统后，数据将自动汇总到市级平台。', '复审：对初审通过的项目进行实地核查，确保数据真实。', '二审维持原判'])(
    'a sentence with a review word stays the text: %s',
    (line) => {
      const got = readPage(`${HEADLINE}${BODY}${line}\n`);
      expect(got.meta).toEqual([]);
    },
  );
});

describe("a release's contact at its foot: a person over a phone, a colon or a long dash (3326, 1819)", () => {
  const PERSONS: [string, string][] = [
    ['新聞稿聯絡人', '范瑞耘'],
    ['聯絡人', '台中市政府民政局 黃先生'],
    ['联系人', '王小明'],
    ['新闻联络人', '区政府办 李女士'],
    ['承辦人', '陳怡君'],
  ];
  const PHONES: [string, string][] = [
    ['聯絡電話', '5532220轉3912'],
    ['联系电话', '0571-87654321'],
    ['電話', '04-22289111 分機29117'],
    ['手機', '0912-345678'],
  ];
  const MARKS = ['─', '——', '：', ':', '－'];
  const cases = cross(cross(PERSONS, PHONES), MARKS)
    .filter((_, i) => i % 2 === 0)
    .map(([[[pk, pv], [fk, fv]], mark]) => [pk, pv, fk, fv, mark] as const);
  it.each(cases)('%s %s over %s %s, marked %j', (pk, pv, fk, fv, mark) => {
    const tw = /[聯電話辦陳機]/.test(pk + fk);
    const page = `${tw ? HEADLINE_TW : HEADLINE}${tw ? BODY_TW : BODY}\n${pk}${mark}${pv}\n${fk}${mark}${fv}\n`;
    expect(readPage(page).meta).toEqual([`${pk}=${pv}`, `${fk}=${fv}`]);
  });
  // Each key alone over its value, as a page with another layout prints it (聯絡人: ⏎ 黃先生).
  it.each(cross(PERSONS.slice(0, 2), ['：', '─']))('%j with each value on the next line, marked %j', ([pk, pv], mark) => {
    const page = `${HEADLINE_TW}${BODY_TW}\n${pk}${mark}\n${pv}\n聯絡電話${mark}\n04-22289111\n`;
    expect(readPage(page).meta).toEqual([`${pk}=${pv}`, '聯絡電話=04-22289111']);
  });
  it.each([
    // A site's footer: a phone with no named person over it, under an address.
    ['地址：某市某路1号\n联系电话：0571-87654321', []],
    // A company's footer: the contact among its address and fax.
    ['联系人：王经理\n联系电话：13812345678\n地址：某市某路1号', []],
    ['传真：0571-1234567\n聯絡人：王經理\n電話：0571-87654321', []],
    // A headline's long dash, a speech's occasion.
    ['联系群众——在全市群众工作会议上的讲话\n电话——12345', []],
    // A person's line with a sentence's words is the text's.
    ['联系人：请各单位于5月10日前报送，逾期不候。\n联系电话：0571-87654321', []],
  ])('not a release contact: %j', (foot, want) => {
    const got = readPage(`${HEADLINE}${BODY}\n${foot}\n`);
    expect(got.meta.filter((m) => /联系|聯絡|电话|電話/.test(m))).toEqual(want);
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['stamps over and over', '网络编辑 晋中 2022-07-27 11:48:03 0 '.repeat(6000)],
    ['digits and colons', '1:1'.repeat(70000)],
    ['a source with junk after it', `来源：长江云${'# T! O) a. '.repeat(20000)}`],
    ['contact lines over and over', '聯絡人─范瑞耘\n聯絡電話─5532220轉3912\n'.repeat(10000)],
    ['a long dash over and over', `聯絡人${'─'.repeat(200000)}`],
    ['a source with an issue over and over', `来源：中国政协杂志${'2026年第5期 '.repeat(20000)}`],
  ])('%s', (_name, line) => {
    const t0 = performance.now();
    parse(`${HEADLINE}\n\n${line}\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
