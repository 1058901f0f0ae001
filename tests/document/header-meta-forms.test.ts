// The forms a scraper leaves metadata in (meta-forms.ts), from tuned-7's misses: keys in brackets of any
// kind in table rows (815), a key left empty before a full one on the same line (816), a date and time with
// spaces inside or in another form (829). Each class on made-up pages of other keys, scripts and layouts, on
// lines of other real sites (a stored public page, its address given), and on look-alikes the rules must
// leave alone: a key with no value, a list's heading in brackets, a site's clock or a sentence are no pairs.
// The real pages themselves are held to their gold in real-pages.test.ts.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { accountedText } from '../helpers.js';

const read = (text: string) => {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source); // nothing of the page lost, whatever the header took
  return { title: doc.title, meta: doc.meta.map((m) => `${m.key}=${m.value}`).sort() };
};
const TITLE = '某县人民政府关于印发2024年工作要点的通知';
const BODY = '\n现将有关事项通知如下，请认真贯彻执行。\n一、总体要求\n坚持稳中求进。\n';
/** The title, a line of metadata under it, the text: the metadata read from that line. */
const under = (line: string) => read(`${TITLE}\n${line}${BODY}`).meta;

describe('keys in brackets or marked (815: [ 索引号 ] | … | [ 发文字号 ] | … |)', () => {
  it('reads a table of bracketed keys over the title, whatever the brackets and the bars', () => {
    const a = read(`【索引号】| 0012/2024-01 |【发布机构】| 某县人民政府 |\n【成文日期】| 2024-03-01 |【发布日期】| 2024-03-02 |\n${TITLE}${BODY}`);
    expect(a.title).toBe(TITLE);
    expect(a.meta).toEqual(['发布日期=2024-03-02', '发布机构=某县人民政府', '成文日期=2024-03-01', '索引号=0012/2024-01']);
    // Full-width brackets and bars, a key spaced out inside them, a value that holds brackets of its own.
    expect(read(`［ 索 引 号 ］｜ 0012/2024-01 ｜［ 主题分类 ］｜ 综合政务 ｜\n〔发文字号〕某政发〔2024〕3号\n${TITLE}${BODY}`).meta).toEqual([
      '主题分类=综合政务',
      '发文字号=某政发〔2024〕3号',
      '索引号=0012/2024-01',
    ]);
    // Traditional, corner brackets, a cell left empty: no pair for it.
    const tw = read('「發布機構」｜臺南市政府｜「發布日期」｜2025-01-01｜\n「有效性」｜ ｜「文號」｜ ｜\n臺南市政府公告某某事項\n主旨：公告本市某某事項。\n');
    expect(tw.meta).toEqual(['發布日期=2025-01-01', '發布機構=臺南市政府']);
    expect(tw.title).toBe('臺南市政府公告某某事項');
    // A last row that ends in a key and its empty cell leaves the title under it alone.
    expect(read(`[ 发布机构 ] | 某县人民政府 | [ 有效性 ] | |\n${TITLE}${BODY}`)).toEqual({ title: TITLE, meta: ['发布机构=某县人民政府'] });
    expect(read(`${TITLE}\n| [ 索引号 ] | 0012/2024-01 | [ 发布机构 ] | 某县人民政府 |\n| [ 有效性 ] | | [ 文号 ] | |${BODY}`).meta).toEqual([
      '发布机构=某县人民政府',
      '索引号=0012/2024-01',
    ]);
  });

  it('reads a table scraped one cell a line, each cell ending in its bar', () => {
    const a = read(`[ 索引号 ] |\n115001130093083510/2024-00007 |\n[ 有效性 ] |\n[ 发布机构 ] |\n某镇人民政府 |\n${TITLE}${BODY}`);
    expect(a).toEqual({ title: TITLE, meta: ['发布机构=某镇人民政府', '索引号=115001130093083510/2024-00007'] });
    expect(read(`| 索引號: |\n| 376000000A/2025-01 |\n| 發布日期: |\n| 2025-01-13 |\n臺南市政府公告某某事項${BODY}`).meta).toEqual([
      '發布日期=2025-01-13',
      '索引號=376000000A/2025-01',
    ]);
  });

  it('reads bracketed keys on a line of pairs, a colon inside or after the bracket, or the value on the next line', () => {
    expect(under('〖发布日期〗2024-03-01\u3000〖来源〗县政府办公室')).toEqual(['发布日期=2024-03-01', '来源=县政府办公室']);
    expect(under('｛信息来源｝：县应急局\u3000｛发布时间｝：2024-03-01 09:00')).toEqual(['信息来源=县应急局', '发布时间=2024-03-01 09:00']);
    expect(under('[索 引 号]: 0012/2024-01 [发布机构]: 某县人民政府')).toEqual(['发布机构=某县人民政府', '索引号=0012/2024-01']);
    expect(under('〈来源〉新华社 〈时间〉2024-01-01 10:00')).toEqual(['时间=2024-01-01 10:00', '来源=新华社']);
    expect(under('【信息类别：】政策解读\t【责任编辑】张三')).toEqual(['信息类别=政策解读', '责任编辑=张三']);
    expect(under('[ 发布机构 ]\n某县人民政府')).toEqual(['发布机构=某县人民政府']);
  });

  it('reads keys with a template’s mark glued before them, and no mark before a word that is no key', () => {
    expect(under('★来源：县政府 ★发布时间：2024-01-01')).toEqual(['发布时间=2024-01-01', '来源=县政府']);
    expect(under('◎发布时间：2024-01-01\u3000◎来源：县政府')).toEqual(['发布时间=2024-01-01', '来源=县政府']);
    expect(under('※索引号：001/2024 □发布机构：县政府')).toEqual(['发布机构=县政府', '索引号=001/2024']);
    expect(under('📅 發布日期：2024-01-01')).toEqual(['發布日期=2024-01-01']);
    expect(under('| ★索引号 | 001/2024 | ★发布机构 | 县政府 |')).toEqual(['发布机构=县政府', '索引号=001/2024']);
    expect(under('★★★热烈庆祝：大会胜利召开')).toEqual([]);
  });

  it('reads a pair boxed in brackets of its own, at the head or at the foot, and no key left empty at the foot', () => {
    expect(under('[ 来源：县政府 ]')).toEqual(['来源=县政府']);
    expect(under('〖发布时间：2024-01-01\u3000来源：县政府〗')).toEqual(['发布时间=2024-01-01', '来源=县政府']);
    expect(read(`${TITLE}${BODY}[ 责任编辑：张三 ]\n`).meta).toEqual(['责任编辑=张三']);
    expect(read(`${TITLE}${BODY}作者： 责任编辑：张三\n`).meta).toEqual(['责任编辑=张三']);
    expect(under('[ 字号：大 中 小 ] [ 打印 ] [ 关闭 ]')).toEqual([]);
  });

  it('takes no bracketed word that is not a key: a list’s heading, a toolbar, a tag, a term in corner brackets', () => {
    expect(read(`【相关阅读】\n某县召开会议\n${TITLE}${BODY}`).meta).toEqual([]);
    expect(under('【打印】【关闭】 [ 大 中 小 ]')).toEqual([]);
    expect(under('[ 字号：大 中 小 ] [ 打印 ] [ 关闭 ]')).toEqual([]);
    expect(read(`【视频】${TITLE}${BODY}`)).toEqual({ title: TITLE, meta: [] });
    expect(read(`关于推进「十四五」规划实施的通知\n〖来源〗县发改局${BODY}`)).toEqual({ title: '关于推进「十四五」规划实施的通知', meta: ['来源=县发改局'] });
    expect(under('[注]本通知自发布之日起施行')).toEqual([]);
    expect(under('【热门点击】 【推荐阅读】')).toEqual([]);
  });
});

