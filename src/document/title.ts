// The title line as real pages spoil it: residue stuck to it (a file link, a page count, emoji), a
// subtitle and speaker joined to it on one line, a title that runs straight into the first paragraph
// (PDF text layers, one-line scrapes), a speech's meeting line standing under it, the issuing office
// standing over it. Pure string tests, and a row's candidate text; the choice among the rows header.ts
// reads is title-choice.ts's.
import { bylineTail, CAPTION_CREDIT, isByline, isCreditedCaption, isMediumCredit, isNameAlone, SURNAME } from './bylines.js';
import { isOutletByline, isSpacedCaption } from './credit-lines.js';
import type { Row } from './lines.js';
import { isDateOnly, isDocNumber } from './meta.js';
import { CAPTION, closingKind, DOMAIN, namesGenre, TITLE_NOUN_SUFFIX, TITLE_NOUNS, withoutPinyin } from './page.js';
import { anyScriptPattern, oneForm } from './script-forms.js';
import * as noise from './title-noise.js';
import { queryLead } from './title-query.js';
import * as software from './title-software.js';

/** Where the title lies in a row's text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A copy or 范文 site's tag after a title: how new or how good its copy is, (2025年更新), 【最新】, 〔修订版〕, (精选5篇),
 * (通用6篇), [推荐], 2025最新版. Not the document's own words: a law's revision ((1995修正)), a qualifier ((试行),
 * (2023年), (2022年政府工作报告)) name no such tag.
 */
const SITE_TAG_WORD =
  '(?:最新修订|最新修訂|最新|更新|新版|修订版|修訂版|精选|精選|推荐|推薦|热门|熱門|优秀|優秀|优质|優質|精品|精华|精華|经典|經典|完整|范文|範文|通用|汇总|彙總|大全|合集|word|WORD|Word|可编辑|可編輯|可下载|可下載|免费|免費|原创|原創|必备|必備|实用|實用|精编|精編|热|熱|荐|薦|新|影音新闻|影音新聞|影音|视频新闻|視頻新聞|视频|視頻|图文|圖文|组图|組圖|多图|多圖|图集|圖集|图|圖|直播|独家|獨家)'; // a news site's media tags too (【影音新聞】, a portal's (图))
const SITE_TAG = new RegExp(
  `\\s*(?:[(（【〔[［]\\s*(?:(?:19|20)\\d{2}\\s*年?\\s*度?\\s*)?(?:${SITE_TAG_WORD}\\s*){1,3}(?:版本?)?\\s*(?:\\d{1,3}\\s*篇)?\\s*[)）】〕\\]］]|\\s(?:(?:19|20)\\d{2}\\s*年?\\s*)?(?:最新|更新|精选|精選)版?)$`,
);
/** The same tag before a title, set apart by a space or a colon: 2025最新 某县政府工作报告, 精选：…. Not \s*年?\s*: with no 年 two runs of spaces back to back split a long run every way (quadratic). */
// A blog's or a copy's word for where the post came from (原创 城市更新…, 转载 …) is such a tag too: the post's kind, not its subject.
const SITE_TAG_LEAD =
  /^(?:(?:(?:19|20)\d{2}\s*(?:年\s*)?)?(?:最新|更新|精选|精選|推荐|推薦|热门|熱門)版?(?:[\s\u3000]+|\s*[:：|｜]\s*)|(?:原创|原創|转载|轉載|转帖|轉帖)[\s\u3000]+(?=\S))/;

/**
 * A news list's item: its date after the headline, then perhaps its credit and link, set off by bars
 * (議員批保就業… 2022年11月24日|文:論盡採訪組|https://…, 某县召开…会议 2025-03-01, · 某县…会议 [2025-03-05]).
 */
const LIST_DATE = '(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const LIST_TAIL = new RegExp(`(?:\\s+${LIST_DATE}|\\s*[[［【]${LIST_DATE}[\\]］】])(?:\\s*[|｜]\\s*[^|｜]{0,60}){0,4}$`); // or in square brackets: … [2025-03-05] (a speech's (2025年1月5日) is its date, left to the date's rules)
/** Where a news list item's tail (its date, credit, link) starts in a line, or -1; only the line's last 160 characters are tried. */
export function listTail(line: string): number {
  const from = Math.max(0, line.length - TAIL_WINDOW);
  const m = LIST_TAIL.exec(line.slice(from));
  return m ? from + m.index : -1;
}

