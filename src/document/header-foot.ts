// The rest of a page after its header (see header.ts): table pipes, furniture lines and copy-site
// watermarks in the body are blanked, and the page's foot (版权所有 …, 责任编辑：…) is read for metadata.

import {
  bareCredits,
  bareEditors,
  COMMENT_HEADING,
  editorLine,
  editorTail,
  englishCredit,
  footCredits,
  gluedCredits,
  isFootFurniture,
  isFootKey,
  isRoleKey,
  leadCredits,
  markCredit,
} from './credits.js';
import { headsDatedList, inDatedList } from './dated-lists.js';
import { isWatermarkLine, SENTENCE_MARK } from './header-lines.js';
import { isTableRow, type Lines } from './lines.js';
import { listDateRows } from './list-items.js';
import { startsWithMarker } from './markers.js';
import { FOOTER_KEYS, isDateOnly, metaPairs } from './meta.js';
import { contactBlock } from './meta-contact.js';
import { quotedSourceDate } from './meta-dates.js';
import { TOPIC_KEY, TOPIC_LINE } from './meta-keys.js';
import { isDisclosureKey, ofKind } from './meta-kinds.js';
import { isOwnAddress, isProvenanceKey, provenanceLine, provenanceSplit } from './meta-provenance.js';
import { termsLine } from './meta-terms.js';
import type { MetaEntry } from './model.js';
import { isFurniture, RELATED_HEADING, watermarks } from './page.js';
import { releaseTail } from './release-tail.js';
import { oneForm } from './script-forms.js';

const isMarker = startsWithMarker;

/**
 * Line `k` ends the credits: a line of them, a text's last line closing on them in brackets, or a credit's value
 * under its key (编辑： ⏎ 王某). The site's furniture may follow it.
 */
function creditsEnd(lines: Lines, k: number, stop: number): boolean {
  const text = lines.at(k).text;
  const t = text.trim();
  return (
    footPairs(t) !== null ||
    markCredit(t) !== null ||
    statedPairs(t) !== null ||
    gluedCredits(text) !== null ||
    keyOverValue(lines, k, stop) !== null ||
    addressUnderKey(lines, k, stop)
  );
}

/** Line `k` is a source's or the page's address under its key alone (地址： ⏎ http://…/1.html), a pair, not furniture. */
function addressUnderKey(lines: Lines, k: number, stop: number): boolean {
  const above = prevText(lines, k, stop);
  return above >= 0 && provenanceSplit(lines.at(above).text, lines.at(k).text) !== null;
}

/**
 * A foot line's pairs. An office's name and a date on one line with no key (某县人民政府办公室 2024年1月5日) is the notice's
 * signature at its foot, no pair of the page's: only over the title does such a line date the page.
 */
function footLinePairs(t: string): ReturnType<typeof metaPairs> {
  const read = metaPairs(t, isMarker);
  return read?.named ? null : read;
}

/** A foot line of where the text came from or the page's own address, and nothing else: its pairs, or null. */
function statedPairs(t: string): MetaEntry[] | null {
  if (t.length > 300 || /[。！？]/.test(t)) return null;
  const terms = termsLine(t); // 相關字詞﹕… 編輯推介
  if (terms) return [terms];
  const own = provenanceLine(t);
  if (own) return own.pairs;
  const pairs = footLinePairs(t)?.pairs;
  return pairs?.length && pairs.every((p) => p.value !== '' && (isOwnAddress(p) || isProvenanceKey(p.key))) ? pairs : null;
}

/**
 * Line `li`'s pairs when each is of its key's known kind (关键词: terms, 浏览次数: a count), a key alone taking the next
 * line of its kind (关键词： ⏎ 林芝 揭牌): the pairs and their last line, or null.
 */
