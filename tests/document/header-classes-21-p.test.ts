// Round 21 of issue 26, theme P: pairs at a page's head and foot, printed a site's own way. A reader knows a key by
// its shape and place and a value by its kind; where a value ends is where its kind ends.
// - A site's stamp line right under the headline: a clocked date with only bare words (a role, a place, tags, a source's
//   name glued on) and counters round it (网络编辑 晋中 2022-07-27 11:48:03 0 晋中 山西 总书记: 3310; 2019-10-16
//   10:01:50大公文汇全媒体: 3404): the date is the page's 日期 (meta-stamp.ts).
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

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['stamps over and over', '网络编辑 晋中 2022-07-27 11:48:03 0 '.repeat(6000)],
    ['digits and colons', '1:1'.repeat(70000)],
  ])('%s', (_name, line) => {
    const t0 = performance.now();
    parse(`${HEADLINE}\n\n${line}\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
