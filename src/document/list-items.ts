// Round 14's class of a list page's items (a tag page, a day archive, a search page): each item is a snippet or a
// headline closed by its own date row (日期:2023-01-19), the same key row over and over down the page. The page's
// date is the first item's, as its first headline is its title; the last item's row is the list's, not a foot's
// credit. header-foot.ts calls this before it reads the foot.
import type { Lines } from './lines.js';
import { isDateOnly } from './meta.js';
import type { MetaEntry } from './model.js';
import { anyScriptTest, oneForm } from './script-forms.js';

/** A date row of an item: a time key, its colon, a date (日期:2023-01-19, 發布時間：2024/05/01 10:00). */
const DATE_ROW = /^(日期|时间|发布时间|发布日期|更新时间|发表时间|发表日期)\s*[:：]\s*(\S.{0,30})$/;
const dateRow = anyScriptTest(DATE_ROW);
/** A schedule's entry or its lead-in: a numbered heading (一、, （二）, 3.) or a line ending in a colon. */
const ENTRY = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))|[:：]$/;
/** The key as printed and the value of a row that dateRow matched, in either script. */
const KEY_VALUE = /^(\S{2,4})\s*[:：]\s*(\S.{0,30})$/;

/**
 * The items' date rows between `stop` and `last`: two or more rows of one key, the first among the list's first
 * four lines, each after one to three lines of its item (a headline, a snippet; no schedule's numbered entry), its
 * value on its line or alone on the next (日期: ⏎ 2023-01-19). The first row's pair (the page's) and lines, and every
 * row's lines; or null. Lines longer than 200 characters are text, never a row; 400 lines looked at.
 */
export function listDateRows(lines: Lines, stop: number, last: number): { first: [number, number]; pair: MetaEntry; rows: Set<number> } | null {
  const rows = new Set<number>();
  let first: [number, number] | null = null;
  let pair: MetaEntry | null = null;
  let filled = 0; // lines with something on them since the list began
  let since = 0; // item lines since the last row
  const end = Math.min(last, stop + 400);
  for (let li = stop; li <= end; li++) {
    const line = lines.at(li);
    const t = line.text.trim();
    if (t === '') continue;
    filled++;
    const row = line.end - line.start <= 200 && dateRow.test(t.replace(KEY_ALONE, '$1:x')) ? dateRowAt(lines, li, end) : null;
    if (!row) {
      // A numbered heading or a lead-in (一、专题讲座, 活动安排如下：) opens a schedule's entry, not a list's item.
      if (ENTRY.test(t)) return null;
      since++;
      continue;
    }
    if (pair === null ? filled > 4 : oneForm(row.pair.key) !== oneForm(pair.key)) return null;
    if (since < 1 || since > 3) return null;
    if (pair === null) {
      pair = row.pair;
      first = [li, row.to];
    }
    for (let k = li; k <= row.to; k++) rows.add(k);
    li = row.to;
    since = 0;
  }
  if (pair === null || first === null || rows.size < 2 || new Set([...rows].filter((k) => k > first[1])).size === 0) return null;
  return { first, pair, rows };
}

/** A key alone with its colon (日期:), for the key test. */
const KEY_ALONE = /^(\S{2,4}?)\s*[:：]$/;

/** A date row at `li`: its pair and its last line (the next one when the key stands alone over its date), or null. */
function dateRowAt(lines: Lines, li: number, end: number): { pair: MetaEntry; to: number } | null {
  const t = lines.at(li).text.trim();
  const m = KEY_VALUE.exec(t);
  if (m) return isDateOnly(m[2]!) ? { pair: { key: m[1]!, value: m[2]!.trim() }, to: li } : null;
  const alone = KEY_ALONE.exec(t);
  if (!alone) return null;
  let next = li + 1;
  while (next <= end && lines.at(next).text.trim() === '') next++;
  if (next > end || lines.at(next).end - lines.at(next).start > 200) return null;
  const value = lines.at(next).text.trim();
  return isDateOnly(value) ? { pair: { key: alone[1]!, value }, to: next } : null;
}
