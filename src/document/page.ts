// What a government web page puts around a report, and how to tell it from the report: page furniture
// (toolbars, menus, breadcrumbs, site clocks, share and print links, footers, copy-site watermarks),
// how a line looks as a title, and the closing (signature and date). Metadata is meta.ts's, the title
// line's residue and run-ons title.ts's. Pure string tests, used by header.ts on the header rows, the
// last rows and the watermark lines; none of it sees the body scan.

import { CLOCK_KEY } from './meta-forms.js';
import { KNOWN_KEYS } from './meta-keys.js';
import { anyScript, anyScriptPattern, anyScriptTest, oneForm } from './script-forms.js';
import { isLanguagePrompt } from './site-language-prompt.js';
import { isAppPrompt, isBrandLine, isEditionNav, isLocationLine, isSiteBlurb } from './title-noise.js';
import { isReadAloudWidget } from './title-software.js';

// A word list that has its words in either script's form (字級設定 and 字级设定, 無障礙 and 无障碍).
const words = (s: string) => anyScript(s.split(/\s+/).filter((w) => w !== ''));

/**
 * Words that are only ever page furniture: a line made of nothing else is a toolbar or a menu, never
 * report text. Simplified and Traditional forms both.
 */
const FURNITURE_WORDS = words(`
  下载 下載 打印 列印 全屏 收藏 分享 分享到 字号 字號 加大 还原 還原 减小 減小 默认 默認 大 中 小 特大
  无障碍 無障礙 无障碍阅读 無障礙閱讀 无障碍浏览 关怀版 關懷版 长者模式 長者模式 适老化 适老版 老年模式
  返回首页 返回首頁 返回 顶部 頂部 返回顶部 返回頂部 首页 首頁 网站首页 網站首頁 主页 主頁 回到顶部
  打印本页 打印本頁 关闭窗口 關閉窗口 关闭 關閉 关闭本页 關閉本頁 打印此页 保存 保存本页 纠错 糾錯 我要纠错
  简体 簡體 繁体 繁體 简 繁 English EN 登录 登錄 注册 註冊 搜索 搜尋 检索 檢索 高级检索 站内搜索 微信 微博
  QQ空间 QQ 朋友圈 扫一扫 掃一掃 手机版 手機版 移动版 视力保护色 视力保护 放大 缩小 縮小 读屏 讀屏 语音播报 朗读
  更多 更多>> 上一篇 下一篇 上一條 下一條 相关链接 相關鏈接 相关文章 相关阅读 相關閱讀 热点推荐 推荐阅读
  点赞 在看 评论 留言 打印文章 字体 字體 背景 大字 标准 標準 语音 网站地图 網站地圖 联系我们 聯繫我們
  回首頁 回首页 網站導覽 网站导览 友善列印 回上一頁 回上頁 回上一页 字級 字級設定 字型大小 轉寄 轉寄好友 寄給好友 分享至 ::: 列印本頁
  Facebook Line LINE Twitter X 臉書 RSS 意見信箱 常見問答 中文 English版 手機版網站
  新聞關鍵字 新闻关键字 关键字 關鍵字 加入Line好友 相关推荐 相關推薦 猜你喜欢 延伸閱讀 延伸阅读 举报 舉報 赏
  回顶部 回頂部 至頁頂 至页顶 回頁首 回页首 相關圖檔 相关图档 点击查看全文 點擊查看全文 查看全文 閱讀全文 阅读全文
  预览打印 預覽列印 打印预览 列印預覽 預覽 只看该作者 倒序浏览 阅读模式 转载 轉載
  听全文 聽全文 朗读全文 朗讀全文 听新闻 聽新聞 语音朗读 語音朗讀
  設為首頁 设为首页 返回主頁 返回主页 加入收藏 版面導航 版面导航 本版標題導航 本版标题导航 即日新聞 即日新闻 Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  书签 書籤 版权申诉 版權申訴 立即下载 立即下載 免费下载 免費下載 点击下载 點擊下載 一键下载 一鍵下載 快捷下载 合集下载
  游客一键下载 会员登录下载 下载文档 下載文檔 文档下载 文檔下載 全文下载 全文下載 下载全文 下載全文 原文下载 原文下載
  下载本文 下載本文 下载PDF 下载Word 下载word 复制 複製 一键复制 一鍵複製 复制全文 複製全文 复制本文 點擊複製 点击复制
  展开全文 展開全文 展开阅读全文 展開閱讀全文 继续阅读 繼續閱讀 免费阅读 免費閱讀 打开APP 打開APP 上传文档 上傳文檔
`);

/**
 * A document or copy site's prompt to download, copy or pay, in a sentence of its own (下载到本地 , 更方便阅读,
 * 下载资源需要16金币, 各类专业好文档,值得你下载, 还剩3页未读，继续阅读): the site's, wherever it stands. Only
 * phrases no report writes; a bare 免费下载 or 立即下载 counts as a toolbar word (FURNITURE_WORDS), alone on its line.
 */
const DOC_PROMPT = anyScriptPattern(
  /下[载載]到(?:本地|电脑|電腦|手机|手機)|下载文档到|下[载載](?:资源|資源|本文|此文档|该文档|文档|文檔)?(?:需要|需)\s*\d+\s*(?:积分|積分|金币|金幣|下载券|下載券|元)|值得[你您]下[载載]|精品文档就在这里|上传文档赚钱|上傳文檔賺錢|(?:免费|免費)?(?:阅读|閱讀|预览|預覽)已结束|(?:还剩|還剩|剩余|剩餘)\s*\d+\s*[页頁](?:未读|未讀|可下载|可下載)|(?:加入|开通|開通)\s*VIP|VIP\s*(?:免费|免費|专享|專享)|下[载載]后可编辑|可编辑下载|论文部分内容阅读|論文部分內容閱讀|(?:游客|遊客)一[键鍵]下[载載]/i,
);