describe('a key left empty before a full one (816: 文号: 公开日期: 2025-08-12 15:15)', () => {
  it('keeps the full key whole, with a space, a full-width space or nothing between them', () => {
    expect(under('文号: 公开日期: 2025-08-12 15:15')).toEqual(['公开日期=2025-08-12 15:15']);
    expect(under('文号:公开日期:2025-01-01')).toEqual(['公开日期=2025-01-01']);
    expect(under('文号：\u3000更新时间：2025-01-01')).toEqual(['更新时间=2025-01-01']);
    expect(under('来源: 发布时间: 2024-05-06 09:00')).toEqual(['发布时间=2024-05-06 09:00']);
    expect(under('文号: 签署日期: 2024-01-01')).toEqual(['签署日期=2024-01-01']);
    expect(read('臺南市政府公告某某事項\n文號: 公開日期: 114-01-13\n主旨：公告本市某某事項。\n').meta).toEqual(['公開日期=114-01-13']);
  });

  it('reads several pairs a line with empty keys anywhere among them, in a table row too', () => {
    expect(under('有效性: 公开方式: 主动公开 发布机构: 某县政府')).toEqual(['公开方式=主动公开', '发布机构=某县政府']);
    expect(under('索引号：001 文号： 发布日期：2024-01-01')).toEqual(['发布日期=2024-01-01', '索引号=001']);
    expect(under('作者：\u3000编辑：李四\u3000来源：县融媒体中心')).toEqual(['来源=县融媒体中心', '编辑=李四']);
    expect(under('作者:来源:发布时间:2024-01-01')).toEqual(['发布时间=2024-01-01']);
    expect(under('| 文号: | 成文日期: 2024-01-01 |')).toEqual(['成文日期=2024-01-01']);
  });

  it('reads such lines of other real sites', () => {
    // mdx.gov.cn (牟定县): a key the list does not know among known ones, a spaced key, three left empty.
    expect(under('索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:')).toEqual([
      '公文目录=应急管理',
      '发文日期=2017年06月28日',
      '索引号=11532323015172622Y-/2018-1220012',
    ]);
    // info.taian.gov.cn (宁阳县): the last key empty, over the title.
    expect(read(`发布日期:2017年03月13日 信息来源:\n${TITLE}${BODY}`).meta).toEqual(['发布日期=2017年03月13日']);
    // yanzhou.gov.cn: a date glued to a row of labels, one of them a toolbar's (字体:[ ]).
    expect(under('2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]')).toEqual(['日期=2015-11-10 01:51:51']);
    // csx.gov.cn (长沙县): wide gaps, a source after spaces, a toolbar label on the next line.
    expect(under('日期:2024-01-15   来源:  长沙县卫生健康局\n字体大小:')).toEqual(['日期=2024-01-15', '来源=长沙县卫生健康局']);
  });

  it('reads keys spaced out by a page’s layout, a key the list does not know among them (qqhr.gov.cn, 齐齐哈尔)', () => {
    // Keys spaced to a column's width, two pairs a row, a list of classes with semicolons, 上 载 日 期 unlisted.
    const page = read(
      '索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府文件;\n发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n' +
        `${TITLE}${BODY}`,
    );
    expect(page.title).toBe(TITLE);
    expect(page.meta).toEqual([
      '上载日期=2019-12-02',
      '分类=其他; 市人民政府办公室; 市政府文件;',
      '发布机构=市人民政府办公室',
      '发文日期=2019-11-29',
      '文号=齐政办发〔2019〕29号',
      '索引号=20191202-189769',
    ]);
    // sxycrb.com (运城): two keys left empty glued before a full one.
    expect(under('来源:发布者:时间:2023-09-13')).toEqual(['时间=2023-09-13']);
    // A spaced-out title or name is no key: only a run that is a key whole is joined.
    expect(read(`工 作 总 结\n2024年，我镇各项工作取得新进展。\n`).meta).toEqual([]);
    expect(under('记 者 王 明 通讯员 李 强')).not.toContain('记者王明=通讯员');
    // A semicolon in a line that opens with no known key keeps it text.
    expect(under('全县 共有 学校 12所; 医院 3所')).toEqual([]);
  });

  it('still cuts a value glued before a key, and invents no key from an unknown word on a line of text', () => {
    expect(under('来源: 新华社发布时间: 2024-03-01')).toEqual(['发布时间=2024-03-01', '来源=新华社']);
    expect(under('信息来源: 区司法局更新时间: 2024-03-01')).toEqual(['信息来源=区司法局', '更新时间=2024-03-01']);
    // A site's clock among the pairs is no key, listed or not.
    expect(under('发布时间：2024-01-01 来源：县政府 今天是：2024年1月1日')).toEqual(['发布时间=2024-01-01', '来源=县政府']);
    expect(under('当前时间：2024-01-01 10:00:00')).toEqual([]);
    // One known pair only: a word before a colon is no key of its own.
    expect(under('来源：县政府 备注：另行通知')).not.toContain('备注=另行通知');
  });
});

