// Lines that are never a title by their shape, whatever their words (issue 26, round 13): a paper's page
// label (第A03版:要闻), a "you are here" line (路徑 : 服務介紹 > 最新消息) or a chain of short names joined by
// arrows, a menu's line of short names joined by _ | · or wide gaps (就業服務處_青年就業服務); a date of any
// calendar glued before a heading (96.3.21 國際自由車環台賽在彰化: the date is the page's, the heading its
// title); and a news text's first crosshead under a photo's caption, its siblings further down. Each
// pattern is bounded or anchored so that it stays linear on a long line. Imports no ui.
import { CAPTION_CREDIT, isByline, isCreditedCaption } from './bylines.js';
import type { Lines, Row } from './lines.js';
import { keyOnly } from './meta.js';
import { CAPTION, namesGenre, withoutPinyin } from './page.js';
import { isFramedSlogan, isListCount, isSiteEditionLine, isStatsLine } from './title-furniture.js';
import { PHOTO_CAPTION, SITE_WORD } from './title-noise.js';
import { isSiteBoxLine } from './title-site-words.js';

/**
 * A paper's page label, with its section perhaps: 第A03版:要闻, A3版 要闻, 第05版：综合新闻, 第1版(要闻), 【第3版】, 要闻·A03版,
 * 第三版 地方新聞. The page number is the key (第…版), so no pair either; 版面:03 要闻 (a key with a value) is
 * left to the pairs.
 */
const PAGE_LABEL = '[【[]?\\s*(?:第\\s*)?[A-Za-z]{0,2}\\s*[\\d一二三四五六七八九十〇零]{1,5}\\s*版\\s*[】\\]]?';
// A section's name set apart (第3版 : 地方新聞), in brackets (第1版(要闻)) or glued when short (A3版要闻); a headline glued on
// (第3版城市总体规划获批) is none.
const SECTION = '(?:\\s*[:：·・|｜]\\s*|\\s+)\\p{Script=Han}{1,6}|\\s*[(（]\\s*\\p{Script=Han}{1,6}\\s*[)）]|\\p{Script=Han}{1,4}';
const EDITION = new RegExp(`^(?:${PAGE_LABEL}(?:${SECTION})?|\\p{Script=Han}{1,6}\\s*[:：·・|｜]?\\s*${PAGE_LABEL})$`, 'u');
export const isPageLabel = (t: string): boolean => t.length <= 30 && EDITION.test(t);

/** The label of a "you are here" line, qualified (当前位置, 您現在的位置, 目前位置) or bare (位置, 路徑, 導覽). */
const WHERE_QUALIFIED = '(?:您|你|我)?(?:现在|現在|当前|當前|目前|所在)?(?:的)?(?:所在)?位置';
const WHERE_BARE = '(?:位置|路径|路徑|导航|導航|导览|導覽|网站导航|網站導覽)';
/** The label at the line's start, a column's name perhaps before it (lazy: 您现在的位置 is one label), and its colon. */
const WHERE_LEAD = new RegExp(`^[【[]?\\s*(?:\\p{Script=Han}{1,8}?\\s*)??(${WHERE_QUALIFIED}|${WHERE_BARE})\\s*[:：]\\s*`, 'u');
/** A home page's name that starts a crumb: 首页, 首頁, 网站首页, Home. */
const HOME = /^(?:首页|首頁|网站首页|網站首頁|主页|主頁|home|Home|HOME)/;
/** The arrows a crumb joins its names with: > » › → ＞ (a slash only with three names or after home). */
const ARROW = /\s*(?:>>|>|＞|›|»|→)\s*/;

/**
 * A chain of short names joined by arrows (服務介紹 > 最新消息, 新闻中心 » 地方新闻 » 正文): a crumb, wherever it
 * sits. Each name of one to sixteen characters with a letter or Han in it and no sentence's mark; no
 * title of the real pages holds an arrow.
 */
export function isNameChain(text: string): boolean {
  const t = text.trim();
  // A quote or a bracket is a headline's (从“制造”到“智造”→…), a number beside > a comparison (增长>6%).
  if (t.length > 120 || !ARROW.test(t) || /[。！？；，,“”「」《》"]|\d\s*[>＞]|[>＞]\s*\d/.test(t)) return false;
  const names = t.split(ARROW).map((s) => s.trim());
  if (names[0] === '') names.shift(); // > 正文: the crumb's first name left out
  // An arrow alone between two places is a route's (成都→重庆高铁开通); a crumb's → joins three names at least.
  const least = /→/.test(t) && !/>|＞|›|»/.test(t) ? 3 : 2;
  return names.length >= least && names.every((n) => n.length >= 1 && n.length <= 16 && /[\p{Script=Han}A-Za-z]/u.test(n));
}

/**
 * A "you are here" line: its label (qualified: any value; bare: nothing, a crumb, or home's name after it),
 * in either script, any colon, spaced: 当前位置：首页 > 政务公开, 路徑 : 服務介紹 > 最新消息, 導覽： 首頁/最新消息, 位置:.
 * A bare 位置: with an address after it (位置：人民路1号) is an event's place, no crumb.
 */
export function isWhereLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 160) return false;
  const m = WHERE_LEAD.exec(t);
  if (!m) return false;
  if (new RegExp(`^${WHERE_QUALIFIED}$`, 'u').test(m[1]!) && m[1] !== '位置') return true;
  const rest = t.slice(m[0].length);
  return rest === '' || HOME.test(rest) || isNameChain(rest) || rest.split(/\s*\/\s*/).length >= 3;
}

