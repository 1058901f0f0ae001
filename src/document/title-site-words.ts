// Lines a site's boxes print near a title, never a title, as lexicons of each box's words in both scripts
// (issue 26, round 13): a language or script switcher (简体 | 繁體 | English), a weather box (多雲時晴 氣溫 26°C),
// a pager (上一页 1 2 3 下一页), a comment box (已有 12 人参与 共 3 条评论), the site's accounts and actions (政务微博
// 政务微信, 返回列表, 微信扫一扫, 新浪微博 QQ空间), a prompt to the reader (請繼續往下閱讀, 加入LINE好友), a media player (点击播放, 视频加载中..., 您的浏览器不支持 video 标签), and a
// date of the lunar calendar (农历甲辰年三月廿三), the clock's second line. A
// line is one of them when every piece of it is that box's word (a headline holds words of its own). Imports nothing.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Languages and scripts a switcher offers. */
const LANGUAGES = words(`
  简体 簡體 繁体 繁體 简体版 簡體版 繁体版 繁體版 简体中文 簡體中文 繁体中文 繁體中文 正體 正體中文 中文 中文版 英文 英文版
  English ENGLISH english EN En 中 简 繁 簡 日本語 日文 한국어 韩文 韓文 Français Español Deutsch Русский Português
  粤语 粵語 葡文 Português 無障礙 无障碍
`);

/** A weather box's labels; its sky is any run of weather characters, its temperature a number with degrees. */
const WEATHER_LABELS = words(`
  天气 天氣 今日天气 今日天氣 今天天气 今天天氣 气温 氣溫 温度 溫度 湿度 濕度 体感 體感 降雨 降雨概率 降雨機率 降雨几率
  空气质量 空氣品質 空气 空氣 风力 風力 风向 風向 紫外线 紫外線 AQI PM2.5 优 優 良 轻度污染 輕度污染
`);
const SKY = /^[晴阴陰云雲雨雪雾霧霾风風多少转轉时時小中大暴阵陣雷有间間偶局部冰雹沙尘塵阴]{1,8}$/;
const DEGREES = /^-?\d{1,2}(?:\s*(?:°C|℃|°|度))?(?:\s*[~～-]\s*-?\d{1,2})?\s*(?:°C|℃|°|度|°F)$/;

/** A pager's words (both scripts); numbers and arrows between them. */
const PAGER = words(`
  首页 首頁 尾页 尾頁 末页 末頁 上一页 上一頁 下一页 下一頁 上页 上頁 下页 下頁 前一页 前一頁 后一页 後一頁 跳转 跳轉 转到 轉到
  GO Go go 页 頁 « » ‹ › < > … ...
`);

/** A comment box's words: its label, who joined, how many. */
const COMMENT_WORD = /(?:评论|評論|留言|跟帖)/;
const COMMENT = words(`
  评论 評論 留言 跟帖 评论区 評論區 留言区 留言區 网友评论 網友評論 全部评论 全部評論 热门评论 熱門評論 最新评论 最新評論
  我要评论 我要評論 发表评论 發表評論 查看评论 查看評論 精彩评论 精彩評論 我要留言 发表留言 發表留言 评论列表 評論列表
  条评论 條評論 人参与 人參與 参与 參與 人 条 條 共 已有 有 已 共有 暂无评论 暫無評論 暂无 暫無
`);