describe('a date and time as a scraper leaves it (829: 时间: 2016- 03- 31 19: 55)', () => {
  it('keeps the time with the date, whatever its form', () => {
    expect(under('时间: 2016- 03- 31 19: 55 来源: 县政府办公室')).toEqual(['时间=2016- 03- 31 19: 55', '来源=县政府办公室']);
    expect(under('发布时间：2016- 03- 31 19: 55: 08 来源：县政府')).toEqual(['发布时间=2016- 03- 31 19: 55: 08', '来源=县政府']);
    expect(under('发布时间：2016-03-31 19时55分\u3000来源：县政府')).toEqual(['发布时间=2016-03-31 19时55分', '来源=县政府']);
    expect(under('发布时间：2016-03-31 19时55分08秒 来源：县政府')).toEqual(['发布时间=2016-03-31 19时55分08秒', '来源=县政府']);
    expect(under('发布时间：2016/3/31 9:05 来源：县政府')).toEqual(['发布时间=2016/3/31 9:05', '来源=县政府']);
    expect(under('发布时间：2016-03-31 下午7:55 来源：县政府')).toEqual(['发布时间=2016-03-31 下午7:55', '来源=县政府']);
    expect(under('發布日期：2016/3/31 7:55:08 PM\u3000來源：臺南市政府')).toEqual(['來源=臺南市政府', '發布日期=2016/3/31 7:55:08 PM']);
    expect(under('发布时间：2016-03-31T19:55:08 来源：县政府')).toEqual(['发布时间=2016-03-31T19:55:08', '来源=县政府']);
    expect(under('发布时间：2019-05-21 10:30:00.0 来源：县政府')).toEqual(['发布时间=2019-05-21 10:30:00.0', '来源=县政府']);
    expect(under('发布日期：2016.03.31 来源：县政府')).toEqual(['发布日期=2016.03.31', '来源=县政府']);
    expect(under('发布时间：二〇一六年三月三十一日 来源：县政府')).toEqual(['发布时间=二〇一六年三月三十一日', '来源=县政府']);
  });

  it('reads such a date with no key, alone, glued to brackets or in a table cell', () => {
    expect(under('2016- 03- 31 19: 55')).toEqual(['日期=2016- 03- 31 19: 55']);
    expect(under('2016/3/31 下午 07:55:08')).toEqual(['日期=2016/3/31 下午 07:55:08']);
    expect(under('2016 年 3 月 31 日 19:55 来源：县政府')).toEqual(['日期=2016 年 3 月 31 日 19:55', '来源=县政府']);
    expect(under('【发布时间】2016- 03- 31 19: 55【来源】县应急局')).toEqual(['发布时间=2016- 03- 31 19: 55', '来源=县应急局']);
    expect(under('| 索引号: | 001/2024 | 发布日期: | 2016- 03- 31 19: 55 |')).toEqual(['发布日期=2016- 03- 31 19: 55', '索引号=001/2024']);
    // A date key glued to the first sentence (a one-line scrape): the spaced time is the date's, the text the body's.
    const glued = parse(`${TITLE}\n发布时间：2016- 03- 31 19: 55 3月31日，我县召开防汛工作会议。\n会议要求落实责任。\n`);
    expect(glued.meta.map((m) => `${m.key}=${m.value}`)).toEqual(['发布时间=2016- 03- 31 19: 55']);
    expect(glued.preamble).toContain('3月31日，我县召开防汛工作会议。');
  });

  it('takes no time from a sentence, a site’s clock or a pollutant’s name', () => {
    expect(read(`${TITLE}\n2016年3月31日19时，我县召开防汛工作会议，部署有关工作。\n会议要求落实责任。\n`).meta).toEqual([]);
    expect(read(`今天是：2016年3月31日 星期四 上午10:55\n${TITLE}${BODY}`).meta).toEqual([]);
    expect(under('时间：2016-03-31 19:55 PM2.5浓度')).toEqual(['时间=2016-03-31 19:55']);
  });
});

describe('the meta-forms patterns on a line of 200 000 characters', () => {
  // Bracketed, spaced, marked and empty keys and a scraper's clock, repeated: each pattern reads a line once.
  it.each([
    ['bracketed keys in cells', `某某会议\n${'| [ 索引号 ] '.repeat(20_000)}|\n正文。\n`],
    ['keys in lenticular brackets', `某某会议\n${'【发布机构】'.repeat(35_000)}\n正文。\n`],
    ['empty keys', `某某会议\n${'文号: '.repeat(50_000)}\n正文。\n`],
    ['spaced keys', `某某会议\n${'上 载 日 期 '.repeat(25_000)}\n正文。\n`],
    ['marked keys', `某某会议\n${'★来源 '.repeat(50_000)}\n正文。\n`],
    ['a clock with spaces over and over', `某某会议\n发布时间：2024-01-01 ${'19: '.repeat(50_000)}\n正文。\n`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    parse(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