function kindPairs(lines: Lines, li: number, last: number): { pairs: MetaEntry[]; to: number } | null {
  const t = lines.at(li).text.trim();
  if (/[。！？]/.test(t)) return null;
  const read = footLinePairs(t);
  const pairs = read?.pairs;
  if (!pairs?.length) return null;
  const under = read!.pending && li < last ? lines.at(li + 1).text.trim() : '';
  if (under !== '' && ofKind(pairs.at(-1)!.key, under) === true) pairs.at(-1)!.value = under;
  return pairs.every((p) => ofKind(p.key, p.value) === true) ? { pairs, to: under !== '' && pairs.at(-1)!.value === under ? li + 1 : li } : null;
}

/**
 * A foot line's credits (来源：…, 编辑：… 审核：…, the site's address and phone among them), or null when it is text.
 * Inside the foot's block of credits (`inBlock`: a credit line stands next to it) a pair of any key the head reads is
 * the page's too (素材来源：…, 图片来源：… over 责编：…): the block is found by its credits, not by a shorter list of keys.
 */
function footPairs(t: string, inBlock = false): MetaEntry[] | null {
  if (/[。！？]/.test(t)) return null;
  const credits = footCredits(t);
  if (credits) return credits;
  const topic = TOPIC_LINE.exec(t);
  if (topic) return [{ key: topic[1]!, value: topic[2]!.trim() }];
  const pairs = footLinePairs(t);
  if (inBlock && pairs?.pairs.length && pairs.pairs.every((p) => p.value !== '')) return pairs.pairs;
  return pairs?.pairs.every((p) => isFootKey(p.key) || FOOTER_KEYS.has(p.key) || isProvenanceKey(p.key) || TOPIC_KEY.test(p.key)) ? pairs.pairs : null;
}

/**
 * Reads lines `stop`… of the page: blanks what is the site's with `blank` (whole lines) and `blankPipes`
 * (a table row's bars), gives the foot's pairs and an editor's note to `addPairs`. Returns the copy-site
 * stamps blanked inside a line of the body, start → end.
 */
