// Round 18 of issue 26, theme T: the title is the line the text is about. When no row of the page's top passes, the
// title may stand where the walk over the top takes no candidates: after a lead the page prints again under it (2404),
// under a search page's search word and hot words (2323), under menus the walk stopped at (2430), or in a card's
// table row under empty keys (2313). A headline names what the paragraphs are about: the one short line whose words
// the text under it says again most, no sentence, not the site's words (title-echo.ts). The printings are generated
// (places × meetings × acts, leads × headlines, menus × headlines), each with look-alikes that must stay without a
// title: a crosshead under the text's first paragraph, a signature under a salutation, an attachment's title, a line
// the text says only in part; and hostile long lines.
import { describe, expect, it } from 'vitest';
import { hostileBudget, readPage } from '../helpers.js';

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

// Lines that are not the title, by what they are (title-plausible.ts).
const PROSE = [
  '山東菏澤，古稱曹州，是聞名中外的牡丹之鄉，位于山東省西南部，全市轄8縣2區。',
  '本市地处三省交界，交通便利，近年来经济社会持续健康发展，人民生活水平不断提高。',
  '縣境山川秀麗，物產豐富，素有魚米之鄉的美譽，旅遊資源得天獨厚。',
];

describe("a portrait's caption names a person, not the page's subject (2329): names × posts", () => {
  const names = ['姚保國', '李明', '王建军', '陳志華', '张伟'];
  const posts = ['副社長', '社长', '局长', '副院長', '主任', '书记', '副市长', '董事長', '秘书长'];
  const cases = cross(names, posts).map(([n, p], k) => [`${n}${p}`, PROSE[k % 3]!] as const);
  it.each(cases)('%s', (caption, prose) => {
    expect(title(`${caption}\n${prose}\n`)).toBeNull();
  });
});

describe("the note of adoption under a plan's title is no title, nor its date the page's (2309): dates × bodies × acts", () => {
  const plans = ['锡林郭勒盟国民经济和社会发展', '某市国土空间总体规划', '某县国民经济和社会发展第十四个五年规划纲要'];
  const dates = ['2016年4月23日', '2021年1月9日', '2020年12月30日'];
  const bodies = ['中国共产党锡林郭勒盟委员会2016年第7次委员会议', '某市第十五届人民代表大会第五次会议', '某县第十八届人民代表大会常务委员会第二十次会议'];
  const acts = ['审议批准', '审议通过', '通过', '批准'];
  const cases = cross(cross(plans, dates), cross(bodies, acts)).map(([[p, d], [b, a]]) => [p, `${d}${b}${a}`] as const);
  it.each(cases)('%s', (plan, note) => {
    const page = `会员登录\n${plan}\n\n${note}\n\n目 录\n\n第一篇 发展回顾与发展思路\n\n第一章 发展回顾\n`;
    expect(readPage(page)).toEqual({ title: plan, meta: [] });
  });
});

describe('a headline that opens on a date and ends in 施行 or 公布 names no adopting body: it stays a title (review of round 18)', () => {
  // The date may be read off as the page's (as before round 18); the headline's words stay the title.
  it.each(['2025年1月1日《株洲市文明行为促进条例》正式施行', '2024年5月1日《某市物业管理条例》施行', '2024年3月15日新修订的消费者权益保护法实施条例公布'])(
    '%s',
    (headline) => {
      const words = headline.replace(/^\d{4}年\d{1,2}月\d{1,2}日/, '');
      expect(title(`${headline}\n${headline}。据了解，新规对多个领域作出调整。\n`)).toContain(words);
    },
  );
});

describe("a listing's glued line about a post (who, how long ago, its category, its count) is no title (2415): ages × categories", () => {
  const questions = ['博州是哪个省的城市,博州属于哪个省', '塔城地区有几个县市', '哈密在新疆哪个方向'];
  const ages = ['2年前', '3个月前', '5天前', '12小时前', '1年前'];
  const kinds = ['历史故事问答', '地理知识', '生活百科'];
  const cases = cross(ages, kinds).map(([a, k], i) => [questions[i % 3]!, `文史通${a}${k}${100 + i * 17}`] as const);
  it.each(cases)('%s under %s', (question, counter) => {
    const page = `${question}\n\n${counter}\n\n新华社乌鲁木齐9月27日电 中央代表团分团27日在博尔塔拉蒙古自治州、塔城地区、哈密地区看望慰问各族干部群众。\n`;
    expect(title(page)).toBe(question);
  });
});

describe('look-alikes stay the title', () => {
  it.each(['姚保國副社長一行來菏澤考察牡丹產業', '李明局长调研安全生产工作', '王建军当选市政协主席'])(
    'a headline naming a person and a post: %s',
    (headline) => {
      expect(title(`${headline}\n${PROSE[0]}\n`)).toBe(headline);
    },
  );
  it.each(['市人大常委会会议审议通过《某市物业管理条例》', '省政府常务会议审议通过某某规划纲要'])('a headline that reports an act: %s', (headline) => {
    expect(title(`${headline}\n\n会议由市长主持。会议${headline.slice(-8)}，研究了有关事项。\n`)).toBe(headline);
  });
  it.each(['市政府召开第九次常务会议', '市人大常委会举行第十次会议'])('a headline after its date, the date the page’s: %s', (headline) => {
    expect(readPage(`2025年3月1日${headline}\n\n会议由市长主持，研究了有关事项。\n`)).toEqual({ title: headline, meta: ['日期=2025年3月1日'] });
  });
  it.each(['3年前种下的树苗如今长成了林', '10年前的承诺如今兑现了'])('a headline that says how long ago, its text saying it again: %s', (headline) => {
    expect(title(`热点\n${headline}\n\n${headline.slice(0, 6)}，村民们说起这件事都很感慨，${headline.slice(-6)}。\n`)).toBe(headline);
  });
});

describe('hostile long lines stay linear', () => {
  it.each([
    ['一行', '。'.repeat(200_000)],
    ['字', '市'.repeat(200_000)],
    ['段', `${'市政协会议开幕'.repeat(28_000)}。`],
    ['年前', `文史通${'2年前'.repeat(66_000)}问答332`],
    ['批准', `2016年4月23日${'会议'.repeat(99_990)}审议批准`],
    ['社長', `${'姚'.repeat(199_990)}副社長`],
  ])('%s', (_, long) => {
    const t0 = performance.now();
    readPage(`热点 专题\n${long}\n${long}\n市政协会议开幕\n${long}\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(2000));
  });
});
