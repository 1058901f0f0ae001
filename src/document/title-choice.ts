// The choice of the title among the rows at a page's top that header.ts reads (each a candidate with its
// own text, see candidate() in title.ts): which is the title, and which rows of it the page wrapped or
// broke into pieces.
import { isColumnCredit } from './bylines.js';
import { bylinedHeadline, COLLECTION_ITEM, dropListUnderHeading, nextFilled, partSiblingBelow } from './header-lines.js';
import { isTableRow, type Lines, type Row } from './lines.js';
import { isDateOnly, metaPairs } from './meta.js';
import { isFurniture as isFurnitureLine, isSubtitle, isTopFurniture, namesGenre, titleOfPageTitle, titleScore, withoutPinyin } from './page.js';
import { oneForm } from './script-forms.js';
import { isHeadlineLike } from './text-lines.js';
import {
  candidate,
  cleanTitle,
  isIssuingOffice,
  isMeetingLine,
  isNeverTitle,
  isPartNumber,
  isSalutation,
  isSpeakerLine,
  listTail,
  looksLikeTitle,
  NUMBER_AFTER,
  numberedRunOn,
  runOnTitle,
  SPEAKER_TAIL,
  withoutLayoutSpaces,
  withoutPartNumber,
} from './title.js';
import { deckAfter, deckUnderHeadline, isCreditedByline, isDeckLine, isSiteRights, kickerOver, kickerRunOn } from './title-block.js';
import { isOutletStamp } from './title-captions.js';
import { datedRunOn, isDeck, namedIssuer, namedOtherIssuer, ORDINAL_HEAD, siteTailAt, spacedRunOn } from './title-deck.js';
import { bracketHeadRunOn, isAliasBracket, isOriginalTitleLine, ORIGINAL_TITLE } from './title-furniture.js';
import { heldEvent } from './title-held-event.js';
import { hanPairs, notATitle, runsOn, titleInDateline } from './title-plausible.js';
import { inNamedList, isFirstCrosshead } from './title-shape.js';
import { DASH_END, DECK_VERB, isMeetingDeck, twoLineHeadline } from './title-two-lines.js';

/**
 * The title among the short rows at the top of a page, never a row that no title is (isNeverTitle). The real title is the row that the page
 * repeats (its <title>, a breadcrumb's last item, an h1 printed twice), the one just above the
 * metadata (来源, a date), the one that names a genre (报告, 通知 …) at a title's length; a menu item
 * (工作报告), a site's name or a toolbar loses. Ties go to the later row: navigation comes first.
 */
