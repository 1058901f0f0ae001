// Lines a page puts where a title would stand that are never its title, as classes seen across Chinese
// sites (issue 26, tuned-7): an app's banner or prompt (打开网易新闻 查看精彩图片, APP下载, 扫码阅读), a
// flipbook's or a paged copy's page number (Page 178 - …, 第3页 - …, P. 178), a photo's caption over the
// headline (…集体照, …合照), a journal's issue line (2017年2期, 2019年第4期(总第56期), Vol.12 No.3), a
// site's name with its Latin brand (快好知 kuaihz, 凤凰网 ifeng); and the file name a PDF or a document
// copy prints first (某某公报2019年1月第2号.pdf, with a path or a size). Pure string tests; imports nothing
// of page.ts or title.ts, which use them.
import type { Lines, Row } from './lines.js';
import { oneForm } from './script-forms.js';
import { isResultsLine, isSeasonLabel, isStatsLine } from './title-furniture.js';

/** A prompt's verb, and what it offers: 下载APP, 阅读全文, 关注公众号. */
const READ = '查看|阅读|閱讀|下载|下載|打开|打開|开启|開啟|观看|觀看|关注|關注|收听|收聽|分享';
const WHAT = '全文|原文|详情|詳情|更多|APP|App|app|客户端|客戶端|大图|大圖|公众号|公眾號|我们|我們|视频|視頻';
/** One piece of an app's banner: a verb that opens or fetches the app, or one that reads on in it. */
const APP_PIECE = new RegExp(
  [
    // 打开网易新闻, 打开APP, 下载客户端, 安装今日头条App, 打開XX新聞 (the app named by its news or its brand)
    // (the name and its spaces one optional group: \s*[…]{0,8}?\s* split a run of spaces every way, quadratic)
    '(?:打开|打開|开启|開啟|下载|下載|安装|安裝|前往|进入|進入)\\s*(?:[\\p{Script=Han}A-Za-z0-9]{1,8}?\\s*)??(?:APP|App|app|客户端|客戶端|新闻|新聞|头条|頭條)',
    // 复制链接, 請複製以下鏈接發送給好友 (a share box's prompt)
    '[[【]?(?:请|請)?(?:复制|複製)(?:以下)?(?:链接|鏈接|連結|网址|網址)\\p{Script=Han}{0,8}[\\]】]?', // and Taiwan's [複製連結]
    // APP下载, 客户端下载, 在APP内打开, APP阅读全文
    '(?:在\\s*)?(?:APP|App|app|客户端|客戶端)\\s*(?:下载|下載|内打开|內打開|内开启|內開啟|中开启|中開啟|内查看|內查看|阅读|閱讀|查看|观看|觀看|打开|打開|开启|開啟)\\p{Script=Han}{0,4}',
    // 查看精彩图片, 阅读全文, 查看更多评论, 观看完整视频, 展开全文
    '(?:查看|阅读|閱讀|观看|觀看|展开|展開|浏览|瀏覽|看)(?:(?:精彩|更多|全部|完整|高清|原图|原圖){0,2}(?:图片|圖片|视频|視頻|内容|內容|全文|评论|評論|原文|大图|大圖)|更多)',
    // 体验更佳, 阅读体验更佳 (打开网易新闻 体验效果更佳)
    '(?:阅读|閱讀)?(?:体验|體驗)(?:效果)?更佳',
    // 扫码下载, 掃碼閱讀, 长按识别二维码, 扫描二维码关注
    `(?:扫码|掃碼|扫一扫|掃一掃|扫描二维码|掃描二維碼|长按|長按)(?:识别|識別)?(?:图中)?(?:二维码|二維碼)?(?:${READ})?(?:${WHAT})?`,
    // 登录后查看, 点击下载, 立即打开, 马上下载
    `(?:登录|登錄|点击|點擊|立即|马上|馬上)(?:后|後)?(?:${READ})(?:${WHAT})?`,
    // 点击上方蓝字关注我们, 點擊藍字 關注我們 (a WeChat copy's prompt)
    '(?:↑\\s*)?(?:点击|點擊)(?:上方|下方|上面|下面)?(?:蓝字|藍字)?(?:关注|關注|订阅|訂閱)?(?:我们|我們)?|(?:关注|關注|订阅|訂閱|追踪|追蹤)(?:我们|我們)',
  ].join('|'),
  'u',
);
/** A download or login box's button, as a whole line only: glued to a title it could be the title's own word (…登录). */
const BOX_PIECE = [
  // A document site's download box: 会员登录下载, 快捷下载, 游客一键下载, 加入VIP免费专享, 下载资源需要8金币
  '(?:会员|會員|游客|遊客|三方|第三方|快捷|一键|一鍵|免费|免費|高速|本地|直接|登录|登錄|注册|註冊|立即|点击|點擊){1,3}(?:下载|下載)(?:文档|文檔|资源|資源|全文|本文)?',
  '(?:加入|开通|開通|成为|成為)(?:VIP|vip|Vip|会员|會員)(?:免费专享|免費專享|专享|專享|免费下载|免費下載)?',
  '(?:下载|下載)\\p{Script=Han}{0,4}需要?\\s*\\d+\\s*(?:金币|金幣|积分|積分|下载券|下載券|元)',
  // 微信登录, QQ登录, 账号登录 (a login box's buttons)
  '[\\p{Script=Han}A-Za-z]{0,8}?(?:登录|登錄)',
].join('|');
const APP_PIECE_WHOLE = new RegExp(`^(?:${APP_PIECE.source}|${BOX_PIECE})$`, 'u');
/** A prompt glued before a title on its line (打开APP 某市召开…), or after it (…会议召开 打开APP阅读全文). */
export const PROMPT_LEAD = new RegExp(`^(?:${APP_PIECE.source})[!！]?(?:[\\s\\u3000,，|｜]+)`, 'u');
export const PROMPT_TAIL = new RegExp(`[\\s\\u3000,，|｜]+(?:${APP_PIECE.source})[!！]?$`, 'u');

