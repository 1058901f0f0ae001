// Round 17, theme M: what a page states about itself. The printings are generated from parts (an outlet × a role's
// rank × names × a script × a caption's words × another site's headline) and assert what parse() gives; look-alikes
// of each class must stay as they were, and every new pattern is read on a line of 200 000 characters. The real
// pages they came from (2109, 2122, …) are held to their gold in real-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  1月19日至20日，全州政协会议、人大会议相继开幕，代表委员共绘美好蓝图。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
/** Another site's headline in each script. */
const TITLES = ['感恩奋进写答卷 焕新出发谱新篇', '市十六屆人大四次會議開幕'];
/** An outlet before the reporter's role, as papers and their apps print it. */
const OUTLETS = ['贵州日报天眼新闻', '云南日報', '某某日报全媒体', '新华社', '本报', ''];
const NAMES = [['陈丹'], ['張寅'], ['李明', '王芳'], ['欧阳华']];
const ROLES = ['记者', '記者'];

describe('a byline under the title’s photo caption is read: the caption is the picture’s, no end of the header (2109)', () => {
  const CAPTIONS = ['州人大会议开幕会现场。', '代表们认真审议政府工作报告。', '代表們出席會議現場。'];
  /** The photographer's credit closing the caption: an outlet's reporter's, or a name alone. */
  const SHOTS = ['贵州日报天眼新闻记者 钱仕豪 摄', '云南日報記者 李建泉攝', '新华社记者 王某 摄', '钱仕豪 摄', '李建泉攝'];
  const cases: [string, string, string, string, string][] = [];
  // An outlet's byline (本报记者 and a bare 记者 under a caption were read before: the text's first lines).
  for (const [o, outlet] of OUTLETS.slice(0, 4).entries())
    for (const [n, names] of NAMES.entries()) {
      const role = `${outlet}${ROLES[(o + n) % 2]}`;
      const title = TITLES[n % 2]!;
      const k = o * NAMES.length + n;
      const caption = `${CAPTIONS[k % CAPTIONS.length]} ${SHOTS[k % SHOTS.length]}`;
      const byline = `${role} ${names.join(' ')}`;
      cases.push([`${role}, ${names.length} names, under ${caption}`, title, caption, byline, `${role}=${names.join(' ')}`]);
    }
  it.each(cases)('%s', (_name, title, caption, byline, pair) => {
    expect(read(`${title}\n\n${caption}\n\n${byline}\n\n${BODY}`)).toEqual({ title, meta: [pair] });
  });
  it('under a subtitle too', () => {
    const page = `${TITLES[0]}\n\n——写在2026年州两会召开之际\n\n开幕会现场。 贵州日报天眼新闻记者 钱仕豪 摄\n\n贵州日报天眼新闻记者 陈丹\n\n${BODY}`;
    expect(read(page)).toEqual({ title: TITLES[0], meta: ['贵州日报天眼新闻记者=陈丹'] });
  });
  // Look-alike: a caption's credit alone under the title, then the text, gives no pair (the photographer is the picture's).
  it.each(OUTLETS.map((o) => [o]))('a caption with no byline under it (%s)', (outlet) => {
    expect(read(`${TITLES[0]}\n\n开幕会现场。 ${outlet}记者 钱仕豪 摄\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [] });
  });
});

describe('a writer’s credit mark before a byline (文 / 云南日報記者 張寅) is the same byline (2122)', () => {
  const MARKS = ['文 / ', '文/', '文：', '撰文：', '文字/'];
  const cases: [string, string, string, string][] = [];
  for (const [m, mark] of MARKS.entries())
    for (const [o, outlet] of OUTLETS.entries()) {
      const names = NAMES[(m + o) % NAMES.length]!;
      const role = `${outlet}${ROLES[(m + o) % 2]}`;
      const title = TITLES[(m + o) % 2]!;
      cases.push([`${mark}${role}`, title, `${mark}${role} ${names.join(' ')}`, `${role}=${names.join(' ')}`]);
    }
  it.each(cases)('under a title: %s', (_name, title, line, pair) => {
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [pair] });
  });
  it.each(cases)('first on the page, no title: %s', (_name, _title, line, pair) => {
    expect(read(`${line}\n\n${BODY}`)).toEqual({ title: null, meta: [pair] });
  });
  // Look-alikes: a mark before words that are no names (记者手记), or before a sentence, stays no pair.
  it.each([['文 / 记者手记：走进大山深处'], ['文/本报记者走访了全县十个乡镇，看到了新变化。']])('%s', (line) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`).meta).toEqual([]);
  });
});

