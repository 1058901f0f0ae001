// Round 20's class of a list of other items, each with its own date (a topic's headlines, a column's latest, 國內新聞精選
// ⏎ - 2025年04月14日 21:51:30 ⏎ - 2025年04月14日 16:37:04 …): two or more list lines in a row, marked alike, each ending in
// a date (a headline before it, or nothing left by the scrape). Those dates are the items', never the page's: a reader
// sees a list, not a dateline. One such line alone (• 2002-11-06 among pairs) is still the page's (meta.ts).
import { dateAt } from './date-reader.js';
import type { Lines } from './lines.js';

/** A list item's mark: a bullet, a dash before a space, or a number (1. 2、 ⑴); its kind stands for the mark. */
const ITEM_MARK = /^(?:([•·●○▪■◆◇‧・*►▶>])|([-–—])(?=[ \u3000])|(\d{1,2}[.．、)）]|[⑴-⒇①-⑳]))[ \u3000]*/u;
/** What may open a date (a digit, a Han numeral of one): the cheap test before the date reader is asked. */
const DATE_OPENS = /[\d〇○零一二]/;

/**
 * The kind of list item `line` is when it ends in a date (- 2025年04月14日 21:51:30, · 某某会议召开 2024-05-09,
 * 1. 某某 (2024-05-09)): its mark's kind (the bullet itself, 'dash' or 'number'), or null. Lines over 200
 * characters are text. The date is read from each place a date may open after the mark: one pass of the reader.
 */
function datedItemKind(line: string): string | null {
  const t = line.trim();
  if (t.length > 200) return null;
  const m = ITEM_MARK.exec(t);
  if (!m) return null;
  const kind = m[1] ?? (m[2] ? 'dash' : 'number');
  const rest = t.slice(m[0].length).replace(/[ \u3000]*[)）\]］]?[ \u3000]*$/, '');
  // The date ends the item: at its start, or after a space or an opening bracket.
  for (let at = 0; at < rest.length; at++) {
    if (at > 0 && !/[ \u3000(（[［]/.test(rest[at - 1]!)) continue;
    if (!DATE_OPENS.test(rest[at]!)) continue;
    // A date after a key's colon (• 實施日期: 2020年06月05日, - 发布时间： 2024-05-09) is a pair's value, no item's date.
    if (/[:：][ \u3000]*[(（[［]?[ \u3000]*$/.test(rest.slice(Math.max(0, at - 8), at))) continue;
    const d = dateAt(rest, at);
    if (d && rest.slice(d.end).trim() === '') return kind;
  }
  return null;
}

/**
 * Whether line `li` is an item of a dated list: a dated item (datedItemKind) whose nearest filled line above or below,
 * between `from` and `to`, is one of the same kind.
 */
export function inDatedList(lines: Lines, li: number, from: number, to: number): boolean {
  const kind = datedItemKind(lines.at(li).text);
  if (kind === null) return false;
  const near = (step: number): boolean => {
    // A few blank lines may part the items; a longer gap ends the list.
    for (let k = li + step; k >= from && k <= to && Math.abs(k - li) <= 4; k += step) {
      const t = lines.at(k).text;
      if (t.trim() === '') continue;
      return datedItemKind(t) === kind;
    }
    return false;
  };
  return near(-1) || near(1);
}

/**
 * Whether line `li` heads a dated list (國內新聞精選: ⏎ - 2025年04月14日 …, 最新文章 ⏎ · 某某 2024-05-09 …): a short line
 * with no sentence's mark whose next filled line, up to `to`, is an item of one (inDatedList).
 */
export function headsDatedList(lines: Lines, li: number, to: number): boolean {
  const t = lines.at(li).text.trim();
  // A key with its value (责任编辑：李秀萍 over the list) is a pair, no heading: a heading's colon ends it (國內新聞精選:).
  if (t.length > 16 || /[。，,；;！？!?]/.test(t) || /[:：](?![ \u3000]*$)/.test(t)) return false;
  for (let k = li + 1; k <= to && k - li <= 4; k++) {
    if (lines.at(k).text.trim() === '') continue;
    return inDatedList(lines, k, li + 1, to);
  }
  return false;
}

/** A list's mark inside a line, after a space (头条新闻: · 某某 2024-05-09 · 某某 …): where a ticker's item begins. */
const INNER_MARK = /(?:^|[ \u3000:：])[•·●▪◆■►▶][ \u3000]?(?=[^ \u3000])/gu;

/**
 * A ticker of other headlines on one line, each item marked and dated (头条新闻: · 城中区召开… 2024-05-09 · 城中区:… 2024-05-08):
 * two or more marked items, two or more of them ending in a date. The dates are the items'; the line is the site's.
 * Lines over 2000 characters are never a ticker; the marks are found by one pass, each item read by datedItemKind.
 */
export function isDatedTicker(line: string): boolean {
  const t = line.trim();
  if (t.length > 2000) return false;
  const starts = [...t.matchAll(INNER_MARK)].map((m) => m.index! + m[0].search(/[•·●▪◆■►▶]/u));
  if (starts.length < 2) return false;
  let dated = 0;
  for (let i = 0; i < starts.length; i++) {
    const item = t.slice(starts[i], starts[i + 1] ?? t.length);
    if (datedItemKind(item) !== null) dated++;
  }
  return dated >= 2;
}
