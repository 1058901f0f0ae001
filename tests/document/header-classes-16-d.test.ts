// Round 16, theme D: one date grammar (date-reader.ts). The printings are generated, not listed: each class builds
// its dates from parts (days × separators and orders × scripts × a weekday, a time, a zone, a template's comma or
// counter × another site's title and keys) and asserts what parse() gives; look-alikes of each class must stay as
// they were, and every new pattern is read on a line of 200 000 characters. The real pages it came from (1809, 1820,
// 1901, 1902, 1915, 1920, 1929) are held to their gold in real-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { dateAt } from '../../src/document/date-reader.js';
import { parse } from '../../src/document/parse.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  3月5日，全县召开重点项目建设推进会，会议总结了去年工作，部署了今年任务。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
/** Another site's headline in each script: the title the date line sits under. */
const TITLES = ['某县召开重点项目建设推进会', '南市新任7區長宣誓就職 市長:勇於承擔責任'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];
/** Days of other years and months, so no printing leans on one number. */
const DAYS = [
  [2022, 9, 21],
  [2024, 4, 9],
  [2026, 1, 29],
  [2019, 12, 3],
] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const weekday = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

/** The printings no rule before this round read, each a function of a day: the line, and the date as printed. */
const PRINTINGS: [string, (y: number, m: number, d: number) => string][] = [
  ['month, day, comma glued to the year (Sep 21,2022)', (y, m, d) => `${MONTHS[m - 1]!.slice(0, 3)} ${d},${y}`],
  ['the month whole (September 21, 2022)', (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`],
  ['day first (21 Sep 2022)', (y, m, d) => `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`],
  ['RFC 822 with a zone', (y, m, d) => `${WEEKDAYS_EN[weekday(y, m, d)]!.slice(0, 3)}, ${pad(d)} ${MONTHS[m - 1]!.slice(0, 3)} ${y} 08:00:00 +0800`],
  ['a Chinese month, a dot, English order (4月. 09, 2024)', (y, m, d) => `${m}月. ${pad(d)}, ${y}`],
  ['full-width hyphens', (y, m, d) => `${y}－${pad(m)}－${pad(d)}`],
  ['full-width slashes', (y, m, d) => `${y}／${m}／${d}`],
  ['a time and the weekday after it', (y, m, d) => `${y}-${pad(m)}-${pad(d)} 10:30 星期${WEEKDAYS_ZH[weekday(y, m, d)]}`],
  ['an English weekday in brackets', (y, m, d) => `${y}.${pad(m)}.${pad(d)} (${WEEKDAYS_EN[weekday(y, m, d)]!.slice(0, 3)})`],
  ['a Chinese weekday before, the English order', (y, m, d) => `週${WEEKDAYS_ZH[weekday(y, m, d)]}, ${MONTHS[m - 1]!.slice(0, 3)}. ${d}, ${y}`],
];
/** What a template leaves after the date on its line: nothing, a list's comma, a view counter with no count. */
const TAILS: [string, string][] = [
  ['alone', ''],
  ['a trailing comma', ','],
  ['a view counter with no count', ' Views'],
];

describe('a line that is only a date, in any printing, under the title is the page’s 日期 (1820, 1929)', () => {
  const cases: [string, string, string, string][] = [];
  for (const [name, print] of PRINTINGS)
    for (const [k, [y, m, d]] of DAYS.entries()) {
      const [tail, end] = TAILS[k % TAILS.length]!;
      const title = TITLES[k % TITLES.length]!;
      const date = print(y, m, d);
      cases.push([`${name}, ${y}, ${tail}`, title, `${date}${end}`, date]);
    }
  it.each(cases)('%s', (_name, title, line, date) => {
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
});

describe('a date first on a page with no title is 日期 when it is bracketed, or alone with a comma (1902, 1929)', () => {
  const REPORT = '本年度报告根据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、主动公开政府信息情况等六项内容。\n一、总体情况\n';
  const cases: [string, string, string][] = [];
  for (const [y, m, d] of DAYS) {
    const forms = [`${y}年${m}月${d}日`, `${y}-${pad(m)}-${pad(d)}`, `${y}/${m}/${d}`, `${y}－${pad(m)}－${pad(d)}`];
    for (const [k, date] of forms.entries()) {
      const [open, close] = k % 2 === 0 ? ['(', ')'] : ['（', '）'];
      cases.push([`${date} in ${open}${close}`, `${open}${date}${close}`, date]);
    }
  }
  it.each(cases)('%s', (_name, line, date) => {
    expect(read(`${line}\n${REPORT}`)).toEqual({ title: null, meta: [`日期=${date}`] });
  });
});

describe("a date alone after the page's keyed date is that date printed again, no second 日期 (1901)", () => {
  const KEYS = ['发文日期', '发布日期', '发布时间', '公开日期', '發布時間', '更新时间'];
  const cases: [string, string, string][] = [];
  for (const [k, key] of KEYS.entries()) {
    const [y, m, d] = DAYS[k % DAYS.length]!;
    const keyed = `${y}-${pad(m)}-${pad(d)} 00:00:00`;
    for (const again of [`${y}-${pad(m)}-${pad(d)} 00:00`, `${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}.${pad(m)}.${pad(d)}`])
      cases.push([`${key}, then ${again}`, `${key}:${keyed}`, again]);
  }
  it.each(cases)('%s', (_name, pair, again) => {
    const title = TITLES[0]!;
    const key = pair.slice(0, pair.indexOf(':'));
    expect(read(`${title}\n\n${pair}    公开方式:政府网站\n\n${again}\n\n${BODY}`)).toEqual({
      title,
      meta: [`${key}=${pair.slice(key.length + 1)}`, '公开方式=政府网站'].sort(),
    });
  });
});

describe("second reading: a date alone on another day than a keyed one is a date of its own, the page's 日期", () => {
  // An event's time keyed under the title (会议时间, 开庭时间, 截止时间), then the notice's own date alone on its line.
  const cases = ['会议时间', '开庭时间', '截止时间', '報名時間'].flatMap((key) =>
    [
      ['2025年3月15日上午9时', '2025年3月10日'],
      ['2025-03-15 09:00', '2025-03-10'],
    ].map(([when, day]) => [`${key}：${when} ⏎ ${day}`, key, when!, day!] as const),
  );
  it.each(cases)('%s', (_name, key, when, day) => {
    const meta = read(`${TITLES[0]}\n${key}：${when}\n${day}\n${BODY}`).meta;
    expect(meta).toContain(`日期=${day}`);
  });
});

describe("a date glued before a meeting line is the meeting's, not the page's (1809, 1920)", () => {
  const PLACES = ['温岭市第十七届', '汉滨区第十九届', '秭归县第二十届', '和平区第十八届'];
  const cases: [string, string][] = [];
  for (const [k, place] of PLACES.entries())
    for (const [y, m, d] of DAYS.slice(0, 3)) {
      const date = [`${y}年${m}月${d}日`, `${y}年${pad(m)}月${pad(d)}日`][k % 2]!;
      cases.push([`${date}在${place}`, `${date}在${place}`]);
    }
  it.each(cases)('%s', (_name, line) => {
    const title = '2025年某市政府工作报告';
    const text = `${title}\n\n发布日期:2025-02-28 15:13:31    信息来源:市人民政府\n\n${line}\n\n人民代表大会第五次会议上\n\n某市人民政府市长  王某某\n\n各位代表:\n\n${BODY}`;
    expect(read(text)).toEqual({ title, meta: ['信息来源=市人民政府', '发布日期=2025-02-28 15:13:31'] });
  });
});

describe('a keyed date whose weekday the page wrapped onto the next line is one value (1915)', () => {
  const cases: [string, string, string, string][] = [];
  for (const key of ['日期', '會議日期', '开会日期'])
    for (const [k, [y, m, d]] of DAYS.entries()) {
      const day = WEEKDAYS_ZH[weekday(y, m, d)]!;
      const weekdayLine = [`(星期${day})`, `（星期${day}）`, `星期${day}`, `(${WEEKDAYS_EN[weekday(y, m, d)]})`][k]!;
      const date = [`${y}-${pad(m)}-${pad(d)}`, `${y}年${m}月${d}日`][k % 2]!;
      cases.push([`${key}, ${date}, ${weekdayLine}`, key, date, weekdayLine]);
    }
  it.each(cases)('%s', (_name, key, date, weekdayLine) => {
    const title = '区议会第四次会议';
    expect(read(`${title}\n\n${key}: ${date}\n${weekdayLine}\n时间: 下午2时30分\n\n${BODY}`)).toEqual({
      title,
      meta: [`${key}=${date} ${weekdayLine}`, '时间=下午2时30分'].sort(),
    });
  });
});

describe("a date beside a source's name, a poster's words or a label is read in any printing the reader knows", () => {
  /** Printings the patterns before this round did not hold: full width, English orders, the Republic of China's dots. */
  const dates = (y: number, m: number, d: number) => [
    `${y}－${pad(m)}－${pad(d)} 10:20`,
    `${MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`,
    `${y - 1911}.${pad(m)}.${pad(d)}`,
  ];
  const cases: [string, string, string][] = [];
  for (const [k, [y, m, d]] of DAYS.entries())
    for (const date of dates(y, m, d)) {
      const name = ['Jie Fang Ri Bao', '某某日报', '雲嘉時報', 'People Daily'][k]!;
      cases.push([`${name}·${date}`, `${name}·${date}`, date]);
      cases.push([`${date} · ${name}`, `${date} · ${name}`, date]);
      cases.push([`${date} | ${name}`, `${date} | ${name}`, date]);
      if (/^\d/.test(date)) cases.push([`a poster's line, ${date}`, `王小明 发表于 ${date}`, date]);
      if (/^\d{4}/.test(date)) cases.push([`a label glued, ${date}`, `某某縣政府新聞參考資料${date.replace(/ .*/, '')}`, date.replace(/ .*/, '')]);
    }
  it.each(cases)('%s', (_name, line, date) => {
    const title = TITLES[k0(line)]!;
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
});
/** Which title a case sits under: either script's, by the line's length. */
const k0 = (line: string) => line.length % TITLES.length;

describe('look-alikes stay as they were', () => {
  it('a sentence with a date in it under the title is text, no 日期', () => {
    for (const [y, m, d] of DAYS) {
      const sentence = `${MONTHS[m - 1]} ${d}, ${y}, the county held its annual meeting on project construction.`;
      expect(read(`${TITLES[0]}\n\n${sentence}\n\n${BODY}`).meta).toEqual([]);
      expect(read(`${TITLES[0]}\n\n${y}年${m}月${d}日，全县召开重点项目建设推进会。\n\n${BODY}`).meta).toEqual([]);
    }
  });
  it("a site's clock over the title, with its time and weekday, is no 日期; the same line under it is", () => {
    for (const [y, m, d] of DAYS) {
      const clock = `${y}/${pad(m)}/${pad(d)} 上午9:27:28 星期${WEEKDAYS_ZH[weekday(y, m, d)]}`;
      expect(read(`${clock}\n${TITLES[0]}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [] });
      expect(read(`${TITLES[0]}\n\n${clock}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [`日期=${clock}`] });
    }
  });
  it('a headline that holds a month name or a date is a headline', () => {
    expect(read(`May Day 2024 劳动者之歌文艺汇演举行\n\n${BODY}`).title).toBe('May Day 2024 劳动者之歌文艺汇演举行');
    expect(read(`9月21日起全县实行新的公交线路\n\n${BODY}`)).toEqual({ title: '9月21日起全县实行新的公交线路', meta: [] });
  });
  // Second reading: the reader knows Han numerals, the ROC's dots and English order, but an author's name glued after a
  // date (2015-03-06 05:59马思远) is a journal copy's printing in digits only; before a few words those dates head a headline.
  it.each(['一九四九年十月一日 开国大典', '二〇二五年一月八日 新年贺词', '二〇二五年三月 春耕时节', '106.12.28 記者會'])(
    'a headline opening with a date the reader knows in words, dots or English order: %s',
    (headline) => {
      expect(read(`${headline}\n${BODY}`).meta).toEqual([]);
      expect(read(`${TITLES[0]}\n${headline}\n${BODY}`).meta).toEqual([]);
    },
  );
  it('a number that runs on past a date, or a weekday alone with no date over it, is no date', () => {
    expect(dateAt('2025.03.125')).toBeNull();
    expect(dateAt('2024-01-000123')).toBeNull();
    expect(read(`${TITLES[0]}\n\n(星期二)\n\n${BODY}`).meta).toEqual([]);
  });
  it('a chronicle’s month in brackets under the title after a keyed date stays its 日期', () => {
    expect(read(`市政府工作要事记\n\n发布时间: 2024-08-10 10:33 来源:市政府办公室\n\n(2024年5月)\n\n${BODY}`).meta).toEqual(
      ['发布时间=2024-08-10 10:33', '来源=市政府办公室', '日期=2024年5月'].sort(),
    );
  });
});

describe('the date grammar on a line of 200 000 characters', () => {
  it.each([
    ['month names over and over', 'Sep 21, '.repeat(25_000)],
    ['full-width hyphens over and over', '2025－03－'.repeat(25_000)],
    ['Chinese months with dots over and over', '4月. 09, '.repeat(25_000)],
    ['weekdays over and over', 'Thu, 星期二 (Tue) '.repeat(12_000)],
    ['a date then a run of spaces and a weekday', `2025-03-12${' '.repeat(200_000)}星期二`],
    ['digits and commas', '2024,'.repeat(40_000)],
  ])('%s', (_name, text) => {
    // 15 s: a generous bound for a loaded machine; a quadratic pass over 200 000 characters takes minutes.
    const t0 = performance.now();
    parse(`${text}\n${BODY}`);
    parse(`${TITLES[0]}\n\n${text}\n${BODY}`);
    for (let at = 0; at < 2_000; at += 7) dateAt(text, at);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