/**
 * A line that is an app's banner or prompt from end to end: every piece of it (split at spaces, commas,
 * bars) is one (打开网易新闻 查看精彩图片, 打开APP，阅读全文！, APP下载). A headline that opens with 打开 or
 * 下载 (打开绿水青山转化通道) has pieces that are no prompt.
 */
export function isAppPrompt(text: string): boolean {
  const t = text.trim().replace(/[!！>》»→]+$/, '');
  if (t === '' || t.length > 40) return false;
  const pieces = t.split(/[\s\u3000,，|｜、:：]+/).filter((p) => p !== '');
  return pieces.length > 0 && pieces.every((p) => APP_PIECE_WHOLE.test(p));
}

/**
 * A copy site's or an app's count of the text: 全文字数|3.9千, 阅读时间|13分钟, 预计阅读 5 分钟, 阅读量 1.2万. A count
 * after its label, never a title (a label with no count is a toolbar word, page.ts's).
 */
const READING_STAT =
  /^(?:全文字数|全文字數|全文约|全文約|字数|字數|本文字数|本文字數|阅读时间|閱讀時間|阅读时长|閱讀時長|预计阅读|預計閱讀|阅读需要|閱讀需要|阅读量|閱讀量|阅读数|閱讀數|浏览量|瀏覽量|浏览次数|瀏覽次數|点击量|點擊量)\s*[|｜:：]?\s*(?:约|約)?\s*[\d.,]+\s*(?:千|万|萬|字|分钟|分鐘|秒|次|人次)?(?:字|左右)?$/;
// Its three \s* side by side split a run of spaces every way (cubic): a run read as one space matches alike.
// And a statistics line or a search's count of results in any of its shapes (title-furniture.ts).
export const isReadingStat = (text: string): boolean => READING_STAT.test(text.trim().replace(/\s+/g, ' ')) || isStatsLine(text) || isResultsLine(text);
export { DECORATION_TAIL, MARK_LEAD, TIME_TAIL, topicLead } from './title-furniture.js';

/**
 * A breadcrumb's label after the column's name on one line (联盟导读您现在的位置:首页 -- 联盟导读): furniture, as the
 * label is at a line's start. Tested on the line with a converter's pinyin left out.
 */
