// Dates that a page prints with something glued to them: a scraper's English label before the date
// ( date 2025-11-05 南投縣議會…), a date key glued to the first sentence (发布时间：2025-03-12 3月12日，…),
// a speech's (date) glued to the salutation ((2006年8月30日) 同志们:), a source's name joined to the date
// by a dot (Jie Fang Ri Bao·2026-02-09 01:28). Pure string tests, used by header.ts on the head's lines; the date
// itself is date-reader.ts's (dateAt), read where the label, the name or the bracket leaves off.

import { DATE, dateAt, HAN_DATE } from './date-reader.js';
import { isDocNumber, normaliseKey } from './meta.js';
import { CLOCK } from './meta-forms.js';
import { stampDate } from './meta-stamp.js';
import { withoutPinyin } from './page.js';

// Bounded spaces before the time: a DATE may end in \s* already, and two unbounded runs side by side are quadratic.
const TIME = `(?:\\s{0,3}${CLOCK}(?:Z|[+-]\\d{2}:?\\d{2})?)?`; // an ISO zone too; a time as scrapers leave it (19: 55)
/** A scraper's or an English site's label before a date: date, Date:, Published, Posted on, Updated; the date is the reader's. */
const ENGLISH_LABEL = /^\s*(?:date|published(?: on)?|posted(?: on)?|updated(?: on)?|pub ?date|release date)\s{0,3}(?:[:：]\s{0,3})?(?=[\dA-Z\u4e00-\u9fa5])/i;
/** A date key (发布时间, 發布日期, 时间) and its date, with the first sentence after them. */
const DATE_KEY = new RegExp(`^\\s*(\\p{Script=Han}{0,6}(?:日期|时间|時間))\\s*[:：]\\s*(${DATE}${TIME})(?=\\s)`, 'u');
const HAN_DATE_LINE = new RegExp(`^\\s*(${HAN_DATE})\\s*$`);
/** A speech's date in brackets at the start of a line (the reader's date, or a chronicle's month), the salutation or the text after it, or nothing. */
const OPEN = /^\s*[(（]\s*/;
const MONTH_ALONE = /^\d{4}年\d{1,2}月/;
const CLOSE = /^\s*[)）]/;

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
  const skip = (k: number) => {
    while (k < line.length && /\s/.test(line[k]!)) k++;
    return k;
  };
  const at = (m: RegExpExecArray) => skip(m[0].length);
  const label = ENGLISH_LABEL.exec(line);
  const en = label ? dateAt(line, label[0].length) : null; // the reader's date: any order (Published on Sep 21,2022)
  // Not when a word runs on (Updated 2024-01-01 by) or a number runs straight on (date 2025-11-0512): the date is
  // a sentence's or cut. Text set apart that opens with a number (date 2026-01-15 2026年1月15日／新北市長…,
  // date 2025-12-29 2025年終回顧：…) is the text after it.
  const rest = en ? skip(en.end) : 0;
  const after = en ? line.slice(rest) : '';
  if (en && (after === '' || !/^[A-Za-z\d]/.test(after) || (rest > en.end && /^\d/.test(after))))
    return { key: '日期', value: en.value, rest, underTitle: false };
  const keyed = DATE_KEY.exec(line);
  // Only before a sentence: a key and date followed by other pairs are a line of pairs (meta.ts).
  if (keyed && /[。！？，,]/.test(line.slice(keyed[0].length)))
    return { key: normaliseKey(keyed[1]!), value: keyed[2]!.trim(), rest: at(keyed), underTitle: false };
  const open = OPEN.exec(line);
  if (open) {
    const from = open[0].length;
    const date = dateAt(line, from);
    const month = date ? null : MONTH_ALONE.exec(line.slice(from, from + 12));
    const end = date ? date.end : month ? from + month[0].length : -1;
    const close = end >= 0 ? CLOSE.exec(line.slice(end, end + 8)) : null;
    if (close) return { key: '日期', value: date ? date.value : month![0], rest: skip(end + close[0].length), underTitle: true };
  }
  const han = HAN_DATE_LINE.exec(line);
  if (han) return { key: '日期', value: han[1]!, rest: line.length, underTitle: true };
  return null;
}

