// The title line as real pages spoil it: residue stuck to it (a file link, a page count, emoji), a
// subtitle and speaker joined to it on one line, a title that runs straight into the first paragraph
// (PDF text layers, one-line scrapes), a speech's meeting line standing under it, the issuing office
// standing over it. Pure string tests, and a row's candidate text; the choice among the rows header.ts
// reads is title-choice.ts's.
import type { Row } from './lines.js';
import { isDateOnly, isDocNumber } from './meta.js';
import { CAPTION, closingKind, DOMAIN, namesGenre, withoutPinyin } from './page.js';

/** Where the title lies in a row's text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** Residue at a title's end: a link (《…》[郝市長](…)), a file's size, a page count, a copy site's count. */
const TAIL_RESIDUE = [
  /\s*\[[^\]]{0,30}\]\s*[(（][^()（）]{0,60}[)）]$/, // [郝市長龍斌](書面報告Pdf檔/5082KB)
  /\s*[(（][^()（）]{0,40}\d+(?:\.\d+)?\s*[KMG]B[)）]$/i, // (PDF, 1.2 MB)
  /\s*[(（]\s*第?\s*\d+\s*[/／]\s*\d+\s*页?\s*[)）]$/, // (第20/30页)
  /\s*[-—_]\s*\d+\s*篇$/, // -10篇 (a copy site's collection)
  /\s*[(（]\s*全文\s*(?:\d+\s*字\s*)?[)）]$/, // (全文1896字), (全文)
  /\s*(?:分享到|分享至)\s*[:：]?$/, // 分享到: glued on by the share bar after it
  /\s*(?:本文简介|本文內容|本文内容|本文摘要|文章摘要)\s*[:：]$/, // 某某讲话 本文简介: (a copy site's label)
  /\s+(?:19|20)\d{2}$/, // 2022年某县统计公报 2022 (a site's year tag)
  /\s+\S{0,12}(?:长|長|主席|书记|書記|主任|总理|總理|部长|部長)\s+[\p{Script=Han}·]{2,4}$/u, // …的讲话 县长 王某某 (the speaker)
];
/** The longest residue above is under 120 UTF-16 units. */
const TAIL_WINDOW = 160;

/**
 * A copy site's or a column's tag before the title: [县长在县委书记]县长在…, 【文字解读】《…》文件解读, an
 * author's name and a spaced bar (张璋 | 政策执行中的…).
 */
const LEAD_TAG =
  /^(?:[[【][^[\]【】\n]{1,12}[\]】]\s*|\p{Script=Han}{2,4}\s+[|｜]\s+|[(（]\p{Script=Han}{1,8}(?:省|市|县|縣|区|區)[)）]|[(（](?![〇零一二三四五六七八九十]+[)）])\p{Script=Han}{1,6}[)）]\s*|\p{Script=Han}{2,8}\s*[│┃]\s*|[\p{Script=Han}\d]{2,10}\s*[■□▌▍◆◇丨]\s*|[\p{Script=Han}\d]{2,10}｜\s*)/u; // …, (海南省), (有片), 施政報告 │, 南方新闻网■, 施政報告2025｜

/** A site's status word before a rule's title: 已失效 廣州市政府信息公開規定. */
const STATUS_WORD = /^(?:已失效|已废止|已廢止|已修订|已修訂|已过期|已過期|现行有效|現行有效|失效|废止|廢止)[\s\u3000]+/;
/**
 * A site's own run glued before a title: its slogan and web address (秘书之家—全网资源每日更新www.mishuzj.com湖北省…),
 * or a spam site's name put where the city's was (365bet(中国)官方网站 2024年…, 188比分直播《…》政策解读). Only
 * before a title naming its genre; the prefix is bounded, so the pattern stays linear on a long line.
 */
const SITE_LEAD = [
  new RegExp(`^[^\\s]{0,30}?${DOMAIN.source}[\\s|｜/]*`, 'i'),
  /^[\p{Script=Han}A-Za-z0-9()（）]{1,16}?(?:官方网站|官方網站|官网|官網|网站|網站|直播|娱乐|娛樂|平台|彩票|体育|體育|棋牌)(?:[\s\u3000]+|(?=《))/u,
];