export function chooseTitle(rows: Row[], echoes: string[], lines: Lines): Row | null {
  // A short column headline by a caption's word (两会现场) right over the page's row of pairs is its headline.
  // The page's pairs right under a row (来源:… 发布时间:…), as under a headline.
  const pairsUnder = (r: Row) => rows.slice(rows.indexOf(r) + 1).find((n) => n.kind !== 'furniture')?.kind === 'meta';
  const overPairs = (r: Row) => r.text.length <= 12 && !isNeverTitle(r.text, false) && pairsUnder(r);
  // A short row under a part's number (第十二章 ⏎ 附則) is read with the number (wrappedTitle): it may be short.
  const afterPart = (r: Row) => {
    const prev = rows
      .slice(0, rows.indexOf(r))
      .reverse()
      .find((n) => n.kind !== 'furniture');
    return prev?.kind === 'candidate' && isPartNumber(prev.text);
  };
  // A box's list of headlines under its heading (今日要闻, 本版标题导航) is the site's, but for the page's own, the last.
  dropListUnderHeading(rows, lines);
  // Every row must pass the test of a title before it is weighed (title-plausible.ts): a site's line no rule names yet loses here.
  const below = textBelow(lines, rows);
  const inRun = rowsInLongRun(rows, lines);
  const candidates = rows.filter(
    (r) =>
      r.kind === 'candidate' &&
      !inRun.has(r) && // one line of a passage set out in eight or more short lines, on a page with no paragraph (rowsInLongRun)
      (namesSomething(r.text) || afterPart(r)) &&
      (!isNeverTitle(r.text) || overPairs(r)) &&
      !isFirstCrosshead(lines, rows, r) &&
      !inNamedList(lines, r.li) && // one of a gallery's names in title marks (title-shape.ts)
      notATitle(r.text, below, pairsUnder(r)) === null,
  );
  if (candidates.length === 0) return namedTwice(rows, echoes, lines);
  // The title set out over several lines (the issuer ⏎ 关于… ⏎ …的报告, a cover's place ⏎ its plan) is one printing
  // of it; its lines are no title when the page prints it better on one line.
  const setOut = linesSetOut(candidates, lines);
  const worse = new Set(
    setOut.filter((s) => candidates.some((c) => !s.rows.includes(c) && (c.text === s.text || printedBetter(s.text, c.text)))).flatMap((s) => s.rows),
  );
  const texts = candidates
    .map((r) => titleOfPageTitle(r.text) ?? r.text)
    .concat(echoes)
    .concat(setOut.map((s) => s.text));
  let best: Row | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const row of candidates) {
    // Of two printings of one title, the better is the title (printedBetter), whether the other is one row or set out in lines.
    // A part's number alone (第9章) is the start of the title under it (wrappedTitle), never the title by itself.
    if (worse.has(row) || isPartNumber(row.text) || candidates.some((c) => c !== row && printedBetter(row.text, c.text))) continue;
    // A byline with its credits (本报记者 某某 /文 某某/图), a site's rights line (…版权所有 未经授权禁止复制) are never the title (title-block.ts).
    if (isCreditedByline(row.text) || isSiteRights(row.text)) continue;
    // Or printed again as the ——subtitle under a headline, its place's name left out (景德镇市政协委员… ⏎ … ⏎ ——市政协委员…).
    const again = rows.some((r) => r.kind === 'kept' && r.li > row.li && subtitleRepeats(r.text, row.text));
    // Printings that differ only in marks (one with the headline's quotes, a copy without them) are one headline printed twice.
    const own = row.text.length >= 8 ? wordsOf(row.text) : '';
    const twice = again || texts.filter((t) => t === row.text || (own !== '' && (asSlug(t) === asSlug(row.text) || wordsOf(t) === own))).length >= 2;
    let score = titleScore(row.text);
    // The page's own headline, printed twice (its <title> and its h1), over a heading the article repeats lower down.
    if (twice) score += 6;
    // A menu's item that names a genre (政府工作报告) is as often the page's own title: a smaller doubt.
    if (isTopFurniture(row.text)) score -= namesGenre(row.text) && !isFurnitureLine(row.text) ? 3 : 6;
    // A line wholly in square brackets is a category's tag ([可行性研究報告 - 政府工作報告]), not a headline.
    if (/^[[【][^[\]【】]*[\]】]$/.test(row.text)) score -= 6;
    const k = rows.indexOf(row);
    const next = rows.slice(k + 1).find((r) => r.kind !== 'furniture' && !(r.kind === 'candidate' && r.text === row.text));
    // A date alone under it (• 2002-11-06, a bullet kept it a candidate) is the page's metadata too.
    // Or on its own line after it, as a news list prints an item (李家超：… 2025年9月17日|文:…): a tag over it is the list's.
    const metaNext = next?.kind === 'meta' || (next?.kind === 'candidate' && isDateOnly(next.text)) || listTail(lines.at(row.li).text.trimEnd()) >= 0;
    // A headline block's pairs are the block's (扛起省会担当… ⏎ 参加…代表热议… ⏎ 文章字数:…): the line over a deck right
    // under it stands over the pairs as much as the deck does, and the deck's doubt below (-1) leaves the tie to it.
    const under = rows[k + 1];
    const blockOverPairs =
      !metaNext &&
      under?.kind === 'candidate' &&
      onlyBlankBetween(lines, row.li, under.li) &&
      row.text.length >= 8 &&
      isSupplementDeck(under.text) &&
      !namesGenre(under.text) &&
      !isTopFurniture(row.text) &&
      rows.slice(k + 2).find((r) => r.kind !== 'furniture')?.kind === 'meta';
    if (metaNext || blockOverPairs) score += 3;
    // Under the metadata (a date over the title) the page's navigation is over: a tie goes to the first row.
    const prev = rows
      .slice(0, k)
      .reverse()
      .find((r) => r.kind !== 'furniture');
    if (prev?.kind === 'meta') score += 1;
    // Right under a copy site's 第一篇:<the page's name>, a line that is not that name again is the document's own title.
    const item = rows[k - 1]?.kind === 'furniture' ? lines.at(rows[k - 1]!.li).text.trim() : '';
    if (COLLECTION_ITEM.test(item) && !item.endsWith(row.text)) score += 3;
    // One of a list: a heading or a caption whose siblings the page prints too (推进行政权力清单公开 …
    // 推进财政资金信息公开), with nothing that makes it the page's own: a genre, a date over or under it,
    // the page naming it twice.
    if (!namesGenre(row.text) && !twice && !metaNext && prev?.kind !== 'meta' && hasSibling(lines, row)) continue;
    // A name beside a telephone number alone on its line (0543-5070686 ⏎ 某地某某网络): a business's card over its blog, the site's.
    if (besidePhone(lines, row.li)) score -= 4;
    // The text under the header says most of its words again (the first paragraph names its subject): a tie
    // goes to it over a slogan's or a column's line.
    if (echoedIn(below, row.text)) score += 1;
    // A subtitle (——在…会议上) belongs to the title above it; the speaker's line (省长 罗东川) is no title.
    if ((next?.kind === 'kept' && (isSubtitle(next.text) || isMeetingLine(next.text))) || row.rest !== undefined) score += 5;
    if (isSpeakerLine(row.text) || (SPEAKER_TAIL.test(row.text) && candidates[0] !== row)) score -= 8;
    // A column's name and its writer (政治誅心學 黃永) over a headline: the column's credit.
    if (isColumnCredit(row.text) && !namesGenre(row.text) && candidates.some((c) => c.li > row.li && c.text.length >= 6)) score -= 4;
    // A speech's meeting line over or under its title (在…会议上的讲话) is no title when the page has another.
    if (isMeetingLine(row.text) && candidates.some((c) => c.text !== row.text && !isTopFurniture(c.text) && !isSpeakerLine(c.text))) score -= 4;
    // A news subtitle under its headline opens with a verb (决定9月26日召开…, 强调…): no title of its own.
    const above = rows
      .slice(0, k)
      .reverse()
      .find((r) => r.kind !== 'furniture');
    if (above?.kind === 'candidate' && (DECK_VERB.test(row.text) || isMeetingDeck(row.text, above.text))) score -= 4;
    // A deck that reports who did what (某某等在主席台就座 某某作政府工作报告) under a headline is the story's, never the title.
    if (above?.kind === 'candidate' && above.text.length >= 8 && !isTopFurniture(above.text) && !isDeck(above.text) && isDeck(row.text)) score -= 8;
    // So is a deck line of one part or of parts glued (某某作政府工作报告, …到會祝賀某某作…報告) under a headline (title-block.ts).
    if (deckUnderHeadline(rows, k)) score -= 8;
    // The issuing office over the title (某市人民政府办公室, …办公厅文件) is not the title; over its own date,
    // with no headline anywhere under it, it is the page's (a yearbook's entry: 青岛市人民政府 ⏎ 2018-10-15).
    if (candidates.length > 1 && isIssuingOffice(row.text) && !(metaNext && !candidates.some((c) => c !== row && isHeadlineLike(c.text)))) score -= 8;
    // A deck right under a headline (某省出台十条措施稳就业 ⏎ 重点支持高校毕业生等群体) is the headline's: a
    // tie goes to the line above when both are headline-long and nothing stands between them.
    const over = rows[k - 1];
    if (
      over?.kind === 'candidate' &&
      // Blank lines between them part no block when the lower line only adds to the upper one (isSupplementDeck).
      (over.li === row.li - 1 || (isSupplementDeck(row.text) && onlyBlankBetween(lines, over.li, row.li))) &&
      over.text.length >= 8 &&
      row.text.length >= 8 &&
      !namesGenre(row.text) &&
      !isTopFurniture(over.text)
    )
      score -= 1;
    if (score >= bestScore) {
      best = row;
      bestScore = score;
    }
  }
  // A lone short row that is furniture by its words is no title.
  if (best && isTopFurniture(best.text) && bestScore < (namesGenre(best.text) ? -3 : 0)) return null;
  // Nor is a speaker's line (三亚市市长 陈希) under a subtitle whose title the page left out.
  if (best && isSpeakerLine(best.text)) return null;
  // A title printed whole in square brackets (【政协年中工作会议】): the brackets are the site's, as 《》 round a whole title are.
  const whole = best && /^【([^【】]{4,})】$/.exec(best.text);
  if (best && whole) best.text = whole[1]!;
  // A site's run after the headline's bar (…解读政策措施|99国产精品…, …預算案_某某新聞網) is no part of it.
  const tail = best ? siteTailAt(best.text) : -1;
  if (best && tail > 0) best.text = best.text.slice(0, tail);
  return best;
}

/** Who took part and what they did (参加…的代表…): a deck of participants. */
const PARTICIPANTS_DECK =
  /^(?:参加|參加|出席|列席|参与|參與)\p{Script=Han}{2,30}?的\p{Script=Han}{0,12}?(?:代表|委员|委員|群众|群眾|嘉宾|嘉賓|人士|党员|黨員|企业家|企業家)/u;