/** The marks a menu joins its links with: _ | ｜ · ・, a slash, or a wide gap (two spaces, an ideographic space). */
const MENU_SEP = /\s*[_|｜·・/]\s*|\s{2,}|\u3000+/;

/**
 * A menu's line of links: short names joined by _ | · / or wide gaps (就業服務處_青年就業服務, 政务公开 | 办事服务 |
 * 互动交流, 首页　新闻　通知). Each name two to ten characters with Han, none a sentence, a date, a pair or a genre's
 * name (a page's <title> 某县政府工作报告_某县人民政府 names its document); with a slash, a dot or gaps, three names
 * at least (安東尼·布林肯訪華, 两岸/台北报道团… are a headline's). A byline (政治中心/基隆報導) is left to bylines.ts.
 */
export function isMenuLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[。！？；，,:：]/.test(t) || isByline(t)) return false;
  const names = t.split(MENU_SEP).filter((n) => n !== '');
  if (names.length < 2) return false;
  const twoWay = /[_|｜]/.test(t) && !/[·・/]|\s{2,}|\u3000/.test(t); // an underscore or a bar: two names are enough
  if (names.length < (twoWay ? 2 : 3)) return false;
  // A key and its value set apart by a bar (来源 | 县融媒体中心) is a pair.
  if (keyOnly(names[0]!) !== null) return false;
  // Two names, the last a site's (春耕正当时 | 某县融媒, 某县召开安全会议_某县新闻网): a page's <title>, its headline first.
  if (names.length === 2 && (SITE_WORD.test(names[1]!) || /(?:融媒|政府|门户|門戶|官网|官網)$/.test(names[1]!))) return false;
  // A link's name is short; three phrases of a headline set apart by ideographic spaces run longer than six.
  const most = twoWay ? 10 : 6;
  return names.every((n) => n.length >= 2 && n.length <= most && /\p{Script=Han}/u.test(n) && !/\d{2,4}\s*[-/.年]\s*\d{1,2}/.test(n) && !namesGenre(n));
}

/** A list's column heads that are no keys of the page (序号, 操作), beside the keys meta.ts knows. */
const LIST_HEADS = new Set(['序号', '序號', '操作', '下载', '下載', '附件', '状态', '狀態', '点击率', '點擊率']);
/**
 * A row of keys with no values (索引号 发布机构 生成日期, | 序号 | 标题 | 发文字号 |): a list's or a table's head, no
 * title and no pairs. Two keys at least, set apart by spaces or bars, none with a colon (索引号： is a key left empty).
 */
export function isKeysRow(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[:：]/.test(t)) return false;
  const cells = t.split(/[\s\u3000|｜]+/).filter((c) => c !== '');
  return cells.length >= 2 && cells.every((c) => LIST_HEADS.has(c) || keyOnly(c) !== null);
}

/** A column's label and its name (所属栏目：通知公告, 當前欄目: 縣政新聞, 频道：要闻, 专题：2025全国两会): where the page sits. */
const COLUMN_LABEL = /^[【[]?\s*(?:所属|所屬|当前|當前|本)?(?:栏目|欄目|频道|頻道|专题|專題)\s*[】\]]?\s*[:：]\s*\S.{0,30}$/;
/** A site's column by its last word (新闻, 动态, 公开, 服务, 招商, 旅游 …). */
const COLUMN =
  '(?:新闻|新聞|要闻|要聞|动态|動態|资讯|資訊|公开|公開|服务|服務|招商|引资|引資|旅游|旅遊|概况|概況|中心|互动|互動|专题|專題|专栏|專欄|信箱|指南|下载|下載|首页|首頁)';
