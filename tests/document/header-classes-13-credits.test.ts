// Round 13, theme C: a news page's credit block (credits.ts) — 来源, 作者, 记者, 通讯员, 编辑, 责任编辑, 审核, 校对,
// 摄影, 发布时间, a date with no key — is metadata wherever the page prints it. Each class is tested on the real
// pages it was found on (held to their gold in real-pages.test.ts; named here), on made-up pages in other words,
// places and scripts (these and more in page-variants.json, batch 26), and on look-alikes it must leave alone.
import { describe, expect, it } from 'vitest';
import { COMMENT_HEADING, creditLine, creditTail, editorLine, gluedCredits, isFootFurniture } from '../../src/document/credits.js';
import { metaPairs } from '../../src/document/meta.js';
import { sourceDate } from '../../src/document/meta-dates.js';
import { parse } from '../../src/document/parse.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });
const BODY = '  3月5日，全县召开重点项目建设推进会，会议总结了去年工作，部署了今年任务。\n\n  会议要求，各级各部门要压实责任，确保各项工作落到实处。\n';

describe('a line of credits under the headline is metadata (1120, 716)', () => {
  it.each([
    [
      'a date with a trailing slash, 来源, 记者 with no colon (as 1120)',
      ' 2023/05/08/ 09:12 来源:新湖南 记者 李明',
      ['日期=2023/05/08/ 09:12', '来源=新湖南', '记者=李明'],
    ],
    [
      'a date in brackets, 来源, a print link (as 716)',
      '(2024/12/26 18:40:05)  来源:某县融媒体中心  打印本页',
      ['日期=2024/12/26 18:40:05', '来源=某县融媒体中心'],
    ],
    ['Traditional, full-width colons and spaces', '2024-03-02 10:15　來源：中央社　記者 陳小明', ['日期=2024-03-02 10:15', '來源=中央社', '記者=陳小明']],
    [
      '通讯员 and 编辑 with no colon',
      '2025-01-15 16:20 来源:黔东南日报 通讯员 杨帆 编辑 刘洋',
      ['日期=2025-01-15 16:20', '来源=黔东南日报', '编辑=刘洋', '通讯员=杨帆'],
    ],
    [
      'a counter among them, keyed and not',
      '2021-03-02 10:00 来源：某某日报 记者 王某 点击 (1024) 浏览次数：12 次',
      ['日期=2021-03-02 10:00', '来源=某某日报', '记者=王某', '点击=1024', '浏览次数=12 次'],
    ],
    ['several reporters after 记者, 作者 keyed', '来源：江西日报 作者：王芳 记者 张三 李四', ['作者=王芳', '来源=江西日报', '记者=张三 李四']],
  ])('%s', (_name, line, meta) => {
    expect(read(`某市召开全市经济工作会议\n${line}\n${BODY}`)).toEqual({ title: '某市召开全市经济工作会议', meta: [...meta].sort() });
  });

  it('reads the line alone: pairs only when every piece is a credit, a date or a toolbar word', () => {
    expect(creditLine('来源:新甘肃 记者 张文博')).toEqual([
      { key: '来源', value: '新甘肃' },
      { key: '记者', value: '张文博' },
    ]);
    expect(creditLine('来源:聞雷人才網(wǎng)')).toEqual([{ key: '来源', value: '聞雷人才網(wǎng)' }]); // a bracket inside a name stays
    // Round 16: a reporter's names alone are a credit, as a byline on its own line is (ownLineBylines gave parse() this pair
    // already under a headline); another role's, or one in brackets closing a text, still needs a keyed credit beside it.
    expect(creditLine('记者 张文博')).toEqual([{ key: '记者', value: '张文博' }]);
    expect(creditLine('摄影 张文博')).toBeNull();
    expect(creditLine('（记者 张文博）')).toBeNull();
    expect(creditLine('2024-01-05 记者 王某')).toBeNull();
    expect(creditLine('记者 张三 摄')).toBeNull(); // a photo's credit
    expect(creditLine('来源：某报 记者 张三 报道')).toBeNull(); // a byline's verb after the names
    expect(creditLine('来源：国家统计局，数据为初步核算数')).toBeNull(); // a sentence
    expect(creditLine('来源：市统计局 全年完成 投资')).toBeNull(); // words after a source's name
  });

  it.each([
    [
      'a headline about reporters, a first sentence with a date and 记者',
      '全市新闻工作者庆祝第24个中国记者节\n\n2023年11月8日，记者从市委宣传部获悉，全市新闻工作者以多种形式庆祝记者节。\n',
    ],
    [
      '本报讯 with reporters in brackets opens the text',
      '区人大常委会开展专题询问\n\n本报讯（记者 王小红 通讯员 李刚）6月20日，区人大常委会召开会议，开展专题询问。\n',
    ],
  ])('look-alike, no pair: %s', (_name, text) => {
    expect(read(text).meta).toEqual([]);
  });

  it('a byline alone under the headline is a pair (held-out-12 and -13 ruled so: 1425, 1521)', () => {
    const text = '区人大常委会开展专题询问\n记者 王小红\n\n6月20日，区人大常委会召开会议，就全区养老服务工作开展专题询问。\n';
    expect(read(text).meta).toEqual(['记者=王小红']);
  });
});