/** An event's own verb (召开, 举行, 开幕, 主持 …): a line with a comma that names one is a headline of its own (市政府召开常务会议，研究部署…). */
const OWN_EVENT = /召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|主持|会见|會見|举办|舉辦|启动|啟動|印发|印發|出台|发布|發布/u;
/**
 * A deck that adds to the headline over it rather than telling a story of its own: the participants and what they did
 * (参加省党代会的代表…热议…, 出席市政协会议的委员…), or clauses a comma or a 、 joins (会场不…、不…,报告时间
 * 缩短至半小时). An event's own headline (区十届人大四次会议开幕, 区政府召开…推进会) is none.
 */
function isSupplementDeck(text: string): boolean {
  return text.length >= 8 && !/[。！？]/u.test(text) && (PARTICIPANTS_DECK.test(text) || (/[,，、]/u.test(text) && !OWN_EVENT.test(text)));
}

/** How many short rows in a row, nothing but blank lines between them, make a passage rather than a head. */
const LONG_RUN = 8;
/**
 * The candidate rows that stand in a run of eight or more, line after line with nothing but blank lines between, on a
 * page with no paragraph: a passage set out in short lines (a video's script, a verse: 每年河南兩會 ⏎ 省人民會堂北大廳
 * 的通道 ⏎ …), a copy that starts at its text. Its lines are the text, read on one into the next, and none is a
 * headline. A page with a paragraph has its runs read as a head (a menu, an e-paper's list of headlines over the
 * article, whose headline is among them): those are the other rules'.
 */
function rowsInLongRun(rows: Row[], lines: Lines): Set<Row> {
  const out = new Set<Row>();
  if (rows.filter((r) => r.kind === 'candidate').length < LONG_RUN || hasParagraph(lines)) return out;
  let run: Row[] = [];
  const flush = () => {
    // A line set apart by blank lines over a passage whose own lines touch (代表委员通道 ⏎⏎ 每年两会 ⏎ 省人民会堂…)
    // is the passage's headline, not its first line.
    const headed = run.length > LONG_RUN && run[1]!.li > run[0]!.li + 1 && run.slice(2).every((r, i) => r.li === run[i + 1]!.li + 1);
    if (run.length >= LONG_RUN) for (const r of headed ? run.slice(1) : run) out.add(r);
    run = [];
  };
  for (const r of rows) {
    const last = run.at(-1);
    if (r.kind !== 'candidate') {
      flush();
      continue;
    }
    if (last !== undefined && !onlyBlankBetween(lines, last.li, r.li)) flush();
    run.push(r);
  }
  flush();
  return out;
}

/** Whether a line of the page's first 400 is a paragraph: a sentence's end in it (。！？), or over 40 characters. */
function hasParagraph(lines: Lines): boolean {
  for (let li = 0; li < Math.min(lines.length, 400); li++) {
    const t = lines.at(li).text.trim();
    if (t.length > 40 || /[。！？]/u.test(t)) return true;
  }
  return false;
}

/**
 * No row can be the title, but the page names it twice in its furniture: a copy's 原标题: line and a breadcrumb's last
 * item the same words. That line's value is the title (a name given once, by a breadcrumb alone, is a section's).
 */
function namedTwice(rows: Row[], echoes: string[], lines: Lines): Row | null {
  for (const r of rows) {
    if (r.kind !== 'furniture') continue;
    const line = lines.at(r.li);
    const label = ORIGINAL_TITLE.exec(line.text);
    const value = label
      ? line.text
          .slice(label[0].length)
          .replace(/[)）】\]]\s*$/, '')
          .trim()
      : '';
    const at = label?.[0].length ?? 0;
    if (value.length >= 6 && echoes.includes(value) && notATitle(value, '') === null)
      return candidate(r.li, line.text.slice(0, at + value.length), line.start, at);
  }
  return null;
}

/** Whether a ——subtitle says `title` again, but for a place's name of a few characters before it. */
function subtitleRepeats(subtitle: string, title: string): boolean {
  const said = subtitle.replace(/^[—－―-]+\s*/, '');
  if (said === subtitle || said.length < 8 || !title.endsWith(said)) return false;
  return /^\p{Script=Han}{0,4}$/u.test(title.slice(0, title.length - said.length));
}

/**
 * A headline as a site's permalink line prints it again, its spaces made hyphens or underscores
 * (部分議員屢提中央事務質詢-盧市長感謝議員看重、盼問政更公正): one headline, printed twice.
 */
export const asSlug = (t: string): string => t.replace(/[\s\-－_]+/g, ' ').trim();

/**
 * A title names something: three Han characters or words of letters at least (温州市, 聚焦 APEC, an English title:
 * Information Disclosure Guide). Shorter is a label, a tag or a site's residue, whatever its shape (民生,
 * 首圖, news image, (2023版), - 9 years ago), and no rule's score should make it the title: none of the 459 real
 * pages' titles is shorter, and five of 64 never-seen pages had such a line taken.
 */
function namesSomething(text: string): boolean {
  // A genre's name alone (通知, 通告, 决定) is a document's own title: short, and still naming it.
  return (text.match(/\p{Script=Han}/gu)?.length ?? 0) + (text.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 3 || namesGenre(text.trim());
}

/** A Latin letter: a word in Latin letters is shared whole or not at all (hasSibling). */
const letter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/**
 * Whether another line of the page's first few hundred, short and standing alone, has the row's form: its
 * first and last words shared, the rest differing (推进行政权力清单公开 / 推进财政资金信息公开, 县委副书记…
 * 参加人大第一代表团审议 / 副县长…参加人大第一代表团审议). A line printed again whole is a repeat, no sibling.
 */
function hasSibling(lines: Lines, row: Row): boolean {
  const t = row.text;
  for (let li = 0; li < Math.min(lines.length, 400); li++) {
    const line = lines.at(li);
    if (li === row.li || line.end - line.start > 120) continue;
    const other = line.text.trim();
    // A copy's 原标题： line repeats the headline (title-furniture.ts): no sibling.
    if (other.length < 4 || other.length > 40 || other === t || !looksLikeTitle(other) || isTopFurniture(other) || isOriginalTitleLine(other)) continue;
    let p = 0;
    while (p < t.length && p < other.length && t[p] === other[p]) p++;
    // A section on the title's subject (编辑发稿三审制详解 over 编辑发稿三审制的优势, …之意義) is the page's own, no sibling.
    if (p >= 4 && /[的之]/.test(other[p] ?? '')) continue;
    let q = 0;
    while (q < t.length - p && q < other.length - p && t[t.length - 1 - q] === other[other.length - 1 - q]) q++;
    // In Latin letters a word is shared whole or not at all: Wuhu of WuhuW (an Author line's value) and Wuhu-Xuanzhou is none.
    // The share goes back to the word's edge, what was shared before it stays (推进 of 推进AR应用 and 推进AI应用).
    if (letter(t[p - 1]) && (letter(t[p]) || letter(other[p]))) while (p > 0 && letter(t[p - 1])) p--;
    if (letter(t[t.length - q]) && (letter(t[t.length - 1 - q]) || letter(other[other.length - 1 - q]))) while (q > 0 && letter(t[t.length - q])) q--;
    const shorter = Math.min(t.length, other.length);
    if (p + q >= 4 && p + q >= shorter * 0.3 && p + q < shorter) return true;
  }
  return false;
}

/** A telephone number alone (0543-5070686, (0543)5070686, 13812345678, 400-123-4567, 电话：…), as a business's card prints it. */
const PHONE_ALONE =
  /^(?:(?:电话|電話|热线|熱線|tel|TEL|Tel)\s{0,2}[:：]?\s{0,2})?(?:[(（]?0\d{2,3}[)）]?[-－ ]?\d{7,8}|1[3-9]\d{9}|400[-－ ]?\d{3}[-－ ]?\d{4})$/;
/** Whether the nearest line with something on it, over or under line `li` (blank lines aside, two at most), is a telephone number alone. */
function besidePhone(lines: Lines, li: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = li + step, blanks = 0; k >= 0 && k < lines.length && blanks <= 2; k += step) {
      const t = lines.at(k).text.trim();
      if (t === '') {
        blanks++;
        continue;
      }
      if (t.length <= 24 && PHONE_ALONE.test(t)) return true;
      break;
    }
  }
  return false;
}

