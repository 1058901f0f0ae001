// What kind of value a key takes, the one test that tells a page's pair from its furniture read as one (round 16):
// a count for a counter (访问量, 浏览次数), a date or a time for a time key, a state for a validity key (时效:
// 有效), and for no key an image's file name (访问量: 收藏.png, an icon's) — a headline under an empty 时效:, a
// toolbar's icon after 访问量: are no values of theirs; a toolbar's key (选择字号:) takes none, a link's label (【PDF版】) is
// no key's value.

import { dateAt, partialDateAt } from './date-reader.js';
import { oneForm } from './script-forms.js';

/** A counter's word (阅读, 點擊, 访问): what the count counts. */
export const COUNT_WORD = '(?:阅读|閱讀|閲讀|点击|點擊|点阅|點閱|浏览|瀏覽|访问|訪問)';
/** A counter's key (浏览次数, 點擊數, 访问量), or the counter worded as a clause (本文共阅读 ⏎ 1161 次, 已浏览): its value is a count. */
export const COUNT_KEY = new RegExp(`^(?:(?:本文|本篇|本页|本頁)?(?:共|已|累计|累計|总|總)(?:被)?)?${COUNT_WORD}(?:次数|次數|量|率|数|數|人数|人數)?$`);
/** A count as printed: 6186, 21 次, 1.2万, 1.5K, 10万+, 共123次, (543), a rate's 85%. */
const COUNT = /^(?:共\s{0,2})?[(（[【]?\s{0,2}[\d０-９,，.]{1,12}\s{0,2}(?:万|萬|千|[wWkK])?\s{0,2}(?:次|人次|人|字|页|頁|%|％)?\+?\s{0,2}[)）\]】]?$/;
/** A count as printed (COUNT): a counter's value however the page prints it. */
export const isCount = (value: string): boolean => COUNT.test(oneForm(value.trim()));
/** A key of a document's validity (时效, 有效性, 效力状态). */
const STATE_KEY = /^(?:时效|時效|时效性|時效性|有效性|效力|效力状态|效力狀態)$/;
/**
 * A validity's words (有效, 现行有效, 尚未生效, 已废止, 修订), or a date it runs to (2025-12-31, 2025年12月). A number of
 * another kind (来苏委发〔2021〕68号, a document's number set under an empty 有效性:) is no state: a date's year, month;
 * a year alone, the whole value (2025年, 2025年底前), or a span of years or months (5年, 6个月).
 */
const STATE =
  /有效|失效|生效|废止|廢止|现行|現行|长期|長期|永久|暂无|暫無|^无$|^無$|修订|修訂|修改|[\d０-９]{4}\s{0,2}[-/.年－]\s{0,2}(?:0?[1-9]|1[0-2])(?![\d０-９])|^[\d０-９]{4}\s{0,2}年(?:底|末|内|內|前|止)?前?$|^[\d０-９]{1,2}\s{0,2}(?:年|个月|個月)$/;
/**
 * A toolbar's key (字号, 选择字号, 调整字体大小): the reader's control, whatever words follow it on its line are no value of it.
 */
export const TOOLBAR_KEY = /^(?:选择|選擇|调整|調整|设置|設置|设定|設定)?(?:字号|字號|字体|字體|字型)(?:大小)?$/;
/** A link's label alone in its brackets (【PDF版】, [打印], 【关闭】): the page's link, no value of the key before it. */
const LINK_LABEL =
  /^[【[〔]\s{0,2}(?:(?:PDF|Word|DOC|TXT|WPS)\s{0,2}(?:版|格式|文件|下载|下載)?|打印|列印|关闭|關閉|返回|收藏|下载|下載|原文|大图|大圖)\s{0,2}[】\]〕]$/i;
/** An image's file name: an icon's, the site's. */
const IMAGE = /\.(?:png|jpe?g|gif|bmp|svg|webp|ico)$/i;

/** A key that names when (发布时间, 成文日期, 時間, 公发布日, 更新, 截止). */
const TIME_KEY = /(?:日期|时间|時間|时|時|日)$|^(?:更新|截止)$/;
/** A bare time key: it names no field, only that a time goes there (a template's 时间：). */
const BARE_TIME_KEY = /^(?:日期|时间|時間)$/;
/** A number, or a Chinese numeral before a unit of the calendar or the clock (二OO六年, 三時正). */
const TIME_WORDS = /[\d０-９]|[〇○零OＯ一二三四五六七八九十两兩廿]\s{0,2}[年月日号號时時点點分]/;

/**
 * A value a time key can take: one that holds a date or a time, or, after a key that names its field
 * (失效日期), one short word saying there is none (长期有效, 暂无). A template's time holding an author and a
 * column (时间: 小龙 工作报告, 發布日期：編輯部 最新消息), a headline under an empty key (发布时间： ⏎ 某县召开…)
 * and a bare 时间's word (时间：暂无) have left the time out: no pair. Empty: a key still waiting.
 */
export function fitsTime(key: string, value: string): boolean {
  if (value === '' || !TIME_KEY.test(key) || TIME_WORDS.test(value)) return true;
  return !BARE_TIME_KEY.test(key) && NO_TIME.test(value.trim());
}