describe('credits glued after the headline on its line (705)', () => {
  it.each([
    [
      '发布时间 after a plan (as 705)',
      '某市国民经济和社会发展第十五个五年规划纲要 发布时间:2026-02-01 09:00',
      '某市国民经济和社会发展第十五个五年规划纲要',
      ['发布时间=2026-02-01 09:00'],
    ],
    ['Traditional 發佈時間, full-width colon', '臺中市政府115年度施政計畫 發佈時間：2026-01-05', '臺中市政府115年度施政計畫', ['發佈時間=2026-01-05']],
    [
      '来源 and a date after two spaces',
      '某县召开经济工作会议  来源：某县融媒体中心 2024-12-20',
      '某县召开经济工作会议',
      ['日期=2024-12-20', '来源=某县融媒体中心'],
    ],
    // Read as on a line of their own: each role apart, a bracketed stamp its date (round 13 B's pairs of known keys ran them together).
    [
      'a reporter with no colon after 来源',
      '某县召开经济工作会议 来源：某县融媒体中心 记者 张三',
      '某县召开经济工作会议',
      ['来源=某县融媒体中心', '记者=张三'],
    ],
    [
      'a date set apart before 来源',
      '某县召开经济工作会议 2024-12-20 10:00 来源：某县融媒体中心',
      '某县召开经济工作会议',
      ['日期=2024-12-20 10:00', '来源=某县融媒体中心'],
    ],
    ['作者 and a bracketed stamp', '某县召开经济工作会议 作者：张三 (2024/12/20 22:12:40)', '某县召开经济工作会议', ['作者=张三', '日期=2024/12/20 22:12:40']],
  ])('%s', (_name, line, title, meta) => {
    expect(read(`${line}\n\n${BODY}`)).toEqual({ title, meta: [...meta].sort() });
  });

  it('needs a headline before them: a date or pairs before the credits are no headline', () => {
    expect(creditTail('2024-12-26 来源:某县融媒体中心')).toBeNull();
    expect(creditTail('(2024/12/26 18:40:05)  来源:某县融媒体中心  作者:王芳')).toBeNull();
    expect(creditTail('某县召开经济工作会议 来源：某县融媒体中心')).toEqual({ at: 10, pairs: [{ key: '来源', value: '某县融媒体中心' }] });
  });

  it.each([
    ['a notice naming 时间', '关于调整夏季作息时间的通知\n\n各科室：\n  根据工作需要，自5月1日起调整夏季作息时间。\n', '关于调整夏季作息时间的通知'],
    ['a headline with a colon in it', '市长：以更实举措推进民生实事 来源于群众\n\n  3月5日，市长接受专访。\n', '市长：以更实举措推进民生实事 来源于群众'],
  ])('look-alike, title whole and no pair: %s', (_name, text, title) => {
    expect(read(text)).toEqual({ title, meta: [] });
  });
});