/**
 * Section names of a site's menu. A line of these alone is furniture only above the title: a report
 * may well have a heading 政务公开.
 */
const MENU_WORDS = words(`
  政务公开 政務公開 信息公开 信息公開 政府信息公开 政府信息公開 新闻中心 新聞中心 新闻动态 文章中心 正文
  政务服务 政務服務 互动交流 互動交流 走进 专题专栏 專題專欄 数据发布 公众参与 办事服务 政策文件 政策解读
  工作报告 政府工作报告 政府工作報告 规划计划 规划信息 统计信息 通知公告 领导信息 机构职能 部门动态 要闻动态
  法定主动公开内容 政策法规 规范性文件 人事信息 财政信息 机构概况 首页 首頁 网站首页 主页 要闻 图片新闻 视频
  最新消息 最新資訊 最新资讯 最新動態 最新动态 新聞動態 新聞中心 最新公告 公告欄 公告栏
  新着情報 新着 お知らせ ニュース 最新情報 トピックス インフォメーション イベント情報 新着ニュース 새소식 공지사항 뉴스 소식
  News NEWS news Latest What's New Updates Announcements Notices
`);

/** A line that starts with one of these is furniture whatever follows, wherever it stands. */
const FURNITURE_PREFIX = anyScriptPattern(
  /^(?::::|(?:更多|更多内容|更多新闻|更多新聞|查看更多)\s*[>》»›＞]|[【[]?\s*(?:您所在的位置|您现在的位置|您當前的位置|您的位置|您所在位置|当前位置|當前位置|所在位置|现在位置|你的位置|当前所在位置)|今天是\s*[:：]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4}|星期)|今日是\s*[:：]?\s*\d{4}|[【[]?\s*(?:字号|字號|字体|分享到|分享至|扫一扫|掃一掃|打印本页|打印本頁|关闭窗口|關閉窗口|返回顶部|返回頂部|上一篇|下一篇|上一條|下一條)|扫描二维码|用手机|在手机打开|您是(?:本站)?第|[«‹]?\s*返回前[頁页]|\d*\s*上一篇|请输入(?:搜索|关键字|关键词|检索)|請輸入(?:搜索|關鍵字|關鍵詞)|选择搜索类型|选择特殊符号|语音阅读|語音閱讀|语音播报|分享让更多人看到|当前时间为?\s*[:：]?\s*$|[【[]?\s*(?:附件下载|相关附件|相关链接|相關鏈接|相关解读|相关文件|相关阅读|相關閱讀|相关新闻|相关稿件|相关文章)(?:[\s：:】\]]|$))/,
);

/**
 * At the top or the foot of a page only (a notice may well say 主办单位：市文明办 in its text): the
 * site's own lines.
 */
const EDGE_PREFIX = anyScriptPattern(
  /^(?:(?:主办单位|主辦單位|承办单位|承辦單位|主办|主辦|承办|承辦|版权所有|版權所有|技术支持|技術支持|网站标识码|網站標識碼|政府网站标识码|网站地图|联系我们|推荐使用|建议使用|建議使用|本站|本网站)(?:[\s：:]|$)|欢迎(?:访问|来到|光临)|歡迎(?:訪問|來到|光臨)|(?:来自|來自|出自)\s*(?:维基|維基)(?:百科|文库|文庫|新闻|新聞|语录|語錄)|(?:维基|維基)百科[，,]\s*自由的百科全[书書]|Copyright|copyright|COPYRIGHT|©|ICP|京ICP|浙ICP|苏ICP)/,
);

/** A site's help on using the browser, sentences and all: 您的瀏覽器不支援JavaScript…, 請利用鍵盤按住Ctrl + P… */
const BROWSER_HELP = anyScriptPattern(
  /^(?:您的瀏覽器不支援|您的浏览器不支持|請利用鍵盤|请利用键盘|IE\d+請利用|IE\d+请利用|而IE\d+或|跳(?:转|轉)?[到至](?:主要|中央|主)?(?:[內内]容|[區区]塊|[區区]域|[選选]單|[導导][覽览航])|跳[过過](?:[導导][覽览航]|[選选]單|菜单)|(?:回到?|返回)(?:[頁页]首|[頂顶]端|上方|最上方)$|按\s*Ctrl\s*\+|Loading\b|(?:Skip|Jump|Go|Move)\s+(?:to\s+)?(?:the\s+)?(?:beginning\s+of\s+|start\s+of\s+)?(?:the\s+)?(?:main\s+|primary\s+)?(?:content|navigation|menu|search)\b|Skip\s+(?:nav|links?)\b|(?:Back|Return|Go)\s+to\s+top\b|Toggle navigation|JavaScript (?:is )?(?:disabled|required))/i,
); // and their English forms: a skip link (Skip to main content, Jump to the beginning of content), a back-to-top link
/**
 * A site's prompt to the reader about its own workings, sentences and all: its consent to cookies and privacy
 * (本網站使用相關技術提供更好的閱讀體驗…, 請同意我們的隱私權規範,才能啟用聽新聞的功能。), its app (打开APP阅读全文).
 */
