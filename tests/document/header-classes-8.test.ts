// Round 8 of issue 26's real pages: the classes held-out-3 (pages 117–139) missed, each on a made-up page
// of another shape than the real one (the real page is in real-pages.test.ts, held to its gold; its number
// is named here), with a page of the same look that the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { accountedText } from '../helpers.js';

const read = (text: string) => {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source); // nothing of the report lost, whatever the header took
  return { title: doc.title, meta: doc.meta.map((m) => `${m.key}=${m.value}`).sort(), preamble: doc.preamble };
};

describe('the title, round 8', () => {
  it('is not a Traditional speaker line (縣長 陳某某) under the subtitle', () => {
    // 139
    const a = read(
      '政府工作報告\n——2025年1月8日在某縣第十屆人民代表大會第五次會議上\n某縣人民政府縣長 陳志明\n各位代表:\n現在,我代表縣人民政府向大會報告工作。\n',
    );
    expect(a.title).toBe('政府工作報告');
  });

  it('loses a news site’s media tag and its topic before a bar ((有片), (视频), 两会时间 │)', () => {
    // 136, on a Simplified page with another tag and a credit of another kind
    const a = read(
      '热门搜索:\n\n(视频)两会时间 │某某代表:加快建设现代化产业体系\n\n2025-03-06 10:00:00 北京\n摄像:本报记者张明\n\n本报讯 代表们今天开始审议。\n',
    );
    expect(a.title).toBe('某某代表:加快建设现代化产业体系');
    expect(a.meta).toEqual(['摄像=本报记者张明', '日期=2025-03-06 10:00:00']);
    // A heading's number in brackets is no tag.
    expect(read('（一）加强组织领导\n各单位要落实责任。\n').title).not.toBe('加强组织领导');
  });

  it('passes over a label with nothing after it above the title, and keeps a salutation as the text’s', () => {
    // 136's 熱門搜尋:
    expect(read('站内导航:\n某县召开常务会议 部署防汛工作\n2024-06-01\n会议要求各乡镇落实责任。\n').title).toBe('某县召开常务会议 部署防汛工作');
    const speech = read('各位代表:\n现在，我代表县人民政府向大会报告工作。\n');
    expect(speech.title).toBeNull();
    expect(speech.preamble).toContain('各位代表');
  });

  it('is not joined to a paper’s edition line above it (闽南日报/2025 年/…/第 002 版要闻)', () => {
    // 127, with the People's Daily's way of writing it
    expect(read('人民日报 2025年03月06日 第 04 版\n某某报告解读\n——2025年3月5日在十四届全国人大三次会议上\n正文一句。\n').title).toBe('某某报告解读');
    // A title that names an edition is no edition line.
    expect(read('关于发布某某目录第二版的通知\n各单位:\n现予发布。\n').title).toBe('关于发布某某目录第二版的通知');
  });

  it('joins the issuers’ line that ends in 印发 to 关于…, and keeps the spaces between joint issuers', () => {
    // 118 and 121
    expect(read('某政发〔2024〕3号\n某市人民政府 某市人民检察院联合印发\n关于加强行政执法监督的意见的通知\n各区人民政府:\n现印发给你们。\n').title).toBe(
      '某市人民政府 某市人民检察院联合印发关于加强行政执法监督的意见的通知',
    );
    expect(read('中共某县委 某县人民政府 关于2024年度法治政府建设情况的报告\n发布时间:2025-02-01\n2024年，我县坚持依法行政。\n').title).toBe(
      '中共某县委 某县人民政府 关于2024年度法治政府建设情况的报告',
    );
    // One office before 关于: the space is layout (105).
    expect(read('某县人民政府办公室 关于做好防汛工作的通知\n各乡镇:\n现通知如下。\n').title).toBe('某县人民政府办公室关于做好防汛工作的通知');
  });

  it('is a paper’s headline in two lines closed by its date, and not a title with a label under it', () => {
    // 137, another paper's headline
    expect(read('特區推出新政\n\n惠及萬戶家庭\n\n2025-01-02\n\n【本報訊】特區政府昨日公布新措施。\n').title).toBe('特區推出新政惠及萬戶家庭');
    expect(read('政府工作报告\n\n摘要\n\n2025-01-02\n\n今年的主要目标是稳增长。\n').title).toBe('政府工作报告');
  });

  it('is the headline a page prints twice under a lead sentence', () => {
    // 129, a county's page
    const a = read(
      '今天，某县第十九届人民代表大会第三次会议开幕。\n\n某县人代会开幕 审议政府工作报告\n\n某县人代会开幕 审议政府工作报告\n\n上午九时，大会开始。\n',
    );
    expect(a.title).toBe('某县人代会开幕 审议政府工作报告');
    // A sentence over two different lines opens the text: no title from under it.
    expect(read('今天，某县召开会议。\n\n会议听取了报告\n\n会议审议了决议\n').title).toBeNull();
  });

  it('is not a category’s tag in square brackets', () => {
    // 128
    expect(read('某局2024年度述职报告\n[工作总结 - 述职报告]\n发表于:2025-01-03 09:00:00\n一、主要工作\n全年完成任务。\n').title).toBe('某局2024年度述职报告');
  });
});