export function readBody(
  lines: Lines,
  stop: number,
  blank: (from: number, to: number) => void,
  blankPipes: (from: number, to: number) => void,
  addPairs: (pairs: MetaEntry[]) => void,
): Map<number, number> {
  const stamps = new Map<number, number>();
  const footMeta: MetaEntry[][] = []; // found from the last line up; added in page order (pushed, then read backwards: unshift is quadratic)
  let last = lines.length - 1;
  // A list of other articles at the foot (相关推荐 ⏎ headlines …) is the site's, from its heading on.
  for (let li = last; li > stop && li >= lines.length - 40; li--) {
    if (!RELATED_HEADING.test(lines.at(li).text.trim())) continue;
    blank(lines.at(li).start, lines.at(last).end);
    last = li - 1;
    break;
  }
  // A comment box under the credits (编辑：… ⏎ 网友评论 ⏎ the readers' comments): the site's, from its heading on.
  for (let li = last; li > stop && li >= lines.length - 40; li--) {
    if (!COMMENT_HEADING.test(lines.at(li).text.trim())) continue;
    let k = li - 1;
    while (k > stop && lines.at(k).text.trim() === '') k--;
    if (creditsEnd(lines, k, stop)) {
      blank(lines.at(li).start, lines.at(last).end);
      last = li - 1;
    }
    break;
  }
  // A list's items, each closed by its own date row: the page's date is the first item's, the last row no foot's (list-items.ts).
  const listed = listDateRows(lines, stop, last);
  for (; last >= stop; last--) {
    const line = lines.at(last);
    const t = line.text.trim();
    if (listed?.rows.has(last)) break;
    if (t === '' || t.replace(/\|/g, '').trim() === '') {
      if (t !== '') blank(line.start, line.end);
      continue;
    }
    // A list of other items, each with its own date (- 2025年04月14日 21:51:30 ⏎ - 某某 2025-04-14 …), and its heading: the site's (dated-lists.ts).
    if (inDatedList(lines, last, stop, lines.length - 1) || headsDatedList(lines, last, lines.length - 1)) {
      blank(line.start, line.end);
      continue;
    }
    // Before the stamps: (来源：新华网) is a news source, (来源：第一范文网) a copy site's stamp (credits.ts).
    const credits = footCredits(t);
    if (credits) {
      footMeta.push(credits);
      blank(line.start, line.end);
      continue;
    }
    // The words' or the pictures' mark and names (文 | 胡协 ⏎ 图 | 邹金修): who wrote and who shot it (credits.ts).
    const marked = markCredit(t);
    if (marked) {
      footMeta.push([marked]);
      blank(line.start, line.end);
      continue;
    }
    // A role and a name with a space for the colon (校对 徐珩 ⏎ 编辑 : 胡妍璐): a credit when a keyed one stands next to it.
    const bare = footMeta.length > 0 || creditNextAbove(lines, last, stop) ? bareCredits(t) : null;
    if (bare) {
      footMeta.push(bare);
      blank(line.start, line.end);
      continue;
    }
    // Where the text came from and the page's own address (转自：…, 地址：http://…/12138.html): before furniture, which an address line is.
    const stated = statedPairs(t);
    if (stated) {
      footMeta.push(stated);
      blank(line.start, line.end);
      continue;
    }
    // Where the text was first printed and its day («…»より2008年3月19日, （摘自《人民日报》2008年3月19日）): the page's date.
    const quoted = quotedSourceDate(t);
    if (quoted) {
      footMeta.push([{ key: '日期', value: quoted }]);
      blank(line.start, line.end);
      continue;
    }
    const above = prevText(lines, last, stop);
    // A release's contact, a person over a phone (聯絡人─某某 ⏎ 聯絡電話─…), its key's colon or a long dash (meta-contact.ts).
    const contact = above >= 0 ? contactAt(lines, last, stop) : null;
    if (contact) {
      footMeta.push(contact.pairs);
      blank(lines.at(contact.from).start, line.end);
      last = contact.from;
      continue;
    }
    const statedSplit = above >= 0 ? provenanceSplit(lines.at(above).text, t) : null;
    if (statedSplit) {
      footMeta.push([statedSplit]);
      blank(lines.at(above).start, line.end);
      last = above;
      continue;
    }
    if (isFurniture(t) || isWatermarkLine(t)) {
      blank(line.start, line.end);
      continue;
    }
    // A press release's stamp: 2022年12月20日(星期二) ⏎ 香港時間10時30分 (the time is furniture).
    if (isDateOnly(t) && /星期/.test(t)) {
      footMeta.push([{ key: '日期', value: t }]);
      blank(line.start, line.end);
      continue;
    }
    const pairs = footPairs(t, footMeta.length > 0 || creditNextAbove(lines, last, stop));
    if (pairs) {
      footMeta.push(pairs.filter((p) => (!FOOTER_KEYS.has(p.key) || isOwnAddress(p)) && p.value !== '')); // nor the site's address and phone (the page's own address is its), nor a key left empty
      blank(line.start, line.end);
      continue;
    }
    // The site's comment, share and copyright lines under a news text's credits (来源：… ⏎ 编辑：… ⏎ 热门评论):
    // passed over only when credits stand above them, so a report's last line is never taken for the site's.
    if (isFootFurniture(t)) {
      let k = last - 1;
      while (k >= stop && (lines.at(k).text.trim() === '' || (isFootFurniture(lines.at(k).text) && !addressUnderKey(lines, k, stop)))) k--;
      if (k >= stop && creditsEnd(lines, k, stop)) {
        blank(lines.at(k + 1).start, line.end);
        last = k + 1;
        continue;
      }
    }
    // A foot key alone on its line over its value (责任编辑： ⏎ 王傲).
    const split = keyOverValue(lines, last, stop);
    if (split) {
      footMeta.push([split.pair]);
      blank(lines.at(split.keyLine).start, line.end);
      last = split.keyLine;
      continue;
    }
    break;
  }
  if (listed) {
    addPairs([listed.pair]);
    blank(lines.at(listed.first[0]).start, lines.at(listed.first[1]).end);
  }
  for (let k = footMeta.length - 1; k >= 0; k--) addPairs(footMeta[k]!);
  let editorAt = -1; // the last line read as an editor's credits
  let lead = 0; // lines with something on them since the text began: a lead or a summary comes first
  for (let li = stop; li <= last; li++) {
    const line = lines.at(li);
    if (line.text.trim() !== '') lead++;
    if (isTableRow(line.text)) {
      if (line.text.replace(/\|/g, '').trim() === '') blank(line.start, line.end);
      else blankPipes(line.start, line.end);
      continue;
    }
    // Furniture lines have no sentence in them: most body lines are passed over at the first test.
    if (line.end - line.start < 200 && !SENTENCE_MARK.test(line.text) && isFurniture(line.text, false)) {
      blank(line.start, line.end);
      continue;
    }
    const disclosed = line.end - line.start < 40 ? disclosure(lines, li, last) : null;
    if (disclosed) {
      addPairs([disclosed.pair]);
      blank(line.start, lines.at(disclosed.to).end);
      li = disclosed.to;
      continue;
    }
    // An editor's credit on a line of its own inside the text (責任編輯:某某 between a summary and the text), or any
    // credits among the text's first lines (a summary ⏎ 来源：… 作者：… ⏎ the text): the page's.
    // Its key may stand alone over its value (責任編輯: ⏎ 王某), as a page set the two in cells: read as one line.
    // A credit in English on its own line (Translated by …, Photo by …), where an English page prints it: the page's.
    const english = line.end - line.start < 160 && /^\s*[A-Z]/.test(line.text) ? englishCredit(line.text) : null;
    if (english) {
      addPairs(english);
      blank(line.start, line.end);
      continue;
    }
    const credits = (text: string) => (text.length > 80 ? null : lead <= 3 ? leadCredits(text) : editorLine(text));
    const editors = credits(line.text);
    if (editors) {
      addPairs(editors);
      blank(line.start, line.end);
      editorAt = li;
      continue;
    }
    // Two keyed credit lines or more together inside the text (記者:高小柔、朱佩瑩 ⏎ 指導老師:呂秉權), between its paragraphs
    // and the site's lines under them: a block of the page's credits, wherever it stands.
    const block = line.end - line.start < 160 ? creditBlock(lines, li, last) : null;
    if (block) {
      for (const pairs of block.pairs) addPairs(pairs);
      blank(line.start, lines.at(block.last).end);
      li = editorAt = block.last;
      continue;
    }
    // The desk's roles with a space for the colon (校对 徐珩 ⏎ 编辑 : 胡妍璐), next to an editor's line: the page's too.
    const bareEd = line.end - line.start < 80 ? bareEditors(line.text) : null;
    if (bareEd && (editorAt === prevText(lines, li, stop) || editorLineNext(lines, li, last))) {
      addPairs(bareEd);
      blank(line.start, line.end);
      editorAt = li;
      continue;
    }
    // Pairs of a known kind under an editor's line (編輯:某 ⏎ 關鍵詞:… as terms): the page's too (meta-kinds.ts).
    const kinded = editorAt >= 0 && editorAt === prevText(lines, li, stop) && line.end - line.start < 160 ? kindPairs(lines, li, last) : null;
    if (kinded) {
      addPairs(kinded.pairs);
      blank(line.start, lines.at(kinded.to).end);
      li = editorAt = kinded.to;
      continue;
    }
    const value = li < last && /[:：]\s*$/.test(line.text) ? lines.at(li + 1) : null;
    const split = value ? credits(`${line.text.trim()}${value.text.trim()}`) : null;
    if (value && split) {
      addPairs(split);
      blank(line.start, value.end);
      editorAt = ++li; // the credit's last line
      continue;
    }
    for (const [a, b] of watermarks(line.text)) {
      blank(line.start + a, line.start + b);
      if (a > 0 && b < line.text.length) stamps.set(line.start + a, line.start + b);
    }
    // A news page's editor at the end of a paragraph: …。(编辑：李某)1121221, 【責編：某某】 (credits.ts).
    const ed = editorTail(line.text);
    if (ed) {
      addPairs(ed.pairs);
      blank(line.start + ed.at, line.end);
    }
    // The text's last line may close on its credits in brackets (…取得新成效。（来源：湖南日报）): the page's.
    const glued = ed || li !== last ? null : gluedCredits(line.text);
    if (glued) {
      addPairs(glued.pairs);
      blank(line.start + glued.at, line.end);
      continue;
    }
    const release = ed ? null : releaseTail(line.text); // …空間。 新聞稿聯絡人: … 發布日期:… 發布單位:…
    if (release) {
      addPairs(release.pairs);
      blank(line.start + release.at, line.end);
    }
  }
  return stamps;
}

