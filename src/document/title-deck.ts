// Round 13's classes of where a title is and where it ends, each stated for its kind of line rather than
// for one page: a news deck that reports who did what is no title and no part of the headline over it; a
// site's run after a bar, the site's name after a page <title>'s separator, one bracketed pair, or the page's
// pairs glued after a title end it; an issuer's line over 关于… starts the title when the page names it as the
// issuer; a cover's whose-line starts an ordinal genre name under it; a site's notice box at the top and a
// subject's label (主题:) are skipped, not an end of the header; a one-line scrape's headline stands before its
// date. Pure tests on strings and lines; title-choice.ts and header.ts call them.
import { isByline } from './bylines.js';
import type { Lines, Row } from './lines.js';
import { isDateOnly, metaPairs } from './meta.js';
import { KNOWN_KEYS } from './meta-keys.js';
import { namesGenre, withoutPinyin } from './page.js';
import { anyScript } from './script-forms.js';
import { cleanTitle, isIssuingOffice, isNeverTitle, looksLikeTitle } from './title.js';

/**
 * A phrase that reports a person's part at the event rather than the event: who sat on the platform
 * (…等在主席台就座), who came (…等到会祝贺, …出席), who chaired, spoke or gave a report (…主持会议, …出席并讲话,
 * 某某作政府工作报告). Both scripts.
 */
const PART_VERB =
  /(?:主持|出席|列席|讲话|講話|致辞|致辭|参加|參加|陪同|会见|會見|就座|就坐|到会|到會|祝贺|祝賀|致贺|致賀|莅临|蒞臨|视察|視察|调研|調研|揭牌|剪彩|颁奖|頒獎|参加审议|參加審議)(?:会议|會議|活动|活動|大会|大會|仪式|儀式)?$/;
/** Someone gave the report: 刘靖作政府工作报告, 崔波作政協常委會工作報告 (作 after a name, not in 工作 or 合作; the report's name after it). */
export const GAVE_REPORT = /^\p{Script=Han}{2,14}(?<![工合创創操写寫动動制製协協])作\p{Script=Han}{0,16}(?:报告|報告|讲话|講話|发言|發言)$/u;

/** Whether a phrase of a deck reports someone's part (PART_VERB, GAVE_REPORT). */
export function reportsPart(phrase: string): boolean {
  const p = phrase.trim();
  return p.length >= 4 && p.length <= 30 && (PART_VERB.test(p) || GAVE_REPORT.test(p));
}

/**
 * A news deck under a headline that reports who did what at the event (张某等在主席台就座 李某作政府工作报告
 * 王某主持会议; 省长某某出席 副省长某某主持): phrases set apart by spaces, two and at least half of them a
 * person's part. It is the story's, not the headline's: no title, and no second line of a two-line headline.
 */
export function isDeck(text: string): boolean {
  const phrases = text.trim().split(/[ \u3000]+/);
  const parts = phrases.filter(reportsPart).length;
  // Two parts at least: one (省长某某 向大会作政府工作报告) may be a poster headline's second line.
  return parts >= 2 && parts * 2 >= phrases.length && text.length <= 80 && !/[。！？]/.test(text);
}

/**
 * A site's run after the headline's last bar or underscore, as a page's <title> prints it (…解读政策措施|99国产
 * 精品…, …工作会议｜天天彩票官网, …預算案_某某即時新聞網): where the headline ends, or -1. The run names no genre
 * and is shorter than the headline; a column's name before a bar (两会｜…) is a lead, not a tail.
 */
export function siteTailAt(text: string): number {
  const m = /[|｜_]([^|｜_]{2,24})$/.exec(text.slice(-26));
  if (!m) return -1;
  const at = text.length - m[0].length;
  const head = text.slice(0, at).trimEnd();
  const tail = m[1]!.trim();
  if (head.length < 8 || tail.length >= head.length || /\s/.test(tail) || namesGenre(tail) || /\d{4}/.test(tail)) return -1;
  return head.length;
}

/** A key that names who issued a document (发文机关: 某市人民政府), both scripts. */
const ISSUER_KEY =
  /(?:发文机关|發文機關|发文机构|發文機構|发文单位|發文單位|成文机关|成文機關|成文单位|成文單位|制发机关|制發機關|发布机关|發布機關)\s*[:：]\s*/g;