/** The title inside a row's text, residue and decoration left out. */
export function titleSpan(text: string): Span {
  let start = 0;
  let end = text.length;
  const lead = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{20E3}|\s|[•●▪■◆◇](?=\s))+/u.exec(text); // and a list's bullet: • 政府工作报告
  if (lead) start = lead[0].length;
  // Tags in a row: (有片)施政報告 │李家超:…
  for (let n = 0; n < 3; n++) {
    const tag = LEAD_TAG.exec(text.slice(start));
    if (!tag || text.length - start - tag[0].length < 6) break;
    start += tag[0].length;
  }
  for (let changed = true; changed; ) {
    changed = false;
    // The patterns end in $ and start with \s*: tried at every offset of a long line with a run of
    // spaces in it they take quadratic time (a 1 MB line, hours). Residue is short, so only the row's
    // tail is tried; a longer run of spaces before it is cut by the next turn of the loop.
    const from = Math.max(start, end - TAIL_WINDOW);
    const t = text.slice(from, end);
    const trail = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{20E3}|\s)+$/u.exec(t);
    if (trail && from + trail.index > start) {
      end = from + trail.index;
      changed = true;
      continue;
    }
    for (const re of TAIL_RESIDUE) {
      const m = re.exec(t);
      if (m && from + m.index >= start + 4) {
        end = from + m.index;
        changed = true;
        break;
      }
    }
  }
  const status = STATUS_WORD.exec(text.slice(start, end));
  if (status && end - start - status[0].length >= 6) start += status[0].length;
  for (const re of SITE_LEAD) {
    const m = re.exec(text.slice(start, end));
    // Not a government's address the title names, nor one in brackets: 关于做好中国政府网(www.gov.cn)…的通知.
    const rest = text.slice(start + (m?.[0].length ?? 0), end);
    if (m && rest.length >= 8 && namesGenre(rest) && !/\.gov\.cn/i.test(m[0]) && !/^[)）】\]]/.test(rest)) start += m[0].length;
  }
  // A title printed whole in book-title marks: 《某某办公厅关于印发〈…〉的通知》.
  if (text[start] === '《' && text[end - 1] === '》' && !text.slice(start + 1, end - 1).includes('《')) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/** How a document's 关于… title closes: …的通知. */
const DOC_FRAME_END = /的(?:通知|通告|公告|意见|意見|决定|決定|批复|批復|报告|報告|方案|办法|辦法|规定|規定|函)$/;
/** Words a title's phrase cannot end on: a space after one is where the page wrapped the line. */
const OPEN_END = /(?:的|关于|關於|和|及|与|與|对|對|在|暨|年度|之)$/;

/**
 * A title with the page's layout spaces in it (辦公室 關於推進…工作的 通 知, …整体支出 绩效评价报告, where a
 * centred title was spaced out or wrapped): one run. A space stays between two phrases that each stand
 * alone (為保夏寶龍考察順暢 行會明天不舉行, 赴議會專案報告 蔣萬安談…), and beside a Latin word or a number.
 */