describe('hostile long lines stay linear', () => {
  it.each([['文 / '], ['文/'], ['撰文：']])('a mark, then 200 000 characters (%s)', (mark) => {
    const t0 = performance.now();
    parse(`${TITLES[0]}\n\n${mark}${'记者 '.repeat(66_000)}\n\n${BODY}`);
    parse(`${TITLES[0]}\n\n开幕会现场${' 李'.repeat(100_000)}摄\n\n${BODY}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

/** A credit line's other pieces a counter stands among: none, a keyed time, a source. */
const WITH = ['', '更新时间:2013-06-19 22:52', '来源：某某县融媒体中心'];
const pairOf = (w: string) => {
  const m = /^([^:：]+)[:：](.+)$/.exec(w)!;
  return `${m[1]}=${m[2]}`;
};

describe('a counter worded as a clause (本文共阅读 1161 次) or its count glued before it (5446阅读) is the page’s count (2128, 2116)', () => {
  const LEADS = ['本文共', '共', '已', '累计', '本文已被'];
  const WORDS = ['阅读', '浏览', '點擊', '訪問', '閱讀'];
  const COUNTS = ['1161 次', '7625次', '38 次', '204365次'];
  const cases: [string, string, string, string[]][] = [];
  for (const [l, lead] of LEADS.entries())
    for (const [w, word] of WORDS.entries()) {
      const count = COUNTS[(l + w) % COUNTS.length]!;
      const other = WITH[(l + w) % WITH.length]!;
      const title = TITLES[w % 2]!;
      const line = other === '' ? `${lead}${word} ${count}` : `${lead}${word} ${count} ${other}`;
      cases.push([line, title, line, [`${lead}${word}=${count}`, ...(other === '' ? [] : [pairOf(other)])]]);
    }
  // The count first (5446阅读, 21次浏览), alone or after a keyed time.
  for (const [w, word] of WORDS.entries())
    for (const [c, count] of ['5446', '21次', '9843', '7 次'].entries()) {
      const other = c % 2 === 0 ? '' : WITH[1 + (w % 2)]!;
      const line = other === '' ? `${count}${word}` : `${other} ${count}${word}`;
      cases.push([line, TITLES[c % 2]!, line, [`${word}=${count}`, ...(other === '' ? [] : [pairOf(other)])]]);
    }
  it.each(cases)('%s', (_name, title, line, pairs) => {
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [...pairs].sort() });
  });
  // Look-alikes: a sentence that counts readers is text, and a count with no counter's word is no pair.
  it.each([['全县共阅读图书5446册，比上年增长两成。'], ['已阅读 并同意以下条款']])('%s', (line) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`).meta).toEqual([]);
  });
});

describe('a toolbar’s key (选择字号:) takes none of the credits after it as its value (2128)', () => {
  const TOOLS = ['选择字号:', '选择字号：', '选择字体：', '調整字體：', '设置字体大小:'];
  const CREDITS: [string, string[]][] = [
    ['本文共阅读 1161 次', ['本文共阅读=1161 次']],
    ['累计浏览 38 次', ['累计浏览=38 次']],
    ['已阅读 7625次 更新时间:2013-06-19 22:52', ['已阅读=7625次', '更新时间=2013-06-19 22:52']],
    // Keyed credits alone after the toolbar were read before (its key left empty): look-alikes that stay.
    ['更新时间:2013-06-19 22:52', ['更新时间=2013-06-19 22:52']],
    ['来源：某某县融媒体中心 更新时间:2024-05-06 10:20', ['来源=某某县融媒体中心', '更新时间=2024-05-06 10:20']],
  ];
  const cases: [string, string, string[]][] = [];
  for (const [t, tool] of TOOLS.entries())
    for (const [c, [credit, pairs]] of CREDITS.entries()) cases.push([`${tool}   ${credit}`, TITLES[(t + c) % 2]!, pairs]);
  it.each(cases)('%s', (line, title, pairs) => {
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [...pairs].sort() });
  });
});

