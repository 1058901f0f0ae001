// Round 19 of issue 26, theme T: the headline is on the page, under or among the site's lines. The site's own lines are
// not titles however short and alone they stand: a prompt to act on the site or the device (添加某某网到电脑桌面, 請選擇欲
// 查詢日期區間, 請輸入關鍵字: 2826, 2715), garbled text (UTF-8 read as Big5 or GBK, 嚙踝蕭嚙緬: 2717), a menu's heading over its
// links (新书推荐, 熱門文章: 2713), an office's masthead (某市人民政府(办公室): 2802), a list's count line (1825筆資料,每頁
// 顯示 10 筆). A line the text under it names again is a title, whatever it looks like: a headline that is an imperative
// slogan, a notice titled by an office's name plus 关于…. The printings are generated (prompts × sites × titles, lines
// garbled by the platform's own decoders, offices × brackets × reports, headings × kinds), in both scripts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

const SITES = ['公寻网', '某某文库', '範文網', '学习啦'];
const REPORTS = ['2026年横州市政府工作报告', '2025年某县政府工作报告', '2024年某某市政府工作報告', '2023年某区政府工作报告'];
/** A prompt to act on the site or the device, as a document site's box prints it over the document. */
const PROMPTS = (site: string) => [
  `添加${site}到电脑桌面`,
  '安装后可以在桌面快捷访问',
  `將${site}加入瀏覽器書籤`,
  '请在搜索框输入关键词',
  '選擇年份',
  '请选择查询日期区间',
  '電腦桌面',
];
const OUTLINES = ['提纲:', '提綱：', '目录:'];

describe("a prompt to act on the site over a report's outline, the report's title row over its salutation (2826): prompts × sites × reports", () => {
  const cases = cross(SITES, REPORTS).flatMap(([site, report], i) => PROMPTS(site).map((p, j) => [report, p, OUTLINES[(i + j) % OUTLINES.length]!] as const));
  it.each(cases)('%s under %s', (report, prompt, outline) => {
    const page = `${prompt}\n\n${outline}\n\n一、2025年工作回顾\n\n二、主要目标和任务\n\n三、2026年工作安排\n\n  (一)坚定不移抓产业\n\n${report}\n\n各位代表:\n\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n`;
    expect(title(page)).toBe(report);
  });
});

describe("a report's outline, then its title row over its salutation (2826 with no box over it): reports × outlines", () => {
  it.each(cross(REPORTS, OUTLINES))('%s under %s', (report, outline) => {
    const page = `${outline}\n\n一、2025年工作回顾\n\n二、主要目标和任务\n\n三、2026年工作安排\n\n${report}\n\n各位代表:\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n`;
    expect(title(page)).toBe(report);
  });
});

describe("the prompts alone over the text: no title (2826's box with no report's row): prompts × sites", () => {
  it.each(cross(SITES, [0, 1, 2, 3, 4, 5, 6]).map(([site, k]) => [PROMPTS(site)[k]!]))('%s', (prompt) => {
    const page = `${prompt}\n\n今年以来，全市上下坚持稳中求进工作总基调，经济社会发展取得新成效。全年地区生产总值增长5.2%。\n`;
    expect(title(page)).toBeNull();
  });
});

