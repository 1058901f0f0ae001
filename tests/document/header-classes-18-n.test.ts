// Round 18, theme N: metadata the probe of made-up pages found lost — the foot's keys, date forms before a pair,
// counters with no colon, colonless credits, unknown keys on a line of pairs. The printings are generated from
// parts and assert what parse() gives; look-alikes of each class must stay as they were, and every new pattern
// is read on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  1月19日至20日，全州政协会议、人大会议相继开幕，代表委员共绘美好蓝图。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';
const TITLES = ['五一假期我市接待游客超百万人次', '市十六屆人大四次會議開幕'];

describe('the foot reads the head’s keys inside its block of credits', () => {
  /** Keys a head reads that no credit list names: where the text, its pictures or its material came from. */
  const KEYS = [
    ['素材来源', '司法部、人民日报'],
    ['图片来源', '株洲发布'],
    ['文字来源', '市文旅局'],
    ['圖片來源', '中央社'],
    ['视频来源', '市融媒体中心'],
  ] as const;
  /** The credit that makes the block, and what may stand below it. */
  const CREDITS = [
    ['责编：张三', '责编=张三'],
    ['责任编辑：李四', '责任编辑=李四'],
    ['審核：王五', '審核=王五'],
  ] as const;
  const ABOVE = ['', '长按识别二维码关注我们', '扫码关注“株洲发布”'];
  const cases: [string, string, string[]][] = [];
  for (const [k, [key, value]] of KEYS.entries())
    for (const [c, [credit, pair]] of CREDITS.entries()) {
      const above = ABOVE[(k + c) % ABOVE.length]!;
      const block = [above, `${key}：${value}`, credit].filter((l) => l !== '');
      cases.push([block.join(' ⏎ '), block.join('\n'), [`${key}=${value}`, pair]]);
      // The credit above the key's line.
      const under = [above, credit, `${key}：${value}`].filter((l) => l !== '');
      cases.push([under.join(' ⏎ '), under.join('\n'), [`${key}=${value}`, pair]]);
    }
  it.each(cases)('%s', (_name, block, meta) => {
    const title = TITLES[block.length % 2]!;
    expect(read(`${title}\n\n${BODY}${block}\n`)).toEqual({ title, meta: [...meta].sort() });
  });
  it('a page’s address over the site’s reprint notice is read', () => {
    const foot = '原文链接：http://www.ce.cn/xwzx/gnsz/202405/12/t20240512_123456.shtml\n转载请注明出处。';
    expect(read(`${TITLES[0]}\n\n${BODY}${foot}\n`)).toEqual({
      title: TITLES[0],
      meta: ['原文链接=http://www.ce.cn/xwzx/gnsz/202405/12/t20240512_123456.shtml'],
    });
  });
  // Look-alikes: a pair at the text's end with no credit beside it is the text's; the site's footer keys stay none.
  it.each([
    ['活动地点：市民广场', []],
    ['主办单位：株洲市人民政府\n责编：张三', ['责编=张三']],
    ['网站标识码：4302000001\n责任编辑：李四', ['责任编辑=李四']],
  ])('stays: %s', (foot, meta) => {
    expect(read(`${TITLES[0]}\n\n${BODY}${foot}\n`)).toEqual({ title: TITLES[0], meta });
  });
});

