// Round 9 of issue 26's real pages: held-out-4's title misses (pages 301–331, handed over for tuning) as
// classes of what a title is not, each on made-up pages of other shapes than the real one (the real page
// is in real-pages.test.ts, held to its gold; its number is named here), with a page of the same look that
// the rule must leave alone. And each new pattern on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { accountedText, hostileBudget } from '../helpers.js';

const read = (text: string) => {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source); // nothing of the report lost, whatever the header took
  return { title: doc.title, meta: doc.meta.map((m) => `${m.key}=${m.value}`).sort(), preamble: doc.preamble, nodes: doc.nodes.length };
};

describe('the title, round 9: what a title is not', () => {
  it('is not a date alone, even with a list bullet before it, nor a site status word before the title', () => {
    // 302: 已失效 廣州市政府信息公開規(guī)定 ⏎ • 2002-11-06 ⏎ • 來源: …
    expect(read('当前位置：首页 > 政策文件\n已废止 某市行政执法公示办法\n  ● 2020-03-01\n  ● 来源：市司法局\n第一条 为规范执法，制定本办法。\n').title).toBe(
      '某市行政执法公示办法',
    );
    expect(read('现行有效 关于做好春季防火工作的通知\n2025-02-01\n各乡镇：\n现将有关事项通知如下。\n').title).toBe('关于做好春季防火工作的通知');
    // A title about a status keeps its words.
    expect(read('关于宣布失效一批规范性文件的决定\n2025-02-01\n经研究，决定宣布失效。\n').title).toBe('关于宣布失效一批规范性文件的决定');
  });

  it('loses a site’s slogan and web address glued before it, and a line with an address is a banner', () => {
    // 303 (a PDF text run into its body), here on a line of its own and with http://
    expect(read('某某范文网—免费公文下载http://www.fanwen.net某县2024年度安全生产工作总结\n2024年，我县扎实推进安全生产。\n').title).toBe(
      '某县2024年度安全生产工作总结',
    );
    expect(read('第一文库网www.wenku1.com某镇2023年工作计划2023年，我镇将重点做好以下工作。\n').title).toBe('某镇2023年工作计划');
    // 328: a banner with the address in its middle, over a text with no headline.
    const banner = read('某某文秘网/www.wmw.cc/专业公文写作 |\n3月5日上午，全国人大会议在北京开幕。\n代表们听取了政府工作报告。\n');
    expect(banner.title).toBeNull();
    expect(banner.preamble).toContain('3月5日上午');
    // A title that names an address and its genre is still a title.
    expect(read('关于做好中国政府网(www.gov.cn)内容保障工作的通知\n发布日期：2025-01-02\n各单位：\n现通知如下。\n').title).toBe(
      '关于做好中国政府网(www.gov.cn)内容保障工作的通知',
    );
  });

  it('loses a spam site’s name put where the place’s was (365bet(中国)官方网站 …, 188比分直播《…》)', () => {
    // 317 and 83
    expect(read('888娱乐平台 2023年某县政府信息公开工作年度报告\n根据《条例》规定，现公布本年度报告。\n').title).toBe('2023年某县政府信息公开工作年度报告');
    expect(read('99体育直播《某市2024年政府工作报告》解读\n发布时间：2024-02-01\n报告提出了今年的目标。\n').title).toBe('《某市2024年政府工作报告》解读');
    // Not a body's name that is the title's own subject, with no gap after it.
    expect(read('中国体育彩票2024年度公益金使用情况公告\n发布时间：2025-06-30\n现将使用情况公告如下。\n').title).toBe('中国体育彩票2024年度公益金使用情况公告');
  });

  it('is not a name alone (an author’s or a speaker’s), but a short heading over a meeting line still is', () => {
    // 311: the author's name first, then the text.
    const author = read('张明华\n政府是社会治理的主体。政府的结构与行为决定着一个地区公共治理的水平。\n');
    expect(author.title).toBeNull();
    expect(author.preamble).toContain('张明华');
    expect(read('歐陽志遠\n回歸以來，澳門社會各項事業取得進步。\n').title).toBeNull();
    expect(read('王 志 强\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n').title).toBeNull();
    // An author's name under a headline leaves the headline the title.
    expect(read('某县召开春耕生产推进会\n李华\n3月10日，某县召开春耕生产推进会。\n').title).toBe('某县召开春耕生产推进会');
    // 102's shape: a short heading with its colon over a meeting line.
    expect(read('院長提示:\n民國113年6月6日第3907次會議\n一、請各部會落實。\n').title).toBe('院長提示');
  });

  it('is not one of a strip of photo captions, nor a heading whose sibling headings follow', () => {
    // 315: captions of the same form, and one ending in 现场.
    expect(read('市长王某调研重点项目建设\n副市长李某调研重点项目建设\n项目建设现场\n3月5日，市领导深入一线调研项目建设。\n').title).toBeNull();
    // A feature's headline may end in a caption's word of another kind.
    expect(read('定格两会精彩瞬间\n2025-03-05\n代表委员们积极建言献策。\n').title).toBe('定格两会精彩瞬间');
    // 301: a stored copy that starts at a part heading, a sibling heading under it.
    const part = read('深化放管服改革\n我市全面推行权责清单制度，完成40个部门的审查。\n深化财税体制改革\n我市公开了市本级预算。\n');
    expect(part.title).toBeNull();
    expect(part.preamble).toContain('深化放管服改革');
    // A headline with no sibling is the title; one dated under it keeps it though a sibling follows (61).
    expect(read('某县召开经济工作会议\n12月20日，某县召开经济工作会议。\n').title).toBe('某县召开经济工作会议');
    expect(read('市长会见某某代表团\n2025-03-01\n市长会见某某代表团一行。\n市长会见某某商会\n同日，市长还会见了商会代表。\n').title).toBe('市长会见某某代表团');
  });

  it('is not a row of pairs with no colons (質詢日期 108-12-05 議案類別 定期會, 出席 张三、李四)', () => {
    // 323, here on a Simplified meeting record
    const record = read('跳到主要内容区块\n第五次常务会议纪要\n会议日期 2025-03-01 会议类别 常务会议\n出席 张三、李四、王五\n会议听取了有关工作汇报。\n');
    expect(record.title).toBe('第五次常务会议纪要');
    expect(read('某县召开专题会议 部署防汛工作\n2025-06-01\n会议强调，要压实责任。\n').title).toBe('某县召开专题会议 部署防汛工作');
  });

  it('is a title a document site printed twice or three times running into the text, after its piece number', () => {
    // 321
    const doc = read('1、某镇2024年工作总结某镇2024年工作总结某镇2024年工作总结2024年，我镇坚持稳中求进。一、主要工作\n完成了各项任务。\n');
    expect(doc.title).toBe('某镇2024年工作总结');
    expect(doc.nodes).toBe(1); // 一、 is the report's own part; the piece number 1、 is no part
    // The piece number before a title run into its salutation, said once.
    expect(read('1、某县县长在全县经济工作会议上的讲话同志们：今天召开全县经济工作会议。\n').title).toBe('某县县长在全县经济工作会议上的讲话');
    expect(read('某县2025年政务公开工作要点某县2025年政务公开工作要点为深入推进政务公开，制定本要点。\n').title).toBe('某县2025年政务公开工作要点');
    // Words said twice that name no genre are no title.
    expect(read('加油加油加油加油加油加油加油加油，大家一起努力。\n').title).toBeNull();
  });
});