const COLUMN_WORD = new RegExp(`${COLUMN}$`);
/** A column's name alone in brackets or after a list's mark (【县区动态】, [工作动态], ▍滁州要闻): a section's label. */
const MARKED = new RegExp(`^(?:[【[]\\s*\\p{Script=Han}{0,6}${COLUMN}\\s*[】\\]]|[▍▌■◆●|｜]\\s*\\p{Script=Han}{0,6}${COLUMN})$`, 'u');
/**
 * A menu set apart by single spaces: the home page's name first and two names after it (首页 走进花莲 县政新闻 招商引资),
 * or four names at least, two of them a column's (走进滁州 滁州要闻 政务公开 招商引资). Each name two to eight
 * characters, none a sentence or a genre's name; a slogan's phrases (牢记嘱托 感恩奋进 …) name no column.
 */
export function isSpacedMenu(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[。！？；，,:：、]/.test(t)) return false;
  const names = t.split(/[\s\u3000]+/);
  if (names.length < 3 || !names.every((n) => n.length >= 2 && n.length <= 8 && !namesGenre(n) && !/\d{2,4}\s*[-/.年]/.test(n))) return false;
  if (HOME.test(names[0]!) && names[0]!.length <= 4) return true;
  return names.length >= 4 && names.filter((n) => COLUMN_WORD.test(n)).length >= 2;
}

/**
 * A line that is furniture by its shape: a paper's page label, a "you are here" line, a crumb, a menu's links (joined
 * by marks or spaces), a column's label or its name marked, a site's box (a switcher, the weather, a pager, comments,
 * accounts, a player; title-site-words.ts), a row of keys.
 */
export const isShapeFurniture = (text: string): boolean => {
  const t = text.trim();
  return (
    t !== '' &&
    (isPageLabel(t) ||
      isWhereLine(t) ||
      isNameChain(t) ||
      isMenuLine(t) ||
      isSpacedMenu(t) ||
      COLUMN_LABEL.test(t) ||
      MARKED.test(t) ||
      isSiteBoxLine(withoutPinyin(t)) || // a converter's pinyin left out: 公眾號(hào)二維碼
      isSiteEditionLine(t, withoutPinyin) ||
      isFramedSlogan(t) ||
      isListCount(t) || // a list's count and page size (1825筆資料,每頁顯示 10 筆): the header goes on to its first item
      isStatsLine(t) || // a page's counts (44808 3076, 阅读 1.2万 点赞 36): its furniture, the header goes on under it
      isKeysRow(t))
  );
};

/**
 * A date of another calendar glued before a heading: the Republic of China's year with dots, slashes or hyphens
 * (96.3.21, 113.05.02, 113/5/2: a year of 40 to 199 and a real month and day, so a section's number 12.3.1 is
 * none), or a month and day set apart by a space (5月1日 某县…). The forms with a full year (2024.5.1, 113年5月2日)
 * are meta.ts's dateBeforeTitle. The heading after it starts with Han and is six characters at least.
 */
const CALENDAR_LEAD =
  /^((?:[4-9]\d|1\d{2})\s*([./-])\s*(?:0?[1-9]|1[0-2])\s*\2\s*(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])\s*月\s*(?:0?[1-9]|[12]\d|3[01])\s*日(?=[ \u3000]))[ \u3000]*(?=\p{Script=Han})/u;
export function calendarDateLead(line: string): { date: string; at: number } | null {
  const m = CALENDAR_LEAD.exec(line);
  if (!m || line.length - m[0].length < 6 || /[。！？，,；]/.test(line.slice(m[0].length))) return null;
  return { date: m[1]!.trim(), at: m[0].length };
}

/**
 * The forms of a date after a heading: the Taiwan calendar's, a full year's (with its time perhaps), a month and day;
 * bare or in square brackets. In round ones it is a speech's date, the title's (某某的讲话 （2025年1月5日）).
 */