/** A site's accounts and toolbar actions. */
const SITE_ACTIONS = words(`
  政务微博 政務微博 政务微信 政務微信 政务头条 政務頭條 政务抖音 政務抖音 官方微博 官方微信 微博 微信 抖音 快手 头条号 頭條號
  视频号 視頻號 公众号 公眾號 客户端 客戶端 手机版 手機版 移动版 移動版 微信扫一扫 微信掃一掃 手机扫一扫 手機掃一掃 扫一扫 掃一掃
  二维码 二維碼 高级搜索 高級搜尋 高級搜索 站内搜索 站內搜尋 全站搜索 全站搜尋 搜索 搜尋 检索 檢索 返回列表 返回上页 返回上頁
  返回 回到列表 回列表 回到上页 回到上頁 回上页 回上頁 回到上一页 回到上一頁 回到首页 回到首頁 回首页 回首頁 回到顶部 回到頂部 返回顶部 返回頂部 收藏本页 收藏本頁 加入收藏 设为首页 設為首頁 网站地图 網站地圖 联系我们 聯絡我們 关于我们 關於我們 登录 登入 注册 註冊
  用户登录 用戶登入 个人中心 個人中心 退出 智能问答 智能問答 网站纠错 網站糾錯 我为政府网站找错 政府网站找错 免责声明 免責聲明
  适老化 適老化 无障碍服务 無障礙服務 适老化无障碍服务 長者模式 长者模式 关怀版 關懷版 阅读模式 閱讀模式 夜间模式 夜間模式
  护眼模式 護眼模式 热门标签 熱門標籤 阅读提示 閱讀提示 下载此附件 下載此附件 转载请注明出处 轉載請註明出處 Ctrl+D
  新浪微博 腾讯微博 騰訊微博 QQ空间 QQ空間 QQ 人人网 人人網 豆瓣 朋友圈 微信朋友圈 Facebook Twitter LINE Line Telegram
  WhatsApp 复制链接 複製連結 複製鏈接 訂閱電子報 订阅电子报 電郵本頁 电邮本页 按此瀏覽 按此浏览 原文網址 原文网址 點閱次數 点阅次数
  瀏覽人次 浏览人次 推薦閱讀 推荐阅读 延伸閱讀 延伸阅读 你可能也喜歡 你可能也喜欢 猜你喜欢 猜你喜歡 相關報導 相关报道 文章分類 文章分类
  新聞分類 新闻分类 人氣排行 人气排行 今日焦點 今日焦点 最新消息 意見信箱 意见信箱 縣長信箱 县长信箱 市長信箱 市长信箱 首長信箱
  首长信箱 書記信箱 书记信箱 便民服務 便民服务 分享此頁 分享此页 列印此頁 打印此页 電郵此頁 电邮此页 返回頁首 返回页首 播放影片
  相片集 大家都在看 相关搜索 相關搜尋 精品推荐 精品推薦 最新上传 最新上傳 下载提示 下載提示 常见问题 常見問題 付费下载 付費下載
  文档介绍 文檔介紹 内容提示 內容提示 文档简介 文檔簡介 预览本文档 預覽本文檔
`);
/** A search box's label and its hot words (热门搜索：工作总结 工作计划, 熱門搜尋: 施政報告). */
const HOT_SEARCH = /^(?:热门搜索|熱門搜索|熱門搜尋|热搜|熱搜|搜索热词|搜尋熱詞|热门关键词|熱門關鍵詞|热门标签|熱門標籤|大家都在搜)\s*[:：]/;
/** A document site's or a portal's own name alone (百度文库, 原创力文档, 豆丁网, …政府入口網站). */
const SITE_OWN_NAME = /^\p{Script=Han}{1,6}(?:文库|文庫|文档|文檔)$|^\p{Script=Han}{2,4}(?:网|網)$|(?:入口网站|入口網站)$/u;
/** A document's page count alone (本文档共5页, 共 12 頁). */
const DOC_PAGES = /^(?:本文档|本文檔|文档|文檔|全文)?共\s*\d{1,4}\s*[页頁]$/;
/**
 * One piece of a prompt addressed to the reader, an ad's or the site's: 請繼續往下閱讀, 點我下載APP, 按我看活動辦法,
 * 加入LINE好友, 請加入自由財經粉絲團, 現在用APP看新聞, 看更多, 保證天天中獎.
 */