describe('a short key no list knows on a line of pairs: a key among two known pairs, never swallowed nor taking the line down', () => {
  /** Pairs of a key every list knows. */
  const KNOWN = [
    ['来源', '区发改局'],
    ['作者', '张三'],
    ['发布时间', '2024-05-12 10:20'],
    ['浏览次数', '86'],
    ['來源', '縣府新聞處'],
  ] as const;
  /** Keys pages print that no list names. */
  const UNKNOWN = [
    ['栏目', '工作动态'],
    ['出品', '株洲融媒'],
    ['标签', '旅游 春天'],
    ['所属栏目', '通知公告'],
    ['欄目', '縣政新聞'],
    ['策划', '李四'],
  ] as const;
  const GAPS = [' ', '　', '  '];
  const cases: [string, string, string[]][] = [];
  for (const [k, [key, value]] of KNOWN.entries())
    for (const [u, [ukey, uvalue]] of UNKNOWN.entries()) {
      const gap = GAPS[(k + u) % GAPS.length]!;
      // After one known pair: the known pair alone, whole, the unknown one not swallowed (README: 栏目, a column's name, is no pair).
      const line = `${key}：${value}${gap}${ukey}：${uvalue}`;
      cases.push([line, line, [`${key}=${value}`]]);
    }
  it.each(cases)('%s', (_name, line, meta) => {
    const title = TITLES[line.length % 2]!;
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [...meta].sort() });
  });
  // Look-alikes: the site footer's keys stay none; a headline's colon is no key; a document site's upload row is its furniture (gold 23).
  it.each([
    ['来源：区发改局 版权所有：株洲市人民政府'],
    ['来源：区发改局 主办单位：株洲市人民政府'],
    ['作者：张三 网站标识码：4302000001'],
    ['作者：张三 联系地址：株洲市天元区'],
  ])('a site footer’s key stays none: %s', (line) => {
    const got = read(`${TITLES[0]}\n\n${line}\n\n${BODY}`);
    expect(got.title).toBe(TITLES[0]);
    expect(got.meta.filter((m) => /^(?:版权所有|主办单位|网站标识码|联系地址)=/.test(m))).toEqual([]);
  });
  it.each([
    ['来源：区发改局 栏目：工作动态 点击：86', ['来源=区发改局', '栏目=工作动态', '点击=86']],
    ['栏目：工作动态 来源：区发改局', ['来源=区发改局']],
  ])('stays: between two known pairs it is a key; first on its line it is no headline: %s', (line, meta) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [...meta].sort() });
  });
  it('a document site’s upload row is its furniture (gold 23)', () => {
    expect(read(`${TITLES[0]}\n\n上传人：张三 浏览次数：310\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [] });
  });
  it('a headline of a head and a statement stays the title', () => {
    expect(read(`央行：保持流动性合理充裕\n\n来源：人民网\n\n${BODY}`)).toEqual({ title: '央行：保持流动性合理充裕', meta: ['来源=人民网'] });
  });
});

describe('a date in any printing opens a line of pairs, and ends a value before its weekday', () => {
  /** Dates as pages print them before a pair: a weekday after them, a year left out or cut short, the month first. */
  const DATES = [
    '2024年10月12日 星期六',
    '2024年10月12日星期六',
    '2024年10月12日 周六',
    '2024年10月12日 10:20 星期六',
    '5月12日 08:30',
    '5月12日',
    '05-12 08:30',
    '24-05-12',
    '05/12/2024',
    '5月12日 星期日',
  ];
  const PAIRS = [
    ['来源', '县融媒体中心'],
    ['來源', '縣府新聞處'],
    ['作者', '张三'],
    ['浏览次数', '1024'],
  ] as const;
  const GAPS = [' ', '　', '  '];
  const cases: [string, string, string[]][] = [];
  for (const [d, date] of DATES.entries())
    for (const [p, [key, value]] of PAIRS.entries()) {
      if (key === '浏览次数' && /^\d{4}年/.test(date)) continue; // a whole date before a counter was read before
      const line = `${date}${GAPS[(d + p) % GAPS.length]}${key}：${value}`;
      cases.push([line, line, [`日期=${date}`, `${key}=${value}`]]);
    }
  it.each(cases)('%s', (_name, line, meta) => {
    const title = TITLES[line.length % 2]!;
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [...meta].sort() });
  });
  /** A keyed source, then the date with its weekday: two pairs. */
  const TAILS = ['2024年05月12日 星期日', '2024年5月12日 周日', '2024-05-12 星期日', '2024/5/12 星期日'];
  it.each(TAILS.flatMap((d) => PAIRS.slice(0, 2).map(([k, v]) => [`${k}：${v} ${d}`, k, v, d] as const)))('%s', (line, key, value, date) => {
    expect(read(`${TITLES[0]}\n\n${line}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [`${key}=${value}`, `日期=${date}`].sort() });
  });
  // Look-alikes: a site's clock stays no pair; a day in a sentence or a headline's day stays the text's.
  it.each([
    [`今天是2024年10月12日 星期六\n首页 新闻中心 政务公开\n${TITLES[0]}`, []],
    [`${TITLES[0]}\n\n5月12日，全县召开安全生产工作会议。`, []],
    [`${TITLES[0]}\n\n05-12 08:30`, []],
    [`${TITLES[0]}\n\n3-1 比分 来源：县融媒体中心`, ['来源=县融媒体中心']],
  ])('stays: %s', (head, meta) => {
    expect(read(`${head}\n\n${BODY}`).meta).toEqual(meta);
  });
});

describe('a counter is a count word with a count, however printed; a comment box’s counter is the site’s', () => {
  const WORDS = ['阅读', '浏览', '瀏覽', '点击', '閱讀'];
  /** Counts as counters print them with no colon: in brackets glued or spaced, in tens of thousands. */
  const COUNTS = [
    ['(356)', '356'],
    ['（123）', '123'],
    [' 10万+', '10万+'],
    ['(1.2万)', '1.2万'],
    [' 356', '356'],
  ] as const;
  /** What stands before and after the counter on the line: a date, a keyed source; a comment box's counter. */
  const BEFORE = [
    ['2024-05-12 08:30 ', '日期=2024-05-12 08:30'],
    ['2024-05-12 10:20 | ', '日期=2024-05-12 10:20'],
    ['', ''],
  ] as const;
  const AFTER = [' 评论(12)', ' | 回應 (0) | 引用 (0)', '  在看 5', ''];
  const cases: [string, string, string[]][] = [];
  for (const [w, word] of WORDS.entries())
    for (const [c, [count, value]] of COUNTS.entries()) {
      const [before, pair] = BEFORE[(w + c) % BEFORE.length]!;
      const after = AFTER[(w + 2 * c) % AFTER.length]!;
      if (before === '' && count.startsWith(' ') && !after.includes('|')) continue; // 閱讀 356 评论(12) was read before
      const line = `${before}${word}${count}${after}`;
      cases.push([line, line, [pair, `${word}=${value}`].filter((p) => p !== '')]);
    }
  it.each(cases)('%s', (_name, line, meta) => {
    const title = TITLES[line.length % 2]!;
    expect(read(`${title}\n\n${line}\n\n${BODY}`)).toEqual({ title, meta: [...meta].sort() });
  });
  it.each([
    ['阅读 10万+\n在看 123', ['阅读=10万+']],
    ['阅读原文\n阅读 10万+\n在看 123', ['阅读=10万+']],
    ['阅读(356)', ['阅读=356']],
  ])('at the foot: %s', (foot, meta) => {
    expect(read(`${TITLES[0]}\n\n${BODY}${foot}\n`)).toEqual({ title: TITLES[0], meta });
  });
  // Look-alikes: a comment box's counters alone are the site's; a count in a sentence is the text's.
  it.each([
    [`${TITLES[0]}\n\n评论(12) 点赞(3)\n\n${BODY}`, []],
    [`${TITLES[0]}\n\n${BODY}全年接待游客阅读(356)人次。\n`, []],
  ])('stays: %s', (page, meta) => {
    expect(read(page).meta).toEqual(meta);
  });
});