const DATE_AFTER =
  /[ \u3000]+[[【]?((?:[4-9]\d|1\d{2})([./-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日)[\]】]?$/;
// The day itself tight as a template prints it: a PDF's text layer spaces a speech's own date (（ 2025 年 1 月 5 日 ）).
const ANY_DAY =
  '\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}([./-])\\d{1,2}\\2\\d{1,2}|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日';
const DAY_IN_SPACED_BRACKETS = new RegExp(`[ \\u3000]*[(（][ \\u3000]+(${ANY_DAY})[ \\u3000]+[)）]$`);
const MACHINE_DAY_IN_BRACKETS = /[ \u3000]*[(（](\d{4}([./-])\d{1,2}\2\d{1,2}|\d{4}年(?:0\d月\d{1,2}|\d{1,2}月0\d)日)[)）]$/;
/**
 * A whole day in round brackets closing the heading's line as a site's template prints the page's date: padded with
 * spaces inside the brackets (关于…的报告 ( 2026年02月12日 )), or in a machine's digits ((2024-03-11), (2026年02月12日), a month
 * or day with its 0). Its 日期, as it is when printed under the title. A speech's date as its author wrote it (某某报告
 * (2025年1月20日)), a year alone or a year's name ((2023年), (2022年政府工作报告)) are the title's and stay in it.
 */
const dayInBrackets = (t: string) => DAY_IN_SPACED_BRACKETS.exec(t) ?? MACHINE_DAY_IN_BRACKETS.exec(t);
/**
 * A date of any calendar set apart after a heading at its line's end (國際自由車環台賽在彰化 96.3.21, 某县召开安全生产
 * 会议 2025-03-01 10:30, … [5月1日]): the date, and where it starts. Only a line's last 60 characters are tried.
 */
export function dateAfterHeading(line: string): { date: string; at: number } | null {
  const from = Math.max(0, line.length - 60);
  const m = DATE_AFTER.exec(line.slice(from)) ?? dayInBrackets(line.slice(from));
  if (!m) return null;
  const at = from + m.index;
  const head = line.slice(0, at);
  if ((head.match(/\p{Script=Han}/gu)?.length ?? 0) < 6 || /[。！？，,；;:：|｜]/.test(head)) return null;
  // A row of pairs with no colons (发布机构 市交通运输局 发布日期 2015-10-15): a key among its words.
  if (head.split(/[\s\u3000]+/).some((w) => keyOnly(w) !== null)) return null;
  return { date: m[1]!, at };
}

/** A short heading between paragraphs: six to thirty characters, no sentence's mark. */
const isHeadingShape = (t: string) => t.length >= 6 && t.length <= 30 && !/[。！？；，,:：]/.test(t);
/** A paragraph: a sentence's mark in it, or a long run. */
const isParagraph = (t: string) => /[。！？]/.test(t) || t.length > 60;

/**
 * A news text's first crosshead taken for its title: the row stands right under a photo's caption at the page's
 * top (the headline over the photo was not copied), right over a paragraph, and the text under it has two more
 * short headings of its kind, each between paragraphs (or the last line of the copy) (敬老、博愛卡補助翻倍到1千點, 明年預算少20億 但建設不會停).
 * At most 80 lines under it are looked at.
 */
export function isFirstCrosshead(lines: Lines, rows: Row[], row: Row): boolean {
  const k = rows.indexOf(row);
  const above = rows.slice(0, k).filter((r) => lines.at(r.li).text.trim() !== '');
  const caption = above.at(-1);
  if (caption === undefined) return false; // a caption by its words, whichever kind of row it was read as
  const ct = lines.at(caption.li).text.trim();
  if (!(CAPTION.test(ct) || CAPTION_CREDIT.test(ct) || PHOTO_CAPTION.test(ct))) return false;
  if (!isHeadingShape(row.text)) return false;
  const filled: string[] = [];
  for (let li = row.li + 1; li < Math.min(lines.length, row.li + 80); li++) {
    const t = lines.at(li).text.trim();
    if (t !== '') filled.push(t.slice(0, 200));
  }
  if (filled[0] === undefined || !isParagraph(filled[0])) return false;
  let siblings = 0;
  // The copy may stop right under the last one (a page trimmed to its head).
  for (let j = 1; j < filled.length; j++)
    if (isHeadingShape(filled[j]!) && isParagraph(filled[j - 1]!) && (j + 1 === filled.length || isParagraph(filled[j + 1]!))) siblings++;
  return siblings >= 2;
}

/** A name in title marks alone on its line (《天竺山景区》), perhaps with its photographer's credit after it (《江山如画》叶书有 摄). */
const MARKED_NAME = /^[《「『][^《》「」『』]{1,30}[》」』]/;
const isMarkedName = (t: string): boolean => {
  const m = MARKED_NAME.exec(t);
  return m !== null && (m[0].length === t.length || isCreditedCaption(t));
};

/**
 * Whether line `li` is one of a run of three or more names in title marks, one a line (blank lines aside): a gallery's
 * captions or a list of works (《巡检村花海》 ⏎ 《天竺山景区》 ⏎ 《江山如画》叶书有 摄 …), the pictures' names, never the
 * page's title. A title printed in its marks stands alone. At most 30 lines each way are looked at.
 */
export function inNamedList(lines: Lines, li: number): boolean {
  const own = lines.at(li).text.trim();
  if (!isMarkedName(own)) return false;
  // Three names at least, each its own: a title in its marks printed again (its <title>, its h1) is one name, the page's.
  const names = new Set([MARKED_NAME.exec(own)![0]]);
  for (const step of [-1, 1]) {
    for (let k = li + step, seen = 0; k >= 0 && k < lines.length && seen < 30 && names.size < 3; k += step, seen++) {
      const t = lines.at(k).text.trim();
      if (t === '') continue;
      if (!isMarkedName(t)) break;
      names.add(MARKED_NAME.exec(t)![0]);
    }
  }
  return names.size >= 3;
}