describe('the metadata, round 8', () => {
  it('reads a row of pairs split by bars with an empty one among them, which is no spam line', () => {
    // 131
    expect(read('某市2024年政府工作报告\n发布日期 | 2024-03-01 编辑 |  来源 | 某某日报\n各位代表:\n现在报告工作。\n').meta).toEqual([
      '发布日期=2024-03-01',
      '来源=某某日报',
    ]);
  });

  it('reads a table row with no colons, two pairs a line, and invents no key from a row of keys', () => {
    // 117
    const a = read(
      '索 引 号 11330000/2024-00012 主题分类 城乡建设\n发 布 机 构 省住建厅 成文日期 2024-01-05\n公开方式 服务对象分类\n文 号 信息格式/语种\n关于做好农房建设管理工作的通知\n发布机构:省住建厅\n各市:\n现通知如下。\n',
    );
    expect(a.title).toBe('关于做好农房建设管理工作的通知');
    expect(a.meta).toEqual(['主题分类=城乡建设', '发布机构=省住建厅', '成文日期=2024-01-05', '索引号=11330000/2024-00012']);
  });

  it('reads a date and time after the last value, a count after a date, 发表于 and a video’s credits', () => {
    // 133, 124, 128, 136
    expect(read('某某新闻标题\n来源:某网 作者:张三 编辑:李四 2024-01-02 08:00:00\n正文一句。\n').meta).toEqual([
      '作者=张三',
      '日期=2024-01-02 08:00:00',
      '来源=某网',
      '编辑=李四',
    ]);
    expect(read('2024年政府工作报告\n2024-01-05 09:30 阅读人数:12\n各位代表:\n现在报告工作。\n').meta).toEqual(['日期=2024-01-05 09:30', '阅读人数=12']);
    expect(read('某某讲话\n发表于:2024-01-05 09:30:00\n同志们:\n今天开会。\n').meta).toEqual(['发表于=2024-01-05 09:30:00']);
  });
});

