// Round 15 of issue 26, theme A: a line of the site taken as the title. Each class is written for every printing a
// reader would meet (another separator, full- or half-width, Traditional or Simplified, the line alone or among other
// furniture, another site's names and numbers), held here on made-up printings with look-alikes the rule must leave
// alone, on the real pages it was seen on (real-pages.test.ts) and on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { isByline, isCreditedCaption } from '../../src/document/bylines.js';
import { isFurniture, isTopFurniture } from '../../src/document/page.js';
import { parse } from '../../src/document/parse.js';
import { bracketHeadRunOn } from '../../src/document/title-furniture.js';
import { isEditionNav } from '../../src/document/title-noise.js';
import { isSiteBoxLine } from '../../src/document/title-site-words.js';
import { allNodes, readPage } from '../helpers.js';

const BODY = '\n市政府今天召开会议，研究部署今年的重点工作。会议要求各部门抓好落实。\n一、工作回顾\n我们做了工作。\n';
const read = (head: string) => readPage(`${head}${BODY}`);

describe("a site's navigation and accessibility lines (skip links, back-to-top links, an image's alt text) are no title", () => {
  it.each([
    // the headline below them is found
    ['Jump to the beginning of content\n立法會三題:行政長官向中央人民政府述職', '立法會三題:行政長官向中央人民政府述職'],
    ['Jump to main content\nspacer\n新闻公报\n市长答问：今年经济如何发展', '市长答问：今年经济如何发展'],
    ['Back to top\n市长答问：今年经济如何发展', '市长答问：今年经济如何发展'],
    ['Skip to navigation\n\nspacer\n\n新聞公報\n\nborder image\n立法會三題：行政長官向中央人民政府述職', '立法會三題：行政長官向中央人民政府述職'],
    ['Skip navigation\n\nborder image\n\n新聞稿\n\nborder image', null],
    // and a page that prints none has no title
    ['回到頁首', null],
    ['跳過導覽列', null],
    ['跳到主選單', null],
    ['回到頂端', null],
    ['Go to main content', null],
    ['Skip to navigation', null],
    ['Jump to the beginning of content\nborder image', null],
    ['Back to Top\nspacer', null],
  ])('%j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
  it.each([
    // a headline that opens with such words, an English headline about an image
    ['跳出重围：某市召开2024年安全生产工作会议', '跳出重围：某市召开2024年安全生产工作会议'],
    ['回到顶端的设计', '回到顶端的设计'],
    ['Image of the city', 'Image of the city'],
  ])('stays: %j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
});

describe("a news agency's or a paper's dateline opening the text, in brackets, is no title", () => {
  it.each([
    // glued before the first paragraph, in either script, the day in digits, full-width digits or Han, spaces inside
    '【中新社北京1月18日電】 (記者 余湛奕)中國國務院總理李克強18日在北京主持召開國務院第六次全體會議,討論擬提請十二屆全國人大五次會議審議的政府工作報告。\n李克強在講話中指出,向全國人民代表大會報告工作,是國務院的法定職責。\n',
    '【新华社杭州3月5日电】（记者 张三）浙江省十四届人大二次会议5日上午在杭州开幕，省长作政府工作报告。\n会议听取了报告。\n',
    '【中新網北京十八日電】國務院總理18日主持召開國務院全體會議，討論政府工作報告。\n會議決定徵求意見。\n',
    '【人民網南京1月18日電】　江苏省十四届人大三次会议18日开幕，省长作政府工作报告。\n会议听取了报告。\n',
    '【 新华社北京3月5日电 】十四届全国人大二次会议5日上午在人民大会堂开幕，国务院总理作政府工作报告。\n会议听取了报告。\n',
    // alone on its line over the text
    '【中新社北京1月18日電】\n中國國務院總理李克強18日在北京主持召開國務院第六次全體會議,討論政府工作報告。\n李克強在講話中指出,向全國人民代表大會報告工作,是國務院的法定職責。\n',
  ])('%j', (page) => {
    expect(readPage(page).title).toBe(null);
  });
  it.each([
    // a headline in 【】 that ends in 发电, or names a day
    ['【全省加快发展新能源发电】 昨天，省政府召开会议，部署新能源发展工作。\n会议要求抓好落实。\n', '全省加快发展新能源发电'],
    ['【某市召开十八日工作部署会】 昨天，市政府召开会议，部署工作。\n会议要求抓好落实。\n', '某市召开十八日工作部署会'],
  ])('stays: %j', (page, want) => {
    expect(readPage(page).title).toBe(want);
  });
});

describe("a paper's credit line (its name, the issue's date and page) over a copied article is no title", () => {
  it.each([
    ['《中國青年報》(2014年11月11日05版)', null],
    ['人民日报（2024-03-06 第04版）', null],
    ['《欽州日報》（2014年11月11日 第3版）', null],
    ['  《中國青年報》(2014年11月11日05版)\n  掃描二維碼觀看全國大學生記者走進欽州尋訪活動視頻\n  大學生記者在三娘灣全合影 李建泉攝', null],
    // over the headline: the headline is found
    ['《中国青年报》（2014年11月11日 05 版）\n某市召开2024年安全生产工作会议', '某市召开2024年安全生产工作会议'],
  ])('%j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
  it.each([
    // a headline about a paper, its page named in a sentence's words
    ['市委机关报改版：2024年新版上线', '市委机关报改版：2024年新版上线'],
    ['《某市日报》创刊70周年特刊', '《某市日报》创刊70周年特刊'],
    ['人民日报第5版刊发评论', '人民日报第5版刊发评论'],
    // a document's second edition, no issue's date: a title
    ['某市统计公报（第二版）', '某市统计公报（第二版）'],
    ['政府信息公开工作年报（第二版）', '政府信息公开工作年报（第二版）'],
  ])('stays: %j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
});

describe("a gallery's captions ending in their photographer's credit after a space are no title, nor the uncredited lines among them", () => {
  it.each([
    ['大學生記者在三娘灣全合影 李建泉攝\n同學們聽農業專家講解火龍果的營養價值 李建泉攝', null],
    ['大学生记者在三娘湾合影 李建泉摄\n“南国蓬莱”龙门群岛海上公园\n跃出海面的中华白海豚 谢勇云摄\n广西钦州市城市新貌 翟可隽摄', null],
    ['会议代表认真审议政府工作报告 记者 张三 摄', null],
    ['市民在新建成的公园里休闲健身 王小明、李华摄', null],
    // under them the headline is found, and one over them stays
    [
      '会议代表认真审议政府工作报告 记者 张三 摄\n代表们分组讨论\n委员们在会场外交流意见　记者 李四 摄\n市民在新建成的公园里休闲健身 王小明、李华摄\n某市召开2024年安全生产工作会议',
      '某市召开2024年安全生产工作会议',
    ],
    ['某市召开2024年安全生产工作会议\n代表们认真听取报告　陈立新 攝影', '某市召开2024年安全生产工作会议'],
  ])('%j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
  it.each([
    // a headline of two phrases, no credit; a headline over a gallery
    ['全民健身 人人参与', '全民健身 人人参与'],
    [
      '某市召开2024年安全生产工作会议\n大學生記者在三娘灣全合影 李建泉攝\n“南國蓬萊”龍門群島海上公園七十二涇\n躍出海面的三娘灣中華白海豚 謝勇雲攝\n廣西欽州市城市新貌 翟可雋攝',
      '某市召开2024年安全生产工作会议',
    ],
  ])('stays: %j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
});

describe("a link's prompt to more of the same (点击查阅更多…, 更多…请点击) is no title", () => {
  const speech = (head: string, trad: boolean) =>
    trad
      ? `${head}\n——2024年1月10日在某市第五屆人民代表大會第三次會議上\n各位代表：\n現在，我代表市人民政府，向大會報告政府工作，請予審議。\n一、2023年工作回顧\n我們做了工作。\n`
      : `${head}\n——2024年1月10日在某市第五届人民代表大会第三次会议上\n市长 王某\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n一、2023年工作回顾\n我们做了工作。\n`;
  it.each([
    // a converter's pinyin inside, and an acting mayor's line under it (代理市長藍(lán)曉: the speaker's)
    [speech('點(diǎn)擊查閱更多2021年地方政府工作報(bào)告\n代理市長藍(lán)曉', true), null],
    [speech('点击查看更多2024年政府工作报告', false), null],
    [speech('【點此閱讀更多地方政府工作報告】', true), null],
    [speech('更多2023年地方政府工作报告请点击这里>>', false), null],
  ])('%j', (page, want) => {
    expect(readPage(page).title).toBe(want);
  });
  it.each([
    ['点击率大幅提升的背后：某市政务新媒体工作报告', '点击率大幅提升的背后：某市政务新媒体工作报告'],
    ['更多精彩来自基层：某县乡村振兴工作报告', '更多精彩来自基层：某县乡村振兴工作报告'],
    ['点击查阅更多政府工作报告\n某市2024年政府工作报告', '某市2024年政府工作报告'],
    // 代 of 新时代 before a post and a name: no acting post (代理市長, 某市代市长 open the line or follow the place)
    ['新时代书记李强', '新时代书记李强'],
  ])('stays: %j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
});

describe("an e-paper's page line and buttons are no title and no pair; its page and date framed in brackets are pairs", () => {
  it.each([
    [
      '第0d01版:川南读本 上一版  下一版\n日期:[2016年02月01日] -- 川南读本 -- 版次:[d01]\n泸州市七届人大六次会议今日开幕\n2016年02月01日',
      '泸州市七届人大六次会议今日开幕',
      ['日期=2016年02月01日', '版次=d01'],
    ],
    [
      '第A04版：要聞 上一版 下一版\n日期：［2016年02月01日］ -- 要聞 -- 版次：［A04］\n泸州市七屆人大六次會議今日開幕',
      '泸州市七屆人大六次會議今日開幕',
      ['日期=2016年02月01日', '版次=A04'],
    ],
    [
      '通版阅读请点击:\n展开通版\n收缩通版\n当前版:02版\n发布日期: 2026年02月05日\n政府工作报告\n——2026年1月18日在某市第五届人民代表大会第六次会议上',
      '政府工作报告',
      ['当前版=02版', '发布日期=2026年02月05日'],
    ],
    [
      '通版閱讀請點擊：\n展開通版\n收縮通版\n當前版：03版\n發布日期：2026年02月05日\n某市召開2024年安全生產工作會議',
      '某市召開2024年安全生產工作會議',
      ['當前版=03版', '發布日期=2026年02月05日'],
    ],
    // a space before each colon
    [
      '通版阅读请点击 :\n展开通版\n收缩通版\n当前版 : 02版\n发布日期 : 2026年02月05日\n政府工作报告\n——2026年1月18日在某市第五届人民代表大会第六次会议上',
      '政府工作报告',
      ['当前版=02版', '发布日期=2026年02月05日'],
    ],
    // the page line alone over the text: no title
    ['第A04版：要聞　上一版　下一版', null, []],
    ['第12版:时政新闻 上一版 下一版', null, []],
  ])('%j', (head, title, meta) => {
    expect(read(head)).toEqual({ title, meta });
  });
  it.each([
    // a toolbar's buttons spaced inside their brackets after a label: no pair
    ['2023-04-25 15:10:15   第一文档网     [ 字体: ] [ 阅读: ] [ 文档下载 ]\n某镇2023年政府工作报告', '某镇2023年政府工作报告', ['日期=2023-04-25 15:10:15']],
    ['第三版城市规划发布', '第三版城市规划发布', []],
    ['A4版面设计大赛在我市举行', 'A4版面设计大赛在我市举行', []],
    // a bracket that does not close the value: a document number's year, a copy site's tag before a title
    ['文号：[2020]6号\n发布日期：2020-05-01\n某县关于做好防汛工作的通知', '某县关于做好防汛工作的通知', ['文号=[2020]6号', '发布日期=2020-05-01']],
    ['标题：[转载]某县关于做好防汛工作的通知\n发布日期：2020-05-01', '某县关于做好防汛工作的通知', ['发布日期=2020-05-01']],
  ])('stays: %j', (head, title, meta) => {
    expect(read(head)).toEqual({ title, meta });
  });
});

describe("a news site's menu of channels, glued or spaced, and a row of many short links are no title", () => {
  it.each([
    [
      '首頁政治社會美食旅遊生活校園活動健康學習工商村里影音專題\n新聞總覽 圖片集 最多人瀏覽 民調中心 公共消息 公私立招考 學習新知 達人系列 寺廟宗教 TNN店家好康\n列印  轉寄好友  分享:  字級設定:\n立法會三題:行政長官向中央人民政府述職',
      '立法會三題:行政長官向中央人民政府述職',
    ],
    ['首页国内国际 财经科技 体育娱乐\n市长答问：今年经济如何发展', '市长答问：今年经济如何发展'],
    ['首页时政社会国际财经体育娱乐', null],
    ['最新消息 活動花絮 相片集 影音專區 公告事項 下載專區 常見問答 網站導覽', null],
    // a toolbar's forward-to-a-friend button and a share label over the headline
    ['转寄好友 分享：\n某市召开2024年安全生产工作会议', '某市召开2024年安全生产工作会议'],
  ])('%j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
  it.each([
    // a headline of paired words, a slogan of four-character phrases, a headline of two phrases naming channels
    ['政治 经济 文化 社会 生态', '政治 经济 文化 社会 生态'],
    ['稳中求进 提质增效 创新驱动 协调发展 绿色低碳 开放合作 共享发展', '稳中求进 提质增效 创新驱动 协调发展 绿色低碳 开放合作 共享发展'],
    ['体育强国建设 文化惠民工程', '体育强国建设 文化惠民工程'],
    // five channels' words, none a news site's own (首页, 新闻, 视频 …): a headline's
    ['经济 文化 社会 教育 医疗', '经济 文化 社会 教育 医疗'],
    ['国际文化旅游体育产业', '国际文化旅游体育产业'],
  ])('stays: %j', (head, want) => {
    expect(read(head).title).toBe(want);
  });
});

describe("a site's contact bar (its hotlines and mailboxes with their numbers) is no pair of the page", () => {
  it.each([
    [
      '2018/12/28 上午9:27:28 星期五\n新闻热线:0577-67898890 广告热线:67810777 | 关于我们 | 旧版\n站在新起点 瞄准新目标 踏上新征程\n发布时间:2016年03月02日 来源:文成新闻网',
      '站在新起点 瞄准新目标 踏上新征程',
      ['发布时间=2016年03月02日', '来源=文成新闻网'],
    ],
    [
      '2024/03/02 上午9:27:28 星期六\n新聞熱線：02-23456789　廣告熱線：02-87654321 ｜ 關於我們 ｜ 舊版\n某市召開2024年安全生產工作會議\n發布時間：2024年03月02日',
      '某市召開2024年安全生產工作會議',
      ['發布時間=2024年03月02日'],
    ],
    ['2024/03/02 星期六\n广告热线 : 67810777 | 关于我们 | 旧版\n站在新起点 瞄准新目标 踏上新征程', '站在新起点 瞄准新目标 踏上新征程', []],
    ['2024年3月2日 星期六\n投诉热线:12345 新闻热线:0577-67898890 | 网站地图\n某市召开2024年安全生产工作会议', '某市召开2024年安全生产工作会议', []],
  ])('%j', (head, title, meta) => {
    expect(read(head)).toEqual({ title, meta });
  });
  it.each([
    // a headline about a hotline; a notice's contact under its title stays text
    ['某市开通政务服务热线：12345全天候受理', '某市开通政务服务热线：12345全天候受理', []],
    // a headline that opens with a hotline's key: the number runs on into its words
    ['服务热线：12345热线全年受理群众诉求52万件', '服务热线：12345热线全年受理群众诉求52万件', []],
  ])('stays: %j', (head, title, meta) => {
    expect(read(head)).toEqual({ title, meta });
  });
  it.each([
    // an office's hotline or mailbox alone at the text's foot is the notice's: read with its text
    [
      '某县关于开展2024年度征兵工作的通告\n各乡镇：\n为做好今年征兵工作，现通告如下。\n一、对象\n年满18岁男性公民。\n二、报名\n符合条件者请到县人武部报名。\n咨询热线：0571-88888888\n',
      '0571-88888888',
    ],
    [
      '某县关于开展2024年征文活动的通知\n各单位：\n为丰富文化生活，现开展征文活动。\n一、主题\n礼赞新时代。\n二、投稿\n请于5月前投稿。\n投稿邮箱：zhengwen@163.com\n',
      'zhengwen@163.com',
    ],
  ])('read in the text: %j', (page, words) => {
    const doc = parse(page);
    expect(allNodes(doc.nodes).some((n) => n.body.includes(words))).toBe(true);
  });
});

describe("a news channel's ticker of other headlines over the article's own, which a dateline byline (…／新竹19日電) marks, is no title", () => {
  it.each([
    [
      '我的頻道\n\n* 拖拉類別可自訂排序\n恢復預設 確定\n設定\n快訊\n\n紐約州交通法規更嚴格 超速1哩也攔查\n\n波士頓法官裁決支持哈佛言論自由、研究經費案 川普政府提起上訴\n\n2026拚連任？高虹安：先拜會藍、白黨主席再說\n\n記者王駿杰、黃羿馨／新竹19日電\n「謝謝大家，我回來了。」新竹市長高虹安昨天重返新竹市政府上班首日，忍不住眼眶泛紅說「終於回到市政工作」。\n',
      '2026拚連任？高虹安：先拜會藍、白黨主席再說',
    ],
    [
      '快讯\n纽约州交通法规更严格 超速1哩也拦查\n波士顿法官裁决支持哈佛言论自由案 川普政府提起上诉\n2026拼连任？高虹安：先拜会蓝、白党主席再说\n记者王骏杰、黄羿馨／新竹１９日电\n「谢谢大家，我回来了。」新竹市长高虹安昨天重返新竹市政府上班首日，忍不住眼眶泛红。\n',
      '2026拼连任？高虹安：先拜会蓝、白党主席再说',
    ],
    [
      '快訊\n東京驚悚5死命案 嫌犯落網\n台股上漲61點 成交量放大創新高\n市長拜會議會\n聯合報／記者王某／台北5日電\n台北市長今天拜會市議會，盼府會合作推動市政。\n',
      '市長拜會議會',
    ],
    [
      '最新消息\n台股上涨61点 成交量放大\n台风外围环流影响 北部午后雷阵雨\n市长：明年拼连任？先拜会党主席\n记者王某某／台北５日电\n台北市长今天拜会市议会，盼府会合作推动市政。\n',
      '市长：明年拼连任？先拜会党主席',
    ],
  ])('%j', (page, want) => {
    expect(readPage(page).title).toBe(want);
  });
});

describe('the round-15 shapes on a line of 200 000 characters', () => {
  const S = ' '.repeat(200_000);
  it.each([
    ['a skip link then a run of spaces', `Jump to the${S}beginning of content`],
    ['skip links over and over', `${'Skip to main content '.repeat(10_000)}`],
    ['a bracketed dateline then 200 000 characters', `【中新社北京1月18日電${'某'.repeat(200_000)}】`],
    ['a paper then a run of spaces before its page', `《中國青年報》${S}(2014年11月11日05版)`],
    ['credits over and over', `${'李建泉攝 '.repeat(40_000)}`],
    ['a caption, a run of spaces, a credit', `同學們聽農業專家講解火龍果的營養價值${S}李建泉攝`],
    ['a link prompt then 200 000 characters', `點(diǎn)擊查閱更多${'報(bào)'.repeat(40_000)}`],
    ['page lines over and over', `${'第0d01版:川南读本 上一版 '.repeat(10_000)}`],
    ['framed values over and over', `${'日期:[2016年02月01日] '.repeat(10_000)}`],
    ['a key, a colon, a bracket never closed', `版次:[${'d'.repeat(200_000)}`],
    ['channels glued over and over', `${'首頁政治社會美食'.repeat(25_000)}`],
    ['short links over and over', `${'新聞總覽 '.repeat(40_000)}`],
    ['hotlines over and over', `${'新闻热线:0577-67898890 '.repeat(10_000)}`],
    ['a dateline byline then a run of spaces', `記者王駿杰、黃羿馨／${S}新竹19日電`],
  ])('%s', (_name, text) => {
    // 15 s: a generous bound for a loaded machine; a quadratic pass over 200 000 characters takes minutes.
    const t0 = performance.now();
    parse(`${text}${BODY}`);
    for (const line of [text, text.slice(0, 100_000)]) {
      isFurniture(line);
      isTopFurniture(line);
      isByline(line);
      isCreditedCaption(line);
      bracketHeadRunOn(line);
      isEditionNav(line);
      isSiteBoxLine(line);
    }
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});

describe("a caption's credit over and over on a line of 200 000 characters is read in linear time", () => {
  it.each([
    ['credits alone', '李建泉攝 '.repeat(40_000)],
    ['credits after a headline', `某市召开2024年安全生产工作会议 ${'李建泉攝 '.repeat(40_000)}`],
  ])('%s', (_name, text) => {
    // A title's tail lost one credit a turn of its residue loop, each turn trying every pattern: ~10 s on this
    // machine, ~0.3 s now; 3 s leaves room for a loaded machine.
    const t0 = performance.now();
    parse(`${text}${BODY}`);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});

describe('a run of letters before a web address on a line of 200 000 characters is read in linear time', () => {
  it.each([
    ['letters, then an address', `${'a'.repeat(200_000)} x.com`],
    ['dotted letters, then an address', `${'a.'.repeat(100_000)} x.com`],
    ['a paragraph of letters, then an address', `市政府今天召开会议。${'a'.repeat(200_000)} www.x.com。`],
  ])('%s', (_name, text) => {
    // A web address was looked for at every offset of the run, each try reading the run to its end: 2.5 s for
    // 20 000 letters, minutes for 200 000; ~0.2 s now.
    const t0 = performance.now();
    parse(`${text}${BODY}`);
    parse(`某市召开2024年安全生产工作会议${BODY}${text}\n`);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