describe('an editor on a line of their own inside the text (1119)', () => {
  it.each([
    [
      'Traditional 責任編輯 between a summary and the text (as 1119)',
      '代表履職，貴在日常\n如果群眾不滿意，工作就要從頭再來。\n責任編輯:黃小明\n我在社區工作了十幾年，更加覺得擔子重了。\n',
      ['責任編輯=黃小明'],
    ],
    [
      'its key alone over the name, as a page set them in cells (1119 with its value on the next line)',
      '代表履職，貴在日常\n如果群眾不滿意，工作就要從頭再來。\n責任編輯:\n黃小明\n我在社區工作了十幾年，更加覺得擔子重了。\n',
      ['責任編輯=黃小明'],
    ],
    [
      '编辑 and 审核 on one line',
      '某县举办农民丰收节\n  9月23日，某县第六届农民丰收节开幕。\n编辑：李华 审核：王强\n  活动现场，各乡镇展示了特色农产品。\n',
      ['审核=王强', '编辑=李华'],
    ],
    [
      '校对 and 监制, half-width colons',
      '全区召开优化营商环境大会\n  2月18日，全区优化营商环境大会召开。\n校对:赵某 监制:钱某某\n  会议通报了去年营商环境评价情况。\n',
      ['校对=赵某', '监制=钱某某'],
    ],
  ])('%s', (_name, text, meta) => {
    expect(read(text).meta).toEqual([...meta].sort());
  });

  it.each([
    [
      '来源 and 作者 under a summary',
      '人大代表，其实不是花瓶\n如果群众不满意，工作就要从头再来。\n来源：南方周末 作者：张三\n我在社区工作了十几年，更加觉得担子重了。\n',
      ['作者=张三', '来源=南方周末'],
    ],
    [
      'Traditional 來源 under the first paragraph',
      '某縣舉辦農民豐收節\n  9月23日，某縣農民豐收節開幕。\n來源：縣農業農村局\n  活動現場，各鄉鎮展示了特色農產品。\n',
      ['來源=縣農業農村局'],
    ],
  ])('among the text’s first lines, any credits but a date: %s', (_name, text, meta) => {
    expect(read(text).meta).toEqual([...meta].sort());
  });

  it("look-alike: a notice's meeting time among its first lines is no pair", () => {
    expect(read('关于召开全县安全生产工作会议的通知\n各乡镇：\n时间：2024年1月5日上午9:00\n地点：县政府三楼会议室\n').meta).toEqual([]);
  });

  it('only the editing desk: a source or a reporter alone deeper inside a text is not read there', () => {
    expect(editorLine('责任编辑：王某 审核：李某')).not.toBeNull();
    expect(editorLine('来源：国家统计局')).toBeNull(); // under a table: the table's source
    expect(editorLine('作者：王某')).toBeNull();
  });

  it.each([
    [
      'a heading about editing and an office named in a report',
      '某出版社2023年工作总结\n一、编辑出版工作\n  全年出版图书120种。\n编辑部：全年审读书稿3000万字。\n二、发行工作\n  全年发行图书50万册。\n',
    ],
    ['a sentence naming the editor', '某县举办农民丰收节\n  9月23日，某县农民丰收节开幕。\n编辑：李华同志介绍了活动情况，审核工作由县农业农村局负责。\n'],
  ])('look-alike, no pair: %s', (_name, text) => {
    expect(read(text).meta).toEqual([]);
  });
});