// Made-up pages of real shapes mixed anew (a site's furniture of one page round a title of another kind),
// written before the round-8 rules were run on them: 21 of 26 titles, 20 of 26 metadata, 4 invented keys
// at first (docs/accuracy.md). Each is [what it tries, the page, its title, its metadata].
type Variant = [string, string, string | null, string[]];
const VARIANTS: Variant[] = [
  [
    'v01 site+menu+crumb, 实施方案, pairs line',
    '某某市人民政府门户网站\n首页 政务公开 政务服务 互动交流\n当前位置：首页 > 政务公开 > 通知公告\n某某市推进数字政府建设实施方案\n发布时间：2025-01-03 来源：市政府办公室\n为贯彻落实上级部署，制定本方案。\n',
    '某某市推进数字政府建设实施方案',
    ['发布时间=2025-01-03', '来源=市政府办公室'],
  ],
  [
    'v02 copyright+address first, 工作要点',
    '版权所有：某县人民政府\n地址：某县人民路1号 邮编：123456\n某县2025年政务公开工作要点\n各乡镇人民政府，县直各单位：\n现将要点印发给你们。\n',
    '某县2025年政务公开工作要点',
    [],
  ],
  [
    'v03 纲要 + (批准) line',
    '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n（2021年1月20日某市第十六届人民代表大会第五次会议批准）\n第一篇 开启全面建设新征程\n“十三五”时期，我市发展取得成就。\n',
    '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    [],
  ],
  [
    'v04 clock + headline + 来源 作者',
    '2025年01月05日 星期日\n某县重点项目集中开工 总投资超百亿元\n来源：某某日报 作者：王五\n1月4日，某县举行重点项目集中开工仪式。\n',
    '某县重点项目集中开工 总投资超百亿元',
    ['作者=王五', '来源=某某日报'],
  ],
  [
    'v05 counters above title',
    '阅读 1234\n点赞 56\n某区召开安全生产工作会议\n2025-02-01\n会议强调，要压实责任。\n',
    '某区召开安全生产工作会议',
    ['日期=2025-02-01'],
  ],
  [
    'v06 statistics bureau line over 公报, date',
    '某市统计局\n2024年某市国民经济和社会发展统计公报\n2025年3月10日\n2024年，全市经济运行稳中有进。\n',
    '2024年某市国民经济和社会发展统计公报',
    ['日期=2025年3月10日'],
  ],
  [
    'v07 HK press release',
    '行政長官出席立法會答問會開場發言（只有中文）\n＊＊＊＊＊＊＊＊＊\n以下為行政長官今日在立法會答問會的開場發言：\n主席：\n今日我想講三點。\n',
    '行政長官出席立法會答問會開場發言（只有中文）',
    [],
  ],
  [
    'v08 范文 crumb + 范文 title + 时间 作者',
    '首页 > 工作总结 > 正文\n2024年乡镇工作总结范文\n时间：2024-12-01 作者：网友投稿\n2024年，我镇在县委的领导下做好各项工作。\n',
    '2024年乡镇工作总结范文',
    ['作者=网友投稿', '时间=2024-12-01'],
  ],
  [
    'v09 headline with colon',
    '政府工作报告解读：十个关键词看懂2025\n2025-03-06 来源：某某网\n今年的政府工作报告提出了一系列新目标。\n',
    '政府工作报告解读：十个关键词看懂2025',
    ['日期=2025-03-06', '来源=某某网'],
  ],
  [
    'v10 headline ending ？',
    '如何看待今年5%左右的增长目标？\n2025-03-06 09:00 来源：某某日报\n今年的目标引起了广泛关注。\n',
    '如何看待今年5%左右的增长目标？',
    ['日期=2025-03-06 09:00', '来源=某某日报'],
  ],
  [
    'v11 headline with ！ inside',
    '新年新气象！某县重点项目集中开工\n发布时间：2025-01-02\n1月2日，某县举行开工仪式。\n',
    '新年新气象！某县重点项目集中开工',
    ['发布时间=2025-01-02'],
  ],
  [
    'v12 tag line 【两会聚焦】 alone',
    '【两会聚焦】\n某省代表热议政府工作报告\n2025-03-06 来源：某某网\n代表们认为报告实事求是。\n',
    '某省代表热议政府工作报告',
    ['日期=2025-03-06', '来源=某某网'],
  ],
  [
    'v13 clock with 农历 + site name',
    '2025年1月5日 星期日 农历腊月初六\n某某县人民政府\n某某县关于做好春节期间安全工作的通知\n各乡镇：\n春节将至，现通知如下。\n',
    '某某县关于做好春节期间安全工作的通知',
    [],
  ],
  [
    'v14 toolbar + pairs with empty counter',
    '某县2024年法治政府建设情况报告\n字号：大 中 小 打印 关闭\n信息来源：县司法局 发布时间：2025-01-02 阅读次数：\n2024年，我县深入推进依法行政。\n',
    '某县2024年法治政府建设情况报告',
    ['信息来源=县司法局', '发布时间=2025-01-02'],
  ],
  [
    'v15 doc site docx + pages',
    '下载文档 收藏 举报\n某镇2024年工作总结及2025年工作计划.docx\n文档页数：5页\n某镇2024年工作总结及2025年工作计划\n2024年，我镇各项工作稳步推进。\n',
    '某镇2024年工作总结及2025年工作计划',
    [],
  ],
  [
    'v16 motto title + ——subtitle + speaker + date',
    '凝心聚力 开拓奋进\n——在县委经济工作会议上的讲话\n县委书记 李明\n（2024年12月28日）\n同志们：\n今天召开会议。\n',
    '凝心聚力 开拓奋进',
    ['日期=2024年12月28日'],
  ],
  [
    'v17 Taiwan 發布日期/發布單位',
    '首頁 > 新聞與公告 > 新聞稿\n市府推動智慧交通 打造宜居城市\n發布日期：114-03-05\n發布單位：交通局\n市府今日宣布推動智慧交通計畫。\n',
    '市府推動智慧交通 打造宜居城市',
    ['發布日期=114-03-05', '發布單位=交通局'],
  ],
  [
    'v18 photo caption sentence above',
    '图为会议现场。\n某市召开优化营商环境大会\n2025-02-10 来源：某某日报\n2月10日，某市召开大会。\n',
    '某市召开优化营商环境大会',
    ['日期=2025-02-10', '来源=某某日报'],
  ],
  [
    'v19 speaker first then meeting line then date',
    '市长 张三\n在全市经济工作会议上的讲话\n（2025年1月5日）\n同志们：\n今天召开会议。\n',
    '在全市经济工作会议上的讲话',
    ['日期=2025年1月5日'],
  ],
  [
    'v20 title twice, 编辑 at foot',
    '某县召开防汛工作会议\n某县召开防汛工作会议\n2025-06-01 10:00\n会议要求做好防汛准备。\n（编辑：赵六）\n',
    '某县召开防汛工作会议',
    ['日期=2025-06-01 10:00', '编辑=赵六'],
  ],
  [
    'v21 title with 决定',
    '某县人民代表大会常务委员会关于批准2025年县级预算调整方案的决定\n（2025年8月28日某县第十八届人民代表大会常务委员会第二十次会议通过）\n某县第十八届人大常委会第二十次会议审查了预算调整方案。\n',
    '某县人民代表大会常务委员会关于批准2025年县级预算调整方案的决定',
    [],
  ],
  [
    'v22 致辞 title',
    '在2025年新春团拜会上的致辞\n县委书记 李明\n（2025年1月26日）\n同志们、朋友们：\n新春佳节即将来临。\n',
    '在2025年新春团拜会上的致辞',
    ['日期=2025年1月26日'],
  ],
  [
    'v23 公示 title + 浏览次数',
    '关于2025年度拟录用公务员名单的公示\n发布日期：2025-07-01 浏览次数：356\n根据有关规定，现将名单公示如下。\n',
    '关于2025年度拟录用公务员名单的公示',
    ['发布日期=2025-07-01', '浏览次数=356'],
  ],
  ['v24 纪要 title under office', '某县人民政府办公室\n县政府第12次常务会议纪要\n2025年3月2日，县长主持召开会议。\n', '县政府第12次常务会议纪要', []],
  [
    'v25 Traditional notice with 發文字號 table rows',
    '| 發文字號 | 府法字第1140001號 |\n| 發文日期 | 114年1月5日 |\n某市政府函\n主旨：請各機關配合辦理。\n',
    '某市政府函',
    ['發文字號=府法字第1140001號', '發文日期=114年1月5日'],
  ],
  [
    'v26 headline then 分享 then 来源',
    '某县发布十条措施支持民营经济发展\n分享到：微信 微博\n来源：县融媒体中心 | 2025-04-01\n近日，某县出台措施。\n',
    '某县发布十条措施支持民营经济发展',
    ['来源=县融媒体中心', '日期=2025-04-01'],
  ],
];