const PROMPT_PIECE = new RegExp(
  [
    '^(?:请|請)?(?:继续|繼續)(?:往下|向下)?(?:阅读|閱讀|看)(?:全文)?(?:\\.{0,6}|…{0,2})$',
    '^(?:按我|點我|点我|按此|點此|点此|戳我)\\S{0,10}$',
    '^(?:请|請|欢迎|歡迎|立即|马上|馬上)?(?:加入|追蹤|追踪|关注|關注|订阅|訂閱)\\S{0,12}(?:好友|粉絲團|粉丝团|粉絲專頁|粉丝专页|頻道|频道|群組|群组|會員|会员|電子報|电子报|公眾號|公众号|我們|我们)$',
    '^(?:现在|現在|马上|馬上)?用\\s*APP\\s*(?:看|讀|读)\\S{0,6}$',
    '^看更多\\S{0,6}$',
    '^\\S{0,6}(?:中獎|中奖|抽獎|抽奖|送好禮|送好礼|領好禮|领好礼)$',
    '^不用(?:抽|搶|抢|等|排隊|排队)$',
  ].join('|'),
  'i',
);
/** A line of such prompts only, split at spaces and a prompt's marks. */
const isReaderPrompt = (t: string) => {
  const ps = t.split(/[\s\u3000!！,，]+/).filter((p) => p !== '');
  return ps.length >= 1 && ps.every((p) => PROMPT_PIECE.test(p));
};
/** A media player's controls and messages, a browser's complaint: 点击播放, 播放 暂停, 跳过广告, 视频加载中... */
const PLAYER = words(`
  播放 暂停 暫停 重播 静音 靜音 全屏 全螢幕 点击播放 點擊播放 视频播放位置 視頻播放位置 跳过广告 跳過廣告 广告 廣告 关闭广告 關閉廣告
  倍速 清晰度 高清 标清 標清 弹幕 彈幕 00:00
`);
/** A loading line (视频加载中..., 載入中…, Loading...) or a browser that cannot play or show the page's media. */
const LOADING =
  /^(?:视频|視頻|音频|音頻|图片|圖片|内容|內容|页面|頁面|数据|數據)?(?:正在)?(?:加载中|加載中|載入中|加载|載入)(?:\.{1,6}|…{1,3}|[,，]?\s*(?:请稍候|請稍候|请稍后|請稍後))?$|^Loading\s*\.{0,6}$/i;
