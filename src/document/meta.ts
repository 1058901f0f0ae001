// Metadata as report pages print it: key：value lines, several pairs on a line, table rows of cells,
// bulleted keys with the value on the next line, a page's foot (责任编辑：…, (责编：…)). Pure string
// tests, used by header.ts on the rows before the body and the rows after it.

import { DATE, dateAt, partialDateAt } from './date-reader.js';
import { gluedColons, isPlaceholder, keyAfterEmpty, PAIR_SEPARATOR, splitPairs, withoutLinkLabel } from './meta-card.js';
import { CLOCK_KEY, isOwnKey, keyAtEnd, plainKeys } from './meta-forms.js';
import { BASIS_KEY, FOOTER_KEYS, FURNITURE_KEYS, fitsKey, isBasis, KNOWN_KEYS, startsWithBasis, TITLE_KEY } from './meta-keys.js';
import { COUNT_WORD, fitsKind, kindEnd, namesKind, namesStanding, ofKind } from './meta-kinds.js';
import { dateRange } from './meta-range.js';
import { closingKind, DOMAIN, isFurniture, isSiteName, namesGenre, withoutPinyin } from './page.js';
import { isControls, withoutControls } from './page-controls.js';
import { anyScript, oneForm } from './script-forms.js';
import { isUnitLine } from './table-units.js';
import { sourceName } from './text-lines.js';

export { FOOTER_KEYS, fitsKey, startsWithBasis };

/** Furniture among a row's cells; a number or a time is a value there (浏览次数 | 590, … 15:30), not a counter or a clock. */
const furniture = (cell: string) => !/^\d+$|^\d{1,2}[:：]\d{2}/.test(cell.trim()) && isFurniture(cell);

export interface Pair {
  key: string;
  value: string;
}

