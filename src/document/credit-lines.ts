// Two lines of a news page's credits a reader never takes for its headline, however headline-like they stand.
// A photo's caption known by its photographer's credit at its end, in the printings bylines.ts's CAPTION_CREDIT and
// isCreditedCaption do not read: the names set apart by spaces before a slash (…隆重开幕 黄克 何学俏/摄), or the
// outlet or the role glued before the name (…隆重開幕 人民網海南頻道孟凡盛攝, …现场 新华社记者张三 摄). A reader
// knows the caption by the credit: a place where a title never ends. The names are checked as names (a surname
// first, two or three characters) and the outlet by its kind's last word, so a headline ending in 拍摄 is no caption.
import { isNameAlone } from './bylines.js';
import { dateLine } from './date-reader.js';
import { withoutPinyin } from './page.js';

/** The photographer's mark ending the line, a slash perhaps before it (/摄, ／攝影, 摄). */
const MARK_END = /\s*[/／]?\s*(?:攝影|摄影|攝|摄)$/u;
/**
 * The last word of an outlet or a role glued before a photographer's name (人民網海南頻道, 新华社记者, 本报通讯员,
 * 某某日报, 某某电视台, 融媒体中心): the kind is open-ended, its last words are few.
 */
const OUTLET_END =
  /(?:网|網|社|报|報|台|频道|頻道|新闻|新聞|中心|记者|記者|通讯员|通訊員|摄影师|攝影師|摄影记者|攝影記者|客户端|客戶端|融媒|传媒|傳媒|杂志|雜誌)$/u;

/** A person's name, or an outlet or a role with the name glued after it (人民網海南頻道孟凡盛, 记者张三). */
function isCreditName(word: string, first: boolean): boolean {
  if (isNameAlone(word)) return true;
  if (!first) return false;
  for (const n of [3, 2]) {
    const name = word.slice(-n);
    const outlet = word.slice(0, -n);
    if (outlet.length >= 2 && outlet.length <= 16 && OUTLET_END.test(outlet) && isNameAlone(name)) return true;
  }
  return false;
}

/**
 * Whether the line is a photo's caption: six Han characters or more, then, set apart by a space, its credit (an outlet
 * or a role word perhaps, one to four names set apart by spaces or 、, the mark 摄 with a slash perhaps). Only the
 * last 48 characters are read; a cheap test of the last character first, as this runs on the head's rows.
 */
export function isSpacedCaption(text: string): boolean {
  const t0 = text.trim();
  if (t0.length > 200 || !/[攝摄]影?$/u.test(t0)) return false;
  const t = withoutPinyin(t0);
  const tail = t.slice(Math.max(0, t.length - 48));
  const mark = MARK_END.exec(tail);
  if (mark === null) return false;
  // The tail's words with where each starts: split at spaces and at 、 or a comma between names.
  const words = [...tail.slice(0, mark.index).matchAll(/[^ \u3000、，,]+/gu)];
  // From the end: names, the first of them perhaps with its outlet glued; a separate outlet or role word before them.
  let k = words.length;
  let names = 0;
  while (k > 0 && names < 4 && isNameAlone(words[k - 1]![0])) {
    k--;
    names++;
  }
  if (k > 0 && names < 4 && isCreditName(words[k - 1]![0], true)) {
    k--;
    names++;
  } else if (k > 0 && names > 0 && words[k - 1]![0].length <= 16 && OUTLET_END.test(words[k - 1]![0])) k--;
  // The whole tail a credit is a credit alone (bylines.ts), no caption; the caption says something before it, set apart by a space.
  if (names === 0 || k === 0) return false;
  const at = words[k]!.index!;
  if (!/[ \u3000]$/u.test(tail.slice(0, at))) return false;
  const said = t.slice(0, t.length - tail.length + at);
  return (said.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6;
}

/**
 * The last word of a news outlet's name (大众日报, 大众新闻, 人民網, 新华社, 某某电视台, 某某频道, 某某客户端): a
 * byline names the outlet, then its writers. Only a medium's words: an office or a centre is no outlet here.
 */
const MEDIUM_END = /(?:报|報|新闻|新聞|网|網|社|台|频道|頻道|客户端|客戶端|融媒|传媒|傳媒|杂志|雜誌|周刊|週刊)$/u;
/** A date or a time printed after a byline (2026-01-10 06:49:27, 2026年1月10日). */
const DATE_WORD = /^[\d０-９]{1,4}(?:[-/.:：年月日时時分][\d０-９]{0,4})*[日]?$/u;

/**
 * A news page's byline alone on its line: an outlet's name, or two joined by · or / (大众新闻·大众日报), then the
 * writers' names set apart by spaces (大众新闻·大众日报 刘某, 澎湃新聞 張三 李四), a date perhaps after them. A
 * headline naming a paper says something of it (大众日报创刊85周年): its words after the outlet are no names.
 */
export function isOutletByline(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || t.length < 5) return false;
  const words = t.split(/[ \u3000]+/u);
  while (words.length > 2 && DATE_WORD.test(words.at(-1)!)) words.pop();
  if (words.length < 2 || words.length > 6) return false;
  const outlets = words[0]!.split(/[·・•/／|｜]/u);
  if (!outlets.every((o) => o.length >= 2 && o.length <= 12 && /^[\p{Script=Han}A-Za-z]+$/u.test(o) && MEDIUM_END.test(o))) return false;
  return words.slice(1).every((w) => isNameAlone(w));
}

/**
 * The date a byline of an outlet and its writers carries after the names (大众新闻·大众日报 刘某   2026-01-10 06:49:27):
 * the page's date, as printed; null when the line is no such byline or has no date after it.
 */
export function outletBylineDate(text: string): string | null {
  const t = text.trim();
  if (t.length > 80 || !/\d/.test(t) || !isOutletByline(t)) return null;
  const m = /[ \u3000]+(?=[\d０-９])/u.exec(t);
  if (m === null) return null;
  return dateLine(t.slice(m.index + m[0].length));
}