describe('the title, round 9: tuned-6’s classes (pages 501–554)', () => {
  it('is not a part’s label alone (摘要), nor a writer’s or photographer’s credit (文/摄 东华)', () => {
    // 552 and 553
    expect(read('【摘要】\n1月20日下午，市领导参加代表团审议。\n').title).toBeNull();
    expect(read('目录\n一、总体情况\n二、主要工作\n').title).toBeNull();
    expect(read('摄影：王小明\n4月14日下午，区人大代表开展了联系社区活动。\n').title).toBeNull();
    expect(read('文/李明 图/张华\n近年来，各地持续深化改革。\n').title).toBeNull();
    // A headline that opens with 文 is no credit.
    expect(read('文化惠民工程全面推进\n2025-05-01\n今年以来，全市文化惠民工程全面推进。\n').title).toBe('文化惠民工程全面推进');
  });

  it('loses the 【】 round a whole title, a site’s name before a mark (■), and the space before a bracket', () => {
    // 554, 542, 501
    expect(read('【区人大常委会第十次会议】\n2025-06-01 来源：某区人大\n会议在区政府举行。\n').title).toBe('区人大常委会第十次会议');
    expect(read('某某日报■聚焦民生实事 回应群众关切\n本报讯 某市今年办好十件民生实事。\n').title).toBe('聚焦民生实事 回应群众关切');
    expect(read('关于某市 （某县）乡村振兴示范村名单的公示\n现将名单公示如下。\n').title).toBe('关于某市（某县）乡村振兴示范村名单的公示');
  });

  it('takes the pinyin a converter left out of a spaced title, and a long post before a speaker’s name is a speaker line', () => {
    // 525 and 532
    expect(read('工 作 報(bào) 告\n各位代表:\n現在我代表政府報告工作。\n').title).toBe('工作報(bào)告');
    expect(read('某省人民代表大会常务委员会秘书长 王某某\n各位代表：\n受委托，我向大会报告工作。\n').title).toBeNull();
  });

  it('is the full title over the same split as its issuer’s line and 关于…的通知, and a headline printed twice keeps its 。', () => {
    // 519 and 543
    expect(
      read(
        '某市人民政府关于印发《某市数据管理办法》的通知\n某市人民政府\n关于印发《某市数据管理办法》的通知\n某政发〔2024〕9号\n各区人民政府：\n现印发给你们。\n',
      ).title,
    ).toBe('某市人民政府关于印发《某市数据管理办法》的通知');
    const twice = read('某某娱乐城\n\n某市两会将于1月5日开幕。\n\n某市两会将于1月5日开幕。\n\n1月3日，某市召开新闻发布会。\n');
    expect(twice.title).toBe('某市两会将于1月5日开幕。');
    // A sentence said once is still text.
    expect(read('某市两会将于1月5日开幕。\n1月3日，某市召开新闻发布会。\n').title).toBeNull();
  });
});