const SITE_PROMPT = anyScriptPattern(
  /^(?:本網站使用.{0,12}(?:技術|Cookie)|本网站使用.{0,12}(?:技术|Cookie)|[請请]同意我[們们]的[隱隐]私|(?:點這裡|点这里)(?:瞭解|了解).{0,8}[隱隐]私|當您關閉此視窗|当您关闭此(?:窗口|视窗)|(?:打开|打開|下载|下載)\s*APP\s*(?:阅读|閱讀|查看|看)|(?:APP|App)\s*(?:内|內)?(?:阅读|閱讀)(?:全文)?$)/i,
);

/**
 * A link's prompt to more of the same (點擊查閱更多2021年地方政府工作報告, 点此阅读更多政府工作报告>>, 【点击查看更多】, 更多2023年
 * 地方政府工作报告请点击这里): a mirror's or a portal's link, never a title. Tested with a converter's pinyin left out.
 */
const LINK_PROMPT = anyScriptPattern(
  /^[【[]?\s*(?:请|請)?(?:点击|點擊|点此|點此|点这里|點這裡|戳这里|戳這裡)\s*(?:查阅|查閱|查看|阅读|閱讀|浏览|瀏覽|进入|進入|了解|瞭解|获取|獲取|下载|下載)?\s*(?:更多|全部|往期)|^更多[^。！？]{0,40}?(?:请|請)(?:点击|點擊|点此|點此|戳)(?:这里|這裡|此处|此處)?\s*[】\]>》»]*$/,
);

/** A page count: 第1页 / 共34页, 共12页 第1页, 某报告.doc_第2页 (a document site's page images). */
const PAGE_COUNT =
  // The mark and the spaces after it one optional group: \s*[,，]?\s* split a run of spaces every way (quadratic).
  /^(?:第\s*\d+\s*[页頁]\s*(?:[/／,，]\s*)?共\s*\d+\s*[页頁]|共\s*\d+\s*[页頁]\s*(?:[,，]\s*)?第\s*\d+\s*[页頁]|.{1,80}\.(?:docx?|pdf|pptx?|wps|txt)_第\s*\d+\s*[页頁])$/i;

/**
 * A copy or 范文 site's note at the top of its pages: 本站为你精心整理了…, 下面是小编为大家整理的…,
 * …一文来源于网友上传, 写写帮文库小编为你整理了…, 亲，该文档总共34页…; and its statement on rights (声明 : 本文档内容版权
 * 归属内容提供方…, 若此文所含内容侵犯了您的版权…, 163文库仅提供信息存储空间…).
 */
export const COPY_SITE_NOTE = anyScriptTest(
  /小编(?:为你|为大家|為你|為大家|给大家|給大家)?(?:精心)?整理|本站[为為]你精心整理|来源于网友上传|來源於網友上傳|不代表本站观点|不代表本站觀點|文库小编|文庫小編|超出免费预览|超出免費預覽|如果喜欢就下载|全文共\d+字|当前显示\d+字|请认真阅读下面的提示|下载文档前请自行甄别|仅部分预览|如文档侵犯您的权益|版权归属内容提供方|版權歸屬內容提供方|(?:若|如)(?:此文|本文|该文|該文|文档|文檔|本文档|本文檔)[^。]{0,12}侵犯了?您的(?:版权|版權|权益|權益|隐私|隱私)|仅提供信息存储空间|僅提供信息存儲空間|如有侵权[，,]?请?联系(?:本站|我们|删除)|如有侵權[，,]?請?聯繫(?:本站|我們|刪除)/,
);

/** A link to a file, as a page lists its attachments: 附件1.某某名单.xlsx */
export const FILE_LINK = /\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|et)\s*$/i;

/** Anywhere in a line: an ICP licence, a 公网安备 number, copyright. */
const FOOTER_MARK = /ICP[备備]|公网安备|公網安備|(?:^|[\s©])版[权權]所有|Copyright|©|网站标识码|網站標識碼/;

/** Site-name lines: 浙江省人民政府门户网站, 中国政府网. */
const SITE_NAME = /(?:门户网站|門戶網站|政府网站|政府網站|政府网|政府網|网站群)$|^欢迎(?:访问|來到|来到)/;

/** A site's name: 中国海口政府门户网站, 某某政府网. */
export const isSiteName = (t: string): boolean => SITE_NAME.test(withoutPinyin(t.trim()));

/** HTML tags a scraper left as text, alone or after a list number: <tbody id="x"></tbody>, 1. <dd>…</dd>. */
const HTML_RESIDUE = /^(?:\d{1,3}\.\s*)?(?:<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>\s*)+$/i;

/**
 * A site's contact bar at its top or foot: its hotlines and mailboxes with their numbers (新闻热线:0577-67898890 广告热线:67810777 |
 * 关于我们, 新聞線索提供熱線:010-63074375, 投稿邮箱：tougao@…): the site's, no pair of the page. The number or the address right
 * after the key, and whole: a space, a bar, the line's end or the next key after it (服务热线：12345热线全年受理… is a headline).
 * A paper's own line alone (新闻热线, 广告热线, 新闻线索提供热线, 报料电话) is its bar; an office's (咨询热线：0571-…, 举报热线：12345,
 * 投稿邮箱：…) alone ends a notice's text, and is the site's only in a bar of two keys or with a bar mark.
 */