/** A line of Chinese garbled: its UTF-8 bytes read by a legacy decoder. */
const garble = (text: string, encoding: 'big5' | 'gbk') => new TextDecoder(encoding).decode(new TextEncoder().encode(text)).replace(/\uFFFD/g, '');
/** U+FFFD's bytes, several of them, read by a legacy decoder (嚙踝蕭, 锟斤拷) with a character between. */
const replaced = (encoding: 'big5' | 'gbk', n: number) => {
  const fffd = new Uint8Array([0xef, 0xbf, 0xbd]);
  const one = new TextDecoder(encoding).decode(fffd.slice(0, 3));
  return Array.from({ length: n }, () => one).join('');
};
const CATEGORIES = ['新聞中心', '公益活動訊息', '最新消息公告', '政府工作报告', '活动新闻', '志願服務'];
const GARBLED = [
  ...CATEGORIES.flatMap((c) => [garble(c, 'big5'), garble(c, 'gbk')]),
  replaced('big5', 2),
  replaced('big5', 3),
  replaced('gbk', 2),
  replaced('gbk', 3),
].filter((g) => (g.match(/\p{Script=Han}/gu) ?? []).length >= 5);
const PARAS = [
  '今年以来，全县上下坚持稳中求进工作总基调，经济社会发展取得新成效。全年地区生产总值增长百分之五。',
  '縣議會今日進行第十六屆第十次大會，各位議員踴躍提出質詢，會場氣氛熱烈，旁聽民眾也不少。',
];

describe('garbled text over a page with no headline: no title (2717): categories × encodings', () => {
  it.each(cross(GARBLED, [0, 1]))('%s', (garbled, k) => {
    expect(title(`${garbled}\n${PARAS[k]}\n${PARAS[1 - k]}\n`)).toBeNull();
  });
});

describe("garbled text, a menu's long row of links and a back link over the headline (2717): lines × headlines", () => {
  const headlines = ['蘇煥智施政報告,擔憂雙行政中心弊端', '縣長施政總報告 議員關心雙中心', '县长作施政总报告 议员关注行政中心'];
  const rows = [
    'IMAGES 公益活動 IMAGES 志願服務 IMAGES 訓練/營隊 IMAGES 獎學金 IMAGES 勝利學堂 IMAGES 影片/榮譽獎勵 IMAGES 其他',
    'IMAGES 公益活动 IMAGES 志愿服务 IMAGES 训练/营队 IMAGES 奖学金 IMAGES 学堂讲座 IMAGES 影片/荣誉奖励 IMAGES 其他',
  ];
  const backs = ['↖回到列表', '回到列表', '← 回到上一頁'];
  const cases = cross(GARBLED.slice(0, 8), headlines).map(([g, h], i) => [h, g, rows[i % 2]!, backs[i % 3]!] as const);
  it.each(cases)('%s', (headline, garbled, row, back) => {
    const page = `首頁 勝利之聲 電聲電臺 基金會\n勝利電台FB\n勝利會客室\n${garbled}\n${row}\n \n  ${back}\n${headline}\n【記者涂沛宸】${headline.slice(0, 6)}，${PARAS[1]}\n`;
    expect(title(page)).toBe(headline);
  });
});

describe("an office's masthead over the report, its name and date again under it (2802): offices × brackets × reports", () => {
  const offices = ['芜湖市人民政府', '某县人民政府', '某某區人民政府', '合肥市人民政府'];
  const brackets = ['(办公室)', '（办公室）', '(辦公室)', '(办公厅)'];
  const reports = ['2015年芜湖市政府信息公开工作年度报告', '2016年某县政府信息公开工作年度报告', '2017年某區政府資訊公開工作年度報告'];
  const cases = cross(cross(offices, brackets), reports).map(([[o, b], r]) => [r, `${o}${b}`] as const);
  it.each(cases)('%s under %s', (report, office) => {
    const page = `${office}\n当前位置:首页 > 政府信息公开年报 > 正文\n \n(文字版)${report}\n${office} 2016-01-30\n    本报告是根据《中华人民共和国政府信息公开条例》要求，综合各县区人民政府和市政府各部门年度报告编制。\n    一、概述\n`;
    expect(title(page)).toBe(report);
  });
});

