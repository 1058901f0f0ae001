// The forms a scraper leaves metadata in, beyond plain `key：value`: a key in brackets of any kind
// ([ 索引号 ] | … |, 【发布机构】, 〖来源〗), a key left empty before a full one on the same line
// (文号: 公开日期: 2025-08-12, 来源:发布时间:…), a time with spaces inside or in words (19: 55,
// 19时55分). Pure string helpers for meta.ts, kept apart so its line reading stays one piece.

import { KNOWN_KEYS } from './meta-keys.js';
import { anyScript } from './script-forms.js';

const KNOWN = anyScript(KNOWN_KEYS);

/**
 * A time after a date, as pages print it: 19:55, 19:55:08, 19: 55 (spaces left by a scraper round the
 * colon), 19时55分, 19時55分08秒, 9点05分, 10:30:00.0 (a database's stamp), 下午 07:55:08 and 7:55:08 PM (as .NET sites print them), ISO's
 * 2016-03-31T19:55. Spaces are bounded: the patterns it joins meet \s* of their own.
 */
export const CLOCK =
  '(?:T(?=\\d)|[上下中]午\\s{0,2})?(?:\\d{1,2}\\s{0,2}[:：]\\s{0,2}\\d{2}(?:\\s{0,2}[:：]\\s{0,2}\\d{2}(?:\\.\\d{1,3})?)?(?:\\s{0,2}[AaPp]\\.?[Mm]\\.?(?![A-Za-z\\d]))?|\\d{1,2}\\s{0,2}[时時点點]\\s{0,2}\\d{1,2}\\s{0,2}分(?:\\s{0,2}\\d{1,2}\\s{0,2}秒)?)';

/**
 * A date key written as what was done and when (公开日期, 更新时间, 發布時間, 印发日期): a key whole, though
 * only its last word (日期) is in the list of keys. A value glued before a key (区司法局发布时间:) is no such word.
 */
const DONE_AT =
  /^(?:发布|發布|發佈|公开|公開|成文|生效|印发|印發|发文|發文|更新|修改|修订|修訂|上传|上傳|录入|錄入|撰写|撰寫|签发|簽發|实施|實施|施行|废止|廢止|失效|创建|創建|产生|產生|形成|生成|登记|登記|归档|歸檔|采集|採集|提交|报送|報送|截止|开始|開始|结束|結束|发表|發表|编辑|編輯|审核|審核|签署|簽署|颁布|頒布|公布|批准|通过|通過|出版|刊发|刊發|上线|上線|撰稿|修正)(?:日期|时间|時間)$/;

/** The length of the key that ends `before` (at most `max` characters): a known key, or a date key whole (更新时间). 0 when none. */
export function keyAtEnd(before: string, max: number): number {
  for (let n = Math.min(max, before.length); n >= 2; n--) {
    const tail = before.slice(before.length - n);
    if (KNOWN.has(tail) || DONE_AT.test(tail)) return n;
  }
  return 0;
}

/** A site's clock written as a pair (今天是：2024年1月1日, 当前时间：…): the page's furniture, no key. */
export const CLOCK_KEY = /^(?:今天是|今日是|今天|今日|现在是|現在是|当前时间|當前時間|现在时间|現在時間|系统时间|系統時間)$/;

/**
 * The words before a part's first colon are its own key, not a value glued to a key (公开日期: after a
 * label left empty, 文号: 公开日期: …): a known key whole, or a date key whole.
 */
export function isOwnKey(word: string): boolean {
  return KNOWN.has(word) || DONE_AT.test(word);
}

/** Brackets a page sets a key in, opening → closing. Not 《》 (a book's title), round brackets (a remark) nor angle brackets (HTML residue, a breadcrumb's ＞). */
const CLOSING: Record<string, string> = {
  '[': ']',
  '［': '］',
  '【': '】',
  '〖': '〗',
  '｛': '｝',
  '{': '}',
  '〔': '〕',
  '「': '」',
  '『': '』',
  '〈': '〉',
};

/** A bracketed word at the start of a line or of a cell, a colon perhaps inside or after it. Spaces bounded: no run of them is read twice over. */
const DECORATED =
  /(^|[\s|｜\u3000])([[［【〖｛{〔「『〈])[\s\u3000]{0,3}([^[\]［］【】〖〗｛｝{}〔〕「」『』〈〉:：|｜\n]{1,24}?)[\s\u3000]{0,3}[:：]?[\s\u3000]{0,3}([\]］】〗｝}〕」』〉])(?:[\s\u3000]{0,3}[:：])?/g;

