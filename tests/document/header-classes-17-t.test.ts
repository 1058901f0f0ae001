// Round 17 of issue 26, theme T: the site's words are no title. Round 16's test (title-plausible.ts) judged what a
// line is (markup, a dateline, a prompt, prose); the site lines held-out-17 took as titles are none of those but the
// site's own words, which the text under them never says again: a template's unfilled slot ({{bookData.followerCount}}),
// a button (立即访问), a page's label (文章详情), a menu row glued with no mark (网站首页资讯中心政务公开…), an English
// poster line (Submitted by 長青人 on). The printings are generated (labels × slots, adverbs × verbs, kinds × labels,
// sections × orders, verbs × names × scripts), each over another site's text, with look-alikes that must stay the
// title and the tests on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { notATitle } from '../../src/document/title-plausible.js';
import { readPage } from '../helpers.js';

const BODIES = [
  '\n市政府今天召开会议，研究部署今年的重点工作。会议要求各部门抓好落实。\n一、工作回顾\n我们做了工作。\n',
  '\n當日上午，縣議會第二次定期會開幕，議員就預算案提出質詢。\n縣長表示，將全力推動地方建設。\n',
  '\n6月12日，晴。\n我们抵达了古城边，住在城墙脚下。这里地处三省结合部的山区腹地。\n',
];
const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

