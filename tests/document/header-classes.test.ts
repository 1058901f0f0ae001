// The title and metadata classes of issue 26, each on a made-up page of its class (the real pages each
// rule came from are in real-pages.test.ts): what a listener hears first is the report's title, and
// the card shows the pairs the page gives, no more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { accountedText } from '../helpers.js';

const read = (text: string) => {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source); // nothing of the report lost, whatever the header took
  return { title: doc.title, meta: doc.meta.map((m) => `${m.key}=${m.value}`), preamble: doc.preamble, parts: doc.nodes.map((n) => n.title) };
};

describe('the title', () => {
  it('is not the meeting line under it, with or without its dash', () => {
    const a = read('凝心聚力 奋勇争先\n在2025年全市经济工作会议上的讲话\n市长 王某某\n同志们：\n一、总体形势\n运行平稳。\n二、重点任务\n抓项目。\n');
    expect(a.title).toBe('凝心聚力 奋勇争先');
    expect(a.preamble.startsWith('在2025年全市经济工作会议上的讲话\n市长 王某某')).toBe(true);
    // A meeting line with nothing above it is the title.
    expect(read('在全县安全生产工作会议上的讲话\n同志们：\n一、认清形势\n形势严峻。\n二、压实责任\n落实到人。\n').title).toBe('在全县安全生产工作会议上的讲话');
  });

  it('is not the issuing office above it, and a title wrapped after 关于… is joined', () => {
    expect(
      read('某市人民政府办公室\n某市人民政府办公室关于印发某某行动方案的通知\n某政办发〔2025〕3号\n各区县人民政府：\n现将方案印发给你们。\n一、目标\n完成。\n')
        .title,
    ).toBe('某市人民政府办公室关于印发某某行动方案的通知');
    const b = read(
      '某省人民政府办公厅文件\n某政办发〔2024〕9号\n某省人民政府办公厅关于加强农村供水\n\n保障工作的通知\n各市州人民政府：\n现通知如下。\n一、总体要求\n全面加强。\n',
    );
    expect(b.title).toBe('某省人民政府办公厅关于加强农村供水保障工作的通知');
    expect(b.meta).toEqual(['文号=某政办发〔2024〕9号']);
  });

  it('is found where it runs straight into the first paragraph (a PDF text layer, a one-line scrape)', () => {
    const a = read('某县2023年工作总结2023年，我县坚持稳中求进。\n一、主要成效\n经济增长8%。\n二、存在问题\n基础薄弱。\n');
    expect(a.title).toBe('某县2023年工作总结');
    expect(a.preamble).toBe('2023年，我县坚持稳中求进。');
    const b = read('某局2024年工作报告各位代表：现在我代表市局报告工作。\n一、回顾\n回顾。\n');
    expect(b.title).toBe('某局2024年工作报告');
    expect(b.preamble).toBe('各位代表：现在我代表市局报告工作。');
    // A document site prints its file name, then the title: the title is the second.
    expect(read('局长在全局工作会议上讲话局长在全局工作会议上的讲话同志们：今天开会。\n一、形势\n好。\n').title).toBe('局长在全局工作会议上的讲话');
    // A statistical bulletin and a budget's 执行情况 run on the same way.
    const c = read('某区2023年国民经济和社会发展统计公报2023年，全区上下坚持稳中求进。\n一、综合\n好。\n');
    expect(c.title).toBe('某区2023年国民经济和社会发展统计公报');
    expect(c.preamble).toBe('2023年，全区上下坚持稳中求进。');
    expect(read('某县2024年1-6月预算执行情况根据预算法规定，现将情况报告如下。\n一、收入\n好。\n').title).toBe('某县2024年1-6月预算执行情况');
    // A sentence is never cut into a title.
    expect(read('我们按照要求，完成了年度工作报告2023年，全县增长。\n一、成效\n好。\n').title).toBeNull();
  });

  it('is only the title when a scraper joined title, subtitle and speaker on one line', () => {
    const a = read(
      '政府工作报告——2025年1月10日在某市第十七届人民代表大会第四次会议上 市长 王某某\n各位代表：\n现在报告工作。\n一、回顾\n回顾。\n二、安排\n安排。\n',
    );
    expect(a.title).toBe('政府工作报告');
    expect(a.preamble.startsWith('——2025年1月10日在某市第十七届人民代表大会第四次会议上 市长 王某某')).toBe(true);
    const b = read('奋力谱写新篇章——在市十五届人大三次会议闭幕会上的讲话各位代表：会议圆满完成各项议程。\n一、坚定信心\n要坚定信心。\n');
    expect(b.title).toBe('奋力谱写新篇章');
    // A dash inside a title that no subtitle follows stays in it.
    expect(read('长江经济带——绿色发展示范区建设方案\n一、目标\n完成。\n二、措施\n落实。\n').title).toBe('长江经济带——绿色发展示范区建设方案');
  });

  it('is not a page count, a copy site note, a counter or a file name, and leaves their residue out', () => {
    expect(read('共12页 第1页\n某县2024年工作要点\n一、目标\n增长。\n二、举措\n抓项目。\n').title).toBe('某县2024年工作要点');
    expect(read('下面是小编为大家整理的某镇工作总结，供大家参考。\n某镇2024年工作总结\n一、成效\n明显。\n').title).toBe('某镇2024年工作总结');
    expect(read('0\n12\n某区2024年施政报告\n一、前言\n谨此报告。\n').title).toBe('某区2024年施政报告');
    const doc = read('某县2024年政府工作报告.docx\n上传人：abc 文档编号：12 页数：30 大小：1MB\n第1页 / 共30页\n各位代表：现在报告工作。\n一、回顾\n回顾。\n');
    expect(doc.title).toBe('某县2024年政府工作报告');
    expect(doc.meta).toEqual([]);
    expect(doc.preamble).toBe('各位代表：现在报告工作。');
    expect(read('市政府2024年度施政報告[某市長](書面報告Pdf檔/2048KB)\n議長、各位議員：\n一、前言\n謹此報告。\n').title).toBe('市政府2024年度施政報告');
    expect(read('某区2024年工作总结-8篇(第3/8页)\n一、成效\n明显。\n').title).toBe('某区2024年工作总结');
    expect(read('✨某县2025年工作计划🚀\n一、目标\n增长。\n').title).toBe('某县2025年工作计划');
    // A site's help on the browser, in sentences, above the title.
    const help = read(
      '您的浏览器不支持JavaScript功能，请开启。\n请利用键盘按住Ctrl + P开启打印功能。\n某部第12次部务会议纪要\n日期:114-01-02\n一、会议听取汇报。\n',
    );
    expect(help.title).toBe('某部第12次部务会议纪要');
    expect(help.meta).toEqual(['日期=114-01-02']);
  });
});

