// Round 13, theme B: which of the header's lines is the title, and where it ends. Each class is stated for its
// kind of line (src/document/title-deck.ts), tested here on the real pages it was written from (held-out-7, -8
// and -9 misses, held to their gold title) and on made-up pages in other words, with look-alikes that must not
// change; batch 25 of tests/fixtures/page-variants.json holds more of each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Lines } from '../../src/document/lines.js';
import { loadBytes } from '../../src/document/load.js';
import { parse } from '../../src/document/parse.js';
import { isDeck, noticeBoxEnd, siteTailAt } from '../../src/document/title-deck.js';
import { fixture } from '../helpers.js';

const BODY = '\n市政府今天召开会议，研究部署今年的重点工作。会议要求各部门抓好落实。\n一、工作回顾\n我们做了工作。\n';
const title = (head: string) => parse(`${head}${BODY}`).title;
const gold = JSON.parse(readFileSync(fixture('real-pages/gold.json'), 'utf8')) as Record<string, { title: string | null }>;
const page = (n: string) => Object.keys(gold).find((f) => f.startsWith(`${n}-`))!;

describe('the real pages these classes came from get their gold title', () => {
  it.each([
    ['1105', 'a slogan headline over its deck of who sat on the platform'],
    ['915', 'a headline over its deck of who came and who reported'],
    ['909', "the title's printing with its year over the spaced heading"],
    ['1104', "the title's printing with its year and place (no 年) over the heading"],
    ['703', "the issuer's line over 关于…, a blank line between, named 发文机关 in the metadata"],
    ['724', "a notice box's label, text and links over the page heading"],
    ['920', "the same notice box, another set's copy"],
    ['927', 'a spam run after a bar glued to the headline'],
    ['716', "a portal's (图) after the headline"],
    ['705', "the page's 发布时间 glued after the title, and a copy's (附全文)"],
    ['706', "a plan's cover, the place over the plan's ordinal name"],
    ['717', 'a clickbait headline exclaiming across clauses'],
    ['709', "a consultation's title under its 主题: label"],
    ['921', "a one-line scrape's headline before its section and 發布時間"],
    ['825', "a tag page's one-line item, its category and source left out"],
  ])('%s: %s', async (n) => {
    const file = page(n);
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    expect(parse(text).title).toBe(gold[file]!.title);
  });
});

describe('a deck that reports who did what at the event, under a headline', () => {
  it.each([
    ['全区文化旅游发展大会召开\n区委书记某某等出席 区长某某作工作报告\n', '全区文化旅游发展大会召开'],
    ['全國人大某省代表團舉行全體會議\n團長某某主持會議 副團長某某等列席\n', '全國人大某省代表團舉行全體會議'],
    ['某县乡村振兴学院挂牌成立\n县委书记某某揭牌 县长某某致辞\n', '某县乡村振兴学院挂牌成立'],
    // A slogan kicker over the main line that its deck closes on its line: kicker and main line, as 1308's (round 15).
    ['同心共筑中国梦 奋进新征程\n某市政协十届三次会议开幕 某某等在主席台就座 某某作常委会工作报告\n', '同心共筑中国梦 奋进新征程 某市政协十届三次会议开幕'],
  ])('the deck of %s is neither the title nor part of it', (head, want) => {
    expect(title(head)).toBe(want);
  });
  it('tells a deck by two phrases of who did what', () => {
    expect(isDeck('张才王晓燕等在主席台就座 刘靖作政府工作报告 宋有洪主持会议')).toBe(true);
    expect(isDeck('陳潤兒咸輝等到會祝賀 崔波作政協常委會工作報告')).toBe(true);
    expect(isDeck('省长某某出席 副省长某某主持')).toBe(true);
    // One phrase of a report given is a poster headline's line (533); 工作 and 合作 are no one's 作.
    expect(isDeck('省长王予波代表省人民政府 向大会作政府工作报告')).toBe(false);
    expect(isDeck('审议政府专项工作报告 听取财政预算执行情况报告')).toBe(false);
    expect(isDeck('政府工作报告')).toBe(false);
    expect(isDeck('深化区域合作报告 共谋发展新篇')).toBe(false);
  });
  it('a line of parts alone at the top, with no headline over it, is the title whole (824)', () => {
    expect(title('某某宣布运动会开幕 某某致辞 某某主持\n')).toBe('某某宣布运动会开幕 某某致辞 某某主持');
  });
  it('a headline alone that names who attended stays the title', () => {
    expect(title('市长某某出席全市招商引资大会并讲话\n')).toBe('市长某某出席全市招商引资大会并讲话');
  });
});