describe("a search form's prompts and a list's count over the list's first item (2715): counts × headlines", () => {
  const counts = ['1825筆資料,每頁顯示 10 筆,', '共1825条记录，每页显示 20 条', '共有記錄 356 筆 第1/36頁', '25条信息 每页显示10条'];
  const headlines = ['環境部提醒事業於4月30日前完成溫室氣體排放量盤查登錄', '市生态环境局提醒企业按时完成排放量盘查登录', '某縣環保局提醒業者完成排放量申報'];
  it.each(cross(counts, headlines))('%s over %s', (count, headline) => {
    const page = `新聞資訊\n\n請選擇欲查詢日期區間 -\n${count}\n • 2024/03/08\n  ${headline}\n  ${headline.slice(0, 5)}近日發布通知，提醒相關事業於期限前完成盤查登錄，逾期將依法處理。\n`;
    expect(title(page)).toBe(headline);
  });
});

describe("a menu's headings over a page with no headline: no title (2713): kinds × picks × scripts", () => {
  const headings = ['新书推荐', '书单推荐', '熱門文章', '最新動態', '相关新闻', '點擊排行', '精选视频', '往期回顧', '本周新書推薦', '相關資訊'];
  it.each(headings.map((h, i) => [h, headings[(i + 3) % headings.length]!]))('%s', (h1, h2) => {
    const page = `关于我们\n${h2}\n${h1}\n|\n宁夏西海固，因历史上辖西吉、海原、固原三县而得名，这里曾被联合国认定为不适宜人类生存的地方。\n`;
    expect(title(page)).toBeNull();
  });
});

describe("an English key alone, its value on the next line, over an English headline (2615's floor): keys × names × headlines", () => {
  const keys = ['Author:', 'Posted by:', 'Editor:'];
  const names = ['WuhuW', 'HefeiNews', 'AnhuiDaily'];
  const headlines = [
    'Wuhu-Xuanzhou Airport Plans to Open Routes to Xi’an, Kunming and Other Cities',
    'Hefei Metro Line 8 Opens to Passengers',
    'Anhui Unveils Plan for Yangtze River Protection',
  ];
  it.each(cross(cross(keys, names), headlines).map(([[k, n], h]) => [h, k, n] as const))('%s under %s %s', (headline, key, name) => {
    const page = `Skip to content Skip to left sidebar Skip to footer\n\n${key}\n${name}\n\n${headline}\n\nThe reporter learned from the city government that the project, which is about to open, will serve travellers from across the province.\n\nIt is reported that the main works have been completed and the rest will be finished by the end of the year.\n\nStrongest Sandstorm in Decade Affects ${name.slice(0, 4)}\n`;
    expect(title(page)).toBe(headline);
  });
});

