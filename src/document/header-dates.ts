// The header's dates (header.ts reads the rows; these are its branches for a row that dates the page): a date split
// over lines, an e-paper's page label, a poster's line, dates glued to a headline or a label, and a date on its own
// line, alone, led, bracketed or with a document's number. Each takes the line and the scan's state (header-scan.ts)
// and says what it did (a Step), or null.

import { isNameAlone } from './bylines.js';
import { creditLine } from './credits.js';
import { bracketedDate, dateAt, dateLine, isDateKeyed, isSiteClock, sameDay } from './date-reader.js';
import { nextFilled, splitDate } from './header-lines.js';
import type { HeaderScan, Step } from './header-scan.js';
import type { Line, Lines, Row } from './lines.js';
import { startsWithMarker } from './markers.js';
import { dateBeforeTitle, dateOfByline, isDateOnly, isDocNumber, metaPairs } from './meta.js';
import { archiveDate, datedLead, labelledDate, numberAndDate, pageLabelDate, posterDate, sourceDate } from './meta-dates.js';
import type { MetaEntry } from './model.js';
import { isFurniture, isSubtitle } from './page.js';
import { sameValue } from './text-lines.js';
import { candidate, cleanTitle, isClockPart, looksLikeTitle } from './title.js';
import { accountByline, timeAfterHeadline } from './title-furniture.js';
import { isAdoptionNote } from './title-plausible.js';
import { calendarDateLead, dateAfterHeading } from './title-shape.js';
import { outletDate } from './title-software.js';

const isMarker = startsWithMarker;

/**
 * A date the page split over lines (2025 ⏎ 10/11 ⏎ 10:38), or an e-paper's page label line (A01版 2024年02月03日 要闻):
 * the page's 日期. Before the furniture test in readHeader.
 */
