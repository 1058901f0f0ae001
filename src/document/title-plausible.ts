// Whether a row that survived the furniture filters can be the page's title at all: one test every candidate
// passes before chooseTitle (title-choice.ts) may announce it, built from what a title is rather than from
// lists of what a site prints. A title names its subject in a phrase: the text under it says some of its words
// again; it does not run on as a sentence, a dateline or a quote; it is mostly words, not letters of markup,
// digits of a contact number or an address; and it tells the reader nothing to do. A line that reads as any of
// these is a site's line (手機看文章, 网站合作QQ:…, <title>…, Enjoying your free trial? …, 某网某地8月4日电(记者…)),
// so the next candidate that passes is the title, or the page has none.

import { datelineLead, isNameAlone } from './bylines.js';
import { dateAt } from './date-reader.js';
import type { Lines } from './lines.js';
import { anyScriptPattern, oneForm } from './script-forms.js';
import { isPersonCaption, isPostThenName } from './title-captions.js';
import { isGarbled } from './title-garbled.js';
import { isUserPrompt } from './title-prompts.js';

const HAN = /\p{Script=Han}/u;

/** The pairs of adjacent Han characters of `text`: its words, roughly. */
export function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  for (const ch of text) {
    if (HAN.test(ch)) {
      if (prev !== '') out.add(prev + ch);
      prev = ch;
    } else prev = '';
  }
  return out;
}

/** The Han pairs of `text` and its words of four letters or more. */
function words(text: string): Set<string> {
  const out = hanPairs(text);
  for (const w of text.match(/[A-Za-z]{4,}/g) ?? []) out.add(w.toLowerCase());
  return out;
}

/** How many of the title's words the text under it says again. */
export function sharedWords(title: string, body: string): number {
  const lower = body.toLowerCase();
  let n = 0;
  for (const w of words(title)) if (lower.includes(w)) n++;
  return n;
}

/**
 * The share of `text`'s Han characters that stand in a pair of them the text under it says again: a headline's words
 * (政府, 会议 of 市政府会议召开), not the pairs across two of its words (府会, 议召) that no text need say.
 */
export function saidAgain(text: string, below: string): number {
  const chars = [...text];
  let han = 0;
  let covered = 0;
  let prevSaid = false; // the pair ending at this character is said
  for (let k = 0; k < chars.length; k++) {
    if (!HAN.test(chars[k]!)) {
      prevSaid = false;
      continue;
    }
    han++;
    const next = chars[k + 1];
    const nextSaid = next !== undefined && HAN.test(next) && below.includes(chars[k]! + next);
    if (prevSaid || nextSaid) covered++;
    prevSaid = nextSaid;
  }
  return han === 0 ? 0 : covered / han;
}

/**
 * The length of a news dateline opening the line (人民政协网克拉玛依8月4日电, 新华社北京3月5日電, 本报讯: bylines.ts's grammar)
 * when the story follows it (a bracket, a quote, a space, a comma), or 0: 3月5日电商节 is a headline's word.
 */