/** A source's name (Jie Fang Ri Bao, 某某日报), a site's or a column's word (公文搜, 政府报告), beside a date with no key. */
const NAME = /^[A-Za-z\p{Script=Han}][A-Za-z\p{Script=Han} ]{0,29}$/u;
const WORD = /^[A-Za-z\p{Script=Han}]{2,10}$/u;
const JOIN = /[·•・‧|｜]/;

/** A label of other articles' date (最新推荐文章于 2024-05-12 发布, a blog's sidebar): the list's, not the page's. */
const OTHER_ARTICLES = /(?:推荐|推薦|相关|相關|热门|熱門|最新)(?:文章|博文|帖子)/;

/**
 * The date of a line that is a source's name and a date joined by a dot or a bar (Jie Fang Ri Bao·2026-02-09 01:28,
 * 2025-01-08 · 某某日报), or a site's stamp of its name, the date and a column set apart by spaces (公文搜
 * 2021-07-27 17:29:52 政府报告): only the date is the page's (the names have no key). The date is the reader's.
 */
export function sourceDate(line: string, underTitle = false): string | null {
  const t = withoutPinyin(line.trim());
  if (t.length > 80) return null;
  const join = JOIN.exec(t);
  if (join) {
    // The name first: the date runs from the join to the line's end.
    const from = join.index + 1 + (/^\s{0,3}/.exec(t.slice(join.index + 1))?.[0].length ?? 0);
    const after = NAME.test(t.slice(0, join.index)) ? dateAt(t, from) : null;
    if (after && after.end === t.length) return after.value;
    // The date first: the name after the join.
    const first = dateAt(t);
    const rest = first ? /^\s{0,3}[·•・‧|｜]\s{0,3}(.*)$/u.exec(t.slice(first.end)) : null;
    if (first && rest && NAME.test(rest[1]!)) return first.value;
  }
  // Right under the title, a site's stamp line of bare words and a clocked date (meta-stamp.ts).
  const stamp = underTitle ? stampDate(t) : null;
  if (stamp !== null) return stamp;
  const word = /^\S{2,10}(?=\s)/.exec(t);
  if (!word || !WORD.test(word[0]) || OTHER_ARTICLES.test(word[0])) return null;
  const gap = /^\s{1,8}/.exec(t.slice(word[0].length));
  const stamped = gap ? dateAt(t, word[0].length + gap[0].length) : null;
  const column = stamped ? /^\s{1,3}(\S+)$/.exec(t.slice(stamped.end)) : null;
  // Right under the title, a paper's or a site's name and the date alone (甘孜日報    2024年06月11日) are its stamp too.
  const alone = underTitle && stamped?.end === t.length;
  return stamped && ((column && WORD.test(column[1]!) && gap![0].length <= 3) || alone) ? stamped.value : null;
}

/** The posting words of a poster's line (編輯發佈、首次上稿, 发表于, 发帖): each perhaps after a word or two, 于 after it. */
const POSTED = '(?:\\p{Script=Han}{0,4}(?:发布|發布|發佈|发表|發表|上稿|发帖|發帖|编辑|編輯)(?:于|於)?[、，, ]{0,2}){1,3}';
/** A poster's name and posting words, up to where the date starts (the reader's). */
const POSTER_HEAD = new RegExp(`^[A-Za-z0-9_.\\p{Script=Han}-]{1,20}[ \\u3000]{1,3}${POSTED}[ \\u3000]{0,3}(?=\\d)`, 'u');
/** What may follow the poster's date: the site's toolbar, perhaps after a bar. */
const POSTER_TAIL = /^(?:[ \u3000]{0,3}[|｜]?[ \u3000]{0,3}(\S.{0,40}))?$/u;

/** A poster's name, then 于 set apart by spaces, up to the date (张三 于 2024-05-10 …), and the posting word after the date. */
const POSTER_AT = /^[A-Za-z0-9_.\p{Script=Han}-]{1,20}[ \u3000]{1,3}[于於][ \u3000]{0,3}(?=\d)/u;
const POSTED_AFTER = /^[ \u3000]{0,3}(?:发布|發布|發佈|发表|發表|修改|更新)$/;

/** The same in a template's English (by Kelly at 2015-11-06T00:41, Posted on 2024-05-06 10:20; at … under a By Kelly line). */
const EN_POSTER_HEAD = /^(?:posted[ \u3000]{1,3})?(?:by[ \u3000]{1,3}[\w.-]{1,30}[ \u3000]{1,3})?(?:at|on)[ \u3000]{1,3}/i;