const HOTLINE_BAR = anyScriptPattern(
  /^(?:新闻|新聞|广告|廣告|服务|服務|投诉|投訴|举报|舉報|值班|订报|訂報|发行|發行|读者|讀者|咨询|諮詢|客服|新闻线索提供|新聞線索提供|新闻线索|新聞線索)?(?:热线|熱線|热线电话|熱線電話|投稿邮箱|投稿郵箱|投稿信箱|报料电话|報料電話|爆料电话|爆料電話)[ \u3000]?[:：][ \u3000]?(?:[\d(（][\d()（）+\-－—]{2,24}|[\w.+-]{1,40}@[\w.-]{1,40})(?:$|[ \u3000|｜,，;；/、]|\p{Script=Han}{0,8}(?:热线|熱線|电话|電話|邮箱|郵箱|信箱)[ \u3000]?[:：])/u,
);

const PAPER_HOTLINE = anyScriptPattern(
  /^(?:新闻|新聞|广告|廣告|订报|訂報|发行|發行|读者|讀者|新闻线索提供|新聞線索提供|新闻线索|新聞線索|报料|報料|爆料)(?:热线|熱線|电话|電話)/,
);
const isHotlineBar = (f: string): boolean =>
  HOTLINE_BAR.test(f) && (PAPER_HOTLINE.test(f) || /[|｜]/.test(f) || (f.match(/(?:热线|邮箱|信箱|电话)[ \u3000]?[:：]/g)?.length ?? 0) >= 2);

/** A site's greeting at its top (西安市人大网欢迎您!), its weather strip (温度:25-36℃ 天气现象:多云…). */
const GREETING = /^\S{2,16}(?:欢迎您|欢迎你|歡迎您|歡迎你)[!！]?$|^(?:温度|天气现象|天气)\s*[:：]/; // and a weather strip

/**
 * An image's alt text a scraper kept for a picture of the template (border image, spacer, banner image, logo): the
 * site's decoration, in English as templates name their parts.
 */
const IMAGE_ALT =
  /^(?:(?:border|spacer|banner|header|footer|top|bottom|left|right|decorative|blank|line|dot|bg|background)[ _-]?)?(?:image|img|picture|graphic|icon|logo)$/i;

/** The account links a site's member bar opens with: 注册, 登录, 會員登入, 新使用者? 註冊. */
const ACCOUNT_WORD = /^(?:注册|註冊|登录|登錄|登入|会员登录|會員登錄|会员登入|會員登入|退出|找回密码|忘记密码|忘記密碼)$/;
/**
 * A site's member bar: four links or more joined by bars, short and with no sentence's mark, an account link among
 * the first three (注册 | 登录 | 帮助中心 某某留言板 | 某某电视台 | …): the site's, at its top.
 */
function isMemberBar(t: string): boolean {
  if (t.length > 300 || !/[|｜]/.test(t) || /[。！？；，,]/.test(t)) return false;
  const cells = t
    .split(/[|｜]/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return cells.length >= 4 && cells.every((c) => c.length <= 24) && cells.slice(0, 3).some((c) => c.split(/[\s?？★]+/).some((w) => ACCOUNT_WORD.test(w)));
}

/** A forum template's English furniture round its poster's line: By Kelly, Kelly avatar, Table of Contents. */
const EN_POSTER_LINE = /^(?:by[ \u3000]{1,3}[\w.-]{1,30}|[\w.-]{1,30}[ \u3000]{1,3}avatar|table of contents)$/i;

/** A rule drawn with characters under a heading: **********, ======, ------. */
const RULE_LINE = /^[*＊※=＝\-_~—–·.─━]{3,}$/;

/**
 * A paper's edition line over a copied article, with the date: 闽南日报/2025 年/2 月/5 日/第 002 版要闻,
 * 人民日报 2025年03月06日 第 04 版. No colon: 来源：人民日报 第4版 is a pair.
 */
const EDITION_LINE = /^[^:：。！？]{0,40}第\s*[\d一二三四五六七八九十〇零]{1,3}\s*版\p{Script=Han}{0,4}$/u; // after 版 at most its section's name (要闻)
const EDITION_OF = /\d{4}\s*[年\-/.][\s/]*\d{1,2}/; // the date: 某县统计公报发布-第二版 is a title
/**
 * A paper's credit line under a copied article, its name and the page, the date perhaps before or after the
 * name, in brackets or not: 《中國青年報》(2014年11月11日05版), 人民日报（2024-03-06 第04版）, 2024年3月6日《光明日报》第5版.
 */
const PAPER_DATE =
  '(?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*[-年/.]\\s*[\\d一二三四五六七八九十]{1,3}\\s*[-月/.]\\s*[\\d一二三四五六七八九十]{1,3}\\s*[日号號]?';
const PAPER_CREDIT = new RegExp(
  `^(?:${PAPER_DATE}\\s*)?[《〈]?[\\p{Script=Han}A-Za-z·]{1,12}(?:报|報|刊|讯|訊)[》〉]?\\s*[(（]?\\s*(?:${PAPER_DATE}\\s*[,，]?\\s*)?(?:第\\s*)?[\\d一二三四五六七八九十〇零]{1,3}\\s*版\\s*[)）]?$`,
  'u',
);
/** The date, before or after the paper's name: with none, 某市统计公报（第二版） is a document's second edition. */
const PAPER_DATED = new RegExp(PAPER_DATE);

/** A photo's caption: 图为会议现场。, 圖為…, （记者 某某 摄）. Over the title it is the site's. */
export const CAPTION = /^(?:图为|圖為|图片为|圖片為|图：|圖：|图片来源|圖片來源)|[(（](?:记者|記者|通讯员|通訊員)?\s*(?:\S{1,12}\s*)?(?:摄|攝)[)）]$/; // not \s*\S{0,12}\s*: two runs of spaces back to back split a long run every way (quadratic)

/** A time alone, as a site's clock or a press release's stamp prints it: 19:41, 香港時間10時30分. */
const CLOCK_TIME = /^(?:(?:香港|北京|台北)?(?:時間|时间))?\s*\d{1,2}\s*(?:[:：]\s*\d{2}(?:[:：]\d{2})?|[時时]\s*\d{1,2}\s*分)$/;

/**
 * A mirror site's spam line above a copied page (久久精品…_日韩精品…_91精品…): four or more phrases
 * joined by underscores, none of them a sentence. A title joins at most its site name with one.
 */
export function isSpamLine(t: string): boolean {
  // Joined by underscores, or by bars and commas (国产精品…|精品国产…|…,日韩精品…); a list a report
  // writes has 、 and a colon, and a sentence its 。.
  const items = t.split(/[_|｜,，]/);
  // A date is no spam's: 发布时间 | 2021-02-10 责任编辑 |  来源 | 沈阳日报 is a row of pairs split by bars.
  return (
    items.length >= 4 && !/[。！？：:、]/.test(t) && !/\d{4}\s*[-/.年]\s*\d{1,2}/.test(t) && items.every((s) => s.trim().length >= 2 && s.trim().length <= 80)
  );
}

/**
 * The pinyin a broken Traditional converter leaves after a character, 發(fā)布 for 發布, 樂(lè )縣, in brackets of either width: left
 * out when a key, a number or a site name is recognised (the page's text itself is kept as it is).
 */
export function withoutPinyin(s: string): string {
  // A character the converter lost as ? keeps its pinyin, the opening bracket gone with it (甘孜日?qǐng)?bào)).
  return s.replace(
    /(?<=\p{Script=Han})[(（](?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\s?)[)）]|(?<=\p{Script=Han}|[)）])\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/gu,
    '',
  );
}

/** The heading of a page's list of other articles at its foot: 相关推荐, 热门文章. */
export const RELATED_HEADING =
  /^(?:相关推荐|相關推薦|热门文章|熱門文章|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关文章|相關文章|猜你喜欢|猜你喜歡|延伸阅读|延伸閱讀|相关新闻|相關新聞)$/;

/**
 * A column's or a section's name over a page: 總統府新聞, 新聞與活動, 部门动态, 图片新闻. Five characters at
 * most: 关于征地的公告 is a title.
 */
const SECTION_NAME =
  /^[\p{Script=Han}]{0,3}(?:新聞公報|新闻公报|新聞稿|新闻稿|新聞|新闻|動態|动态|要聞|要闻|資訊|资讯|活動|活动|專區|专区|專欄|专栏|快訊|快讯)$/u;

/** A markdown image or empty link, as scrapers write them: ![](…), ![alt](url), [](url). */
const MARKDOWN_MEDIA = /^(?:!?\[[^\]]*\]\([^)]*\)\s*)+$/;