describe("the title's printing with its year before the genre's name", () => {
  it.each([
    ['2025年政府工作报告\n发布日期：2025-02-01\n政 府 工 作 报 告\n——2025年1月10日在某县第十八届人民代表大会第五次会议上\n县长 李 某\n', '2025年政府工作报告'],
    ['2024某区政府工作报告\n2024某区政府工作报告\n政府工作报告\n——2024年1月8日在某区第五届人民代表大会第三次会议上\n', '2024某区政府工作报告'],
    ['2023年度施政報告\n發布日期：2023-10-20\n施 政 報 告\n——2023年10月20日在某縣議會上\n', '2023年度施政報告'],
  ])('%s is titled with its year', (head, want) => {
    expect(title(head)).toBe(want);
  });
  it('a heading printed once keeps its own words', () => {
    expect(title('政府工作报告\n——2025年1月10日在某县第十八届人民代表大会第五次会议上\n')).toBe('政府工作报告');
  });
});

describe("a site's notice box over the page", () => {
  it.each([
    [
      '关闭\n【网站公告】\n本网站将于今晚进行维护，期间部分功能无法使用，敬请谅解。\n某县2024年国民经济和社会发展统计公报\n发布日期：2025-03-20\n',
      '某县2024年国民经济和社会发展统计公报',
    ],
    ['溫馨提示：本網站已改版，舊網址將於年底停用，請更新您的書籤。\n×\n某市政府施政報告\n', '某市政府施政報告'],
    ['系统提示\n本网站正在升级维护，部分页面可能无法正常访问，敬请谅解。\n关闭\n某县2025年政府工作报告\n', '某县2025年政府工作报告'],
  ])('is skipped: %s', (head, want) => {
    expect(title(head)).toBe(want);
  });
  it('ends with the links its text leads into', () => {
    const lines = new Lines('重要公告\n\n详情请浏览以下新闻公报:\n\n十月八日的新闻公报\n\n七月五日的新闻公报\n\n地区行政\n\n正文。\n');
    expect(lines.at(noticeBoxEnd(lines, 0)).text).toBe('地区行政');
  });
  it('is no box when the page is the notice itself, signed under its text', () => {
    expect(title('重要通知\n因管网改造，明日城区部分区域停水，请居民提前储水，敬请谅解。\n某县自来水公司\n2025年5月1日\n')).toBe('重要通知');
    expect(title('温馨提示\n近期气温较高，请广大市民注意防暑降温。\n某县卫生健康局\n2025年7月1日\n')).toBeNull();
  });
  it('is no box when nothing of the page follows it, nor a 温馨提示 inside a report under its title', () => {
    expect(noticeBoxEnd(new Lines('重要公告\n本网站将于今晚进行维护，敬请谅解。\n'), 0)).toBe(-1);
    expect(title('某县防汛避险指南\n发布时间：2025-06-01\n温馨提示\n请居民关注天气预报。\n')).toBe('某县防汛避险指南');
  });
});

describe("a site's run after the headline's bar, a portal's (图)", () => {
  it.each([
    ['某市召开优化营商环境推进会|高清无码在线观看', '某市召开优化营商环境推进会'],
    ['某縣舉辦春節祈福活動_某某新聞台', '某縣舉辦春節祈福活動'],
    ['某区召开城市更新工作推进会（图）', '某区召开城市更新工作推进会'],
  ])('%s is titled %s', (line, want) => {
    expect(title(`${line}\n`)).toBe(want);
  });
  it('a column before a bar, or a genre after it, stays', () => {
    expect(siteTailAt('两会｜代表委员热议政府工作报告')).toBe(-1);
    expect(siteTailAt('某市召开全市经济工作会议_会议通知')).toBe(-1);
    expect(title('某市国土空间总体规划图\n')).toBe('某市国土空间总体规划图');
  });
});