export function splitOrPageDate(s: HeaderScan, li: number, trimmed: string): Step {
  const { lines, rows, meta, addPairs, hasDate, hasDated } = s;
  // A date the page split over lines, the year, the day, the time each alone (2025 ⏎ 10/11 ⏎ 10:38): one date, as printed;
  // before the furniture test, which takes a number alone for a counter.
  const split = /^\d{4}$/.test(trimmed) ? splitDate(lines, li) : null;
  // A site's clock over the title (2025年11月17日 星期一), read when its furniture hid the title's place, yields to it.
  const clock = split ? meta.findIndex((m) => m.key === '日期' && isSiteClock(m.value)) : -1;
  if (clock >= 0 && rows.some((r) => r.kind === 'candidate')) meta.splice(clock, 1);
  if (split && !hasDated(split.value)) {
    meta.push({ key: '日期', value: split.value });
    for (const k of split.rows) rows.push({ li: k, kind: 'meta', text: '' });
    return { li: split.rows.at(-1)! };
  }
  // A date with the site's toolbar after it (2008 年 3 月 11 日 星期 【打印】, … 放大 缩小 默认): the page's date, as printed,
  // its weekday perhaps left empty by the site's script; the buttons are the site's.
  const tooled = toolbarDate(trimmed);
  if (tooled !== null) {
    if (!hasDated(tooled)) addPairs([{ key: '日期', value: tooled }]);
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  // An e-paper's page label line (A01版 2024年02月03日 要闻 默认), an archive's label of the day it shows (目前顯示的是
  // 3月 30, 2022的文章): the issue's date, the page's, once.
  // A channel's name with the date in brackets under the headline (央视国际 (2005年03月08日 14:12)): the page's date too (title-software.ts).
  const issue = pageLabelDate(trimmed) ?? archiveDate(trimmed) ?? (rows.some((r) => r.kind === 'candidate') ? outletDate(trimmed) : null);
  if (issue !== null) {
    if (!hasDate()) addPairs([{ key: '日期', value: issue }]);
    rows.push({ li, kind: 'furniture', text: '' });
    return { li };
  }
  return null;
}

/** A poster's line with the page's date, the site's toolbar after it: readHeader's branch, after the furniture test. */
export function posterLine(s: HeaderScan, li: number, trimmed: string): Step {
  const { rows, addPairs, hasDate } = s;
  // A poster's line (某某 编辑发布 2023-4-7 16:53:29 | 预览打印 上一篇): the page's date, when what follows it is the site's toolbar.
  const poster = posterDate(trimmed);
  if (poster?.tail.split(/[ \u3000]+/).every((w) => w === '' || isFurniture(w))) {
    if (!hasDate()) addPairs([{ key: '日期', value: poster.date }]);
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  return null;
}

/**
 * Dates glued to a headline or a label on its line (a WeChat byline row, a date before or after the title, a labelled
 * date, a clock's time): the page's 日期, and the headline a candidate. After the pairs glued after a title.
 */
export function datesAroundTitle(s: HeaderScan, li: number, line: Line, trimmed: string, untitled: boolean): Step {
  const { rows, meta, addPairs, hasContentAfter, hasDate } = s;
  // A WeChat copy's byline row under its headline (author, account, date: title-furniture.ts): its date is the page's,
  // the rest furniture. Not before any headline: a list's first item (张家港 再获… 2024-11-15) may open with a place.
  const accountDate = untitled ? null : accountByline(trimmed, isNameAlone);
  if (accountDate !== null) {
    addPairs([{ key: '日期', value: accountDate }]);
    rows.push({ li, kind: 'furniture', text: '' });
    return { li };
  }
  const dated = dateBeforeTitle(line.text.trim()) ?? calendarDateLead(line.text.trim());
  // The note of adoption under a plan's title (2016年4月23日…会议审议批准) dates the plan's adoption, not the page; it is no headline.
  // A line of pairs after the date (5月12日 来源：…) is no headline: the line is read as pairs.
  if (
    dated &&
    !isSubtitle(trimmed) &&
    !isAdoptionNote(trimmed) &&
    looksLikeTitle(cleanTitle(trimmed.slice(dated.at))) &&
    !metaPairs(trimmed.slice(dated.at), isMarker)?.pairs.length &&
    !creditLine(trimmed.slice(dated.at)) &&
    hasContentAfter(li)
  ) {
    addPairs([{ key: '日期', value: dated.date }]);
    rows.push(candidate(li, line.text, line.start, line.text.indexOf(trimmed) + dated.at));
    return { li };
  }
  // A short label with the page's date glued after it (…新聞參考資料106.12.28, a mirror's 某某代理2023-01-31 16:05): the date;
  // over the title only a label of a few words, so a headline with its date glued on stays a headline.
  const labelled = labelledDate(trimmed);
  if (labelled && labelled.label <= (untitled ? 12 : 16) && !hasDate()) {
    meta.push({ key: '日期', value: labelled.date });
    rows.push({ li, kind: 'furniture', text: '' });
    return { li };
  }
  // A date of any calendar after the first heading (國際自由車環台賽在彰化 96.3.21, a list's first item …会议 2025-03-01):
  // the page's date, and the heading its title.
  const after = untitled ? dateAfterHeading(trimmed) : null;
  if (after && looksLikeTitle(cleanTitle(trimmed.slice(0, after.at))) && metaPairs(trimmed, isMarker) === null && hasContentAfter(li)) {
    addPairs([{ key: '日期', value: after.date }]);
    rows.push(candidate(li, line.text.slice(0, line.text.indexOf(trimmed) + after.at), line.start));
    return { li };
  }
  // A clock's time set apart after the first headline (… (17:15), title-furniture.ts): the page's 日期. A column's
  // short name above it (即時港聞) is no headline yet; a list's later items keep theirs.
  const timed = rows.some((r) => r.kind === 'candidate' && r.text.length >= 8) ? null : timeAfterHeadline(trimmed);
  if (timed && looksLikeTitle(cleanTitle(trimmed.slice(0, timed.at))) && metaPairs(trimmed, isMarker) === null && hasContentAfter(li)) {
    addPairs([{ key: '日期', value: timed.time }]);
    rows.push(candidate(li, line.text.slice(0, line.text.indexOf(trimmed) + timed.at), line.start));
    return { li };
  }
  return null;
}

/**
 * A date read on its own line, or led by a label (a dated lead, a source's date, a site's clock, a byline's date, a date
 * or document number alone, a bracketed date, a bracketed number and date): the page's 日期 (or 文号). After a field's key alone.
 */
export function datesOnTheirOwn(s: HeaderScan, li: number, line: Line, trimmed: string): Step {
  const { lines, rows, meta, addPairs, blank, hasDate, hasDated } = s;
  // A date with a label or a source's name glued to it ( date 2025-11-05 …, Jie Fang Ri Bao·2026-02-09), or a
  // speech's (date) glued to its salutation right under the title: the date, and the text after it opens the body.
  const lead = datedLead(line.text);
  // Under the title, with only pairs or furniture between (背景色: ⏎ ` : ` ⏎ (2024年5月)).
  let above = rows.length - 1;
  while (above >= 0 && (rows[above]!.kind === 'meta' || rows[above]!.kind === 'furniture')) above--;
  const titled = above >= 0;
  const sourced = lead === null ? sourceDate(trimmed, rows.at(-1)?.kind === 'candidate' && !hasDate()) : null;
  if (sourced !== null || (lead && (!lead.underTitle || (titled && !hasDate())))) {
    addPairs([sourced !== null ? { key: '日期', value: sourced } : { key: lead!.key, value: lead!.value }]);
    if (sourced !== null || lead!.rest >= line.text.length) {
      rows.push({ li, kind: 'meta', text: '' });
      return { li };
    }
    blank(line.start, line.start + lead!.rest);
    return { li, stop: true };
  }
  // A site's clock: a date, then the weekday or the time on the next line (2024/05/15 ⏎ Wednesday).
  if (isDateOnly(trimmed) && isClockPart(nextFilled(lines, li))) {
    rows.push({ li, kind: 'furniture', text: '' });
    return { li };
  }
  const byline = dateOfByline(trimmed); // 2015-03-06 05:59马思远: the date, and the author's name
  if (byline !== null) {
    addPairs([{ key: '日期', value: byline }]);
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  // A line that is only a date (2026-01-22 09:30, a blog's 2012年11月18日星期日, 星期三, 4月 30, 2025, a list's 2026-02-21,:
  // date-reader.ts), or a document's number: the page's 日期 or 文号. Not one the metadata table already gave
  // (发文字号：国发〔2025〕5号), nor a second date after the page's keyed one (发文日期:2009-03-31 00:00:00 ⏎ 2009-03-31 00:00).
  const number = isDocNumber(trimmed);
  const alone = number ? trimmed : dateLine(trimmed);
  if (alone !== null) {
    if (!meta.some((m) => sameValue(m.value, alone)) && (number || !hasDated(alone))) meta.push({ key: number ? '文号' : '日期', value: alone });
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  // A speech's date in brackets under its title, (2019年3月31日): the date it was given.
  // One greedy group, trimmed after: \s* round a lazy group that holds spaces too was cubic on a run of spaces.
  const inner = /^[(（]([^()（）]+)[)）]$/.exec(trimmed)?.[1]?.trim();
  // Or first on the page, with no title at all ((2024年1月10日) ⏎ the report's text); only the site's furniture above it.
  const firstDate = rows.every((r) => r.kind === 'furniture') ? bracketedDate(trimmed) : null;
  if (firstDate !== null) {
    meta.push({ key: '日期', value: firstDate });
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  // Not when the page gave its date already: that one is the page's (91: 来源 and a date, then the speech).
  if (inner !== undefined && isDateOnly(inner) && (rows.at(-1)?.kind === 'candidate' || rows.at(-1)?.kind === 'kept') && !hasDate()) {
    meta.push({ key: '日期', value: inner });
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  // A document's number and date in a bracket under its title ((某政发[2012]6号 2012年2月15日)): 文号 and 日期.
  const issued = inner !== undefined && (rows.at(-1)?.kind === 'candidate' || rows.at(-1)?.kind === 'kept') ? numberAndDate(inner) : null;
  if (issued) {
    for (const p of issued) if (!meta.some((m) => m.key === p.key || sameValue(m.value, p.value))) meta.push(p);
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  return null;
}

/**
 * A site's clock over the chosen title (2018-05-22 星期二, a date and its weekday alone on a line), read as the page's
 * date where a link row above it looked like a headline, yields to the date the page keys as its own (发布时间：
 * 2018-03-30 09:00): the clock is the day the page was scraped, the keyed date the page's. One of the same day stays.
 */
export function clockOverTitle(meta: MetaEntry[], rows: Row[], lines: Lines, titleLi: number): void {
  const keyed = meta.filter((m) => m.key !== '日期' && isDateKeyed(m.key, m.value));
  if (keyed.length === 0) return;
  for (const row of rows) {
    if (row.kind !== 'meta' || row.li >= titleLi) continue;
    const t = lines.at(row.li).text.trim();
    if (!isSiteClock(t)) continue;
    const k = meta.findIndex((m) => m.key === '日期' && t.startsWith(m.value));
    if (k >= 0 && !keyed.some((m) => sameDay(m.value, meta[k]!.value))) meta.splice(k, 1);
  }
}

/** A weekday's word with its day left out (星期, 礼拜, 週): a site's clock whose script printed no day. */
const EMPTY_WEEKDAY = /^[ \u3000]{0,3}(?:星期|礼拜|禮拜|週)(?![一二三四五六日天])/;

/**
 * A line that is a date, perhaps an empty weekday after it, then only the site's toolbar (【打印】, 放大 缩小 默认, [关闭]):
 * the date as printed (with its empty weekday), or null. A date with nothing after it is dateLine's; 120 characters at most.
 */
function toolbarDate(line: string): string | null {
  if (line.length > 120 || !/^[\d〇○零一二]/.test(line)) return null;
  const d = dateAt(line);
  if (!d) return null;
  const empty = EMPTY_WEEKDAY.exec(line.slice(d.end));
  const end = d.end + (empty?.[0].length ?? 0);
  const tail = line.slice(end).trim();
  if (tail === '' && !empty) return null;
  const words = tail === '' ? [] : tail.split(/[ \u3000]+|(?<=[】\]])(?=[【[])/);
  return words.every((w) => isFurniture(w)) ? line.slice(0, end).trim() : null;
}