/** A bare web address. */
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org|gov|tw|hk)$/i;

/**
 * A web domain, as copy sites stamp into the text: www.site.com, site.com.cn. It starts where a run of a domain's
 * characters does: tried inside one it read the rest of the run again at every offset (a line of 20 000 letters and
 * a domain after them, 2.5 s; 200 000, minutes).
 */
export const DOMAIN =
  /(?<![a-z0-9-]|[a-z0-9-]\.)(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|cc|top|info)(?:\.cn)?(?:\/[\w./?=&%-]*)?/i;
const DOMAIN_G = new RegExp(DOMAIN.source, 'gi');

/** Breadcrumb separators: 首頁 > 文章中心 > 正文, >> 信息公開 >> …, 首页 » 政务公开, 首页→新闻. */
const CRUMB_SEP = /\s*(?:>>|>|＞|›|»|→|\/)\s*/;

/** The pieces of a line, split at spaces, brackets, pipes and separators. */
function tokens(line: string): string[] {
  return line.split(/[\s|｜【】[\]<>＜＞《》()（）·•●|/:：、,，>»›→\-–]+/).filter((t) => t !== '');
}

/**
 * Page furniture that is never report text, wherever it stands: toolbars (下载 打印 全屏 收藏 【字号：
 * 加大 还原 减小】), accessibility switches (无障碍阅读 关怀版 返回首页), breadcrumbs (首頁 > 文章中心 > 正文,
 * 您所在的位置：…), site clocks (今天是 2026年1月22日 星期四), share and print links, footers (版权所有,
 * ICP备), scraped images (![]()) and bare web addresses. Footer lines (主办单位：…, 版权所有) count only
 * when `edge`: at the top or the foot of the page.
 */
