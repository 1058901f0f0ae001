// Round 16 of issue 26, theme T: is this line the page's title? Every candidate passes one test before it is
// announced (title-plausible.ts): it is no dateline, quote, contact line, markup or prompt to the reader, and it
// does not run on as prose; a doubt a real headline can raise too (a prompt's verb, a sentence's mark, mostly
// letters) is settled by the text under it saying the line's words again. The printings are generated (outlets ×
// places × days × marks × scripts, numbers × labels, prompts × scripts …), each over another site's text, with
// look-alikes that must stay the title, and the test on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { notATitle } from '../../src/document/title-plausible.js';
import { readPage } from '../helpers.js';

const BODIES = [
  '\n市政府今天召开会议，研究部署今年的重点工作。会议要求各部门抓好落实。\n一、工作回顾\n我们做了工作。\n',
  '\n當日上午，縣議會第二次定期會開幕，議員就預算案提出質詢。\n縣長表示，將全力推動地方建設。\n',
];
const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;

describe('a dateline with the quote it opens is no title (1909): outlet × place × day × mark × bracket × quote', () => {
  const outlets = ['人民政协网', '新华社', '中新网', '央视网', '中央社'];
  const places = ['克拉玛依', '北京', '喀什', '臺北'];
  const days = ['8月4日', '3月5日', '十二月一日', '1月12日'];
  const marks = ['电', '電', '讯', '訊'];
  const credits = ['(记者 李寅峰)', '（記者 陳志明）', '(记者王芳 通讯员李明)'];
  const quotes = ['“这是世界上唯一以石油命名的城市!”', '“這裡就是我們的家鄉！”', '“你们知道这条路修了多少年吗?”'];
  const cases = outlets.flatMap((o, i) =>
    places.map(
      (p, j) =>
        `${o}${p}${days[(i + j) % days.length]}${marks[(i + 2 * j) % marks.length]}${credits[(i + j) % credits.length]}${quotes[(2 * i + j) % quotes.length]}`,
    ),
  );
  it.each(cases.map((line, k) => [line, BODIES[k % 2]!]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('a quote set out alone is a speaker’s words, no title (1909): marks × words × ends', () => {
  const opens: [string, string][] = [
    ['“', '”'],
    ['「', '」'],
    ['『', '』'],
  ];
  const words = ['这座城市被誉为共和国石油长子', '這是我們共同的家園', '我们要把老百姓的事情办好', '这条路我们等了三十年'];
  const ends = ['!', '！', '？', '?'];
  it.each(cross(opens, words).flatMap(([[o, c], w], k) => [[`${o}${w}${ends[k % ends.length]}${c}`, BODIES[k % 2]!]]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe("a site's contact line is no title (1930): label × number × separator", () => {
  const labels = ['网站合作QQ', '商务合作微信', '投稿QQ群', '服務熱線', '聯絡電話', '客服电话', '廣告聯繫Tel'];
  const numbers = ['1444646479', '400-820-1234', '0571-87654321', '13812345678'];
  const seps = [':', '：', ' '];
  const cases = cross(labels, numbers).map(([l, n], k) => `${l}${seps[k % seps.length]}${n}`);
  it.each(cases.map((c, k) => [c, BODIES[k % 2]!]))('%s alone over the text: no title', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('a prompt to the reader is no title (1806, 1817): verb × object × script', () => {
  // On a phone: read the article, the whole text, the original (mobile sites' link lines), and a vendor's English banner.
  const prompts = [
    ...cross(['手機', '手机'], ['看文章', '看全文', '看原文', '閱讀本文', '阅读全文']).map(([a, b]) => a + b),
    '看全文请点这里',
    '看原文請點此',
    'Enjoying your free trial? Only 9 days left! Upgrade Now',
    'Upgrade Now to remove ads',
    'Enjoying this book? Subscribe for more',
  ];
  it.each(prompts.flatMap((p, k) => [[p, BODIES[k % 2]!]]))('%s', (line, body) => {
    expect(title(`${line}${body}`)).toBeNull();
  });
});

describe('a note that runs on as prose is no title, nor the first line of one (1816): note × script × what it heads', () => {
  const notes = [
    '这是06年政府工作雇员的报告. 加分后还有07年的',
    '這是06年政府工作僱員的報告. 加分後還有07年的',
    '这份报告供大家参考. 下面是英文版的',
    '楼主你好，这个是2019年的. 我这里还有2020年的',
  ];
  const english = ['Report on the Work of the Government (2006)', 'Government Work Report of Jiaxing (2019)'];
  const body = (e: string) =>
    `\nFellow Deputies:\nOn behalf of the municipal people's government, I would like to present to you the following report on the work of the government for ${e.includes('2019') ? 'Jiaxing' : 'this year'}.\nI. Review of the Work\n`;
  it.each(cross(notes, english))('%s ⏎ %s: the English title', (note, e) => {
    expect(title(`\n\n${note}\n${e}\n${body(e)}`)).toBe(e);
  });
});

describe("a dash series line under a blog's headline is no title of its own (1927): archive × dash × series × what follows", () => {
  const archives = ['2008 (347)\n2009 (550)\n2017 (1)\n', '2019 (4)\n2020 (2)\n', '2021年 (12)\n2022年 (60)\n2023年 (92)\n'];
  const heads = ['彩云之南,玉水成溪', '塞上江南 魅力银川', '走进千年古镇'];
  // A single hyphen or a tilde, half- or full-width (a long dash —— is a subtitle's, read apart already).
  const dashes = ['-', '－', '~', '～'];
  const series = ['云南玉溪介绍之一', '宁夏游记之三', '某县采风系列(二)'];
  const after = ['鬼谷雄风\n', '', '作者：山间清风\n'];
  const body = '说起这个地方，一般人或许没什么印象，但去过的人都说值得再去。\n那里的山水令人难忘。\n';
  const cases = cross(heads, dashes).map(([h, d], k) => [archives[k % 3]!, h, `${d}${series[k % 3]}`, after[(k + 1) % 3]!]);
  it.each(cases)('%s%s ⏎ %s', (archive, h, line, tail) => {
    expect(title(`${archive}${h}\n${line}\n${tail}${body}`)).toBe(h);
  });
});

describe("a caption's copy of the headline with a word dropped is no second line of it (1819): word × copies × script", () => {
  const heads: [string, string][] = [
    ['南屯、北屯代理區長真除', '布達交接'],
    ['某县新一届乡镇领导班子', '宣誓就职'],
    ['市政府召开常务会议', '部署重点工作'],
  ];
  const words = ['今', '昨', '今日'];
  const body = '\n市政府今日上午舉行典禮，由局長代表市長監交，並期勉新任首長認真推動業務。\n局長表示，兩位首長表現優異。\n';
  const cases = cross(heads, words).flatMap(([[a, b], w]) => [1, 2].map((n) => [`${a} ${w}${b}`, `${a} ${b}`, n] as [string, string, number]));
  it.each(cases)('%s over %s ×%i', (head, copy, n) => {
    expect(title(`${head}\n\n${`${copy}\n`.repeat(n)}${body}`)).toBe(head);
  });
  // The same line twice, one under the other, with nothing fuller over it: one printing, not two lines of a headline.
  it.each(heads.map(([a, b]) => `${a} ${b}`))('%s twice', (line) => {
    expect(title(`${line}\n${line}\n${body}`)).toBe(line);
  });
});

describe('a page-title line that the ——subtitle says again is the title over the headline between (1904): place × words', () => {
  const places = ['景德镇', '宜春', '某县', '玉溪'];
  const said = ['市政协委员分组讨论《政府工作报告》', '市人大代表审议政府工作报告', '市政协委员建言献策专题协商'];
  const headlines = ['聚焦“提质翻番”目标为良好开局建言献策', '凝心聚力谋发展，真知灼见献良策', '为“十四五”开好局起好步贡献智慧力量'];
  const body = '本报讯 1月20日，出席市政协会议的委员分组讨论了政府工作报告，大家一致认为报告实事求是。\n';
  it.each(cross(places, said).map(([p, w], k) => [`${p}${w}`, headlines[k % 3]!, `——${w}`]))('%s', (page, headline, subtitle) => {
    expect(title(`${page}\n${headline}\n${subtitle}\n${body}`)).toBe(page);
  });
});

describe("a news agency's one-line copy names its headline after 题: in the dateline (1911): place × day × mark × label × reporter", () => {
  const places = ['新疆莎車', '北京', '寧夏固原', '甘肃临夏'];
  const days = ['8月14日', '3月5日', '十二月一日'];
  const marks = ['电', '電'];
  const labels = ['题:', '題:', '题：', '題： '];
  const heads = ['新疆阿爾塔什村:當年玄奘東歸路 今日高峽出平湖', '小山村里的大变化', '戈壁滩上种出“致富瓜”'];
  const reporters = ['記者 李夢', '记者 王芳', '通讯员 张明 记者 李强'];
  const cases = cross(places, days).map(([p, d], k) => [`${p}${d}${marks[k % 2]} ${labels[k % 4]}`, heads[k % 3]!, reporters[(k + 1) % 3]!]);
  it.each(cases)('%s%s', (lead, head, reporter) => {
    expect(title(`${lead}${head} ${reporter} 走進村子，豔陽高照，赤山環繞眼前。這座村落坐落群山深處。\n`)).toBe(head);
  });
});

describe('a headline with its bracket left open, printed again under its byline, is the title (1930): head × byline × what is above', () => {
  const heads = [
    '宁夏西吉县旅游景点(宁夏西吉县特色有什么',
    '某县旅游攻略（最全的景点推荐',
    '西吉县特产有哪些(西吉县土特产介绍',
    '固原有什么好玩的地方（固原旅游',
  ];
  const bylines = ['作者:阿布 日期: 浏览:0\n', '作者：小编 浏览：12\n', ''];
  const above = ['首页 > 旅游攻略 > 文章正文\n\n', '网站合作QQ:1444646479\n首页 > 旅游攻略 > 文章正文\n\n', ''];
  const cases = cross(heads, bylines).map(([h, b], k) => [above[k % 3]!, h, b]);
  it.each(cases)('%s%s', (top, head, byline) => {
    expect(title(`${top}${head}\n\n${byline}${head}\n\n1. 马铃薯\n\n西吉县是中国马铃薯之乡，产出的马铃薯个大、皮薄、肉嫩。\n`)).toBe(head);
  });
});

describe("a copy's 原标题: line that says the breadcrumb's last item again names the title (1821): separator × label × title × script", () => {
  const seps = [' > ', ' › ', ' » ', '>'];
  const labels: [string, string][] = [
    ['原标题:', ''],
    ['原標題：', ''],
    ['【原标题：', '】'],
    ['(原题:', ')'],
  ];
  const titles = ['新疆代表团的清真餐厅里,我们与新疆代表团在', '代表委員熱議政府工作報告', '两会时间里的民生温度'];
  const cases = cross(seps, labels).map(([sep, [open, close]], k) => [sep, open, close, titles[k % 3]!]);
  const body = '\n浏览次数:198 时间:2019-09-12\n\n(特派记者 吴卉)3月14日中午，代表们围坐在一起吃午饭，聊起了家乡的变化。\n';
  it.each(cases)('%j %s…%s %s', (sep, open, close, t) => {
    expect(title(`必威${sep}经销市场${sep}${t}\n\n${open}${t}${close}\n${body}`)).toBe(t);
  });
  // A breadcrumb's last item alone names a section as often: no title.
  it.each(titles)('%s in a breadcrumb alone', (t) => {
    expect(title(`首页 > 新闻中心 > ${t}\n${body}`)).toBeNull();
  });
});

describe('a notice quoted whole under a news summary: its title row after 原文如下: over its addressees (1808): announce × title × addressees', () => {
  const summaries = [
    '2月14日，浙江某市人民政府发布关于印发2025年政府工作报告重点工作责任分解的通知。\n文件提出，完善新型能源开发利用体系，推动能耗强度稳步下降。\n',
    '近日，某县人民政府办公室印发通知，部署今年的民生实事项目。\n通知要求，各地各部门要压实责任，确保按期完成。\n',
  ];
  const announces = ['原文如下:', '原文如下：', '全文如下:', '通知全文如下：', '以下为原文:'];
  const titles = [
    '嘉兴市人民政府办公室关于印发2025年政府工作报告重点工作和政府民生实事项目责任分解的通知',
    '某县人民政府关于印发2025年民生实事项目的通知',
    '某市人民政府办公厅关于做好2025年重点工作任务分解落实的通知',
  ];
  const addressees = ['各县(市、区)人民政府,市级有关部门(单位):', '各乡镇人民政府，县直各部门：', '各有关单位：'];
  const cases = cross(announces, titles).map(([a, t], k) => [summaries[k % 2]!, a, t, addressees[k % 3]!]);
  it.each(cases.map(([s, a, t, d]) => [a, t, s, d]))('%s ⏎ %s', (announce, t, summary, to) => {
    expect(title(`${summary}${announce}\n${t}\n${to}\n《重点工作责任分解》已经市政府同意，现印发给你们，请认真贯彻执行。\n`)).toBe(t);
  });
});

describe('look-alikes stay the title', () => {
  it.each([
    // a headline that opens with 看 or 立即, its words said again under it
    ['看我市如何推进重点项目建设', '\n今年以来，我市推进重点项目建设，取得明显成效。\n'],
    ['立即行动 全力推进安全生产大检查', '\n为全力推进安全生产工作，市政府决定开展大检查。\n'],
    // a headline with a mark in the middle, its words said again (129, 1527)
    ['福州市第十六届人民代表大会第五次会议开幕!市政府工作报告出炉', '\n今天上午，福州市第十六届人民代表大会第五次会议开幕，市长作政府工作报告。\n'],
    ['2026拚連任？高虹安：先拜會藍、白黨主席再說', '\n新竹市長高虹安今天表示，2026年是否拚連任，將先拜會各黨主席。\n'],
    // a service's short number, a day that is no dateline
    ['市长热线12345受理情况通报', '\n一季度，市长热线共受理群众诉求两万余件。\n'],
    ['3月5日电商节在我市开幕', '\n3月5日，首届电商节在我市会展中心开幕。\n'],
    // an English title on an English text (551)
    ['Information Disclosure Guide', '\nThis guide is compiled in accordance with the Regulations on Government Information Disclosure.\n'],
    // a real headline that shares no word with its first paragraph (35, 926): no doubt raised, it stays
    ['奋进新征程 书写新华章', '\n今年是全面贯彻党的二十大精神的开局之年。\n'],
  ])('%s', (line, body) => {
    expect(title(`${line}\n${body}`)).toBe(line);
  });
});

describe('second reading: look-alikes of a contact line and of prose that stay the title', () => {
  // A notice's headline that gives a number, the text under it giving the number again: a site's contact line is never repeated so.
  const notices = cross(['关于开通举报电话', '關於公布投訴熱線', '关于启用新传真'], ['0756-2222222', '400-820-1234', '13812345678']).map(([what, n]) => [
    `${what}${n}的通告`,
    `\n为方便群众反映问题，现开通${what.slice(2)}${n}，24小时受理。\n特此通告。\n`,
  ]);
  // An English headline with an abbreviation's dot after its first words (U.S., Dr., St., No.): no sentence ends there.
  const english = cross(
    [
      'Premier Li meets U.S. Secretary of State in Beijing',
      'Chinese envoy meets Dr. Tedros in Geneva',
      'Forum opens in St. Petersburg with trade talks',
      'Beijing releases its No. 1 document',
    ],
    [' this week', ''],
  ).map(([h, tail]) => [
    `${h}${tail}`,
    '  The meeting on Tuesday discussed trade, health and security, officials said.\n\n  Both sides agreed to keep talking.\n',
  ]);
  it.each([...notices, ...english])('%s', (line, body) => {
    expect(title(`${line}\n${body}`)).toBe(line);
  });
});

describe('the test on a line of 200 000 characters', () => {
  it.each([['。a'.repeat(100_000)], ['<a '.repeat(66_666)], ['QQ:1'.repeat(50_000)], ['新华社北京3月5日'.repeat(20_000)], ['“'.repeat(200_000)]])(
    '%#',
    (line) => {
      const t0 = performance.now();
      notATitle(line, '正文'.repeat(300));
      expect(performance.now() - t0).toBeLessThan(200);
    },
  );
});

describe('a title row tested on a line of 200 000 characters, the whole page read (second reading)', () => {
  // A bracket opened before a date over and over, never closed: the subtitle test (page.ts isSubtitle) took 9–15 s on it.
  it.each([
    ['a bracketed date left open over and over', '（2025年1月10日'.repeat(16_000)],
    ['a bracketed meeting left open over and over', '(在全县会议上通过'.repeat(20_000)],
  ])('%s', (_name, line) => {
    const t0 = performance.now();
    for (const text of [line, `某县召开重点项目建设推进会\n${line}\n${BODIES[0]}`]) readPage(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