describe('the title, round 9: a headline set as two lines (507, 517, 533)', () => {
  it('is both lines, a space between them, when the lower one is in phrases; a one-phrase deck stays apart', () => {
    expect(read('某某网 > 要闻\n全省经济工作会议在省城召开\n稳中求进 以进促稳 推动高质量发展\n2025-12-20 来源：某某日报\n会议指出，要稳中求进。\n').title).toBe(
      '全省经济工作会议在省城召开 稳中求进 以进促稳 推动高质量发展',
    );
    // A poster's lines with layout spaces in them: before a comma and before 在 they go.
    expect(
      read('2026-01-20 10:00\n1月20日 ,某省第十四届人民代表大会第五次会议 在省城开幕\n省长某某代表省人民政府 作政府工作报告\n\n会议听取了报告。\n').title,
    ).toBe('1月20日,某省第十四届人民代表大会第五次会议在省城开幕 省长某某代表省人民政府作政府工作报告');
    expect(read('某省出台十条措施稳就业\n重点支持高校毕业生等群体\n近日，某省出台措施。\n').title).toBe('某省出台十条措施稳就业');
    // Nor is a signature's office and date.
    expect(read('关于印发某县防汛应急预案的通知\n某县人民政府办公室 2025-06-01\n各乡镇：\n现印发给你们。\n').title).toBe('关于印发某县防汛应急预案的通知');
    expect(read('某县2024年政府工作报告\n某县人民政府 2025年1月5日\n各位代表：\n现在报告工作。\n').title).toBe('某县2024年政府工作报告');
    // A title naming its genre is whole: a line of phrases under it (a key and its value, a list of tasks) is the text's.
    expect(read('某县2025年工作要点\n主要目标 全县生产总值增长6%\n一、总体要求\n坚持稳中求进。\n').title).toBe('某县2025年工作要点');
    expect(read('某镇2024年工作总结\n重点任务 项目建设 招商引资\n2024年，我镇各项工作稳步推进。\n').title).toBe('某镇2024年工作总结');
    // A caption under a headline is no second line of it.
    expect(read('某县召开第十八届人民代表大会第五次会议\n大会现场 （张三 摄）\n1月5日，大会开幕。\n').title).toBe('某县召开第十八届人民代表大会第五次会议');
  });
});