describe('a link’s label (【PDF版】) under a key left empty is no value of it (2025)', () => {
  const KEYS = ['作者:', '作者：', '编辑：', '来源:'];
  // A file's format as a link (打印, 关闭 under a key were refused before, as the site's words: look-alikes that stay).
  const LABELS = ['【PDF版】', '• 【PDF版】', '【Word版】', '[PDF下载]', '· 【PDF格式】', '【DOC】', '[打印]', '【关闭】', '· 【返回】'];
  const cases: [string, string, string][] = [];
  for (const key of KEYS)
    for (const label of LABELS) {
      // A bulleted label under a bulleted date and key, as an e-edition lists them (• 2011年01月19日 作者: ⏎ • 【PDF版】).
      const bullet = /^[•·] /.exec(label)?.[0] ?? '';
      cases.push([`${bullet}${key} ⏎ ${label}`, `${bullet}2011年01月19日 ${key}`, label]);
    }
  it.each(cases)('%s', (_name, line, label) => {
    expect(read(`${TITLES[0]}\n\n${line}\n${label}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: ['日期=2011年01月19日'] });
  });
  // Look-alike: a name under the empty key is its value.
  it.each(KEYS.map((k) => [k]))('%s ⏎ 陶相银', (key) => {
    const k = key.replace(/[:：]$/, '');
    expect(read(`${TITLES[0]}\n\n2011年01月19日 ${key}\n陶相银\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: ['日期=2011年01月19日', `${k}=陶相银`].sort() });
  });
});

