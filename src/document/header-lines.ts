// The pieces header.ts reads rows with: the patterns of a page's rows (its foot's keys, an editor's note
// at a paragraph's end, a document site's rows) and looks at the lines round a row.
import { isByline } from './bylines.js';
import type { Lines, Row } from './lines.js';
import { startsWithMarker } from './markers.js';
import { metaPairs } from './meta.js';
import { NAMING_KEY } from './meta-keys.js';
import type { MetaEntry } from './model.js';
import { watermarks } from './page.js';
import { cleanTitle, isExclaimedHeadline, isPartNumber, listTail, looksLikeTitle } from './title.js';

export const SENTENCE_MARK = /[。！？]/;
/** A name glued after a title with a hyphen or an underscore: …全文发布-天富娱乐登陆. */
const SITE_TAIL = /[-－_]\s*([^-－_\s]{2,12})$/;

/**
 * A site's name after a hyphen at the end of a line (…全文发布-天富娱乐登陆): the name, and where the tail
 * starts, spaces before the hyphen included. The spaces are walked back by hand: a leading \s* in the
 * pattern made a long run of spaces quadratic (200 000 took seconds).
 */
export function siteTail(text: string): { name: string; index: number } | null {
  const m = SITE_TAIL.exec(text);
  if (!m) return null;
  let index = m.index;
  while (index > 0 && /\s/.test(text[index - 1]!)) index--;
  return { name: m[1]!, index };
}
export const BULLET = /^[•·●○▪■◆◇‧・]/;
export const MAX_HEADER_ROWS = 80;

export const COLLECTION_ITEM = /^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]/;

/** A document site's own pairs about the file (上传人：… 文档编号：… 页数：…): its furniture. */
export const DOC_SITE_ROW = /(?:上传人|上傳人|上传者|上傳者|文档编号|文檔編號|文档页数|文檔頁數|贡献者|貢獻者)\s*[:：]/;

/** A line that is a copy site's stamp from end to end. */
export function isWatermarkLine(text: string): boolean {
  const w = watermarks(text);
  return w.length === 1 && text.slice(0, w[0]![0]).trim() === '' && text.slice(w[0]![1]).trim() === '';
}

/** How many blank lines stand right above line `li`. */
export function blankRun(lines: Lines, li: number): number {
  let n = 0;
  while (li - n - 1 >= 0 && lines.at(li - n - 1).text.trim() === '') n++;
  return n;
}

/** The next two lines with something on them are one title-like line printed twice. */
export function headlineTwiceBelow(lines: Lines, li: number): boolean {
  const a = nextFilled(lines, li);
  if (a.length < 8 || !looksLikeTitle(cleanTitle(a))) return false;
  let k = li + 1;
  while (lines.at(k).text.trim() !== a) k++;
  return nextFilled(lines, k) === a;
}

/** The next line with something on it, trimmed ('' at the end). */
export function nextFilled(lines: Lines, li: number, within = Number.POSITIVE_INFINITY): string {
  for (let k = li + 1; k < Math.min(lines.length, li + within); k++) {
    const t = lines.at(k).text.trim();
    if (t !== '') return t;
  }
  return '';
}

/** The source with each edit's text put in its place; an edit inside one already made is passed over. */
export function applyEdits(source: string, edits: { start: number; end: number; text: string }[]): string {
  edits.sort((a, b) => a.start - b.start);
  let masked = '';
  let at = 0;
  for (const e of edits) {
    if (e.end <= at) continue; // inside a row already blanked
    const from = Math.max(e.start, at);
    masked += source.slice(at, from) + e.text.slice(from - e.start);
    at = e.end;
  }
  return masked + source.slice(at);
}

/**
 * A table's row of column names: short words with no digit and no colon (| 时间 | 内容 |), over a row of as
 * many cells whose first holds a number or a date (| 1 | …, | 5月1日 | …); a table of pairs goes on with a key.
 */
export function isColumnNames(cells: string[], next: string): boolean {
  if (cells.length < 2 || !cells.every((c) => /^[\p{Script=Han}A-Za-z]{1,8}$/u.test(c))) return false;
  if (!next.trim().startsWith('|') && !next.trim().endsWith('|')) return false;
  const below = next
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return below.length === cells.length && /\d/.test(below[0]!);
}

