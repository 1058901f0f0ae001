// Round 20 of issue 26, theme N: credits and dates. The dates of a list of other items are the items', never the page's
// (a topic's list of dates under the text: 2902; a ticker of dated headlines on one line: 3129); a site's clock over the
// title under a link row yields to the page's keyed date (3128); a topic's or a column's key is a pair at the foot
// (專題:2025地方兩會: 2902); a byline in brackets with no colon among keyed credits is the text's (2928); the words' and the
// pictures' marks with names at the foot are pairs (文 | 胡协 ⏎ 图 | 邹金修: 3002); a converter's pinyin ending in a toned vowel
// inside a credit's key is none of the key's (責(zé)任編輯: 3101); an e-paper's date with its weekday left empty or the site's
// toolbar after it is the page's date, as printed (2008 年 3 月 11 日 星期 【打印】: 3116, 3225's line). The printings are
// generated (headings × marks × dates × scripts × separators …), each positive failing on the code before round 20, and
// the look-alikes held: one dated line alone is still the page's date, a keyed date stays, a real 记者：name pair stays.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const meta = (text: string) => readPage(text).meta;

const TITLES = ['山東省政協十三屆三次會議在濟南閉幕', '某县第十七届人大二次会议开幕', '市政府召开常务会议研究部署重点工作'];
const TEXT = [
  '会议听取了有关工作情况的汇报，研究部署了下一阶段的重点任务。会议强调，要坚持稳中求进工作总基调，推动高质量发展。(完)',
  '會議聽取了有關工作情況的匯報，研究部署了下一階段的重點任務。會議強調，要堅持穩中求進工作總基調，推動高質量發展。(完)',
];
const HEADINGS = ['國內新聞精選:', '国内新闻精选：', '最新文章', '相关链接:', ''];
const MARKS = ['- ', '• ', '· ', '1. ', '* '];
/** The items' dates, each printing as sites print them. */
const DATES = [
  ['2025年04月14日 21:51:30', '2025年04月14日 16:37:04', '2025年04月13日 15:55:27'],
  ['2024-05-09', '2024-05-08', '2024-05-06'],
  ['2023/01/19 10:00', '2023/01/18 09:30', '2023/01/17 08:15'],
];
const HEADLINES = ['', '城中区召开环境卫生综合整治推进会 ', '省政協召開主席會議 ', '（图）某某市举行新闻发布会 '];
const list = (mark: string, dates: string[], headline: string, k: number) =>
  dates.map((d, i) => `${mark === '1. ' ? `${i + 1}. ` : mark}${headline === '' ? '' : headline.replace('会', `会${k + i}`)}${d}`).join('\n');

describe('a list of other items under the text, each a date the scrape left alone: no date of the page (2902): headings × marks × dates', () => {
  // A numbered item's date alone (1. 2024-05-09) was never the page's: the bullets and dashes are the class.
  const cases = cross(
    cross(
      HEADINGS,
      MARKS.filter((m) => m !== '1. '),
    ),
    DATES,
  ).map(([[h, m], d], k) => [h, m, d[0]!, k, d] as const);
  it.each(cases)('%s %s%s', (heading, mark, _first, k, dates) => {
    const page = `${TITLES[k % TITLES.length]}\n${TEXT[k % 2]}\n\n${heading}\n${list(mark, dates, '', k)}\n`;
    expect(meta(page).filter((m) => m.startsWith('日期='))).toEqual([]);
  });
});

describe('stays: a list of headlines each with its date under the text gives no date either: marks × dates × headlines', () => {
  it.each(cross(cross(MARKS, DATES), HEADLINES.slice(1)).map(([[m, d], l], k) => [m, l, d, k] as const))('%s%s…', (mark, headline, dates, k) => {
    const page = `${TITLES[k % TITLES.length]}\n${TEXT[k % 2]}\n\n${HEADINGS[k % HEADINGS.length]}\n${list(mark, dates, headline, k)}\n`;
    expect(meta(page).filter((m) => m.startsWith('日期='))).toEqual([]);
  });
});

describe("the list under the text leaves the page's own keyed date and credits (2902's 專題 over it): marks × dates", () => {
  it.each(cross(MARKS, DATES))('%s%s', (mark, dates) => {
    const page = `${TITLES[0]}\n发布时间：2025-01-23 10:00　来源：中国新闻网\n${TEXT[0]}\n\n${mark.trim() === '1.' ? '' : mark}专题：2025地方两会\n\n国内新闻精选：\n${list(mark, dates, '', 0)}\n`;
    expect(meta(page)).toEqual(['发布时间=2025-01-23 10:00', '来源=中国新闻网', '专题=2025地方两会']);
  });
});