export const isLocationLine = (text: string): boolean =>
  /^\p{Script=Han}{1,8}\s*(?:您现在的位置|您現在的位置|您当前的位置|您當前的位置|您所在的位置|您的位置|你的位置|我的位置|当前位置|當前位置|所在位置)\s*[:：]/u.test(
    text.trim(),
  );

/** A menu's link with its arrow (办公文档>, 临时分类 », 更多资讯>>): a title never ends on an arrow. */
export const isNavLink = (text: string): boolean => /^[^<>»›]{1,16}?\s*(?:>{1,2}|»|›)$/.test(text.trim());

/** A page number before a title, as a flipbook's or a paged copy's page names it: Page 178 - , 第3页 - , P12｜. */
export const PAGE_LEAD = /^(?:(?:Page|PAGE|page|P\.?)\s*\d{1,4}|第\s*\d{1,4}\s*[页頁])\s*(?:[-–—_|｜:：]\s*|(?<=\s)(?=\S))/; // not \s*\s+: quadratic on a run of spaces
/** A page number after a title: … - Page 178, …_第2页, … 第2页, …(第2页). */
export const PAGE_TAIL = /(?:(?:\s*[-–—_|｜]\s*|\s+)(?:(?:Page|PAGE|page|P\.?)\s*\d{1,4}|第\s*\d{1,4}\s*[页頁])|\s*[(（]\s*第\s*\d{1,4}\s*[页頁]\s*[)）])$/;
/** A page number alone: P. 178, Page 12, 第 12 页, - 12 -, 12/30. */
const PAGE_ALONE = /^(?:(?:Page|PAGE|page|P\.?)\s*\d{1,4}|第\s*\d{1,4}\s*[页頁]|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*[/／]\s*\d{1,4})$/;
export const isPageNumber = (text: string): boolean => PAGE_ALONE.test(text.trim());

/**
 * One piece of a paper's or a journal's navigation between its editions: 下一版», 本期共4版, 当前第1版, PDF, its page with its
 * section's name (第0d01版:川南读本, A04版：要闻, 第 5 版：要闻), its whole-edition buttons (展开通版), its PDF's link
 * (PDF版阅读, PDF下载) and its page image's zoom (放大 缩小).
 */
const EDITION_PIECE =
  /^(?:[«‹<]?\s*(?:上一版|下一版|上一期|下一期|上一页|下一页|上一頁|下一頁|往期回顾|往期回顧|往期|版面导航|版面導航|返回目录|返回目錄|本版目录|本版目錄|(?:PDF|pdf)\s*版?\s*(?:阅读|閱讀|下载|下載|浏览|瀏覽|查看)?|电子版|電子版|展开通版|展開通版|收缩通版|收縮通版|放大|缩小|縮小|还原|還原|默认|默認)\s*[»›>]?|本期共\s*\d{1,3}\s*版|[当當]前第\s*\d{1,3}\s*版|第\s*(?:[\dA-Za-z]{1,6}|[一二三四五六七八九十〇零]{1,3})\s*版(?:\s*[:：]\s*[\p{Script=Han}A-Za-z]{1,10})?|[A-Za-z]?\d{1,3}\s*版(?:\s*[:：]\s*[\p{Script=Han}A-Za-z]{1,10})?|通版(?:阅读|閱讀)(?:请点击|請點擊)?(?:[ \u3000]?[:：])?)$/u;
/** An e-paper's whole-edition button alone (通版阅读请点击:, 展开通版): its toolbar's, no pair. */
const EDITION_BUTTON = /^(?:通版(?:阅读|閱讀)(?:请点击|請點擊)?(?:[ \u3000]?[:：])?|展开通版|展開通版|收缩通版|收縮通版)$/;
/** A line of an e-paper's navigation alone: 下一版»本期共4版, 当前第1版 PDF, 第0d01版:川南读本 上一版 下一版, 通版阅读请点击:. */
export function isEditionNav(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 60) return false;
  // A page's number spaced out (第 5 版：要闻, 第 A3 版) is one piece. In one form: a Hong Kong site prints 閲讀.
  const pieces = oneForm(t)
    .replace(/第[ \u3000]*([\dA-Za-z一二三四五六七八九十〇零]{1,6})[ \u3000]*版(?:[ \u3000]*([:：])[ \u3000]*)?/g, '第$1版$2')
    .replace(/(PDF|pdf)[ \u3000]+(?=版|阅读|閱讀|下载|下載|浏览|瀏覽|查看)/g, '$1')
    .replace(/([»›>])/g, '$1 ')
    .split(/[\s\u3000,，|｜、]+/)
    .filter((p) => p !== '');
  return (pieces.length >= 2 && pieces.every((p) => EDITION_PIECE.test(p))) || EDITION_BUTTON.test(t);
}