export function isFurniture(line: string, edge = true): boolean {
  const t = line.trim();
  if (t === '') return false;
  const f = oneForm(t); // the lexicons' patterns below match either script's form

  if (MARKDOWN_MEDIA.test(t) || URL_ONLY.test(t) || PAGE_COUNT.test(t) || (FILE_LINK.test(t) && t.length <= 80)) return true;
  if (BROWSER_HELP.test(f) || SITE_PROMPT.test(f) || RULE_LINE.test(t) || IMAGE_ALT.test(t) || HTML_RESIDUE.test(t) || isAppPrompt(t) || isEditionNav(t))
    return true;
  // A read-aloud widget's text (语音朗读,设置朗读按钮,…): the software's, wherever its box wraps (title-software.ts).
  if (isReadAloudWidget(t)) return true;
  const plain = withoutPinyin(t); // a converter's residue (點(diǎn)擊) read through
  if (isLocationLine(plain) || (t.length <= 80 && LINK_PROMPT.test(oneForm(plain)))) return true;
  if (t.length <= 48 && ((EDITION_LINE.test(t) && EDITION_OF.test(t)) || (PAPER_CREDIT.test(t) && PAPER_DATED.test(t)))) return true;
  // A site's line about itself (澎湖日報提供…、印刷服務等!, 某某网致力于提供…、…资讯): title-noise.ts's, as header.ts reads it over the page.
  if (edge && isSiteBlurb(t)) return true;
  if (edge && t.length <= 40 && EN_POSTER_LINE.test(t)) return true;
  // A site's offer of its edition in another language (Would you like to go to CNA's English website?, …に移動しますか。).
  if (edge && isLanguagePrompt(t)) return true;
  if (edge && isMemberBar(t)) return true;
  // The site's clock with its time left empty, after its greeting or not (您好!今天是:, 当前时间：): the key alone (meta-forms.ts).
  if (t.length <= 16 && /[今现現当當系]/.test(t) && CLOCK_KEY.test(t.replace(/^您好[!！，,]?/, '').replace(/[\s:：]+$/, ''))) return true;
  if (/[。！？]/.test(t)) return false; // a sentence is text, whatever it starts with
  if (FURNITURE_PREFIX.test(f) || isBreadcrumb(t) || (t.length <= 80 && DOC_PROMPT.test(f))) return true;
  // A number alone at the top or foot is a counter (views, likes), not a heading.
  if (edge && (EDGE_PREFIX.test(f) || isHotlineBar(f) || GREETING.test(t) || FOOTER_MARK.test(t) || /^\d{1,7}$/.test(t) || CLOCK_TIME.test(t) || isSpamLine(t)))
    return true;
  // A toolbar word the page spaced out letter by letter: 返 回, 打 印.
  if (t.length <= 12 && FURNITURE_WORDS.has(t.replace(/[\s\u3000]+/g, ''))) return true;
  // A date among toolbar words (2017-06-20 08:39:33 字号:) is the page's date: the line is metadata.
  return allWords(t, FURNITURE_WORDS) && !/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/.test(t);
}

/** Every piece of the line is one of `set` (numbers aside), and at least one is. */
function allWords(t: string, set: { has(w: string): boolean }): boolean {
  const toks = tokens(t);
  return toks.some((w) => set.has(w)) && toks.every((w) => set.has(w) || FURNITURE_WORDS.has(w) || /^[\d.%]+$/.test(w));
}

/** Furniture only at the top of a page, before the title: a site's name, a menu of section names. */
export function isTopFurniture(line: string): boolean {
  const t = line.trim();
  return (
    isFurniture(t) ||
    allWords(t, MENU_WORDS) ||
    SECTION_NAME.test(t) ||
    SITE_NAME.test(withoutPinyin(t)) ||
    isBrandLine(t) ||
    /星期[一二三四五六日天]|礼拜[一二三四五六日天]/.test(t) ||
    isGlossedLabel(t)
  );
}

/** A label and its translation, in brackets after it or set apart by a bar or a slash: 新着情報(最新消息), 最新消息 | News. */
const GLOSSED =
  /^([^()（）|｜/／]{1,16}?)[ \u3000]{0,2}(?:[(（][ \u3000]{0,2}([^()（）|｜/／]{1,16}?)[ \u3000]{0,2}[)）]|[|｜/／][ \u3000]{0,2}([^()（）|｜/／]{1,16}))$/;
/**
 * A list's or a column's label printed with its translation (新着情報(最新消息), 最新消息 | Latest News, 新聞動態 / News): when
 * one half is a site's label by itself, the other is the same label in another language, and the line is the label's. A
 * headline with a bracket after it names its subject there (政府工作报告(摘要) names a genre; 某某(图) is a site's tag).
 */
function isGlossedLabel(t: string): boolean {
  if (t.length > 40) return false;
  const m = GLOSSED.exec(t);
  if (!m) return false;
  const a = m[1]!.trim();
  const b = (m[2] ?? m[3]!).trim();
  // Both halves words (a year or a count in brackets, 城鄉發展新象(2019), is the headline's own).
  const letters = (w: string) => (w.match(/\p{L}/gu)?.length ?? 0) >= 2;
  if (!letters(a) || !letters(b) || namesGenre(a) || namesGenre(b)) return false;
  const [aLabel, bLabel] = [isTopFurniture(a), isTopFurniture(b)];
  if (aLabel && bLabel) return true;
  // One half a label the site's lists use: the other is that label again only when it is written otherwise (News beside 最新消息,
  // お知らせ beside 最新動態) and as short as a label. A headline in the label's script is the headline (图片新闻/我县召开…会议,
  // 市委常委会召开会议 / 要闻).
  const other = aLabel ? b : bLabel ? a : null;
  return (
    other !== null &&
    (bLabel ? a.length <= 10 : b.length <= 16) &&
    writing(other) !== writing(aLabel ? a : b) &&
    (writing(other) === 'latin' || other.length <= 6)
  );
}
/** How a label is written: in kana, in hangul, in Han characters alone, or in Latin letters. */
const writing = (w: string): string =>
  /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w) ? 'kana' : /\p{Script=Hangul}/u.test(w) ? 'hangul' : /\p{Script=Han}/u.test(w) ? 'han' : 'latin';

/** 首頁 > 文章中心 > 正文: short items joined by separators. The last item, for matching a title. */
export function isBreadcrumb(line: string): boolean {
  return breadcrumbTail(line) !== null;
}