describe("a topic's or a column's key under the text is a pair (2902, 3124): keys × scripts × values", () => {
  const KEYS = ['专题', '專題', '相关专题', '相關專題', '栏目', '欄目', '所属栏目'];
  const VALUES = ['2025地方两会', '2005年全国两会', '历史进展'];
  it.each(cross(KEYS, VALUES))('%s：%s', (key, value) => {
    const page = `${TITLES[1]}\n${TEXT[0]}\n\n${key}：${value}\n`;
    expect(meta(page)).toEqual([`${key}=${value}`]);
  });
});

describe('look-alikes that stay', () => {
  it.each(MARKS.filter((m) => m !== '1. ').map((m) => [m]))("one dated line alone under the text is the page's date (%s2002-11-06)", (mark) => {
    const page = `${TITLES[1]}\n${TEXT[0]}\n\n${mark}2002-11-06\n`;
    expect(meta(page)).toEqual(['日期=2002-11-06']);
  });
  it.each(DATES.map((d) => [d[0]!]))('a date in a sentence under the text is none (%s)', (date) => {
    const page = `${TITLES[1]}\n${TEXT[0]}\n\n- 会议于${date}在市政府召开，各有关单位负责同志参加。\n- 会议要求，各部门要抓好落实。\n`;
    expect(meta(page)).toEqual([]);
  });
  it.each(DATES.map((d) => [d[1]!]))("a dated headline list over the page's keyed date: the keyed date (%s)", (date) => {
    const page = `头条新闻：\n· 城中区召开推进会 ${date}\n· 城中区抗牢首位责任 ${date}\n\n${TITLES[2]}\n\n发布时间：2024-01-11 15:04 来源：区文体旅游科技局\n\n${TEXT[0]}\n`;
    expect(meta(page)).toContain('发布时间=2024-01-11 15:04');
  });
});

/** A portal's link row over the page, as a scrape keeps it: short names that read like a headline. */
const LINK_ROWS = ['中央政府门户网站 | 省政府', '国务院 | 省政府门户', '中國政府網 | 省政府', '中央政府門戶網站 | 省政府'];
const CLOCKS = ['2018-05-22 星期二', '2025年1月5日 星期日', '2024/12/28 星期六', '2023年03月08日 週三'];
const KEYED = ['发布时间: 2018-03-30 09:00 来源: 作者: 编辑: 李秀萍', '發布時間：2018-03-30　來源：市政府辦公廳', '发布日期：2018-03-30 浏览次数：86'];
const REPORTS = ['西宁市2017年政府信息公开工作年度报告', '某縣2017年政府資訊公開工作年度報告'];

describe("a site's clock over the title under a link row yields to the page's keyed date (3128): link rows × clocks × keyed lines", () => {
  it.each(cross(cross(LINK_ROWS, CLOCKS), KEYED).map(([[r, c], k], i) => [r, c, k, REPORTS[i % 2]!] as const))(
    '%s ⏎ %s ⏎ … ⏎ %s',
    (row, clock, keyed, report) => {
      const page = `${row}\n\n${clock}\n\n${report}\n\n${keyed}\n\n${report}，是根据《中华人民共和国政府信息公开条例》要求编制的。全文包括概述、主动公开政府信息情况等。\n`;
      const got = readPage(page);
      expect(got.title).toBe(report);
      expect(got.meta.filter((m) => m.startsWith('日期='))).toEqual([]);
      expect(got.meta[0]).toMatch(/^(?:发布时间|發布時間|发布日期)=2018-03-30/);
    },
  );
  it.each(CLOCKS.map((c) => [c]))("stays: the clock's day is the keyed date's day, or no keyed date (%s)", (clock) => {
    const page = `${LINK_ROWS[0]}\n\n${clock}\n\n${REPORTS[0]}\n\n${REPORTS[0]}，是根据《中华人民共和国政府信息公开条例》要求编制的。全文包括概述、主动公开政府信息情况等。\n`;
    expect(meta(page)).toEqual([`日期=${clock}`]);
  });
});

/** A ticker's items: a headline and its date, marked, on one line. */
const TICKER_MARKS = ['·', '•', '▪'];
const TICKER_HEADS = ['头条新闻:', '頭條新聞：', '最新动态', ''];
const ticker = (mark: string, head: string, dates: string[]) =>
  `${head}${head === '' ? '' : ' '}${dates.map((d, i) => `${mark} 城中区召开第${i + 1}次工作推进会    ${d}`).join('     ')}`;