/** The first 600 characters under the header's rows (at most 200 lines looked at). */
function textBelow(lines: Lines, rows: Row[]): string {
  let body = '';
  const from = (rows.at(-1)?.li ?? -1) + 1;
  for (let li = from; li < Math.min(lines.length, from + 200) && body.length < 600; li++) body += lines.at(li).text.slice(0, 600);
  return body;
}

/** Whether `body` holds at least half the pairs of Han characters of a title of six or more. */
function echoedIn(body: string, title: string): boolean {
  if ((title.match(/\p{Script=Han}/gu)?.length ?? 0) < 6) return false;
  const pairs = hanPairs(title);
  if (pairs.size === 0) return false;
  let found = 0;
  for (const p of pairs) if (body.includes(p)) found++;
  return found >= pairs.size * 0.5;
}

/**
 * A page that opens with a list before its title: a site's menu of numbered links (1. 目录 ⏎ 2. 旗人民政府 …),
 * or the report's own outline and glossary (一、… ⏎ (一)… ⏎ 1.四个泾县:…), then the title, set apart by what
 * follows it (——在…会议上, a meeting line, 发布日期:…, 各位代表:). The title's line, or -1: five items at
 * least, none a sentence, and the title naming its genre. At most 150 lines are looked at.
 */
function titleAfterList(lines: Lines, from: number, isMarker: (s: string) => boolean): number {
  let items = 0;
  for (let li = from; li < Math.min(lines.length, from + 150); li++) {
    const line = lines.at(li);
    if (line.end - line.start > 300) return -1;
    const t = line.text.trim();
    if (t === '') continue;
    if (isMarker(t)) {
      if (/[。！？]/.test(t)) return -1;
      items++;
      continue;
    }
    if (items < 5) return -1;
    const title = withoutLayoutSpaces(cleanTitle(t));
    if (!looksLikeTitle(title) || !namesGenre(title) || isMeetingLine(t) || isSubtitle(t)) return -1;
    let next = '';
    for (let k = li + 1; k < Math.min(lines.length, li + 5) && next === ''; k++) next = lines.at(k).text.trim();
    const setApart =
      /^[—–―-]+$/.test(next) || isSubtitle(next) || isMeetingLine(next) || isSalutation(next) || metaPairs(next.slice(0, 300), isMarker) !== null;
    return setApart ? li : -1;
  }
  return -1;
}

/**
 * At a list item (`from`) before any title or metadata: the list's lines made furniture rows when a title
 * follows it (titleAfterList), and the title's line returned; -1 when none does.
 */
export function skipListBeforeTitle(lines: Lines, from: number, rows: Row[], isMarker: (s: string) => boolean): number {
  if (rows.some((r) => r.kind === 'meta' || (r.kind === 'candidate' && !isTopFurniture(r.text)))) return -1;
  const at = titleAfterList(lines, from, isMarker);
  for (let k = from; k < at; k++) if (lines.at(k).text.trim() !== '') rows.push({ li: k, kind: 'furniture', text: '' });
  return at;
}

/**
 * At line `li`, where the header would end: a site's ticker of other headlines over the article's own, which its
 * byline marks (bylinedHeadline). The ticker's rows and the candidates above it made furniture, the headline's row
 * pushed, and its line returned; -1 when there is none.
 */
export function skipTicker(lines: Lines, li: number, rows: Row[]): number {
  const headline = bylinedHeadline(lines, li);
  if (headline < li) return -1;
  for (const r of rows) if (r.kind === 'candidate') Object.assign(r, { kind: 'furniture', text: '' });
  for (let k = li; k < headline; k++) if (lines.at(k).text.trim() !== '') rows.push({ li: k, kind: 'furniture', text: '' });
  rows.push(candidate(headline, lines.at(headline).text, lines.at(headline).start));
  return headline;
}

/** An issuing office's name, or two to four set apart by spaces (株洲市人民政府 株洲市财政局): those who issue a joint document. */
function isIssuers(text: string): boolean {
  const names = text.trim().split(/[ \u3000]+/);
  return names.length <= 4 && names.every((n) => isIssuingOffice(n));
}

/** Whether a line of the next few hundred is `name` alone: the office signs the document. */
function signs(lines: Lines, name: string, from: number): boolean {
  for (let li = from; li < Math.min(lines.length, from + 400); li++) if (lines.at(li).text.trim() === name) return true;
  return false;
}

/** Whether the office's own 办公室 (某县人民政府办公室), or another office over its date (株洲市发展和改革委员会 ⏎ 2024年5月12日), signs: the line over the title was the site's name. */
function signedByOther(lines: Lines, issuers: string, from: number): boolean {
  const names = issuers.trim().split(/[ \u3000]+/);
  const end = Math.min(lines.length, from + 400);
  for (let li = from; li < end; li++) {
    const t = lines.at(li).text.trim();
    if (t.length > issuers.length && t.length <= issuers.length + 6 && t.startsWith(issuers) && isIssuingOffice(t)) return true;
    if (t === '' || names.includes(t) || !isIssuingOffice(t)) continue;
    let next = li + 1;
    while (next < end && next <= li + 3 && lines.at(next).text.trim() === '') next++;
    if (next < end && isDateOnly(lines.at(next).text.trim())) return true;
  }
  return false;
}