const BROWSER = /(?:浏览器|瀏覽器|browser).{0,24}(?:不支持|不支援|不能播放|無法播放|无法播放|does not support|doesn't support|not supported)/i;

/** The pieces of a line: split at spaces, bars, slashes, and round a pager's arrows and brackets. */
const pieces = (t: string) =>
  t
    .replace(/([«»‹›<>()（）])/g, ' $1 ')
    .split(/[\s\u3000|｜/]+/)
    .filter((p) => p !== '' && !/^[()（）]$/.test(p));

const isNumber = (p: string) => /^\d{1,4}$/.test(p);

/** A language or script switcher: two names at least, each a language's or a script's. */
const isSwitcher = (ps: string[]) => ps.length >= 2 && ps.every((p) => LANGUAGES.has(p));

/** A weather box: its sky, labels and temperatures only, with a temperature or a label among them. */
const isWeather = (ps: string[]) =>
  ps.length >= 2 &&
  ps.some((p) => DEGREES.test(p) || WEATHER_LABELS.has(p)) &&
  ps.every((p) => SKY.test(p) || DEGREES.test(p) || WEATHER_LABELS.has(p) || /^\d{1,3}$/.test(p));

/** A pager: its words and page numbers only, a word or an arrow among them (1 2 3 alone could be anything's). */
const isPager = (ps: string[]) => ps.length >= 2 && ps.some((p) => PAGER.has(p) && !/^(?:页|頁)$/.test(p)) && ps.every((p) => PAGER.has(p) || isNumber(p));

/** A comment box's line: a comment word, then only the box's words and counts. */
const isCommentBox = (ps: string[]) => {
  const t = ps.join('');
  if (!COMMENT_WORD.test(t) || t.length > 30) return false;
  // A count glued to its word (0条评论, 共3条评论) is read as the number and the word.
  const split = ps.flatMap((p) => p.split(/(\d+)/)).filter((p) => p !== '');
  return split.every((p) => COMMENT.has(p) || isNumber(p) || /^(?:条|條|人)(?:评论|評論|参与|參與)$/.test(p));
};

/** The site's accounts and toolbar actions, every piece one of them. */
// Two of them glued (公眾號二維碼, 微信扫一扫二维码 split once): a site's box prints its labels without a space.
const isActionWord = (p: string) =>
  SITE_ACTIONS.has(p) ||
  (p.length <= 16 && [...Array(p.length - 1).keys()].some((i) => SITE_ACTIONS.has(p.slice(0, i + 1)) && SITE_ACTIONS.has(p.slice(i + 1))));
const isSiteActions = (ps: string[]) => ps.length >= 1 && ps.every(isActionWord);

/**
 * A bar of actions a reader takes on a post (a forum's, a blog's, an app's): each piece a verb on the post (赞, 评论,
 * 转发, 回复, 引用, 举报, 收藏, 关注, 在看), perhaps with its count (点赞 12) or with whom it narrows to (只看楼主,
 * 只看该作者). Judged by the kind of word, so a bar of verbs no list names yet (回复 引用 举报) is known as well.
 */
const POST_VERB =
  '(?:点赞|點讚|點贊|赞|讚|贊|顶|頂|踩|评论|評論|转发|轉發|转载|轉載|分享|收藏|回复|回覆|回復|引用|举报|舉報|关注|關注|在看|打赏|打賞|私信|喜欢|喜歡|订阅|訂閱|复制链接|複製連結|复制|複製)';
const POST_ACTION = new RegExp(
  `^(?:[+＋]|加|取消)?${POST_VERB}(?:\\d{1,6}|[(（]\\d{1,6}[)）])?$|^只看(?:楼主|樓主|该作者|該作者|作者|TA|他|她)$|^(?:楼主|樓主)$`,
);
const isPostBar = (ps: string[]) =>
  ps.length >= 2 && ps.length <= 8 && ps.some((p) => POST_ACTION.test(p)) && ps.every((p) => POST_ACTION.test(p) || isNumber(p));

/** A player's controls: its words and times (0:00 / 3:25) only. */
const isPlayer = (ps: string[]) => ps.length >= 1 && ps.some((p) => PLAYER.has(p)) && ps.every((p) => PLAYER.has(p) || /^\d{1,2}:\d{2}(?::\d{2})?$/.test(p));

/**
 * A date of the lunar calendar alone, as a site's clock prints it under the solar one: 农历甲辰年三月廿三,
 * 農曆十二月初六, 乙巳年 正月十五 (a year's stem and branch, perhaps its animal, a month, a day).
 */
const LUNAR =
  /^(?:农历|農曆|阴历|陰曆)?\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥](?:[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬])?年)?\s*(?:闰|閏)?(?:正|十一|十二|[一二三四五六七八九十]|冬|腊|臘)月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十|卅)日?$/;
const isLunarDate = (t: string) => t.length <= 24 && LUNAR.test(t) && /农历|農曆|阴历|陰曆|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]/.test(t);

