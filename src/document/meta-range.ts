// A date range as a time key's value (征集时间:2025-01-05至2025-02-05, 公示时间：2024年3月1日 — 2024年3月15日,
// 活動時間：2024-05-10 09:00至12:00): the whole range is the value; cut at its first date, the end was lost and
// the rest read as something glued on. Built on first use from meta.ts's date pattern (passed in, so this
// module imports nothing of meta.ts's). Values are bounded (a pair's value is at most 160 characters), and each
// run of spaces here is bounded too.

import { CLOCK } from './meta-forms.js';

/** What joins a range's ends: 至, 到, a dash of any width, a tilde. */
const JOIN = '(?:至|到|——|—|–|－|-|~|～)';
let range: RegExp | null = null;

/** The value when it is one date range and nothing else, or null. `date` is meta.ts's DATE pattern. */
export function dateRange(value: string, date: string): string | null {
  if (value.length > 160) return null;
  const v = value.trim();
  // A range has a joining mark besides an ISO date's own dashes: most values have none, and the pattern below
  // costs 10–20 ms to compile, which a document without a range should not pay when it opens.
  if (!/[至到—–－~～-]/.test(v.replace(/\d{4}-\d{1,2}-\d{1,2}/g, ''))) return null;
  range ??= new RegExp(
    `^(?:${date})(?:\\s{0,3}${CLOCK})?\\s{0,3}${JOIN}\\s{0,3}(?:(?:${date}|\\d{1,2}\\s{0,2}月\\s{0,2}\\d{1,2}\\s{0,2}日|\\d{1,2}\\s{0,2}日)(?:\\s{0,3}${CLOCK})?|${CLOCK})$`,
  );
  return range.test(v) ? v : null;
}