/**
 * How a notice is disclosed, printed under its signature before an attachment (公开方式:主动公开, or the key over its
 * value): a pair wherever it stands, its value of the disclosure's kind (meta-kinds.ts). The pair and its last line.
 */
function disclosure(lines: Lines, li: number, last: number): { pair: MetaEntry; to: number } | null {
  const m = /^\s*([^\s:：]{4,6})\s*[:：]\s*(\S*)\s*$/.exec(lines.at(li).text);
  if (!m || !isDisclosureKey(m[1]!)) return null;
  let to = li;
  if (m[2] === '') {
    to = li + 1;
    while (to <= last && lines.at(to).text.trim() === '') to++;
  }
  const value = m[2] === '' ? (to <= last ? lines.at(to).text.trim() : '') : m[2]!;
  return ofKind(m[1]!, value) ? { pair: { key: m[1]!, value }, to } : null;
}

/**
 * Lines `li`… that are keyed credit lines alone (two at least, blank lines between them allowed; a key alone over its
 * value, 記者: ⏎ 高小柔, as cells print it): their pairs and the last line, or null.
 */
function creditBlock(lines: Lines, li: number, last: number): { pairs: MetaEntry[][]; last: number } | null {
  const keyed = (k: number): { pairs: MetaEntry[]; to: number } | null => {
    const t = lines.at(k).text.trim();
    if (t.length > 160 || !/[:：]/.test(t)) return null;
    const under = /[:：]$/.test(t) && k < last ? lines.at(k + 1).text.trim() : '';
    const pairs = under !== '' && under.length <= 60 ? footCredits(`${t}${under}`) : footCredits(t);
    // Each line names who made the text (記者:…, 指導老師:…): a notice's 审核：… ⏎ 时间：… inside its body is the text's.
    return pairs?.every((p) => isRoleKey(p.key)) ? { pairs, to: under !== '' ? k + 1 : k } : null;
  };
  const first = keyed(li);
  if (!first) return null;
  const pairs = [first.pairs];
  let end = first.to;
  for (let k = end + 1; k <= last && k <= end + 2 && pairs.length < 8; k++) {
    if (lines.at(k).text.trim() === '') continue;
    const next = keyed(k);
    if (!next) break;
    pairs.push(next.pairs);
    end = k = next.to;
  }
  return pairs.length >= 2 ? { pairs, last: end } : null;
}

