// The header of a report: the rows before the body. Page residue (breadcrumb rows, table pipes, a
// site's furniture) is masked with spaces, so every offset still points into the source; metadata and
// the title are read out of the rows. The rules for single lines are page.ts's (is this furniture, a
// subtitle?), meta.ts's (which pairs does it hold?) and title.ts's (where in it is the title, and which
// row is it?); this file reads the rows in order with them.

import { CAPTION_CREDIT, isByline, isCreditedCaption, isMediumCredit, ownLineBylines } from './bylines.js';
import { outletBylineDate } from './credit-lines.js';
import { blockCredits, creditTail, englishCredit, englishCreditSplit, headCredits } from './credits.js';
import { isDateKeyed, isSiteClock, isWeekdayAlone, sameDay } from './date-reader.js';
import { isDatedTicker } from './dated-lists.js';
import { clockOverTitle, datesAroundTitle, datesOnTheirOwn, posterLine, splitOrPageDate } from './header-dates.js';
import { readAbstractKeys, readBody } from './header-foot.js';
import { isGluedHeadlineList } from './header-glued-list.js';
import {
  applyEdits,
  BULLET,
  blankRun,
  COLLECTION_ITEM,
  DOC_SITE_ROW,
  dropTitleEchoes,
  headlineTwiceBelow,
  isListItem,
  isWatermarkLine,
  MAX_HEADER_ROWS,
  nextFilled,
  partNumberOverTitle,
  trimSiteTails,
} from './header-lines.js';
import { markTemplateRows } from './header-menus.js';
import type { HeaderScan, Step } from './header-scan.js';
import { tableRow } from './header-table.js';
import { isTableRow, Lines, type Row } from './lines.js';
import { startsWithMarker } from './markers.js';
import {
  FOOTER_KEYS,
  fieldKeyAlone,
  fitsKey,
  isPendingValue,
  keyOnly,
  metaPairs,
  numberBeforeTitle,
  opensAsPairs,
  pairsAfterSlashes,
  startsWithBasis,
} from './meta.js';
import { isSpacer, withoutLinkLabel } from './meta-card.js';
import { creditedDate, datedLead, sourceThenDay, titleThenTime } from './meta-dates.js';
import { interviewCard } from './meta-interview.js';
import { TITLE_KEY } from './meta-keys.js';
import { fitsKind, ofKind } from './meta-kinds.js';
import { isOwnAddress, provenanceLine, provenanceSplit } from './meta-provenance.js';
import type { MetaEntry, Range } from './model.js';
import {
  breadcrumbTail,
  CAPTION,
  COPY_SITE_NOTE,
  FILE_LINK,
  isFurniture,
  isSubtitle,
  isTopFurniture,
  namesGenre,
  RELATED_HEADING,
  titleOfPageTitle,
} from './page.js';
import { oneForm } from './script-forms.js';
import { isWrappedSentence } from './text-lines.js';
import {
  candidate,
  cleanTitle,
  isAuthoredTitle,
  isExclaimedHeadline,
  isFragment,
  isFragmentJoin,
  isMeetingLine,
  isSalutation,
  isSpeakerLine,
  looksLikeTitle,
  withoutLayoutSpaces,
} from './title.js';
import { cutDeck, reportRowBelow } from './title-block.js';
import { isLabelledCreditCaption, withoutSiteTags } from './title-captions.js';
import { asSlug, chooseTitle, runOnHead, setOutAgain, skipListBeforeTitle, skipTicker, wrappedTitle } from './title-choice.js';
import { isSubjectLabel, skipNoticeBox, titleBeforeSite, titleThenBracket, titleThenPairs } from './title-deck.js';
import { echoedHeadline } from './title-echo.js';
import { isOriginalTitleLine, isTopicHeadline } from './title-furniture.js';
import { heldEvent } from './title-held-event.js';
import { fileTitle, isReadingStat, isSiteBlurb, withoutJammer } from './title-noise.js';
import { printedAgain } from './title-plausible.js';
import { isShapeFurniture } from './title-shape.js';
import { editStampEnd } from './title-software.js';
import { titleText } from './title-two-lines.js';

export interface Header {
  masked: string;
  title: string | null;
  titleRange: Range | null;
  meta: MetaEntry[];
  bodyStart: number;
  /** Copy-site stamps blanked inside a line of the body, start → end: a heading reads on across them. */
  stamps: Map<number, number>;
}

const isMarker = startsWithMarker;

/**
 * The header: every row from the top until the first row of report text. Furniture and metadata rows
 * are blanked; of the short rows that could be a title, the best one is the title (see chooseTitle),
 * rows above it are page furniture (menus, site names) and are blanked, rows below it that repeat it
 * are blanked, other rows below it (a subtitle, a speaker's name) open the body. Then the rest of the
 * page: pipes of table rows, furniture lines and copy-site watermarks anywhere in the body, furniture
 * and metadata at the very end (版权所有 …, 责任编辑：…) are blanked too.
 */