/** A kicker over a headline ends in the verb whose object the headline is: 自治區政協主席會議建議 ⏎ 1月26日召開… */
const KICKER_VERB = /(?:建议|建議|强调|強調|要求|宣布)$/;

/** Words a banner or a column puts before a headline (热烈祝贺市…闭幕, 聚焦市政协…, 图解省…报告): no place's name. */
const NO_PLACE =
  /祝贺|祝賀|庆祝|慶祝|热烈|熱烈|喜迎|聚焦|关注|關注|直击|直擊|图解|圖解|解读|解讀|视频|視頻|关于|關於|转发|轉發|印发|印發|回眸|走进|走進|学习|學習/u;
/**
 * Of two printings of one title on a page (a headline and the document's own heading, the page's <title> and
 * its h1, a copy site's line and the document's), whether `other` is the better: the one without what a site
 * adds (its name after a dash: …发布-新华网; a part number: …提纲(二); 全文), or the one that names the
 * document more fully by the document's own words (its issuer, its year and place: fuller).
 */
function printedBetter(text: string, other: string): boolean {
  if (text === other) return false;
  if (titleOfPageTitle(text) === other || withoutPartNumber(text) === other || text.replace(/[(（]?全文[)）]?$/, '') === other) return true;
  // The headline with its deck after it (…第三次会议 某某主持并讲话) where the page prints it alone too (title-block.ts).
  if (deckAfter(text, other)) return true;
  // A caption's copy of the headline with a word of one or two characters dropped inside it (…真除 布達交接 under
  // …真除 今布達交接); what a site adds or drops at an end (…讲话全文, a deck) is the rules' above.
  // Words only: a line with a space or a dash and the same set out in lines or as a permalink are one printing.
  const [t, o] = [wordsOf(text), wordsOf(other)];
  // The same words, the other printing with more of the headline's own marks (“某某”, 《条例》 where a copy lost them).
  if (t === o && t.length >= 6 && headlineMarks(other) > headlineMarks(text)) return true;
  const dropped = o.length - t.length;
  if (t.length >= 8 && dropped >= 1 && dropped <= 2 && !o.startsWith(t) && !o.endsWith(t) && inOrder(t, o)) return true;
  // A paper at home names its own province or city by its rank alone (省十四届人大…, 市政协…); the page's <title> names
  // it whole (山东省十四届人大…): the same headline, the fuller printing the better. The place's name only (山东, 重庆:
  // two to four characters, no rank of its own, nothing between it and the rank).
  const place = other.slice(0, other.length - text.length);
  if (
    text.length >= 8 &&
    other.endsWith(text) &&
    /^[省市县縣区區州]/u.test(text) &&
    /^\p{Script=Han}{2,4}$/u.test(place) &&
    !/[省市县縣区區州镇鎮乡鄉村旗盟]$/u.test(place) &&
    !NO_PLACE.test(place)
  )
    return true;
  const heading = text.replace(/[ \u3000]+/g, ''); // 政 府 工 作 报 告, spaced out
  // In one script's form: a mirror prints the document's heading in Traditional under the page's Simplified title (政府工作報告).
  return namesGenre(heading) && fuller(oneForm(other), oneForm(heading));
}

/** A printing's letters and digits only: what two printings of one headline share whatever their marks and spaces. */
const wordsOf = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** How many of a headline's own paired marks a printing keeps: quotes, title marks, brackets. */
const headlineMarks = (text: string): number => text.match(/[“”‘’「」『』《》〈〉﹁﹂(（)）"]/g)?.length ?? 0;

/** A place's name alone (某县, 沧州市, 伊州區) before a year and the document's name: 某县 + 2025年政府工作报告. */
const PLACE = /^\p{Script=Han}{1,10}(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|旗|州|盟)$/u;
/**
 * A word of PLACE's shape that names no area's owner: a menu's item (走进万州, 投资万州: 2820) or a common noun
 * (社区, 我市, 城市, 景区, 联盟, 开发区 alone). A real county of one character (沛县, 萧县) stays a place.
 */
const NO_OWNER =
  /^(?:走进|走進|投资|投資|魅力|印象|美丽|美麗|畅游|暢遊|感知|认识|認識|了解|发现|發現|数字|數字|智慧|聚焦|关注|關注|你好|大美|最美|[我本全各社地景园園片小校专專超门門联聯外]\p{Script=Han}?$|城[市镇鎮乡鄉]$|(?:开发|開發|高新|自治|示范|示範|试验|試驗|保税|保稅|新)\p{Script=Han}$)/u;
/** A year and a place (2020年海口市, 2024年江宁区人民, 2025沧州市) or a year alone (2026年, 2024年度) before a document's name. */
const YEAR_PLACE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})(?:年度?)?\p{Script=Han}{0,20}$/u;
/** A place then its year (辰溪县2026年, 某縣 2025 年度, 某区二〇二五年) before a document's name: the other order of YEAR_PLACE. */
const PLACE_YEAR = /^\p{Script=Han}{1,10}(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|旗|州|盟)\s?(?:\d{4}|[〇零一二三四五六七八九]{4})\s?年度?$/u;

/**
 * `headline` is `heading` named more fully: a bracketed qualifier (not a part number) after it (…工作报告 +
 * (2023年)), or, before the name they share (…政府工作报告, …突发公共事件总体应急预案), the issuer or a year and a place
 * (either order) where the heading has less or nothing: 2020年海口市 or 辰溪县2026年 + 政府工作报告, 重庆市九龙坡区陶家镇人民政府 over
 * 陶家镇 + 突发公共事件总体应急预案, 某自治区人民政府 + 关于印发…的通知. A column's or a person's name before it
 * (中部新聞苗栗縣…, 徐某某:…) is the site's, no fuller name.
 */
function fuller(headline: string, heading: string): boolean {
  if (headline === heading) return false;
  // Not an alias that names the subject again (…工作报告(咸阳市2025年工作安排)): title-furniture.ts.
  const tail = headline.slice(heading.length);
  if (headline.startsWith(heading))
    return /^[(（][^()（）]{1,12}[)）]$/.test(tail) && withoutPartNumber(headline) === headline && !isAliasBracket(heading, tail);
  let shared = 0;
  while (shared < heading.length && shared < headline.length && headline[headline.length - 1 - shared] === heading[heading.length - 1 - shared]) shared++;
  if (shared < 4 || !namesGenre(heading.slice(-shared))) return false;
  const before = headline.slice(0, -shared);
  const lead = heading.slice(0, heading.length - shared);
  return inOrder(lead, before) && (YEAR_PLACE.test(before) || PLACE_YEAR.test(before) || isIssuingOffice(before) || PLACE.test(before));
}