/** The issuers the lines above `to` name (发文机关：…), each value as it runs on its line. */
function issuerValues(lines: Lines, to: number): string[] {
  const out: string[] = [];
  for (let li = Math.max(0, to - 60); li < to; li++) {
    const t = lines.at(li).text;
    if (t.length > 400) continue;
    for (const m of t.matchAll(ISSUER_KEY)) out.push(t.slice(m.index + m[0].length).trim());
  }
  return out;
}
/** The value names `office`, whole (洛阳市人民政府, not 洛阳市人民政府办公室). */
const names = (value: string, office: string) => value.startsWith(office) && !/^[\p{Script=Han}]/u.test(value.slice(office.length));

/**
 * Whether a line above `to` (the page's metadata) names `office` as the document's issuer (发文机关: 洛阳市人民政府):
 * then the office's line over 关于… is the title's start, as when the office signs the document.
 */
export function namedIssuer(lines: Lines, office: string, to: number): boolean {
  return issuerValues(lines, to).some((v) => names(v, office));
}

/** Whether the lines above `to` name some issuer (发文机关：…) that is not `office`: the office's line is the site's then. */
export function namedOtherIssuer(lines: Lines, office: string, to: number): boolean {
  return issuerValues(lines, to).some((v) => v !== '' && !names(v, office));
}

/** A site's notice box's label (重要公告, 【系統公告】, 温馨提示：…), alone or with its text glued after a colon. */
const BOX_LABEL =
  /^[【[]?(?:重要公告|重要通知|重要提醒|网站公告|網站公告|系统公告|系統公告|维护公告|維護公告|温馨提示|溫馨提示|温馨提醒|溫馨提醒|特别提示|特別提示|特别提醒|特別提醒|友情提示|友情提醒|系统提示|系統提示|网站提示|網站提示|防骗提醒|防騙提醒|网站声明|網站聲明)[】\]]?(?:\s*[:：].*)?$/;
/** A box's close button: ×, 关闭, 關閉按鈕, [关闭]. */
const CLOSE = /^[【[]?\s*(?:[×xX✕✖]|关闭|關閉|关闭按钮|關閉按鈕|关闭窗口|關閉窗口)\s*[】\]]?$/;
/** A box's text: a sentence, or a line leading into its links (…详情请浏览以下新闻公报:). */
const BOX_TEXT = (t: string) => t.length >= 12 && (/[。！？!?]/.test(t) || /[:：]$/.test(t));

/**
 * At line `li`, before any title: a site's notice box (its label, its close button, its text, and the links its
 * text leads into, short lines with the same last two characters) over the page. The line after the box, or -1
 * when `li` opens none or nothing of the page follows the box.
 */
export function noticeBoxEnd(lines: Lines, li: number): number {
  const label = lines.at(li).text.trim();
  if (!BOX_LABEL.test(label)) return -1;
  let k = li + 1;
  let text = BOX_TEXT(label.replace(BOX_LABEL_HEAD, ''));
  let leads = /[:：]$/.test(label);
  const filled = (at: number) => lines.at(at).text.trim();
  for (; k < lines.length; k++) {
    const t = filled(k);
    if (t === '' || CLOSE.test(t)) continue;
    if (BOX_TEXT(t) && lines.at(k).end - lines.at(k).start <= 600) {
      text = true;
      leads = /[:：]$/.test(t);
      continue;
    }
    break;
  }
  if (!text) return -1;
  // The links the text leads into (二零一九年十月八日的新闻公报 ⏎ 二零一七年四月五日的新闻公报): their endings match.
  if (leads) {
    const links: number[] = [];
    for (let j = k; j < lines.length && links.length < 12; j++) {
      const t = filled(j);
      if (t === '') continue;
      const prev = links.length > 0 ? filled(links.at(-1)!) : null;
      const next = nextFilledAt(lines, j);
      const same = (o: string | null) => o !== null && o.length <= 40 && o.slice(-2) === t.slice(-2);
      if (t.length > 40 || !(same(prev) || (prev === null && same(next)))) break;
      links.push(j);
    }
    if (links.length >= 2) k = links.at(-1)! + 1;
  }
  while (k < lines.length && (filled(k) === '' || CLOSE.test(filled(k)))) k++;
  // A page that is itself the notice goes on with its signature (某县卫生健康局 ⏎ 2025年7月1日): no box of a site's.
  if (k >= lines.length || isIssuingOffice(filled(k)) || isDateOnly(filled(k))) return -1;
  return k;
}
const BOX_LABEL_HEAD = /^[【[]?\p{Script=Han}{4}[】\]]?\s*[:：]?/u;

