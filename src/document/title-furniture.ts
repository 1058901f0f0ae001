// Furniture round a title and furniture lines that stand where a title would, as classes (issue 26, round 14):
// a column's or a topic's label glued before a headline by a bar or a stroke (两会快讯|…, 施政報告|…, 产业与政策丨…),
// a page's statistics line (本篇文章523字,读完约1分钟; 阅读 1.2万 点赞 30; 1552人已围观), a search or a tag page's
// count of its results (以下是含有…的搜寻结果,共159笔; 找到约 10,000 条结果), and a site's own name with its edition
// (某某网移动版, 某某網手機版, 某某官方网站, 某某人大微信) even with a converter's pinyin or `??` inside it. Each pattern is anchored
// and bounded, so it stays linear on a long line. Imports nothing of ui; title.ts, title-noise.ts and
// title-shape.ts call these.

import { isDateline } from './bylines.js';
import { dateAt } from './date-reader.js';

/**
 * A label of two to ten characters (Han, letters, digits, a middle dot) and a bar or a stroke (| ｜ 丨 ▏ │ ┃). Not a
 * colon: a name or a paper's column and a colon (李家超:…, 新华社关注:…, 某某議會施政總報告:「…」) are the headline's own.
 */
// A series' label numbers its part (平遥申遗20年①|…, 脱贫故事(三)|…, 系列报道之二｜…): the number is the label's too.
const LABEL_BAR =
  /^([\p{Script=Han}A-Za-z\d·・]{2,10}(?:[\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u3220-\u3229\u3251-\u325F\u3280-\u3289\u32B1-\u32BF]|[(（][一二三四五六七八九十\d]{1,3}[)）]|之[一二三四五六七八九十]{1,3})?)[ \u3000]?[|｜丨▏│┃][ \u3000]?/u;
/** A site's own word closing a name: a label after a headline's bar (…会议召开|某县融媒) is the site, not a topic. */
const SITE_END = /(?:网|網|新闻|新聞|报|報|社|台|站|频道|頻道|融媒|政府|门户|門戶|官网|官網|中心|发布|發布)$/;
/** A speech's occasion, its day and its meeting (——2024年1月15日在某县第十八届人民代表大会第三次会议上): no headline. */
const OCCASION = /^[—－-]*[ \u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})[ \u3000]*年[^在]{1,12}日[ \u3000]*在[^上]{2,80}上/;
/** A key a page's pairs use (来源|新华社): a pair set apart by a bar, not a label. */
const KEYISH = /(?:来源|來源|作者|日期|时间|時間|编辑|編輯|记者|記者|责编|責編|发布|發布|浏览|瀏覽|阅读|閱讀)$/;

/**
 * Where a headline starts after a column's or a topic's label glued before it (两会快讯|市十八届人大一次会议隆重开幕,
 * 施政報告|林鄭月娥…, 产业与政策丨以提升…), or 0. The headline after it holds six characters at least,
 * is longer than the label and is not a site's name (某县召开安全会议|某县新闻网 is a page's <title>, headline first).
 */
export function topicLead(text: string): number {
  const m = LABEL_BAR.exec(text);
  if (!m) return 0;
  const label = m[1]!;
  const rest = text.slice(m[0].length).trim();
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 6 || rest.length <= label.length || KEYISH.test(label) || /^\d+$/.test(label)) return 0;
  // The rest a site's name alone, or a row of more bars (a menu: 首页|新闻|政务): no headline after a label. Nor a
  // speech's occasion (政府工作报告(一)|2024年1月15日在某县…会议上): the name before the bar is the document's, in parts.
  if ((SITE_END.test(rest) && rest.length <= 16) || /[|｜丨▏│┃]/.test(rest.slice(0, 40)) || OCCASION.test(rest)) return 0;
  return m[0].length;
}

/**
 * A clock's time set apart after a headline, bare or in round brackets (林鄭月娥…發表《施政報告》 (17:15)): the item's
 * time, a news list's furniture round its title. A space before it; a year or a count is the title's own.
 */
// The lookbehind starts a try only at a run's first space: tried inside a long run, each start would scan it again.
export const TIME_TAIL = /(?<![ \u3000])[ \u3000]+[(（]?(?:[01]?\d|2[0-3]):[0-5]\d[)）]?$/;