/**
 * A count of versions in brackets alone ((5篇), 【3篇】): a 范文 site's only after a document's name (…政府工作报告(5篇)); after
 * any other name it is the name's own, a compilation's or an anthology's (朱自清散文精选(三篇)).
 */
const VERSIONS_BARE = anyScriptPattern(/\s*[(（【[［]\s*[一二三四五六七八九十两兩\d]{1,3}\s*篇\s*[)）】\]］]$/);

/** Residue at a title's end: a link (《…》[郝市長](…)), a file's size, a page count, a copy site's count. */
const TAIL_RESIDUE = [
  /\s*\[[^\]]{0,30}\]\s*[(（][^()（）]{0,60}[)）]$/, // [郝市長龍斌](書面報告Pdf檔/5082KB)
  /\s*[(（][^()（）]{0,40}\d+(?:\.\d+)?\s*[KMG]B[)）]$/i, // (PDF, 1.2 MB)
  /\s*[(（]\s*第?\s*\d+\s*[/／]\s*\d+\s*页?\s*[)）]$/, // (第20/30页)
  /\s*[-—_]\s*\d+\s*篇$/, // -10篇 (a copy site's collection)
  // A 范文 site's count of the versions it offers of one document: 全文(三篇), 范文3篇; (5篇), 【3篇】 in brackets alone only
  // after a document's name (VERSIONS_BARE). Bare, the count is a compilation's own name (…工作报告汇编65篇), so only in
  // brackets or after the site's 全文/范文.
  /\s*(?:(?:全文|范文|範文)\s*[(（【[［]\s*[一二三四五六七八九十两兩\d]{1,3}\s*篇\s*[)）】\]］]|(?:全文|范文|範文)\s*[一二三四五六七八九十两兩\d]{1,3}\s*篇)$/,
  VERSIONS_BARE,
  /\s*[(（[]\s*共\s*\d+\s*(?:篇|条|條|则|則|项|項|个|個)\s*(?:文章|新闻|新聞|结果|結果|信息|資訊|资讯)?\s*[)）\]]$/, // 施政辯論 (共25篇): a tag page's count
  /\s*[(（]\s*附?\s*全文\s*(?:\d+\s*字\s*)?[)）]$/, // (全文1896字), (全文), a copy's (附全文)
  /\s*(?:分享到|分享至)\s*[:：]?$/, // 分享到: glued on by the share bar after it
  /\s*(?:[【[]\s*(?:字体|字體|字号|字號|打印|列印|关闭|關閉|收藏|纠错|糾錯|返回|大\s*中\s*小)[^【】[\]]{0,16}[】\]]\s*){1,32}$/, // 【字体：大 中 小】【打印】【关闭】, a toolbar glued after it
  /\s*(?:本文简介|本文內容|本文内容|本文摘要|文章摘要)\s*[:：]$/, // 某某讲话 本文简介: (a copy site's label)
  /\s+(?:19|20)\d{2}$/, // 2022年某县统计公报 2022 (a site's year tag)
  noise.PAGE_TAIL, // … - Page 178, …_第2页 (a paged copy's page number)
  noise.PROMPT_TAIL, // … 打开APP阅读全文 (an app's prompt)
  noise.TIME_TAIL, // … (17:15) (a news list's time of the item)
  noise.DECORATION_TAIL, // …报纸……****** (a spam mirror's marks)
  SITE_TAG,
  LIST_TAIL,
  /\s*[-_|｜－]+$/, // 某某讲话整理- (a site's separator left with nothing after it)
  /\s+\S{0,12}(?:长|長|主席|书记|書記|主任|总理|總理|部长|部長)\s+[\p{Script=Han}·]{2,4}$/u, // …的讲话 县长 王某某 (the speaker)
].map((re) => (re === VERSIONS_BARE ? re : anyScriptPattern(re))); // in either script's form: 本文簡介, (第20/30頁)
/** The longest residue above is under 120 UTF-16 units. */
const TAIL_WINDOW = 160;
/** Emoji, spaces or a row of separators (｜ ｜ ｜, - - -) ending a title. */
const TRAIL = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{20E3}|\s)+$|\s*[-_|｜－](?:\s*[-_|｜－])+\s*$/u;
/** How many pieces of residue a title's tail loses at most. */
const TAIL_TURNS = 12;