/**
 * A forum's or a portal's poster line: the user's name, the posting words, the date and time, perhaps the toolbar
 * after a bar (Winnie 編輯發佈、首次上稿 2023-4-7 16:53:29 | 預覽列印 上一篇 下一篇, 某某 发表于 2024-05-06 10:20, at 2015-11-06T00:41): the
 * date and what follows it (for the caller to rule the site's), or null.
 */
export function posterDate(line: string): { date: string; tail: string } | null {
  const t = line.trim();
  if (t.length > 100) return null;
  // Cheap tests first: the reader's pattern is compiled on first use.
  const head = /发布|發布|發佈|发表|發表|上稿|发帖|發帖|编辑|編輯/.test(t) ? POSTER_HEAD.exec(t) : null;
  const d = head ? dateAt(t, head[0].length) : null;
  const tail = d ? POSTER_TAIL.exec(t.slice(d.end)) : null;
  if (d && tail) return { date: d.value, tail: tail[1] ?? '' };
  // The posting words after the date, 于 before it (张三 于 2024-05-10 08:30:15 发布): the name set apart, so a site's
  // 最新推荐文章于 2024-05-12 发布 (its list's date, glued to its label) is none.
  const by = /[于於]/.test(t) ? POSTER_AT.exec(t) : null;
  const at = by ? dateAt(t, by[0].length) : null;
  if (at && POSTED_AFTER.test(t.slice(at.end))) return { date: at.value, tail: '' };
  const en = /^(?:posted|by|at|on)\s/i.test(t) ? EN_POSTER_HEAD.exec(t) : null;
  const e = en ? dateAt(t, en[0].length) : null;
  return e && e.end === t.length ? { date: e.value, tail: '' } : null;
}

/** A credit after a date on a news list's headline line: 文:論盡採訪組, 作者：某某, 記者/某某, or the article's link. */
const CREDIT = '(?:(?:文|撰文|作者|記者|记者|編輯|编辑|責編|责编|來源|来源|圖|图|攝|摄|采访|採訪)\\s*[:：／/]\\s*[^|｜·•\\s][^|｜·•]{0,24}?|https?://\\S+)';
// Credits set off by bars or dots; spaces alone set off a site's stamp line (網站 www.x.com 2007年03月18日 來源:新華社), read as pairs.
const CREDITED = new RegExp(`^(\\S.{5,}?)\\s*(?:[|｜·•]\\s*)?(${DATE}${TIME})((?:\\s*[|｜·•]\\s*${CREDIT})+)\\s*$`, 'u');
/** A credit with a key a page's metadata has (作者：某, 來源：某報): a pair; 文:…, 圖/…, a link are not. */
const KEYED_CREDIT = /^(作者|記者|记者|編輯|编辑|責編|责编|來源|来源)\s*[:：]\s*(\S.*)$/;

/**
 * A headline with its date and credits after it, as a news site's tag or list page prints each item
 * (議員批… 2022年11月24日|文:論盡採訪組|https://…, 某某 | 2024-01-05 | 作者：某): the date (日期), the
 * credits keyed as metadata keys them (作者：某; 文:… and a link are no pairs), and where the tail starts,
 * so the headline can stand alone. The caller makes sure the head is a headline, not a pair.
 */
export function creditedDate(line: string): { date: string; at: number; credits: { key: string; value: string }[] } | null {
  const t = line.trim();
  if (t.length > 300) return null;
  const m = CREDITED.exec(t);
  if (!m || /[。！？]$/.test(m[1]!)) return null;
  const credits = m[3]!
    .split(/[|｜·•]/)
    .map((c) => KEYED_CREDIT.exec(c.trim()))
    .filter((c) => c !== null)
    .map((c) => ({ key: c[1]!, value: c[2]!.trim() }));
  return { date: m[2]!.trim(), at: line.indexOf(t) + m[1]!.trimEnd().length, credits };
}

/** A document's number (某政发〔2015〕3号), as the bracket under a title prints it beside the date. */
const NUMBER = /^\S.{1,30}[号號]$/u;
/** The separators between the number and the date in that bracket. */
const BETWEEN = /^[\s\u3000，,、]{0,3}/;