/** One piece of a statistics line: a length, a reading time, a count of views, likes, comments or shares. */
const STAT_PIECE = new RegExp(
  [
    // 本篇文章523字, 本文共1234字, 全文约2000字, 共3500字
    '(?:本篇文章|本篇|本文|全文|文章)?(?:共|约|約|大约|大約|总计|總計)?\\d[\\d,.]*\\s*(?:千|万|萬)?\\s*字',
    // 读完约1分钟, 阅读需要5分钟, 预计阅读时间3分钟, 閱讀約需 4 分鐘
    '(?:预计|預計|大约|大約)?(?:读完|讀完|阅读|閱讀|看完)(?:时间|時間|时长|時長)?(?:约|約|需|需要|大约|大約|仅需|僅需){0,2}\\s*\\d[\\d.]*\\s*(?:分钟|分鐘|秒|小时|小時)',
    // 阅读 1.2万, 点赞 30, 评论 5, 在看 8, 浏览 1024 次 (a count after its word, no colon: with one it is a pair)
    '(?:阅读|閱讀|阅读量|閱讀量|浏览|瀏覽|点赞|點讚|點贊|赞|讚|评论|評論|收藏|分享|转发|轉發|在看|喜欢|喜歡|围观|圍觀)\\s*\\d[\\d,.]*\\s*(?:千|万|萬|[kKwW])?\\s*(?:次|人|条|條)?',
    // 1552人已围观, 3.2万次阅读, 12人喜欢, 5条评论
    '\\d[\\d,.]*\\s*(?:千|万|萬|[kKwW])?\\s*(?:人|次|条|條)(?:已)?(?:阅读|閱讀|围观|圍觀|浏览|瀏覽|看过|看過|喜欢|喜歡|评论|評論|点赞|點讚|收藏|在看)',
  ].join('|'),
  'u',
);
const STAT_WHOLE = new RegExp(`^(?:${STAT_PIECE.source})$`, 'u');

/**
 * A page's statistics line: every piece of it (split at spaces, commas, bars, dots) a length, a reading time or a
 * count (本篇文章523字,读完约1分钟; 阅读 1.2万 点赞 30 评论 5; 1552人已围观). A headline holds words of its own.
 */
export function isStatsLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 60) return false;
  // A count's word and its number set apart by a space are one piece (阅读 1.2万).
  const glued = t.replace(
    /(阅读量|閱讀量|阅读|閱讀|浏览|瀏覽|点赞|點讚|點贊|评论|評論|收藏|分享|转发|轉發|在看|喜欢|喜歡|围观|圍觀|赞|讚)[ \u3000]+(?=\d)/g,
    '$1',
  );
  const pieces = glued.split(/[\s\u3000,，、;；|｜·・/]+/).filter((p) => p !== '');
  // Two to four bare counts side by side (44808 3076: a forum thread's views and replies) are the same box, its words left out.
  if (pieces.length >= 2 && pieces.length <= 4 && pieces.every((p) => /^\d{1,9}$/.test(p)) && !/^(?:19|20)\d{2}$/.test(pieces[0]!)) return true;
  return pieces.length > 0 && pieces.every((p) => STAT_WHOLE.test(p));
}

/** The results of a search by their name: 搜索结果, 搜尋結果, 检索结果. */
const SEARCHED = '(?:搜索结果|搜索結果|搜寻结果|搜尋結果|检索结果|檢索結果)';
/** A search's or a list's count: 共159笔, 共找到123条, 约 10,000 个, 共 25 篇. */
const COUNT = '(?:共|约|約|共有|共计|共計)?\\s*(?:找到|搜到|检索到|檢索到)?\\s*(?:约|約)?\\s*\\d[\\d,]*\\s*(?:笔|筆|条|條|篇|个|個|项|項|则|則|份|页|頁)';
const RESULTS = '(?:搜索结果|搜索結果|搜寻结果|搜尋結果|检索结果|檢索結果|查询结果|查詢結果|相关结果|相關結果|结果|結果)';
/**
 * A search page's or a tag page's line over its list: its result count, or its query and results (以下是含有台东县议员的
 * 搜寻结果,共159笔; 找到约 10,000 条结果; “营商环境”的搜索结果; 搜索结果：共 25 条; 共找到123条相关结果). The list's, not a title.
 */