describe("a ticker of other headlines on one line, each with its date: none of its dates is the page's (3129): marks × heads × dates", () => {
  it.each(cross(cross(TICKER_MARKS, TICKER_HEADS), DATES))('%s', ([mark, head], dates) => {
    const page = `${ticker(mark, head, dates)}\n站内搜索:\n\n${REPORTS[0]}\n\n2024-01-11 15:04  点击:[] 来源:区文体旅游科技局\n\n${TEXT[0]}\n`;
    const got = readPage(page);
    expect(got.title).toBe(REPORTS[0]);
    expect(got.meta).toEqual(['日期=2024-01-11 15:04', '来源=区文体旅游科技局']);
  });
  it('stays: one marked item with its date on a line is no ticker, a line of keyed dates no ticker', () => {
    expect(meta(`${REPORTS[0]}\n\n发布时间：2024-01-11 · 更新时间：2024-01-12 · 来源：区文体旅游科技局\n\n${TEXT[0]}\n`)).toEqual([
      '发布时间=2024-01-11',
      '更新时间=2024-01-12',
      '来源=区文体旅游科技局',
    ]);
  });
});

/** A line of keyed credits with the reporters' byline in brackets and no colon in it (2928). */
const SOURCES = [
  ['來源', '中國日報遼寧記者站'],
  ['来源', '新华社'],
  ['来源', '某某日报'],
];
const BYLINE_ROLES = ['記者', '记者', '本报记者', '本報記者', '全媒体记者', '通讯员', '通訊員'];
const BRACKETS = [
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
];
const EDITORS = [
  ['編輯', '鄧京荊'],
  ['责任编辑', '章虹'],
];

describe("a byline in brackets with no colon among keyed credits is the text's, no pair (2928): roles × brackets × sources × editors", () => {
  const cases = cross(cross(BYLINE_ROLES, BRACKETS), cross(SOURCES, EDITORS)).map(([[r, b], [s, e]], k) => [r, b, s, e, k] as const);
  it.each(cases)('%s in %s', (role, [open, close], [sk, sv], [ek, ev], k) => {
    const names = k % 2 ? '吳勇 劉策' : '张三';
    const line = `${sk}:${sv} ${open}${role} ${names}${close} ${ek}:${ev}`;
    expect(meta(`${TITLES[k % TITLES.length]}\n${TEXT[k % 2]}\n\n${line}\n`)).toEqual([`${sk}=${sv}`, `${ek}=${ev}`]);
  });
  it.each(BYLINE_ROLES.map((r) => [r]))('stays: the role with its colon and no brackets is a pair (%s：张三)', (role) => {
    expect(meta(`${TITLES[0]}\n${TEXT[0]}\n\n来源:新华社 ${role}：张三 编辑:章虹\n`)).toEqual(['来源=新华社', `${role}=张三`, '编辑=章虹']);
  });
  it("stays: the outlet in brackets after a credit's names is the credit's (记者 张婧怡 (大理日报))", () => {
    expect(meta(`${TITLES[0]}\n${TEXT[0]}\n\n记者：张婧怡 (大理日报) 编辑：章虹\n`)).toEqual(['记者=张婧怡 (大理日报)', '编辑=章虹']);
  });
});

/** The words' or the pictures' mark, the separator a site prints after it, and names (3002's 文 | 胡协 ⏎ 图 | 邹金修). */
const CREDIT_MARKS = [
  ['文', '图'],
  ['文字', '攝'],
  ['文', '圖'],
];
const SEPARATORS = [' | ', '｜', '：', ':', ' / ', '／'];
const NAMES = [
  ['胡协', '邹金修'],
  ['王小明 李华', '陳志明'],
];
const UNDER = ['', '\n\n请使用微信扫一扫\n请使用微信扫一扫', '\n\n掃一掃分享到微信'];

describe("the words' and the pictures' marks with names at the foot are pairs keyed as printed (3002): marks × separators × names × what follows", () => {
  const cases = cross(cross(CREDIT_MARKS, SEPARATORS), cross(NAMES, UNDER)).map(([[m, sep], [n, u]], k) => [m, sep, n, u, k] as const);
  it.each(cases)('%s%s%s%s', ([wm, pm], sep, [wn, pn], under, k) => {
    const page = `${TITLES[k % TITLES.length]}\n${TEXT[k % 2]}\n\n${wm}${sep}${wn}\n\n${pm}${sep}${pn}${under}\n`;
    expect(meta(page)).toEqual([`${wm}=${wn}`, `${pm}=${pn}`]);
  });
  it.each([['文：无'], ['图 | 会议现场'], ['图：本报资料'], ['文 / 2024年']])('stays: a mark with no name after it is no pair (%s)', (line) => {
    expect(meta(`${TITLES[0]}\n${TEXT[0]}\n\n${line}\n`)).toEqual([]);
  });
});