/**
 * A site's name glued after the title with a hyphen on each line that names the page (首页 - … -
 * 《…》全文发布-天富娱乐登陆 ⏎ 《…》全文发布-天富娱乐登陆): the site's, not the title's; cut from the candidates.
 */
export function trimSiteTails(rows: Row[], lines: Lines, stop: number): void {
  const tails = new Map<string, number>();
  for (let k = 0; k < Math.min(stop, lines.length, MAX_HEADER_ROWS); k++) {
    const m = siteTail(lines.at(k).text.trimEnd());
    if (m) tails.set(m.name, (tails.get(m.name) ?? 0) + 1);
  }
  for (const r of rows) {
    const m = r.kind === 'candidate' ? siteTail(r.text) : null;
    if (m && (tails.get(m.name) ?? 0) >= 2 && m.index >= 6) r.text = r.text.slice(0, m.index);
  }
}

/** A row that names something (项目名称, 主标题) and gives the title again is the title's echo, no pair: taken out of `meta`. */
export function dropTitleEchoes(meta: MetaEntry[], title: string | null): void {
  const bare = (s: string) => s.replace(/[\s\u3000]+/g, '');
  for (let k = meta.length - 1; k >= 0; k--) if (title !== null && NAMING_KEY.test(meta[k]!.key) && bare(meta[k]!.value) === bare(title)) meta.splice(k, 1);
}

const PART_NUM = '[\\d零〇一二两兩三四五六七八九十百]{1,4}';
/** How a part's number is written, its number left open (第9章 → 第N章), and its own number. */
function partForm(part: string): { form: RegExp; own: string } | null {
  const t = part.trim();
  let m = new RegExp(`^第\\s*(${PART_NUM})\\s*(章|节|節|篇|部分|卷|编|編|讲|講|课|課|回)`).exec(t);
  if (m) return { form: new RegExp(`^第\\s*(${PART_NUM})\\s*${m[2]}`), own: m[1]! };
  m = new RegExp(`^卷\\s*(${PART_NUM})`).exec(t);
  if (m) return { form: new RegExp(`^卷\\s*(${PART_NUM})`), own: m[1]! };
  m = /^([上中下])\s*([篇卷編编])/.exec(t);
  if (m) return { form: new RegExp(`^([上中下])\\s*${m[2]}`), own: m[1]! };
  m = /^(Part|PART|Chapter|CHAPTER|Section|SECTION)\s+(\d{1,3}|[IVXLC]{1,6})/.exec(t);
  if (m) return { form: new RegExp(`^${m[1]}\\s+(\\d{1,3}|[IVXLC]{1,6})(?![A-Za-z])`, 'i'), own: m[2]! };
  return null;
}

/**
 * Whether a line of the next few hundred under `li` numbers another part the way `part` does (第9章 … 第10章,
 * 第一章 … 第二章): the page holds several parts, and `part` heads the first of them, not the page.
 */
export function partSiblingBelow(lines: Lines, li: number, part: string): boolean {
  const p = partForm(part);
  if (p === null) return false;
  for (let k = li + 1; k < Math.min(lines.length, li + 400); k++) {
    const m = p.form.exec(lines.at(k).text.trimStart().slice(0, 40));
    if (m && m[1] !== p.own) return true;
  }
  return false;
}

/**
 * Line `li` is a part's number alone (第9章, 第三部分, Chapter 4) over a title-like line, the page one part of a
 * longer work (a handbook's chapter); not when the page numbers other parts too (第一章 … 第二章): then it heads
 * the first of the text's parts.
 */
export function partNumberOverTitle(lines: Lines, li: number): boolean {
  const part = lines.at(li).text.trim();
  if (!isPartNumber(part)) return false;
  const under = nextFilled(lines, li);
  return looksLikeTitle(under) && !startsWithMarker(under) && !isPartNumber(under) && !partSiblingBelow(lines, li, part);
}

/**
 * A news list's item (李家超：新一份施政報告… 2025年9月17日|文:…|https://…): a headline whose date, credit and link
 * follow it on its line, not a row of pairs, when what stands before its tail holds none and reads as a
 * headline's words, not a label's or a source's (Posted on, 時事脈搏 |, XinHua She |).
 */
