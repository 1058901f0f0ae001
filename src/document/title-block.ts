// Round 14's classes of a news headline block, stated for the block's kind of line rather than for one page: a
// paper sets a headline as a kicker (引题: a purpose or slogan line, 为…/牢记…) over the main line, with a deck
// (副题) of who did what under it. The title is the kicker and the main line, read with a space between them; a
// deck line is never the title, whether its parts are set apart by spaces, glued, or one alone on its line; a
// byline with its credits (本报记者 某某 /文 某某/图) or a site's rights line (某中心版权所有 未经授权禁止复制) is never the
// title either; and a report's own title row under a news page's summary paragraphs is its title. Pure tests on
// strings, rows and lines; title-choice.ts and header.ts call them.
import { datelineLead, isByline } from './bylines.js';
import type { Lines, Row } from './lines.js';
import { startsWithMarker } from './markers.js';
import { isDateOnly } from './meta.js';
import { isSubtitle, isTopFurniture, namesGenre, withoutPinyin } from './page.js';
import { candidate, cleanTitle, isAddressees, isMeetingLine, isNeverTitle, isSalutation, looksLikeTitle } from './title.js';
import { GAVE_REPORT } from './title-deck.js';

/**
 * A deck's part: someone chaired, attended, sat on the platform, came to congratulate (…主持会议, …出席并讲话,
 * …等到会祝贺, …在主席台就座). Only the verbs of a meeting's report: 调研, 会见 and 视察 head stories of their own.
 */
const DECK_PART =
  /(?:主持|出席|列席|就座|就坐|到会|到會|祝贺|祝賀|致贺|致賀|莅临|蒞臨|(?:出席|主持)[并並](?:讲话|講話|致辞|致辭))(?:会议|會議|大会|大會|开幕式|開幕式|开幕会|開幕會)?$/;

const part = (p: string): boolean => p.length >= 4 && p.length <= 30 && (DECK_PART.test(p) || GAVE_REPORT.test(p));

/**
 * Whether a phrase with no spaces is one part or several glued (某某某某等到会祝贺某某作政协常委会工作报告): cut
 * where each part ends. A phrase of 60 characters or more is never parsed (a sentence, not a deck).
 */
function parts(p: string): boolean {
  const n = p.length;
  if (n > 60) return false;
  // ok[i]: the phrase from i on is parts, end to end.
  const ok: boolean[] = new Array(n + 1).fill(false);
  ok[n] = true;
  for (let i = n - 4; i >= 0; i--) {
    for (let j = i + 4; j <= Math.min(n, i + 30) && !ok[i]; j++) if (ok[j] && part(p.slice(i, j))) ok[i] = true;
  }
  return ok[0]!;
}

/**
 * A deck line: every phrase of it (set apart by spaces or commas) reports people's parts at the event
 * (某某作政府工作报告; 某某主持大会; 某某作工作报告 某某等到会祝贺; glued: …到會祝賀某某作…報告).
 */
export function isDeckLine(text: string): boolean {
  const t = withoutPinyin(text.trim());
  if (t.length < 4 || t.length > 120 || /[。！？!?；;：:]/.test(t)) return false;
  const phrases = t.split(/[ \u3000,，]+/).filter((p) => p !== '');
  return phrases.length > 0 && phrases.every(parts);
}

/** A meeting's headline ends with its event: 某会议开幕, …召开, …举行, 某某第三次会议 (both scripts). */
const EVENT_END = /(?:开幕|開幕|闭幕|閉幕|召开|召開|举行|舉行|会议|會議|大会|大會|全会|全會|开班|開班|举办|舉辦)$/;

/**
 * A meeting's headline with its deck glued after it on its line, set apart by spaces (某会议开幕 某某等到会祝贺
 * 某某出席; 某會議開幕　某某主持並講話　某某出席): where the deck starts, or -1. Two phrases or more after the cut
 * are a deck's parts, and the head names the event, no part itself. One part alone after a headline (…咨询会下午举行
 * 李家超及多名司局长出席) may be the headline's own second half, and a line of parts with no event before them (某某宣布…
 * 某某致辞 某某主持) is the only headline a page shows: both stay. Only a line of 120 characters or fewer is looked at.
 */
function deckTailStart(text: string): number {
  if (text.length > 120 || /[。！？!?；;：:]/.test(text)) return -1;
  const phrases = [...text.matchAll(/[^ \u3000]+/g)];
  // The first phrase from which all the rest are parts; the head before it must stay a headline.
  let from = phrases.length;
  while (from > 1 && parts(withoutPinyin(phrases[from - 1]![0]))) from--;
  if (phrases.length - from < 2) return -1;
  const head = withoutPinyin(text.slice(0, phrases[from]!.index)).replace(/[ \u3000]+/g, '');
  if (head.length < 8 || !EVENT_END.test(head) || !isMainLine(head) || parts(head)) return -1;
  return phrases[from]!.index;
}