/** Whether every character of `part` stands in `whole`, in the same order. */
function inOrder(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of part) {
    at = whole.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Runs of two to four candidate rows right under one another (blank lines aside), each joined: the title as
 * the page sets it out over several lines (重庆市人大常委会执法检查组 ⏎ 关于检查《…》 ⏎ 实施情况的报告).
 */
function linesSetOut(candidates: Row[], lines: Lines): { rows: Row[]; text: string }[] {
  const out: { rows: Row[]; text: string }[] = [];
  for (let a = 0; a < candidates.length; a++) {
    for (let b = a + 1; b < Math.min(candidates.length, a + 4); b++) {
      if (!onlyBlankBetween(lines, candidates[b - 1]!.li, candidates[b]!.li)) break;
      const rows = candidates.slice(a, b + 1);
      out.push({ rows, text: rows.map((r) => r.text.replace(/[ \u3000]+/g, '')).join('') });
    }
  }
  return out;
}

/** The rows of a title the page set out in lines again under it (the issuer ⏎ 关于… ⏎ …的报告): a repeat of it. */
export function setOutAgain(rows: Row[], title: string, lines: Lines): Row[] {
  const flat = title.replace(/[ \u3000]+/g, '');
  const run = linesSetOut(
    rows.filter((r) => r.kind === 'candidate'),
    lines,
  ).find((s) => s.text === flat);
  return run?.rows ?? [];
}

/** Whether every line strictly between rows `a` and `b` is blank. */
function onlyBlankBetween(lines: Lines, a: number, b: number): boolean {
  for (let li = a + 1; li < b; li++) if (lines.at(li).text.trim() !== '') return false;
  return true;
}

/**
 * A title the page wrapped onto two lines (关于2025年度法治政府建设 / 情况的报告): the chosen row and the
 * candidate row right next to it (wrappedOnce); then the issuer's line over the rows joined, however many lines the
 * 关于… title took (某市人大常委会 ⏎ 关于推迟召开…大会 ⏎ 第五次会议的通告): whose and about what is one name.
 */
export function wrappedTitle(rows: Row[], chosen: Row | null, lines: Lines): Row[] {
  const once = wrappedOnce(rows, chosen, lines);
  const about = chosen ? aboutRun(rows, rows.indexOf(chosen), lines) : null;
  const run = about && about.length > once.length && once.every((r) => about.includes(r)) ? about : once;
  if (run.length < 2) return run;
  const first = rows.indexOf(run[0]!);
  if (first < 0 || run.some((r, i) => i > 0 && rows[first + i] !== r)) return run;
  const issuer = issuerOver(rows, first, run.map((r) => r.text).join(''), lines);
  return issuer ? [issuer, ...run] : run;
}

/**
 * Whether the blank line between rows `a` and `b` (the issuer's and the title's) is how the page sets all its head's
 * lines apart: the line over `a` (if any) and the line under `b` set apart by blank lines too. Then it parts them no more
 * than it parts any two lines; a blank line only between them, the title's text right under it, is a parting.
 */
function spacedAlike(lines: Lines, a: number, b: number): boolean {
  const blank = (li: number) => lines.at(li).text.trim() === '';
  if (b - a < 2 || (a > 0 && !blank(a - 1)) || b + 1 >= lines.length || !blank(b + 1)) return false;
  let n = b + 1;
  while (n < lines.length && n <= b + 4 && blank(n)) n++;
  return n < lines.length && !blank(n);
}

/** A body that meets in numbered sessions: …人民代表大会, …常务委员会, …政协; closing a line (BODY_END). */
const BODY_WORD = '(?:大会|大會|委员会|委員會|常委会|常委會|政协|政協|人大|议会|議會)';
const BODY_END = new RegExp(`${BODY_WORD}$`);
const BODY = new RegExp(BODY_WORD);
/**
 * A meeting's name broken after its body (某区第十八届人民代表大会 ⏎ 第五次会议开幕): the line under opens on the session's
 * number and names no body of its own. One that does (第十四届全国人民代表大会第三次会议在京开幕) is a whole headline, and the
 * body's line over it a masthead's (湖南省人民代表大会常务委员会).
 */
const sessionRunOn = (a: string, b: string): boolean => BODY_END.test(a) && ORDINAL_HEAD.test(b) && !BODY.test(b);

/** A word the page spaced out letter by letter (公 告, 通　知), read solid; any other line as it is. */
const spacedOut = (t: string): string => (/^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,4}$/u.test(t) ? t.replace(/[ \u3000]+/g, '') : t);

/** A line that opens a 公文's title: 关于…. */
const ABOUT = /^(?:关于|關於|关於|關于)/;

/**
 * A 关于… title the page set out over three lines or more (关于上海市2025年国民经济和社会发展 ⏎ 计划执行情况与2026年国民经济 ⏎
 * 和社会发展计划草案的报告): one title from the line that opens with 关于 to the first that names its genre (…的报告), the
 * lines between, blank lines aside, neither opening another 关于 nor closing on a genre. Row `k` is one of its lines.
 */
function aboutRun(rows: Row[], k: number, lines: Lines): Row[] | null {
  if (k < 0) return null;
  const line = (j: number) => {
    const r = rows[j];
    return r?.kind === 'candidate' && r.text.length >= 2 && r.text.length <= 60 && !isTopFurniture(r.text) && !isTableRow(lines.at(r.li).text);
  };
  if (!line(k)) return null;
  let a = k;
  while (!ABOUT.test(withoutPinyin(rows[a]!.text))) {
    a--;
    if (a < k - 3 || !line(a) || namesGenre(rows[a]!.text) || !onlyBlankBetween(lines, rows[a]!.li, rows[a + 1]!.li)) return null;
  }
  let b = k;
  while (!namesGenre(rows[b]!.text)) {
    b++;
    if (b > k + 3 || !line(b) || ABOUT.test(withoutPinyin(rows[b]!.text)) || !onlyBlankBetween(lines, rows[b - 1]!.li, rows[b]!.li)) return null;
  }
  // The rows between both ends are the title's middle: no genre closes it early, no 关于 opens another.
  for (let j = a; j < b; j++) if (namesGenre(rows[j]!.text)) return null;
  for (let j = a + 1; j <= b; j++) if (ABOUT.test(withoutPinyin(rows[j]!.text))) return null;
  const run = rows.slice(a, b + 1);
  return run.length >= 3 && run.reduce((n, r) => n + r.text.length, 0) <= 120 ? run : null;
}

/**
 * The issuer's line right over 关于…的通知 (南宫市人民政府 ⏎ 关于印发…的通知, 株洲市人民政府 株洲市财政局 ⏎ 关于…) is
 * the title's first words, as a 公文 prints them: the document's name is whose and about what; not when its own
 * 办公室 signs the notice (the line was the site's name, …区人民政府). Set apart by blank lines, the office is the
 * title's only when the page names it as the issuer (发文机关: 洛阳市人民政府) or it signs. `text` is the title's
 * text from row `k` on (its lines joined).
 */