/** The next line with something on it after `li`, or null. */
function nextFilledAt(lines: Lines, li: number): string | null {
  for (let k = li + 1; k < Math.min(lines.length, li + 5); k++) {
    const t = lines.at(k).text.trim();
    if (t !== '') return t;
  }
  return null;
}

/**
 * At line `li`: a notice box over the page, before any row that could be its title (noticeBoxEnd): the box's lines
 * made furniture rows, and the line after it returned; -1 when there is none.
 */
export function skipNoticeBox(lines: Lines, li: number, rows: Row[]): number {
  if (rows.some((r) => r.kind === 'candidate' && !isNeverTitle(r.text) && !CLOSE.test(r.text))) return -1;
  const end = noticeBoxEnd(lines, li);
  for (let k = li; k < end; k++) if (lines.at(k).text.trim() !== '') rows.push({ li: k, kind: 'furniture', text: '' });
  return end;
}

/**
 * A genre's name that opens with its ordinal (第十一个五年规划纲要, 第三次全国经济普查公报, 第五届…会议决议): it says
 * which one but not whose, so on a cover set out in lines the line above it (瓯海区国民经济和社会发展) is its start.
 */
export const ORDINAL_HEAD = /^第[\d〇零一二三四五六七八九十百]{1,4}(?:个|個|次|届|屆)/;

const KNOWN = anyScript(KNOWN_KEYS); // in any script's form: 徵集時間 as 征集时间
/** A space, then a word and its colon: where a pair may start after a title on its line. */
const KEY_AFTER_SPACE = /[ \u3000]+([^\s:：]{2,8})\s*[:：]/g;

/**
 * A title with the page's pairs glued after it on its line (某某纲要(附全文) 发布时间:2021-03-01 17:50): where
 * the title ends and the pairs, or null. The pairs are all of known keys and the rest of the line is nothing but
 * them; the head looks like a title on its own. Only a line's first 300 characters are looked at.
 */
export function titleThenPairs(line: string, isMarker: (s: string) => boolean): { end: number; pairs: { key: string; value: string }[] } | null {
  const t = line.trimEnd();
  if (t.length > 300) return null;
  for (const m of t.matchAll(KEY_AFTER_SPACE)) {
    if (m.index < 6) continue;
    if (!KNOWN.has(m[1]!)) return null; // the first key-like word decides: an unknown one is the title's own (某某：…)
    const head = t.slice(0, m.index);
    if (metaPairs(head, isMarker) !== null) return null; // a row of pairs (发布时间：… 来源：…), no title before them
    const found = metaPairs(t.slice(m.index), isMarker);
    if (!found || found.pending || found.pairs.length === 0 || !found.pairs.every((p) => KNOWN.has(p.key) && p.value !== '')) return null;
    const title = cleanTitle(head.trim());
    if (title.length < 6 || !looksLikeTitle(title) || isNeverTitle(title) || !/\p{Script=Han}{3}/u.test(title)) return null;
    return { end: m.index, pairs: found.pairs };
  }
  return null;
}

/** A label that names what the page is about, alone with its colon: 主题:, 题目:, 征集主题: (its value on a line below). */
const SUBJECT_LABEL = /^(?:主题|主題|题目|題目|议题|議題|征集主题|徵集主題|标题|標題|名称|名稱)\s{0,3}[:：]$/;

/**
 * A label of the page's subject alone on its line (a consultation card's 主题: ⏎ 关于征求…意见的函): the card's,
 * and the line under it a title row, not an end of the header. With a value on its line (主题：书香满城) it is the text's.
 */