/** Rows whose deck cutDeck took off their line: a main line closed by its deck, for kickerOver. */
const DECKED = new WeakSet<Row>();

/**
 * A candidate row of a whole line that is a meeting's headline with its deck after it (deckTailStart): the row made
 * the headline, the text going on at the deck (the story's, as a deck line under a headline is).
 */
export function cutDeck(row: Row, lines: Lines): void {
  if (row.kind !== 'candidate' || row.rest !== undefined) return;
  const line = lines.at(row.li);
  const body = line.text.trim();
  // The cheap test first: cleanTitle's first use compiles every tail-residue pattern (~10 ms on each opening).
  const at = deckTailStart(body);
  if (at < 0 || cleanTitle(body) !== row.text) return;
  row.text = cleanTitle(body.slice(0, at).trimEnd());
  row.rest = line.start + line.text.indexOf(body) + at;
  DECKED.add(row);
}

/** A headline printed with its deck after it, `full`, where the page prints it alone too (`alone`): the deck's. */
export const deckAfter = (full: string, alone: string): boolean =>
  full.length > alone.length && full.startsWith(alone) && /^[ \u3000]/.test(full.slice(alone.length)) && isDeckLine(full.slice(alone.length));

/** A headline line: short, whole, no sentence, no deck, no site's label. */
export const isMainLine = (t: string): boolean =>
  t.length >= 6 && t.length <= 40 && !/[。！？!?；;：:|｜>＞]/.test(t) && !isDeckLine(t) && !isTopFurniture(t) && !isDateOnly(t);

/**
 * A deck line under a headline: the nearest candidate above that is no deck line is a headline (eight characters
 * or more). Then the line is the story's, never its title; alone (no headline over it) it may be a headline.
 */
export function deckUnderHeadline(rows: Row[], k: number): boolean {
  const row = rows[k];
  if (row?.kind !== 'candidate' || !isDeckLine(row.text)) return false;
  for (let j = k - 1; j >= 0; j--) {
    const r = rows[j]!;
    if (r.kind !== 'candidate' || isDeckLine(r.text)) continue;
    // A headline set out on two lines (某区第十八届人民代表大会 ⏎ 第五次会议开幕, a blank line between or none) is read
    // whole: its last line may be short.
    const over = rows[j - 1];
    const whole = r.text.length < 8 && over?.kind === 'candidate' && over.li >= r.li - 2 ? over.text + r.text : r.text;
    return whole.length >= 8 && isMainLine(whole);
  }
  return false;
}

/**
 * The words a purpose or slogan kicker opens with (为助推…, 牢记新使命…, 在建设…中作出新的更大贡献, 以…为…),
 * both scripts.
 */
const KICKER_HEAD =
  /^(?:为|為|以|在|牢记|牢記|坚持|堅持|奋力|奮力|聚焦|凝心|凝聚|同心|携手|攜手|踔厉|踔厲|勇毅|砥砺|砥礪|锚定|錨定|围绕|圍繞|奋进|奮進|扛起|担当|擔當|共谋|共謀|共绘|共繪|共商|汇聚|匯聚|守正|赓续|賡續|弘扬|弘揚|不忘|高举|高舉|建设|建設|谱写|譜寫|开创|開創|创建|創建)/;
/** A kicker ends as a phrase, not a clause cut off (…的, …和, …关于): then it is a wrapped title's first line. */
const OPEN_END = /(?:的|之|和|及|与|與|对|對|在|暨|关于|關於)$/;

/**
 * A kicker line: a purpose or slogan (KICKER_HEAD), or two slogan phrases set apart by a space (牢记新使命汇入新时代
 * 推进新发展实现新跨越); no sentence, no genre's name, no date, no deck.
 */