/**
 * The inside of a bracket under a title that gives the document's number and date (某政发[2012]6号 2012年2月15日,
 * 2015年1月5日，某政发〔2015〕3号): 文号 and 日期, as a number alone is 文号 and a date alone 日期; or null.
 */
export function numberAndDate(inner: string): { key: string; value: string }[] | null {
  const t = inner.trim();
  if (t.length > 60) return null;
  const pair = (number: string, date: string) => [
    { key: '文号', value: number.trim() },
    { key: '日期', value: date },
  ];
  // The date first, the number after it.
  const first = dateAt(t);
  const rest = first ? t.slice(first.end + BETWEEN.exec(t.slice(first.end))![0].length) : '';
  if (first && NUMBER.test(rest) && isDocNumber(rest)) return pair(rest, first.value);
  // The number first: the shortest that ends in 号 with the date running to the end after it.
  for (let k = 2; k < Math.min(t.length, 33); k++) {
    if (t[k] !== '号' && t[k] !== '號') continue;
    const from = k + 1 + BETWEEN.exec(t.slice(k + 1))![0].length;
    const d = dateAt(t, from);
    if (d && d.end === t.length && isDocNumber(t.slice(0, k + 1))) return pair(t.slice(0, k + 1), d.value);
  }
  return null;
}

/**
 * A line that is a short label (two to sixteen letters) and the page's date glued after it, no space, in any calendar
 * the reader knows (雲林縣政府新聞參考資料106.12.28, a mirror's 网信彩票代理2023-01-31 16:05): the label's length and the
 * date, or null. The caller decides whether the label may be a headline instead (header.ts: only a label of a few
 * words over the title, any under it).
 */
export function labelledDate(line: string): { label: number; date: string } | null {
  const t = line.trim();
  if (t.length > 50 || !/^\p{Script=Han}/u.test(t)) return null;
  for (let i = 2; i <= 16 && i < t.length; i++) {
    if (/[\p{Script=Han}A-Za-z]/u.test(t[i]!)) continue; // the label goes on
    const d = /\d/.test(t[i]!) ? dateAt(t, i) : null;
    return d && d.end === t.length ? { label: i, date: d.value } : null;
  }
  return null;
}

/** A time alone in brackets at the end of a headline's line, as an instant-news page stamps it (… (17:15)). */
const TIME_TAIL = /[ \u3000]{0,3}[(（]\s{0,2}((?:[01]?\d|2[0-3])\s?[:：]\s?[0-5]\d)\s{0,2}[)）][ \u3000]{0,3}$/;

/**
 * A headline with the time it was posted in brackets after it (…發表《施政報告》 (17:15)): where the headline ends and
 * the time as the page's 日期, as printed; or null. The head must read as words (four Han characters, no sentence's end).
 */
export function titleThenTime(line: string): { end: number; pairs: { key: string; value: string }[] } | null {
  const t = line.trimEnd();
  if (t.length > 200) return null;
  const m = TIME_TAIL.exec(t.slice(-24));
  if (!m) return null;
  const head = t.slice(0, t.length - m[0].length);
  if ((head.match(/\p{Script=Han}/gu)?.length ?? 0) < 4 || /[。！？.!?]$/.test(head)) return null;
  return { end: head.length, pairs: [{ key: '日期', value: m[1]!.replace(/\s/g, '') }] };
}

/** An e-paper's page label (A01版, 第3版, 05版:要闻): the printed page, perhaps its section after a colon. */
const PAGE_LABEL = /^(?:第[ \u3000]?)?[A-Z]?\d{1,3}[ \u3000]?版(?:[:：][ \u3000]?\p{Script=Han}{1,8})?[ \u3000]{1,3}/u;

/**
 * The date on an e-paper's page label line (A01版 2024年02月03日 要闻 默认, 第A01版:要闻 2024-02-03): the
 * issue's date, the page's 日期. After the date only short words (the section, the reader's toolbar), no sentence.
 */
export function pageLabelDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 60) return null;
  const label = PAGE_LABEL.exec(t);
  const d = label ? dateAt(t, label[0].length) : null;
  if (!d) return null;
  const rest = t.slice(d.end).trim();
  return rest === '' || /^[\p{Script=Han}A-Za-z]{1,6}(?:[ \u3000]{1,3}[\p{Script=Han}A-Za-z]{1,6}){0,5}$/u.test(rest) ? d.value : null;
}

