// A site's prompt to the user to act on the site, the browser or the device (issue 26, round 19): add it to the
// desktop, install it, choose a date range, type a keyword, log in, scan the code (添加某某网到电脑桌面, 安装后可以在
// 桌面快捷访问, 請選擇欲查詢日期區間, 請輸入關鍵字, 查詢條件, 输入验证码). It tells the reader what to do with the page's
// machinery, so it names no subject: a verb of the interface with an object of the interface (a desktop, a
// date range, a keyword, a password, an app), or those objects alone as the box's label (电脑桌面). A headline may say
// the same words (市民可下载安装某某APP办理社保, 关于启用新版网站的公告): it names a document's genre, or the text under
// it says its words again, and title-plausible.ts lets it stand. Imports nothing.

/** The verbs of an interface: what a user does to a page, a form, a browser or a device (both scripts). */
const UI_VERB =
  /添加|加入|加到|收藏|安[装裝]|下[载載]|[点點][击擊]|[点點]此|[选選][择擇]|[选選]取|勾[选選]|[输輸]入|[键鍵]入|填[写寫]|登[录錄入]|[注註][册冊]|[扫掃][描码碼]|搜[索尋]|[查检檢][询詢索]|上[传傳]|打[开開]|[开開]启|[开開]啟|啟用|启用|刷新|重新整理|[访訪][问問]|[浏瀏][览覽]|[设設][为為]|拖[动動]|滑[动動]|[复複]制|[复複]製|粘[贴貼]|[贴貼]上|保存|[储儲]存|提交|送出|[切][换換]/;
/** The objects of an interface: where or what a user acts on (a desktop, a form's fields, an account, an app). */
const UI_OBJECT =
  /(?:[电電][脑腦])?桌面|收藏[夹夾]|[书書][签籤]|[浏瀏][览覽]器|快捷方式|捷徑|主屏幕|主[画畫]面|日期|[区區][间間]|起[止迄]|[关關][键鍵][字词詞]|[验驗][证證][码碼]|密[码碼]|[账帳賬][号號户戶]|用[户戶]名|使用者|手[机機][号號]|[邮郵]箱|[网網]址|[链鏈]接|[连連]結|[页頁]面|本[页頁站]|[网網]站|APP|App|app|客[户戶]端|二[维維][码碼]|[栏欄]目|[类類]别|[类類]別|分[类類]|[选選]项|[选選]項|[条條]件|年份|月份|JavaScript|Javascript|Cookie|cookie|插件|外掛|字[号號体體]|[繁简簡][体體]/;
/** A polite or an urgent opening addressed to the user (请, 請, 您可, 可以, 即可, 一键). */
const ADDRESSED = /^(?:[请請](?:您)?|您(?:可以?)?|可以|[马馬]上|立即|一[键鍵])/;

/** A line of the interface's objects alone (电脑桌面, 日期区间, 查询条件 is a verb's): the box's label, its words all the interface's. */
const OBJECTS_ALONE = new RegExp(`^(?:${UI_OBJECT.source})+$`);

/** A line ending on an interface's object or verb (…到电脑桌面, …日期区间, …快捷访问), a place word after it at most. */
const ENDS_ON_INTERFACE = new RegExp(`(?:${UI_OBJECT.source}|${UI_VERB.source})(?:中|内|內|里|裡|上)?$`);

/**
 * Whether `text` is a prompt to act on the site or the device (添加某某网到电脑桌面, 請選擇欲查詢日期區間, 請輸入關鍵字,
 * 查詢條件, 电脑桌面). Short lines only: a prompt is a phrase, under 32 characters; a line with a sentence's mark in it or
 * no Han is left to the other tests. The caller lets a line whose text says it again stand (a headline about an app).
 */
export function isUserPrompt(text: string): boolean {
  const line = text.trim();
  if (line.length > 40) return false; // before any pattern: a long line costs nothing
  const t = line.replace(/[-–—~～:：]+$/, '').trim();
  if (t.length < 4 || t.length > 32 || /[。！？!?，,；;]/.test(t) || !/\p{Script=Han}/u.test(t)) return false;
  if (OBJECTS_ALONE.test(t)) return true;
  // A notice's title (关于启用新版网站的通知) names its subject, not a step on the page.
  if (/^(?:关于|關於)/.test(t)) return false;
  const verb = UI_VERB.exec(t);
  if (!verb) return false;
  // A verb of the interface on an object of it after it (添加…到电脑桌面, 选择…日期区间, 输入关键字, 查询条件, 安装后…桌面
  // 快捷访问), the line ending on the one or the other: a headline goes on past them (食品添加剂生产日期标注, 成绩查询日期
  // 公布, 加入…网站建设). Or addressed to the user with at most two characters after the verb (请选择, 請輸入, 立即下载;
  // 请选择绿色出行 is a slogan): both the interface's.
  const after = t.slice(verb.index + verb[0].length);
  if (UI_OBJECT.test(after) && ENDS_ON_INTERFACE.test(t)) return true;
  return ADDRESSED.test(t) && after.length <= 2;
}