describe("credits at the foot above the site's comment, share and copyright lines (1111)", () => {
  it.each([
    ['来源 and 编辑 over a comment heading (as 1111)', '来源:西湖发布\n编辑:陈晓\n网友评论\n', ['来源=西湖发布', '编辑=陈晓']],
    ['责任编辑 and 审核 over a comment prompt and a list heading', '责任编辑：王某某　审核：李某\n【我要评论】\n热门推荐\n', ['审核=李某', '责任编辑=王某某']],
    ['(责任编辑：…) and 校对 over a login prompt', '（责任编辑：刘某）\n校对：赵某\n登录后发表评论\n', ['校对=赵某', '责任编辑=刘某']],
    [
      'Traditional, over a login prompt and a copyright statement',
      '來源：聯合新聞網\n編輯：林小華\n登錄后獲取更多權限\n歡迎分享、點贊與留言。本作品的版權為某報所有，未經授權，不得轉載。\n',
      ['來源=聯合新聞網', '編輯=林小華'],
    ],
  ])('%s', (_name, foot, meta) => {
    expect(read(`  今天上午，区政协九届四次会议开幕。\n  会议听取了区政协常委会工作报告。\n${foot}`).meta).toEqual([...meta].sort());
  });

  it.each([
    ['a news source in brackets ending in 网, over a comment heading', '(来源：新华网)\n网友评论\n', ['来源=新华网']],
    ['本文来源 and 作者 in one bracket', '（本文来源：经济日报　作者：张三）\n', ['作者=张三', '本文来源=经济日报']],
    ['Traditional, over a more-news link', '來源：中央社\n編輯：王小明\n更多新聞\n', ['來源=中央社', '編輯=王小明']],
    ["look-alike: a copy site's stamp in brackets is no source", '(来源：第一范文网)\n', []],
    [
      "over a comment box with readers' comments under its heading",
      '来源：新华社\n编辑：张三\n热门评论\n网友A：说得好。\n网友B：支持！加油。\n',
      ['来源=新华社', '编辑=张三'],
    ],
    [
      'each key over its value, over a comment box (1111 with its values on the next lines)',
      '来源：\n新华社\n编辑：\n张三\n热门评论\n网友A：说得好。\n',
      ['来源=新华社', '编辑=张三'],
    ],
    ['Traditional, a counted comment heading', '來源：中央社\n編輯：王小明\n網友評論(12)\n網友A：說得好。\n', ['來源=中央社', '編輯=王小明']],
    ["look-alike: a paper's (本报记者 …) at the end of the text", '（本报记者 廖睿灵）\n', []],
  ])('%s', (_name, foot, meta) => {
    expect(read(`  今天上午，区政协九届四次会议开幕。\n  会议听取了区政协常委会工作报告。\n${foot}`).meta).toEqual([...meta].sort());
  });

  it("keeps a comment box with no credits above it as the page's text", () => {
    const doc = parse('某市召开全市经济工作会议\n  会议听取了报告。\n网友评论\n网友A：说得好。\n');
    expect(doc.meta).toEqual([]);
    expect(doc.masked).toContain('网友A：说得好。');
  });

  it('tells the site lines', () => {
    expect(isFootFurniture('热门评论')).toBe(true);
    expect(isFootFurniture('评论 0人参与,0条评论')).toBe(true);
    expect(isFootFurniture('本作品的版權為某報所有，未經授權，不得轉載。')).toBe(true);
    expect(isFootFurniture('市长信箱留言办理情况良好，群众满意。')).toBe(false);
  });

  it.each([
    ['the last sentence names an editorial office', '  今年以来，我们持续改进新闻报道工作。\n  编辑部全体同志向广大读者致以新春的祝福。\n热门评论\n'],
    ['a report ends on a short line about messages, no credits above', '  全年办理市长信箱来信1200件。\n市长信箱留言办理\n分享到微信\n'],
  ])('look-alike, no pair and the text kept: %s', (_name, text) => {
    const doc = parse(text);
    expect(doc.meta).toEqual([]);
    expect(doc.masked).toContain(text.split('\n')[1]!.trim());
  });
});