/**
 * A photo's caption by its last word: the scene (…审议现场, …合影留念, …一角; not 掠影, 瞬间: a feature's headline
 * ends so too), a group photo (…两会集体照, …合照), a file photo (资料图, 资料照片), a credit (…供图, …配图), the
 * last ones perhaps in a bracket. Over the text it is the site's, not a title.
 */
export const PHOTO_CAPTION =
  /(?:现场|現場|合影|合影留念|留影|一角)$|(?:集体照|集體照|合照|大合照|资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|供图|供圖|配图|配圖|截图|截圖)[)）]?$/;

/**
 * A journal's or a gazette's issue line, alone or after its name: 2017年2期, 2019年第4期, 第12期, 总第356期,
 * 2019年第4期(总第56期), 统一战线学研究 2022年1期, 《理论视野》2019年第10期, Vol.12 No.3, 2018年1月第2号 is a
 * gazette's number only after a 公报's name (a title, then). A name of at most 16 characters before it.
 */
const ISSUE =
  /^(?:[《〈]?[\p{Script=Han}A-Za-z]{1,16}[》〉]?\s*)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:第\s*\d{1,3}\s*卷\s*)?(?:第\s*)?[\d一二三四五六七八九十]{1,3}\s*期|(?:第\s*\d{1,3}\s*卷\s*)?第\s*[\d一二三四五六七八九十]{1,4}\s*期|总第\s*\d{1,5}\s*期|總第\s*\d{1,5}\s*期)(?:\s*[(（]?\s*(?:总|總)第\s*\d{1,5}\s*期\s*[)）]?)?$/u;
const VOLUME = /^(?:(?:Vol|VOL|vol)\.?\s*\d{1,4}\s*[,，]?\s*(?:(?:No|NO|no)\.?\s*\d{1,4})?|(?:No|NO)\.\s*\d{1,4})$/;
export const isIssueLine = (text: string): boolean => {
  const t = text.trim();
  return t.length <= 40 && (ISSUE.test(t) || VOLUME.test(t) || isSeasonLabel(t)); // and a season's label (2019第四季)
};

/**
 * A site's name with its Latin brand or pinyin beside it: 快好知 kuaihz, 凤凰网 ifeng, kuaihz 快好知, 澎湃新闻
 * The Paper. Han of two to eight, and Latin words only (no digit: a headline's G20, 5G is no brand).
 */
const BRAND =
  /^(?:\p{Script=Han}{2,8}[ \u3000]+[A-Za-z][A-Za-z.-]{2,15}(?:[ \u3000][A-Za-z][A-Za-z.-]{1,15}){0,2}|[A-Za-z][A-Za-z.-]{2,15}[ \u3000]+\p{Script=Han}{2,8})$/u;
/** A site's own word closing its name: 凤凰网, 澎湃新闻, 某某日报, 某某频道. */
export const SITE_WORD = /(?:网|網|新闻|新聞|报|報|社|台|站|频道|頻道|财经|財經|头条|頭條|资讯|資訊)$/;
/**
 * Its Latin one word in lower case (kuaihz, ifeng: a brand or its pinyin), or any Latin beside a name that
 * closes on a site's word (澎湃新闻 The Paper). An acronym (某市 GDP) or a person's name (某某会见 Bill Gates) is
 * a headline's.
 */
export const isBrandLine = (text: string): boolean => {
  const t = text.trim();
  if (!BRAND.test(t)) return false;
  const han = t.replace(/[ \u3000]*[A-Za-z][A-Za-z. -]*[ \u3000]*/g, '');
  const latin = t.replace(/[ \u3000]*\p{Script=Han}+[ \u3000]*/gu, '');
  return /^[a-z][a-z.-]+$/.test(latin) || SITE_WORD.test(han);
};