export const isSubjectLabel = (line: string): boolean => SUBJECT_LABEL.test(line.trim());

/** A date near a one-line scrape's start, with its key or bare: 發布時間: 2023/05/05, 2021-03-21 17:40. */
const RUN_ON_DATE =
  /(?:(發布時間|发布时间|發佈時間|更新時間|更新时间|时间|時間|日期)\s*[:：]\s*)?((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \u3000]\d{1,2}:\d{2}(?::\d{2})?)?)(?![\d:])/;
/** A short word of its own at either end of the head: a category (綜合), a section (政情), a source (芋傳媒). */
const SHORT_WORD = /^\p{Script=Han}{2,3}$/u;

/**
 * A one-line scrape of a news item: the headline, then its date (keyed or bare), then the text, all on one long
 * line (綜合 某headline 芋傳媒 2021-03-21 17:40 基隆市府…; 某headline 政情 發布時間: 2023/05/05 分享: …). The
 * headline's span, without a short category, section or source word at either end, its date as a pair, and where
 * the text starts; or null. The text must go on after the date; only the line's first 320 characters are looked at.
 */
export function datedRunOn(line: string): { start: number; end: number; pair: { key: string; value: string } | null; rest: number } | null {
  const m = RUN_ON_DATE.exec(line.slice(0, 120));
  if (!m || m.index < 8 || !/[ \u3000]/.test(line[m.index - 1]!)) return null; // set apart: 将于2017年… is a sentence's
  const phrases = [...line.slice(0, m.index).matchAll(/[^ \u3000]+/g)];
  let a = 0;
  let b = phrases.length;
  const long = (from: number, to: number) => phrases.slice(from, to).some((p) => p[0].length >= 6);
  // Not a speaker's name before the colon of what they said (麥美娟 :區會履職制…, a space before the colon).
  if (b - a >= 2 && SHORT_WORD.test(phrases[a]![0]) && !/^[:：]/.test(phrases[a + 1]![0]) && long(a + 1, b)) a++;
  if (b - a >= 2 && SHORT_WORD.test(phrases[b - 1]![0]) && long(a, b - 1)) b--;
  if (a >= b) return null;
  const start = phrases[a]!.index;
  const end = phrases[b - 1]!.index + phrases[b - 1]![0].length;
  const head = line.slice(start, end);
  if (head.length < 8 || /[，,；;。！？]/.test(head) || !looksLikeTitle(head) || isNeverTitle(head)) return null;
  let rest = m.index + m[0].length;
  const share = /^(?:[ \u3000]*(?:分享|分享到|分享至)[:：]?)+/.exec(line.slice(rest, rest + 40));
  if (share) rest += share[0].length;
  // The text goes on after the date, on the same line: a sentence or more.
  const text = line.slice(rest, rest + 200);
  if (text.trim().length < 30 || !/[。，,]/.test(text)) return null;
  // A bare date that opens a meeting line (2024年2月2日在某区第六届人民代表大会第五次会议上): the day the speech was given, as
  // the meeting line under a report's title says it, no date of the page's. A news item's lead that opens at its meeting
  // (2024年2月2日 在全县经济工作会议上，县委书记强调…) goes on with a comma: its date is the page's.
  const meeting =
    m[1] === undefined &&
    /^[ \u3000]?在[^。，,；;]{2,60}?(?:会议|會議|大会|大會|会|會)上(?![，,、])/.test(line.slice(m.index + m[0].length, m.index + m[0].length + 80));
  return { start, end, pair: meeting ? null : { key: m[1] ?? '日期', value: m[2]! }, rest };
}

/**
 * A one-line page's headline glued before its text's first sentence with a space (合作創雙贏 高虹安拜會竹縣府、議會
 * 新竹市長當選人高虹安22日率隊拜訪…,…): the headline's end and where the text starts, or null. The headline is the run
 * before the last space ahead of the first sentence's comma or stop: eight to forty characters, no sentence mark, no
 * byline or dateline; the text after it runs on for a sentence or more. Only the line's first 240 characters are read.
 */