function issuerOver(rows: Row[], k: number, text: string, lines: Lines): Row | null {
  const chosen = rows[k]!;
  const office = rows[k - 1];
  if (
    office?.kind === 'candidate' &&
    onlyBlankBetween(lines, office.li, chosen.li) &&
    isIssuers(office.text) &&
    ABOUT.test(withoutPinyin(text)) &&
    (((office.li === chosen.li - 1 || spacedAlike(lines, office.li, chosen.li)) &&
      !signedByOther(lines, office.text, chosen.li + 1) &&
      !namedOtherIssuer(lines, office.text, office.li)) ||
      signs(lines, office.text, chosen.li + 1) ||
      namedIssuer(lines, office.text, office.li))
  )
    return office;
  // The report's name printed twice, one line over the other (its heading, then the document's): the owner is over both.
  const twin = rows[k - 1]?.kind === 'candidate' && rows[k - 1]!.text === chosen.text && onlyBlankBetween(lines, rows[k - 1]!.li, chosen.li);
  const owner = twin ? rows[k - 2] : office;
  // A report that names only its year and kind (2025年政府信息公开年度报告) is whose the office's line right over it
  // says (某区人民政府办公室 ⏎ 2025年…年度报告): the report's name begins with its owner. The owner may be named by its
  // area alone, as a zone or a county prints its masthead (某某经济技术开发区, 某某县 ⏎ 2025年…年度报告).
  if (
    owner?.kind === 'candidate' &&
    (owner.li === rows[twin ? k - 1 : k]!.li - 1 || spacedAlike(lines, owner.li, rows[twin ? k - 1 : k]!.li)) &&
    (isIssuingOffice(owner.text) || (PLACE.test(owner.text) && !NO_OWNER.test(owner.text))) &&
    /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?/.test(text) &&
    namesGenre(text) &&
    !/[省市县縣区區镇鎮乡鄉州旗]/.test(text) // no place of its own: 2025年某县政府工作报告 names its owner
  )
    return owner;
  return null;
}

/**
 * Whether the line under row `r` opens with its text again (天津…行动计划 ⏎ 天津…行动计划环保网获悉,…): the headline
 * printed again with its story glued on, so the row is a whole headline and no wrapped line's second half.
 */
function reprintedUnder(lines: Lines, r: Row): boolean {
  if (r.text.length < 8) return false;
  return nextFilled(lines, r.li, 4).startsWith(r.text);
}

/**
 * A title the page wrapped onto two lines (关于2025年度法治政府建设 / 情况的报告): the chosen row and the
 * candidate row right next to it, when the first ends with a word that cannot end a title (的, 关于, 和 …),
 * the second starts with 的, or the second is a short tail that names the genre the first lacks.
 */