/**
 * An archive's label naming the day whose posts it shows (目前顯示的是 3月 30, 2022的文章, 显示的是 2022年3月30日 的帖子,
 * Showing posts from March 30, 2022, 日归档：2022-03-30, Daily Archives: March 30, 2022): the page's date, the label
 * round it the template's. Only a label's words may stand round the date; the date is date-reader.ts's.
 */
const ARCHIVE_BEFORE =
  /^(?:(?:目前)?(?:顯示|显示)(?:的是|的|為|为)?|(?:日|每日|按日|月|每月)?(?:归档|歸檔|存档|存檔)|(?:showing|show) posts (?:from|for|on)|posts (?:from|for|on)|(?:daily |monthly )?archives?(?: for| of)?|archived)[\s\u3000]{0,3}[:：]?[\s\u3000]{0,3}$/i;
const ARCHIVE_AFTER = /^[\s\u3000]{0,3}(?:的|之)?(?:文章|帖子|貼文|贴文|博文|日志|日誌|網誌|网志|文章列表|posts?)?[\s\u3000]{0,3}$/i;
export function archiveDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 60) return null;
  for (let i = 2; i <= 30 && i < t.length; i++) {
    if (!/[\dA-Z一二三四五六七八九十]/.test(t[i]!) || /[\dA-Za-z]/.test(t[i - 1]!)) continue;
    const d = dateAt(t, i);
    if (!d) continue;
    return ARCHIVE_BEFORE.test(t.slice(0, i)) && ARCHIVE_AFTER.test(t.slice(d.end)) ? d.value : null;
  }
  return null;
}

/** A source quoted in 「」『』《》 or “” as a foot prints it, and a word that says the text is from it (より, 摘自, 转自). */
const QUOTED_SOURCE = '(?:「[^」]{1,30}」|『[^』]{1,30}』|《[^》]{1,30}》|“[^”]{1,30}”)';
const FROM_WORD = '(?:より|から|摘自|转自|轉自|选自|選自|来自|來自|引自|原载|原載|刊于|刊於|载于|載於)';
const QUOTED_FROM = new RegExp(
  `^[(（]?[\\s\\u3000]{0,2}(?:${FROM_WORD}[\\s\\u3000]{0,2}${QUOTED_SOURCE}|${QUOTED_SOURCE}[\\s\\u3000]{0,2}${FROM_WORD})[\\s\\u3000]{0,2}[,，、]?[\\s\\u3000]{0,2}`,
  'u',
);

/**
 * A foot line naming where the text was first printed and its day («中国国際放送局 日本語部»より2008年3月19日, （摘自《人民日报》
 * 2008年3月19日）): the day is the page's 日期; the source named without a key is no pair. Or null.
 */
export function quotedSourceDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const m = QUOTED_FROM.exec(t);
  const d = m ? dateAt(t, m[0].length) : null;
  return d && /^[\s\u3000]{0,2}[)）]?[\s\u3000]{0,2}$/.test(t.slice(d.end)) && /^[(（]/.test(t) === /[)）]$/.test(t) ? d.value : null;
}

/** A source's key (来源, 新闻来源, 稿件來源, 出处): the text's origin. */
const SOURCE_KEY = /(?:来源|來源|出处|出處)$/;
/** The day glued after a source's name by 于 or 於 (国是直通车/新京报/凤凰网 于2020-07-13 9:54:15). */
const AT_DAY = /[ \u3000]{1,3}[于於][ \u3000]{0,2}(?=\d)/u;

/**
 * A source's pair whose value runs on into the day it was posted (新闻来源: 某报/某网 于2020-07-13 9:54:15, 来源：某社 於
 * 2024年5月1日): the source, and the day as the page's 日期; any other pair as it is. The day is date-reader.ts's and ends
 * the value.
 */
export function sourceThenDay(pair: { key: string; value: string }): { key: string; value: string }[] {
  if (!SOURCE_KEY.test(pair.key) || pair.value.length > 120) return [pair];
  const at = AT_DAY.exec(pair.value);
  const d = at ? dateAt(pair.value, at.index + at[0].length) : null;
  if (!at || !d || pair.value.slice(d.end).trim() !== '' || at.index === 0) return [pair];
  return [
    { key: pair.key, value: pair.value.slice(0, at.index).trim() },
    { key: '日期', value: d.value },
  ];
}