export function isKicker(text: string): boolean {
  const t = withoutPinyin(text.trim());
  if (t.length < 6 || t.length > 48 || /[。！？!?；;：:|｜>＞]/.test(t) || /\d{4}/.test(t) || OPEN_END.test(t)) return false;
  if (isDeckLine(t) || namesGenre(t) || isTopFurniture(t) || isByline(t)) return false;
  const phrases = t.split(/[ \u3000]+/);
  // A headline with one deck part after it (某会议 某某主持会议) is no couplet: the part is the deck's.
  // A slogan may quote its key word (念好“山海經” 賡續“山海情”): the quotes are no part of its shape.
  const couplet = phrases.length === 2 && phrases.every((p) => /^\p{Script=Han}{4,16}$/u.test(p.replace(/[“”「」『』"]/g, '')) && !parts(p));
  return KICKER_HEAD.test(t) || couplet;
}

/** Kicker rows joined over their main line by kickerOver: titleText reads a space between them. */
const KICKERS = new WeakSet<Row>();
export const isJoinedKicker = (row: Row | undefined): boolean => row !== undefined && KICKERS.has(row);

/**
 * A headline block at the chosen row (rows[k]): a kicker right over a main line that a deck line right under it
 * closes (为助推…力量 ⏎ 市政协七届四次会议开幕 ⏎ 某某作工作报告 …等到会祝贺). The title's rows, kicker and main line, or
 * null. The chosen row may be the main line, the kicker, or the headline printed alone above the block (a page's <title>
 * over the paper's block: 某会议开幕 ⏎ kicker ⏎ 某会议开幕 ⏎ deck), then the block's own rows are the title.
 */
export function kickerOver(rows: Row[], k: number, adjacent: (a: Row, b: Row) => boolean): Row[] | null {
  const block = (m: number): Row[] | null => {
    const kick = rows[m - 1];
    const main = rows[m];
    const deck = rows[m + 1];
    if (kick?.kind !== 'candidate' || main?.kind !== 'candidate') return null;
    // The deck on the main line's own line after it (某会议开幕 某某等在主席台就座 …) closes it as well as a deck line.
    const closed = DECKED.has(main) || (deck?.kind === 'candidate' && adjacent(main, deck) && isDeckLine(deck.text));
    if (!closed || !adjacent(kick, main) || !isKicker(kick.text) || !isMainLine(main.text)) return null;
    KICKERS.add(kick);
    return [kick, main];
  };
  const chosen = rows[k];
  if (!chosen) return null;
  // The chosen row is the main line, or the kicker over it (a couplet scores as a headline too).
  const own = block(k) ?? block(k + 1);
  if (own) return own;
  // The headline alone above its block, the same words.
  const again = rows[k + 2];
  if (again?.kind === 'candidate' && again.text === chosen.text) return block(k + 2);
  return null;
}

/**
 * A one-line scrape of a headline block: kicker phrases, the main line, then two or more deck phrases and the text,
 * all set apart by spaces on one long line (牢记新使命汇入新时代 推进新发展实现新跨越 南平市政协五届二次会议开幕
 * 某某作…报告 某某作…报告 某某主持 …等到会祝贺 …). The title's span (kicker and main line) and where the
 * deck starts, or null. Only the line's first 400 characters are looked at.
 */
export function kickerRunOn(line: string): { end: number; rest: number } | null {
  const head = line.slice(0, 400);
  const phrases = [...head.matchAll(/[^ \u3000]+/g)];
  // The main line is the phrase before the first deck phrase; one or two kicker phrases before it.
  const deckAt = phrases.findIndex((p) => parts(withoutPinyin(p[0])));
  if (deckAt < 1 || deckAt > 3) return null;
  const decks = phrases.slice(deckAt, deckAt + 2);
  // One deck phrase with the story's dateline glued after it (… 某某主持某某作报告 本报16日讯(记者…)…): the deck and
  // the dateline close the block, so all before the deck is the headline, its phrases however many (a couplet too).
  if (decks.length === 2 && datelineLead(decks[1]![0]) > 0) {
    const headline = line.slice(0, decks[0]!.index).trim();
    const last = phrases[deckAt - 1]!;
    const whole = phrases[0]!.index === 0 && headline.length >= 6 && headline.length <= 48;
    return whole && isMainLine(headline) && !/[。！？!?；;：:|｜]/.test(headline) ? { end: last.index + last[0].length, rest: decks[0]!.index } : null;
  }
  if (deckAt < 2 || decks.length < 2 || !decks.every((p) => parts(withoutPinyin(p[0])))) return null;
  const main = phrases[deckAt - 1]!;
  if (!isMainLine(main[0])) return null;
  const kicker = line.slice(0, main.index).trim();
  if (phrases[0]!.index !== 0 || !isKicker(kicker)) return null;
  return { end: main.index + main[0].length, rest: decks[0]!.index };
}

/** Credit marks after or before a name in a byline (某某/图, /文, 文/): the byline with them taken out. */
const CREDIT_MARK = /\s*[/／]\s*(?:文|图|圖|摄|攝|摄影|攝影|视频|視頻)(?=\s|$)|(?:^|\s)(?:文|图|圖|摄|攝)\s*[/／]\s*/g;

/**
 * A paper's byline with a credit after each name (本报记者 某某 某某 /文 某某/图): a byline once the credit marks
 * are taken out (isByline), never a title. Only a line of 60 characters or fewer is looked at.
 */
export function isCreditedByline(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || !/[/／]/.test(t)) return false;
  const names = t.replace(CREDIT_MARK, ' ').replace(/\s+/g, ' ').trim();
  return names !== t && names.length >= 4 && isByline(names);
}

/** A summary's line that hands over to the text it quotes: 原文如下:, 全文如下：, 通知全文如下:. */
const ANNOUNCES_TEXT = /^(?:\p{Script=Han}{0,6}(?:原文|全文)(?:如下)?|以下(?:是|为|為)(?:原文|全文))\s*[:：]$/u;

/** A paragraph of text: a sentence or more (it ends with a full stop, or has one and runs on). */
const isParagraph = (t: string): boolean => t.length >= 16 && /[。！？]/.test(t);

/** A contents list's label over a report (提纲:, 目录, 目錄, 内容提要:): its outline, not its text, follows. */
const CONTENTS_LABEL = /^(?:提纲|提綱|目录|目錄|内容提要|內容提要|大纲|大綱)\s*[:：]?$/;

/**
 * No title row in the header, which ended at a news page's summary paragraphs or at a copy's outline of the report
 * (提纲: ⏎ 一、… ⏎ (一)…): the report printed under them starts with its own title row (政府工作报告, 某某工作报告,
 * …的通知), right over its subtitle or meeting line (——2026年2月7日在…会议上) or, after an outline, its salutation
 * (各位代表:). That row is the title; the summary stays the text's. Only 24 filled lines from `stop` are looked at, and
 * each line over the title row must be a paragraph or the outline's; a line of more than 2 000 characters ends the look.
 */
export function reportRowBelow(lines: Lines, stop: number): Row | null {
  let paragraphs = 0;
  let outline = 0;
  let filled = 0;
  for (let li = stop; li < Math.min(lines.length, stop + 120) && filled < 24; li++) {
    const line = lines.at(li);
    if (line.end - line.start > 2000) return null;
    const t = line.text.trim();
    if (t === '') continue;
    filled++;
    if (isParagraph(t)) {
      paragraphs++;
      continue;
    }
    // The summary's line that announces the text (原文如下:, 全文如下：) stands between it and the title.
    if (paragraphs > 0 && ANNOUNCES_TEXT.test(t)) continue;
    // An outline: its label first, then its numbered headings only (一、… (一)…), each short of a paragraph.
    // (The header may have taken the label as the site's and stopped at the outline's first heading.)
    if (paragraphs === 0 && ((li === stop && CONTENTS_LABEL.test(t)) || ((outline > 0 || li === stop) && t.length <= 60 && startsWithMarker(t)))) {
      outline++;
      continue;
    }
    if ((paragraphs === 0 && outline < 3) || t.length > 60 || !namesGenre(t) || /[，,。：:]/.test(t) || !looksLikeTitle(t) || isNeverTitle(t)) return null;
    let next = li + 1;
    while (next < lines.length && lines.at(next).text.trim() === '') next++;
    const under = next < lines.length ? lines.at(next).text.trim() : '';
    // Under it, what opens a report or a notice: its subtitle or meeting line, or the notice's addressees (各县(市、区)人民政府,…:).
    if (!isSubtitle(under) && !isMeetingLine(under) && !isAddressees(under) && !(outline > 0 && isSalutation(under))) return null;
    return candidate(li, line.text, line.start);
  }
  return null;
}

/**
 * A site's rights or licence words anywhere in a line (某传媒中心版权所有 未经授权禁止复制, 浙ICP备05073341号, 网络支持:
 * 某公司, 广告经营许可证:…): its foot, wherever the scrape put it, never the title. A label's colon is required
 * after 技术支持 and 网络支持 (a headline may offer technical support).
 */
const SITE_RIGHTS =
  /版权所有(?:\s|$|[:：©])|版權所有(?:\s|$|[:：©])|未经授权(?:禁止|不得)|未經授權(?:禁止|不得)|ICP(?:备|備|证|證)\s*\d|(?:技术支持|技術支持|网络支持|網絡支持)\s*[:：]|广告经营许可证|廣告經營許可證/;
export const isSiteRights = (text: string): boolean => text.length <= 200 && SITE_RIGHTS.test(text);