export function withoutLayoutSpaces(title: string): string {
  const pieces = title.split(/[ \u3000]+/);
  if (pieces.length < 2) return title;
  let out = pieces[0]!;
  for (let k = 1; k < pieces.length; k++) {
    // A converter's pinyin (報(bào) 告) is no part of how the pieces look.
    const a = withoutPinyin(out);
    const b = pieces[k]!;
    const han = /\p{Script=Han}$/u.test(a) && /^\p{Script=Han}/u.test(b);
    // A title puts no space between a word and its bracket (法治浙江 (法治政府)建设, as a paper wrapped it) or
    // its comma (1月28日 ,云南…), nor before a preposition that goes on with its clause (…会议 在昆明开幕).
    if (/\p{Script=Han}$/u.test(a) && (/^[(（，,、]/.test(b) || /^(?:在|向|于|於|从|從|把|被|给|給)\p{Script=Han}/u.test(b))) {
      out += b;
      continue;
    }
    const rest = pieces.slice(k).join('');
    const layout =
      han &&
      (withoutPinyin(b).length === 1 || // 通 知: spaced out letter by letter
        /^\p{Script=Han}$/u.test(withoutPinyin(pieces[k - 1]!)) ||
        OPEN_END.test(a) || // …工作的 通知
        // Inside a document's 关于…的通知, not yet closed (关于明确…的2023年 重点工作…的通知): one clause.
        (/(?:关于|關於)/.test(a) && DOC_FRAME_END.test(rest)) ||
        // 辦公室 關於…; but the spaces between joint issuers (中共某县委 某县人民政府 关于…) are the page's separators.
        (/^(?:关于|關於|关於|關于)/.test(withoutPinyin(b)) && isIssuingOffice(pieces[k - 1]!) && !(k >= 2 && isIssuingOffice(pieces[k - 2]!))) ||
        (rest.length <= 10 && namesGenre(rest) && !namesGenre(a) && !HEADLINE_VERB.test(b))); // …整体支出 绩效评价报告
    out += layout ? b : ` ${b}`;
  }
  return out;
}

/** A headline's second phrase opens with its verb (…人代会开幕 审议政府工作报告): a phrase of its own. */
const HEADLINE_VERB =
  /^(?:审议|審議|听取|聽取|部署|推进|推進|召开|召開|发布|發布|出台|印发|印發|通过|通過|举行|舉行|开展|開展|强调|強調|提出|聚焦|解读|解讀|确保|確保|推动|推動|学习|學習|贯彻|貫徹|落实|落實|审查|審查|表决|表決|讨论|討論|热议|熱議|谈|談|回应|回應|宣布|宣佈|公布|公佈|推出|启动|啟動|签署|簽署|出席|会见|會見|发表|發表)/;

/** A copy site's number for one of several parts: 某某发言提纲(二). */
export const withoutPartNumber = (title: string): string => title.replace(/[(（][一二三四五六七八九十\d]{1,2}[)）]$/, '');

export const cleanTitle = (text: string): string => {
  const s = titleSpan(text);
  return text.slice(s.start, s.end);
};

// No \s* round the dash: tried at every offset of a long run of spaces it was quadratic (a title's domain
// taken off a line of 200 000 spaces made it a candidate: 80 s). The spaces are walked by hand.
const DASHES = /——|――|－－|--|—|―|─{2,}|━{2,}/;
/** What a subtitle says: a meeting, a date, a speaker (在…会议上, 2025年1月…, 市长 王某某). */
const SUBTITLE_WORDS = /^(?:在|于|於|\d{4}\s*年|[〇一二三四五六七八九十]{4}年)|(?:会议|會議|大会|大會|会上|會上|上的|座谈会|座談會)/;

/**
 * A title with its subtitle (and speaker) joined on one line by a scraper: 政府工作报告——2025年1月在…
 * 上 市长 王某某. Where the subtitle starts (at its dash), or null.
 */
export function subtitleStart(text: string): number | null {
  const m = DASHES.exec(text);
  if (!m) return null;
  let at = m.index;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  if (at < 2) return null;
  let from = m.index + m[0].length;
  while (from < text.length && /\s/.test(text[from]!)) from++;
  const before = text.slice(0, at);
  const after = text.slice(from);
  // A dash inside brackets is a range's (行动方案（2025—2027年）), not a subtitle's.
  if (after.length < 4 || /[。！？]/.test(before) || isFragmentJoin(before)) return null;
  return SUBTITLE_WORDS.test(after) ? at : null;
}

/** A speech's meeting line with no dash: 在2025年全市经济工作会议上的讲话. */
export function isMeetingLine(text: string): boolean {
  // A meeting's date and number under a premier's remarks: 民國113年6月6日第3907次會議.
  if (
    /^(?:(?:中華民國|中华民国|民國|民国)?\d{2,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*第[\d一二三四五六七八九十百]+次(?:院會|院会|常務會議|常务会议|全體會議|全体会议|會議|会议)$/.test(
      text.trim(),
    )
  )
    return true;
  return /^(?:——|―|—)?\s*[(（]?在.{2,50}?(?:会议|會議|大会|大會|会|會|论坛|論壇|典礼|典禮|仪式|儀式)(?:开幕式|閉幕式|闭幕式)?上的?(?:讲话|講話|发言|發言|报告|報告|致辞|致辭|主持词|主持詞|总结讲话|講評|讲评)?[)）]?$/.test(
    text.trim(),
  );
}

/** The issuing office's line over a document's title: 某市人民政府办公室, 湖南省人民政府办公厅文件. */
export function isIssuingOffice(text: string): boolean {
  const t = text.trim();
  return closingKind(t) === 'org' || /(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳)文件$/.test(t);
}

/** The salutation a speech or a report opens with: 各位代表：, 同志们：, 尊敬的…： */
const SALUTATION =
  /(?:编者按|編者按|各位代表|各位委员|各位委員|同志们|同志們|各位领导|各位領導|尊敬的|女士们|女士們|各位来宾|各位來賓|议长|議長)[^。！？\n:：]{0,16}[:：]/;
/** A line that opens a speech or a report's text: 各位代表：, 同志们：, 编者按： */
export const isSalutation = (t: string): boolean => SALUTATION.test(t);

/** Before a run-on title: a table row's pipe, a document site's piece number (1、). */
const PIECE_LEAD = /^[\s|｜]*(?:\d{1,2}\s*[、.．]\s*)?/;

/**
 * A title a document site printed two or three times running at the head of its text, after its piece
 * number (1、政府部门工作总结及工作计划政府部门工作总结及工作计划…随着…): the last copy's span, or null. The
 * page saying it twice is what makes it a title; it must name a genre and hold no sentence mark. Each
 * length is tried once against the next copy: at most 60 × 60 steps, whatever the line's length.
 */
function repeatedHead(text: string): Span | null {
  const lead = PIECE_LEAD.exec(text)![0].length;
  for (let n = 6; n <= 60 && lead + 2 * n <= text.length; n++) {
    const head = text.slice(lead, lead + n);
    if (text.slice(lead + n, lead + 2 * n) !== head) continue;
    if (/[。！？；，,：:\s]/.test(head) || !namesGenre(head)) return null;
    let copies = 2;
    while (copies < 3 && text.startsWith(head, lead + copies * n)) copies++;
    return { start: lead + (copies - 1) * n, end: lead + copies * n };
  }
  return null;
}

/** A paragraph's usual first words after a title ending in its genre: 2023年，…, 今年以来, 根据… */
const OPENING =
  /^(?:(?:\d{4}|[〇一二三四五六七八九十]{4})年[，,以来來度]|今年以来|一年来|過去一年|过去一年|根据|根據|本(?:年度|次)?(?:报告|報告|方案|办法|辦法|规定|規定|意见|意見|细则|細則|规划|規劃)|为(?:了|进一步|深入|全面|切实)|為(?:了|進一步|深入|全面))/;
/**
 * A document site's one-line scrape: 编号:541193579, the title, a template date (201X/X/XX), then the text
 * (…的讲话201X/X/XX在…上的讲话xxx同志讲话今天…). The number, the title's span, the date and where it ends.
 */
export function numberedRunOn(line: string): { number: string; title: Span; date: string; end: number } | null {
  const m = /^(编号|編號)[:：]\s*(\d{5,12})(\S{6,60}?)(\d{2}[\dXx]{2}[/-][\dXx]{1,2}[/-][\dXx]{1,2})/.exec(line.slice(0, 120));
  if (!m || !(namesGenre(m[3]!) || SPEECH_GENRE.test(m[3]!)) || /[。！？；，,]/.test(m[3]!)) return null;
  const start = m[0].length - m[4]!.length - m[3]!.length;
  return { number: m[2]!, title: { start, end: start + m[3]!.length }, date: m[4]!, end: m[0].length };
}

/** A one-line scrape's document number set apart by spaces after the title (…的通知 豫政〔2023〕5号 现将…). */
export const NUMBER_AFTER = /^[ \u3000]+([\p{Script=Han}A-Za-z]{1,12}[〔［[（(]\s*\d{4}\s*[〕］\])）]\s*\d{1,4}\s*[号號])[ \u3000]/u;
const SPEECH_GENRE = /(?:讲话|講話|发言|發言|致辞|致辭|报告|報告|总结|總結)(?:[(（][^)）]*[)）])?$/;

/**
 * A title that runs straight into the first paragraph, as PDF text layers and one-line scrapes have it
 * (某县2023年工作总结2023年，我县…, …的讲话同志们：今天…). The title's span in the line, or null.
 * A copy site's file name printed just before the title (…座谈会上讲话…座谈会上的讲话) is left out.
 */
export function runOnTitle(line: string): Span | null {
  const text = line.trimEnd();
  const twice = repeatedHead(text);
  if (twice) return twice;
  let end = -1;
  const sal = SALUTATION.exec(text);
  if (sal && sal.index >= 4 && sal.index <= 120) end = sal.index;
  else {
    for (const m of text.matchAll(/(?:报告|報告|总结|總結|讲话|講話|方案|意见|意見|通知|规划|規劃|计划|計劃|要点|要點|发言|發言|公报|公報|情况|情況)/g)) {
      const at = m.index + m[0].length;
      if (at > 100) break;
      if (OPENING.test(text.slice(at)) || NUMBER_AFTER.test(text.slice(at, at + 40))) {
        end = at;
        break;
      }
    }
  }
  if (end < 0) return null;
  const lead = PIECE_LEAD.exec(text)![0].length; // a table row's pipe too: | 某某讲话 同志们: …
  const head = text.slice(lead, end).trimEnd();
  if (head.length < 4 || /[。！？；，,]/.test(head) || !(namesGenre(head) || SPEECH_GENRE.test(head) || subtitleStart(head) !== null)) return null;
  // The paragraph's own first words are no title run into it (本年度报告根据《条例》…: the report speaking of itself).
  if (OPENING.test(head)) return null;
  let start = lead;
  // 某某讲话 文章标题:某某讲话: the document site's label names the title.
  const label = /(?:文章标题|文章標題|标题|標題)\s*[:：]\s*/.exec(head);
  if (label && head.length - label.index - label[0].length >= 4) return { start: lead + label.index + label[0].length, end: lead + head.length };
  // A file name, then the title again: keep the second (the document's own title line).
  for (const m of head.matchAll(/(?:讲话|講話|报告|報告|总结|總結|发言|發言)/g)) {
    const cut = m.index + m[0].length;
    const first = head.slice(0, cut);
    const second = head.slice(cut);
    if (second.length < 6 || (!SPEECH_GENRE.test(second) && !namesGenre(second))) continue;
    const shared = [...first].filter((ch) => second.includes(ch)).length;
    if (shared >= first.length * 0.8) {
      start = lead + cut;
      break;
    }
  }
  return { start, end: lead + head.length };
}

// ---------------------------------------------------------------------------------------------------
// Lines around the title: how a row looks, bylines, speakers, a PDF's fragments, a site clock's parts.

/** What a site's clock prints after its date: a weekday, a time. */
export function isClockPart(t: string): boolean {
  return /^(?:星期[一二三四五六日天]|礼拜[一二三四五六日天]|週[一二三四五六日]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$|^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$/i.test(
    t,
  );
}

/** A news page's byline under the title: 台灣新聞網記者李華峻/南投報導, 记者 张三 报道. */
export function isByline(t: string): boolean {
  return (
    // Runs of spaces made one first: the pattern's neighbouring \s* made a long run (记者 then 600 spaces) take seconds.
    /^[\p{Script=Han}]{0,8}(?:記者|记者)\s*[\p{Script=Han}·、\s]{2,16}?\s*(?:[/／]\s*[\p{Script=Han}]{2,6})?\s*(?:報導|报道|報道)$/u.test(
      t.replace(/\s+/g, ' '),
    ) ||
    // Roles and names with no 报道: 本报记者 王某 通讯员 李某.
    bylineNames(t)
  );
}
const BYLINE_ROLE = /^\p{Script=Han}{0,6}(?:记者|記者|通讯员|通訊員|实习生|實習生)[\p{Script=Han}·]{0,4}$/u;
/** Words that are each a role with or without a name, or a name (2–4 characters), the first a role. */
function bylineNames(t: string): boolean {
  const words = t.split(/[\s、]+/).filter((w) => w !== '');
  return t.length <= 40 && words.length >= 2 && BYLINE_ROLE.test(words[0]!) && words.every((w) => BYLINE_ROLE.test(w) || /^[\p{Script=Han}·]{2,4}$/u.test(w));
}

const OPENS = /[(（《「『“]/g;
const CLOSES = /[)）》」』”]/g;
/** Brackets that open or close outside the text, or a closing mark first: a piece of a wrapped line. */
export function isFragment(t: string): boolean {
  return /^[)）》」』”’，,。、；;：:！？]/.test(t) || isFragmentJoin(t);
}
export function isFragmentJoin(t: string): boolean {
  return (t.match(OPENS)?.length ?? 0) !== (t.match(CLOSES)?.length ?? 0);
}

/** A post and a spaced name ending a line (…工作报告市城管局党组书记、局长  杜  宇): a speaker's line. */
export const SPEAKER_TAIL = /(?:长|長|主席|书记|書記|主任|总理|總理|部长|部長)\s+\p{Script=Han}\s*\p{Script=Han}(?:\s*\p{Script=Han})?$/u;

/** A speaker's line under a report's subtitle: a post, then a name (省长 罗东川, 自治区主席 嘎玛泽登). */
export function isSpeakerLine(text: string): boolean {
  // Traditional too: 省人民政府省長 王清憲.
  // A long post too: 云南省人民代表大会常务委员会副主任 李小三.
  // A converter's pinyin after the post (市長(zhǎng) 李楚) is no part of it.
  const t = withoutPinyin(text.trim());
  if (/^\S{0,24}(?:长|長|主席|书记|書記|主任|总理|總理|部长|部長|委员|委員)\s+[\p{Script=Han}·]{2,8}$/u.test(t)) return true;
  // With no space (银川市人民政府市长陶少华): a government's or a party committee's post, then a name by its surname.
  const m =
    /^\p{Script=Han}{0,20}(?:政府|人大|政协|政協|委员会|委員會|党委|黨委|[省市县縣区區州旗委])(?:副)?(?:[省市县縣区區州]长|[省市县縣区區州]長|主席|书记|書記|主任)(\p{Script=Han}{2,3})$/u.exec(
      t,
    );
  return m !== null && SURNAME.has(m[1]![0]!);
}

/**
 * A news headline that exclaims or asks (新年新气象！某县重点项目集中开工, 如何看待…目标？): a title when it is
 * the first of the page, short and with no other sentence mark.
 */
export function isExclaimedHeadline(text: string): boolean {
  return text.length >= 8 && text.length <= 40 && /[！？!?]/.test(text) && !/[。，,；;]/.test(text) && !isSalutation(text);
}

/** Common surnames, Simplified and Traditional: a line of two or three characters opening with one is a name. */
const SURNAME = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔汤湯温溫康施牛樊葛邢齐齊乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹欧歐耿兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢季裴霍涂苗谷盛曲翁冉骆駱蓝藍游辛靳管柴蒙鲍鮑喻祁蒲滕屈饶饒牟艾尤穆卓缪繆简簡项項麦麥褚娄婁窦竇戚岑景宫宮费費卜冷晏卫衛柏瞿桂佟臧闵閔苟邬鄔卞姬栾欒隋刁巫寇桑郎甄丛叢仲虞敖巩鞏佘池迟遲邝鄺谈談匡鞠荆荊冀郁胥储儲栗燕楚鄢谌諶奚粟冼蔺藺楼樓阎閻帅帥',
]);
/** A person's name alone (婁勝華, 歐陽儀雄): an author's or a speaker's, no title. */
function isNameAlone(text: string): boolean {
  // Spaced out letter by letter (王 志 强), as a speaker's line is set.
  const t = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,3}$/u.test(text) ? text.replace(/[ \u3000]+/g, '') : text;
  return (
    (/^\p{Script=Han}{2,3}$/u.test(t) && SURNAME.has(t[0]!)) ||
    /^(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|夏侯|端木)\p{Script=Han}{1,2}$/u.test(t)
  );
}