/** A news site's channels, as its menu names them (both scripts). */
const CHANNELS = words(`
  首页 首頁 新闻 新聞 要闻 要聞 即时 即時 最新 热门 熱門 焦点 焦點 头条 頭條 政治 时政 時政 政经 政經 社会 社會 民生 法治 法制 警政
  国际 國際 国内 國內 两岸 兩岸 大陆 大陸 港澳 台湾 台灣 地方 县市 縣市 城市 乡镇 鄉鎮 村里 社区 社區 财经 財經 经济 經濟 产经 產經
  股市 楼市 樓市 房产 房產 理财 理財 科技 数码 數碼 汽车 汽車 体育 體育 运动 運動 娱乐 娛樂 影视 影視 影音 视频 視頻 图片 圖片 直播
  文化 艺文 藝文 文教 教育 校园 校園 学习 學習 健康 医疗 醫療 养生 養生 生活 美食 旅游 旅遊 旅行 休闲 休閒 时尚 時尚 女性 亲子 親子
  宠物 寵物 游戏 遊戲 动漫 動漫 宗教 公益 环境 環境 农业 農業 工商 产业 產業 商业 商業 军事 軍事 历史 歷史 人物 评论 評論 观点 觀點
  专题 專題 专栏 專欄 副刊 论坛 論壇 活动 活動 天气 天氣 招聘 综合 綜合 English
`);
/**
 * A segmentation of a piece into channels' names, glued (首頁政治社會美食旅遊 → 5 words), or 0 when some of it is none.
 * Names are of two characters or more, at most four; a piece of at most 60 is tried.
 */
function channelCount(p: string): number {
  if (p.length > 60) return 0;
  const best: number[] = [0]; // best[i]: the fewest names covering p's first i characters, or -1
  for (let i = 1; i <= p.length; i++) {
    best[i] = -1;
    for (let n = 2; n <= Math.min(7, i); n++)
      if (best[i - n]! >= 0 && CHANNELS.has(p.slice(i - n, i)) && (best[i] === -1 || best[i - n]! + 1 < best[i]!)) best[i] = best[i - n]! + 1;
  }
  return Math.max(0, best[p.length]!);
}
/** A channel only a news site has: 首页, 新闻, 视频, 专题 … (经济 文化 社会 教育 are a headline's words as well). */
const SITE_CHANNEL =
  /首[页頁]|新[闻聞]|要[闻聞]|即[时時]|最新|[热熱]门|[热熱]門|焦[点點]|[头頭][条條]|[时時]政|[视視][频頻]|[图圖]片|影音|直播|[专專][题題]|[专專][栏欄]|副刊|[论論][坛壇]|[评評][论論]|[观觀][点點]|[娱娛][乐樂]|English/;
/**
 * A news site's menu of channels, spaced or glued with no separator (首頁政治社會美食旅遊生活校園, 首页 国际 财经 体育 娱乐): every
 * piece channels' names only, five of them at least (a headline of three or four paired words, 政治 经济 文化 社会, is a slogan's),
 * one a news site's own (经济 文化 社会 教育 医疗, 国际文化旅游体育产业 are a headline's).
 */
const isChannelMenu = (ps: string[]) => {
  let total = 0;
  for (const p of ps) {
    const n = channelCount(p);
    if (n === 0) return false;
    total += n;
  }
  return total >= 5 && SITE_CHANNEL.test(ps.join(' '));
};

/**
 * A row of a menu's links set apart by spaces, whatever their words (新聞總覽 圖片集 最多人瀏覽 民調中心 公共消息 公私立招考 學習新知 …):
 * seven short items at least, with no mark of a sentence; not a slogan of four-character phrases alone (稳中求进 提质增效 …).
 */
const isLinkRow = (ps: string[]) =>
  ps.length >= 7 && ps.every((p) => /^[\p{Script=Han}A-Za-z\d·]{2,8}$/u.test(p)) && !ps.every((p) => /^\p{Script=Han}{4}$/u.test(p));

/**
 * A menu's heading over its list of links, by its kind rather than its words: the kind of item the list holds (文章,
 * 新书, 书单, 视频, 动态 …) with the list's word for how it was picked (推荐, 排行, 精选, 导读, 列表) after it, or a pick's word
 * before it (最新, 热门, 相关, 往期, 更多 …): 新书推荐, 书单推荐, 热门文章, 最新動態, 相關新聞, 點擊排行, 往期回顧. Two words and
 * at most a qualifier of when or by whom (本周, 今日, 编辑): a headline says more (向青少年推荐百种优秀图书, 春节活动回顾).
 */