describe("credits in brackets that close the text's last line", () => {
  const TEXT = '某市召开全市经济工作会议\n  3月5日，全市召开经济工作会议。\n';
  it.each([
    ['a source after the last sentence', '  会议要求，各级各部门要压实责任，取得新成效。（来源：湖南日报）\n', ['来源=湖南日报']],
    [
      '作者 and 编辑 in 【】, a comment heading under them',
      '  会议要求，各级各部门要压实责任。【作者：张三 编辑：李四】\n网友评论\n',
      ['作者=张三', '编辑=李四'],
    ],
    ['Traditional, half-width brackets', '  議員關心治水與交通建設。(來源:中央社)\n', ['來源=中央社']],
  ])('%s', (_name, last, meta) => {
    const doc = parse(TEXT + last);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`).sort()).toEqual([...meta].sort());
    expect(doc.masked).not.toMatch(/来源|來源|作者/);
  });
  it.each([
    ["a figure's source inside a sentence", '  全市生产总值增长5%（来源：国家统计局）。\n'],
    ['a source after a sentence that is not the last', '  全市生产总值增长5%。（来源：国家统计局）\n  会议要求，各级各部门要压实责任。\n'],
    ["a paper's reporters, no colon", '  会议要求，各级各部门要压实责任。（记者 张三 通讯员 李四）\n'],
  ])('look-alike, text kept and no pair: %s', (_name, last) => {
    const doc = parse(TEXT + last);
    expect(doc.meta).toEqual([]);
    expect(doc.masked).toContain(last.trim().split('\n')[0]!);
  });
});

describe("a document site's line of its name, the date and its column (923)", () => {
  it.each([
    ['a date and time (as 923)', '公文网 2023-02-14 08:30:12 工作报告', '日期=2023-02-14 08:30:12'],
    ['a Chinese date', '范文大全 2022年05月06日 09:10 法治建设', '日期=2022年05月06日 09:10'],
  ])('%s', (_name, line, pair) => {
    expect(read(`2020年某县人民政府工作报告\n${line}\n\n各位代表：\n  现在，我代表县人民政府向大会报告工作。\n`)).toEqual({
      title: '2020年某县人民政府工作报告',
      meta: [pair],
    });
  });
  it('needs a name, a date and a column only', () => {
    expect(sourceDate('公文搜 2021-07-27 17:29:52 政府报告')).toBe('2021-07-27 17:29:52'); // one rule with round 13 D's (meta-dates.ts)
    expect(sourceDate('公文搜 2021-07-27 17:29:52 政府报告 下载')).toBeNull();
    expect(sourceDate('2021-07-27 17:29:52 政府报告')).toBeNull();
  });
});

describe("a time's key holds a date (708)", () => {
  it.each([
    ['an author and a column after 时间 (as 708)', '时间: 小龙 工作报告', []],
    ['Traditional 時間 with a name', '時間：小編 工作總結', []],
    ['a date in Chinese numerals stays', '时间：二〇二四年一月', ['时间=二〇二四年一月']],
    ['an undated 时间 beside a dated 来源 line', '来源：某县政府办 时间：暂无', ['来源=某县政府办']],
    ['a count, not a date, once the counter is split off', '时间：小龙 阅读 12次', ['阅读=12次']],
  ])('%s', (_name, line, meta) => {
    expect(read(`某县2023年政府工作报告\n${line}\n\n各位代表：\n  现在，我代表县人民政府向大会报告工作。\n`)).toEqual({
      title: '某县2023年政府工作报告',
      meta,
    });
  });
  it('keeps a key still waiting for its value', () => {
    expect(metaPairs('发布时间：', () => false)).toEqual({ pairs: [{ key: '发布时间', value: '' }], pending: true });
  });
});

describe('the credit patterns stay linear on hostile input', () => {
  const S = ' '.repeat(200_000);
  it('each on a line of 200 000 characters', () => {
    const t0 = performance.now();
    expect(COMMENT_HEADING.test(`评论${S}x`)).toBe(false);
    expect(COMMENT_HEADING.test(`【网友评论（12）${S}】`)).toBe(true);
    expect(creditLine(`来源:${S}新湖南`)).toBeNull();
    expect(creditTail(`某县召开经济工作会议${S}来源：某县融媒体中心`)).toBeNull(); // a headline that far off is none
    expect(creditTail(`${'某县 来源：'.repeat(40_000)}x`)).toBeNull(); // a key twice is no block, nor a run of them a headline
    expect(creditTail(`某县召开会议${' 2024-12-20'.repeat(20_000)} 来源：某报`)).toBeNull(); // a run of dates before them: no headline, one looked at
    expect(sourceDate(`公文网 2023-02-14${S}工作报告`)).toBeNull();
    expect(isFootFurniture(`版权${S}所有`)).toBe(false);
    expect(gluedCredits(`。（${S}来源：某报）`)).toBeNull();
    expect(gluedCredits(`${'。（'.repeat(100_000)}来源：某报）`)).toEqual({ at: 199_999, pairs: [{ key: '来源', value: '某报' }] });
    expect(performance.now() - t0).toBeLessThan(5000);
  });
  it('in a whole page, at its head, in its text and at its foot', () => {
    const t0 = performance.now();
    parse(`某县召开经济工作会议\n2024-01-05${S}来源:某报${S}记者 张三\n${BODY}责任编辑:${S}王某\n${'评论 '.repeat(50_000)}\n`);
    parse(`${'编辑：王某 '.repeat(34_000)}\n${BODY}${'来源:某报\n热门评论\n'.repeat(10_000)}`);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