export function breadcrumbTail(line: string): string | null {
  // Pipes and spaces off both ends by hand: /[|\s]+$/ is quadratic on a long line with a run of spaces inside.
  let a = 0;
  let b = line.length;
  while (a < b && /[|\s]/.test(line[a]!)) a++;
  while (b > a && /[|\s]/.test(line[b - 1]!)) b--;
  const t = line.slice(a, b);
  if (!/>|＞|›|»|→/.test(t) && !/^(?:首页|首頁|网站首页|主页)\s*\//.test(t)) return null;
  const items = t
    .split(CRUMB_SEP)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length < 2 && !t.startsWith('>')) return null;
  if (/[。！？；]/.test(t)) return null;
  const home = /首页|首頁|主页|主頁|网站首页|Home|当前位置|位置/i.test(items[0] ?? '') || t.startsWith('>');
  if (!home && !(items.length >= 3 && items.slice(0, -1).every((s) => s.length <= 10))) return null;
  return items[items.length - 1] ?? null;
}

// ---------------------------------------------------------------------------------------------------
// The title.

/**
 * The nouns a document's title ends with (报告, 通知, 应急预案, 讲话 …), Simplified and Traditional. The
 * run-on cutter (title.ts) cuts a title off its first paragraph after the strong ones (TITLE_NOUNS).
 */
export const TITLE_NOUNS =
  '报告|報告|通知|意见|意見|方案|决定|決定|公告|通告|办法|辦法|规定|規定|规则|規則|章程|规划|規劃|纲要|綱要|要点|要點|总结|總結|讲话|講話|公报|公報|决议|決議|批复|批覆|批復|细则|細則|条例|條例|计划|計劃|预案|預案|提纲|提綱|思路|汇报|匯報|演讲|演講|讲稿|講稿|通报|通報|致辞|致辭|发言|發言|贺词|賀詞|主持词|主持詞|纪要|紀要|函';
/** What a copy or document site writes after the genre noun: 讲话稿, 讲话文稿, 发言材料, 讲话全文. */
export const TITLE_NOUN_SUFFIX = '(?:稿|文稿|全文|材料)';
const GENRE = new RegExp(
  `(?:${TITLE_NOUNS}|令|情况|情況|说明|說明|白皮书|白皮書|政策|解读|解讀|指引|指南|清单|清單|措施|实施|實施|公示|答记者问|答記者問)${TITLE_NOUN_SUFFIX}?(?:[(（][^()（）]{0,40}[)）])?$`,
); // the bracket bounded: a line of 报告( repeated was quadratic

/** The line ends with a genre word (报告, 通知 …), as a title does; a converter's pinyin in it aside (規(guī)定). */
export function namesGenre(line: string): boolean {
  return GENRE.test(withoutPinyin(line.trim()));
}

/**
 * A headline shaped head：statement (央行：保持流动性合理充裕, 株洲：…, 国家统计局：4月份CPI…): its head is
 * a name (a place, a body, a person), its tail a clause of its own. A pair's head is a key (来源, 引题, 标签: a key the
 * pages use, or a label's word closing it), its value a name or a few words.
 */
const COLON_HEAD = /^(\p{Script=Han}{2,8})\s?[:：]\s?([^:：]{8,80})$/u;
const LABEL_END = /[件题題词詞要介签簽源者辑輯期间間址话話号號人位门門类類型式数數量栏欄目由注按稿图圖文]$/;
// A notice's label (温馨提示：…, 公告：本站将于…): the site's word for what follows, not a name.
const LABEL_WORD = /(?:提示|提醒|公告|通告|声明|聲明|通知|说明|說明|注意|警示|预告|預告)$/;
const KEYS = new Set(KNOWN_KEYS);
function isColonHeadline(t: string): boolean {
  const m = COLON_HEAD.exec(t);
  if (!m || LABEL_END.test(m[1]!) || LABEL_WORD.test(m[1]!) || KEYS.has(m[1]!)) return false;
  return (m[2]!.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 && !/[\s\u3000]{2}/.test(m[2]!);
}

/** How much a line looks like a report's title, by its own words. */
export function titleScore(line: string): number {
  const t = line.trim();
  let score = 0;
  const genre = namesGenre(t);
  if (genre) score += 2;
  if (t.length >= 8) score += 1;
  // Four characters or fewer naming no genre is a label (摘要, 正文, 图片), seldom a title.
  if (t.length <= 4) score -= genre ? 2 : 4;
  if (t.length <= 2) score -= 2;
  if (/[【】]/.test(t) || (/[:：]/.test(t) && !isColonHeadline(t))) score -= 2;
  if (/\d{4}年|[〇一二三四五六七八九十]+年/.test(t)) score += 1;
  return score;
}

/** A page <title> written as `the title_site name` or `the title - site`: its title part. */
export function titleOfPageTitle(line: string): string | null {
  // A hyphen with no spaces counts only before a site's name: 某某报告发布-新华网.
  const m = /^(.{4,80}?)\s*(?:_|\s-\s|－|—|\||｜|-(?=[^-_|｜]{1,18}(?:网|網|站)$))\s*[^_|｜]{2,40}$/.exec(line.trim());
  return m ? m[1]!.trim() : null;
}

/** A subtitle line: ——在…会议上, （2026年1月15日在…上）, a speaker's name line is left to the preamble. */
export function isSubtitle(line: string): boolean {
  // 2024年1月10日在三亚市…会议上 (a subtitle whose dash the page left out) too.
  if (
    /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)在.{2,40}(?:会议|會議|大会|大會)上\s*$/.test(
      line,
    )
  )
    return true;
  if (/^\s*(?:[•●▪■◆◇]\s*)?(?:——|――|－－|--|—|―|─{2,}|━{2,})/.test(line)) return true;
  // A bracket alone naming a meeting or a date ((2024年1月10日在…会议上通过)). The bracket first, its word after: one pattern
  // with a run on each side of the word split a long unclosed line every way (quadratic, 9 s on 200 000 characters).
  const inner = BRACKET_ALONE.exec(line)?.[1];
  return inner !== undefined && /会议|會議|年|日|通过|通過/.test(inner);
}
const BRACKET_ALONE = /^\s*[(（]([^)）]*)[)）]\s*$/;

