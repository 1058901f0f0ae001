// Lines at a page's top that are the text, or the site's, though they look like a title or a value: a
// sentence the page wrapped at its width, an organisation's own page under its name and date, a source's
// name with the reporters and a link after it. Pure string tests for header.ts, title-choice.ts and meta.ts.
import { namesGenre } from './page.js';

/** A clause mark inside a line: a title has none of these (、 it may: 春节、元宵节期间…). */
const CLAUSE = /[，,；;]/;
/** Words a line cannot end on when its sentence goes on in the next line: 的, 和, 对, 将 … */
const OPEN_WORD = /(?:的|和|及|与|與|对|對|在|将|將|把|被|向|从|從|为|為|并|並|或|而|但|是|了|关于|關於)$/;

/**
 * A sentence the page wrapped at its width, its first line standing where a title would (刚才,…宣布了…的决定;
 * 省委副书记…发表了非常重要的 ⏎ 讲话,…): a clause mark inside it, a word that needs what follows at its end,
 * and the next line right under it going on with the sentence (a mark of its own). Text, not a title; a long
 * title wrapped after a comma goes on with no mark (…统计工作，提升统计数据质量的 ⏎ 实施意见).
 */
export function isWrappedSentence(line: string, next: string): boolean {
  const t = line.trim();
  return CLAUSE.test(t) && OPEN_WORD.test(t) && /[，,；;。！？]/.test(next);
}

/** A name that ends in what a source is (网, 报, 社, 台, 新闻, 杂志): a publication or a broadcaster. */
const PUBLICATION = /(?:网|網|报|報|社|台|臺|新闻|新聞|杂志|雜誌|频道|頻道|客户端|客戶端|版|刊)$/;
/** What an organisation's name ends in: a second source (中国政府网 国务院办公厅), no reporter. */
const ORG_END = /(?:厅|廳|局|委|会|會|办|辦|府|室|部|院|署|处|處|中心|公司|站|所|团|團|馆|館|校|组|組)$/;
/** A page's link after the source: 用手持设备访问, 手机看, 二维码, 分享. */
const LINK_WORDS = /访问|訪問|手机|手機|二维码|二維碼|扫一扫|掃一掃|分享|收藏|打印|列印/;
/** A publication's issue after its name: 2026年第5期, 第12期, 2025年3月号, 2024年第3卷. */
const ISSUE = /^(\p{Script=Han}{2,12}?)(?:\d{4}\s?年)?(?:第\s?\d{1,4}\s?[期卷號号]|\d{1,2}\s?月[号號刊])$/u;
/**
 * Where a forum's anti-scrape junk starts after a value, or -1: ASCII to the end, in bits of three characters at most
 * set apart by spaces, at least three with a mark in them and none with a word or number of three (# T! O) a. ]% r! ~ ~3 r).
 * A URL, a date in brackets, an English name are no junk.
 */
function junkTail(value: string): number {
  // Back from the end while the characters are ASCII (no regex run over a long line).
  let at = value.length;
  // A full-width mark (）, ！) is the same junk as its ASCII form.
  const ascii = (c: number) => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
  while (at > 0 && value.length - at <= 60 && ascii(value.charCodeAt(at - 1)) >= 0x20 && ascii(value.charCodeAt(at - 1)) <= 0x7e) at--;
  if (value.length - at > 60) return -1;
  while (at < value.length && value[at] === ' ') at++;
  const tail = value.slice(at).replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const bits = tail.split(' ').filter((b) => b !== '');
  const marked = bits.filter((b) => /[^A-Za-z0-9]/.test(b)).length;
  return marked >= 3 && bits.every((b) => b.length <= 3 && !/[A-Za-z0-9]{3}/.test(b)) ? at : -1;
}
/** Keys that name a page's source. */
const SOURCE_KEY = /^(?:信息|文章|稿件|新闻|新聞|消息)?(?:来源|來源|出处|出處)$/;

/**
 * A source's value as a news page runs it on: the publication, then its reporters' names and a link
 * (来源: 台海网 陈婧琳沈华玲钱玲玲 用手持设备访问, 來源：中央社 記者王小明). The publication alone; a value
 * whose later words hold a number (a date) or name a publication of their own (人民网 人民日报) is kept whole.
 */
export function sourceName(key: string, value: string): string {
  if (!SOURCE_KEY.test(key)) return value;
  // An outlet's name ends where its kind ends: a forum's anti-scrape junk after it (長江云# T! O) a. ]% r!) is none of it.
  const junk = junkTail(value);
  if (junk > 0 && /\p{Script=Han}$/u.test(value.slice(0, junk).trim())) return value.slice(0, junk).trim();
  const words = value.trim().split(/[ \u3000]+/);
  // A magazine's issue is part of its name as a source (中国政协杂志2026年第5期): the name before it is the publication.
  const named = ISSUE.exec(words[0]!)?.[1] ?? words[0]!;
  if (words.length < 2 || !/^\p{Script=Han}{2,12}$/u.test(named) || !PUBLICATION.test(named)) return value;
  const rest = words.slice(1);
  // Each later word a link's, or reporters' names (张三李四, 記者王小明): no publication, no organisation.
  const dropped = (w: string) => LINK_WORDS.test(w) || (/^\p{Script=Han}{2,16}$/u.test(w) && !PUBLICATION.test(w) && !ORG_END.test(w));
  return rest.every(dropped) ? words[0]! : value;
}

/** The same number or date printed twice with other brackets (增府辦規[2020]6號, 增府辦規〔2020〕6號): one value. */
export function sameValue(a: string, b: string): boolean {
  const plain = (s: string) =>
    s
      .replace(/[[［〔(（]/g, '[')
      .replace(/[\]］〕)）]/g, ']')
      .replace(/\s+/g, '');
  return plain(a) === plain(b);
}

/** A line a page's headline could be: it names a genre (…的通知, …工作报告) or has a headline's length. */
export const isHeadlineLike = (t: string): boolean => namesGenre(t) || t.length >= 10;