describe("a template's unfilled slot is the page's code, no title (2113): label × slot syntax × field", () => {
  const labels = ['粉丝:', '粉絲：', '阅读量:', '關注者：', '评论数 '];
  const slots: [string, string][] = [
    ['{{', '}}'],
    ['{{ ', ' }}'],
    ['${', '}'],
  ];
  const fields = ['bookData.followerCount', 'detailData.source', 'item.author', 'article.viewCount'];
  const cases = cross(labels, slots).map(([l, [o, c]], k) => `${l}${o}${fields[k % fields.length]}${c}`);
  it.each(cases.map((line, k) => [line, BODIES[k % 3]!]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('a button is the site’s, no title (2117): adverb × verb', () => {
  const adverbs = ['立即', '马上', '馬上', '点击', '點擊', '一键'];
  const verbs = ['访问', '訪問', '进入', '進入', '注册', '咨询', '购买'];
  it.each(cross(adverbs, verbs).map(([a, v], k) => [`${a}${v}`, BODIES[k % 3]!]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('a page’s label names its kind, not its subject: no title (2124): kind × label', () => {
  const kinds = ['文章', '新闻', '新聞', '资讯', '信息', ''];
  const labels = ['详情', '詳情', '正文', '详细信息', '詳細內容'];
  const cases = cross(kinds, labels)
    .map(([k, l]) => `${k}${l}`)
    .filter((s) => s.length >= 4);
  it.each(cases.map((line, k) => [line, BODIES[k % 3]!]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('a menu row glued into one run is no title (2126): home × sections × order', () => {
  const homes = ['网站首页', '首页', '首頁', '網站首頁'];
  const sections = ['资讯中心', '政务公开', '政务服务', '政民互动', '解读回应', '数据开放', '魅力城市', '专题专栏'];
  const cases = homes.flatMap((h, i) =>
    [4, 5, 6, 8].map((n, j) => {
      const order = sections.map((_, k) => sections[(k * (i + j + 1) + i) % sections.length]!);
      return h + [...new Set(order)].slice(0, n).join('');
    }),
  );
  it.each(cases.map((line, k) => [line, BODIES[k % 3]!]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('an English poster line over a Chinese text is no title (2127): verb × name × script', () => {
  const verbs = ['Submitted by', 'Posted by', 'Shared by', 'Uploaded by'];
  const names = ['長青人', '小编', '編輯部', '老王'];
  const tails = [' on', ' on 2016年02月29日', ''];
  const cases = cross(verbs, names).map(([v, n], k) => `${v} ${n}${tails[k % 3]}`);
  it.each(cases.map((line, k) => [line, BODIES[k % 3]!]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe("an empty clock after a greeting is the site's, and the headline under the menus is the title (2126): greeting × clock × colon × menus", () => {
  // The greeting ends in a full-width mark, which made the line read as a sentence of the text.
  const clocks = ['今天是', '今天是:', '今天是：', '現在是:', '今日是'];
  const menus = ['网站首页资讯中心政务公开政务服务政民互动', '首页 | 新闻中心 | 政务公开'];
  const heads = ['栉风沐雨谱华章 砥砺奋进新征程——喜迎第二次党代会', '全市秋季植树造林工作全面启动', '市政協召開十屆二次常委會議'];
  const cases = cross(clocks, menus).flatMap(([c, m]) => heads.map((h) => [m, `您好！${c}`, h]));
  it.each(cases)('%s ⏎ %s ⏎ %s', (menu, clock, head) => {
    expect(title(`${menu}\n${clock}\n \n${head}\n2021/09/25      编辑:市融媒体中心   来源:市日报\n\n  金秋时节，各族群众走上街头，欢庆节日。\n`)).toBe(head);
  });
});

describe('a pair in brackets left empty among the pairs is a label, no key (2126): key × brackets × spaces', () => {
  const keys = ['点击', '點擊', '浏览', '瀏覽', '阅读'];
  const brackets: [string, string][] = [
    ['(', ')'],
    ['（', '）'],
  ];
  const spaces = [' ', '', '  '];
  const cases = cross(keys, brackets).map(([k, [o, c]], i) => `${o}${k}:${spaces[i % 3]}${c}`);
  it.each(cases)('%s', (empty) => {
    const meta = readPage(
      `全市秋季植树造林工作全面启动\n2021/09/25  编辑:市融媒体中心   来源:市日报   ${empty}\n\n  金秋时节，全市植树造林工作全面启动。\n`,
    ).meta;
    expect(meta).toEqual(['日期=2021/09/25', '编辑=市融媒体中心', '来源=市日报']);
  });
});

describe("a site's name glued after the headline with no mark is the site's, not the title's (2127): head × site × kind × script", () => {
  const heads: [string, string][] = [
    ['最年輕城市 新疆昆玉市成立', '新疆自治區昆玉市成立大會暨揭牌儀式上周五舉行，該市也成為兵團第9座城市。'],
    ['全市秋季植树造林工作全面启动', '本报讯 全市秋季植树造林工作昨日全面启动，各区县同步开展义务植树。'],
    ['縣議會第二次定期會開幕', '縣議會第二次定期會今日開幕，議員就預算案提出質詢。'],
  ];
  const sites = ['長青網', '长青网', '晨光网', '東方網', '山城新闻网'];
  const kinds = ['文章', '新闻', '新聞', '资讯'];
  const cases = cross(heads, sites).flatMap(([[h, b], s], i) => kinds.filter((_, j) => (i + j) % 2 === 0).map((k) => [h, `${s}${k}`, b]));
  it.each(cases)('%s%s', (head, site, body) => {
    expect(title(`跳到主要內容\n\n${head}${site}\n\n2016年02月29日\n${body}\n`)).toBe(head);
  });
});

describe("a report that names only its year and kind is the office's over it (2027): office × year × report", () => {
  const offices = ['吕梁市离石区人民政府办公室', '某县人民政府办公室', '某市交通运输局', '某區人民政府辦公室', '某县应急管理局'];
  const years = ['2025年', '2024年度', '2023年'];
  const reports = ['政府信息公开年度报告', '法治政府建设情况报告', '政府信息公開工作年度報告'];
  const cases = cross(offices, years).map(([o, y], k) => [o, `${y}${reports[k % 3]}`]);
  it.each(cases)('%s ⏎ %s', (office, report) => {
    const body = '本报告依据《中华人民共和国政府信息公开条例》编制，全面梳理本机关年度工作开展情况。\n一、总体情况\n';
    expect(title(`${office}\n${report}\n${body}`)).toBe(`${office}${report}`);
  });
});

describe('a kicker of two slogans over the main line is one headline with it (2114): slogans × quotes × main line', () => {
  const slogans: [string, string][] = [
    ['念好“山海經”', '賡續“山海情”'],
    ['念好“山海经”', '赓续“山海情”'],
    ['唱响“协作曲”', '共绘“发展图”'],
    ['念好「山海經」', '賡續「山海情」'],
    ['打好“组合拳”', '下好“先手棋”'],
  ];
  const mains: [string, string][] = [
    ['三明市黨政代表團來泉考察', '2月28日,三明市委書記率領黨政代表團來泉考察交流。'],
    ['两地签署对口协作框架协议', '3月5日，两地在会上签署对口协作框架协议，双方将在产业等方面深化合作。'],
    ['龍岩市代表團來我市考察', '龍岩市代表團一行昨日來我市考察，雙方舉行座談。'],
  ];
  const cases = cross(slogans, mains).map(([[a, b], [m, body]]) => [`${a} ${b}`, m, body]);
  it.each(cases)('%s ⏎ %s', (kicker, main, body) => {
    expect(title(`${kicker}\n${main}\n${body}\n`)).toBe(`${kicker} ${main}`);
  });
});

describe("a day written out and glued to a report's name is the title's, no page date (2120): day × owner × report × tag", () => {
  const days = ['2012年1月5日', '2023年2月19日', '2019年12月30日'];
  const owners = ['昭通市', '某县', '某區', '某州'];
  const reports = ['政府工作報告', '政府工作报告', '人大常委会工作报告'];
  const tags = ['(全文)', ''];
  const cases = cross(days, owners).map(([d, o], k) => [`${d}${o}${reports[k % 3]}`, tags[k % 2]!]);
  it.each(cases)('%s%s', (name, tag) => {
    const page = readPage(`${name}${tag}\n——在第三届人民代表大会第一次会议上\n市长 某某\n各位代表:\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n`);
    expect([page.title, page.meta]).toEqual([name, []]);
  });
});

describe('look-alikes stay the title', () => {
  // A headline that opens with a button's adverb or names details, when the text says its words again.
  it.each([
    ['立即行动整治违建', '\n市政府决定立即行动，整治违建工作全面展开。各区要抓好落实。\n'],
    ['马上就办 办就办好', '\n“马上就办”是市政府的工作作风，办就办好是目标。\n'],
    ['项目详情公示', '\n现将项目详情公示如下，公示期为七天。\n'],
  ])('%s', (head, body) => {
    expect(title(`${head}\n${body}`)).toBe(head);
  });
  // An English headline over an English text, a Chinese headline with a Latin name the text says.
  it.each([
    ['Report on the Work of the Government', '\nDelivered at the Second Session. Report on the work done last year follows.\n'],
    ['APEC Leaders Meeting 在北京举行', '\n本报讯 APEC Leaders Meeting 今天在北京举行，各经济体领导人出席会议。\n'],
  ])('%s', (head, body) => {
    expect(title(`${head}\n${body}`)).toBe(head);
  });
  // A headline ending in a site's word that the text says whole: nothing glued to cut.
  it('a headline naming a news site the text names', () => {
    const head = '县融媒体中心推出掌上新闻网资讯';
    expect(title(`${head}\n\n本报讯 县融媒体中心昨日推出掌上新闻网，资讯一键可查。\n`)).toBe(head);
  });
  // A report that names its owner itself, under the office's line or a blank line away from it: the report's line alone.
  it.each([
    ['某县人民政府办公室\n2025年某县政府信息公开年度报告', '2025年某县政府信息公开年度报告'],
    ['某县人民政府办公室\n\n2025年政府信息公开年度报告', '2025年政府信息公开年度报告'],
  ])('%j', (head, want) => {
    expect(title(`${head}\n本报告依据《中华人民共和国政府信息公开条例》编制，全面梳理年度工作开展情况。\n一、总体情况\n`)).toBe(want);
  });
  // A date set apart before a headline by a space is the copy site's date of the page.
  it('a date and a space before a report', () => {
    const page = readPage('2023-03-05 政府工作报告背后的民生温度\n本报讯 政府工作报告背后的民生温度，记者走访了多位代表。\n');
    expect([page.title, page.meta]).toEqual(['政府工作报告背后的民生温度', ['日期=2023-03-05']]);
  });
  // A headline that has 首页 in it but not first, with marks between menu items the old tests judge: not a glued menu.
  it('a headline naming a home page', () => {
    const head = '市政府网站首页改版上线';
    expect(title(`${head}\n\n本报讯 市政府网站首页改版上线，新增政务服务栏目。\n`)).toBe(head);
  });
});

describe('the site-word tests stay linear on a hostile line of 200 000 characters', () => {
  const lines = [
    '{{'.repeat(100_000),
    `粉丝:{{${'a'.repeat(199_990)}`,
    `网站首页${'资讯中心'.repeat(50_000)}`,
    `立即${'访'.repeat(199_998)}`,
    `Submitted by ${'x '.repeat(99_990)}`,
  ];
  it.each(lines.map((l) => [l.slice(0, 12), l]))('%s…', (_, line) => {
    const t0 = performance.now();
    notATitle(line, BODIES[0]!);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