export function isListItem(trimmed: string, isMarker: (s: string) => boolean): boolean {
  const tailAt = listTail(trimmed);
  const head = tailAt > 0 ? trimmed.slice(0, tailAt) : '';
  return (
    (head.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 &&
    !/[|｜:：]\s*$/.test(head) &&
    metaPairs(head, isMarker) === null &&
    looksLikeTitle(cleanTitle(trimmed)) &&
    // a site's or an office's names before the date (某县人民政府 2023-01-28) are no headline: the line is the page's date
    metaPairs(trimmed, isMarker) === null &&
    !isMarker(trimmed)
  );
}

/**
 * A news site's ticker of other headlines (快訊 ⏎ 東京驚悚5死命案！… ⏎ 台股上漲61點… ⏎ …) over the article's own,
 * which its byline right under it marks (…被問選縣長？他只重複一句老話… ⏎ 聯合報／ 記者戴永華／宜蘭即時報導, 記者王某、黃某／新竹19日電). From
 * line `li`, within 30 lines of short lines with no sentence: the headline's line, or -1.
 */
export function bylinedHeadline(lines: Lines, li: number): number {
  let last = -1; // the last filled line
  for (let k = li; k < Math.min(lines.length, li + 30); k++) {
    const t = lines.at(k).text.trim();
    if (t === '') continue;
    if (t.length > 80) return -1;
    if (isByline(t) && /(?:報導|报道|報道|报导|日電|日电)$/.test(t)) {
      if (last < li) return -1;
      const head = cleanTitle(lines.at(last).text.trim());
      return looksLikeTitle(head) || isExclaimedHeadline(head) ? last : -1;
    }
    if (/。/.test(t)) return -1;
    last = k;
  }
  return -1;
}

/**
 * A date split over lines from `li`, the year alone, then the month and day (10/11, 10-11, 10月11日), then perhaps the time
 * (10:38): the date as printed, its parts joined by a space, and the lines it took; or null.
 */
export function splitDate(lines: Lines, li: number): { value: string; rows: number[] } | null {
  const parts: string[] = [lines.at(li).text.trim()];
  const rows = [li];
  const next = (k: number): number => {
    let j = k + 1;
    while (j < lines.length && lines.at(j).text.trim() === '') j++;
    return j < lines.length && j - k <= 5 ? j : -1; // a few blank lines between are the layout's
  };
  const day = next(li);
  if (day < 0 || !/^(?:(?:0?[1-9]|1[0-2])\s?[/.-]\s?(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)$/.test(lines.at(day).text.trim()))
    return null;
  parts.push(lines.at(day).text.trim());
  rows.push(day);
  const time = next(day);
  if (time >= 0 && /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/.test(lines.at(time).text.trim())) {
    parts.push(lines.at(time).text.trim());
    rows.push(time);
  }
  return { value: parts.join(' '), rows };
}

/** A box's heading over a list of headlines: 今日要闻, 本版标题导航, 热点新闻, 相关阅读 (a bare 要闻 is a column's label). */
const LIST_HEADING =
  /^(?:今日|今天|本版|本期|热点|熱點|最新|相关|相關|推荐|推薦|热门|熱門|重要|精彩|延伸|图片|圖片)(?:要闻|要聞|新闻|新聞|标题导航|標題導航|导航|導航|导读|導讀|资讯|資訊|头条|頭條|文章|阅读|閱讀|推荐|推薦)$/;

/**
 * A run of short headlines one under another under a box's heading (今日要闻 ⏎ three headlines ⏎ the text) is the box's
 * list, none of them the page's own but the last, which the text or the byline follows. The list's rows are made
 * furniture, so no item is chosen or joined to the headline (an e-paper's 本版标题导航 ⏎ its items ⏎ the headline).
 */
export function dropListUnderHeading(rows: Row[], lines: Lines): void {
  for (let k = 0; k < rows.length; k++) {
    if (!LIST_HEADING.test(lines.at(rows[k]!.li).text.trim())) continue;
    let end = k + 1;
    while (
      end < rows.length &&
      rows[end]!.kind === 'candidate' &&
      rows[end]!.text.length <= 30 &&
      !SENTENCE_MARK.test(rows[end]!.text) &&
      rows[end]!.li <= rows[end - 1]!.li + 2
    )
      end++;
    if (end - k - 1 < 3) continue;
    for (let j = k + 1; j < end - 1; j++) Object.assign(rows[j]!, { kind: 'furniture', text: '' });
  }
}
