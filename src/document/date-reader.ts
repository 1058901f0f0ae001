// One reader for a date as pages print it, and one rule for when a line's date is the page's 日期.
//
// The grammar: [a weekday] DATE [a time [a zone]] [a weekday], where DATE is one of
//   - numbers year, month, day with any separator a page uses: 2025-03-12, 2025/3/12, 2025.03.12, 2025－03－12
//     (full width), 2025年3月12日, the Republic of China's years (113年4月2日), day first 27.01.2015;
//   - Chinese numerals: 二〇二五年三月十二日 (〇 also as O or 0, as scrapes leave it);
//   - an English order: Sep 21,2022, September 21, 2022, 21 Sep 2022, RFC 822's Thu, 29 Jan 2026 08:00:00 +0800,
//     and a blog template's month in Chinese and the rest in English order: 4月. 09, 2024, 4月 30, 2025;
// a weekday is 星期二, 周二, 週二, 礼拜二 (bare or in brackets) or an English name (Tue, Tuesday).
// The page's 日期 (header.ts applies the rule): a line that is only a date (a trailing comma, a view counter's label
// with no count are the template's), a date with only a source's name, a poster's words or a label beside it
// (meta-dates.ts), a keyed date with its weekday wrapped onto the next line, a date in brackets first on the page.
// Not the page's: a date in a sentence, a site's clock over the title (isSiteClock, 今天是… in meta-forms.ts), a date
// alone after a key that dated the page already (isDateKeyed: printed again), a meeting line's date (meta.ts). The
// value kept is the date as printed, its weekday and time too.

import { CLOCK } from './meta-forms.js';

/** A weekday in Chinese, as a date's line prints it: 星期日, 礼拜三, 週二, 周五. */
export const WEEKDAY = '(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]';
const EN_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?(?![A-Za-z])';
const EN_WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?(?![A-Za-z])';

/**
 * A date in numbers, year first or day first, the separators any a page uses, the Republic of China's years
 * (114年01月13日), 2024 04/22 (新华网), a bracketed weekday after it (2022年12月20日(星期二)). A 日 set apart
 * after the day is the date's only when no word goes on from it: 2025-10-05 日本前… is a date, then 日本.
 */
export const DATE =
  '(?:\\d{4}\\s*[-/.年－／．]\\s*\\d{1,2}\\s*[-/.月－／．]\\s*\\d{1,2}(?:日|\\s+日(?![\\u3400-\\u9fff]))?|\\d{4}\\s+\\d{1,2}/\\d{1,2}|\\d{2,3}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?:\\s*[(（]星期[一二三四五六日天][)）])?';

/**
 * A date in Chinese numerals, as a speech's bracket gives it: 二〇二五年一月八日; a cover's month alone
 * (二〇二六年一月), and 〇 as a scrape leaves it, the letter O or the digit 0 (二OO六年三月, 二0一五年).
 */
export const HAN_DATE = '[〇○零OＯ0一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?';

/** The English orders: Sep 21,2022; September 21, 2022; 21 Sep 2022; 4月. 09, 2024; 4月 30, 2025; 十二月 31, 2019. */
const ENGLISH_ORDER =
  `(?:${EN_MONTH}\\s{0,3}\\d{1,2}(?:st|nd|rd|th)?\\s{0,2},\\s{0,3}\\d{4}` +
  `|\\d{1,2}\\s{1,3}${EN_MONTH},?\\s{1,3}\\d{4}` +
  '|(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s{0,2}月\\.?\\s{0,2}\\d{1,2}\\s{0,2}日?\\s{0,2}[,，]\\s{0,2}\\d{4})';

/** A time after the date, perhaps after a comma, and its zone (+0800, Z, GMT). Spaces bounded: no two unbounded runs meet. */
const TIME = `(?:\\s{0,3}[,，]?\\s{0,3}${CLOCK}(?:\\s{0,2}(?:[+-]\\d{2}:?\\d{2}|Z|GMT|UTC|CST)(?![A-Za-z]))?)?`;
/** A weekday before the date (星期三, 4月 30, 2025; Thu, 29 Jan 2026) or after it, bare or bracketed. */
const DAY_BEFORE = `(?:(?:${WEEKDAY}|${EN_WEEKDAY})\\s{0,2}[,，]?\\s{0,2})?`;
const DAY_AFTER = `(?:\\s{0,3}(?:[(（]\\s{0,2}(?:${WEEKDAY}|${EN_WEEKDAY})\\s{0,2}[)）]|${WEEKDAY}|${EN_WEEKDAY}))?`;

