// Dates that a page prints with something glued to them: a scraper's English label before the date
// ( date 2025-11-05 南投縣議會…), a date key glued to the first sentence (发布时间：2025-03-12 3月12日，…),
// a speech's (date) glued to the salutation ((2006年8月30日) 同志们:), a source's name joined to the date
// by a dot (Jie Fang Ri Bao·2026-02-09 01:28). Pure string tests, used by header.ts on the head's lines.

import { DATE, normaliseKey } from './meta.js';
import { CLOCK } from './meta-forms.js';

// Bounded spaces before the time: a DATE may end in \s* already, and two unbounded runs side by side are quadratic.
const TIME = `(?:\\s{0,3}${CLOCK}(?:Z|[+-]\\d{2}:?\\d{2})?)?`; // an ISO zone too; a time as scrapers leave it (19: 55)
/** A scraper's or an English site's label before a date: date, Date:, Published, Posted on, Updated. */
const ENGLISH_LABEL = new RegExp(
  `^\\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|pub ?date|release date)\\s*(?:[:：]\\s*)?(${DATE}${TIME})`,
  'i',
);
/** A date key (发布时间, 發布日期, 时间) and its date, with the first sentence after them. */
const DATE_KEY = new RegExp(`^\\s*(\\p{Script=Han}{0,6}(?:日期|时间|時間))\\s*[:：]\\s*(${DATE}${TIME})(?=\\s)`, 'u');
/** A date in Chinese numerals, as a speech's bracket gives it: 二〇二五年一月八日. */
const HAN_DATE = '[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日';
const HAN_DATE_LINE = new RegExp(`^\\s*(${HAN_DATE})\\s*$`);
/** A speech's date in brackets at the start of a line, the salutation or the text after it, or nothing. */
const BRACKETED = new RegExp(`^\\s*[(（]\\s*(${DATE}|${HAN_DATE}|\\d{4}年\\d{1,2}月)\\s*[)）]`); // a chronicle's month too

export interface DatedLead {
  key: string;
  value: string;
  /** Where in the line the text after the date starts (the line's length when nothing follows). */
  rest: number;
  /** A speech's date, in brackets or in Chinese numerals alone: kept only right under its title. */
  underTitle: boolean;
}

/** A date a line opens with, keyed by a label or set in brackets, and the text glued after it. */
export function datedLead(line: string): DatedLead | null {
  const at = (m: RegExpExecArray) => {
    let k = m[0].length;
    while (k < line.length && /\s/.test(line[k]!)) k++;
    return k;
  };
  const en = ENGLISH_LABEL.exec(line);
  if (en && (at(en) === line.length || !/^[A-Za-z\d]/.test(line.slice(at(en))))) return { key: '日期', value: en[1]!.trim(), rest: at(en), underTitle: false };
  const keyed = DATE_KEY.exec(line);
  // Only before a sentence: a key and date followed by other pairs are a line of pairs (meta.ts).
  if (keyed && /[。！？，,]/.test(line.slice(keyed[0].length)))
    return { key: normaliseKey(keyed[1]!), value: keyed[2]!.trim(), rest: at(keyed), underTitle: false };
  const br = BRACKETED.exec(line);
  if (br) return { key: '日期', value: br[1]!.trim(), rest: at(br), underTitle: true };
  const han = HAN_DATE_LINE.exec(line);
  if (han) return { key: '日期', value: han[1]!, rest: line.length, underTitle: true };
  return null;
}

/** A source's name and a date joined by a dot or a bar (Jie Fang Ri Bao·2026-02-09 01:28, 2025-01-08 · 某某日报). */
const NAME = '[A-Za-z\\p{Script=Han}][A-Za-z\\p{Script=Han} ]{0,29}';
const NAME_DATE = new RegExp(`^${NAME}[·•・‧|｜]\\s{0,3}(${DATE}${TIME})$`, 'u');
const DATE_NAME = new RegExp(`^(${DATE}${TIME})\\s{0,3}[·•・‧|｜]\\s{0,3}${NAME}$`, 'u');

/** The date of a line that is a source's name and a date joined by a dot: only the date is the page's (the name has no key). */
export function sourceDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const m = NAME_DATE.exec(t) ?? DATE_NAME.exec(t);
  return m ? m[1]!.trim() : null;
}