const ITEM_KIND =
  '(?:文章|新[闻聞]|[资資][讯訊]|[书書]单|[书書]單|新[书書]|[图圖][书書]|[书書]籍|好[书書]|[书書]目|[书書][评評]|商品|[产產]品|[视視][频頻]|[图圖]片|[专專][题題]|活[动動]|[课課]程|下[载載]|[阅閱][读讀]|[动動][态態]|公告|信息|消息|[话話][题題]|帖子|博文|日志|日誌|作品|文[档檔]|[资資]源|好文|[点點][击擊]|[评評][论論]|[浏瀏][览覽]|[关關]注|回[顾顧]|[导導][读讀]|[报報][道導]|[链鏈]接|[连連]結|[标標][签籤])';
const PICKED = '(?:推荐|推薦|排行榜?|精[选選]|[导導][读讀]|列表|[导導][航览覽]|一[览覽]|[汇彙匯][总總]|[回]?[顾顧])';
const PICK = '(?:最新|最[热熱]|[热熱]门|[热熱]門|相[关關]|往期|近期|更多|其他|其它|精[选選]|推荐|推薦|[热熱][点點]|[热熱]榜|猜你喜[欢歡]的?)';
/** A menu heading's qualifier: when or by whom the list was picked (本周, 今日, 编辑); 春节, 两会 name a headline's subject (春节活动回顾). */
const QUALIFIER = '(?:本周|本週|本月|本期|今日|今天|每日|每周|每週|一周|一週|[编編][辑輯]|小[编編]|站[长長]|本站|[网網]友|[读讀]者)';
const MENU_HEADING = new RegExp(`^(?:${QUALIFIER}?${ITEM_KIND}${PICKED}|${PICK}${ITEM_KIND})(?:[ \\u3000]*(?:>>|»|更多|MORE|more|\\+))?$`, 'u');
const isMenuHeading = (t: string): boolean => t.length <= 14 && MENU_HEADING.test(t);

/** A line of a site's box (switcher, weather, pager, comments, accounts and actions) or the lunar half of its clock. */
export function isSiteBoxLine(text: string): boolean {
  // An arrow before or after a link (↖回到列表, 回首頁 ↑) is the link's drawing, not its words.
  const line = text.trim();
  if (line === '' || line.length > 160) return false;
  const t = line
    .replace(/^[←↖↗↑⇦⇧◀▲]+/, '')
    .replace(/[→↗↑⇨⇧▶▲]+$/, '')
    .trim();
  // A row of a menu's links may be long (each link's image alt text before its name: IMAGES 公益活動 IMAGES 志願服務 …).
  // Only with that alt text said again (a piece three times or more): a long row of names (王建国 李小平 …) is a list's text.
  if (t.length > 80 && t.length <= 160) {
    const ps = pieces(t);
    if (isLinkRow(ps) && ps.some((p) => ps.filter((o) => o === p).length >= 3)) return true;
  }
  if (t === '' || t.length > 80) return false;
  if (isLunarDate(t) || LOADING.test(t) || (t.length <= 50 && BROWSER.test(t)) || isReaderPrompt(t)) return true;
  if (HOT_SEARCH.test(t) || SITE_OWN_NAME.test(t) || DOC_PAGES.test(t) || isMenuHeading(t)) return true;
  const ps = pieces(t);
  return (
    isSwitcher(ps) ||
    isWeather(ps) ||
    isPager(ps) ||
    isCommentBox(ps) ||
    isSiteActions(ps) ||
    isPostBar(ps) ||
    isPlayer(ps) ||
    isChannelMenu(ps) ||
    isLinkRow(ps)
  );
}
