// A site's stamp line right under the headline: a date with its clock time, and round it only the template's bare
// words (an editor's role, a place, a channel, tags, a source's name glued on) and counters, no key, no punctuation
// (网络编辑 某市 2022-07-27 11:48:03 0 某市 山西 总书记; 2019-10-16 10:01:50大公文汇全媒体): the date is the page's 日期,
// the words have no key. A reader knows it by its shape: a clock time to the minute is a machine's stamp, never a
// headline's or a sentence's, and the words beside it are too short and too bare to say anything. The caller asks
// only right under the title with no date read yet (meta-dates.ts, sourceDate).

import { dateAt } from './date-reader.js';

/** A bare word of a template (a role, a place, a tag, a source's name): letters only, in any script, short (a clause is longer). */
const WORD = /^[\p{L}\p{M}]{1,8}$/u;
/** A posting word (发表于, 發佈於): a poster's line, whose words after the date may be its text (meta-dates.ts, posterDate). */
const POSTING = /[于於]$/;
/** A counter with no label (0, 1234): views, comments. */
const COUNT = /^\d{1,7}$/;
/** A clock time to the minute, which the stamp must carry. */
const CLOCKED = /\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/;

/** The words of one side of the stamp: each a bare word or a counter, at most a few. */
function bare(side: string): number | null {
  const t = side.trim();
  if (t === '') return 0;
  const words = t.split(/[ \u3000\u00a0]+/);
  if (words.length > 8) return null;
  for (const w of words) if ((!WORD.test(w) || POSTING.test(w)) && !COUNT.test(w)) return null;
  return words.length;
}

/** The date of a stamp line (see the top), or null. */
export function stampDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 80 || t.length < 12) return null;
  // Cheap first: a clock's colon and no sentence's or pair's marks.
  if (!/\d[:：]\d/.test(t) || /[，,。；;！!？?、“”"（）()【】[\]《》|｜]/.test(t)) return null;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c < '0' || c > '9' || (i > 0 && /[\d.\-/:：]/.test(t[i - 1]!))) continue;
    const d = dateAt(t, i);
    if (!d) continue;
    if (!CLOCKED.test(d.value)) return null;
    const before = bare(t.slice(0, i));
    const after = bare(t.slice(d.end));
    // Something beside the date (a date alone is another rule's), and no second date.
    if (before === null || after === null || before + after === 0) return null;
    return d.value;
  }
  return null;
}