/**
 * A release's contact block ending at line `li` (meta-contact.ts): its pairs and its first line. The five lines with text
 * up to `li` are read, and the one under it, which must be no site footer's.
 */
function contactAt(lines: Lines, li: number, stop: number): { pairs: MetaEntry[]; from: number } | null {
  const at: number[] = [li];
  for (let k = prevText(lines, li, stop); k >= 0 && at.length < 5; k = prevText(lines, k, stop)) at.unshift(k);
  let down = li + 1;
  while (down < lines.length && lines.at(down).text.trim() === '') down++;
  const block = contactBlock(
    at.map((k) => lines.at(k).text),
    down < lines.length ? lines.at(down).text : '',
  );
  return block ? { pairs: block.pairs, from: at[at.length - block.used]! } : null;
}

/** The line with something on it before line `li` (or -1). */
function prevText(lines: Lines, li: number, stop: number): number {
  let k = li - 1;
  while (k >= stop && lines.at(k).text.trim() === '') k--;
  return k >= stop ? k : -1;
}

/** The next line with something on it after line `li` is an editor's credits alone (编辑 : 胡妍璐, or 编辑： ⏎ 胡妍璐). */
function editorLineNext(lines: Lines, li: number, last: number): boolean {
  let k = li + 1;
  while (k <= last && lines.at(k).text.trim() === '') k++;
  if (k > last || lines.at(k).text.length > 80) return false;
  const text = lines.at(k).text.trim();
  const split = /[:：]$/.test(text) && k < last ? `${text}${lines.at(k + 1).text.trim()}` : text;
  return split.length <= 80 && editorLine(split) !== null;
}