/**
 * Pairs that only count the text (本文字数:1593, 阅读量: ⏎ 1.2万, a key still waiting for its count): the page's, but a site
 * sets them anywhere round the headline and its deck, so their row is no row of pairs the title stands over.
 */
const countsText = (pairs: MetaEntry[]): boolean => pairs.length > 0 && pairs.every((p) => isReadingStat(`${p.key}:${p.value === '' ? '1' : p.value}`));

export function readHeader(source: string): Header {
  // Lines are blanked whole or in part; the masked text is rebuilt from slices once, so a 10 MiB
  // report is not split into ten million one-character strings.
  const edits: { start: number; end: number; text: string }[] = [];
  const blank = (from: number, to: number) => {
    if (to > from) edits.push({ start: from, end: to, text: ' '.repeat(to - from) });
  };
  const blankPipes = (from: number, to: number) => {
    const line = source.slice(from, to);
    if (line.includes('|')) edits.push({ start: from, end: to, text: line.replace(/\|/g, ' ') });
  };
  const lines = new Lines(source);
  const meta: MetaEntry[] = [];
  const rows: Row[] = [];
  const echoes: string[] = []; // a title as furniture repeats it: a breadcrumb's last item, a page <title>
  let stop = lines.length; // the first line of report text
  // A credit line of the makers (图/某报记者 某某) was read: a headline stands over its credit, so a line under it that
  // only exclaims (…享受难得的好天气！) is the text's first sentence.
  let madeBy = false;

  const addPairs = (pairs: MetaEntry[]) => {
    // A source's value that runs on into its day (来源: 某报 于2020-07-13 9:54): the source, and the page's date.
    for (const p of pairs.flatMap(sourceThenDay)) {
      // A value not of its key's kind (访问量: 收藏.png) is the page's furniture read as a pair (meta-kinds.ts).
      if (!fitsKind(p.key, p.value)) continue;
      // 标题：…, 文件名称：… in a metadata table names the title; it is not kept as metadata of its own.
      if (TITLE_KEY.test(p.key)) echoes.push(p.value);
      // The same pair printed twice (a table row, then a line of pairs under it) is one pair. A key left empty is no pair
      // yet: its value may come on the next line, and it waits as its own entry, never as the pair before it.
      else if (p.value === '' || !meta.some((m) => oneForm(m.key) === oneForm(p.key) && m.value === p.value)) meta.push(p);
    }
  };

  // The last line with something on it, so "is there content after this row" is one comparison.
  let lastFilled = lines.length - 1;
  while (lastFilled >= 0 && lines.at(lastFilled).text.replace(/\|/g, '').trim() === '') lastFilled--;
  const hasContentAfter = (li: number) => li < lastFilled;
  /** Whether the page's date is read already: a second printing of a date is not a second 日期. */
  const hasDate = () => meta.some((m) => m.key === '日期');
  /** The same, or the day `alone` gives under a key that dates the page (发布日期, 發布時間): a date alone on its line after it is printed again. */
  const hasDated = (alone: string) => meta.some((m) => m.key === '日期' || (isDateKeyed(m.key, m.value) && sameDay(m.value, alone)));
  const scan: HeaderScan = {
    lines,
    rows,
    meta,
    echoes,
    addPairs,
    blank,
    hasContentAfter,
    hasDate,
    hasDated,
    pending: null, // • 索引号: with its value on the next line
    pendingBulleted: false,
    bareLi: -1, // the last row of pairs with no colons (質詢日期 108-12-05 議案類別 定期會)
  };
  let step: Step; // what a branch moved out of the loop did with the line (header-scan.ts)

  for (let li = 0; li < lines.length; li++) {
    const line = lines.at(li);
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    // A forum's edit stamp over a post (本帖最后由 某某 于 … 编辑): the forum's line, no title nor the page's date. The post
    // glued after it on the line starts the text (title-software.ts).
    const edited = editStampEnd(trimmed);
    if (edited > 0) {
      const lead = line.text.indexOf(trimmed);
      if (trimmed.slice(edited).trim() === '') {
        rows.push({ li, kind: 'furniture', text: '' });
        continue;
      }
      blank(line.start + lead, line.start + lead + edited);
      stop = li;
      break;
    }
    // A credit line (图/某报记者 某某), whichever rule below reads it: what follows stands under its makers, no headline.
    const medium = trimmed.length <= 60 && isMediumCredit(trimmed);
    if (medium) madeBy = true;
    // A page's header is a few dozen rows; past that, short rows are the report's (a list, a table).
    if (rows.length >= MAX_HEADER_ROWS) {
      // No header ends here: the rows are the report's from the first short row after the furniture
      // and metadata, which is its title.
      const first = rows.findIndex((r) => r.kind === 'candidate' || r.kind === 'kept');
      if (first >= 0 && first + 1 < rows.length) {
        stop = rows[first + 1]!.li;
        rows.length = first + 1;
      } else stop = li;
      break;
    }
    // A dash or a bar between a key and its value (索引号 ⏎ - ⏎ 1144…): the key waits on.
    if (scan.pending && isSpacer(trimmed)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A byline of an outlet and its writers with the page's date after them (credit-lines.ts): the date is the page's.
    const bylineDate = trimmed.length <= 80 ? outletBylineDate(trimmed) : null;
    if (bylineDate !== null) {
      if (!hasDate()) addPairs([{ key: '日期', value: bylineDate }]);
      rows.push({ li, kind: 'meta', text: '' });
      continue;
    }
    // An e-paper's headlines glued into one line, printed again one by one under it (header-glued-list.ts): furniture.
    if (isGluedHeadlineList(lines, li)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A site's notice box over the page (重要公告, its text, its links, 关闭): skipped, not the end of the header.
    const boxEnd = skipNoticeBox(lines, li, rows);
    if (boxEnd > li) {
      li = boxEnd - 1;
      continue;
    }
    // A ticker of other headlines, each with its own date, on one line: the site's, its dates the items' (dated-lists.ts).
    if (isDatedTicker(trimmed)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    const waiting = scan.pending;
    scan.pending = null;
    // A bulleted item under a key that had no bullet (分類 ⏎ • 正報): the key heads a list of the site's.
    if (waiting && !scan.pendingBulleted && BULLET.test(trimmed)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // The title itself is no key's value (• 内容概述: with nothing, then the title), unless the key names it.
    const titleLike = namesGenre(trimmed) && trimmed.length >= 8 && !TITLE_KEY.test(waiting?.key ?? '');
    // A site's list heading under an empty key (时间: ⏎ 推荐文章) is no value of it.
    const related = RELATED_HEADING.test(trimmed) || /^(?:推荐文章|推薦文章)$/.test(trimmed);
    if (
      waiting &&
      isPendingValue(trimmed) &&
      fitsKey(waiting.key, trimmed) &&
      fitsKind(waiting.key, trimmed) &&
      !titleLike &&
      // The title the card named already (标题: X … 发文字号: ⏎ X) is printed again, no value of another key.
      !(echoes.includes(trimmed) && !TITLE_KEY.test(waiting.key)) &&
      !related &&
      !isMarker(trimmed) &&
      // A line of the key's kind is its value, whatever else it could be (浏览次数： ⏎ 4: a lone number, no page's furniture here).
      (ofKind(waiting.key, trimmed) === true || !isFurniture(trimmed)) &&
      !metaPairs(trimmed, isMarker)
    ) {
      // • 秘書處 under • 發布單位：; 1150… | under [ 索引号 ] | (a table one cell a line: not its bar)
      waiting.value = withoutLinkLabel(trimmed.replace(BULLET, '').replace(/^[|\s]+|[|\s]+$/g, ''));
      // The same pair printed again with its value under its key (主题分类: 人事工作, then 主题分类: ⏎ 人事工作): one pair.
      const same = meta.findIndex((m) => m !== waiting && oneForm(m.key) === oneForm(waiting.key) && m.value === waiting.value);
      if (same >= 0 && meta.includes(waiting)) meta.splice(meta.indexOf(waiting), 1);
      if (TITLE_KEY.test(waiting.key)) echoes.push(waiting.value); // • 文件名称: ⏎ the title: no pair
      rows.push({ li, kind: countsText([waiting]) ? 'furniture' : 'meta', text: '' });
      continue;
    }
    if (isTableRow(line.text)) {
      step = tableRow(scan, li, line, trimmed);
      if (step.stop) {
        stop = step.li;
        break;
      }
      li = step.li;
      continue;
    }
    // An interview's card under the title (口述人：… ⏎ 访谈组：… ⏎ 访谈时间：…): its pairs, a biography's sentences and all (meta-interview.ts).
    const card = rows.some((r) => r.kind === 'candidate') ? interviewCard(lines, li) : null;
    if (card) {
      addPairs(card.pairs);
      for (let k = li; k <= card.last; k++) if (lines.at(k).text.trim() !== '') rows.push({ li: k, kind: 'meta', text: '' });
      li = card.last;
      continue;
    }
    // A part's number alone at the top over its title (第三章 ⏎ 财政预算的审议程序): the title's start (wrappedTitle).
    if (!rows.some((r) => r.kind === 'candidate') && partNumberOverTitle(lines, li) && hasContentAfter(li)) {
      rows.push({ li, kind: 'candidate', text: trimmed });
      continue;
    }
    // A list before the title (a site's menu of numbered links, a report's outline): the site's, when a title follows it.
    const listEnd = isMarker(trimmed) ? skipListBeforeTitle(lines, li, rows, isMarker) : -1;
    if (listEnd > li) {
      li = listEnd - 1;
      continue;
    }
    // A file's name standing where the title does (某报告.doc, 某公报2019年1月第2号.pdf over a PDF's text).
    const filed = fileTitle(lines, li, rows, FILE_LINK, namesGenre);
    if (filed !== null && hasContentAfter(li)) {
      rows.push({ li, kind: 'candidate', text: filed });
      continue;
    }
    // A page's <title> line, the headline then the site's name (…年度报告 - 某县人民政府门户网站): the headline.
    const beforeSite = titleBeforeSite(trimmed, () => {
      let below = '';
      for (let k = li + 1; k <= lastFilled && below.length < 600; k++) below += lines.at(k).text.slice(0, 600);
      return below;
    });
    if (beforeSite > 0 && hasContentAfter(li)) {
      rows.push(candidate(li, line.text.slice(0, line.text.indexOf(trimmed) + beforeSite), line.start));
      continue;
    }
    // A news list's headline with its date and credits (…「堅持」 2022年11月24日|文:…|https://…): the date, and the headline.
    // Before the stamp test: the link at its end makes the line look like a copy site's stamp.
    const credited = creditedDate(line.text);
    const creditHead = credited ? line.text.slice(0, credited.at).trim() : '';
    if (credited && metaPairs(creditHead, isMarker) === null && looksLikeTitle(cleanTitle(creditHead)) && hasContentAfter(li)) {
      addPairs([{ key: '日期', value: credited.date }, ...credited.credits]);
      rows.push(candidate(li, line.text.slice(0, credited.at), line.start));
      continue;
    }
    // An archive's label for the original's address (Original URL: http://…): the page's, before a link is taken for furniture.
    const stated = provenanceLine(trimmed);
    const statedSplit = stated || li + 1 >= lines.length ? null : provenanceSplit(trimmed, lines.at(li + 1).text); // its address on the next line
    if (stated || statedSplit) {
      addPairs(stated ? stated.pairs : [statedSplit!]);
      rows.push({ li, kind: 'meta', text: '' });
      if (statedSplit) rows.push({ li: ++li, kind: 'meta', text: '' });
      continue;
    }
    // A credit in English on its own line (Author: …, Written by …): the page's, before a template's line is taken for furniture.
    const english = englishCredit(trimmed);
    const englishSplit = english || li + 1 >= lines.length ? null : englishCreditSplit(trimmed, lines.at(li + 1).text); // Author: ⏎ its names
    if (english || englishSplit) {
      addPairs(english ?? englishSplit!);
      rows.push({ li, kind: 'meta', text: '' });
      if (englishSplit) rows.push({ li: ++li, kind: 'meta', text: '' });
      continue;
    }
    step = splitOrPageDate(scan, li, trimmed);
    if (step) {
      li = step.li;
      continue;
    }
    // 第一篇：… heads one text of a copy site's collection of several.
    // A site's stamp line that also gives the date and source (網站 www.x.com 2007年03月18日 來源:新華社) is metadata.
    // Not when a title follows the site's run (某某范文网www.x.net某县2024年工作总结): cleanTitle takes it.
    const stamp = isWatermarkLine(line.text) && metaPairs(trimmed, isMarker) === null && !namesGenre(cleanTitle(trimmed));
    // A stray colon on a line of its own (a key the page left out, ` : `) is a template's, like a stamp.
    if (
      isFurniture(trimmed) ||
      // A line of pairs is read for them, and under the title a line of counters (阅读 1234); over it counters are the app's furniture.
      (isShapeFurniture(trimmed) && metaPairs(trimmed, isMarker) === null && (!rows.some((r) => r.kind === 'candidate') || headCredits(trimmed) === null)) ||
      stamp ||
      /^[:：]+$/.test(trimmed) ||
      (isSiteBlurb(trimmed) && !rows.some((r) => r.kind === 'candidate')) || // 某日報提供…服務等! over the page (title-noise.ts)
      COPY_SITE_NOTE.test(trimmed) ||
      COLLECTION_ITEM.test(trimmed) ||
      DOC_SITE_ROW.test(trimmed)
    ) {
      const tail = breadcrumbTail(trimmed.replace(/^[^:：]*位置\s*[:：]/, ''));
      if (tail) echoes.push(tail);
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // Names joined by slashes before the page's pairs (某某新聞網/某某編輯中心/更新日期: …): the pairs are the page's.
    // Roles joined by a slash (采写/摄影:…) are one credit's key, not names (credits.ts).
    const slashPairs = headCredits(trimmed) ? null : pairsAfterSlashes(trimmed, isMarker);
    if (slashPairs) {
      addPairs(slashPairs);
      rows.push({ li, kind: 'meta', text: '' });
      continue;
    }
    step = posterLine(scan, li, trimmed);
    if (step) {
      li = step.li;
      continue;
    }
    // Over the title only: a site's clock (2025年1月5日 星期日), a photo's caption (图为会议现场。).
    const untitled = !rows.some((r) => r.kind === 'candidate');
    // A caption credited by its maker's role (…开幕式。本报记者某某摄: title-captions.ts) likewise.
    if (untitled && (isSiteClock(trimmed) || CAPTION.test(trimmed) || isLabelledCreditCaption(trimmed))) {
      // A scraper's date label glued before the photo's caption ( date 2025-12-24 台中市長…（陳淑娥攝）): the page's date.
      const lead = CAPTION.test(trimmed) ? datedLead(line.text) : null;
      if (lead && !lead.underTitle && lead.rest < line.text.length) addPairs([{ key: lead.key, value: lead.value }]);
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // Right under the title, a photo's caption ending in its photographer's credit (…开幕会现场。 某报记者 钱仕豪 摄) is the
    // picture's, never the text's first line: the header reads on, as a byline may stand under it. Not a gallery's run of them.
    const underTitle = rows.at(-1)?.kind === 'candidate' || rows.at(-1)?.kind === 'kept';
    const photoCredited = (t: string): boolean => isCreditedCaption(t) || CAPTION_CREDIT.test(t);
    const single = !photoCredited(nextFilled(lines, li).trim()) && !photoCredited(lines.at(rows.at(-1)?.li ?? li).text.trim());
    if (underTitle && photoCredited(trimmed) && single && hasContentAfter(li)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A document number glued before the title likewise (某政办发〔2025〕5号 关于…的实施意见).
    const numbered = numberBeforeTitle(trimmed);
    // A document number with the document's own pairs after it (揭府〔2025〕28号 签发人:曲晓杰): 文号 and those pairs, no title.
    const numberPairs = numbered ? metaPairs(trimmed.slice(numbered.at), isMarker) : null;
    if (numbered && numberPairs && numberPairs.pairs.length > 0 && numberPairs.pairs.every((p) => p.value !== '' && !FOOTER_KEYS.has(p.key))) {
      addPairs([{ key: '文号', value: numbered.number }, ...numberPairs.pairs]);
      rows.push({ li, kind: 'meta', text: '' });
      continue;
    }
    if (numbered && looksLikeTitle(cleanTitle(trimmed.slice(numbered.at))) && hasContentAfter(li)) {
      addPairs([{ key: '文号', value: numbered.number }]); // not twice when the table gave it (549)
      rows.push(candidate(li, line.text, line.start, line.text.indexOf(trimmed) + numbered.at));
      continue;
    }
    // The page's pairs glued after the title on its line: a news page's credits (…会议 来源：某报 记者 张三, credits.ts
    // reads the roles apart), else pairs of known keys (某某纲要 发布时间:2021-03-01 17:50, …的通知（来源：…）).
    // A line of credits and nothing else (共浏览 38 次 来源：…) has no headline before its pairs.
    const creditsAfter = creditTail(line.text);
    const paired =
      headCredits(trimmed) || opensAsPairs(trimmed)
        ? null
        : ((creditsAfter && { end: creditsAfter.at, pairs: creditsAfter.pairs }) ??
          titleThenPairs(line.text, isMarker) ??
          titleThenBracket(line.text) ??
          titleThenTime(line.text));
    if (paired && hasContentAfter(li)) {
      addPairs(paired.pairs);
      rows.push(candidate(li, line.text.slice(0, paired.end), line.start));
      continue;
    }
    step = datesAroundTitle(scan, li, line, trimmed, untitled);
    if (step) {
      li = step.li;
      continue;
    }
    // An author's name and a colon before an article's title (何俊志:…的职能变迁——路径与模式), or a news list's
    // item (a headline, then its date|credit|link), makes no pair.
    // Or a headline under a topic's label and a bar (两会速递|向东:…, title-furniture.ts); a copy's 原标题： line repeats it.
    if (isOriginalTitleLine(trimmed)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    if ((isAuthoredTitle(trimmed) || isListItem(trimmed, isMarker) || isTopicHeadline(trimmed, looksLikeTitle)) && hasContentAfter(li)) {
      rows.push(candidate(li, line.text, line.start));
      continue;
    }
    // A byline alone on its line (某某日报记者 张某 李某, ■记者某某, 记者 某 通讯员 某): the page's pairs, as a credit line's 记者 is;
    // before the rows of pairs, which would take 記者　某某 (a wide space) for one key and the rest for its value.
    const reporters = ownLineBylines(trimmed);
    if (reporters) {
      addPairs(reporters);
      rows.push({ li, kind: 'meta', text: '' });
      continue;
    }
    // A role and names with no colon between the head's credit lines (文/某报记者 张三 ⏎ 通讯员 某某 ⏎ 图/…): the block's.
    const prevLi = rows.at(-1)?.li ?? -1;
    const blockPairs = blockCredits(trimmed, rows.at(-1)?.kind === 'meta' ? lines.at(prevLi).text : '', nextFilled(lines, li));
    if (blockPairs) {
      addPairs(blockPairs);
      rows.push({ li, kind: 'meta', text: '' });
      continue;
    }
    // Under a row of pairs with no colons, the next row's first word is its key (主 席 洪議長…), unless it is a speaker's line.
    const afterTitle = rows.some((r) => r.kind === 'candidate');
    const pairs = headCredits(trimmed, afterTitle) ?? metaPairs(trimmed, isMarker, rows.at(-1)?.li === scan.bareLi && !isSpeakerLine(trimmed));
    // The site's address and phone (地址：… 邮编：…) are not the report's metadata.
    if (pairs && pairs.pairs.length > 0 && pairs.pairs.every((p) => FOOTER_KEYS.has(p.key) && !isOwnAddress(p))) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // 标题：… alone on its line names the title: a candidate, in case the page prints it nowhere else.
    const named = pairs?.pairs.length === 1 && TITLE_KEY.test(pairs.pairs[0]!.key) ? pairs.pairs[0]!.value : '';
    if (named !== '' && looksLikeTitle(named) && line.text.includes(named) && hasContentAfter(li)) {
      echoes.push(named);
      rows.push(candidate(li, line.text, line.start, line.text.indexOf(named)));
      continue;
    }
    if (pairs) {
      addPairs(pairs.pairs);
      if (pairs.bare) scan.bareLi = li;
      // A keyed date whose weekday the page wrapped onto the next line (日期: 2020-03-24 ⏎ (星期二)): one value, as printed.
      const dated = meta.at(-1);
      if (!pairs.pending && dated && isDateKeyed(dated.key, dated.value) && li + 1 < lines.length && isWeekdayAlone(lines.at(li + 1).text)) {
        dated.value = `${dated.value} ${lines.at(li + 1).text.trim()}`;
        rows.push({ li, kind: 'meta', text: '' });
        li++;
      }
      if (pairs.pending) {
        // The key waiting is the row's last; one naming the title was kept out of meta, so it waits on its own.
        const last = pairs.pairs[pairs.pairs.length - 1]!;
        scan.pending = TITLE_KEY.test(last.key) ? { key: last.key, value: '' } : meta[meta.length - 1]!;
        scan.pendingBulleted = BULLET.test(trimmed);
      }
      // A count of the text (本文字数:1593, 阅读量 1.2万) is a pair of the page's, but a site sets it anywhere round the
      // headline and its deck: no row of pairs the title stands over.
      rows.push({ li, kind: countsText(pairs.pairs) ? 'furniture' : 'meta', text: '' });
      continue;
    }
    // A field's key alone with no colon, its value alone on the next line (新聞類別 ⏎ 中國): the pair, as for a known key.
    const field = fieldKeyAlone(trimmed);
    const under = field !== null ? nextFilled(lines, li) : '';
    if (
      field &&
      under.length <= 16 &&
      isPendingValue(under) &&
      fitsKind(field, under) &&
      !isFurniture(under) &&
      keyOnly(under) === null &&
      // A line of the same shape, a field's key itself (按单位分类 ⏎ 按主题分类), is the next tab of a menu or the next key: no
      // value; nor is the key one when the line over it has that shape (the menu's second tab over its third).
      fieldKeyAlone(under) === null &&
      fieldKeyAlone(filledAbove(lines, li)) === null &&
      !metaPairs(under, isMarker)
    ) {
      addPairs([{ key: field, value: under }]);
      rows.push({ li, kind: 'meta', text: '' });
      while (lines.at(li + 1).text.trim() !== under) li++;
      rows.push({ li: ++li, kind: 'meta', text: '' });
      continue;
    }
    step = datesOnTheirOwn(scan, li, line, trimmed);
    if (step?.stop) {
      stop = step.li;
      break;
    }
    if (step) {
      li = step.li;
      continue;
    }
    // A subtitle the page wrapped (——2023年1月7日在三亞市第八屆 ⏎ 人民代表大會第四次會議上): its second line too.
    const prevRow = rows.at(-1);
    if (prevRow?.kind === 'kept' && isSubtitle(prevRow.text) && prevRow.li === li - 1 - blankRun(lines, li) && /(?:会议|會議|大会|大會)上$/.test(trimmed)) {
      rows.push({ li, kind: 'kept', text: trimmed });
      continue;
    }
    // A subtitle; a meeting line with no dash counts as one right under a title (a lone one is the title).
    if (
      isSubtitle(trimmed) ||
      isByline(trimmed) ||
      (isMeetingLine(trimmed) && rows.at(-1)?.kind === 'candidate' && !isSpeakerLine(rows.at(-1)!.text) && !heldEvent(rows.at(-1)!.text, trimmed))
    ) {
      rows.push({ li, kind: 'kept', text: trimmed });
      continue;
    }
    // A line cut from a paragraph, as a PDF text layer wraps it: its brackets open or close elsewhere
    // ((以下简称《条例》, )和《…》), or it starts with a closing mark. Unless it is half of a title the
    // page wrapped, it is text, and so is the line right above it: the paragraph's first line.
    // Not for a forum's anti-copy junk after a title (…热潮: b( a `/ n/): its brackets are no paragraph's (title-noise.ts).
    if (isFragment(withoutJammer(trimmed))) {
      const prev = rows.at(-1);
      // The line above is the paragraph's first only when a title stands above it still.
      const titled = rows.filter((r) => r.kind === 'candidate').length >= 2;
      const above = prev?.kind === 'candidate' && prev.li === li - 1 && titled ? prev : undefined;
      const next = li + 1 < lines.length ? lines.at(li + 1).text.trim() : '';
      const head = next !== '' && !isFragmentJoin(trimmed + next) && namesGenre(cleanTitle(trimmed + next));
      const tail = above !== undefined && !isFragmentJoin(above.text + trimmed);
      // Nor a line printed again a few lines down: a paragraph is not printed twice (title-plausible.ts).
      if (!head && !tail && !printedAgain(lines, li, trimmed)) {
        if (above) rows.pop();
        stop = above ? above.li : li;
        break;
      }
    }
    // A label of the page's subject alone (a consultation card's 主题:, 议题:) over the title it names: the card's, no end of the header.
    if (isSubjectLabel(trimmed) && hasContentAfter(li)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A heading of a few words with its colon over a meeting line (院長提示: ⏎ 民國…第3907次會議): the
    // page's title, the colon left out.
    // A layout space before the colon (会员账号 :) leaves it a label: the space is the site's, not the words'.
    const label = /^(\p{Script=Han}{2,8})[ \u3000]{0,2}[:：]$/u.exec(trimmed);
    if (label && keyOnly(trimmed) === null && isMeetingLine(nextFilled(lines, li)) && hasContentAfter(li)) {
      rows.push({ li, kind: 'candidate', text: label[1]! });
      continue;
    }
    // A label with nothing after it above the title (熱門搜尋:, 站内导航:) is the site's; a salutation
    // (各位代表:) opens the text.
    // So is an English key alone (Author:, Posted by:, Source:), its value moved to the next line: the page's pairs, no text yet.
    const latinLabel = /^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{2,6})?:$/.test(trimmed);
    if ((label || latinLabel) && keyOnly(trimmed) === null && !isSalutation(trimmed) && !rows.some((r) => r.kind === 'candidate') && hasContentAfter(li)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A sentence the page wrapped at its width (…宣布了…的决定;…发表了非常重要的 ⏎ 讲话,…) is the text, a blank line between
    // its lines or not (a page printed with one after every line wraps the same sentence).
    if (isWrappedSentence(trimmed, nextFilled(lines, li))) {
      stop = li;
      break;
    }
    // A credit line no rule above read pairs from (图/某报记者 某某): the makers', no title and no text (bylines.ts).
    if (medium) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // The title's own residue is no part of how it looks (…延續性分享到: ends in a colon).
    const own = cleanTitle(trimmed);
    // A headline the page prints twice, one line under the other, keeps its own final 。 (…于1月5日开幕。).
    // Its second copy too when pairs follow it (来源:… 2026-01-04), so they are read as the header's; a
    // caption printed twice under a title, then the text (89), stays text.
    const lastRow = rows.at(-1);
    const pairsBelow = lastRow?.kind === 'candidate' && metaPairs(nextFilled(lines, li), isMarker) !== null;
    const twice =
      trimmed.length <= 80 &&
      /^[^。！？]+[。！？]$/.test(trimmed) &&
      (nextFilled(lines, li) === trimmed || (pairsBelow && lines.at(lastRow!.li).text.trim() === trimmed));
    if (
      (looksLikeTitle(own) || (untitled && !madeBy && isExclaimedHeadline(own)) || twice) &&
      !isMarker(trimmed) &&
      !startsWithBasis(trimmed) &&
      hasContentAfter(li)
    ) {
      rows.push(
        candidate(
          li,
          line.text.replace(/^\s*#{1,6}\s+/, (m) => ' '.repeat(m.length)),
          line.start,
        ),
      );
      continue;
    }
    // A scrape's one-line copy of the whole head (在…上的讲话某某标题(2019年3月31日) 同志们: …) over the
    // same lines set out one by one: the copy is the site's, the lines below are read.
    const below = nextFilled(lines, li);
    if (below.length >= 8 && trimmed.length > below.length + 10 && trimmed.startsWith(below)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A news page's lead sentence over its headline, which the page then prints twice: the lead is the
    // site's teaser; the headline below is the title.
    if (!rows.some((r) => r.kind === 'candidate') && trimmed.length <= 150 && headlineTwiceBelow(lines, li)) {
      rows.push({ li, kind: 'furniture', text: '' });
      continue;
    }
    // A site's ticker of other headlines over the article's own, which its byline marks: the ticker is the site's.
    const headline = skipTicker(lines, li, rows);
    if (headline >= li) {
      li = headline;
      continue;
    }
    stop = li;
    break;
  }
  readAbstractKeys(lines, stop, addPairs, blank);
  // A key still waiting for its value takes none, and a label the page left empty is no metadata.
  for (let k = meta.length - 1; k >= 0; k--) if (meta[k]!.value.trim() === '') meta.splice(k, 1);

  // A meeting headline with its deck on its line (某会议开幕 某某等到会祝贺 某某出席): the deck is the story's (title-block.ts).
  for (const row of rows) cutDeck(row, lines);
  trimSiteTails(rows, lines, stop);
  // No title row: the title may run straight into the first paragraph (某县2023年工作总结2023年，我县…).
  markTemplateRows(rows, lines, stop); // a Taiwan site's guide mark (:::), a list page's bulleted menu
  columnOverPath(rows, lines, echoes);
  let chosen = chooseTitle(rows, echoes, lines);
  // A report's own title row under a news page's summary paragraphs (title-block.ts): the text starts at the summary.
  const reportRow = chosen || stop >= lines.length ? null : reportRowBelow(lines, stop);
  if (reportRow) {
    rows.push(reportRow);
    chosen = reportRow;
  }
  // Not a forum's edit stamp glued before the post (本帖最后由 某某 于 … 编辑 ⏎ 12月2日…): the forum's, not a run-on title.
  if (!chosen && stop < lines.length && editStampEnd(lines.at(stop).text.trim()) === 0) {
    chosen = runOnHead(lines, stop, addPairs);
    if (chosen) {
      rows.push(chosen);
      stop++;
    }
  }
  // Still none: the short line of the head the text under it says again most (title-echo.ts).
  if (!chosen) {
    chosen = echoedHeadline(lines, rows);
    if (chosen) rows.push(chosen);
  }
  const titleRows = wrappedTitle(rows, chosen, lines);
  const title = titleRows.length ? withoutSiteTags(withoutLayoutSpaces(titleText(titleRows))) : null;
  dropTitleEchoes(meta, title);
  if (titleRows.length) clockOverTitle(meta, rows, lines, titleRows[0]!.li);
  let titleRange: Range | null = null;
  let bodyStart = stop < lines.length ? lines.at(stop).start : source.length;
  let opened = false; // the body has started at a row of the header
  const again = title === null ? [] : setOutAgain(rows, title, lines); // the title set out in lines again under it
  const lineOf = (li: number) => lines.at(li);
  for (const row of rows) {
    const line = lineOf(row.li);
    const before = titleRows.length > 0 && row.li < titleRows[0]!.li;
    if (titleRows.includes(row)) {
      const at = source.indexOf(row.text, line.start);
      const start: number = (titleRange as Range | null)?.start ?? at;
      titleRange = { start, end: at + row.text.length };
      blank(line.start, row.rest ?? line.end);
      if (row.rest !== undefined && !opened) {
        opened = true; // the subtitle or the first paragraph goes on in the title's line
        bodyStart = row.rest;
      }
      continue;
    }
    const repeat =
      title !== null &&
      row.kind === 'candidate' &&
      (row.text === title || titleOfPageTitle(row.text) === title || again.includes(row) || (title.length >= 8 && asSlug(row.text) === asSlug(title)));
    if (row.kind === 'furniture' || row.kind === 'meta' || before || repeat || (row.kind === 'candidate' && isTopFurniture(row.text) && !opened)) {
      blank(line.start, line.end);
      continue;
    }
    if (!opened) {
      opened = true;
      bodyStart = line.start;
    }
  }

  const stamps = readBody(lines, stop, blank, blankPipes, addPairs);

  const masked = applyEdits(source, edits);
  if (bodyStart > masked.length) bodyStart = masked.length;
  return { masked, title, titleRange, meta, bodyStart, stamps };
}

/** A report's occasion under its headline, its dash left out or not: 在市第十六届人民代表大会第三次会议上. */
const OCCASION = /^(?:[—–-]|在.{2,60}(?:会议|會議|大会|大會)上(?:的(?:讲话|講話|报告|報告))?$)/;

/**
 * A column's name over the path to it (市五届人大七次会议 ⏎ 首页 > … > 市五届人大七次会议), then the page's own headline under
 * the path: the name is the site's heading of the column the page is in, not a second printing of the headline. Its row
 * is furniture and the path's last item no echo of a title, when a headline of other words stands under the path.
 */
function columnOverPath(rows: Row[], lines: Lines, echoes: string[]): void {
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (row.kind !== 'candidate') continue;
    // The next row with something on it a breadcrumb ending in the row's words.
    const path = rows.slice(k + 1).find((r) => r.kind !== 'furniture' || breadcrumbTail(lines.at(r.li).text.trim()) !== null);
    const tail = path?.kind === 'furniture' ? breadcrumbTail(lines.at(path.li).text.trim()) : null;
    if (!path || tail !== row.text) continue;
    const under = rows.slice(rows.indexOf(path) + 1).filter((r) => r.kind === 'candidate');
    // A headline under the path, not the report's occasion (——在市第十六届人民代表大会第三次会议上) nor its speaker
    // (市长 张三): those stand under the page's own headline, which the path then repeats.
    const heads = under.filter((r) => !isSpeakerLine(r.text) && !isSubtitle(r.text) && !isByline(r.text) && !OCCASION.test(r.text));
    if (heads.length === 0 || under.some((r) => r.text === row.text)) return;
    row.kind = 'furniture';
    const e = echoes.indexOf(tail);
    if (e >= 0) echoes.splice(e, 1);
    return;
  }
}

/** The nearest line over `li` with words on it, blank lines skipped (a few only: the head's rows), or ''. */
function filledAbove(lines: { at(i: number): { text: string } }, li: number): string {
  for (let k = li - 1; k >= 0 && k >= li - 4; k--) {
    const t = lines.at(k).text.trim();
    if (t !== '') return t;
  }
  return '';
}