describe('an e-paper’s page label line (A01版 2024年02月03日 要闻 扩展 收缩 默认) gives the issue’s date (2105)', () => {
  const LABELS = ['A01版', '第3版', '05版:要闻', 'B12版', '第A02版：综合'];
  const DATES = ['2024年02月03日', '2023-11-08', '2025/01/20', '2022年9月21日'];
  const TAILS = ['', ' 要闻', ' 要闻 扩展 收缩 默认', ' 地方新闻 放大 缩小'];
  const cases: [string, string, string, string][] = [];
  for (const [l, label] of LABELS.entries())
    for (const [d, date] of DATES.entries()) {
      const line = `${label} ${date}${TAILS[(l + d) % TAILS.length]}`;
      cases.push([`${line}, over the title`, `${line}\n\n${TITLES[d % 2]}`, TITLES[d % 2]!, date]);
      cases.push([`${line}, under the title`, `${TITLES[l % 2]}\n\n${line}`, TITLES[l % 2]!, date]);
    }
  it.each(cases)('%s', (_name, head, title, date) => {
    expect(read(`${head}\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
  // Look-alikes: a label with no date, or a sentence after the date, is no page label line.
  it.each([['A01版 要闻'], ['第3版 2024年02月03日，市委召开常委会议研究部署全年工作。']])('%s', (line) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`).meta).toEqual([]);
  });
  it('a 200 000-character line after a label stays linear', () => {
    const t0 = performance.now();
    parse(`A01版 2024年02月03日${' 要闻'.repeat(60_000)}\n\n${TITLES[0]}\n\n${BODY}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('a written day glued to a report’s name (2012年1月5日昭通市政府工作報告) is the title’s own, no 日期 (2120)', () => {
  const DAYS = ['2012年1月5日', '2024年2月18日', '2019年12月30日'];
  const NAMES = ['昭通市政府工作報告', '某县人民政府工作报告', '县长在全县经济工作会议上的讲话', '市長在市人大會議上的講話', '某区财政预算执行情况的报告'];
  const cases: [string, string][] = []; // the title, and nothing else
  for (const day of DAYS) for (const name of NAMES) cases.push([`${day}${name}`, '']);
  it.each(cases)('%s', (title) => {
    expect(read(`${title}\n\n${BODY}`)).toEqual({ title, meta: [] });
  });
  it.each(cases)('%s, with (全文) after it', (title) => {
    expect(read(`${title}(全文)\n\n${BODY}`)).toEqual({ title, meta: [] });
  });
  // Look-alikes: a date set apart from the headline, or in numbers, is a copy site's stamp: the page's 日期, as before.
  it.each([
    ['2023年3月5日 政府工作报告背后的民生温度', '2023年3月5日'],
    ['2023-03-05政府工作报告背后的民生温度', '2023-03-05'],
  ])('%s', (line, date) => {
    expect(read(`${line}\n\n${BODY}`).meta).toEqual([`日期=${date}`]);
  });
});

describe('a field’s key alone with no colon takes its value from the next line (新聞類別 ⏎ 中國) (2127)', () => {
  const KEYS = ['新聞類別', '新闻类别', '稿件类别', '资讯类别', '内容类型', '栏目分类'];
  const VALUES = ['中國', '本地新闻', '政务公开', '某某县融媒体中心', '王某某'];
  const cases: [string, string, string, string][] = [];
  for (const [k, key] of KEYS.entries())
    for (const [v, value] of VALUES.entries()) {
      if ((k + v) % 2 === 1) continue; // half the combinations, every key and value still met
      cases.push([`${key} ⏎ ${value}`, TITLES[k % 2]!, key, value]);
    }
  it.each(cases)('%s', (_name, title, key, value) => {
    expect(read(`${title}\n\n2016年02月29日\n${key}\n${value}\n\n${BODY}`)).toEqual({ title, meta: ['日期=2016年02月29日', `${key}=${value}`].sort() });
  });
  // Look-alikes: a key-like heading over a sentence, or over the site's words, makes no pair.
  it.each([
    ['新闻类别', '全县召开重点项目建设推进会，部署全年任务。'],
    ['文章分类', '返回首页'],
  ])('%s ⏎ %s', (key, under) => {
    expect(read(`${TITLES[0]}\n\n2016年02月29日\n${key}\n${under}\n\n${BODY}`).meta).toEqual(['日期=2016年02月29日']);
  });
});

describe('a paper’s or a site’s name and a date alone right under the title (甘孜日報    2024年06月11日) give the page’s date (2119)', () => {
  // A converter's residue in the name, a character it lost kept as ? with its pinyin (plain names were read before:
  // look-alikes that stay).
  const NAMES = ['甘孜日?qǐng)?bào)', '康巴傳媒網(wǎng)', '四川日?bào)', '人民網(wǎng)', '甘孜日報', '新华网'];
  const DATES = ['2024年06月11日', '2023-11-08', '2025/01/20 10:38'];
  const GAPS = ['    ', '\u3000\u3000', '      '];
  const cases: [string, string, string, string][] = [];
  for (const [n, name] of NAMES.entries())
    for (const [d, date] of DATES.entries()) {
      const line = `${name}${GAPS[(n + d) % GAPS.length]}${date}`;
      cases.push([line, TITLES[(n + d) % 2]!, line, date]);
    }
  it.each(cases)('%s', (_name, title, line, date) => {
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
  // Look-alike: a name and a date with a sentence after them is text.
  it('a name, a date, then a sentence', () => {
    expect(read(`${TITLES[0]}\n\n甘孜日報    2024年06月11日 全州召开重点项目推进会。\n\n${BODY}`).meta).toEqual([]);
  });
});

describe('a date split over lines under the title (2025 ⏎ 10/11 ⏎ 10:38) is one date, as printed (2116)', () => {
  const YEARS = ['2025', '2019', '2023'];
  const DAYS = ['10/11', '3/5', '12-30', '1月8日'];
  const TIMES = ['', '10:38', '08:05:59'];
  const cases: [string, string, string, string][] = [];
  for (const [y, year] of YEARS.entries())
    for (const [d, day] of DAYS.entries()) {
      const time = TIMES[(y + d) % TIMES.length]!;
      const gap = (y + d) % 2 === 0 ? '\n\n' : '\n';
      const head = [year, day, time].filter((p) => p !== '').join(gap);
      cases.push([[year, day, time].join(' ⏎ '), TITLES[d % 2]!, head, [year, day, time].filter((p) => p !== '').join(' ')]);
    }
  it.each(cases)('%s', (_name, title, head, date) => {
    expect(read(`${title}\n\n${head}\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
  it.each(cases)('%s, a site clock over the title yielding to it', (_name, title, head, date) => {
    expect(read(`Q Q: 2677741813\n\n2025年11月17日 星期一\n\n${title}\n\n${head}\n\n本站\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
  // Look-alike: a year alone over a sentence is no date.
  it('a year alone, then text', () => {
    expect(read(`${TITLES[0]}\n\n2025\n\n${BODY}`).meta).toEqual([]);
  });
});