const KNOWN = anyScript(KNOWN_KEYS);
/** 索 引 号 / 发　布　机　构: a known key written with spaces between its characters. */
const SPACED_KEY = new RegExp(
  KNOWN_KEYS.filter((k) => k.length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((k) => [...k].join('[ \\u3000\\u00a0]+'))
    .join('|'),
  'g',
);

/**
 * A key with a layout space before its colon (發布 單位：), halves of two characters at most, neither a key
 * of its own: a value before a key (司法局 更新时间：) is not joined to it.
 */
const SPACED_LABEL =
  /(^|[\s:：|])(\p{Script=Han}{1,2}(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?)[ \u3000]+(\p{Script=Han}{1,2}(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?)(?=\s{0,3}[:：])/gu;
function joinSpacedLabel(all: string, spacedBefore: string, spacedA: string, spacedB: string): string {
  // A converter's pinyin residue after a half (來(lái) 源:) is the key's as much as its layout space: the key without either.
  const [before, a, b] = [spacedBefore, withoutPinyin(spacedA), withoutPinyin(spacedB)];
  const word = a + b;
  return !KNOWN.has(a) && !KNOWN.has(b) && META_NOUN.test(word) && !META_NOUN.test(a) ? before + word : all;
}

export function normaliseKey(s: string): string {
  return withoutPinyin(s)
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/^[•·●○▪■◆◇\-*?？]+/, '')
    .replace(/(?<=\p{Script=Han})(?:\*\*|__)$/u, ''); // a key in markdown's bold (**索引號**)
}

/**
 * The last word of a metadata key: what it names (…日期, …来源, …机构, …编辑). A key the list above
 * does not know counts only when it ends in one of these, so a headline 香港特區政府司局長：全力落實…
 * or 施政報告：結語 is never taken for a pair.
 */
const META_NOUN_WORDS =
  /(?:日期|时间|時間|来源|來源|编辑|編輯|作者|记者|記者|编审|編審|编号|編號|索引号|分类|分類|机构|機構|机关|機關|单位|單位|文号|文號|字号|字號|次数|次數|点击|點擊|点击率|浏览量|瀏覽量|阅读|閱讀|审核|審核|校对|校對|类别|類別|名称|名稱|关键词|關鍵詞|主题词|主題詞|有效性|范围|範圍|方式|摄影|攝影|责编|責編|供稿|撰稿|概述|人数|人數|阅数|閱數|人次|(?:知识|知識|资源|資源|文献|文獻|文件|信息|内容|內容|资料|資料|成果)(?:类型|類型)|出处|出處|分类号|分類號|索书号|索書號|唯一号|唯一號|页码|頁碼)$/; // 阅读人数, 點閱數; a catalogue record's fields (知识类型, 内容出处, 分类号, 页码)
/** The nouns above in any script's form (信息索引號, 發佈機構 end as 索引号, 机构 do). */
const META_NOUN = { test: (key: string) => META_NOUN_WORDS.test(oneForm(key)) };

/** A word that can be a key: known, or ending in a metadata noun, or any word in a table's key cell. */
function isKey(key: string, inTable: boolean): boolean {
  // A key naming the title (文件标题, 信息名称) is read so that its value is known as the title's echo, never kept.
  if (KNOWN.has(key) || FOOTER_KEYS.has(key) || TITLE_KEY.test(key)) return true;
  // A credit's mark (文:論盡採訪組, 圖：某某, 文/图) names who wrote or shot it, as a byline does: no field, even in a table's cells.
  if (/^(?:文|图|圖|摄|攝|文字|图文|圖文|文图|文圖)$/.test(key)) return false;
  // 各单位：, 全体同志： open a notice or a speech; they name who is addressed, not a field.
  if (/^(?:各|全体|全體|尊敬|亲爱|親愛)/.test(key)) return false;
  // A key of a kind a value is tested for (a count: 阅读量, 本文字数; terms: 关键字) is one, as meta-kinds.ts keeps only a value of it.
  return (key.length <= 8 && (META_NOUN.test(key) || namesKind(key))) || (inTable && /^[\p{L}]{1,12}$/u.test(key));
}

/** A word in brackets that is a key ([ 索引号 ], 〖信息类别〗); not a list's heading (【相关阅读】, 【热门点击】). */
const bracketedKey = (key: string) => KNOWN.has(key) || (key.length <= 8 && META_NOUN.test(key) && !/(?:阅读|閱讀|点击|點擊|点击率|浏览量|瀏覽量)$/.test(key));
const keysPlain = (line: string) => plainKeys(line, normaliseKey, bracketedKey);

/** A known key alone (with or without a colon): 索引号: / 索 引 号 / • 发布机构： */
export function keyOnly(cell: string, inTable = false): string | null {
  // Without a converter's pinyin residue first: 發(fā)文機(jī)關(guān) is four characters of key, not seventeen.
  const m = /^\s*[•·●○▪■◆◇\-*]?\s*([^:：|]{1,16}?)\s*[:：]?\s*$/.exec(keysPlain(withoutPinyin(cell)));
  if (!m) return null;
  const key = normaliseKey(m[1]!);
  // 新闻稿 alone names the page's kind (新聞稿 ⏎ the headline); with a colon it keys the release's date.
  if (KNOWN.has(key) && (!/^(?:新闻稿|新聞稿)$/.test(key) || /[:：]\s*$/.test(cell))) return key;
  if (KNOWN.has(key)) return null;
  // An unknown key written with a colon: `文號:` in a table cell, `• 发文机构:` in a list, `法律依据：` over its law.
  return /[:：]\s*$/.test(cell) && /^[\p{L}]{1,12}$/u.test(key) && (isKey(key, inTable) || BASIS_KEY.test(key)) ? key : null;
}

/**
 * A field's key alone on its line with no colon (新聞類別, 文章分类: three to eight characters ending in a field's noun),
 * its value on the next line: the key, or null. Only the caller knows a short value stands under it.
 */
export function fieldKeyAlone(line: string): string | null {
  const t = withoutPinyin(line.trim());
  return /^\p{Script=Han}{3,8}$/u.test(t) && META_NOUN.test(t) && !FURNITURE_KEYS.has(t) ? t : null;
}

/** A label with its colon and nothing after it (内容概述:, 视力保护色:): a value the page left empty. */
const isLabel = (part: string) => /^[\p{L}\s]{1,10}[:：]$/u.test(part);

// A date in numbers (2024-04-17, 2024年4月17日, 114年01月13日, 27.01.2015, full-width 2025－03－12): date-reader.ts's grammar.
export { DATE };

/**
 * A date (and time, and weekday) at the start of a value in any printing the reader knows, and what a page glued
 * after it; not the head of a number that runs on (索引号 2024-01-000123).
 */
function dateHead(value: string): { date: string; rest: string } | null {
  const d = dateAt(value);
  return d ? { date: d.value, rest: value.slice(d.end).trimStart() } : null;
}
/**
 * A date at the end of a value, after a space, in any printing the reader knows (编辑:康晓乔 2017-11-09 10:47:59,
 * 来源：株洲日报 2024年05月12日 星期日): the value before it and the date. A date is short: only its last 60 characters are tried.
 */
function dateTail(value: string): { head: string; date: string } | null {
  for (let i = Math.max(1, value.length - 60); i < value.length; i++) {
    if (!/\s/.test(value[i - 1]!) || /\s/.test(value[i]!)) continue;
    const d = dateAt(value, i);
    if (d && d.end === value.length) {
      const head = value.slice(0, i).trimEnd();
      return head === '' ? null : { head, date: d.value };
    }
  }
  return null;
}
/** A counter and its count after a value (来源：县政府办 阅读 (9843次)): the value, and the counter's pair. */
const COUNTER_TAIL = new RegExp(`^(.*?)\\s+(${COUNT_WORD}(?:次数|次數|量|数|數)?)\\s*[(（]?\\s*(\\d{1,9}\\s*次?)\\s*[)）]?$`, 's');
/** A counter's label whose number the page fills in with a script: 阅读 次, 点击：, 浏览量. */
const EMPTY_COUNTER = new RegExp(`\\s+${COUNT_WORD}(?:次数|次數|量|率|数|數)?\\s*[:：]?\\s*次?$`);

/**
 * A value as pages spoil it: a date followed by a column's name (2023-05-07 17:15:05 公文范文) or by
 * another pair glued on (2019-05-14 10:45:55下载本文作者:会员上传), a counter label with no number
 * after a value (作者原创 阅读 次). Returns the pair, tidied, and any pair found glued to it.
 */
function tidy(p: Pair, lineDated = false): Pair[] {
  // A counter with its count after a value, no colon (非洲时报 阅读 (9843次)): a pair of its own.
  const counted = COUNTER_TAIL.exec(p.value);
  if (counted && counted[1]!.trim() !== '')
    return [...tidy({ key: p.key, value: counted[1]! }, lineDated), { key: counted[2]!, value: counted[3]!.replace(/\s+/g, '') }];
  // A list of terms (关键词: 打印 复印) may name controls as its words: only another key's value loses them.
  const linked = withoutLinkLabel(p.value.replace(EMPTY_COUNTER, '').trim());
  const value = /^(?:关键|關鍵|主题词|主題詞)/.test(p.key) ? linked : withoutControls(linked);
  const range = dateRange(value, DATE); // a range keeps its end (征集时间:2025-01-05至2025-02-05)
  if (range) return [{ key: p.key, value: range }];
  // A date after a value with no key of its own (制定机关:某县人民政府 2022年2月16日): the page's date.
  const late = lineDated || /(?:日期|时间|時間|日|時|时)$/.test(p.key) ? null : dateTail(value);
  if (late && dateAt(value) === null)
    return [
      { key: p.key, value: late.head },
      { key: '日期', value: late.date },
    ];
  const d = dateHead(value);
  if (!d || d.rest === '') return [{ key: p.key, value: sourceName(p.key, value) }]; // 来源: 台海网 (its reporters left out)
  const out: Pair[] = [{ key: p.key, value: d.date }];
  const glued = /([\p{L}]{1,10})[:：]\s*(\S[^:：]*)$/u.exec(d.rest);
  if (glued) {
    const word = glued[1]!;
    for (let n = 2; n <= word.length; n++) {
      const key = word.slice(word.length - n);
      if (KNOWN.has(key)) {
        out.push({ key, value: glued[2]!.trim() });
        break;
      }
    }
  }
  return out;
}

/** Words of a site footer's keys (主办单位, 网站标识码, 版权所有, 联系地址): no page's key, listed or not. */
const SITE_FOOTER_WORD =
  /主办|主辦|承办|承辦|协办|協辦|标识码|標識碼|备案|備案|ICP|版权|版權|地址|邮编|郵編|邮箱|郵箱|传真|傳真|技术支持|技術支持|维护|維護|网站|網站|电话|電話/;

const KEY_VALUE = /^\s*[•·●○▪■◆◇\-*]?\s*([^\s:：|]{1,20})\s*[:：]\s*(\S.{0,160}?)\s*$/s;
/** A date alone, with or without its time or weekday, in any printing the reader knows (date-reader.ts). */
function dateOnly(t: string): boolean {
  const d = t.length <= 80 ? dateAt(t) : null;
  return d !== null && d.end === t.length;
}

/** A partial date alone (05-12 08:30, 5月12日, 24-05-12, 05/12/2024), date-reader.ts's partialDateAt. */
function partialDateOnly(t: string): boolean {
  const d = t.length <= 40 ? partialDateAt(t) : null;
  return d !== null && d.end === t.length;
}

/** Where a document site or a forum says a page was posted from: 发布于四川, 發布於 臺北, 上传于江苏, IP属地：广东, 来自湖南. */
const POSTED_FROM =
  /^(?:(?:发布|發布|发表|發表|上传|上傳|编辑|編輯)[于於]|来自|來自|(?:IP\s*)?(?:属地|屬地))\s*[:：]?\s*\p{Script=Han}{2,8}(?:\s*[|｜]?\s*(?:举报|舉報))?$/u;

/** A news source's name, as a page prints it after its date with no key: …网, …报, …社, …客户端, 某台 (one or two names). */
const SOURCE_NAME =
  /^[\p{Script=Han}A-Za-z]{1,10}(?:[-－·・][\p{Script=Han}A-Za-z]{1,10})?(?:网|網|报|報|日报|日報|晚报|晚報|通讯社|通訊社|新闻社|新聞社|客户端|客戶端|电视台|電視台|电台|電台|融媒体中心|融媒體中心)$/u;

/** A document site's counters with no key, before its date: 0, 约4.4千字, 约 9页, 1.2MB. */
const COUNTERS = /^(?:(?:\d{1,7}|[约約]\s*[\d.]{1,6}\s*[千万萬]?字|[约約]\s*\d{1,4}\s*[页頁]|[\d.]{1,6}\s*[KMG]B)\s+){1,8}/i;

/** A date with its author's name glued on, as journal copies print it (2015-03-06 05:59马思远), or a view count (… 07:03:52 125). The date. */
export function dateOfByline(line: string): string | null {
  // A document site's bulleted counters (- 约 9页 ⏎ - 2026-02-27 发布于四川): the bullet is the list's.
  const t = line.trim().replace(/^(?:[•·●○▪■◆◇‧・*]|[-–](?=\s))\s*/, '');
  // Where the page was posted from, after its date (2026-02-27 发布于四川, 2025年3月1日 IP属地：广东): the date
  // only, the counters before it on the same line too (0 0 约4.4千字 约 9页 2026-02-27 发布于四川 举报).
  const posted = dateHead(t.replace(COUNTERS, ''));
  if (posted && POSTED_FROM.test(oneForm(posted.rest))) return posted.date;
  const d = dateHead(t);
  // A weekday after it is a site's clock (2025年01月05日 星期日), not an author.
  // A view count after the time, or after a whole date (2026-01-09 241), no key.
  if (d && /(?:[:：] ?\d{2}|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)$/.test(d.date) && /^\d{1,7}$/.test(d.rest)) return d.date;
  // A source's name with no key after it (2025-01-08 10:30 中国新闻网, … 人民网-人民日报): the date only.
  if (d && SOURCE_NAME.test(d.rest)) return d.date;
  // An author's name glued on (2015-03-06 05:59马思远): after a date in digits, year first, as journal copies print it. A date
  // in Han numerals, the ROC's dots or English order before a few words is a headline's (一九四九年十月一日 开国大典).
  return d && /^\d{4}/.test(d.date) && /^\p{Script=Han}{2,4}$/u.test(d.rest) && !/^(?:星期|礼拜|禮拜|周|週|农历|農曆)/.test(d.rest) ? d.date : null;
}

/**
 * A date glued before a headline, as copy sites print a news title (2023-03-05 政府工作报告背后:…): the
 * date, and where the headline starts. Not a date before a pair, a column's name (2023-05-07 公文范文) or cells set apart by wide gaps.
 */
export function dateBeforeTitle(line: string): { date: string; at: number } | null {
  const d = dateHead(line);
  if (
    !d ||
    d.rest.length < 8 ||
    !/^\p{Script=Han}/u.test(d.rest) ||
    /^(?:星期|礼拜|禮拜|周|週|农历|農曆)/.test(d.rest) ||
    /^在\p{Script=Han}/u.test(d.rest) || // a meeting line (2025年2月19日在某市第十七届 …会议上): the meeting's date, no headline's
    // A sentence of what was done to the document (2016年4月23日中共某委员会…会议审议批准, …会议通过): that act's date, no page's.
    /(?:批准|通过|通過|审议|審議|审定|審定)$/.test(d.rest) ||
    // A written day glued to a report's name (2012年1月5日昭通市政府工作报告): the report's own name, the day it was given.
    (/年/.test(d.date) && /\S$/.test(line.slice(0, line.length - d.rest.length)) && /(?:报告|報告|讲话|講話)/.test(d.rest.slice(0, 30))) ||
    /\s{2,}|\u3000/.test(d.rest) ||
    metaPairs(d.rest, () => false) !== null ||
    // …nor a date with a card's short pair after it (2019-11-18 08:39栏目 :历史进展): the whole line reads as the card's pairs.
    (/[:：]/.test(d.rest) && (metaPairs(line, () => false)?.pairs.length ?? 0) >= 2)
  )
    return null;
  // A day written out in words and glued to a document's name (2012年1月5日昭通市政府工作报告) names which report it is,
  // as a speech's day does in brackets after its title: the title's words, no page's date.
  const at = line.length - d.rest.length;
  if (/日$/.test(d.date) && !/\s/.test(line[at - 1] ?? '') && namesGenre(d.rest)) return null;
  return { date: d.date, at };
}

/** A document number glued before a title (某政办发〔2025〕5号 关于…的实施意见): the number, and where the title starts. */
export function numberBeforeTitle(line: string): { number: string; at: number } | null {
  const m = /^([\p{Script=Han}A-Za-z]{1,12}[〔［[（(]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*[号號])\s*(?=[\p{Script=Han}《])/u.exec(line);
  return m && line.length - m[0].length >= 6 ? { number: m[1]!, at: m[0].length } : null;
}

/**
 * Names joined by slashes before a line's pairs (某某新聞網/某某編輯中心/更新日期: 2012-05-11 13:29:52, as a site prints
 * its name, its desk and the date): the names have no key; the pairs after them, each with a value, or null.
 */
export function pairsAfterSlashes(line: string, isMarker: (s: string) => boolean): Pair[] | null {
  const names = /[/／]/.test(line) ? /^(?:[^/／:：\s]{2,20}[/／]){1,4}(?=\p{Script=Han}{2,6}\s{0,2}[:：])/u.exec(line) : null;
  const pairs = names ? metaPairs(line.slice(names[0].length), isMarker)?.pairs : undefined;
  return pairs && pairs.length > 0 && pairs.every((p) => p.value !== '') ? pairs : null;
}

/** A date on a line of its own, with or without a time: 2026-01-22, 2026年01月22日 09:30. */
export function isDateOnly(line: string): boolean {
  return dateOnly(line.trim());
}

/** The cells of a metadata row, parted at the separators sites print between pairs (meta-card.ts). */
function cells(line: string): string[] {
  return line
    .replace(SPACED_KEY, (k) => k.replace(/[ \u3000\u00a0]+/g, ''))
    .split(PAIR_SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/**
 * A date at the line's start with a key glued after it (2019-11-18 08:39栏目:历史进展, 2024年1月5日来源：县政府): the
 * date and the pair, set apart as two spaces would. The date reader says where the date ends, so a time stays whole.
 */
function dateGluedBeforeKey(t: string): string {
  if (!/^[\d０-９]/.test(t)) return t;
  const d = dateAt(t);
  if (!d || d.end >= t.length || !/^\p{Script=Han}{2,6}[:：]/u.test(t.slice(d.end))) return t;
  return `${t.slice(0, d.end)}  ${t.slice(d.end)}`;
}

/** A known key at a line's start, then a space and a digit: perhaps a time's key with a space for its colon. */
const KEY_SPACE_DIGIT = /^(\p{Script=Han}{2,6})[ \u3000]{1,3}(?=[\d０-９])/u;

/**
 * A known key of the time kind with a space for its colon before its date (发表于 2021-4-29 20:34:02 来自手机): the key
 * and its colon, so the line reads as a pair. A key of another kind, or a date its kind does not take, stays as printed.
 */
function timeKeySpaced(t: string): string {
  const m = KEY_SPACE_DIGIT.exec(t);
  if (!m || !KNOWN.has(m[1]!)) return t;
  const d = dateAt(t, m[0].length);
  return d && ofKind(m[1]!, d.value) === true ? `${m[1]}：${t.slice(m[0].length)}` : t;
}

/**
 * Metadata on one line: `来源：浙江日报`, several pairs (发布时间：…　来源：…　浏览次数：…), table cells
 * (| 索引號: | 無 | 公開方式: | 主動公開 |, | 索 引 号 | 1133… | 发布机构 | 省政府办公厅 |). A key whose
 * value is on the next line is returned with value '' and `pending` set. Null when the line is text.
 */
export function metaPairs(
  line: string,
  isMarker: (s: string) => boolean,
  afterBareRow = false,
): { pairs: Pair[]; pending: boolean; bare?: boolean; named?: boolean } | null {
  // A list's bullet (a dash only before a space), or brackets round the whole line: （来源：浙江日报）.
  // Toolbar buttons in brackets (【收藏】【以稿换稿】【小 中 大】) are no part of the pairs.
  const bulleted = /^\s*(?:[•·●○▪■◆◇‧・*]|[-–](?=\s))/.test(line);
  // A run of spaces says no more than two do (a gap between cells), and a long one met by the patterns'
  // neighbouring \s* below would make them quadratic: a hostile line of 200 000 spaces took minutes.
  const read = gluedColons(keysPlain(line.replace(/\s{3,}/g, '  ')), (w) => isKey(w, false))
    .trim()
    .replace(/^(?:[•·●○▪■◆◇‧・*]|[-–](?=\s))\s*/, '')
    .replace(SPACED_LABEL, joinSpacedLabel)
    // A key's colon printed after a space (发布时间 :2024-03-28, 來源 : 中央社) is its colon: the pairs split as at 来源：.
    .replace(/(?<=\p{Script=Han})[ \u3000]{1,2}(?=[:：])/gu, '')
    .replace(/^[（(]([^（）()]*[:：][^（）()]*)[）)]$/, '$1')
    // …or round one pair among the others ((点击: ), （浏览：12）): the pair, its brackets gone, so an empty one is a label left empty.
    .replace(/(?<=\s)[（(]\s{0,2}([^\s（）():：]{1,8})\s{0,2}[:：]\s{0,2}([^（）()\s]{0,30})\s{0,2}[）)](?=\s|$)/g, '$1:$2')
    // …unless a known key stands in them (【发布时间】2025-04-01 【来源】县应急局): that key and its value.
    // A key with pinyin residue may be longer (【文獻(xiàn)標(biāo)識(shí)碼】); a longer bracket that holds none is kept.
    // A document number's year in square brackets (增府辦規[2020]6號) is the number's, no button.
    // A value framed in square brackets right after its key's colon (日期:[2016年02月01日], 版次:［d01］) is the value, no button;
    // the bracket closes the value: 文号：[2020]6号 is a number's year, 标题：[转载]… a copy site's tag before a title.
    // A toolbar's button after a label ([ 阅读: ] [ 文档下载 ]) is spaced inside its brackets: no value.
    .replace(/([:：])[ \u3000]?[[［](?![ \u3000])([^[\]［］\n]{1,30})(?<![ \u3000])[\]］](?=[ \u3000|｜]|$)/g, '$1$2')
    .replace(/【([^【】:：]{0,24})】|\[(?!\s*\d+\s*\])\s*([^[\]:：]{1,12}?)[:：]?\s*\]/g, (all, a, b) =>
      KNOWN.has(normaliseKey(a ?? b ?? '')) || BASIS_KEY.test(normaliseKey(a ?? b ?? '')) ? `  ${normaliseKey(a ?? b)}：` : (a ?? '').length > 12 ? all : '  ',
    )
    .trim();
  let t = read;
  if (t === '' || isMarker(t.replace(/^[|\s]+/, ''))) return null;
  // 单位：万元 over a table states its unit (see table-units.ts): the table's, not the page's metadata.
  if (t.length <= 60 && isUnitLine(t.replace(/^\|\s*|\s*\|[|\s]*$/g, ''))) return null;
  // One full-width bar after a topic (专访｜某县县长：…) is a headline's, not a table's.
  const inTable = /[|\t]/.test(t) || (t.match(/｜/g)?.length ?? 0) >= 2;
  // A time's colon (13:43:52) is no key's: a row of bare keys may hold a time in a value (發文時間 2023-12-13 13:43:52 文號).
  if (!inTable && !/[:：]/.test(t.replace(/\d[:：](?=\d)/g, ''))) {
    const bare = bareKeyPairs(t, afterBareRow);
    if (bare) return { pairs: bare.flatMap((p) => tidy(p)), pending: false, bare: true };
    const named = dateAfterNames(t);
    if (named) return { pairs: [{ key: '日期', value: named }], pending: false, named: true };
  }
  t = timeKeySpaced(t); // not a row of bare keys (日期 2025-02-11 来源 某台): a time's key with a space for its colon
  t = dateGluedBeforeKey(t);
  const parts: string[] = [];
  // A pair's value may hold single spaces (2024-01-01 15:30); a space before `key：` starts a new pair,
  // and so does a known key glued to the value before it (來源:澎湃新聞發布時間:…).
  for (const c of cells(t))
    for (const part of splitPairs(c)) {
      // After a label left empty (信息来源: 区司法局发布时间:…) the value stands glued before the next key.
      const afterLabel = parts.length > 0 && /[:：]$/.test(parts[parts.length - 1]!);
      for (const p of unglue(part, afterLabel)) parts.push(p); // no spread: a line may hold any number
    }
  // What stands before the pairs and is not one: a column's or an office's name (時事脈搏 | 2024-…,
  // 苗栗縣政府 新聞稿:…), the site's name and address (中央政府門戶網站 www.x.com 2007年03月18日 來源:…).
  // A table's row of key and value cells with no colons (| 開會日期 | 113-10-01 | 會議類別 | 定期會 |), when
  // the cells are not read as pairs otherwise.
  const tableRow = inTable && !/[:：]/.test(t) ? cellPairs(cells(t), afterBareRow) : null;
  // Among two pairs of a page's keys or more (not the site footer's), a short Han word before a colon is a key the list
  // does not know (公文目录:应急管理, 上传人：张三 浏览次数：310 下载次数：25). Beside one such pair only it is no key of its
  // own (来源：县政府 备注：另行通知), but the line is still pairs: it neither takes the line down nor is swallowed by the
  // value before it (来源：区发改局 栏目：工作动态 gives 来源). The site footer's words stay none.
  const pageLabel = (p: string) => {
    if (!isLabel(p)) return false;
    const key = normaliseKey(p.replace(/[:：]$/, ''));
    return !FOOTER_KEYS.has(key) && !FURNITURE_KEYS.has(key) && isKey(key, false);
  };
  const pageKeyed = (p: string) => {
    const key = normaliseKey(KEY_VALUE.exec(p)?.[1] ?? '');
    return key !== '' && !FOOTER_KEYS.has(key) && isKey(key, false);
  };
  // A page's key left empty (访问次数:, 来源:) stands in the run as much as a full pair: the card's shape, not its values.
  const keyedParts = parts.filter((p) => pageKeyed(p) || pageLabel(p)).length;
  const unknownKey = (key: string, value: string) => keyedParts >= 1 && cardKeyShape(key) && !SITE_FOOTER_WORD.test(key) && value.length <= 40;
  // A keyless date opening the line is the card's own date, a pair of the run: beside it a key of the card's shape with a
  // short value (2019-11-18 08:39  栏目:历史进展) is a pair, where a headline after a date states a clause (政府工作报告背后:…).
  // The key names where the page is filed (栏目, 频道, 专栏): a speaker or a body before a short clause (2024-03-05 李强：稳中求进,
  // 省长：…) is a headline's, of the same shape.
  const datedOpen = parts.length > 1 && dateOnly(parts[0]!);
  const unlisted = (key: string, value: string) =>
    (keyedParts >= 2 && unknownKey(key, value)) ||
    (datedOpen && COLUMN_KEY.test(oneForm(key)) && key.length <= 4 && !SITE_FOOTER_WORD.test(key) && /^[^\s。，,；;！？:：]{1,6}$/u.test(value));
  let first = 0;
  while (first < parts.length - 1 && !partialDateOnly(parts[first]!) && isLeadName(parts[first]!, inTable) && startsPairs(parts[first + 1]!, inTable)) first++;
  const pairs: Pair[] = [];
  let keyed: Pair | null = null; // the last pair written key: value in one part
  let pending = false;
  // Parts are only appended to a value, so its head is tested once: re-tested as it grew, a line of
  // 100 000 dates took seconds (quadratic).
  const dated = new Map<Pair, boolean>();
  const startsDated = (p: Pair): boolean => {
    if (p.value === '') return false;
    if (!dated.has(p)) dated.set(p, dateAt(p.value) !== null);
    return dated.get(p)!;
  };
  // A value runs from its key to where a thing of another kind starts: a label left empty, a toolbar's key, a page's
  // control, a table's key cell. What follows such a thing up to the next pair is that thing's, never the value
  // before it (作者:  字号: T|T gives 作者 nothing; 发文字号 | 金政发〔2025〕33号 | 制发机构 | | keeps 制发机构 off the number).
  let cut = false;
  for (let k = first; k < parts.length; k++) {
    const part = parts[k]!;
    if (furniture(part) || isControls(part)) {
      cut = true;
      continue; // 【我要纠错】, 【打印】【关闭】, 打印页面 among the pairs
    }
    // A web address (http://www.sina.com.cn 2005年03月02日14:04): its scheme is never a key; the site's, as www.x.com is.
    if (/^(?:https?|ftp)[ \u3000]?[:：]\/\//i.test(part)) continue;
    const key = keyOnly(part, inTable);
    if (key !== null) cut = false;
    if (key !== null) {
      const next = parts[k + 1];
      if (next !== undefined && !fitsKey(key, next)) return null; // 法律依据：  根据… is the text's
      if (next !== undefined && keyOnly(next, inTable) === null && !KEY_VALUE.test(next) && !isLabel(next) && !furniture(next)) {
        pairs.push({ key, value: next });
        k++;
      } else {
        pairs.push({ key, value: '' });
        if (next === undefined) pending = true;
      }
      continue;
    }
    if (isLabel(part)) {
      cut = true;
      continue; // 内容概述: with nothing after it
    }
    const kv = KEY_VALUE.exec(part);
    if (kv) cut = false;
    if (kv && isLabel(kv[2]!)) continue; // 浏览次数:字体: a key and a label the page left empty, side by side
    if (kv && CLOCK_KEY.test(normaliseKey(kv[1]!))) continue; // 今天是：2024年1月1日 among the pairs: the site's clock
    if (
      kv &&
      (isKey(normaliseKey(kv[1]!), inTable) ||
        isBasis(normaliseKey(kv[1]!), kv[2]!) ||
        unlisted(normaliseKey(kv[1]!), kv[2]!) ||
        keyAfterEmpty(pairs.at(-1)?.value, normaliseKey(kv[1]!), kv[2]!)) &&
      !/[。，,；;！？]$/.test(kv[2]!) &&
      !/[。！？]/.test(kv[2]!)
    ) {
      // A known key after a space at the value's end, then a dash or nothing (有效性: 有效 发文字号  -): a key the page
      // left empty, where the value stops; the dash is its empty value, no part of the pair before.
      const next = parts[k + 1];
      const emptyKey = next === undefined || isPlaceholder(next) ? / (\p{Script=Han}{3,8})$/u.exec(kv[2]!) : null;
      const empty = emptyKey !== null && KNOWN.has(normaliseKey(emptyKey[1]!));
      keyed = { key: normaliseKey(kv[1]!), value: empty ? kv[2]!.slice(0, emptyKey!.index).trim() : kv[2]! };
      pairs.push(keyed);
      if (empty) cut = true;
    } else if (kv && unknownKey(normaliseKey(kv[1]!), kv[2]!) && !/[。！？]/.test(kv[2]!)) {
      keyed = null; // a pair of a key no list knows beside one known pair: no pair, nor part of the value before it
    } else if (pairs.length === 0 && dateOnly(part) && (parts.length > 1 || bulleted)) {
      // 2024-10-17 09:09 | 稿件來源：…, or • 2002-11-06 in a list of pairs: the date has no key
      pairs.push({ key: '日期', value: part });
    } else if (pairs.length === 0 && k === first && partialDateOnly(part) && KEY_VALUE.test(parts[k + 1] ?? '')) {
      // A date with no year, or a short one, opening a line of pairs (5月12日 08:30 来源：…, 24-05-12 来源：…): the page's.
      pairs.push({ key: '日期', value: part });
    } else if (pairs.length > 0 && dateOnly(part) && !startsDated(pairs[pairs.length - 1]!)) {
      pairs.push({ key: '日期', value: part }); // 来源:政府辦   2023-01-10: the date has no key of its own
    } else if (cut && !/[。！？]/.test(part)) {
      // the words of a label, a toolbar or a control before: none of the pair's
    } else if (inTable && pairs.length > 0 && tableKeyCell(part)) {
      cut = true; // a table's key cell whose value cell is empty (| 制发机构 | |): a key left empty, no part of the value before
    } else if (pairs.length > 0 && !/[。！？]/.test(part)) {
      const last = pairs[pairs.length - 1]!;
      // A word set apart by a wide gap after a full value (分類: 綜合政務\政務公開    通知) is the value of
      // a key the page lost: no pair's.
      if (!inTable && last === keyed && /^\p{Script=Han}{2,6}$/u.test(part) && t.includes(`  ${part}`)) continue;
      last.value = last.value === '' ? part : `${last.value} ${part}`; // 2024-01-01  15:30: one value
    } else return tableRow;
  }
  if (pairs.length === 0) return tableRow;
  // A date after a value (来源:某台 2018年1月26日) is the value's own when the line gave the page's date already.
  const lineDated = pairs.some((p) => dateAt(p.value.trim()) !== null);
  // A value is tested once tidied (meta-kinds.ts): 时间: 小龙 阅读 (12次) holds a count, no date.
  const kept = pairs
    .filter((p) => !FURNITURE_KEYS.has(p.key) && !isPlaceholder(p.value))
    .flatMap((p) => tidy(p, lineDated))
    .filter((p) => fitsKind(p.key, p.value));
  // A key whose own cell after it is empty (| 有效性 | |) has no value: none is waiting on the next line.
  const emptyCell = /[|｜][\s\u3000]*[|｜][\s\u3000]*$/.test(t);
  return { pairs: kept, pending: pending && !emptyCell && kept.length > 0 && kept[kept.length - 1]!.value === '' };
}

/**
 * A line of pairs whose first piece is a pair too, so no headline is cut from before the others: a date in any printing
 * the reader knows (2024年10月12日 星期六 来源：…, 5月12日 08:30 来源：…), or a key no list knows with a short value
 * (栏目：工作动态 来源：区发改局, 出品：株洲融媒　作者：张三). A headline of a head and a statement (央行：保持流动性合理充裕
 * 来源：…) states a clause after its colon, longer than a column's or a name's.
 */
export function opensAsPairs(line: string): boolean {
  const t = line.trim();
  if (t.length > 200) return false;
  if (/^\d/.test(t)) {
    const read = metaPairs(t, () => false);
    return read !== null && read.pairs.length >= 2 && read.pairs[0]!.key === '日期' && t.startsWith(read.pairs[0]!.value);
  }
  const head =
    /^(\p{Script=Han}{2,6})[:：][ \u3000]{0,2}([^\s\u3000|｜:：。，,！？]{1,8}(?:[ \u3000][^\s\u3000|｜:：。，,！？]{1,8}){0,2})(?=[\s\u3000|｜])/u.exec(t);
  if (!head || KNOWN.has(head[1]!)) return false;
  const rest = metaPairs(t.slice(head[0].length).trim(), () => false);
  return rest !== null && rest.pairs.length >= 1 && rest.pairs.every((p) => p.value !== '');
}

/**
 * A table row set as text with no colons: 索 引 号 003110926/… 信息分类 信息公开制度, a council's record
 * (質詢日期 108-12-05 議案類別 定期會 ⏎ 主 席 洪議長… 記 錄 石維傑 ⏎ 質詢議員 …). The first key is known
 * or ends in a metadata noun (…日期, …類別); under such a row (`afterBareRow`) a row's first word is its
 * key whatever it is. A later key on the row is known, ends in a metadata noun, or is spaced out (記 錄).
 * No value may be a key's name itself (主题分类 服务对象分类 is two keys with their values left empty).
 * Null when the line is not such a row, or gives no value.
 */
function bareKeyPairs(t: string, afterBareRow: boolean): Pair[] | null {
  // A list of classes after a known key (分  类 其他; 市政府文件;) is a value, not a clause.
  if (/[。，,！？]/.test(t) || (/[；;]/.test(t) && !KNOWN.has(normaliseKey(t.split(/[ \u3000\u00a0]/)[0]!))) || t.length > 200) return null;
  const words = t.replace(SPACED_KEY, (k) => k.replace(/[ \u3000\u00a0]+/g, '')).split(/[ \u3000\u00a0]+/);
  // A key's layout spaces (主 席, 記　錄): a run of single Han characters is one word, marked spaced.
  const joined: { w: string; spaced: boolean }[] = [];
  for (const w of words) {
    const last = joined[joined.length - 1];
    if (/^\p{Script=Han}$/u.test(w) && last && /^\p{Script=Han}+$/u.test(last.w) && (last.spaced || last.w.length === 1)) {
      last.w += w;
      last.spaced = true;
    } else joined.push({ w, spaced: false });
  }
  const nounKey = (k: string) => /^\p{Script=Han}{2,8}$/u.test(k) && META_NOUN.test(k);
  const pairs: Pair[] = [];
  for (const { w, spaced } of joined) {
    const key = normaliseKey(w);
    const first = pairs.length === 0;
    // A key of a kind a value is tested for (时效, 访问量, 公开方式) is a key as much as a listed one: its value will say.
    const isKeyWord =
      KNOWN.has(key) ||
      nounKey(key) ||
      (/^\p{Script=Han}{2,6}$/u.test(key) && namesKind(key)) ||
      (spaced && key.length <= 4) ||
      (first && afterBareRow && /^\p{Script=Han}{2,6}$/u.test(key));
    if (isKeyWord) pairs.push({ key, value: '' });
    else if (first) return null;
    else {
      const last = pairs[pairs.length - 1]!;
      last.value = last.value === '' ? w : `${last.value} ${w}`;
    }
  }
  if (pairs.some((p) => p.value.length > 60 || META_NOUN.test(p.value) || /(?:格式|语种|語種)$/.test(p.value))) return null;
  // A first key with no value opens a row of column names (时间 分类 内容), not pairs; under a row of the card's, a key the
  // page left empty before a full one (有效性 公開方式 主動公開) is one more cell of the card, its value nothing.
  if (pairs.length === 0 || (pairs[0]!.value === '' && !(afterBareRow && pairs.length >= 2 && pairs.every((p, i) => i === 0 || p.value !== '')))) return null;
  // One pair is a row only under another, or when its value is a date (質詢日期 108-12-05).
  // …or when its key is of the document's standing and its value of that kind (时 效 有效, 公开方式 主动公开), which no
  // headline's words are. A site's counter (阅读 1234) or a relative time (发布时间 3天前) stays out; a speaker's line (省 长
  // 某某) names a person, no kind's value.
  const kindRow = pairs.length === 1 && namesStanding(pairs[0]!.key) && ofKind(pairs[0]!.key, pairs[0]!.value) === true;
  if (pairs.length < 2 && !afterBareRow && !kindRow && !/^\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/.test(pairs[0]!.value)) return null;
  // A row naming or summing up the title (信息名称 …, 内容概述 …) is no metadata.
  const filled = pairs.filter((p) => p.value !== '' && !/(?:名称|名稱|标题|標題|概述)$/.test(p.key));
  return filled.length > 0 ? filled : null;
}

/**
 * A table row of key and value cells, no colons: an even count, each key a word of Han characters (known
 * or ending in a metadata noun; any, under such a row: | 主席 | 張議長某某 | 紀錄 | 王某某 |), no value a key.
 */
function cellPairs(row: string[], afterBareRow: boolean): { pairs: Pair[]; pending: boolean; bare: boolean } | null {
  if (row.length < 2 || row.length % 2 !== 0) return null;
  const pairs: Pair[] = [];
  for (let k = 0; k < row.length; k += 2) {
    const key = normaliseKey(row[k]!);
    const value = row[k + 1]!;
    const keyLike = KNOWN.has(key) || TITLE_KEY.test(key) || (/^\p{Script=Han}{2,8}$/u.test(key) && META_NOUN.test(key));
    if (!(keyLike || (afterBareRow && /^\p{Script=Han}{2,6}$/u.test(key)))) return null;
    if (value.length > 60 || /[。！？；]/.test(value) || META_NOUN.test(value) || KNOWN.has(normaliseKey(value))) return null;
    pairs.push({ key, value });
  }
  // One pair alone is a row of column names (| 时间 | 内容 |) unless a row stands over it, its value holds a
  // number, or it names the title (| 題名 | 臺中市政府公告某某事項 |: no column's name is that long).
  if (pairs.length < 2 && !afterBareRow && !/\d/.test(pairs[0]!.value) && !(TITLE_KEY.test(pairs[0]!.key) && pairs[0]!.value.length >= 6)) return null;
  return { pairs: pairs.flatMap((p) => tidy(p)), pending: false, bare: true };
}

/**
 * A part split where a known key is glued to the value before it: 來源:澎湃新聞發布時間:2019-10-09 →
 * 來源:澎湃新聞 | 發布時間:2019-10-09, 浏览次数:信息来源: → 浏览次数: | 信息来源:. Only after a first
 * colon, so a key of its own (文章来源:) is never cut.
 */
/** Six characters of a key, each perhaps with pinyin residue after it (發(fā)), fit in this many UTF-16 units. */
const UNGLUE_WINDOW = 64;
/** Nothing after a key's colon but the line's end or another label: the key has no value. */
const LABEL_AHEAD = /^\s*(?:$|\p{Script=Han}{2,8}[:：])/u;

function unglue(part: string, afterLabel: boolean): string[] {
  const out: string[] = [];
  let from = 0;
  const colon = /[:：]/g;
  // The key of the piece being read (from `from` to its colon) and where its value starts: its value's kind says where
  // that value ends. Read only when a second colon asks (a line of a thousand one-colon pairs reads none).
  let valueAt = -1;
  if (!afterLabel) {
    const own = colon.exec(part); // the part's own key
    if (own) valueAt = own.index + 1;
  }
  const cutAt = (at: number, colonAt: number) => {
    out.push(part.slice(from, at).trim());
    from = at;
    valueAt = colonAt + 1;
  };
  for (let m = colon.exec(part); m; m = colon.exec(part)) {
    // A value of a kind (a date, a count) with a word glued after it and closed by this colon (时间:01-20人气:13): the
    // value ends where its kind's reader stops, the word is the next pair's key, whether any list knows it or not.
    if (valueAt > from && m.index - valueAt <= UNGLUE_WINDOW && valueAt - from <= UNGLUE_WINDOW) {
      const value = part.slice(valueAt, m.index);
      const end = kindEnd(normaliseKey(part.slice(from, valueAt - 1)), value);
      const glued = withoutPinyin(value.slice(end ?? 0));
      // …not a time of day or a weekday, which the date's own words may go on with (2024年1月5日下午:).
      if (end !== null && end > 0 && /^\p{Script=Han}{2,6}$/u.test(glued) && !/^(?:上午|下午|中午|晚上|凌晨|早上|傍晚|星期|礼拜|禮拜|周|週)/.test(glued)) {
        cutAt(valueAt + end, m.index);
        // A known key at the word's end (2019-05-14 10:45:55下载本文作者:) is the key; the words before it are a piece of their own.
        const n = keyAtEnd(glued, 6);
        if (n > 0 && n < glued.length) {
          let at = m.index;
          for (let left = n; left > 0 && at > from; ) if (/\p{Script=Han}/u.test(part[--at]!)) left--;
          if (at > from) cutAt(at, m.index);
        }
        continue;
      }
    }
    // Only the key's end matters: a window of the text before the colon keeps a line of many colons linear.
    const before = withoutPinyin(part.slice(Math.max(from, m.index - UNGLUE_WINDOW), m.index));
    // A label of its own with no value, in a row of labels left empty (文号:文件分类:所属机构:): the
    // whole word is the key, or 文件 would be 文号's value, cut from it.
    const word = /(?:^|[:：\s])(\p{Script=Han}{2,8})$/u.exec(before)?.[1];
    if (word && isKey(word, false) && LABEL_AHEAD.test(part.slice(m.index + 1, m.index + 1 + UNGLUE_WINDOW))) {
      const tail = [2, 3, 4, 5, 6].find((n) => n < word.length && KNOWN.has(word.slice(word.length - n)));
      if (tail === undefined || word.length - tail <= 2) {
        const at = m.index - word.length;
        if (at > from && withoutPinyin(part.slice(at, m.index)) === word) cutAt(at, m.index);
        continue;
      }
    }
    // After a label left empty, the words before the first colon may be a key whole (文号: 公开日期: …).
    if (from === 0 && afterLabel && isOwnKey(before.trim())) continue;
    // The longest key that ends there (更新时间 before 时间): a value glued before it is cut off.
    const n = keyAtEnd(before, 6);
    if (n > 0) {
      // Back over the key in the original text (pinyin residue may stand inside it).
      let at = m.index;
      for (let left = n; left > 0 && at > from; ) if (/\p{Script=Han}/u.test(part[--at]!)) left--;
      if (at > from) cutAt(at, m.index);
    }
  }
  out.push(part.slice(from).trim());
  return out.filter((p) => p !== '');
}

/** A key naming the column or channel a page is filed under (栏目, 频道, 专栏, 版块): the card's, where a speaker's name is a headline's. */
const COLUMN_KEY = /(?:栏目|频道|专栏|版块|板块)$/;

/**
 * The shape of a key no list knows, in a run of a card's pairs: a short Han noun phrase (录入人员, 栏目, 移动端), or one
 * word of Latin letters (Date, Source, Author: a site's English label beside Han keys). A URL's scheme is no key.
 */
function cardKeyShape(key: string): boolean {
  return /^\p{Script=Han}{2,6}$/u.test(key) || (/^[A-Za-z]{2,12}$/.test(key) && !/^(?:https?|ftp|www|mailto|file)$/i.test(key));
}

/** A table's cell that names a field (制发机构, 發文單位): a word ending in a field's noun, no value of the key before it. */
function tableKeyCell(part: string): boolean {
  const w = normaliseKey(part);
  return /^\p{Script=Han}{3,8}$/u.test(w) && (KNOWN.has(w) || META_NOUN.test(w));
}

/**
 * A headline's words inside what reads as an office's name (我县成立…领导小组, 省督导组莅临某县人民政府, 市委书记调研某县人民医院,
 * 关于成立…指挥部): the line is a dated headline of a list, its date no page's. An office's own words stay (纪律检查委员会, 调研室).
 */
const HEADLINE_IN_NAME =
  /关于|關於|^我[县市区省镇乡縣區鎮鄉]|成立|莅临|蒞臨|调研(?!室)|調研(?!室)|视察|視察|考察|召开|召開|举办|舉辦|举行|舉行|走访|走訪|走进|走進|看望|慰问|慰問|表彰|祝贺|祝賀|获评|獲評|开展|開展|书记|書記|[县市区省縣區]长|[县市区省縣區]長/;

/** A verb's 办 (某县文化馆承办, 县政府主办: who ran an event or a site), no office's. */
const VERB_BAN = /(?:[主承协協举舉创創督筹籌申代查交转轉联聯合兴興包照接]|(?<!公)[开開])[办辦]$/u;
/** An office's name, its 办公室 shortened to 办 as a signature writes it (某省政务公开办, 某县扶贫办). */
const isOfficeName = (n: string): boolean =>
  closingKind(n) === 'org' || (/\p{Script=Han}{2}[办辦]$/u.test(n) && !VERB_BAN.test(n) && closingKind(`${n}公室`) === 'org');

/**
 * A date after the names a site prints before it with no key, one space apart (银川市人民政府门户网站 www.yinchuan.gov.cn
 * 2023-01-28, 某市人民政府(办公室) 2016-01-30): the site's name, its address, the issuing office — each name of its kind,
 * so the date ends the line of names and is the page's. A headline before a date (某县召开会议 2024-01-05) is no name.
 */
function dateAfterNames(t: string): string | null {
  if (t.length > 120) return null;
  const tail = dateTail(t);
  // A date with its weekday after the site's name (天津市静海区人民政府 2019年12月3日星期二) is the site's clock: today's, no page's.
  if (!tail || dateAt(t) !== null || /星期|礼拜|禮拜|周[一二三四五六日天]|週/.test(tail.date)) return null;
  const names = tail.head.split(/[ \u3000]+/);
  return names.length <= 3 &&
    names.every((n) => DOMAIN.test(n) || isSiteName(n) || (isOfficeName(n.replace(/[(（][^()（）]{1,8}[)）]$/, '')) && !HEADLINE_IN_NAME.test(n)))
    ? tail.date
    : null;
}

/** A short name before a line's pairs: a column, an office, a site and its address. */
function isLeadName(part: string, inTable: boolean): boolean {
  // The site's owner and its address (西宁某管理局:http://www.x.com): a signature, no pair; the owner's name is no key.
  const signed = /^([^:：\s]{2,30})[:：]\s?(\S{4,80})$/.exec(part);
  if (signed && DOMAIN.exec(signed[2]!)?.[0] === signed[2] && (isSiteName(signed[1]!) || orgName(signed[1]!))) return true;
  if (/[:：。，,！？]/.test(part) || dateOnly(part)) return false;
  // An office's full name before the pairs (中国人民政治协商会议某省委员会  时间:… 来源:…): who publishes, no pair's value.
  return DOMAIN.test(part) || isSiteName(part) || (part.length <= 6 && keyOnly(part, inTable) === null) || orgName(part);
}

/** An office's or a body's name (…委员会, …管理局, …人民政府), not a headline that names one (某县召开…会议). */
const orgName = (part: string) => closingKind(part) === 'org' && !HEADLINE_IN_NAME.test(part) && !/[\d\s]/.test(part);

/** A part that opens a line's pairs: key：value, a key alone, or a date. */
function startsPairs(part: string, inTable: boolean): boolean {
  if (dateOnly(part) || isLeadName(part, inTable)) return dateOnly(part);
  const kv = KEY_VALUE.exec(part);
  return (kv !== null && isKey(normaliseKey(kv[1]!), inTable)) || keyOnly(part, inTable) !== null;
}

/** A value that can stand on a line after its key (• 索引号: / 001008…): short, not a sentence. */
export function isPendingValue(line: string): boolean {
  const t = line.trim();
  return /[\p{L}\d]/u.test(t) && t.length <= 80 && !/[。！？；]/.test(t) && !/[:：]/.test(t.replace(/\d[:：]\d/g, ''));
}

/** A document number on a line of its own: 浙政办发〔2025〕12号. */
export function isDocNumber(line: string): boolean {
  const t = withoutPinyin(line.trim());
  // A number a scrape garbled, its closing bracket and 号 lost (南兴府办函〔202058): the hexagonal bracket
  // after an office's short name still says it is one.
  return (
    /^[\p{Script=Han}A-Za-z]{1,12}[〔［[（(]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*[号號]$/u.test(t) ||
    /^\p{Script=Han}{2,12}[〔［]\s*\d{4}\s*[〕］]?\s*\d{1,4}\s*[号號]?$/u.test(t)
  );
}