/** A file's name, as a PDF copy or a document site prints it first: its extension, perhaps a path, a size, a [PDF] tag. */
const FILE_NAME =
  /^(?:[[【(（]\s*(?:PDF|pdf|DOC|doc|WORD|Word|附件)\s*[\]】)）]\s*)?(?:[^\s/\\]*[/\\])*([^/\\]+?)\.(?:pdf|PDF|docx?|DOCX?|wps|WPS|xlsx?|XLSX?|pptx?|PPTX?|ofd|OFD|txt|caj|CAJ)\s*(?:[(（[]?\s*\d+(?:\.\d+)?\s*(?:[KMG]i?B|[KMG]|字节)\s*[)）\]]?)?$/;

/**
 * The stem of a file name that names a document: 绵阳市人民政府公报2019年1月第2号.pdf → 绵阳市人民政府公报2019年1月第2号,
 * /upload/2019/某县工作报告.docx (356KB) → 某县工作报告. Null for a file of a store's numbers (P020190123.pdf):
 * four Han characters at least. At most 200 characters are looked at.
 */
export function fileStem(text: string): string | null {
  const t = text.trim();
  if (t.length > 200) return null;
  const m = FILE_NAME.exec(t);
  if (!m) return null;
  const stem = m[1]!.replace(/^附件\s*\d*\s*[.、:：．]?\s*/, '').trim();
  return (stem.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4 ? stem : null;
}

/** A person's name and a colon before an article's title whose own words have a colon or a dash (王琛伟:我国…轨迹:从…到…). */
const AUTHOR_COLON = /^(\p{Script=Han}{2,3})\s*[:：]\s*(?=\S.{5,}(?:[:：]|——))/u;
/**
 * Where an article's title starts after its author's name and a colon (王琛伟:我国行政体制改革演进轨迹:从“管理”到
 * “治理”), or 0. Only when the title's own words hold a colon or a dash (a subtitle): a news headline that quotes
 * its speaker (李家超:《施政報告》封面綠色…) keeps the name. `isName` says whether the words are a person's name.
 */
export function authorLead(text: string, isName: (s: string) => boolean): number {
  const m = AUTHOR_COLON.exec(text);
  return m && isName(m[1]!) ? m[0].length : 0;
}

/** A key in square brackets, as a disclosure table sets it: [ 索引号 ], 【发布机构】. */
const BRACKET_KEY = /^[[【]\s*\p{Script=Han}[\p{Script=Han}\s]{0,10}\p{Script=Han}\s*[\]】]$/u; // two characters at least: [一] numbers a part
/**
 * A table row of bracketed keys, each with its value in the next cell ([ 索引号 ] | 1150…/2024-00007 | [ 发文字号 ] |
 * 木洞府发〔2024〕2号 |), a value perhaps left empty ([ 有效性 ] | |): the page's metadata, over its title. The cells as
 * split at the pipes, empty ones kept.
 */
export function isBracketKeyRow(cells: string[]): boolean {
  const keys = cells.filter((c) => BRACKET_KEY.test(c)).length;
  const others = cells.filter((c) => c !== '' && !BRACKET_KEY.test(c));
  return keys >= 1 && others.length <= keys && others.every((c) => c.length <= 60);
}

/**
 * A gazette's path before a title, as an archive names its pages (中華人民共和國國務院公報/一九五四年/第一號/國務院關於…的决定):
 * where the title starts after it, or 0. Three segments at least, one of them a year or an issue (…年, 第一號, 第3期),
 * none longer than 24; the title after it six or more.
 */
export function pathLead(text: string): number {
  if (text.length > 200) return 0;
  const parts = text.split('/');
  if (parts.length < 3 || parts.at(-1)!.trim().length < 6) return 0;
  const lead = parts.slice(0, -1);
  if (lead.some((p) => p.trim() === '' || p.length > 24)) return 0;
  if (!lead.some((p) => /(?:\d{4}|[〇零○一二三四五六七八九]{4})年$|^第[\d一二三四五六七八九十百]{1,4}[号號期卷冊册]$/.test(p.trim()))) return 0;
  return text.lastIndexOf('/') + 1;
}

/**
 * The title a file's name gives when it stands where the title does: a document site's file that names
 * a genre (某县年度工作总结报告.doc), and any file's name that opens the page, furniture aside, or that the page
 * prints twice (某公报2019年1月第2号.pdf over a PDF's text; 社区物业管理系统.docx over a download box and
 * under it): the page is that file. A path before it is the site's; an attachment's 附件： stays with a genre's
 * name, to lose to the title it is attached to. Null when the line is no file's name. `link` is page.ts's
 * FILE_LINK, `namesGenre` its test (passed in: page.ts imports this file).
 */
export function fileTitle(lines: Lines, li: number, rows: Row[], link: RegExp, namesGenre: (s: string) => boolean): string | null {
  const t = lines.at(li).text.trim();
  const linked = link.test(t) ? t.replace(link, '').trim() : '';
  if (linked !== '' && namesGenre(linked) && linked.length <= 80 && !/[。！？]/.test(linked)) return linked.replace(/^\S*[/\\]/, '');
  const stem = fileStem(t);
  if (stem === null || stem.length > 80 || /[。！？]/.test(stem)) return null;
  if (rows.every((r) => r.kind === 'furniture')) return stem;
  for (let k = li + 1; k < Math.min(lines.length, li + 80); k++) if (lines.at(k).text.trim() === t) return stem;
  return null;
}

/** Authors' names alone, two to four of them (樊士博 徐敏, 王某、李某某): a journal copy's byline, no title. `isName` tells one name. */
export function namesAlone(text: string, isName: (s: string) => boolean): boolean {
  const words = text.split(/[ \u3000、，,]+/).filter((w) => w !== '');
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Script=Han}{2,3}$/u.test(w) && isName(w));
}