/** The words a card prints for a time it has none of (长期有效, 暂无, 長期): any other word is no time (点击量). */
const NO_TIME = /^(?:(?:长期|長期|永久|现行|現行)?有效|长期|長期|永久|暂无|暫無|无|無|不详|不詳|待定|未定|已?失效|已?废止|已?廢止|[-—/]+)$/;

/** A key of how a document is disclosed (公开方式, 公開屬性), and the states the disclosure rules name (主动公开, 依申请公开). */
const DISCLOSURE_KEY = /^公开(?:方式|属性|类型|形式)$/;
export const isDisclosureKey = (key: string): boolean => DISCLOSURE_KEY.test(oneForm(key));
const DISCLOSED = /^(?:主动|依申请|不予|免予|部分|有条件)公开$/;
/** A key of how many of a thing there are (页数, 本文字数, 浏览人数): a count too, though nobody reads it as a counter. */
const COUNTED_KEY = /^\p{Script=Han}{1,4}数$/u;
/** A key whose value is a count: a counter's (阅读量, 点击数) or a number of things (页数, 本文字数), in either script. A key of its kind though no list names it. */
export const isCountKey = (key: string): boolean => {
  const k = oneForm(key);
  return COUNT_KEY.test(k) || COUNTED_KEY.test(k);
};
/** A key of a text's terms (关键词, 主題詞), and a list of terms: a few words, no sentence and no pair in it. */
const TERMS_KEY = /^(?:关键词|关键字|主题词)$/;
const TERMS = /^[^。！？，,:：]{1,60}$/;

/** A key of a kind a value is tested for other than time (a count, a state, a disclosure, terms): a key though no list names it. */
export function namesKind(key: string): boolean {
  const k = oneForm(key);
  return isCountKey(k) || STATE_KEY.test(k) || DISCLOSURE_KEY.test(k) || TERMS_KEY.test(k);
}

/** A key of the document's standing (时效, 有效性, 公开方式): the document's own, never a site's counter or clock. */
export function namesStanding(key: string): boolean {
  const k = oneForm(key);
  return STATE_KEY.test(k) || DISCLOSURE_KEY.test(k);
}

/**
 * Whether a value is of its key's kind, for a key whose kind is known: a count under a counter, a state under a
 * validity's or a disclosure's key, a list of terms under 关键词, a date or a time under a time key. null: the key
 * names no kind a value can be tested for. A line the page set under a key of a known kind is its value when this
 * says so, whatever else the line could be (a lone number is a page's furniture, but not under 浏览次数：).
 */
export function ofKind(key: string, value: string): boolean | null {
  const v = oneForm(value.trim());
  const k = oneForm(key);
  if (v === '') return false;
  if (isCountKey(k)) return COUNT.test(v);
  if (STATE_KEY.test(k)) return STATE.test(v);
  if (DISCLOSURE_KEY.test(k)) return DISCLOSED.test(v);
  if (TERMS_KEY.test(k)) return TERMS.test(v);
  // A posting key (发表于, 发布于) names a time as 发布时间 does.
  if (TIME_KEY.test(k) || /(?:于|於)$/.test(k)) return TIME_WORDS.test(v) && v.length <= 40 && !/[。！？，,]/.test(v);
  return null;
}

/** A value of its key's kind (see the head of this file); empty, a key still waiting. */
export function fitsKind(key: string, value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (IMAGE.test(v) || LINK_LABEL.test(v.replace(/^[•·●▪■◆*-][ \u3000]{0,3}/, ''))) return false; // a list's bullet before the link
  const k = oneForm(key);
  if (TOOLBAR_KEY.test(k)) return false;
  if (isCountKey(k)) return COUNT.test(v);
  if (STATE_KEY.test(k)) return STATE.test(v);
  return fitsTime(key, v);
}

/** A count at a value's start (13, 1,234, 1.2万, 21次): the run the counter's kind reads. */
const COUNT_HEAD = /^(?:共\s{0,2})?[\d０-９][\d０-９,，.]{0,11}(?:万|萬|千|[wWkK])?(?:次|人次|人)?\+?/;

/**
 * Where a value of its key's kind ends when the value opens with one (its index in `value`), or null: a date's or a
 * time's end under a time key (时间:01-20人气:13 → 01-20), a count's under a counter (浏览:327评论:5 → 327). What a page
 * glued after it is another thing's, a key's if a colon closes it: the reader of the kind says where the value stops,
 * whatever the next key's words are.
 */
export function kindEnd(key: string, value: string): number | null {
  const k = oneForm(key);
  const lead = value.length - value.trimStart().length;
  if (isCountKey(k)) {
    const m = COUNT_HEAD.exec(value.slice(lead));
    return m ? lead + m[0].length : null;
  }
  if (TIME_KEY.test(k) || /(?:于|於)$/.test(k)) {
    const d = dateAt(value, lead) ?? partialDateAt(value, lead);
    return d ? d.end : null;
  }
  return null;
}