function datelineOpening(text: string): number {
  const lead = datelineLead(text);
  return lead > 0 && (lead === text.length || /[\s(（“"「，,：:【]/.test(text[lead]!)) ? lead : 0;
}

/**
 * A news agency's copy names its headline inside its dateline after 题: (某地8月14日電 題:某村:當年… 今日… 記者 某某 走進…):
 * the dateline is no title, the words after 题: up to the reporter are. Its span in `line`, or null; the line's first 300
 * characters are looked at.
 */
export function titleInDateline(line: string): { start: number; end: number } | null {
  const head = line.slice(0, 300);
  const lead = /^\s*/.exec(head)![0].length;
  const dateline = datelineOpening(head.slice(lead));
  if (dateline === 0) return null;
  const label = /^\s*[题題]\s*[:：]\s*/.exec(head.slice(lead + dateline));
  if (!label) return null;
  const start = lead + dateline + label[0].length;
  const by = /[ \u3000]+(?:本[报報])?(?:记者|記者|通讯员|通訊員)/.exec(head.slice(start));
  if (!by || by.index < 6 || by.index > 80) return null;
  return { start, end: start + by.index };
}

// A sentence end with more text after it: the line runs on as prose (…的报告. 加分后还有…, …城市!城市的名字…).
// A kicker of a few characters before its mark (暖心！…, 重磅！…) is a headline's, not a sentence.
// An English full stop, not an abbreviation's dot (U.S. Secretary, Dr. Zhang, St. Petersburg, No. 1).
const FULL_STOP = '(?<!\\b[A-Z]|\\b(?:Dr|Mr|Mrs|Ms|St|No|Prof|Gen|Gov|Sen|Rep|Jr|Sr|Inc|Co|Corp|Ltd|vs|Mt|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\\.\\s';
const SENTENCE_END = new RegExp(`[。！？!?；;]|${FULL_STOP}`, 'g');
const ENGLISH_SENTENCE = new RegExp(FULL_STOP);

export function runsOn(text: string): boolean {
  if (text.length < 16) return false;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m.index < 6) continue;
    let k = m.index + m[0].length;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    // A closing quote or bracket right after the mark belongs to the same sentence; nothing after it ends the line.
    if (k < text.length && !/[”’」』)）"'》]/.test(text[k]!)) return true;
  }
  return false;
}

// A quote set out alone on its line (“…!”): a speaker's words, no headline.
const QUOTE_ALONE = /^[“「"『][^“”「」『』"]{4,}[。！？!?…][”」"』]$/;

// A contact line: a QQ, WeChat or telephone number of seven digits or more (网站合作QQ:1444646479, 服务热线 400-…);
// a service's short number in a headline (市长热线12345受理情况) is its name. A notice's headline giving a number
// (关于开通举报电话0756-2222222的通告) has its text give the number again; a site's contact line has not.
const CONTACT = /(?:QQ|qq|微信|电话|電話|热线|熱線|手机|手機|传真|傳真|[Tt]el|TEL|[Pp]hone)(?:号|號|群)?\s*[:：]?\s*\+?(\d[\d\- ]{6,})/;
const digits = (s: string): string => s.replace(/[\s-]/g, '');

// Markup a feed or a page's source leaves in a line (<title>…, <![CDATA[, &#124;), and a template's slot left unfilled
// ({{bookData.followerCount}}, ${item.title}, {% block %}): the page's code, never its words.
const MARKUP = /<\/?[A-Za-z][\w:-]{0,20}(?:\s[^<>]{0,200})?>|<!\[CDATA\[|&#\d{2,5};|\{\{[^{}]{1,200}\}\}|\$\{[^{}]{1,100}\}|\{%[^{}]{1,100}%\}/;

// An instruction to the reader about the page itself: on a phone, read or open it, see its whole text, follow its
// account (手機看文章, 手机版阅读, 点击查看原文, 扫码关注公众号, Upgrade Now, Enjoying your free trial?). A headline
// may open with the same verb (扫码就医让群众少跑腿, 看我市…): it names no such object of the page's.
const PROMPT =
  /^(?:(?:手机|手機|电脑|電腦)(?:版|看|阅读|閱讀|浏览|瀏覽)|[^\s，,。]{0,4}?(?:看|阅读|閱讀|查看|关注|關注|分享)(?:文章|全文|原文|本文|详情|詳情|更多|公众号|公眾號))|^(?:Enjoying|Upgrade|Click|Tap|Subscribe|Sign (?:in|up)|Log ?in|Read more)\b/i;

// The site's own words, which no text under them says again: a button (立即访问, 马上下载, 點此進入) is an urgent verb
// alone; a page's label names the page's kind, not its subject (文章详情, 新闻正文, 詳細內容). A headline with such words
// says what it is about, and its text says that again.
const SITE_LABEL =
  /^(?:(?:立即|马上|馬上|现在|現在|点击|點擊|点此|點此|一键|一鍵)\p{Script=Han}{1,3}|(?:文章|新闻|新聞|资讯|資訊|信息|內容|内容|稿件|页面|頁面)?(?:详情|詳情|正文|详细|詳細|详细信息|詳細信息|详细内容|詳細內容)(?:页|頁)?)$/u;

// A menu row the template glued into one run (网站首页资讯中心政务公开政务服务…): it opens with the home link and goes
// straight on to the next section's name with no mark between them; a headline never starts at 首页.
const GLUED_MENU = /^(?:网站|網站)?(?:首页|首頁|主页|主頁)\p{Script=Han}{6}/u;

// A person's name and post alone (姚保國副社長, 李明 院长): a portrait's caption names a person, not the page's subject.
const POST =
  /^(\p{Script=Han}{2,4}?)[ \u3000]?((?:常务|常務|代理|代)?副?(?:社长|社長|局长|局長|院长|院長|厅长|廳長|处长|處長|科长|科長|所长|所長|馆长|館長|校长|校長|行长|行長|会长|會長|理事长|理事長|董事长|董事長|秘书长|秘書長|总经理|總經理|总编辑|總編輯|总编|總編|主编|主編|主任|书记|書記|主席|部长|部長|[省市县縣区區州镇鎮乡鄉]长|[省市县縣区區州镇鎮乡鄉]長))$/u;
// A name and post is at most 4 + 1 + 6 characters: the length rules most lines out before the pattern runs.
const isNameAndPost = (t: string): boolean => {
  const m = t.length <= 12 ? POST.exec(t) : null;
  return m !== null && isNameAlone(m[1]!);
};

// The note of adoption printed under a law's or a plan's title (2016年4月23日…委员会议审议批准, 2020年1月9日…会议通过): a
// date, who, and the act: a sentence about the document, not its name.
const ADOPTED = /(?:审议|審議)?(?:通过|通過|批准|修订|修訂|修正|公布|公佈|施行)[)）]?$/;
// Who adopted it is a meeting, a standing committee or a government's order: a headline with its date first (2024年5月1日起
// 一批新规正式施行, 2025年1月1日《…条例》正式施行) names no such body.
const ADOPTER = /会议|會議|委员会|委員會|常委会|常委會|政府令|[令告]第/;
export const isAdoptionNote = (t: string): boolean => {
  // The act at its end first: the date grammar runs only on the few lines that end in one.
  if (!ADOPTED.test(t)) return false;
  const from = /^[(（]?/.exec(t)![0].length;
  const date = dateAt(t, from);
  return date !== null && date.end - from === date.value.length && date.end < t.length - 4 && ADOPTER.test(t.slice(date.end));
};

// A listing's line about a post, its parts glued: who, how long ago, its category, its count (文史通2年前历史故事问答332).
const POSTED_AGO = /\d{1,3}\s?(?:年|个月|個月|周|週|天|日|小时|小時|分钟|分鐘)前/;

// A paper's masthead: a publication's name with the word for its form, an edition or the house (株洲日报数字报, 某某晚报
// 电子版, 某某日报 数字报刊, 株洲日报社). It names the paper, not a subject; a headline naming the paper says more
// before it (市委书记调研株洲日报社) or its text names the paper's edition again.
const MASTHEAD =
  /^\p{Script=Han}{2,6}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報)[ \u3000]?(?:数字报刊|數字報刊|数字报|數字報|数字版|數字版|电子版|電子版|电子报|電子報|手机报|手機報|网络版|網絡版|报社|報社|社)$|^\p{Script=Han}{2,6}(?:手机报|手機報)$/u;
// An account's line: who posted, by the platform's word for an account (湖南株洲融媒体官方账号, 第一财经官方账号, 某某
// 百家号, 某某头条号). It names the poster, never the post's subject; a headline about an account (国资委开通官方账号)
// has its text name the account's kind again.
const ACCOUNT = anyScriptPattern(
  /^[\p{Script=Han}A-Za-z\d·]{2,20}[ \u3000]?(官方账号|官方号|百家号|头条号|网易号|搜狐号|澎湃号|一点号|新浪号|抖音号|视频号|公众号)$/u,
);
/** Whether most of `text`'s letters are Latin ones: a line in English or markup rather than Chinese. */
function mostlyLatin(text: string, han: number): boolean {
  let latin = 0;
  for (const ch of text) if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) latin++;
  return latin > han;
}

/** Whether `body` is a Chinese text: Han characters, a few dozen at least, outnumber its Latin letters. */
function chineseText(body: string): boolean {
  const han = (body.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 20 && !mostlyLatin(body, han);
}

// When the story happened, alone on its line (1月11日上午, 昨天下午3时, 2025年3月5日晚, 十一日上午九時許): a TV item's or a
// paper's dateline set over its first sentence, which goes on under it. It says when, never what: no headline. A headline
// that opens with its date (1月11日上午白山市政协会议开幕) names its subject after it and is not this line.
const YEAR = '(?:(?:\\d{2,4}|[〇○零一二三四五六七八九]{2,4})\\s{0,2}年\\s{0,2})';
const MONTH = '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|元|正)\\s{0,2}月\\s{0,2})';
const DAY = '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s{0,2}[日号號]\\s{0,2})';
const RELATIVE_DAY = '(?:(?:今|昨|前|明|当|當)(?:天|日)\\s{0,2})';
const WEEKDAY_PART = '(?:[(（]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][)）]?\\s{0,2})';
const DAY_PART = '(?:上午|下午|中午|晚上|傍晚|凌晨|早上|清晨|早晨|夜间|夜間|晚间|晚間|深夜|午后|午後|午间|午間|白天|当晚|當晚|当天|當天|早|晚|夜)';
const CLOCK_TIME =
  '(?:\\d{1,2}\\s{0,2}(?:[:：]\\s{0,2}\\d{2}|[时時点點](?:\\s{0,2}\\d{1,2}\\s{0,2}分|半)?)|[一二三四五六七八九十]{1,3}[时時点點](?:[一二三四五六七八九十]{1,3}分|半)?)';
const TIME_ALONE = new RegExp(
  `^${YEAR}?${MONTH}?(?:${DAY}|${RELATIVE_DAY})?${WEEKDAY_PART}?(?:${DAY_PART}\\s{0,2})?${CLOCK_TIME}?\\s{0,2}(?:许|許|左右)?\\s{0,2}[,，:：]?$`,
  'u',
);
const WHEN_PART = new RegExp(`${DAY}|${RELATIVE_DAY}|${DAY_PART}|${CLOCK_TIME}`, 'u');
/** Whether `t` is only a time of the story (a day and a part of it, or a clock's time): a dateline, no headline. */
function isTimeAlone(t: string): boolean {
  const s = t.trim();
  if (s.length < 2 || s.length > 30 || !TIME_ALONE.test(s)) return false;
  // A day with a part of it or a clock's time, or a month's day: a year alone (2025年) or a month alone is a cover's or a list's.
  return WHEN_PART.test(s);
}

// A part of a report by its heading (过去五年工作回顾, 今后五年的主要任务, 2025年工作安排, 三、存在的问题和不足, 保障措施): a span of
// time, perhaps its ordinal, and the part's name, with nothing of whose report it is. A copy that starts at the report's
// first part has no title over it; the report's name (某市2025年政府工作报告, 中山市过去五年工作回顾) says whose.
const PART_ORDINAL =
  '(?:[一二三四五六七八九十]{1,3}[、.．]\\s{0,2}|第[一二三四五六七八九十]{1,3}(?:部分|章|节|節)\\s{0,2}|[(（][一二三四五六七八九十]{1,3}[)）]\\s{0,2})';
const PART_SPAN =
  '(?:(?:过去|過去|今后|今後|未来|未來)?(?:[一二两兩三四五六七八九十]|\\d{1,2})年(?:来|來)?|(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s{0,2}年(?:度)?|今年|明年|本届政府|本屆政府|本届|本屆|过去一年|過去一年|一年来|一年來)';
const PART_NAME =
  '(?:(?:主要)?工作回顾|(?:主要)?工作回顧|主要成绩|主要成績|主要成效|工作成效|取得的成绩|取得的成績|(?:存在的?|面临的|面臨的)(?:主要)?(?:问题|問題)(?:和|与|與|及)?(?:不足|困难|困難|挑战|挑戰)?|(?:问题|問題)(?:和|与|與)不足|(?:主要|重点|重點)?目标任务|(?:主要|重点|重點)?目標任務|(?:主要|重点|重點)任务|(?:主要|重点|重點)任務|(?:主要|重点|重點)?工作安排|工作打算|工作思路|总体要求|總體要求|指导思想(?:和|与|與)?(?:总体要求|主要目标|基本原则)?|指導思想(?:和|與)?(?:總體要求|主要目標|基本原則)?|基本原则|基本原則|(?:主要|发展|發展)目标|(?:主要|發展)目標|保障措施|组织保障|組織保障|工作措施|下一步(?:工作)?(?:打算|计划|計劃|安排|思路)?|下步打算|(?:加强|加強)?政府自身建设|(?:加強)?政府自身建設|主要做法|经验体会|經驗體會|基本情况|基本情況)';
const REPORT_PART = new RegExp(`^${PART_ORDINAL}?${PART_SPAN}?(?:的)?${PART_NAME}$`, 'u');
/** Whether `t` is a report's part heading alone (过去五年工作回顾): the body's, no title. */
export const isReportPart = (t: string): boolean => t.length <= 30 && REPORT_PART.test(t.trim());

// Clauses that trail off in an ellipsis (我和《某报》结缘,那是很早的事……, 那年冬天,我们在山里……): the text's first sentence,
// its narration going on under it. A headline may trail off too (走近这张抗日名将创办的报纸……), in one phrase: no clause
// after a comma. Only the line's last 40 characters are looked at.
const TRAILS_OFF = /[，,][^，,]{2,36}(?:…{1,2}|\.{3,6})$/;

/**
 * Why `text` is no title of a page whose text under it is `body`, or null when it may be one. `body` is the
 * first few hundred characters under the header's rows. `framed`: the page's pairs (来源, a date) stand right under the
 * line, as under a headline; then a part's heading or a clause that trails off (…,那是很早的事…… ⏎ 来源:…) is
 * the headline's wording, not the text's first line.
 */
export function notATitle(text: string, body: string, framed = false): string | null {
  const t = text.trim();
  // A title is short: the tests look at its first few hundred characters, so a hostile long line costs nothing.
  const head = t.slice(0, 300);
  if (MARKUP.test(head)) return 'markup';
  const contact = CONTACT.exec(head);
  if (contact && !digits(body).includes(digits(contact[1]!))) return 'a contact number';
  if (datelineOpening(t) > 0) return 'a dateline';
  if (isTimeAlone(t)) return 'a time alone';
  if (!framed && isReportPart(t)) return "a report's part heading";
  if (!framed && TRAILS_OFF.test(t.slice(-40))) return 'a sentence that trails off';
  if (QUOTE_ALONE.test(head)) return 'a quote';
  // A line opening with a dash hangs on the line above it: a subtitle or a series line (-云南玉溪介绍之一, ——在…会上).
  if (/^[-－—―~～]/.test(t)) return 'a subtitle or series line';
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  const echoed = sharedWords(head, body) > 0;
  // The rest are doubts a real headline can raise too: the text under it saying its words again settles them.
  if (PROMPT.test(head) && !echoed) return 'a prompt';
  // A prompt to act on the site or the device (添加某某网到电脑桌面, 請選擇欲查詢日期區間): a headline about an app or a
  // site's new service has its text say most of its words again (title-prompts.ts).
  if (isUserPrompt(t) && saidAgain(t, body) < 0.5) return 'a prompt to act on the site';
  // Garbled text (UTF-8 read as Big5 or GBK: 嚙踝蕭嚙緬) is the site's broken template; the text never says it again, and
  // its bytes are only looked at then (title-garbled.ts builds its tables on the first such line).
  if (!echoed && han >= 5 && isGarbled(head)) return 'garbled text';
  if (GLUED_MENU.test(head) && !/[\s，,。：:|｜]/.test(head)) return 'a menu row';
  if (!echoed && SITE_LABEL.test(t)) return "a site's button or label";
  // An English line with a name in Han in it (Submitted by 長青人 on, Posted by 小编), over a Chinese text that says
  // none of its words, is the site's line about a poster: a headline naming Bill Gates or APEC says its subject in
  // Han, and an English title alone (Government Work Report) has no Han name in it.
  if (!echoed && han >= 1 && han <= 3 && (head.match(/[A-Za-z]+/g) ?? []).length >= 2 && mostlyLatin(head, han) && chineseText(body))
    return 'an English site line';
  if (runsOn(t) && !(echoed && han >= 6 && !ENGLISH_SENTENCE.test(head))) return 'a sentence that runs on';
  if (isNameAndPost(t)) return "a person's name and post";
  // A photo's caption (王某讲话 over a report naming him) and a speaker's line (市长李某) name a person (title-captions.ts).
  if (isPersonCaption(t, body)) return "a person's photo caption";
  if (isPostThenName(t, body)) return "a speaker's line";
  if (MASTHEAD.test(t) && !body.includes(t.replace(/[ \u3000]/g, ''))) return "a paper's masthead";
  // Every account word ends in 号 (號): only those lines are put in one form and matched.
  const account = /[号號]$/.test(t) ? ACCOUNT.exec(oneForm(t)) : null;
  if (account && !oneForm(body).includes(account[1]!.replace(/^官方/, ''))) return "an account's name";
  if (isAdoptionNote(head)) return 'a note of adoption';
  // A headline may say 两年前 too: its text says its words again; a listing's glued line ends in its count.
  if (!echoed && POSTED_AGO.test(head) && /\p{Script=Han}\d+$/u.test(t)) return "a post's age and counts";
  return null;
}

/**
 * Whether `text` (line `li`, six characters or more) stands alone again on one of the next eight lines: a headline
 * printed again under its byline, whatever its brackets (某县旅游景点(某县特色…), is no paragraph's cut line.
 */
export function printedAgain(lines: Lines, li: number, text: string): boolean {
  if (text.length < 6) return false;
  for (let k = li + 1; k < Math.min(lines.length, li + 9); k++) if (lines.at(k).text.trim() === text) return true;
  return false;
}
