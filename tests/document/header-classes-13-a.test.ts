// Round 13 of issue 26, theme A: lines that are never a title by their shape (src/document/title-shape.ts).
// Each class is stated generally, held on the real pages it was seen on (named below, and page by page or by
// floors in real-pages.test.ts) and here on made-up pages in other words, other forms and both scripts, with
// look-alikes the rule must leave alone. And each new pattern on a line of 200 000 characters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBytes } from '../../src/document/load.js';
import { parse } from '../../src/document/parse.js';
import { calendarDateLead, dateAfterHeading, isMenuLine, isNameChain, isPageLabel, isShapeFurniture, isWhereLine } from '../../src/document/title-shape.js';
import { fixture, readPage } from '../helpers.js';

const BODY = '\n市政府今天召开会议，研究部署今年的重点工作。会议要求各部门抓好落实。\n一、工作回顾\n我们做了工作。\n';
const read = (head: string) => readPage(`${head}${BODY}`);
const title = (head: string) => read(head).title;

describe('the real pages each class came from', () => {
  it.each([
    ['1113-chuzhou-paper-date-page-line-title.txt', '滁州:三十而立正青春', ['日期=2022年12月20日']],
    ['1125-chcg-changhua-county-yearbook-page-dated-items-wrapped.txt', '國際自由車環台賽在彰化', ['日期=96.3.21']],
    ['722-ltn-pingtung-paper-date-label-crossheads.txt', null, ['日期=2025-12-25']],
  ])('%s is right now', async (file, want, meta) => {
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    const doc = parse(text);
    expect(doc.title).toBe(want);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`)).toEqual(meta);
  });
  // Still wrong for another reason (their miss notes): 1123's 更新 with a PM time, 1026's second link line.
  it.each([
    ['1123-haojiayuan-chiayi-epoch-times-copy-path-updated.txt', null],
    ['1026-yuanfengmedia-taichung-menu-lines-byline.txt', '交通違規記點記次新制宣導與懶人包'],
  ])('%s no longer takes its furniture line as the title', async (file, want) => {
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    expect(parse(text).title).toBe(want);
  });
});

describe("a paper's page label, with its section perhaps, is furniture", () => {
  it.each(['第A03版:要闻', 'A02版：地方新闻', '第05版 综合新闻', '第 3 版 : 地方新聞', '要闻·A01版', '【第A7版】', 'B2版要闻', '第十二版'])('%s', (line) => {
    expect(isPageLabel(line)).toBe(true);
    expect(title(`${line}\n某市召开优化营商环境大会\n`)).toBe('某市召开优化营商环境大会');
    expect(title(`${line}\n`)).toBeNull();
  });
  it('a headline glued to 第…版, a book edition in a headline and a 版面: pair are left alone', () => {
    expect(isPageLabel('第二版城市总体规划正式获批')).toBe(false);
    expect(title('第二版城市总体规划正式获批\n')).toBe('第二版城市总体规划正式获批');
    expect(title('《某市志》第三版编纂工作正式启动\n')).toBe('《某市志》第三版编纂工作正式启动');
    expect(isPageLabel('版面：要闻')).toBe(false);
  });
});

describe('a "you are here" line or a chain of short names joined by arrows is furniture', () => {
  it.each([
    '路徑 : 服務介紹 > 最新消息',
    '目前位置：首頁 > 最新消息 > 縣政新聞',
    '路径：政务公开 > 通知公告',
    '導覽： 首頁 / 新聞中心 / 本府新聞',
    '您现在的位置: 某县人民政府',
    '位置：首页',
    '位置 :',
    '新闻动态当前位置：首页 » 县区动态',
  ])('%s', (line) => {
    expect(isWhereLine(line) || isNameChain(line)).toBe(true);
    expect(title(`${line}\n某县开展春季植树造林活动\n`)).toBe('某县开展春季植树造林活动');
  });
  it.each(['新闻中心 » 县区动态', '地方新聞 ＞ 花蓮', '政务公开>通知公告>正文', 'News › Local'])('a chain with no label: %s', (line) => {
    expect(isNameChain(line)).toBe(true);
    expect(title(`${line}\n`)).toBeNull();
  });
  it("an event's place, a quoted arrow and a comparison are left alone", () => {
    expect(isWhereLine('位置：人民路1号县文化广场')).toBe(false);
    expect(isNameChain('从“制造”到“智造”→某县产业转型升级纪实')).toBe(false);
    expect(title('从“制造”到“智造”→某县产业转型升级纪实\n')).toBe('从“制造”到“智造”→某县产业转型升级纪实');
    expect(isNameChain('全市GDP增长>6%的目标如期实现')).toBe(false);
    expect(isNameChain('成都→重庆高铁今日正式开通')).toBe(false); // a route, two places
    expect(isNameChain('首页→新闻中心→正文')).toBe(true);
    expect(title('全市GDP增长>6%的目标如期实现\n')).toBe('全市GDP增长>6%的目标如期实现');
  });
});

describe("a menu's line of short names joined by _ | · or wide gaps is furniture", () => {
  it.each([
    '就業服務處_青年就業服務',
    '社会保障局_就业创业服务',
    '招商引资 | 投资环境 | 园区风采',
    '人才招聘　便民服务　在线咨询',
    '文化觀光·青年創業·產業發展',
    '政务  服务  互动',
  ])('%s', (line) => {
    expect(isMenuLine(line)).toBe(true);
    expect(title(`${line}\n某市举办2025年春季招聘会\n`)).toBe('某市举办2025年春季招聘会');
  });
  it("a headline's one dot or slash, a page's <title> naming its genre and a desk's byline are no menu", () => {
    expect(isMenuLine('安东尼·布林肯抵京访问')).toBe(false);
    expect(title('安东尼·布林肯抵京访问\n')).toBe('安东尼·布林肯抵京访问');
    expect(isMenuLine('两岸/台北报道团访问厦门取得圆满成功')).toBe(false);
    expect(isMenuLine('政府工作报告_某县人民政府')).toBe(false);
    expect(isMenuLine('政治中心/基隆報導')).toBe(false);
    // A key and its value set apart by a bar is a pair, whatever its shape.
    expect(isMenuLine('来源 | 县融媒体中心')).toBe(false);
    expect(read('某县召开优化营商环境推进会\n来源 | 县融媒体中心\n').meta).toEqual(['来源=县融媒体中心']);
    // A page's <title>, its headline then the site's name, is no menu: its headline is.
    expect(isMenuLine('某县召开安全生产会议_某县新闻网')).toBe(false);
    expect(title('某县召开安全生产会议_某县新闻网\n某县召开安全生产会议\n')).toBe('某县召开安全生产会议');
    // Three phrases of a headline set apart by ideographic spaces run longer than a link's name.
    expect(isMenuLine('花蓮觀光振興　縣府推三大措施　業者樂見')).toBe(false);
    // Two phrases of a headline with one space between are no menu either.
    expect(isMenuLine('縣長施政總報告 議會質詢熱烈')).toBe(false);
  });
});

describe("a menu by single spaces, a column's label or its name marked, is furniture", () => {
  it.each([
    '首页 走进花莲 县政新闻 招商引资 旅游花莲',
    '認識嘉義 縣政資訊 觀光旅遊 便民服務',
    'Home 首页 新闻 About',
    '所属栏目：通知公告',
    '當前欄目: 縣政新聞',
    '频道：要闻',
    '【县区动态】',
    '▍滁州要闻',
    '[工作动态]',
  ])('%s', (line) => {
    expect(isShapeFurniture(line)).toBe(true);
    expect(title(`${line}\n某县召开优化营商环境推进会\n`)).toBe('某县召开优化营商环境推进会');
    expect(title(`${line}\n`)).toBeNull();
  });
  it("a slogan's phrases, a headline's, a title printed in brackets and a 分类 pair are left alone", () => {
    expect(title('牢记嘱托 感恩奋进 砥砺前行 再创辉煌\n')).toBe('牢记嘱托 感恩奋进 砥砺前行 再创辉煌');
    expect(title('春耕正当时 农机备耕忙 田间地头奏响丰收曲\n')).toBe('春耕正当时 农机备耕忙 田间地头奏响丰收曲');
    expect(title('【政协年中工作会议】\n')).toBe('政协年中工作会议');
    expect(read('某县召开优化营商环境推进会\n信息分类：工作动态\n').meta).toEqual(['信息分类=工作动态']);
  });
});

describe("a date of another calendar glued before a heading is the page's 日期, the heading its title", () => {
  it.each([
    ['96.3.21 國際自由車環台賽在彰化', '國際自由車環台賽在彰化', '96.3.21'],
    ['113.05.02 花蓮縣長出席原住民族豐年祭開幕', '花蓮縣長出席原住民族豐年祭開幕', '113.05.02'],
    ['105/8/4 行政院會通過前瞻基礎建設特別條例草案', '行政院會通過前瞻基礎建設特別條例草案', '105/8/4'],
    ['98-11-20　彰化縣推動文化資產保存工作', '彰化縣推動文化資產保存工作', '98-11-20'],
    ['5月1日 某县开展劳动节慰问一线职工活动', '某县开展劳动节慰问一线职工活动', '5月1日'],
  ])('%s', (line, want, date) => {
    expect(read(`${line}\n`)).toEqual({ title: want, meta: [`日期=${date}`] });
  });
  it("a section number, a decimal count and a date glued to the headline's words are no date", () => {
    expect(calendarDateLead('12.3.1 加快推进产业结构优化升级')).toBeNull(); // no year of 12
    expect(calendarDateLead('96.13.1 某县某某工作会议召开')).toBeNull(); // no 13th month
    expect(read('96.3万人次参加全民健身活动\n')).toEqual({ title: '96.3万人次参加全民健身活动', meta: [] });
    expect(read('5月1日起某县全面实施垃圾分类\n')).toEqual({ title: '5月1日起某县全面实施垃圾分类', meta: [] });
    expect(calendarDateLead('96.3.21 某县，某某')).toBeNull(); // a sentence after it is text
  });
});

describe("a date of any calendar after the first heading is the page's 日期", () => {
  it.each([
    ['國際自由車環台賽在彰化 96.3.21', '國際自由車環台賽在彰化', '96.3.21'],
    ['某县召开安全生产工作会议 2025-03-01 10:30\n某县开展春季植树活动 2025-02-28 09:00', '某县召开安全生产工作会议', '2025-03-01 10:30'],
    ['嘉義縣推動青年返鄉創業計畫 【5月1日】', '嘉義縣推動青年返鄉創業計畫', '5月1日'],
  ])('%s', (head, want, date) => {
    expect(read(`${head}\n`)).toEqual({ title: want, meta: [`日期=${date}`] });
  });
  it("a site's year, a day inside the headline's words and a row of pairs with no colons are no such date", () => {
    expect(dateAfterHeading('某县2025年第一季度经济运行情况 2025')).toBeNull();
    expect(dateAfterHeading('第十四届全国人大三次会议 3月5日开幕')).toBeNull();
    expect(dateAfterHeading('在全县经济工作会议上的讲话 （2025年1月5日）')).toBeNull(); // a speech's date in round brackets is its title's (round 13 B)
    expect(dateAfterHeading('发布机构 市交通运输局 发布日期 2015-10-15 10:06:36')).toBeNull();
  });
});

describe("a news text's first crosshead under a photo's caption is no title", () => {
  const P = '县委县政府高度重视这项工作，多次召开专题会议研究部署，各乡镇各部门密切配合，形成了齐抓共管的良好局面，取得了明显成效。\n';
  const text = (caption: string, head: string, under = '') => `${caption}\n\n${head}\n${under}\n${P}\n产业项目占比过半\n\n${P}\n民生项目加快推进\n\n${P}`;
  it.each(['市长在开工仪式上致辞。（记者 张伟 摄）', '图为项目建设现场', '縣長與團隊成員合影留念'])('under %s', (caption) => {
    expect(parse(text(caption, '重大项目集中开工 投资总额超百亿')).title).toBeNull();
  });
  it('a headline with no caption over it, or with its date and source under it, stays the title', () => {
    expect(parse(text('', '重大项目集中开工 投资总额超百亿')).title).toBe('重大项目集中开工 投资总额超百亿');
    const doc = parse(text('图为项目建设现场', '重大项目集中开工 投资总额超百亿', '发布时间：2025-03-01 来源：某市日报\n'));
    expect(doc.title).toBe('重大项目集中开工 投资总额超百亿');
    expect(doc.meta.map((m) => `${m.key}=${m.value}`)).toEqual(['发布时间=2025-03-01', '来源=某市日报']);
  });
  it('one crosshead under it is not enough', () => {
    expect(parse(`图为项目建设现场\n\n乡村振兴跑出加速度\n\n${P}\n特色产业遍地开花\n\n${P}`).title).toBe('乡村振兴跑出加速度');
  });
});

describe("a site's box by its words, and a lunar date alone, is furniture", () => {
  it.each([
    ['a script switcher', '繁體版 简体版 English'],
    ['a language switcher', 'EN | 中文 | 日本語'],
    ['a weather box', '多雲時晴 氣溫 26°C'],
    ['a weather box with its label', '今日天气 多云转晴 气温 15-23℃'],
    ['a pager', '上一页 1 2 3 下一页'],
    ['a pager, Traditional', '首頁 上一頁 下一頁 末頁'],
    ['a pager of arrows', '« 1 2 3 4 5 »'],
    ['a comment count', '0条评论'],
    ['a comment box', '已有 12 人参与 共 3 条评论'],
    ['a comment box, Traditional', '網友評論 (0)'],
    ["the site's accounts", '政务微博 政务微信 政务头条'],
    ['a toolbar action', '返回列表'],
    ['a lunar date', '农历甲辰年三月廿三'],
    ['a lunar date, its year apart', '乙巳年 正月十五'],
    ["a browser's complaint", '您的浏览器不支持 video 标签'],
    ["a browser's complaint, in English", 'Your browser does not support the video tag.'],
    ['a loading line', '视频加载中...'],
    ["a player's controls", '播放 暫停 全螢幕'],
    ["a share bar's targets", '新浪微博 微信 QQ空间'],
    ["the site's services", '适老化无障碍服务'],
    ['a reading mode switch', '閱讀模式 夜間模式'],
    ["a list's head of keys", '索引号 发布机构 生成日期'],
    ["a list's head by bars", '序號 | 標題 | 發布單位 | 日期'],
    ['a prompt to read on', '請繼續往下閱讀...'],
    ["an app's ad in phrases", '不用抽 不用搶 現在用APP看新聞 保證天天中獎'],
    ["prompts to join the site's fans", '看更多！請加入自由財經粉絲團'],
    ['a prompt to join its friends', '加入LINE好友'],
    ["a column's name", '人氣排行'],
    ["the mayor's mailbox", '市長信箱'],
    ["a search box's hot words", '热门搜索：工作总结 工作计划'],
    ["a document site's name", '百度文库'],
    ["a document's page count", '本文档共5页'],
    ["a page's action, Traditional", '列印此頁'],
  ])('%s: %s', (_kind, line) => {
    expect(isShapeFurniture(line)).toBe(true);
    expect(title(`${line}\n`)).toBeNull();
    expect(title(`${line}\n某县部署防汛抗旱工作\n`)).toBe('某县部署防汛抗旱工作');
  });
  it.each([
    '某县英语教学改革工作推进会召开',
    '中文版某市营商环境白皮书正式发布',
    '全市气温将下降8℃以上 请注意防寒保暖',
    '奋力书写高质量发展的下一页',
    '1 2 3 木头人 童年游戏进社区',
    '某县召开网络评论工作座谈会',
    '某县政务微信公众号正式上线运行',
    '农历新年团拜会在某县隆重举行',
    '正月十五闹元宵 某县民俗活动精彩纷呈',
    '某县融媒体中心视频播放量突破千万',
    '某港口集装箱加载作业效率大幅提升',
    '某县开展政务公开标准化规范化建设',
    '某县加入长三角一体化发展协作联盟',
    '市民用APP看病更方便 某市智慧医疗平台上线',
    '某市上线全市统一的热门搜索服务平台',
    '某县政府门户网站完成适老化改造',
  ])('a headline with such words stays the title: %s', (line) => {
    expect(isShapeFurniture(line)).toBe(false);
    expect(title(`${line}\n`)).toBe(line);
  });
});

describe('a headline under a time key the page left empty is no value of it', () => {
  it.each(['发布时间：', '更新時間:', '• 日期:', '成文日期 ：'])('%s over a headline', (key) => {
    expect(read(`${key}\n某县召开优化营商环境推进会\n`)).toEqual({ title: '某县召开优化营商环境推进会', meta: [] });
  });
  it('a date under it, in digits or in Han numerals, is still its value', () => {
    expect(read('发布时间：\n2025-03-01\n某县召开优化营商环境推进会\n')).toEqual({ title: '某县召开优化营商环境推进会', meta: ['发布时间=2025-03-01'] });
    expect(read('成文日期：\n二〇二五年三月一日\n关于做好春耕生产工作的通知\n')).toEqual({
      title: '关于做好春耕生产工作的通知',
      meta: ['成文日期=二〇二五年三月一日'],
    });
    // A short value with no date (长期有效, 暂无) is still one; a key that names no time keeps a value of any shape.
    expect(read('失效日期：\n长期有效\n某县召开优化营商环境推进会\n').meta).toEqual(['失效日期=长期有效']);
    expect(read('发布机构：\n某县人民政府办公室\n某县召开优化营商环境推进会\n').meta).toEqual(['发布机构=某县人民政府办公室']);
  });
  it("a short word that says nothing of time (a counter's label, a column) is no value of an empty time key", () => {
    expect(read('发布时间：\n点击量\n关于做好春耕生产工作的通知\n').meta).toEqual([]);
    expect(read('成文日期：\n综合政务\n关于做好春耕生产工作的通知\n').meta).toEqual([]);
  });
});

describe('the round-13 shapes on a line of 200 000 characters', () => {
  const S = ' '.repeat(200_000);
  it.each([
    ['a page label then a run of spaces', `第A03版${S}x`],
    ['a label of place then a run of spaces', `路徑${S}：x`],
    ['arrows over and over', `${'首页 > '.repeat(40_000)}x`],
    ['underscores over and over', `${'就業服務_'.repeat(40_000)}x`],
    ['wide gaps over and over', `${'政务  '.repeat(50_000)}x`],
    ['a Taiwan date then a run of spaces', `96.3.21${S}x`],
    ['a month and day then a run of ideographic spaces', `5月1日${'　'.repeat(200_000)}`],
    ['a caption then 100 000 short lines', `图为会议现场\n\n${'重大项目集中开工\n'.repeat(100_000)}`],
    ['a lunar year then a run of spaces', `农历甲辰年${S}三月`],
    ['degrees over and over', `${'26°C '.repeat(40_000)}x`],
    ['arrows and numbers over and over', `${'« 1 '.repeat(50_000)}x`],
    ['comment words over and over', `${'评论 '.repeat(60_000)}x`],
    ['a loading word then a run of dots', `加载中${'.'.repeat(200_000)}`],
    ["a browser's word then 200 000 characters", `浏览器${'不'.repeat(200_000)}`],
    ['keys over and over', `${'索引号 '.repeat(50_000)}x`],
    ['a column label then 200 000 characters', `所属栏目：${'某'.repeat(200_000)}`],
    ['a bracket then a run of spaces', `【${S}县区动态`],
    ['short names by single spaces over and over', `首页${' 新闻'.repeat(60_000)}`],
    ['a heading then a run of spaces before a date', `某县召开安全生产工作会议${S}2025-03-01`],
    ['dates over and over', `${'2025-03-01 '.repeat(20_000)}`],
    ['prompts over and over', `${'按我 '.repeat(60_000)}x`],
    ['an empty time key over 200 000 characters of no date', `发布时间：\n${'某'.repeat(200_000)}`],
  ])('%s', (_name, text) => {
    // 15 s: about 1 s alone, 6.8 s on a machine running a CI clone beside it; a quadratic pass over 100 000 lines takes minutes.
    const t0 = performance.now();
    parse(`${text}${BODY}`);
    for (const line of [text, text.slice(0, 100_000)]) {
      isShapeFurniture(line);
      calendarDateLead(line);
    }
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