// ---------------------------------------------------------------------------------------------------
// Watermarks and the closing.

/** A copy site's stamp in brackets: 【本文来自某某文库】, (来源：第一范文网), 【www.x.com】. */
const BRACKET_STAMP = new RegExp(
  `[【[(（][^【】[\\]()（）\\n]{0,30}(?:(?:本文|来源|來源|来自|來自|转载|轉載|摘自|出自)[^【】[\\]()（）\\n]{0,30}(?:文库|文庫|范文|範文|文秘|网|網|站)|${DOMAIN.source})[^【】[\\]()（）\\n]{0,20}[】\\])）]`,
  'gi',
);
/** The start of a heading: 一、 （一） 1. 第一章. */
const HEADING_START = /^(?:[一二三四五六七八九十]+[、．.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[章节節部])/;

/**
 * A copy site's watermark inside the text: a short run naming the site and its address, standing
 * between sentences (…工作。第一范文网 www.diyifanwen.com 下一段). Government addresses (.gov.cn) in a
 * sentence are text. Returns [start, end) ranges within `line`.
 */
export function watermarks(line: string): [number, number][] {
  // A stamp in brackets, wherever it stands (法治【本文来自某某文库】建设): only the brackets go, so a
  // heading it sits in keeps its marker and the points after it.
  const stamps: [number, number][] = [];
  if (/[【[(（]/.test(line)) for (const m of line.matchAll(BRACKET_STAMP)) if (!/\.gov\.cn/i.test(m[0])) stamps.push([m.index, m.index + m[0].length]);
  if (stamps.length > 0) return stamps;
  if (!/\.(?:com|net|org|cn|cc|top|info)/i.test(line)) return [];
  const t = line.trim();
  // An address the report gives (网址：…, 登录…官网, 邮箱) is text.
  if (/网址|網址|官网|官網|网站：|登录|登陆|登錄|邮箱|郵箱|电子邮件|關注|关注|详见|詳見|电话|電話|联系/.test(t)) return [];
  // A short line naming a site: 本文来源于 www.x.com，转载请注明出处 / 更多精彩内容请访问：www.x.com.
  // A heading's line is not one: its marker and its words stay.
  if (t.length <= 60 && !/[。！？]/.test(t) && !HEADING_START.test(t)) {
    const d = DOMAIN.exec(t);
    if (d && !/\.gov\.cn/i.test(d[0])) return [[0, line.length]];
  }
  const out: [number, number][] = [];
  DOMAIN_G.lastIndex = 0;
  for (let m = DOMAIN_G.exec(line); m; m = DOMAIN_G.exec(line)) {
    if (/\.gov\.cn/i.test(m[0])) continue;
    let end = m.index + m[0].length;
    // The run: back to the last sentence end, line start or open bracket, up to 24 characters.
    let start = m.index;
    while (start > 0 && m.index - start < 24 && !/[。！？；\n]/.test(line[start - 1]!)) start--;
    if (start > 0 && !/[。！？；\n]/.test(line[start - 1]!)) continue; // inside a sentence: text
    const run = line.slice(start, end);
    if (/[，,、]/.test(run)) continue;
    // And forward over closing brackets and spaces: （来源：www.x.com） goes whole.
    while (end < line.length && /[)）】\]\s]/.test(line[end]!) && line[end] !== '\n') end++;
    out.push([start, end]);
  }
  return out;
}

const CLOSING_ORG =
  /^(?:中共)?[\p{Script=Han}（）()]{2,40}(?:人民政府|政府|委员会|委員會|人大常委会|办公室|辦公室|办公厅|辦公廳|局|厅|廳|部|署|院|法院|检察院|檢察院|中心|街道办事处|办事处|辦事處|管委会|管委會|管理委员会|党委|黨委|党组|黨組|公司|协会|協會|领导小组|領導小組|指挥部|指揮部|工作组|组|組|专班|專班|政府办|联席会议|所|站|队|委)(?:[(（](?:印|盖章|蓋章|章)[)）])?$/u;
const CLOSING_DATE =
  /^(?:(?:中華民國|中华民国)?\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})$/;
const CLOSING_NOTE = /^[(（](?:此件|本件|此页|此頁|联系人|聯繫人|联系电话|聯繫電話|注：|附：)[^()（）]{0,60}[)）]$/;

/** A segment of the closing: a signing body, a date, a note such as (此件公开发布). */
export function closingKind(segment: string): 'org' | 'date' | 'note' | null {
  const t = segment.trim();
  if (CLOSING_DATE.test(t)) return 'date';
  if (CLOSING_NOTE.test(t)) return 'note';
  if (t.length <= 40 && CLOSING_ORG.test(t)) return 'org';
  return null;
}