const RESULTS_LINE = new RegExp(
  `^(?:(?:以下是)?(?:包含|含有|关于|關於)?[^\\n]{0,30}?的?${SEARCHED}(?:\\s*[,，:：]?\\s*${COUNT}(?:${RESULTS})?)?|(?:${RESULTS}\\s*[:：]?\\s*)?${COUNT}\\s*(?:相关|相關)?${RESULTS}?)$`,
  'u',
);
/**
 * One piece of a list's count line: how many items, how many a page shows, which page (1825筆資料, 每頁顯示 10 筆, 共183页,
 * 第1/183页, 共有记录 25 条).
 */
const LIST_COUNT_PIECE = new RegExp(
  `^(?:${COUNT}\\s*(?:资料|資料|记录|記錄|数据|數據|信息|資訊|资讯|条目|條目|文章|新闻|新聞)?|(?:共有|共)?(?:记录|記錄|资料|資料)\\s*(?:共)?\\s*\\d[\\d,]*\\s*(?:条|條|笔|筆|项|項)?|每\\s*(?:页|頁)\\s*(?:显示|顯示|展示|列出)?\\s*\\d{1,4}\\s*(?:笔|筆|条|條|篇|个|個|项|項|则|則)|(?:共|总|總)\\s*\\d{1,5}\\s*(?:页|頁)|第\\s*\\d{1,5}\\s*(?:[/／]\\s*\\d{1,5}\\s*)?(?:页|頁))$`,
  'u',
);
/** A list's count line, every piece a count (1825筆資料,每頁顯示 10 筆,): the list's furniture over its first item. */
export const isListCount = (text: string): boolean => {
  const t = text.trim();
  if (t.length > 60) return false; // before the split: a long run of spaces costs nothing
  // Split at commas and bars, and at a space after a count's word (共183页 第1页); a count's own spaces stay (每頁顯示 10 筆).
  const ps = t
    .split(/[\s\u3000]*[,，、;；|｜]+[\s\u3000]*|(?<=[页頁条條笔筆篇个個项項则則](?:资料|資料|记录|記錄|数据|數據|信息|資訊|资讯|条目|條目)?)[\s\u3000]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return ps.length >= 2 && ps.some((p) => /每|第|共/.test(p)) && ps.every((p) => LIST_COUNT_PIECE.test(p));
};

export const isResultsLine = (text: string): boolean => {
  const t = text.trim();
  if (t.length <= 60 && isListCount(t)) return true;
  // A headline about a search's results (某县公布人口普查结果) has no count and no searching word.
  return t.length <= 60 && RESULTS_LINE.test(t) && (/搜|检索|檢索/.test(t) || new RegExp(`^(?:${RESULTS}\\s*[:：]?\\s*)?${COUNT}`, 'u').test(t));
};

/** An edition of a site: its mobile or app version, its official site. */
const EDITION =
  '(?:移动版|移動版|手机版|手機版|触屏版|觸屏版|WAP版|wap版|移动端|移動端|客户端|客戶端|官方网站|官方網站|官方网|官網|官网|电脑版|電腦版|网页版|網頁版|微信|微博|公众号|公眾號|视频号|視頻號|头条号|頭條號|抖音号|抖音號)';
/** A headline about a site's edition or account: 某县政务微信正式开通, 开通官方微博 (its verb). */
const LAUNCH = /开通|開通|上线|上線|推出|启用|啟用|入驻|入駐|关注|關注|注册|註冊|发布|發布|改版|停用|关停|關停/;
/** A site's name: Han (a place, a paper, a portal) closing on a site's word, then an edition's word. */
const SITE_EDITION = new RegExp(`^[\\p{Script=Han}A-Za-z\\d]{2,16}?(?:网|網|新闻|新聞|报|報|日报|日報|频道|頻道|在线|在線|政府|融媒)?\\s*${EDITION}$`, 'u');

/**
 * A site's own name with its edition or its account (中国台湾网移动版, 某某日报手机版, 某某新闻客户端, 某县人民政府官方网站,
 * 湖南人大微信, 某某日报公众号): the site's,
 * never a title, even with a converter's pinyin (中國(guó)臺(tái)灣網(wǎng)移動(dòng)版) or its `?` marks inside. `plain` takes the pinyin
 * out (page.ts's withoutPinyin, passed in).
 */
export function isSiteEditionLine(text: string, plain: (s: string) => string): boolean {
  const t = plain(text.trim()).replace(/[?？]+/g, '');
  return t.length >= 4 && t.length <= 24 && SITE_EDITION.test(t) && !LAUNCH.test(t);
}

/**
 * Decoration marks run after a headline (走近这张抗日名将创办的报纸……******, …会议召开 ★★★, … ====): a spam mirror's or a
 * list's, never the title's; three marks at least, so a title's own * (a footnote) stays.
 */
// The lookbehind starts a try only where a run of spaces or marks starts: inside a long run each start would scan it again.
export const DECORATION_TAIL = /(?<![*＊※★☆=＝~～#＃ \u3000])[ \u3000]*[*＊※★☆=＝~～#＃]{3,}$/;

/**
 * A season's or a half year's label alone (2019第四季, 2024年第一季度, 2023上半年, 2025年春季): a blog's or a series' label
 * over its post, never a title (a report names its genre after it: 2024年第一季度工作总结).
 */
const SEASON = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?\s*(?:第\s*[一二三四1-4]\s*季度?|[上下]半年|[春夏秋冬]季)$/;
export const isSeasonLabel = (text: string): boolean => {
  const t = text.trim();
  return t.length <= 16 && SEASON.test(t);
};

/**
 * A list's mark glued before a headline (⊙【雲林縣】…, ◎某县…, ▶…): the list's, not the title's. So is an item's number
 * in a form no outline uses, one character of its own (❶ ① ⑴ ⒈ ➀ ➊ ⓵ ㈠ ㊀, a keycap 1️⃣) or a question's (Q1：): a list of
 * questions or of headlines numbers its items, and the first item's words are the title, not its number.
 */
export const MARK_LEAD =
  /^(?:[⊙◎○▶►▷▸❖✦✧➤➢☞]|[\u2460-\u249B\u24EA-\u24FF\u2776-\u2793\u3220-\u3229\u3251-\u325F\u3280-\u3289\u32B1-\u32BF]|\d\uFE0F?\u20E3|[QqＱ]\s?\d{1,2}\s*[:：.．、](?!\d))[ \u3000]*/u;

/**
 * A bracket after a title that names the same subject again (咸阳市2025年政府工作报告(咸阳市2025年工作安排)): an alias a
 * copy site adds, not a qualifier of the title ((2023年), (试行), (征求意见稿)); the page printing the title without it is
 * the better printing. It opens with the title's own first four characters at least.
 */
export function isAliasBracket(title: string, bracket: string): boolean {
  const inner = bracket.replace(/^[(（]|[)）]$/g, '');
  let same = 0;
  while (same < inner.length && same < title.length && inner[same] === title[same]) same++;
  return same >= 4 && inner.length >= 6;
}

/**
 * A WeChat copy's byline row under its headline: perhaps 原创, the author's name, the account's name, the date in any
 * printing the reader knows, and perhaps where it was posted from (杨波 信息通信技术与政策 2022-12-10, 原创 应急小编
 * 株洲应急管理 2024-05-12 08:30 发表于湖南, 株洲发布 株洲发布 2024年05月01日 07:30 湖南): the date is the page's, the names
 * and the place the copy's furniture. No news list's item (a headline and its date): the row opens on 原创, on a person's
 * name alone, or on the account's name printed twice as WeChat prints it when the account wrote it. `isName` is bylines.ts's isNameAlone.
 */
const ACCOUNT_HEAD = /^(原创[ \u3000]+)?(\p{Script=Han}{2,4})[ \u3000]+([\p{Script=Han}A-Za-z\d·]{2,16})[ \u3000]+(?=\d)/u;
const POSTED_FROM = /^(?:[ \u3000]{1,3}(?:(?:发表于|發表於)[ \u3000]{0,2})?\p{Script=Han}{2,4})?$/u;
export function accountByline(text: string, isName: (s: string) => boolean): string | null {
  const t = text.trim();
  if (t.length > 70) return null;
  const m = ACCOUNT_HEAD.exec(t);
  if (!m || (m[1] === undefined && !isName(m[2]!) && m[2] !== m[3])) return null;
  const d = dateAt(t, m[0].length);
  return d && POSTED_FROM.test(t.slice(d.end)) ? d.value : null;
}

/** The marks an account's or a site's slogan is framed in. */
const FRAME = '[※★☆◆◇■□●○◎✦❖♦♢]';
const FRAMED = new RegExp(`^${FRAME}+[^※★☆◆◇■□●○◎✦❖♦♢]+${FRAME}+(?:[^※★☆◆◇■□●○◎✦❖♦♢]+${FRAME}+)+$`);
/**
 * A slogan framed in marks, two phrases or more (※ 信息社会政策探究的思想库 ※※ 信息通信技术前沿的风向标 ※, ★ 权威 ★ 及时 ★):
 * an account's or a site's motto, never a title (a headline decorated once, ★…★, is one phrase).
 */
export const isFramedSlogan = (text: string): boolean => {
  const t = text.trim();
  return t.length <= 80 && FRAMED.test(t);
};

/** A copy's line giving the item's original title (原标题：…): a repeat of the headline, the copy's furniture, no pair. */
export const ORIGINAL_TITLE = /^\s*[(（【[]?(?:原标题|原標題|原题|原題)\s*[:：]\s*/;
export const isOriginalTitleLine = (text: string): boolean => ORIGINAL_TITLE.test(text);

/**
 * A headline under a topic's label glued on by a bar (两会速递|向东:政府工作报告的起草过程…): a headline, even with a
 * speaker's colon in it, never a row of pairs. `looksLikeTitle` is title.ts's (passed in: title.ts imports this file).
 */
export const isTopicHeadline = (text: string, looksLikeTitle: (s: string) => boolean): boolean => {
  const t = text.trim();
  const at = topicLead(t);
  return at > 0 && looksLikeTitle(t.slice(at).trim());
};

/** A headline in 【】 opening the text's first line, the text straight after it (【某市…会议召开】 昨天，…). */
const BRACKET_HEAD = /^[ \u3000]*【([^【】\n]{8,60})】[ \u3000]*(?=\S)/;
/**
 * Where the headline lies when a page prints it in 【】 at the start of its first paragraph (a copy that glued the
 * headline to the text): the bracket's inside, and where the text goes on. Not a credit or a label in brackets
 * (【记者 张三】, 【编者按】: a sentence's mark, a colon or a credit's word in it, or under eight Han).
 */
export function bracketHeadRunOn(line: string): { start: number; end: number; rest: number } | null {
  const m = BRACKET_HEAD.exec(line.slice(0, 200));
  if (!m) return null;
  const inner = m[1]!;
  if (/[。！？；:：]|记者|記者|通讯员|通訊員|编辑|編輯|摄|攝|报道|報導|编者按|編者按/.test(inner) || (inner.match(/\p{Script=Han}/gu)?.length ?? 0) < 8)
    return null;
  // A news agency's or a paper's dateline (【中新社北京1月18日電】, 【新华社杭州3月5日电】, 【香港商報網訊】): the text's start, no headline.
  if (isDateline(inner.trim())) return null;
  const start = line.indexOf('【') + 1;
  return { start, end: start + inner.length, rest: m[0].length };
}

/**
 * The clock's time set apart after a headline (林鄭月娥…發表《施政報告》 (17:15)): the time, the page's 日期, and where it
 * starts; null when the line ends in none or holds under six Han before it. Only the line's last 20 characters are tried.
 */
export function timeAfterHeadline(line: string): { time: string; at: number } | null {
  const from = Math.max(0, line.length - 20);
  const m = TIME_TAIL.exec(line.slice(from));
  if (!m) return null;
  const at = from + m.index;
  const time = /\d{1,2}:\d{2}/.exec(m[0])![0];
  return (line.slice(0, at).match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 ? { time, at } : null;
}