/** Foot credits glued (責任編輯:某作者:某), a converter's pinyin in the first key ending in a toned vowel (zé, jí, hé), the names again in brackets under them (3101). */
const EDITOR_KEYS = ['責(zé)任編輯', '責任編輯(jí)', '審核(hé)', '攝(shè)影', '記(jì)者', '责任编辑(jí)'];
const AUTHOR_NAMES = ['宋芳科 沈文剛 任磊', '王小明', '李華、陳志明'];

describe("a converter's pinyin with a tone mark on its last letter inside a foot credit's key is none of the key's (3101): keys × names × colons", () => {
  it.each(cross(cross(EDITOR_KEYS, AUTHOR_NAMES), [':', ' :', '：']).map(([[k, n], c]) => [k, n, c] as const))(
    '%s … 作者:%s ⏎ (names), colon %j',
    (key, names, colon) => {
      const page = `\n中國甘肅網(wǎng)1月14日訊(本網(wǎng)記者 ${names})奮進(jìn)新征程,彰顯新作為。會議強調，要堅持穩中求進。\n會議應(yīng)到委員504名,實到委員468名,符合政協(xié)章程規(guī)定。\n\n\n${key}${colon}狄東陽作者${colon}${names}\n(${names})\n`;
      expect(meta(page)).toEqual([`${key.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')}=狄東陽`, `作者=${names}`]);
    },
  );
  it('stays: other names in brackets under the credits join no credit', () => {
    expect(meta(`${TITLES[0]}\n${TEXT[0]}\n\n責任編輯:狄東陽作者:宋芳科\n(王小明 李華)\n`).filter((m) => m.includes('王小明'))).toEqual([]);
  });
});

/** An e-paper's date line: the date, spaced or not, its weekday left empty or whole, then the site's toolbar (3116, 3225). */
const PAPER_DATES = ['2008 年 3 月 11 日', '2026 年 01 月 28 日', '2008年3月11日', '2024-05-09'];
const WEEKDAYS = [' 星期', '  星期', ' 週', ' 礼拜'];
const TOOLBARS = ['    【打印】', ' 放大 缩小 默认', ' 【打印】【关闭】', ' [打印] [关闭]', ''];
const HEADLINES_20 = ['省新农村建设督查组来洛', '以盛会聚共识 以实干开新局', '縣府召開年終記者會'];

describe("an e-paper's date with an empty weekday or the site's toolbar after it is the page's date, as printed (3116, 3225): dates × weekdays × toolbars", () => {
  const cases = cross(cross(PAPER_DATES, WEEKDAYS), TOOLBARS).map(([[d, w], t], k) => [d, w, t, k] as const);
  it.each(cases)('%s%s%s', (date, weekday, toolbar, k) => {
    const headline = HEADLINES_20[k % HEADLINES_20.length]!;
    const page = `${headline}\n\n${date}${weekday}${toolbar}\n\n  本报讯 (记者 郝敏)昨日,以省电力公司副总经理许伯通为组长的督查组来我市检查指导工作。\n`;
    const got = readPage(page);
    expect(got.title).toBe(headline);
    expect(got.meta).toEqual([`日期=${`${date}${weekday}`.trim()}`]);
  });
  it.each(PAPER_DATES.map((d) => [d]))('the date with the toolbar and a whole weekday too (%s 星期二 【打印】)', (date) => {
    const page = `${date} 星期二 【打印】\n${HEADLINES_20[0]}\n  本报讯 (记者 郝敏)昨日,以省电力公司副总经理许伯通为组长的督查组来我市检查指导工作。\n`;
    expect(readPage(page)).toEqual({ title: HEADLINES_20[0], meta: [`日期=${date} 星期二`] });
  });
  it.each([['2008年3月11日 星期 省新农村建设督查组来洛'], ['2008年3月11日 星期天气晴'], ['2024-05-09 会议现场']])(
    'stays: words after the date that are no toolbar make no such date (%s)',
    (line) => {
      expect(meta(`${line}\n\n本报讯 (记者 郝敏)昨日,督查组来我市检查指导工作。\n`).filter((m) => m.startsWith('日期=') && m.endsWith('星期'))).toEqual([]);
    },
  );
});