/** A photo's caption by its last word (…审议现场, …合影留念): over the text it is the site's, not a title. */
const CAPTION_END = /(?:现场|現場|合影|合影留念|留影|一角)$/; // not 掠影, 瞬间: a feature's headline ends so too

/** A label of a page's part standing alone: 摘要, 正文, 目录 (a journal's abstract follows, not its title). */
const PART_LABEL =
  /^[【[]?(?:摘要|正文|目录|目錄|前言|全文|附件|图片|圖片|视频|視頻|导读|導讀|内容提要|內容提要|内容摘要|內容摘要|简介|簡介|基本信息|基本資訊|文件信息|文件資訊|文档信息|文檔信息|信息属性|信息屬性|索引信息|公文信息|文章信息)[】\]]?$/; // and a metadata table's label
/** A writer's or photographer's credit: 文/摄 东华, 文/李明, 摄影：王某. */
const CREDIT_ROLE = '(?:文|图|圖|摄|攝|文字|撰文|摄影|攝影|图文|圖文|视频|視頻)(?:\\s*[/／、]\\s*(?:图|圖|摄|攝|文|视频|視頻))*(?:\\s*[/／:：|｜]\\s*|\\s+)';
const CREDIT = new RegExp(`^${CREDIT_ROLE}[\\p{Script=Han}·]{2,4}(?:\\s+(?:${CREDIT_ROLE})?[\\p{Script=Han}·]{2,4}){0,3}$`, 'u');