/**
 * A forum's anti-copy junk glued after a title (…热潮: b( a `/ n/ C7 \! a; Discuz prints random marks in hidden
 * fonts between a post's words): where it starts, a colon before it included, or -1. Four or more short ASCII tokens
 * set apart by spaces at the end, two of them with a mark in them; a title's own English words or numbers have none.
 */
/**
 * The junk's tokens, half- or full-width (a site may print its brackets full-width), set apart by spaces or colons; a
 * colon is never a token's, so the two cannot share a character and the run is read one way only.
 */
const JAMMER = /(?:[ \u3000:：]+[!-9;-~\uFF01-\uFF19\uFF1B-\uFF5E]{1,3}){4,24}[ \u3000]*$/;

export function jammerTail(text: string): number {
  const m = JAMMER.exec(text.slice(-110));
  if (!m) return -1;
  const marked = m[0].split(/[ \u3000:：]+/).filter((tok) => /[!-/;-@[-`{-~\uFF01-\uFF0F\uFF1B-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]/.test(tok)).length;
  if (marked < 2) return -1;
  let at = text.length - Math.min(text.length, 110) + m.index;
  while (at > 0 && /[ \u3000:：]/.test(text[at - 1]!)) at--;
  return at;
}

/** A line with a forum's anti-copy junk at its end taken off (jammerTail). */
export function withoutJammer(text: string): string {
  const at = jammerTail(text);
  return at >= 0 ? text.slice(0, at) : text;
}

/** A site's name as it opens its own blurb: 澎湖日報, 某某新闻网, 某某電視台, 某某传媒. */
const BLURB =
  /^[\p{Script=Han}A-Za-z0-9]{1,12}(?:日報|日报|晚報|晚报|報|报|新聞網|新闻网|網|网|網站|网站|電視台|电视台|傳媒|传媒|平台|平臺)(?:提供|是|為|为|致力於|致力于|專注於|专注于|專注|专注)/u;

/**
 * A site's blurb about itself at the top of its pages (澎湖日報提供澎湖每日在地新聞、時事專欄評論…印刷服務等!; 某某新闻网是
 * 某市…新闻门户网站。): the site's, never the text's start. Its name, a verb of what it offers or is, a list or 等, one
 * sentence of 120 characters at most.
 */
export function isSiteBlurb(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || !BLURB.test(t) || /[。！!？?]./.test(t)) return false;
  return /、/.test(t) || /等[!！。]?$/.test(t) || /(?:网站|網站|门户|門戶|平台|平臺)[!！。]?$/.test(t);
}