/** A web address set among a page's cells with its date and outlet (3124's | http://www.sina.com.cn 2005年03月02日14:04 桂龙新闻网 |). */
const ADDRESSES = ['http://www.sina.com.cn', 'https://news.sina.com.cn', 'HTTP://www.gxnews.com.cn', 'http：//www.sina.com.cn', 'ftp://files.example.cn'];

describe("a web address's scheme is never a key (3124): addresses × outlets in a table row", () => {
  it.each(cross(ADDRESSES, ['桂龙新闻网', '廣西新聞網']))('%s … %s', (address, outlet) => {
    const page = `广西壮族自治区全国政协委员抵达北京 | ||||||||\n---|---|---|---|---|---|---|---|---|\n${address} 2005年03月02日14:04 ${outlet} | ||||||||\n\n本报讯 出席全国政协十届三次会议的广西委员昨日抵达北京。委员们表示，要认真履行职责。\n`;
    expect(meta(page).filter((m) => /^(?:https?|ftp)=/i.test(m))).toEqual([]);
  });
  it.each(ADDRESSES.slice(0, 3).map((a) => [a]))("stays: an address as a source's value is the value (来源：%s/a/1.htm)", (address) => {
    expect(meta(`${TITLES[1]}\n\n来源：${address}/a/1.htm\n\n${TEXT[0]}\n`)).toEqual([`来源=${address}/a/1.htm`]);
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['a dated item', `- ${'2025年04月14日 21:51:30 '.repeat(8000)}`],
    ['marks and dates', '- 2024-05-09\n'.repeat(15000)],
    ['a mark, a run of spaces, a date', `-${' '.repeat(200_000)}2024-05-09`],
    ['a topic key, a run of spaces', `专题${' '.repeat(200_000)}：`],
    ['a ticker', `头条新闻: ${'· 某某会议召开 2024-05-09 '.repeat(9000)}`],
    ['ticker marks', '· '.repeat(100_000)],
    ['a clock', '2018-05-22 星期二 '.repeat(12000)],
    ['a date and toolbar buttons', `2008 年 3 月 11 日 星期 ${'【打印】'.repeat(40000)}`],
    ['a date, a run of spaces, a weekday', `2008 年 3 月 11 日${' '.repeat(200_000)}星期`],
    ['an address scheme, a run of spaces', `| http${' '.repeat(200_000)}://x |`],
    ['a mark and bars', `文 ${'| '.repeat(100_000)}胡协`],
    ['bracketed bylines', `来源:新华社 ${'(记者 张三) '.repeat(25000)}`],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`标题在这里\n${TEXT[0]}\n${line}\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});

describe('second reading: look-alikes the theme took too widely', () => {
  it.each([
    ['来源：新华社 【责任编辑 章虹】 审核：李四', ['来源=新华社', '责任编辑=章虹', '审核=李四']],
    ['来源：新华社 (编辑 章虹) 审核：李四', ['来源=新华社', '编辑=章虹', '审核=李四']],
    ['來源：新華社 （審核 李四） 編輯：章虹', ['來源=新華社', '審核=李四', '編輯=章虹']],
  ])("a desk's role in brackets among keyed credits is a credit, no byline of the text (%s)", (line, want) => {
    expect(meta(`${TITLES[0]}\n${TEXT[0]}\n\n${line}\n`)).toEqual(want);
  });
  it.each([['责任编辑：李秀萍'], ['編輯：章虹'], ['来源：新华社']])(
    "a keyed credit over a dated list is the page's pair, no heading of the list (%s)",
    (line) => {
      const page = `${TITLES[2]}\n${TEXT[0]}\n\n${line}\n· 城中区召开推进会 2024-05-09\n· 城中区抗牢首位责任 2024-05-08\n`;
      expect(meta(page)).toEqual([line.replace(/[:：]/, '=')]);
    },
  );
  it.each([['专题：学习贯彻党的二十大精神，推动高质量发展'], ['栏目：聚焦两会；共话发展']])('a topic key before a clause is no topic pair (%s)', (line) => {
    expect(meta(`${TITLES[1]}\n${TEXT[0]}\n\n${line}\n`)).toEqual([]);
  });
  it.each([
    ['- 发布时间： 2024-05-09\n- 更新时间： 2024-05-10', ['发布时间=2024-05-09', '更新时间=2024-05-10']],
    ['· 成文日期: 2024-05-09\n· 发布日期: 2024-05-10', ['成文日期=2024-05-09', '发布日期=2024-05-10']],
  ])("keyed dates in a bulleted table under the text are the page's pairs, no dated list (%s)", (lines, want) => {
    expect(meta(`${TITLES[2]}\n${TEXT[0]}\n\n${lines}\n`)).toEqual(want);
  });
});