describe("an issuer's line over 关于…, blank lines between", () => {
  it("is the title's start when the metadata names it the issuer", () => {
    expect(title('发文机关：某县人民政府\n\n某县人民政府\n\n关于2024年度法治政府建设工作情况的报告\n\n县人大常委会：\n')).toBe(
      '某县人民政府关于2024年度法治政府建设工作情况的报告',
    );
  });
  it("is not when another body is the issuer (a site's name)", () => {
    expect(title('发文机关：某县人民政府办公室\n\n某县人民政府\n\n关于做好2025年春节期间安全工作的通知\n\n各乡镇：\n')).toBe(
      '关于做好2025年春节期间安全工作的通知',
    );
  });
});

describe("a cover's title set out in lines: whose over which", () => {
  it.each([
    ['某区国民经济和社会发展\n第十四个五年规划纲要\n某区人民政府\n', '某区国民经济和社会发展第十四个五年规划纲要'],
    ['某市人民代表大会常务委员会\n第十二次会议决议\n', '某市人民代表大会常务委员会第十二次会议决议'],
  ])('%s is one title', (head, want) => {
    expect(title(head)).toBe(want);
  });
  it("a line that names no ordinal stays apart (71's search bar, 138's credit line are held in real-pages.test.ts)", () => {
    expect(title('快捷搜索:论文 合同 演讲 心得\n区长在代表会上工作汇报\n')).toBe('区长在代表会上工作汇报');
  });
});

describe("the page's pairs glued after the title on its line", () => {
  it.each([
    [
      '某县2024年政府信息公开工作年度报告 发布日期：2025-01-15 来源：某县政府办\n',
      '某县2024年政府信息公开工作年度报告',
      ['发布日期=2025-01-15', '来源=某县政府办'],
    ],
    ['某市十四五规划纲要（附全文） 发布时间:2021-03-01\n', '某市十四五规划纲要', ['发布时间=2021-03-01']],
  ])('%s: the title, and the pairs', (head, want, meta) => {
    const doc = parse(`${head}${BODY}`);
    expect(doc.title).toBe(want);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`).sort()).toEqual([...meta].sort());
  });
  it('a word with a colon that is no key stays in the headline, and a row of pairs is no title', () => {
    expect(title('全市两会 代表说：要把民生实事办好\n')).toBe('全市两会 代表说：要把民生实事办好');
    expect(title('发布时间：2025-01-20 来源：某县政府办\n')).toBeNull();
  });
});

describe('a headline that exclaims across clauses', () => {
  it.each(['好消息!某市新建公园十座,市民家门口就能休闲!', '震撼！某县五年脱贫十万人，村村通上硬化路！'])('%s, first on the page, is the title', (line) => {
    expect(title(`${line}\n`)).toBe(line);
  });
  it.each(['各位代表,各位来宾,大家好!', '亲,本文档已超出免费预览范围,下载吧!', '张某某:这件事,怎么看?'])('%s, speaking to someone, is not', (line) => {
    expect(title(`${line}\n`)).toBeNull();
  });
});

describe("a label of the page's subject over its title", () => {
  it.each([
    ['征求意见\n主题:\n\n关于征求《某县城乡规划条例(草案)》意见的通知\n', '关于征求《某县城乡规划条例(草案)》意见的通知'],
    ['意見徵集\n議題：\n某市政府關於推動長照服務的實施方案\n', '某市政府關於推動長照服務的實施方案'],
  ])('%s is titled by the line under the label', (head, want) => {
    expect(title(head)).toBe(want);
  });
  it('a label over a line naming no genre changes nothing', () => {
    expect(title('主题：\n喜迎国庆 共绘美好\n')).toBe('喜迎国庆 共绘美好');
  });
});

describe('a one-line scrape of a news item: headline, date, text', () => {
  const TEXT = '市政府今天表示，将持续推进城市更新，今年计划完成改造项目三十个，惠及居民两万余户。';
  it.each([
    [`要闻 某市启动城市更新三年行动 融媒体 2025-05-06 08:00 ${TEXT}`, '某市启动城市更新三年行动', '日期=2025-05-06 08:00'],
    [`某縣推動長照服務 成效顯著 縣政 發布時間: 2024/07/01 分享: ${TEXT}`, '某縣推動長照服務 成效顯著', '發布時間=2024/07/01'],
    // A speaker's name before a spaced colon is the headline's, no category word (921 as another site prints it).
    [`李某某 :長照服務成效顯著 市民受惠 政情 發布時間: 2024/07/01 ${TEXT}`, '李某某 :長照服務成效顯著 市民受惠', '發布時間=2024/07/01'],
  ])('%s', (line, want, pair) => {
    const doc = parse(`${line}\n`);
    expect(doc.title).toBe(want);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`)).toEqual([pair]);
  });
  it('a sentence that runs into its date, or opens with it, has none (545)', () => {
    expect(parse(`某市人代会将于2025年1月15日开幕 ${TEXT}\n`).title).toBeNull();
    expect(parse(`2025年1月15日，某市人代会开幕，${TEXT}\n`).title).toBeNull();
  });
});