function wrappedOnce(rows: Row[], chosen: Row | null, lines: Lines): Row[] {
  if (!chosen) return [];
  const k = rows.indexOf(chosen);
  // A kicker over the main line that a deck closes: both lines, a space between (title-block.ts).
  const block = kickerOver(rows, k, (a, b) => onlyBlankBetween(lines, a.li, b.li));
  if (block) return block;
  const joins = (a: Row | undefined, b: Row | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.kind === 'candidate' &&
    b.kind === 'candidate' &&
    onlyBlankBetween(lines, a.li, b.li) && // next to each other, blank lines aside
    !isTableRow(lines.at(a.li).text) &&
    !runsOn(a.text) && // a note that runs on as prose (这是…的报告. 加分后还有07年的) is no title's first line (title-plausible.ts)
    !isDeckLine(b.text) && // a deck line under a headline (某某主持并讲话) is the story's, though 讲话 names a genre
    !reprintedUnder(lines, b) && // a headline the page prints again right under it is whole: the line over it is another item's
    (a.text.length >= 10 ||
      (a.text.length >= 6 && KICKER_VERB.test(a.text) && !/关于|關於/.test(a.text)) ||
      (a.text.length >= 5 && sessionRunOn(a.text, b.text)) || // 某市人大常委会 ⏎ 第五次会议开幕
      (a.text.length >= 6 && /(?:关于|關於)$/.test(a.text))) && // 某县人民政府关于 ⏎ …的报告 // a line the page wrapped is a long one; a kicker need not be
    !isTopFurniture(a.text) &&
    // A verb that needs its object (…中级人民法院印发 ⏎ 关于…的意见的通知) cannot end a title either.
    (/(?:的|关于|關於|和|及|与|與|对|對|在|暨|年度|印发|印發|转发|轉發|颁布|頒布|联合|聯合)$/.test(a.text) ||
      DASH_END.test(a.text) || // a headline broken at its dash (…宣传工作—— ⏎ 传递权威声音…)
      (KICKER_VERB.test(a.text) && !/关于|關於|的(?:建议|建議|要求)$/.test(a.text) && !isSpeakerLine(b.text)) || // …主席會議建議 ⏎ 1月26日召開…
      /^(?:的|之)/.test(b.text) ||
      (b.text.length <= 8 && !namesGenre(a.text) && namesGenre(spacedOut(b.text))) || // …第二次会议 ⏎ 公 告
      heldEvent(a.text, b.text) || // …代表團召開 ⏎ 第一次全體會議
      // A cover's title set out in lines: whose (瓯海区国民经济和社会发展) over which (第十一个五年规划纲要).
      (ORDINAL_HEAD.test(b.text) && !namesGenre(a.text) && namesGenre(b.text)) ||
      // A meeting's name broken after its body (某区第十八届人民代表大会 ⏎ 第五次会议开幕): the session's number runs on.
      sessionRunOn(a.text, b.text) ||
      (/关于|關於/.test(a.text) && !namesGenre(a.text) && namesGenre(b.text))) &&
    (a.text + b.text).length <= 80;
  // A PDF text layer that broke the title at every change of script: XX ⏎ 镇 ⏎ 2023 ⏎ 年政府工作报告. A
  // title never starts with 年 or 的; the short pieces right above it are its start.
  if (/^[年月日的之]/.test(chosen.text)) {
    const pieces: Row[] = [];
    for (let j = k - 1; j >= 0 && pieces.length < 4; j--) {
      const r = rows[j]!;
      const t = lines.at(r.li).text.trim();
      if (r.li !== (pieces[0] ?? chosen).li - 1 || t.length === 0 || t.length > 6 || (r.kind !== 'candidate' && r.kind !== 'furniture')) break;
      // A piece is part of a name (XX, 镇, 2023): a toolbar's label on top (分享到:, 【字体:, 打印) is not.
      if (!/^[\p{L}\d]+$/u.test(t) || (isFurnitureLine(t) && !/^\d+$/.test(t))) break;
      const piece: Row = { li: r.li, kind: 'candidate', text: t };
      rows[j] = piece;
      pieces.unshift(piece);
    }
    if (pieces.length > 0) return [...pieces, chosen];
  }
  // A part's number alone over the title (第9章 ⏎ 就政府工作提出的質詢), the page one part of a longer work: its start.
  const part = rows[k - 1];
  if (part?.kind === 'candidate' && isPartNumber(part.text) && onlyBlankBetween(lines, part.li, chosen.li) && !partSiblingBelow(lines, part.li, part.text))
    return [part, chosen];
  if (joins(rows[k - 1], chosen)) return [rows[k - 1]!, chosen];
  // A year on its own line over the title (2025年 ⏎ 某县人民政府工作报告), as a cover sets it: the title's start.
  const year = rows[k - 1];
  if (
    year?.kind === 'candidate' &&
    onlyBlankBetween(lines, year.li, chosen.li) &&
    /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?$/.test(year.text) &&
    !/^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年/.test(chosen.text)
  )
    return [year, chosen];
  const issuer = issuerOver(rows, k, chosen.text, lines);
  if (issuer) return [issuer, chosen];
  // A speech's title on two lines between its meeting line and its date or subtitle: both lines.
  const above = rows[k - 1];
  const meeting = rows[k - 2];
  if (
    above?.kind === 'candidate' &&
    onlyBlankBetween(lines, above.li, chosen.li) &&
    meeting !== undefined &&
    isMeetingLine(meeting.text) &&
    rows[k + 1] !== undefined &&
    rows[k + 1]!.kind !== 'candidate' &&
    (above.text + chosen.text).length <= 80
  )
    return [above, chosen];
  if (joins(chosen, rows[k + 1])) return [chosen, rows[k + 1]!];
  // A paper's headline broken into two lines, the second a short phrase, closed by its date or source
  // (岑特首份施政報告 ⏎ 今見真章 ⏎ 2025-04-14): one headline. Not a name, an office or a part's label (摘要, 全文).
  // The chosen row may be either line: the one above the date wins a tie.
  const broken = (head: Row | undefined, tail: Row | undefined, after: Row | undefined) =>
    head?.kind === 'candidate' &&
    tail?.kind === 'candidate' &&
    onlyBlankBetween(lines, head.li, tail.li) &&
    /^\p{Script=Han}{6,24}$/u.test(head.text) &&
    /^\p{Script=Han}{4,6}$/u.test(tail.text) &&
    !namesGenre(tail.text) &&
    !isIssuingOffice(head.text) &&
    !isIssuingOffice(tail.text) &&
    !isTopFurniture(head.text) &&
    !isTopFurniture(tail.text) &&
    !/^(?:全文|摘要|附件|解读|解讀|图解|圖解|原文|目录|目錄|正文)/.test(tail.text) &&
    !isNeverTitle(tail.text) && // a photo's caption under the headline (全体委员合照)
    !isDeckLine(tail.text) && // a deck part under the headline (某某主持会议)
    (after === undefined || after.kind === 'meta');
  // Not when the lower line is printed again right under it (reprintedUnder): it is a headline of its own.
  if (twoLineHeadline(rows, k - 1) && !reprintedUnder(lines, chosen)) return [rows[k - 1]!, chosen];
  if (twoLineHeadline(rows, k) && !reprintedUnder(lines, rows[k + 1]!)) return [chosen, rows[k + 1]!];
  const afterOf = (j: number) => rows.slice(j + 1).find((r) => r.kind !== 'furniture');
  if (broken(chosen, rows[k + 1], afterOf(k + 1))) return [chosen, rows[k + 1]!];
  if (broken(rows[k - 1], chosen, afterOf(k))) return [rows[k - 1]!, chosen];
  return [chosen];
}

/**
 * No title row: the title may run straight into the first paragraph (某县2023年工作总结2023年，我县…) on line
 * `stop`. The title's row, its rest being where the text goes on; a document site's number and template date
 * glued round it, or a document number set apart after it, are given to `addPairs`.
 */
export function runOnHead(lines: Lines, stop: number, addPairs: (pairs: { key: string; value: string }[]) => void): Row | null {
  const line = lines.at(stop);
  // A headline block on one line: kicker and main line are the title, the deck and the text go on (title-block.ts).
  const block = kickerRunOn(line.text);
  if (block) return { li: stop, kind: 'candidate', text: line.text.slice(0, block.end), rest: line.start + block.rest };
  // A headline in 【】 glued before the first paragraph (【某市…会议召开】 昨天，…): title-furniture.ts.
  const bracketed = bracketHeadRunOn(line.text);
  if (bracketed) return { ...candidate(stop, line.text.slice(0, bracketed.end), line.start, bracketed.start), rest: line.start + bracketed.rest };
  // A news agency's dateline naming its headline after 题: (title-plausible.ts): the headline; the reporter and the text go on.
  const named = titleInDateline(line.text);
  if (named) return { li: stop, kind: 'candidate', text: line.text.slice(named.start, named.end), rest: line.start + named.end };
  const numbered = numberedRunOn(line.text);
  const span = numbered?.title ?? runOnTitle(line.text);
  if (numbered) {
    addPairs([
      { key: '编号', value: numbered.number },
      { key: '日期', value: numbered.date },
    ]);
    const head = candidate(stop, line.text.slice(0, span!.end), line.start, span!.start);
    return { ...head, rest: line.start + numbered.end };
  }
  if (!span) {
    // A one-line scrape of a news item: its headline, its date, its text (datedRunOn).
    const dated = datedRunOn(line.text);
    if (!dated) {
      // A one-line page's headline glued before its text with a space (title-deck.ts).
      const spaced = spacedRunOn(line.text);
      // Not a paper's news stamp before its story (某某日报/某某观/某报网讯 今天…: title-captions.ts).
      return spaced && !isOutletStamp(line.text.slice(0, spaced.end))
        ? { li: stop, kind: 'candidate', text: cleanTitle(line.text.slice(0, spaced.end)), rest: line.start + spaced.rest }
        : null;
    }
    if (dated.pair) addPairs([dated.pair]);
    return { li: stop, kind: 'candidate', text: line.text.slice(dated.start, dated.end), rest: line.start + dated.rest };
  }
  const head = candidate(stop, line.text.slice(0, span.end), line.start, span.start);
  // Its document number set apart after it (…的通知 豫政〔2023〕5号 现将…) is the page's 文号.
  const num = head.rest === undefined ? NUMBER_AFTER.exec(line.text.slice(span.end, span.end + 40)) : null;
  if (num) addPairs([{ key: '文号', value: num[1]! }]);
  return { ...head, rest: head.rest ?? line.start + span.end + (num ? num[0].length - 1 : 0) };
}