/** The whole grammar, one alternation; compiled on first use (the document's first line need not pay for it). */
let reader: RegExp | null = null;
/** The Republic of China's years in dots, as Taiwan's releases print them: 106.12.28, 113.4.2. */
const ROC_DOTTED = '(?:1\\d{2}|[4-9]\\d)\\.(?:1[0-2]|0?[1-9])\\.(?:[12]\\d|3[01]|0?[1-9])(?!\\d)';
const READER = () => (reader ??= new RegExp(`${DAY_BEFORE}(?:${DATE}|${HAN_DATE}|${ENGLISH_ORDER}|${ROC_DOTTED})${TIME}${DAY_AFTER}`, 'y'));

/** A cheap test that a line may hold a date at all: four digits, a month word, or a Chinese-numeral year. */
const MAY_HOLD = /\d{4}|\d{2,3}\s*年|[〇○零]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/**
 * The same grammar for a date that opens with its digits and has no weekday after it (2025-02-08 15:56, the common
 * printing): no weekday before it, no other order, so it matches exactly what the whole grammar does there (each part
 * after the date is optional and greedy), and it costs a third as much to compile (the whole one took ~5 ms of a
 * document's first parse). Where it finds nothing, or a weekday may follow, the whole grammar is asked.
 */
let digits: RegExp | null = null;
const DIGITS = () => (digits ??= new RegExp(`(?:${DATE})${TIME}`, 'y'));
/** What may open DAY_AFTER after a date: a bracket, a Chinese weekday, an English one. */
const DAY_NEXT = /^\s{0,3}[(（星礼禮周週MTWFS]/;
/** What a date of the grammar can open with: a digit, a numeral of a Han date, a weekday, an English month or weekday. */
const OPENS = /[\d〇○零OＯ一二三四五六七八九十星礼禮周週JFMASONDTW]/;

/** The date printed at `at` in `line` and where it ends, or null: the one reader every date rule goes through. */
export function dateAt(line: string, at = 0): { value: string; end: number } | null {
  const first = line[at];
  if (first === undefined || !OPENS.test(first)) return null;
  let m: RegExpExecArray | null = null;
  if (first >= '0' && first <= '9') {
    const d = DIGITS();
    d.lastIndex = at;
    m = d.exec(line);
    if (m && DAY_NEXT.test(line.slice(m.index + m[0].length, m.index + m[0].length + 4))) m = null;
  }
  if (!m) {
    const re = READER();
    re.lastIndex = at;
    m = re.exec(line);
  }
  // Not the head of a number that runs on (索引号 2024-01-000123, 2025.03.125).
  if (!m || /^[\d/.\-－]/.test(line.slice(m.index + m[0].length))) return null;
  return { value: m[0].trim(), end: m.index + m[0].length };
}

/**
 * A date that leaves out part of itself, as portals, apps and forums print one over a text: no year (5月12日 08:30,
 * 05-12 08:30), the year's last two digits (24-05-12), the month first (05/12/2024), perhaps a time and a weekday
 * after it. Alone it could be a day in a sentence or a score: only where it opens a line of pairs (5月12日 08:30
 * 来源：…, meta.ts) is it the page's date. The month and day are bounded (1–12, 1–31); the value kept as printed.
 */
const PARTIAL_DATE =
  '(?:(?:1[0-2]|0?[1-9])\\s?月\\s?(?:[12]\\d|3[01]|0?[1-9])\\s?[日号號]|(?:\\d{2}-)?(?:1[0-2]|0[1-9])-(?:[12]\\d|3[01]|0[1-9])|(?:1[0-2]|0?[1-9])/(?:[12]\\d|3[01]|0?[1-9])/\\d{4})';
let partial: RegExp | null = null;
const PARTIAL = () => (partial ??= new RegExp(`${PARTIAL_DATE}${TIME}${DAY_AFTER}(?![\\d/\\-－.])`, 'y'));

/** A partial date (PARTIAL_DATE) at `at` in `line` and where it ends, or null. */
export function partialDateAt(line: string, at = 0): { value: string; end: number } | null {
  const first = line[at];
  if (first === undefined || first < '0' || first > '9') return null;
  const re = PARTIAL();
  re.lastIndex = at;
  const m = re.exec(line);
  return m ? { value: m[0].trim(), end: m.index + m[0].length } : null;
}

/** A view counter's label a template leaves after the date with no count (… 2025 Views), a comma left by a list. */
const AFTER_DATE = /^(?:\s{0,3}[,，;；]|\s{1,3}(?:Views?|views?|阅读|閱讀|浏览|瀏覽))?\s*$/;

/**
 * A line that is only a date, as a blog's date header, a news page's line under its headline or a list's item
 * prints it (2012年11月18日星期日, 星期三, 4月 30, 2025, 4月. 09, 2024, 2026-02-21,): the date as printed, or null.
 * (A site's clock over the title is isSiteClock, tested first; 今天是… is no date line.)
 */
export function dateLine(line: string): string | null {
  const t = line.trim();
  if (t.length > 80 || !MAY_HOLD.test(t)) return null;
  const d = dateAt(t);
  return d && AFTER_DATE.test(t.slice(d.end)) ? d.value : null;
}

/**
 * A site's clock over the title: a date, perhaps its time, then the weekday set apart (2025年1月5日 星期日,
 * 2018/12/28 上午9:27:28 星期五), perhaps the lunar date after it (农历腊月初六). The caller tests it over the title only.
 */
const CLOCK_WEEKDAY = new RegExp(`\\s${WEEKDAY}$`);
export function isSiteClock(line: string): boolean {
  const t = line.trim();
  if (t.length > 80 || !MAY_HOLD.test(t)) return false;
  const d = dateAt(t);
  return d !== null && CLOCK_WEEKDAY.test(d.value) && /^(?:\s{1,3}(?:农历|農曆)\S{2,12})?$/.test(t.slice(d.end));
}

/** A weekday alone on its line, bare or in brackets ((星期二), 週二, Tuesday): a date's on the line above, wrapped. */
const WEEKDAY_ALONE = new RegExp(`^[(（]?\\s{0,2}(?:${WEEKDAY}|${EN_WEEKDAY})\\s{0,2}[)）]?$`);
export function isWeekdayAlone(line: string): boolean {
  return line.length < 40 && WEEKDAY_ALONE.test(line.trim());
}

/** A date in brackets alone on its line ((2024年1月10日), （二〇二五年一月八日）): the date, or null. */
export function bracketedDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 60 || !/^[(（【[]/.test(t) || !MAY_HOLD.test(t)) return null;
  const open = /^[(（【[]\s{0,2}/.exec(t)![0].length;
  const d = dateAt(t, open);
  return d && /^\s{0,2}[)）】\]]$/.test(t.slice(d.end)) ? d.value : null;
}

/** A key that dates the page (日期, 发布日期, 發布時間, 更新时间) with a date for its value: the page's date is given. */
export function isDateKeyed(key: string, value: string): boolean {
  return /(?:日期|时间|時間)$/.test(key) && MAY_HOLD.test(value) && dateAt(value.trim()) !== null;
}

/**
 * Whether a date alone on its line is `value`'s day printed again (2009-03-31 00:00 under 发文日期:2009-03-31 00:00:00,
 * 2009年3月31日): the same year, month and day in digits. Another day is a date of its own (会议时间：3月15日… ⏎ 2025年3月10日:
 * the meeting's day, then the notice's).
 */
export function sameDay(value: string, alone: string): boolean {
  const ymd = (s: string) => (s.match(/\d+/g) ?? []).slice(0, 3).map(Number).join('-');
  const a = ymd(value);
  return a.split('-').length === 3 && a === ymd(alone);
}