describe('where a title ends on its line: a site after it, a bracketed pair, a toolbar', () => {
  it.each([
    ['某市2025年政府工作报告 - 某市人民政府门户网站', '某市2025年政府工作报告', []],
    ['某縣政府施政報告－某縣政府全球資訊網', '某縣政府施政報告', []],
    ['关于开展安全生产大检查的通知（来源：某县应急局）', '关于开展安全生产大检查的通知', ['来源=某县应急局']],
    // A card's key in Traditional after the title (a key of another script than its list's).
    ['某縣長照服務計畫草案意見徵集 徵集時間:2025-01-05', '某縣長照服務計畫草案意見徵集', ['徵集時間=2025-01-05']],
    ['某区2024年法治政府建设情况报告【字号：大 中 小】【打印本页】', '某区2024年法治政府建设情况报告', []],
  ])('%s', (line, want, meta) => {
    const doc = parse(`${line}${BODY}`);
    expect(doc.title).toBe(want);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`)).toEqual(meta);
  });
  it("a path, a genre after the bar, a year's qualifier, a number or a speech's date in brackets stay", () => {
    expect(title('某区2024年法治政府建设情况报告 (2025年1月20日)\n')).toBe('某区2024年法治政府建设情况报告(2025年1月20日)');
    expect(title('首页 - 新闻中心 - 某市人民政府门户网站\n')).toBeNull();
    expect(title('某市召开全市经济工作会议 | 会议纪要\n')).toBe('某市召开全市经济工作会议 | 会议纪要');
    expect(title('某区人民政府工作报告(2025年)\n')).toBe('某区人民政府工作报告(2025年)');
    expect(title('关于印发某县应急预案的通知(某政办发〔2025〕3号)\n')).toBe('关于印发某县应急预案的通知(某政办发〔2025〕3号)');
  });
});

describe('the new patterns stay linear on a line of 200 000 characters', () => {
  const S = ' '.repeat(200_000);
  // Each hostile head is parsed in a fraction of a second; a pattern gone quadratic takes minutes.
  it.each([
    ['a box label and its text', `重要公告：${'这'.repeat(200_000)}`],
    ['a close button in spaces', `${S}关闭${S}`],
    ['a deck of parts', `某市召开会议\n${'某某出席 '.repeat(40_000)}`],
    ['bars after a headline', `某市召开会议${'|'.repeat(200_000)}`],
    ["an issuer's key and spaces", `发文机关：${S}\n某县人民政府\n关于印发的通知`],
    ['a year run long', `2025${'年'.repeat(200_000)}政府工作报告\n政府工作报告`],
    ['a tag bracket run long', `某县召开会议(${'图'.repeat(200_000)})`],
    ['keys after a title', `某某报告${' 发布时间：'.repeat(40_000)}`],
    ['a long line over an ordinal name', `${'某'.repeat(200_000)}\n第十四个五年规划纲要`],
    ['a subject label in spaces', `主题${S}x\n关于征求意见的通知`],
    ['an exclaiming run', `${'好消息!某市,'.repeat(30_000)}!`],
    ['a one-line scrape in spaces', `某市召开会议${S}2025-01-05${S}，`],
    ['separators run long', `某市召开会议${' - '.repeat(60_000)}某某网`],
    ['brackets run long', `某市召开会议${'（来源：'.repeat(40_000)}）`],
    ['a toolbar run long', `某市召开会议${'【打印】 '.repeat(40_000)}`],
  ])('%s', (_name, head) => {
    const t0 = performance.now();
    parse(`${head}\n${BODY}`);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('isDeck on a long run', () => {
    const t0 = performance.now();
    expect(isDeck(`${'某某作报告'.repeat(40_000)}`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