/**
 * A line with its spaced, marked and bracketed keys written plainly (上 载 日 期 → 上载日期, ★来源 → 来源,
 * `[ 索引号 ] | 1150… |` → `索引号： | 1150… |`,
 * `〖发布机构〗县政府` → `发布机构：县政府`), so the rest of the line reading sees `key：`. A bracketed word
 * that `isKeyWord` does not take (【打印】, [ 大 中 小 ], 〔2024〕) is left as it is.
 */
export function plainKeys(whole: string, normalise: (s: string) => string, isKeyWord: (key: string) => boolean): string {
  // A pair in brackets of its own ([ 责任编辑：张三 ], 〖来源：县政府〗): the pair.
  const boxed = BOXED.exec(whole);
  const boxed0 = boxed && CLOSING[boxed[1]!] === boxed[3] ? boxed[2]! : whole;
  // A mirror's mangled spaces (索??引??號:, 分????類:): a full-width space its encoding could not print is a ?, so a key
  // spaced out that way is the key; a ? between words that make no key stays (a value's own text is not touched).
  const line = boxed0.includes('?')
    ? boxed0.replace(MANGLED_RUN, (run: string) => (isKeyWord(normalise(run.replace(/\?+/g, ''))) ? run.replace(/\?+/g, '') : run))
    : boxed0;
  const spaced = /\p{Script=Han}[ \u3000\u00a0]+\p{Script=Han}/u.test(line) ? line.replace(SPACED_RUN, (run: string) => joinedKey(run, isKeyWord)) : line;
  const marked = /[\p{So}※→⇒]/u.test(spaced)
    ? spaced.replace(MARKED, (all, before: string, word: string) => (isKeyWord(normalise(word)) ? `${before}${word}` : all))
    : spaced;
  if (!/[[［【〖｛{〔「『〈]/.test(marked)) return marked;
  return marked.replace(DECORATED, (all, before: string, open: string, inner: string, close: string) => {
    if (CLOSING[open] !== close) return all;
    const key = normalise(inner);
    return /^\p{Script=Han}{2,12}$/u.test(key) && isKeyWord(key) ? `${before}${key}：` : all;
  });
}

/** Han characters set apart by runs of ? (a mangled space), as a key of two to eight characters. */
const MANGLED_RUN = /\p{Script=Han}(?:\?{1,12}\p{Script=Han}){1,7}/gu;

/** A whole line in brackets with a colon inside: a pair the page boxed. */
const BOXED =
  /^\s*([[［【〖｛{〔「『〈])\s{0,3}([^[\]［］【】〖〗｛｝{}〔〕「」『』〈〉\n]{1,60}[:：][^[\]［］【】〖〗｛｝{}〔〕「」『』〈〉\n]{0,60}?)\s{0,3}([\]］】〗｝}〕」』〉])\s*$/;

/** A symbol glued before a key as a template's mark (★来源：, ◎发布时间：, ※索引号, 📅 发布日期：): the key without it. */
const MARKED = /(^|[\s|｜\u3000])[\p{So}※→⇒]{1,3}[\s\u3000]{0,2}(\p{Script=Han}{2,12})(?=[\s\u3000]{0,2}[:：|｜]|[\s\u3000]{0,3}$)/gu;

/** Single Han characters set apart by layout spaces (上 载 日 期, 索   引   号): a run of two to eight, not glued to a value before it (29号 上 载). */
const SPACED_RUN = /(?<=^|[\s|｜:：])\p{Script=Han}(?:[ \u3000\u00a0]{1,8}\p{Script=Han}(?!\p{Script=Han})){1,7}/gu;

/**
 * A spaced run joined when it is a key whole (上 载 日 期 → 上载日期: a key the list may not know, ending in
 * a metadata noun); otherwise left for the rest of the reading (a known key inside it, 记 者 王 明).
 */
function joinedKey(run: string, isKeyWord: (key: string) => boolean): string {
  const word = run.replace(/[ \u3000\u00a0]+/g, '');
  return isKeyWord(word) ? word : run;
}