/** The next line with something on it above line `li` is a keyed credit line (编辑：王晓 ⏎ 校对 李文华). */
function creditNextAbove(lines: Lines, li: number, stop: number): boolean {
  let k = li - 1;
  while (k >= stop && lines.at(k).text.trim() === '') k--;
  return k >= stop && footCredits(lines.at(k).text.trim()) !== null;
}

/**
 * A foot's key alone on its line over its value (责任编辑： ⏎ 王傲, 來源: ⏎ 中央社), as a page set the two in
 * cells of their own: the pair, when the value is a few words with no sentence's punctuation.
 */
function keyOverValue(lines: Lines, li: number, stop: number): { pair: MetaEntry; keyLine: number } | null {
  const value = lines.at(li).text.trim();
  if (value.length > 30 || /[。！？，,；;:：]/.test(value)) return null;
  let k = li - 1;
  while (k >= stop && lines.at(k).text.trim() === '') k--;
  if (k < stop) return null;
  const key = /^\s*([^\s:：]{1,8})\s*[:：]\s*$/.exec(lines.at(k).text);
  if (!key || !isFootKey(oneForm(key[1]!))) return null;
  return { pair: { key: key[1]!, value }, keyLine: k };
}

const ABSTRACT = /^[【[]?\s*(?:摘\s*要|内容摘要|內容摘要|提\s*要)\s*[】\]:：]/;
const JOURNAL_KEYS = /^(?:关键词|關鍵詞|中图分类号|中圖分類號|文献标识码|文獻標識碼|文章编号|文章編號)$/;

/** A journal copy that starts at its abstract (【摘要】…) on line `stop`: the keys right under it (【关键词】…, 【中图分类号】…) are pairs. */
export function readAbstractKeys(lines: Lines, stop: number, addPairs: (pairs: MetaEntry[]) => void, blank: (from: number, to: number) => void): void {
  if (stop >= lines.length || !ABSTRACT.test(lines.at(stop).text.trim())) return;
  let end = Math.min(lines.length, stop + 4);
  for (let li = stop + 1; li < end; li++) {
    const line = lines.at(li);
    const pairs = metaPairs(line.text.trim(), isMarker);
    if (!pairs || pairs.pairs.length === 0 || !pairs.pairs.every((p) => JOURNAL_KEYS.test(p.key))) break;
    // A key alone over its value (关键词： ⏎ 行政主导 澳门立法会): the next line, when it is of the key's kind.
    const waiting = pairs.pending ? pairs.pairs.at(-1)! : null;
    const under = waiting && li + 1 < lines.length ? lines.at(li + 1) : null;
    if (waiting && under && ofKind(waiting.key, under.text) === true) {
      waiting.value = under.text.trim();
      addPairs(pairs.pairs);
      blank(line.start, under.end);
      li++;
      end = Math.min(lines.length, end + 1);
      continue;
    }
    addPairs(pairs.pairs);
    blank(line.start, line.end);
  }
}