describe('look-alikes: a line the text under it names again is a title, however it reads', () => {
  const said = (t: string) => `${t}\n\n${t.replace(/[ \u3000]/g, '，')}。近日，相关部门就此作出安排，${t.slice(0, 8)}的工作全面展开，群众反响良好。\n`;
  it.each([
    '全民下载安装国家反诈中心APP',
    '关于启用新版门户网站的公告',
    '請選擇綠色出行 共創低碳城市',
    '扫码查询电子社保卡 办事少跑腿',
    '市民可在桌面安装政务服务APP办理社保业务',
    '向青少年推荐百种优秀图书',
  ])('an imperative or a site-worded headline: %s', (headline) => {
    expect(title(said(headline))).toBe(headline);
  });
  it.each([
    '芜湖市人民政府办公室关于印发2024年政务公开工作要点的通知',
    '某县人民政府（办公室）关于做好春节期间安全生产工作的通知',
    '某區人民政府辦公室關於調整工作機構的通知',
  ])('a notice titled by its office plus 关于: %s', (notice) => {
    const page = `${notice}\n各乡镇人民政府，县直各部门：\n    现将有关事项通知如下，请认真贯彻执行。\n`;
    expect(title(page)).toBe(notice);
  });
  it.each(['全省共有1825所学校完成改造', '每页显示10条的规定出台', '第1页'])('a count in a headline, or a page number alone: %s', (line) => {
    const page = `${line}\n今年以来，全省共有1825所学校完成改造，每页显示10条的规定出台后，群众反响良好。\n`;
    expect(title(page)).toBe(line === '第1页' ? null : line);
  });
  it('a real line of Chinese is never garbled: every gold title of the handed-over sets stands', async () => {
    const { isGarbled } = await import('../../src/document/title-garbled.js');
    const { readFileSync } = await import('node:fs');
    const gold = JSON.parse(readFileSync(new URL('../fixtures/real-pages/gold.json', import.meta.url), 'utf8')) as Record<string, { title: string | null }>;
    const titles = Object.entries(gold)
      .filter(([f]) => Number.parseInt(f, 10) < 2900)
      .map(([, g]) => g.title)
      .filter((t): t is string => t !== null);
    expect(titles.length).toBeGreaterThan(500);
    expect(titles.filter(isGarbled)).toEqual([]);
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['garbled', '嚙踝蕭'.repeat(70000)],
    ['a prompt', '请选择日期区间'.repeat(30000)],
    ['a count line', '1825筆資料,每頁顯示 10 筆,'.repeat(12000)],
    ['a link row', 'IMAGES 公益活動 '.repeat(18000)],
    ['menu headings', '新书推荐'.repeat(50000)],
    ['a count, a run of spaces, a count', `1825筆資料,${' '.repeat(200_000)}每頁顯示 10 筆,`],
    ['a back link, a run of spaces, an arrow', `回到列表${' '.repeat(200_000)}→`],
    ['a prompt, a run of spaces, a dash', `请选择日期区间${' '.repeat(200_000)}-`],
    ['an English key, a run of spaces', `Author${' '.repeat(200_000)}:`],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});

describe('second reading: headlines that carry an interface word or a menu word, the text not saying half of them again', () => {
  it.each([
    '全国食品添加剂生产日期标注', // 添加 of 添加剂, 日期 of the label: the line goes on past them
    '2024年高考成绩查询日期公布',
    '加入世界贸易组织网站建设',
    '关于启用政务服务网站的通知', // a notice naming its subject
    '春节活动回顾', // a headline's subject before the kind, not a menu's qualifier
    '两会新闻汇总',
    '寒假活动一览',
    '国庆活动推荐',
  ])('%s', (headline) => {
    const page = `${headline}\n\n近日，有关部门就此作出安排，各地要加强组织领导，确保各项工作落实到位，群众反响良好。\n`;
    expect(title(page)).toBe(headline);
  });
});

describe('second reading: a list of headings sharing their Chinese words around a Latin word is still a list', () => {
  it.each([
    ['推进AR应用', '推进VR应用', '推进AI应用'],
    ['发展VR产业', '发展AR产业', '发展AI产业'],
  ])('%s, %s, %s', (a, b, c) => {
    const page = `数字经济\n\n${a}\n\n今年以来，我市加快推进新型基础设施建设，一批重点项目相继落地，产业规模持续扩大。\n\n${b}\n\n全市新建基站一千余个，重点场所实现全覆盖，群众获得感明显增强。\n\n${c}\n\n我市出台专项政策，支持企业开展技术攻关，培育壮大新兴产业。\n`;
    expect([a, b, c]).not.toContain(title(page));
  });
});

describe("second reading: a long row of names at a page's head is its text, not a menu's links", () => {
  const names =
    '王建国 李小平 张海燕 刘德明 陈志强 杨丽华 赵国庆 黄文斌 周春生 吴晓东 徐立新 孙明辉 马玉兰 朱建华 胡永刚 郭秀英 何志明 高建军 林国栋 罗晓峰 郑红梅 梁文杰 谢宝山 宋家明 唐晓燕 许志刚';
  it.each(['县人大常委会副主任名单', '县政协常委名单'])('%s', (heading) => {
    const page = `${names}\n\n${heading}\n\n2026年1月10日，县第十八届人民代表大会第五次会议选举产生。\n`;
    expect(title(page)).toBeNull();
  });
});