/**
 * What a title never is, whatever stands round it: a date or a number alone (• 2002-11-06), a line with a web
 * address (a site's banner: 新江南网欢迎你/www.xjnnet.com/…), a name alone (婁勝華: an author's, two to four
 * characters naming no genre), a photo's caption, a row of pairs with no colons (質詢日期 108-12-05 議案類別
 * 定期會, 主 席 洪議長允典…, 出席 张三、李四).
 */
/** A news copy's dateline standing alone: a source, a place perhaps, a date, 电 or 报道 (参考消息网2026-01-26号报道, 新华社北京1月25日电). */
const DATELINE = /^[\p{Script=Han}A-Za-z]{2,16}(?:\d{4}\s*[-年/.]\s*)?\d{1,2}\s*[-月/.]\s*\d{1,2}\s*(?:日|号|號)?\s*(?:电|電|讯|訊|报道|報道|消息)$/u;

export function isNeverTitle(text: string, caption = true): boolean {
  const t = text.trim();
  if (t === '' || isDateOnly(t) || isDocNumber(t) || /^[\d\s.,:：/-]+$/.test(t)) return true;
  if (namesGenre(t)) return false; // 关于做好中国政府网(www.gov.cn)内容保障的通知 is a title
  if (DOMAIN.test(t) || DATELINE.test(t)) return true;
  if (isNameAlone(t) || (caption && CAPTION_END.test(t)) || CAPTION.test(t) || PART_LABEL.test(t) || CREDIT.test(t)) return true;
  const words = t.split(/[ \u3000]+/);
  // A date among three or more words is a value in a row of pairs (某县召开专题会议 2025-03-01 is two).
  if (words.length >= 3 && words.some((w) => /^\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(w))) return true;
  // A key spaced out letter by letter, then its value (主 席 洪議長允典): 政 府 工 作 报 告 is spaced throughout.
  if (/^\p{Script=Han}[ \u3000]+\p{Script=Han}[ \u3000]+\p{Script=Han}{2}/u.test(t)) return true;
  // A short key, then a list of names (質詢議員 歐陽議員儀雄、唐議員麗輝).
  return words.length === 2 && words[0]!.length <= 6 && /^(?:[^、]{1,10}、)+[^、]{1,10}$/.test(words[1]!);
}

export function looksLikeTitle(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[。，,；;：:！!？?]$/.test(text) && !/[。！？]/.test(text);
}

// ---------------------------------------------------------------------------------------------------
// The title among the rows at a page's top (header.ts makes the rows): each a candidate with its own
// text, the best chosen, and a title the page wrapped or broke into pieces joined.

/**
 * A title candidate from a row's line: the title's own text (residue stuck to it left out, see
 * title.ts), and where a subtitle joined on the same line starts. `from` skips a file name before it.
 */
export function candidate(li: number, text: string, lineStart: number, from = 0): Row {
  const lead = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  const body = text.slice(lead).trimEnd();
  const sub = subtitleStart(body);
  const title = cleanTitle(sub === null ? body : body.slice(0, sub).trimEnd());
  const row: Row = { li, kind: 'candidate', text: title };
  if (sub !== null) row.rest = lineStart + lead + sub;
  return row;
}