describe('the title, round 9: a list before the title (504, 520)', () => {
  const menu = Array.from({ length: 8 }, (_, k) => `  ${k + 1}. 栏目${k + 1}`).join('\n');
  it('is found past a site’s menu of numbered links or a report’s outline, when something sets it apart', () => {
    const notice = read(`${menu}\n\n某市财政局关于做好2025年预算执行工作的通知\n发布日期：2025-03-01\n各区财政局：\n现将有关事项通知如下。\n`);
    expect(notice.title).toBe('某市财政局关于做好2025年预算执行工作的通知');
    expect(notice.preamble).not.toContain('栏目');
    const outline = '一、过去一年工作回顾\n二、今年工作安排\n（一）稳增长\n（二）促改革\n（三）惠民生\n三、加强政府自身建设\n';
    expect(
      read(`${outline}政 府 工 作 报 告\n——2025年1月5日在某县第十八届人民代表大会第四次会议上\n各位代表：\n现在，我代表县人民政府报告工作。\n`).title,
    ).toBe('政府工作报告');
    // An outline running into the meeting line has no title (505); a notice's own numbered points are its text.
    expect(read(`${outline}——2025年1月5日在某县第十八届人民代表大会第四次会议上\n各位代表：\n现在报告工作。\n`).title).toBeNull();
    const points = read(
      '1. 加强组织领导。\n2. 压实工作责任。\n3. 强化督促检查。\n4. 做好宣传引导。\n5. 加强经费保障。\n某县防汛工作方案\n发布日期：2025-06-01\n',
    );
    expect(points.title).toBeNull();
    expect(points.nodes).toBe(5);
  });

  it('looks at most 150 lines down for it', () => {
    const long = Array.from({ length: 200 }, (_, k) => `${k + 1}. 栏目`).join('\n');
    expect(read(`${long}\n某县关于做好防汛工作的通知\n发布日期：2025-06-01\n正文。\n`).title).toBeNull();
    const t0 = performance.now();
    expect(parse(`${'1. 栏目\n'.repeat(100_000)}某县工作报告\n各位代表：\n`).title).toBeNull();
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('the title, round 9: a copy site’s collection (515)', () => {
  it('is the document’s own title under 第一篇:<the page’s name>, unless it is that name again (38)', () => {
    const note = '时间:2020-01-01 10:00:00下载本文作者:会员上传\n简介:写写帮文库小编为你整理了多篇相关的《某镇安全生产-某镇政府》。\n';
    expect(read(`某镇安全生产-某镇政府\n\n${note}\n第一篇:某镇安全生产-某镇政府\n\n某镇2024年安全生产工作总结\n\n2024年，我镇坚持安全发展。\n`).title).toBe(
      '某镇2024年安全生产工作总结',
    );
    expect(
      read(`某县人民政府文件\n\n${note}\n第一篇:某县人民政府文件\n\n某县人民政府文件\n\n某县人民政府关于做好防汛工作的通知\n\n各乡镇：\n现通知如下。\n`).title,
    ).toBe('某县人民政府关于做好防汛工作的通知');
  });
});

describe('the title, round 9: what confirms it', () => {
  it('is the row whose words the text under it says again, over a slogan of the same length', () => {
    const text = '今年以来，某县全面推进乡村振兴工作，取得明显成效。\n';
    expect(read(`某县全面推进乡村振兴工作\n\n奋进新时代 建功新征程\n\n${text}`).title).toBe('某县全面推进乡村振兴工作');
    expect(read(`奋进新时代 建功新征程\n\n某县全面推进乡村振兴工作\n\n${text}`).title).toBe('某县全面推进乡村振兴工作');
  });
});

describe('the round-9 patterns on a line of 200 000 characters', () => {
  // Each was written so its work grows with the line, not its square; a quadratic one takes minutes here.
  it.each([
    ['a web address then a run of spaces', `www.a.com${' '.repeat(200_000)}某县政府工作报告\n正文。\n`, '某县政府工作报告'],
    ['a status word then a run of spaces', `已失效${' '.repeat(200_000)}某某规定\n第一条 正文。\n`, null],
    ['a site word then a run of spaces', `365bet官方网站${' '.repeat(200_000)}《某某》解读\n正文。\n`, null],
    ['genre words each before an open bracket', `${'报告（'.repeat(66_000)}\n正文。\n`, null],
    ['a list of names after a key', `出席 ${'张三、'.repeat(60_000)}\n正文。\n`, null],
    ['a title said over and over', `1、${'政府工作报告'.repeat(30_000)}\n`, '政府工作报告'],
    ['dots of a would-be domain', `${'a.'.repeat(100_000)}\n正文。\n`, null],
    ['colons', `${'某：'.repeat(100_000)}\n正文。\n`, null],
  ])('%s', (_name, text, title) => {
    const t0 = performance.now();
    expect(parse(text).title).toBe(title);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('reads a page of 50 000 short lines of one form with the sibling test bounded', () => {
    const text = Array.from({ length: 50_000 }, (_, k) => `推进第${k}项公开`).join('\n');
    const t0 = performance.now();
    const doc = parse(text);
    expect(doc.title).toBeNull();
    // Relative to ordinary text of its length parsed now (a loaded machine), capped: a sibling test gone quadratic
    // over 50 000 lines still fails.
    expect(performance.now() - t0).toBeLessThan(hostileBudget(5000, text.length));
  });
});