describe('made-up pages of real shapes, round 8', () => {
  it.each(VARIANTS)('%s', (_name, text, title, meta) => {
    const a = read(text);
    expect(a.title).toBe(title);
    expect(a.meta).toEqual([...meta].sort());
  });
});

// A second batch, written after the first was right and before these rules were run on it: 17 of 20 titles,
// 18 of 20 metadata, no key invented at first. Its misses (a document number glued before the title, a
// topic before a full-width bar, 本报告根据… run into the title, 點閱數) were fixed as classes.
const VARIANTS_2: Variant[] = [
  [
    'b01 index lines, spaced 名　称, title again',
    '索引号：11330100/2025-00031\n发布机构：某县人民政府办公室\n名　　称：关于做好2025年春耕生产工作的通知\n关于做好2025年春耕生产工作的通知\n各乡镇人民政府：\n现将有关事项通知如下。\n',
    '关于做好2025年春耕生产工作的通知',
    ['发布机构=某县人民政府办公室', '索引号=11330100/2025-00031'],
  ],
  [
    'b02 crumb, headline, four pairs one line',
    '当前位置：首页>要闻\n某市召开2025年全市经济工作会议\n发布时间：2025-01-10 09:12 来源：某市融媒体中心 作者：张三 编辑：李四\n1月10日，全市经济工作会议召开。\n',
    '某市召开2025年全市经济工作会议',
    ['作者=张三', '发布时间=2025-01-10 09:12', '来源=某市融媒体中心', '编辑=李四'],
  ],
  [
    'b03 Taiwan county, ::: and slash crumb, 點閱數',
    ':::\n首頁 / 最新消息 / 新聞稿\n縣府舉辦年終記者會 縣長:明年持續建設\n發布單位：行政處\n發布日期：2024-12-30\n點閱數：125\n縣府今日舉辦年終記者會。\n',
    '縣府舉辦年終記者會 縣長:明年持續建設',
    ['發布單位=行政處', '發布日期=2024-12-30', '點閱數=125'],
  ],
  [
    'b04 meeting-line title, speaker, bare date',
    '在全县三级干部大会上的讲话\n县长 王某\n2025年2月10日\n同志们：\n今天召开大会。\n',
    '在全县三级干部大会上的讲话',
    ['日期=2025年2月10日'],
  ],
  [
    'b05 name + meeting-line title, (date)',
    '张三同志在全市教育工作会议上的讲话\n（2024年9月10日）\n同志们：\n今天召开会议。\n',
    '张三同志在全市教育工作会议上的讲话',
    ['日期=2024年9月10日'],
  ],
  [
    'b06 toolbar between title and subtitle',
    '2025年政府工作报告\n【字体：大 中 小】【打印】\n——2025年1月8日在某县第十八届人民代表大会第五次会议上\n县长 赵某\n各位代表：\n现在报告工作。\n',
    '2025年政府工作报告',
    [],
  ],
  [
    'b07 PDF run-on 本报告根据',
    '某县2024年度政府信息公开工作年度报告本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况等内容。\n一、总体情况\n2024年，我县做好公开工作。\n',
    '某县2024年度政府信息公开工作年度报告',
    [],
  ],
  [
    'b08 headline, date+来源, 纠错 and 责任编辑 at foot',
    '我国将实施新一轮消费品以旧换新政策\n2025-03-01 08:30:12 来源: 新华网\n新华社北京3月1日电 记者从有关部门获悉。\n【纠错】 【责任编辑:王某】\n',
    '我国将实施新一轮消费品以旧换新政策',
    ['日期=2025-03-01 08:30:12', '来源=新华网', '责任编辑=王某'],
  ],
  [
    'b09 pairs above the title',
    '信息来源：县政府办 发布日期：2025-01-01\n某县2025年为民办实事项目计划\n为进一步保障和改善民生，确定以下项目。\n',
    '某县2025年为民办实事项目计划',
    ['信息来源=县政府办', '发布日期=2025-01-01'],
  ],
  [
    'b10 resolution + (通过) line',
    '某市第十七届人民代表大会第三次会议关于某市人民政府工作报告的决议\n（2025年1月16日某市第十七届人民代表大会第三次会议通过）\n某市第十七届人民代表大会第三次会议听取和审议了市长所作的政府工作报告。\n',
    '某市第十七届人民代表大会第三次会议关于某市人民政府工作报告的决议',
    [],
  ],
  [
    'b11 document number glued before title',
    '某政办发〔2025〕5号 关于加快发展银发经济的实施意见\n各县（市、区）人民政府：\n为加快发展银发经济，提出如下意见。\n',
    '关于加快发展银发经济的实施意见',
    ['文号=某政办发〔2025〕5号'],
  ],
  [
    'b12 HK topic before ｜ with no spaces',
    '星島頭條 > 港聞\n施政報告2025｜李家超宣布十項新措施 涵蓋房屋及醫療\n2025年9月17日 11:30\n行政長官李家超今日發表施政報告。\n',
    '李家超宣布十項新措施 涵蓋房屋及醫療',
    ['日期=2025年9月17日 11:30'],
  ],
  [
    'b13 Macau paper name, date, headline',
    '澳門日報\n2025年4月15日\n施政報告公布 財政儲備穩健\n【本報消息】行政長官昨日發表施政報告。\n',
    '施政報告公布 財政儲備穩健',
    ['日期=2025年4月15日'],
  ],
  [
    'b14 范文 导读 residue under title',
    '2024年社区工作总结\n导读：本文是一篇关于社区工作总结的范文，欢迎阅读参考。\n2024年，我社区在街道党工委领导下开展工作。\n',
    '2024年社区工作总结',
    [],
  ],
  ['b15 page title with _site, then title', '某县2024年工作总结_某县人民政府网\n某县2024年工作总结\n2024年，全县经济稳中向好。\n', '某县2024年工作总结', []],
  [
    'b16 答记者问',
    '国家统计局新闻发言人就2024年国民经济运行情况答记者问\n2025-01-17 10:00\n来源：国家统计局\n问：如何看待2024年经济运行？\n答：总体平稳。\n',
    '国家统计局新闻发言人就2024年国民经济运行情况答记者问',
    ['日期=2025-01-17 10:00', '来源=国家统计局'],
  ],
  [
    'b17 headline opening with quotes and a number',
    '“十五五”开局之年 某市GDP增长5.5%\n2026-01-20\n某市统计局发布数据。\n',
    '“十五五”开局之年 某市GDP增长5.5%',
    ['日期=2026-01-20'],
  ],
  [
    'b18 share lines above title',
    '分享到：\n微信 微博 QQ空间\n某区发布优化营商环境二十条\n2025-05-06\n近日，某区出台措施。\n',
    '某区发布优化营商环境二十条',
    ['日期=2025-05-06'],
  ],
  [
    'b19 piped menu, notice, empty 访问量',
    '首页 | 政务公开 | 政策文件\n关于开展2025年安全生产月活动的通知\n日期：2025-05-05 访问量：\n各镇街：\n现就有关事项通知如下。\n',
    '关于开展2025年安全生产月活动的通知',
    ['日期=2025-05-05'],
  ],
  [
    'b20 title——subtitle and speaker on one line',
    '坚定信心 真抓实干——在2025年全县经济工作会议上的讲话 县委书记 王某\n同志们：\n今天召开会议。\n',
    '坚定信心 真抓实干',
    [],
  ],
];

describe('made-up pages of real shapes, round 8, second batch', () => {
  it.each(VARIANTS_2)('%s', (_name, text, title, meta) => {
    const a = read(text);
    expect(a.title).toBe(title);
    expect(a.meta).toEqual([...meta].sort());
  });
});