describe('a byline row with no key gives its date: a WeChat account row, a poster’s 于 … 发布', () => {
  /** The row's opening: 原创 and an author, or the account's name twice as WeChat prints it; the account's name. */
  const HEADS = ['原创 应急小编 株洲应急管理', '原创 张三 株洲发布', '株洲发布 株洲发布', '应急管理 应急管理', '原创 小编 掌上株洲'];
  const DATES = ['2024-05-12 08:30', '2024年05月01日 07:30', '2024/5/12', '2024年5月12日'];
  const TAILS = [' 发表于湖南', ' 湖南', ' 发表于北京', ' 發表於臺北'];
  const cases: [string, string, string][] = [];
  for (const [h, head] of HEADS.entries())
    for (const [d, date] of DATES.entries()) {
      const line = `${head} ${date}${TAILS[(h + d) % TAILS.length]}`;
      cases.push([line, line, date]);
    }
  // A person's name first was read before, unless a place follows the date.
  for (const date of DATES) cases.push([`杨波 信息通信技术与政策 ${date} 发表于湖南`, `杨波 信息通信技术与政策 ${date} 发表于湖南`, date]);
  it.each(cases)('%s', (_name, line, date) => {
    const title = TITLES[line.length % 2]!;
    expect(read(`${title}\n${line}\n\n${BODY}`)).toEqual({ title, meta: [`日期=${date}`] });
  });
  const POSTERS = ['张三', 'user_123', '老李说车', 'zhang-san'];
  const POSTED = ['发布', '发表', '修改'];
  const posts: [string, string][] = [];
  for (const [p, poster] of POSTERS.entries())
    for (const [d, date] of ['2024-05-10 08:30:15', '2024-05-10', '2024年5月10日 08:30'].entries())
      posts.push([`${poster} 于 ${date} ${POSTED[(p + d) % POSTED.length]}`, date]);
  it.each(posts)('%s', (line, date) => {
    expect(read(`${TITLES[0]}\n${line}\n\n${BODY}`)).toEqual({ title: TITLES[0], meta: [`日期=${date}`] });
  });
  it('a blog sidebar’s 最新推荐文章于 … 发布 is its list’s date, the poster’s line under it the page’s', () => {
    expect(read(`${TITLES[0]}\n最新推荐文章于 2024-05-12 发布\n张三 于 2024-05-10 08:30:15 发布\n\n${BODY}`)).toEqual({
      title: TITLES[0],
      meta: ['日期=2024-05-10 08:30:15'],
    });
  });
  // Look-alikes: a list's item (a place, a headline, its date) and a sentence with 于 stay no date of the page's.
  it.each([
    [`${TITLES[0]}\n最新推荐文章于 2024-05-12 发布\n\n${BODY}`, []],
    [`${TITLES[0]}\n\n会议于 2024-05-10 召开，全体委员出席。\n\n${BODY}`, []],
  ])('stays: %s', (page, meta) => {
    expect(read(page).meta).toEqual(meta);
  });
});

describe('hostile long lines stay linear', () => {
  it.each([
    ['partial dates', `${'05-12 '.repeat(33_000)}来源：某台`],
    ['a value ending on a date', `来源：${'某'.repeat(200_000)} 2024年05月12日 星期日`],
    ['bracketed counters', `${'阅读(123) 评论(4) '.repeat(14_000)}`],
    ['counts run on', `阅读 ${'1,'.repeat(100_000)}`],
    ['unknown keys among pairs', `来源：某台 ${'栏目：工作 '.repeat(30_000)}`],
    ['account rows', `原创 ${'张三 '.repeat(60_000)}2024-05-12`],
    ['posters', `张三 于 ${'2024-05-12 '.repeat(18_000)}发布`],
  ])('%s', (_name, line) => {
    const t0 = performance.now();
    parse(`${TITLES[0]}\n\n${line}\n\n${BODY}`);
    parse(`${TITLES[0]}\n\n${BODY}${line}\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(2000));
  });
});
