// Round 18 of issue 26, theme T: the title is the line the text is about. When no row of the page's top passes, the
// title may stand where the walk over the top takes no candidates: after a lead the page prints again under it (2404),
// under a search page's search word and hot words (2323), under menus the walk stopped at (2430), or in a card's
// table row under empty keys (2313). A headline names what the paragraphs are about: the one short line whose words
// the text under it says again most, no sentence, not the site's words (title-echo.ts). The printings are generated
// (places × meetings × acts, leads × headlines, menus × headlines), each with look-alikes that must stay without a
// title: a crosshead under the text's first paragraph, a signature under a salutation, an attachment's title, a line
// the text says only in part; and hostile long lines.
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

const PLACES = ['海西州', '市五届', '某县十八届', '玉樹州', '縣十九屆'];
const MEETINGS = ['人大七次会议', '政协三次会议', '人大常委会第九次会议', '人大四次會議'];
const ACTS = ['举行预备会议', '隆重开幕', '胜利闭幕', '舉行主席團第一次會議'];
const VENUES = ['新区会议中心大会堂', '市艺术中心', '縣行政中心禮堂'];

/** A headline and the story that says its words again. */
function story(k: number): { headline: string; lead: string; more: string } {
  const place = PLACES[k % PLACES.length]!;
  const meeting = MEETINGS[Math.floor(k / PLACES.length) % MEETINGS.length]!;
  const act = ACTS[k % ACTS.length]!;
  const venue = VENUES[k % VENUES.length]!;
  return {
    headline: `${place}${meeting}${act}`,
    lead: `2月${(k % 27) + 1}日下午，${place}${meeting}在${venue}${act}。主任南积英出席并在主席台就座。`,
    more: `会议应到代表240名，出席代表${180 + (k % 40)}名，符合法定人数。会议表决通过了${place}${meeting}议程。`,
  };
}
const stories = Array.from({ length: 40 }, (_, k) => story(k));

describe('a lead printed before its headline, and again under it: the headline is the title (2404): places × meetings × acts', () => {
  it.each(stories.map((s) => [s.headline, s]))('%s', (headline, s) => {
    const page = `${s.lead}\n${s.more}\n${headline}\n${s.lead}\n${s.more}\n上篇新闻: 某会议举行\n`;
    expect(title(page)).toBe(headline);
  });
});

describe("a search page's word and hot words over the first headline (2323): words × hot words × stories", () => {
  const words = ['局處', '政協', '議會'];
  // The hot words open with the search box's cut-off quote.
  const hot = ['」 台北市 蔣萬安 新北市 非洲豬瘟 台北車站', '」 立法院 預算 罷免 颱風 油價', '」 高雄 台中 桃園 疫苗 颱風假'];
  const cases = cross(words, hot).flatMap(([w, h], i) => stories.slice(i * 4, i * 4 + 4).map((s) => [s.headline, w, h, s] as const));
  it.each(cases)('%s', (headline, word, hot, s) => {
    const page = `${word}\n${hot}\n${headline}\n${s.lead}${s.more}${s.more}\n`;
    expect(title(page)).toBe(headline);
  });
});

describe('a menu the walk stops at, the headline under it (2430): menus × stories', () => {
  // A mirror's menu, its characters the converter could not write left as ? and pinyin.
  const menus = [
    '上饒新聞APP 上饒日?qǐng)?bào)抖音 上饒發(fā)布 數(shù)字報(bào)刊 大美上饒',
    '某某新聞APP 某某日?qǐng)?bào)抖音 數(shù)字報(bào)刊',
    '新聞APP 日?qǐng)?bào)抖音 發(fā)布',
  ];
  const cases = menus.flatMap((m, i) => stories.slice(i * 5, i * 5 + 5).map((s) => [s.headline, m, s] as const));
  it.each(cases)('%s', (headline, menu, s) => {
    const page = `${menu}\n\n${headline}\n\n${s.lead}\n${s.more}\n`;
    expect(title(page)).toBe(headline);
  });
});

describe("a card's table row that names the title alone, its other cells empty (2313): keys × titles", () => {
  const keys = ['标题', '標題', '文件名称', '信息名称'];
  const owners = ['长治市潞州区交通运输局', '某县农业农村局', '某区人民政府办公室'];
  const works = ['2025年度工作总结暨2026年工作计划', '2024年政府信息公开工作年度报告', '2025年法治政府建设情况报告'];
  const cases = cross(keys, cross(owners, works)).map(([k, [o, w]]) => [`${o}${w}`, k] as const);
  it.each(cases)('%s', (name, key) => {
    const page = `| 索引号: 000014349/2025-30942 | |\n| 发文字号: | 发文时间: 2025-12-10 |\n| ${key}: ${name} | |\n| 主题分类: 其它 | 发布日期: 2025-12-10 |\n今年是收官之年，我局较好完成了各项工作。\n一、重点工作开展情况\n`;
    expect(title(page)).toBe(name);
  });
});

describe('look-alikes: no line of the text is the title of a page that prints none', () => {
  it.each(stories.slice(0, 12).map((s) => [s.headline, s]))('a crosshead under the first paragraph: %s', (_, s) => {
    expect(title(`${s.lead}${s.more}\n\n${(s as { headline: string }).headline}\n\n${s.more}代表们表示，将认真履行职责。\n`)).toBeNull();
  });
  it.each(['甘肅省人民政府', '中宁县人民政府', '某市人民政府办公室'])('a signature under a salutation: %s', (office) => {
    const page = `各乡镇人民政府，县政府各部门：\n《政府工作报告》已经审议通过，现印发给你们，请认真抓好落实。\n${office}\n2026年2月9日\n${office}政府工作报告\n各位代表：\n现在，我代表${office}向大会报告工作。\n`;
    expect(title(page)).toBeNull();
  });
  it.each(['平凉市人民政府关于调整全市最低工资标准的通知', '某县人民政府关于印发某某办法的通知'])('an attachment under a paragraph: %s', (name) => {
    const page = `近日，门户网站发布《${name.replace(/^.*?关于/, '关于')}》。《通知》显示，我市调整有关标准。\n附:\n${name}\n依据${name.replace(/^.*?关于/, '关于')}，现将有关事项通知如下：\n`;
    expect(title(page)).toBeNull();
  });
  const others = ['市政府召开常务会议研究部署', '文化旅游节开幕式精彩纷呈', '全县安全生产大检查启动', '代表热议报告 共谋发展大计'];
  it.each(cross(others, stories.slice(0, 3)).map(([o, s]) => [o, s] as const))('a line the lead around it says only in part: %s', (line, s) => {
    expect(title(`${s.lead}\n${line}\n${s.lead}\n${s.more}\n`)).toBeNull();
  });
});

describe('hostile long lines stay linear', () => {
  it.each([
    ['一行', '。'.repeat(200_000)],
    ['字', '市'.repeat(200_000)],
    ['段', `${'市政协会议开幕'.repeat(28_000)}。`],
  ])('%s', (_, long) => {
    const t0 = performance.now();
    readPage(`热点 专题\n${long}\n${long}\n市政协会议开幕\n${long}\n`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