export function spacedRunOn(line: string): { end: number; rest: number } | null {
  const t = line.slice(0, 240);
  const mark = /[，,。；;！？!?]/.exec(t);
  if (!mark || mark.index > 120) return null;
  const space = Math.max(t.lastIndexOf(' ', mark.index), t.lastIndexOf('\u3000', mark.index));
  if (space < 8) return null;
  const head = t.slice(0, space).trim();
  // The marks are read without a converter's pinyin residue (本報(bào)訊 記者某某 is a news mark and a byline).
  const plain = withoutPinyin(head);
  if (head.length < 8 || head.length > 40 || /[：:《》「」“”"]/.test(head) || !looksLikeTitle(head) || isNeverTitle(plain) || isByline(plain)) return null;
  // Not a dateline (中評社香港10月20日電(記者 …), whose bracket closes in the text.
  if (!/\p{Script=Han}{4}/u.test(head) || /^(?:本报讯|本報訊)|\d{1,2}日(?:電|电|讯|訊)|(?:^|\s)(?:记者|記者)/.test(plain) || unbalanced(head)) return null;
  const text = line.slice(space + 1, space + 241);
  if (text.trim().length < 60 || !/[。，,]/.test(text) || !/\p{Script=Han}/u.test(text[0] ?? '')) return null;
  // A news story's lead names its day (…高虹安22日率隊拜訪…, 昨天, 近日): a report's first clause spaced from the rest
  // (在市委市政府的坚强领导下 全县上下…, 过去一年是极不平凡的一年 面对…) is no headline.
  if (!NEWS_DAY.test(text.split(/[。！？!?]/, 1)[0]!)) return null;
  let rest = space + 1;
  while (/[ \u3000]/.test(line[rest] ?? '')) rest++;
  return { end: t.indexOf(head) + head.length, rest };
}

/** A news lead's day: 22日, 二十二日, 昨天, 今日, 近日, 日前. */
const NEWS_DAY = /(?:[\d０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日|[昨今前][天日]|近日|日前/;

/** Whether a bracket opens in `t` and does not close there. */
const unbalanced = (t: string): boolean => (t.match(/[(（【[]/g)?.length ?? 0) !== (t.match(/[)）】\]]/g)?.length ?? 0);

/** A site's own name as its pages' <title> ends: …门户网站, …人民政府, …全球資訊網, …新闻网, 某某在线. */
const SITE_END = /(?:网站|網站|门户|門戶|网|網|人民政府|政府|在线|在線|平台|官网|官網)$/;
/** The separator of a page's <title> (标题 - 站点, 标题_站点, 标题 | 站点, 标题－站点). */
const PAGE_TITLE_SEP = /[ \u3000]+[-－—|｜_][ \u3000]+|[_｜－]/g;

/**
 * A page's <title> line, the headline then the site's name (某县2024年…年度报告 - 某县人民政府门户网站, 某縣113年度施政報告
 * －某縣政府全球資訊網): where the headline ends, or -1. The last separator decides; the site's part has no space and
 * names a site, the headline part looks like a title of six characters or more. Only a line of 160 characters or
 * fewer is looked at.
 */
export function titleBeforeSite(text: string, below: () => string = () => ''): number {
  const t = text.trimEnd();
  if (t.length > 160) return -1;
  let last: RegExpExecArray | null = null;
  for (const m of t.matchAll(PAGE_TITLE_SEP)) last = m as RegExpExecArray;
  const end = last && isSiteName(t.slice(last.index + last[0].length).trim()) ? headlineEnd(t, last.index) : -1;
  if (end > 0) return end;
  const chain = siteChainAt(t);
  return chain > 0 ? chain : siteGluedAt(t, below);
}

/** A site's name glued after the headline with the kind of page it is (…成立某某网文章, …开幕某某网新闻): the site's word and the page's. */
const GLUED_SITE = /[网網](?:文章|新闻|新聞|资讯|資訊)$/;

/**
 * A page's <title> with no separator before the site's name (最年轻城市 某市成立某某网文章): where the headline ends,
 * or -1. The headline's words are the text's and the site's name is not: the headline ends after the last pair of
 * characters the text under it says, the name after it (two to eight characters, up to 网文章) the text never says.
 */
function siteGluedAt(t: string, below: () => string): number {
  const tail = GLUED_SITE.exec(t);
  if (!tail) return -1;
  const body = below();
  for (let cut = tail.index - 2; cut >= Math.max(2, tail.index - 8); cut--) {
    if (body.includes(t.slice(cut, tail.index + 1))) return -1; // the text names the site: no glued name to cut
    if (/\p{Script=Han}{2}/u.test(t.slice(cut - 2, cut)) && body.includes(t.slice(cut - 2, cut))) return headlineEnd(t, cut);
  }
  return -1;
}

/** A site's name: short, no space, ending as a site's does (…网, …门户网站), no genre's name. */
const isSiteName = (site: string): boolean =>
  site.length >= 2 && site.length <= 24 && !/\s/.test(site) && SITE_END.test(withoutPinyin(site)) && !namesGenre(site);

/** Where the headline before `at` ends, if it looks like a headline of six characters or more and no breadcrumb; else -1. */
function headlineEnd(t: string, at: number): number {
  const head = t.slice(0, at).trimEnd();
  if (head.length < 6 || !looksLikeTitle(head) || isNeverTitle(head) || !/\p{Script=Han}{3}/u.test(head)) return -1;
  // A path of names (首页 - 政务公开 - 某县人民政府) is a breadcrumb, not a headline and its site.
  if (/[>»›＞]|[ \u3000][-－—|｜_][ \u3000]/.test(head)) return -1;
  return head.length;
}

/** Where a page <title>'s site chain may start: one or two underscores, a bar, a spaced dash. */
const CHAIN_START = /[_＿]{1,2}|[|｜]|[ \u3000]+[-－—][ \u3000]+/g;
/** The marks between a chain's parts: underscores, bars, dashes, hyphens, with or without spaces. */
const CHAIN_SEP = /[ \u3000]*(?:[_＿]{1,2}|[|｜]|—{1,2}|－|-)[ \u3000]*/;

/**
 * A page's <title> whose site part is a chain (标题__新闻频道——某某网-某市唯一重点新闻门户网; 标题_时政要闻_某某新闻网;
 * 標題 | 新聞頻道 | 某某網): where the headline ends, or -1. From the first separator whose rest is two or more short
 * parts with no space, date or genre's name, one of them a site's name; the headline before it is whole (a ——line of its
 * own, …之四, stays).
 */
function siteChainAt(t: string): number {
  for (const m of t.matchAll(CHAIN_START)) {
    const parts = t
      .slice(m.index + m[0].length)
      .trim()
      .split(CHAIN_SEP);
    if (parts.length < 2 || parts.some((p) => p.length < 2 || p.length > 24 || /\s/.test(p) || /\d{4}/.test(p) || namesGenre(p))) continue;
    if (!parts.some(isSiteName)) continue;
    return headlineEnd(t, m.index);
  }
  return -1;
}

/** A bracket closing a line, and what it holds: （来源：某县应急局）. */
const BRACKET_TAIL = /[(（【[]\s*([^()（）【】[\]]{2,48})[)）】\]]$/;

/**
 * A title with one pair in brackets glued after it (…的通知（来源：某县应急局）): where the title ends and the pair, or
 * null. The key must be a known one; a qualifier (2023年), a document number, a tag stays the title's, and so does a
 * date alone (a speech's （2025年1月5日）: the date's rules decide it).
 */
export function titleThenBracket(line: string): { end: number; pairs: { key: string; value: string }[] } | null {
  const t = line.trimEnd();
  if (t.length > 200) return null;
  const m = BRACKET_TAIL.exec(t.slice(-52));
  if (!m) return null;
  const inner = m[1]!.trim();
  const kv = /^([^:：\s]{2,8})\s*[:：]\s*(\S.*)$/.exec(inner);
  if (!kv || !KNOWN.has(kv[1]!)) return null;
  const pair = { key: kv[1]!, value: kv[2]!.trim() };
  const head = t.slice(0, t.length - m[0].length).trimEnd();
  if (head.length < 6 || !looksLikeTitle(head) || isNeverTitle(head) || !/\p{Script=Han}{3}/u.test(head) || metaPairs(head, () => false) !== null) return null;
  return { end: head.length, pairs: [pair] };
}