describe('the metadata', () => {
  it('takes a bulleted value from the next line, and no key whose value the page left empty', () => {
    const a = read(
      '• 索引号:\n\n  000-2025-01\n• 主题分类:\n\n• 发文机构:\n\n  县政府办公室\n• 内容概述:\n\n某县关于加强安全生产的实施意见\n一、总体要求\n落实。\n二、保障措施\n加强。\n',
    );
    expect(a.meta).toEqual(['索引号=000-2025-01', '发文机构=县政府办公室']);
    expect(a.title).toBe('某县关于加强安全生产的实施意见');
    const b = read('某区报告\n作者:  发布机构:  浏览量:\n一、成效\n完成。\n');
    expect(b.meta).toEqual([]);
    expect(b.parts).toEqual(['成效']);
  });

  it('reads pipe-table rows with several pairs and empty cells', () => {
    const a = read(
      '| 索 引 号: | 1133-2025-7 | 发文日期: | 2025-02-01 |\n| 文　号: | | 有 效 性: | |\n某市关于优化营商环境的若干措施\n一、总则\n为优化。\n二、附则\n施行。\n',
    );
    expect(a.meta).toEqual(['索引号=1133-2025-7', '发文日期=2025-02-01']);
    expect(a.title).toBe('某市关于优化营商环境的若干措施');
  });

  it('reads a news page foot: 责任编辑, 来源, 作者 lines and a (责编：…) after the last sentence', () => {
    expect(read('某县召开安全生产会议\n会议要求压实责任。\n责任编辑：李某\n来源：某县融媒体中心\n作者：张某\n').meta).toEqual([
      '责任编辑=李某',
      '来源=某县融媒体中心',
      '作者=张某',
    ]);
    const b = read('某县召开安全生产会议\n会议要求压实责任。\n会议强调抓好落实。(责编：王某)1121221\n');
    expect(b.meta).toEqual(['责编=王某']);
    expect(b.preamble).toBe('会议要求压实责任。\n会议强调抓好落实。');
  });

  it('splits several pairs on one line, and invents nothing from a clock, a column name, a headline or an empty label', () => {
    const a = read(
      '今天是2025年3月12日 星期三\n某市住建局2024年工作总结\n发布日期：2025-03-12　来源：市住建局　浏览次数：1024\n一、成效\n完成。\n二、问题\n不足。\n',
    );
    expect(a.meta).toEqual(['发布日期=2025-03-12', '来源=市住建局', '浏览次数=1024']);
    const b = read('某区法治政府建设年度报告\n时间：2025-03-01 10:20:30 公文范文 来源：网友投稿 阅读 次\n一、成效\n完成。\n');
    expect(b.meta).toEqual(['时间=2025-03-01 10:20:30', '来源=网友投稿']);
    const c = read('港府新聞：全力推動經濟發展\n2025-01-02 10:00 | 稿件來源:某某社\n特區政府今日表示將全力推動經濟發展。\n');
    expect(c.title).toBe('港府新聞：全力推動經濟發展');
    expect(c.meta).toEqual(['日期=2025-01-02 10:00', '稿件來源=某某社']);
    expect(read('某文\n时间:2019-05-14 10:45:55下载本文作者:会员上传\n正文。\n').meta).toEqual(['时间=2019-05-14 10:45:55', '作者=会员上传']);
    // The addressee of a notice is no key.
    expect(read('某县通知\n各单位：\n冬季是关键时期。\n').preamble).toBe('各单位：\n冬季是关键时期。');
  });

  it('on any line of pairs with empty labels among them: every pair found, no empty one invented', () => {
    const key = fc.constantFrom('发布日期', '来源', '作者', '浏览次数', '发布机构', '责任编辑');
    const empty = fc.constantFrom('浏览量:', '作者:', '内容概述:', '点击率：', '关键词：');
    const value = fc.stringMatching(/^[一-龥]{2,6}$/);
    const sep = fc.constantFrom(' ', '　', '  ', '\t');
    fc.assert(
      fc.property(
        // A date key takes a date (round 13: 时间: 小龙 工作报告 holds no time and is no pair), a counter a count (round 16:
        // 访问量: 收藏.png is an icon's, no pair).
        fc.uniqueArray(
          fc
            .tuple(key, value, fc.integer({ min: 1, max: 12 }))
            .map(([k, v, n]) => [k, k.endsWith('日期') ? `2025年${n}月${v.length}日` : k === '浏览次数' ? `${n * 37}` : v] as const),
          { minLength: 1, maxLength: 4, selector: ([k]) => k },
        ),
        fc.array(empty, { maxLength: 2 }),
        sep,
        (pairs, blanks, s) => {
          const cellsOf = [...pairs.map(([k, v]) => `${k}：${v}`), ...blanks.filter((b) => !pairs.some(([k]) => b.startsWith(k)))];
          const doc = parse(`某局工作总结\n${cellsOf.join(s)}\n一、成效\n完成。\n`);
          expect(doc.meta.map((m) => `${m.key}=${m.value}`)).toEqual(pairs.map(([k, v]) => `${k}=${v}`));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('show', () => {
  it('keeps the mark that ends a point written as one sentence, and a heading line gets none', async () => {
    const { documentParagraphs } = await import('../../src/document/text-views.js');
    const doc = parse(
      '某区2024年工作总结\n一、主要成效\n1.完成改造小区45个，惠及居民1.2万户。\n2.新建公园3个。绿化面积增加。\n二、问题\n一是意识不强；二是能力不足。\n',
    );
    expect(documentParagraphs(doc, 'original')).toEqual([
      '某区2024年工作总结',
      '一、主要成效',
      '1.完成改造小区45个，惠及居民1.2万户。',
      '2.新建公园3个。',
      '绿化面积增加。',
      '二、问题',
      '一是意识不强；',
      '二是能力不足。',
    ]);
  });
});

describe("a copy site's stamp inside a heading", () => {
  it.each([
    ['【本文来自某某文库】', 'no address'],
    ['【本文来源于www.wenku8.com】', 'an address'],
    ['(来源：第一范文网)', 'round brackets'],
  ])('%s (%s) goes, and the heading keeps its words and the points after it', (stamp) => {
    const doc = parse(
      `某县2024年法治政府建设报告\n一、推进法治${stamp}建设\n（一）健全制度。制定目录。\n（二）严格执法。开展评查。\n二、存在问题\n一是意识不强。\n`,
    );
    expect(doc.nodes.map((n) => n.marker + n.title)).toEqual(['一、推进法治建设', '二、存在问题']);
    expect(doc.nodes[0]!.children.map((n) => n.title)).toEqual(['健全制度', '严格执法']);
    expect(doc.masked).not.toContain(stamp);
  });

  it('a source the report cites in brackets stays (（资金来源于省级财政）, （详见市政府网站）)', () => {
    const doc = parse('某县报告\n一、资金保障\n本年投入5亿元（资金来源于省级财政），（详见市政府网站）。\n');
    expect(doc.nodes[0]!.body).toBe('本年投入5亿元（资金来源于省级财政），（详见市政府网站）。');
  });
});

// Issue 26, second round: each class on a made-up page of its shape (the real page it came from is named).
describe('the classes of the second round of real pages', () => {
  it('splits pairs glued to each other, and skips the name a line of pairs starts with', () => {
    // 43, 46: 來源:澎湃新聞發布時間:…, 浏览次数:信息来源: 区司法局发布时间:…
    expect(read('某某报告\n来源:某报发布时间:2019-10-09 16:28\n\n正文。\n').meta).toEqual(['来源=某报', '发布时间=2019-10-09 16:28']);
    expect(read('某某报告\n浏览次数:信息来源: 区司法局发布时间:2025-11-07 16:34\n\n正文。\n').meta).toEqual(['信息来源=区司法局', '发布时间=2025-11-07 16:34']);
    // 30, 49, 52: a site and its address, a column's name, an office before the pairs.
    expect(read('某某报告\n某某网站 www.example.com   2007年03月18日   来源:新华社\n\n正文。\n').meta).toEqual(['日期=2007年03月18日', '来源=新华社']);
    expect(read('某某报告\n时事脉搏 | 2023-04-17 15:42\n\n正文。\n').meta).toEqual(['日期=2023-04-17 15:42']);
    // A key of its own is never cut: 文章来源 stays whole.
    expect(read('某某报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n\n正文。\n').meta).toEqual(['文章来源=司法局', '更新时间=2021/03/29 11:30:01']);
  });

  it('reads the dates pages print: 新华网, the Republic of China, a weekday, a byline', () => {
    expect(read('某某报告\n2024 04/22 16:19:48\n来源:新华网\n\n正文。\n').meta).toEqual(['日期=2024 04/22 16:19:48', '来源=新华网']);
    expect(read('總統府新聞\n114年01月13日\n總統接見某某楷模\n總統今日接見。\n').meta).toEqual(['日期=114年01月13日']);
    expect(read('某某发布会\n正文一句。\n2022年12月20日(星期二)\n香港時間10時30分\n即日新聞\n').meta).toEqual(['日期=2022年12月20日(星期二)']);
    expect(read('某某研究\n2015-03-06 05:59马思远\n关键词:乡镇\n\n正文。\n').meta).toEqual(['日期=2015-03-06 05:59', '关键词=乡镇']);
    // A site's clock (a date, then its weekday or time) is no date of the report.
    expect(read('2024/05/15\nWednesday\n19:41\n某县长宣誓就职\n记者李某/南投报导\n正文一句。\n').meta).toEqual([]);
  });

  it('takes the title out of what mirrors and copy sites put round it', () => {
    // 30, 42: a spam line of phrases joined by underscores; 18: 分享到: glued to the title.
    expect(read('久久精品某某_日韩精品某某_某某在线视频_某某视频一区\n某某工作报告\n正文一句。\n').title).toBe('某某工作报告');
    expect(read('某某封面綠色 代表政策延續性分享到:\n![]() 正文一句。\n').title).toBe('某某封面綠色 代表政策延續性');
    // 55, 46, 79: a tag or an author before it; 70: book-title marks round it; 76: a site's year tag.
    expect(read('[某某标签]县长在全县经济工作会议上的讲话\n同志们:\n正文。\n').title).toBe('县长在全县经济工作会议上的讲话');
    expect(read('张某 | 政策执行中的某某现象分析\n点击:  作者:张某\n\n正文。\n').title).toBe('政策执行中的某某现象分析');
    expect(read('《某市人民政府办公厅关于印发〈某某要点〉的通知》\n某政办发〔2016〕26号\n正文。\n').title).toBe('某市人民政府办公厅关于印发〈某某要点〉的通知');
    expect(read('2022年某县国民经济和社会发展统计公报 2022\n正文一句。\n').title).toBe('2022年某县国民经济和社会发展统计公报');
    // 78: a part number over the document's own title line.
    expect(read('区长某某发言提纲(二)\n- 1、下载文档前请自行甄别文档内容的完整性。\n区长某某发言提纲\n正文一句。\n').title).toBe('区长某某发言提纲');
    // 61: a column's name over the date and the title, a second headline under it.
    expect(read('新聞與活動\n總統府新聞\n114年01月13日\n總統接見某某楷模 盼共同努力\n總統接見「某某獎」得獎人\n正文一句。\n').title).toBe(
      '總統接見某某楷模 盼共同努力',
    );
  });

  it('finds the title in what a PDF text layer did to it', () => {
    // 82: broken at every change of script; 69: a paragraph wrapped mid-bracket right under the title.
    expect(read('XX\n镇\n2023\n年政府工作报告\n各位代表:\n现在报告工作。\n').title).toBe('XX镇2023年政府工作报告');
    const a = read('某某年度工作报告范文\n本报告是根据《某某条例》\n(以下简称《条例》\n)要求编制。\n一、概述\n正文。\n');
    expect(a.title).toBe('某某年度工作报告范文');
    expect(a.preamble.startsWith('本报告是根据《某某条例》')).toBe(true);
    // A paragraph whose first line is cut mid-bracket right under the title keeps its title.
    expect(read('某县年度工作报告\n本报告根据《条例》(以下简称\n《条例》)要求编制。\n一、概述\n正文。\n').title).toBe('某县年度工作报告');
    // A short name ending in 公告 is a notice's title, not a column's name.
    expect(read('关于征地的公告\n2024-01-01\n正文一句。\n').title).toBe('关于征地的公告');
    // 65, 56: 编者按: after a run-on title; a document site's 文章标题: label.
    expect(read('县长在经济工作会议上的讲话编者按:本文从几个方面阐述。同志们:今天开会。\n').title).toBe('县长在经济工作会议上的讲话');
    expect(read('县长讲话 文章标题:县长在 20xx 年经济工作会议上的讲话 同志们: 今天开会。\n').title).toBe('县长在 20xx 年经济工作会议上的讲话');
  });

  it('handles the third round: bar-joined spam, HTML residue, a date after a pair, a related list, a speaker line', () => {
    // 85: spam joined by bars and commas; 来源:政府辦   2023-01-10 (the date on the same line has no key).
    const a = read('精品国产某某一区|国产某某在线|某某视频免费观看|某某影院,日韩某某一区,某某二区\n某县信息公开指南\n来源:政府办   2023-01-10\n\n正文一句。\n');
    expect(a.title).toBe('某县信息公开指南');
    expect(a.meta).toEqual(['来源=政府办', '日期=2023-01-10']);
    // 86: tags a scraper left as text.
    expect(read('<ol id="x"></ol>\n    1. <dd id="x"><track id="x"></track></dd>\n某县信息公开指南\n正文一句。\n').title).toBe('某县信息公开指南');
    // 88: the source above a list of other articles at the foot.
    expect(read('某某新闻标题\n正文一句。\n来源:某某新闻网\n相关推荐\n-\n另一篇新闻的标题\n').meta).toEqual(['来源=某某新闻网']);
    // 91: a headline over the metadata, then the report's name and its speaker on one line.
    expect(read('立足更高定位 推动事业高质量发展\n来源:市城管局\n2022年城市管理工作报告市城管局局长  杜  宇\n同志们:\n正文。\n').title).toBe(
      '立足更高定位 推动事业高质量发展',
    );
  });
});
