// Round 18, theme M: what a page states about itself, widened. The printings are generated from parts (a date's
// printing × a separator × a key and its value × a script) and assert what parse() gives; look-alikes of each class
// must stay as they were, and every new pattern is read on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  1月19日至20日，全州政协会议、人大会议相继开幕，代表委员共绘美好蓝图。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
const TITLES = ['感恩奋进写答卷 焕新出发谱新篇', '市十六屆人大四次會議開幕'];

describe('the separators of a line of pairs are one set: a dot, a diamond, a slash or a bar between pairs parts them', () => {
  /** The marks sites print between pairs, spaced as they print them. */
  const SEPARATORS = [' · ', ' • ', '▪ ', '◆ ', '丨', ' 丨 ', '│', '┃', ' / ', ' ／ ', '· ', ' ・ '];
  const DATES = ['2025-03-03', '2025年3月3日', 'Mar 3, 2025', '2025-03-03 09:30'];
  const PAIRS = [
    ['来源', '某市日报'],
    ['來源', '某縣融媒體中心'],
    ['作者', '张三'],
    ['浏览次数', '1024'],
  ] as const;
  const cases: [string, string, string[]][] = [];
  for (const [s, sep] of SEPARATORS.entries())
    for (const [d, date] of DATES.entries()) {
      const [key, value] = PAIRS[(s + d) % PAIRS.length]!;
      cases.push([`${date}${sep}${key}：${value}`, `${date}${sep}${key}：${value}`, [`${key}=${value}`, `日期=${date}`]]);
    }
  // Two keyed pairs with the mark between them: the first value ends at the mark.
  for (const [s, sep] of SEPARATORS.entries()) {
    const [key, value] = PAIRS[s % 2]!;
    const [key2, value2] = PAIRS[2 + (s % 2)]!;
    cases.push([`${key}：${value}${sep}${key2}：${value2}`, `${key}：${value}${sep}${key2}：${value2}`, [`${key2}=${value2}`, `${key}=${value}`]]);
  }
  it.each(cases)('%s', (_name, line, meta) => {
    const title = TITLES[line.length % 2]!;
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [...meta].sort() });
  });

  // Look-alikes: a mark glued inside a value is the value's (a name's dot, a credit's slash, a date's, two offices').
  it.each([
    ['作者：阿卜杜拉·艾买提', ['作者=阿卜杜拉·艾买提']],
    ['来源：市委/市政府', ['来源=市委/市政府']],
    ['日期：2025/03/03 · 来源：某市日报', ['日期=2025/03/03', '来源=某市日报']],
    ['来源：某市日报 丨 作者：阿卜杜拉·艾买提', ['作者=阿卜杜拉·艾买提', '来源=某市日报']],
  ])('a glued mark stays in its value: %s', (line, meta) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [...meta].sort() });
  });
  it('a breadcrumb of slashes is no line of pairs', () => {
    expect(read(`首页 / 新闻中心 / 本地新闻\n\n${TITLES[0]}\n\n${BODY}`).meta).toEqual([]);
  });
});

describe('hostile long lines stay linear', () => {
  it.each([[' · '], ['·'], [' / '], ['丨']])('a separator between 200 000 characters (%s)', (sep) => {
    const t0 = performance.now();
    parse(`${TITLES[0]}\n\n来源：${`某${sep}`.repeat(60_000)}\n\n${BODY}`);
    parse(`${TITLES[0]}\n\n记者 ${`张三${sep} `.repeat(50_000)}\n\n${BODY}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