/**
 * A copy site's or a column's tag before the title: [县长在县委书记]县长在…, 【文字解读】《…》文件解读, an
 * author's name and a spaced bar (张璋 | 政策执行中的…).
 */
const LEAD_TAG =
  /^(?:[[【〈〔][^[\]【】〈〉〔〕\n]{1,12}[\]】〉〕]\s*|\p{Script=Han}{2,4}\s+[|｜]\s+|[(（]\p{Script=Han}{1,8}(?:省|市|县|縣|区|區)[)）]|[(（](?![〇零一二三四五六七八九十]+[)）])\p{Script=Han}{1,6}[)）]\s*|\p{Script=Han}{2,8}\s*[│┃]\s*|[\p{Script=Han}\d]{2,10}\s*[■□▌▍◆◇丨]\s*|[\p{Script=Han}\d]{2,10}｜\s*)/u; // …, (海南省), (有片), 施政報告 │, 南方新闻网■, 施政報告2025｜

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
  // And a list's bullet: • 政府工作报告, a converted page's - 政府工作报告 (one hyphen and a space: a dash glued on, -云南玉溪之一,
  // ——在…会议上, hangs on the line above). Before a number that is no year it is a minus sign (- 5℃以下…), the title's own.
  const lead = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{20E3}|\s|[•●▪■◆◇·・](?=\s)|(?<!-)[-*](?=[ \u3000]+(?:[^\s\d-]|\d{4}(?!\d))))+/u.exec(text);
  if (lead) start = lead[0].length;
  // Tags in a row: (有片)施政報告 │李家超:…; a flipbook's page number (Page 178 - 无锡年鉴2020); an app's prompt (打开APP …).
  for (let n = 0; n < 3; n++) {
    const rest = text.slice(start);
    const tag = LEAD_TAG.exec(rest) ?? noise.PAGE_LEAD.exec(rest) ?? noise.PROMPT_LEAD.exec(rest) ?? noise.MARK_LEAD.exec(rest);
    // Or a column's or a topic's label glued on by a bar (两会快讯|…, 产业与政策丨…): title-furniture.ts.
    const cut = tag ? tag[0].length : noise.topicLead(text.slice(start));
    if (cut === 0 || text.length - start - cut < 6) break;
    start += cut;
  }
  // A betting site's name glued before the headline (皇冠体育:工作报告) and a video script's label after it (…全文來了!
  // 【同期】香港特區…): the site's and the clip's, not the headline's (title-software.ts).
  const bet = software.betLead(text.slice(start));
  if (bet > 0 && text.length - start - bet >= 4) start += bet;
  const clip = software.scriptLabelAt(text.slice(start, end));
  if (clip >= 4) end = start + clip;
  // A few pieces of residue at most (three on the real pages): a line of one piece over and over (李建泉攝 × 40 000)
  // lost a piece a turn, each turn trying every pattern below and bylineTail's, 7 s for 200 000 characters.
  for (let turn = 0, changed = true; changed && turn < TAIL_TURNS; turn++) {
    changed = false;
    // The patterns end in $ and start with \s*: tried at every offset of a long line with a run of
    // spaces in it they take quadratic time (a 1 MB line, hours). Residue is short, so only the row's
    // tail is tried; a longer run of spaces is cut a window at a time, here, with no other pattern tried between.
    // Separators left in a row (｜ ｜ ｜, - - -) go with the spaces: one bar a turn took 7 s for 100 000 characters.
    const from = Math.max(start, end - TAIL_WINDOW);
    const t = text.slice(from, end);
    let trail = TRAIL.exec(t);
    if (trail && from + trail.index > start) {
      end = from + trail.index;
      while (trail?.index === 0) {
        const f = Math.max(start, end - TAIL_WINDOW);
        trail = TRAIL.exec(text.slice(f, end));
        if (trail && f + trail.index > start) end = f + trail.index;
        else break;
      }
      changed = true;
      continue;
    }
    const tf = oneForm(t);
    for (const re of TAIL_RESIDUE) {
      const m = re.exec(tf);
      if (m && re === VERSIONS_BARE && !namesGenre(text.slice(start, from + m.index))) continue;
      if (m && from + m.index >= start + 4) {
        end = from + m.index;
        changed = true;
        break;
      }
    }
    // A forum's anti-copy junk glued after it by a colon (…热潮: b( a `/ n/ C7 \! a): title-noise.ts.
    const jam = changed ? -1 : noise.jammerTail(t);
    if (jam >= 0 && from + jam >= start + 4) {
      end = from + jam;
      changed = true;
      continue;
    }
    // A byline or a credit glued after it (…修訂 文:冼樂石, …願景 聯合報／ 記者江婉儀／新北即時報導): bylines.ts's.
    const by = changed ? -1 : bylineTail(t);
    if (by >= 0 && from + by >= start + 4) {
      end = from + by;
      changed = true;
    }
  }
  // A gazette's path before the title (…公報/一九五四年/第一號/國務院關於…的决定), as an archive names the page.
  const path = noise.pathLead(text.slice(start, end));
  if (path > 0) start += path;
  // An article's author and a colon before its title (王琛伟:我国…轨迹:从…到…), as 79's author and bar.
  const author = noise.authorLead(text.slice(start, end), isNameAlone);
  if (author > 0 && end - start - author >= 6) start += author;
  // A copy site's search phrase and an underscore before the headline (…几次会议_ 省…会议开幕): title-query.ts.
  start += queryLead(text.slice(start, end));
  const status = STATUS_WORD.exec(text.slice(start, end)) ?? SITE_TAG_LEAD.exec(text.slice(start, end));
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
  // Spaces round a bracket's qualifier (qualifierSpace): the headline's own unless another space shows a wrap.
  const soft: number[] = [];
  let wrapped = false;
  for (let k = 1; k < pieces.length; k++) {
    // A part's number before its title (第三部分 实施方案) keeps its space.
    if (k === 1 && isPartNumber(out)) {
      out += ` ${pieces[k]!}`;
      continue;
    }
    // A converter's pinyin (報(bào) 告) is no part of how the pieces look.
    const a = withoutPinyin(out);
    const b = pieces[k]!;
    const han = /\p{Script=Han}$/u.test(a) && /^\p{Script=Han}/u.test(b);
    if (qualifierSpace(a, withoutPinyin(b))) {
      soft.push(out.length);
      out += ` ${b}`;
      continue;
    }
    // A title puts no space between a word and its bracket (法治浙江 (法治政府)建设, as a paper wrapped it) or
    // its comma (1月28日 ,云南…), nor before a preposition that goes on with its clause (…会议 在昆明开幕).
    // Two parallel clauses that open with the same preposition (在继承中创新 在创新中发展, 向…学习 向…致敬) are two phrases.
    if (
      /\p{Script=Han}$/u.test(a) &&
      (/^[(（，,、]/.test(b) || (/^(?:在|向|于|於|从|從|把|被|给|給)\p{Script=Han}/u.test(b) && !parallelClauses(pieces[k - 1]!, b)))
    ) {
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
    if (layout) wrapped = true;
    out += layout ? b : ` ${b}`;
  }
  // A title wrapped or spaced out elsewhere (法治浙江 (法治政府)建设 示范…, a paper's column) was spaced by its layout.
  if (wrapped) for (let j = soft.length - 1; j >= 0; j--) out = out.slice(0, soft[j]) + out.slice(soft[j]! + 1);
  return out;
}

/**
 * Two clauses a headline sets side by side (在继承中创新 在创新中发展, 從嚴治黨 從嚴治吏): both open with the same
 * preposition and are of a length within two characters, so neither is the other's predicate (…会议 在昆明开幕).
 */
function parallelClauses(a: string, b: string): boolean {
  const clause = (p: string) => /^\p{Script=Han}{3,12}$/u.test(p);
  return clause(a) && clause(b) && a[0] === b[0] && Math.abs(a.length - b.length) <= 2;
}

/**
 * A space the headline prints round a round bracket's qualifier: before the bracket (某某常委 (草案)会议, a typist's
 * habit in a headline), or between two qualifiers inside it (条例(草案修改二稿 征求意见稿)). A 公文's name before its
 * bracket (关于…（某县）…的公示) is set solid, so a space there is layout. A wrap inside a bracket breaks a word (…二 稿),
 * so both sides are words of two characters or more and the first does not hang open.
 */
function qualifierSpace(a: string, b: string): boolean {
  if (!/\p{Script=Han}$/u.test(a)) return false;
  const close = b.search(/[)）]/);
  if (close < 0) return false;
  const open = b.search(/[(（]/);
  if (open === 0) return close > 1 && !/关于|關於|关於|關于/.test(a) && /^[(（]\p{Script=Han}{2}/u.test(b) && !/[(（]/.test(b.slice(1, close));
  if (open >= 0 && open < close) return false;
  const opened = Math.max(a.lastIndexOf('('), a.lastIndexOf('（'));
  if (opened < 0 || opened < Math.max(a.lastIndexOf(')'), a.lastIndexOf('）'))) return false;
  // The first qualifier ends as a qualifier does (…二稿, 草案, 试行, 修订): a wrap breaks a word (征求意 见稿), a byline
  // in a bracket (记者 张三 李四) is names.
  return (
    /^\p{Script=Han}{2}/u.test(b) &&
    close >= 2 &&
    /\p{Script=Han}{2}$/u.test(a.slice(opened + 1)) &&
    QUALIFIER_END.test(a) &&
    !OPEN_END.test(a) &&
    !/^[的之和及与與]/.test(b)
  );
}

/** How a bracket's first qualifier ends: a draft (稿, 草案), a trial (试行), a revision (修订, 修正), an edition (本, 版). */
const QUALIFIER_END = /(?:稿|案|试行|試行|暂行|暫行|修订|修訂|修正|本|版)$/u;

/** A headline's second phrase opens with its verb (…人代会开幕 审议政府工作报告): a phrase of its own. */
const HEADLINE_VERB =
  /^(?:审议|審議|听取|聽取|部署|推进|推進|召开|召開|发布|發布|出台|印发|印發|通过|通過|举行|舉行|开展|開展|强调|強調|提出|聚焦|解读|解讀|确保|確保|推动|推動|学习|學習|贯彻|貫徹|落实|落實|审查|審查|表决|表決|讨论|討論|热议|熱議|谈|談|回应|回應|宣布|宣佈|公布|公佈|推出|启动|啟動|签署|簽署|出席|会见|會見|发表|發表)/;

/** A part's number standing alone (第9章, 第三部分, 第二节, 卷三, 下篇, Chapter 4, PART II): a chapter page's title starts with it. */
const PART_NUMBER =
  /^(?:第\s*[\d零〇一二两兩三四五六七八九十百]{1,4}\s*(?:章|节|節|篇|部分|卷|编|編|讲|講|课|課|回)|卷\s*[\d零〇一二三四五六七八九十百]{1,4}|[上中下]\s*[篇卷編编]|(?:Part|PART|Chapter|CHAPTER|Section|SECTION)\s+(?:\d{1,3}|[IVXLC]{1,6}))\s*[:：.]?$/;
export const isPartNumber = (t: string): boolean => PART_NUMBER.test(t.trim());

/** A copy site's number for one of several parts: 某某发言提纲(二). */
export const withoutPartNumber = (title: string): string => title.replace(/[(（][一二三四五六七八九十\d]{1,2}[)）]$/, '');

export const cleanTitle = (text: string): string => {
  const s = titleSpan(text);
  // A mirror's lottery spam pushed inside the headline (新疆“两会新澳门正版资料免费更新1181”:…) is taken out (title-software.ts).
  return software.withoutLotterySpam(text.slice(s.start, s.end));
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
  if (!SUBTITLE_WORDS.test(after)) return null;
  // Several speakers before their meeting (…单位代表及7位委员在…会议上发言, 代表們在…會上發言) make a news headline's
  // subtitle, part of it; one speaker's (某某同志在…会议上的讲话) is a speech's meeting line, not its title's.
  const speaker = MEETING_AT.exec(after);
  return speaker && SEVERAL.test(speaker[1]!) && !isOneSpeaker(speaker[1]!) ? null : at;
}
/** The speaker's words before a meeting line's 在 (…委员在…会议上). */
const MEETING_AT = /^([^在于於]{1,30})[在于於]/;
/** Words that make several speakers: 及, 等, 和, 与, a list mark, 们, a count of people (7位, 十位). */
const SEVERAL = /[及等和与與、]|[们們]$|(?:\d+|[一二两兩三四五六七八九十百]+)(?:位|名)/;
/** One person's posts joined by 、, then the name (县委副书记、县长王某, 市委常委、常务副市长 张某): one speaker. */
const ONE_SPEAKER = /^[^及等和与與们們位名]{0,24}(?:书记|書記|[长長]|主任|委员|委員|常委|主席|总理|總理)[ \u3000]?(\p{Script=Han}{2,3})(?:同志)?$/u;
const isOneSpeaker = (s: string): boolean => {
  const m = ONE_SPEAKER.exec(s.trim());
  return m !== null && isNameAlone(m[1]!);
};

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

/** An office of the body named in brackets after it (某市人民政府(办公室), 某县人民政府（办公室）): the office's masthead. */
const OFFICE_BRACKET = /[(（](?:办公室|辦公室|办公厅|辦公廳|秘书处|秘書處|办|辦)[)）]$/;

/** The issuing office's line over a document's title: 某市人民政府办公室, 湖南省人民政府办公厅文件. */
export function isIssuingOffice(text: string): boolean {
  const t = text.trim();
  const body = t.replace(OFFICE_BRACKET, '');
  return (
    closingKind(t) === 'org' ||
    (body !== t && closingKind(body) === 'org') ||
    /(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳)文件$/.test(t)
  );
}

/** A title's last noun, with what a site writes after it (讲话稿, 讲话文稿, 发言材料) and a bracket: where a run-on title may end. */
const TITLE_END = new RegExp(`(?:${TITLE_NOUNS}|情况|情況)${TITLE_NOUN_SUFFIX}?(?:[(（][^()（）]{0,20}[)）])?`, 'g');
/** A speech's salutation right after its title, whatever mark follows it (同志们，今天…, 各位來賓，女士們…). */
const SALUTATION_OPEN =
  /^(?:尊敬的|亲爱的|親愛的|主任、各位|主席、各位|(?:同志们|同志們|各位代表|各位委员|各位委員|各位议员|各位議員|各位领导|各位領導|女士们|女士們|各位来宾|各位來賓|各位嘉宾|各位嘉賓|朋友们|朋友們|大家好)[、,，:：!！\s])/;
/** A document's first heading right after its title (…应急预案目录1总则, …实施方案一、总体要求, …预案 总则 1.1编制目的). */
const FIRST_HEADING =
  /^(?:[ \u3000]*(?:目录|目錄|总则|總則|前言|第[一二三四五六七八九十]{1,3}[章部]|[一二三四五六七八九十]{1,3}、)|[ \u3000]+(?:\d{1,2}(?:\.\d{1,2})+|第\d{1,3}[章条條]))/;
/** A notice's addressees right after its title: 各乡镇人民政府，县直各部门：, 各有关单位： */
const ADDRESSEES = /^各[^。！？\n:：]{1,36}[:：]/;
export const isAddressees = (t: string): boolean => ADDRESSEES.test(t);
/** The salutation a speech or a report opens with: 各位代表：, 同志们：, 尊敬的…： */
const SALUTATION =
  /(?:编者按|編者按|各位代表|各位委员|各位委員|同志们|同志們|各位领导|各位領導|尊敬的|女士们|女士們|各位来宾|各位來賓|议长|議長|各位议员|各位議員|主任、各位|主席、各位|亲爱的|親愛的|各位同仁|老师们|老師們|同学们|同學們)[^。！？\n:：]{0,16}[:：]/;
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
  /^(?:(?:\d{4}|[〇一二三四五六七八九十]{4})年[，,以来來度是]|今年以来|今年是|一年来|過去一年|过去一年|近年来|近年來|当前[，,]|當前[，,]|根据|根據|依据|依據|现将|現將|本(?:年度|次)?(?:报告|報告|方案|办法|辦法|规定|規定|意见|意見|细则|細則|规划|規劃)|为(?:了|进一步|深入|全面|切实|贯彻|认真|加快|加强|推动|推进|做好|规范|促进|保障|提高|确保|有效|更好)|為(?:了|進一步|深入|全面|切實|貫徹|認真|加快|加強|推動|推進|做好|規範|促進|保障|提高|確保|有效|更好)|按照|依照|现就|現就|日前[，,]|在\p{Script=Han}{1,12}的?(?:坚强|堅強|正确|正確|亲切|親切|有力)?(?:领导|領導|关心|關心|指导|指導)下)/u;
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
    // After the first title noun (…的讲话文稿, …应急预案, …工作思路) that the text's opening follows.
    for (const m of text.matchAll(TITLE_END)) {
      const at = m.index + m[0].length;
      if (at > 100) break;
      const after = text.slice(at, at + 40);
      if (OPENING.test(after) || NUMBER_AFTER.test(after) || SALUTATION_OPEN.test(after) || ADDRESSEES.test(after) || FIRST_HEADING.test(after)) {
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
  // With no space (银川市人民政府市长陶少华, 代理市長藍曉): a government's or a party committee's post, an acting one too (代, 代理)
  // opening the line or after its place (新时代书记李强: no acting post), then a name by its surname.
  const m =
    /^(?:\p{Script=Han}{0,20}(?:政府|人大|政协|政協|委员会|委員會|党委|黨委|[省市县縣区區州旗委])|(?=代))(?:代理|代)?(?:副)?(?:[省市县縣区區州]长|[省市县縣区區州]長|主席|书记|書記|主任)(\p{Script=Han}{2,3})$/u.exec(
      t,
    );
  return m !== null && SURNAME.has(m[1]![0]!);
}

/**
 * A news headline that exclaims or asks (新年新气象！某县重点项目集中开工, 如何看待…目标？): a title when it is
 * the first of the page, short and with no other sentence mark. Its clauses may be set off by a comma or two
 * when it ends exclaiming (干的漂亮!某市政府奋力拼搏五年,结果让人大吃一惊!), unless it speaks to someone: a
 * salutation or a site's prompt (各位代表,大家好!, 还没有评论,快来抢沙发吧!) is no headline.
 */
export function isExclaimedHeadline(text: string): boolean {
  const t = withoutPinyin(text);
  const commas = t.match(/[，,]/g)?.length ?? 0;
  const clauses = commas <= 2 && /[！？!?]$/.test(t) && !/[：:]/.test(t) && !ADDRESSED.test(t); // 某某:…,…? is a speaker's line
  return t.length >= 8 && t.length <= 40 && /[！？!?]/.test(t) && !/[。；;]/.test(t) && (commas === 0 || clauses) && !isSalutation(t);
}
/** Words that speak to the reader or the room: 您, 大家, 各位, 尊敬, 亲, …吧. */
const ADDRESSED = /[我你您咱亲親吧]|大家|各位|尊敬|朋友|同志/;

/** An article's line whose title follows its author's name and a colon (何俊志:…的职能变迁——路径与模式). */
export const isAuthoredTitle = (text: string): boolean => noise.authorLead(text, isNameAlone) > 0 && looksLikeTitle(cleanTitle(text));

/** A label of a page's part standing alone: 摘要, 正文, 目录 (a journal's abstract follows, not its title). */
/**
 * A tag's or a topic's heading over a list of headlines (标签：营商环境, Tag: 乡村振兴, #施政報告#, #花蓮 #市 #自由時報 (a markdown heading's
 * `# ` is taken off before), 「施政辯論」相關文章,
 * 包含标签“营商环境”的文章): the list's, not a title; the first headline under it is the page's.
 */
const TAG_HEADING =
  /^(?:(?:标签|標籤|标記|標記|tags?|话题|話題|关键词|關鍵詞|关键字|關鍵字)\s*[:：]\s*\S{1,16}|[#＃]\S{1,16}[#＃]?|(?:[#＃][^\s#＃]{1,16}[#＃]?\s*){2,8}|(?:包含|含有)?(?:标签|標籤)?\s*[「『“"《#＃]\S{1,16}[」』”"》#＃]\s*(?:的)?(?:相关|相關)?(?:文章|新闻|新聞|报道|報導|報道|内容|內容)(?:列表)?|\S{1,16}\s*(?:的)?(?:相关文章|相關文章|相关新闻|相關新聞|相关报道|相關報導|文章列表|新闻列表|新聞列表))$/i;
/** A site's pop-up or notice box's label (重要公告, 温馨提示): the box's, never the page's title. */
const BOX_LABEL = /^[【[]?(?:重要公告|网站公告|網站公告|系统公告|系統公告|温馨提示|溫馨提示|特别提示|特別提示|友情提示|友情提醒|关闭按钮|關閉按鈕)[】\]]?$/;
const PART_LABEL =
  /^[【[]?(?:摘要|正文|目录|目錄|前言|全文|附件|图片|圖片|视频|視頻|导读|導讀|内容提要|內容提要|内容摘要|內容摘要|简介|簡介|基本信息|基本資訊|文件信息|文件資訊|文档信息|文檔信息|信息属性|信息屬性|索引信息|公文信息|文章信息)[】\]]?$/; // and a metadata table's label
/**
 * What a title never is, whatever stands round it: a date or a number alone (• 2002-11-06), a line with a web
 * address (a site's banner: 新江南网欢迎你/www.xjnnet.com/…), a name alone (婁勝華: an author's, two to four
 * characters naming no genre), a photo's caption, a row of pairs with no colons (質詢日期 108-12-05 議案類別
 * 定期會, 主 席 洪議長允典…, 出席 张三、李四).
 */

export function isNeverTitle(text: string, caption = true): boolean {
  const t = text.trim();
  if (t === '' || isDateOnly(t) || isDocNumber(t) || /^[\d\s.,:：/-]+$/.test(t) || noise.isPageNumber(t) || noise.isReadingStat(t) || noise.isNavLink(t))
    return true;
  if (TAG_HEADING.test(t)) return true; // 标签：政府工作报告 names a genre and is still the tag
  if (CAPTION_CREDIT.test(t) || isCreditedCaption(t)) return true; // …會見傳媒(中評社 陸文煜攝), …營養價值 李建泉攝: a photo's caption
  if (isSpacedCaption(t)) return true; // …隆重开幕 黄克 何学俏/摄, …開幕 人民網海南頻道孟凡盛攝 (credit-lines.ts)
  if (isOutletByline(t)) return true; // 大众新闻·大众日报 刘某: the outlet and its writer (credit-lines.ts)
  if (isMediumCredit(t)) return true; // 图/羊城晚报全媒体记者 陶奕燃: who made the text or its pictures
  if (BOX_LABEL.test(t)) return true; // 重要公告 names a genre and is still a pop-up's label
  if (namesGenre(t)) return false; // 关于做好中国政府网(www.gov.cn)内容保障的通知 is a title
  // A journal's issue line (2017年2期, 统一战线学研究 2022年1期); a gazette's (某市政府公报2019年第4期) names the issue's page.
  if (noise.isIssueLine(t) && !/公报|公報/.test(t)) return true;
  if (DOMAIN.test(t)) return true;
  if (isNameAlone(t) || noise.namesAlone(t, isNameAlone) || (caption && noise.PHOTO_CAPTION.test(t)) || CAPTION.test(t) || PART_LABEL.test(t) || isByline(t))
    return true;
  const words = t.split(/[ \u3000]+/);
  // A date among three or more words is a value in a row of pairs (某县召开专题会议 2025-03-01 is two).
  if (words.length >= 3 && words.some((w) => /^\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(w))) return true;
  // A key spaced out letter by letter, then its value (主 席 洪議長允典): 政 府 工 作 报 告 is spaced throughout.
  if (/^\p{Script=Han}[ \u3000]+\p{Script=Han}[ \u3000]+\p{Script=Han}{2}/u.test(t)) return true;
  // A short key, then a list of names (質詢議員 歐陽議員儀雄、唐議員麗輝); a name with its office is seven characters
  // at most, a clause is longer (合作創雙贏 高虹安拜會竹縣府、議會 is a headline).
  return words.length === 2 && words[0]!.length <= 6 && /^(?:[^、]{1,7}、)+[^、]{1,7}$/.test(words[1]!);
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
  // A photo's caption ending in its credit (…會見傳媒(中評社 陸文煜攝), …營養價值 李建泉攝) keeps the credit, for isNeverTitle to see it.
  const title =
    CAPTION_CREDIT.test(body) || isCreditedCaption(body) || isSpacedCaption(body) ? body : cleanTitle(sub === null ? body : body.slice(0, sub).trimEnd());
  const row: Row = { li, kind: 'candidate', text: title };
  if (sub !== null) row.rest = lineStart + lead + sub;
  return row;
}
