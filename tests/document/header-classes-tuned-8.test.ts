// tuned-8's misses (pages 1001–1026) as classes, each tested on its real page in real-pages.test.ts (held to
// its gold; its number is named here) and on made-up pages with other words, Simplified and Traditional, and
// look-alikes the rule must leave alone. Pages are written here, not read from disk: they are short.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { isWrappedSentence, sameValue, sourceName } from '../../src/document/text-lines.js';
import { accountedText } from '../helpers.js';

const read = (text: string) => {
  const doc = parse(text);
  const { source, parts } = accountedText(doc);
  expect(parts).toBe(source); // nothing of the page lost, whatever the header took
  return { title: doc.title, meta: doc.meta.map((m) => `${m.key}=${m.value}`).sort() };
};

describe('a paragraph that opens by naming the document is no title run into it (1001, 1002)', () => {
  it.each([
    [
      '本年度报告 under a font bar',
      '字号：大 中 小\n本年度报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至12月31日。\n一、总体情况\n全年主动公开信息120条。\n',
    ],
    ['本报告, no bar', '本报告根据省政府办公厅的要求编制，分为五个部分。\n一、总体情况\n全年主动公开信息80条。\n'],
    ['Traditional 本年度報告', '字號: 大 中 小\n本年度報告根據《條例》規定編制而成。\n一、概述\n全年主動公開信息95條。\n'],
    ['本次报告', '本次报告根据市委要求起草，现提请审议。\n一、主要工作\n全年完成投资20亿元。\n'],
  ])('%s: no title', (_name, text) => {
    expect(read(text).title).toBeNull();
  });

  it('a title that runs into its first paragraph is still found (某县2023年工作总结2023年，我县…)', () => {
    expect(read('某县2023年工作总结2023年，我县坚持稳中求进，完成了全年目标。\n一、主要成绩\n经济平稳增长。\n').title).toBe('某县2023年工作总结');
  });
});

describe('a sentence the page wrapped at its width is no title (1007)', () => {
  it.each([
    [
      'a speech that starts mid-text',
      '刚才,市委组织部副部长宣布了市委关于任命某某同志为县委书记的决定;市委副书记代表市委发表了非常重要的\n讲话,新任同志分别作了表态\n发言。我完全拥护。\n',
    ],
    ['Traditional, 將 at its end', '過去一年，全縣上下團結一心；縣政府認真落實各項部署，將\n繼續推動經濟發展。\n'],
    ['a comma and 和 at its end', '会议听取了县政府的工作汇报，审议了财政预算和\n重点项目安排。\n'],
  ])('%s: no title', (_name, text) => {
    expect(read(text).title).toBeNull();
  });

  it.each([
    ['a headline with a comma over its date', '奋进新征程，建功新时代\n发布时间：2024-01-05\n全县召开动员大会。\n', '奋进新征程，建功新时代'],
    [
      'a long title wrapped after a comma',
      '关于进一步加强统计工作，提升统计数据质量的\n实施意见\n各乡镇：现将意见印发给你们。\n',
      '关于进一步加强统计工作，提升统计数据质量的实施意见',
    ],
    [
      'a title ending in 的, wrapped, no clause mark',
      '关于做好2024年春节、元宵节期间安全生产工作的\n通知\n各乡镇：现将有关事项通知如下。\n',
      '关于做好2024年春节、元宵节期间安全生产工作的通知',
    ],
  ])('%s: still the title', (_name, text, title) => {
    expect(read(text).title).toBe(title);
  });

  it('needs a clause mark, a word that goes on, and the next line right under it going on with a mark', () => {
    expect(isWrappedSentence('刚才,某某宣布了决定;某某发表了重要的', '讲话。')).toBe(true);
    expect(isWrappedSentence('刚才,某某宣布了决定;某某发表了重要的', '')).toBe(false);
    expect(isWrappedSentence('关于做好安全生产工作的', '通知')).toBe(false);
    expect(isWrappedSentence('关于加强统计工作，提升数据质量的', '实施意见')).toBe(false);
    expect(isWrappedSentence('奋进新征程，建功新时代', '发布时间：2024-01-05')).toBe(false);
  });
});

describe("a metadata table's label and a listen button are no title (1016)", () => {
  it.each([
    [
      '基本信息 and 聽全文, Traditional',
      '聽全文\n基本信息\n  • 文  號: 某府辦規[2021]3號\n  • 發布機關: 某縣人民政府辦公室\n  • 文件狀態:\n\n某縣人民政府辦公室關於印發某某辦法的通知\n\n各鄉鎮人民政府：現將辦法印發給你們。\n',
      '某縣人民政府辦公室關於印發某某辦法的通知',
      ['文號=某府辦規[2021]3號', '發布機關=某縣人民政府辦公室'],
    ],
    [
      '文件信息 and 听全文, Simplified',
      '听全文\n文件信息\n• 索引号: 001/2024-00012\n• 发布机构: 某市人民政府办公室\n• 文件状态:\n\n某市人民政府办公室关于加强某某工作的通知\n\n各区人民政府：现就有关事项通知如下。\n',
      '某市人民政府办公室关于加强某某工作的通知',
      ['发布机构=某市人民政府办公室', '索引号=001/2024-00012'],
    ],
  ])('%s', (_name, text, title, meta) => {
    const got = read(text);
    expect(got.title).toBe(title);
    expect(got.meta).toEqual([...meta].sort());
  });
});

describe("a document number's year in square brackets is the number's (1016)", () => {
  it.each([
    ['文号：国办发[2024]5号', '某某通知\n文号：国办发[2024]5号\n各地：现将有关事项通知如下。\n', ['文号=国办发[2024]5号']],
    [
      'the number printed again alone with other brackets is one pair',
      '某某通知\n文號: 某府發[2020]6號\n某府發〔2020〕6號\n各單位：現將有關事項通知如下。\n',
      ['文號=某府發[2020]6號'],
    ],
    [
      'a toolbar button in square brackets is still dropped',
      '某某通知\n发布时间：2024-01-05 [ 打印 ] [ 关闭 ]\n各地：现将有关事项通知如下。\n',
      ['发布时间=2024-01-05'],
    ],
  ])('%s', (_name, text, meta) => {
    expect(read(text).meta).toEqual([...meta].sort());
  });

  it('compares numbers whatever their brackets', () => {
    expect(sameValue('增府辦規[2020]6號', '增府辦規〔2020〕6號')).toBe(true);
    expect(sameValue('国发〔2024〕5号', '国发〔2024〕6号')).toBe(false);
  });
});

describe("a source's reporters and a link after it are not the source (1012)", () => {
  it.each([
    ['来源: 台海网 names 用手持设备访问', '某某会议开幕\nwww.x.com 来源: 东南网 张三李四 用手持设备访问\n昨日上午，会议开幕。\n', ['来源=东南网']],
    ['來源：中央社 記者王小明', '某某會議開幕\n來源：中央社 記者王小明\n昨日上午，會議開幕。\n', ['來源=中央社']],
    ['two publications stay', '某某会议开幕\n来源：人民网 人民日报\n昨日上午，会议开幕。\n', ['来源=人民网 人民日报']],
    ['an office is no publication', '某某会议开幕\n來源：市政府辦公廳 本網\n昨日上午，會議開幕。\n', ['來源=市政府辦公廳 本網']],
  ])('%s', (_name, text, meta) => {
    expect(read(text).meta).toEqual(meta);
  });

  it('keeps a date after the source, and any other key whole', () => {
    expect(sourceName('来源', '广西人民广播电台 2018年1月26日')).toBe('广西人民广播电台 2018年1月26日');
    expect(sourceName('作者', '东南网 张三')).toBe('东南网 张三');
    expect(sourceName('信息来源', '某县融媒体中心 李四')).toBe('某县融媒体中心 李四');
    expect(sourceName('稿件來源', '中評社 陸文煜')).toBe('中評社');
    expect(sourceName('来源', '中国政府网 国务院办公厅')).toBe('中国政府网 国务院办公厅'); // a second source, an office
    expect(sourceName('来源', '人民日报 海外版')).toBe('人民日报 海外版'); // an edition
    expect(sourceName('来源', '新华社 记者 张三 扫一扫')).toBe('新华社');
  });
});

describe("a site's loading, skip-link and encyclopedia lines are no title (1021)", () => {
  it.each([
    ['Loading AI tools and the Wikipedia tagline', 'Loading AI tools\n来自维基百科,自由的百科全书\n施政报告是由行政长官公布的报告，每年公布一次。\n'],
    ['Skip to main content', 'Skip to main content\n出自維基文庫\n施政報告是行政長官每年發表的報告。\n'],
    ['跳转到内容, Traditional tagline alone', '跳轉到內容\n維基百科，自由的百科全書\n施政報告是行政長官每年發表的報告。\n'],
  ])('%s: no title', (_name, text) => {
    expect(read(text).title).toBeNull();
  });

  it('an English title over a translated page is still a title (551)', () => {
    expect(read('Information Disclosure Guide\nRelease date: 2020-01-01\n本指南根据条例编制。\n').title).toBe('Information Disclosure Guide');
  });
});

describe("an organisation's name over its date is its page's title when no headline stands under it (1023)", () => {
  it.each([
    [
      'a yearbook entry',
      '某市人民政府\n2018-10-15\n政务会议\n市政府全体会议\n市政府第一次全体会议 2017年4月14日举行。研究讨论政府工作报告。\n',
      '某市人民政府',
    ],
    ['Traditional', '某縣人民政府辦公室\n2020-03-02\n機構職能\n負責縣政府日常工作，協助縣政府領導處理事務。\n', '某縣人民政府辦公室'],
  ])('%s', (_name, text, title) => {
    expect(read(text).title).toBe(title);
  });

  it('the office over a notice and its date is still not the title', () => {
    expect(read('某市人民政府办公室\n2024-01-05\n关于做好春节期间安全生产工作的通知\n各区：现将有关事项通知如下。\n').title).toBe(
      '关于做好春节期间安全生产工作的通知',
    );
  });
});

describe('the tuned-8 patterns on a line of 200 000 characters', () => {
  it.each([
    ['clause marks and 的 over and over', `${'某某，的'.repeat(50_000)}\n讲话。\n`],
    ['square brackets with digits over and over', `某某通知\n文号：${'国发[2024'.repeat(25_000)}]5号\n正文。\n`],
    ['a source with 40 000 names', `某某会议开幕\n来源：东南网${' 张三李四'.repeat(40_000)}\n正文。\n`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    parse(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("a Taiwan site's guide mark (:::) and a list page's bulleted menu (1019, 1020)", () => {
  it.each([
    [
      'weather, site name and search above the mark, the text under it',
      '跳到主要內容區塊\n多雲時晴\n氣溫\n\n臺南市政府全球資訊網\n\n全文檢索\n:::\n市府今日舉辦文化節開幕活動，吸引大批市民參加。\n',
      null,
    ],
    [
      'the same, then a bulleted menu over the bulleted text',
      '跳到主要內容區塊\n晴時多雲\n氣溫\n降雨\n30%\n\n臺南市政府全球資訊網\n\n全文檢索\n手機版選單\n:::\n  • 2024春聯\n    龍年春聯 賀卡\n  • 市政行程 防災資訊專區\n    • 臺南市政府今日舉辦文化節開幕活動，市長邀請市民一同參與，現場吸引大批民眾。\n',
      null,
    ],
    [
      'a full-width mark, a bulleted menu with its sub-lines',
      '跳到主要內容\n臺中市政府\n：：：\n  • 防疫專區\n    疫苗資訊 快篩地圖\n  • 市政行程\n    • 市長今日出席某某典禮，強調城市發展的重要性，並與市民互動交流，現場氣氛熱烈。\n',
      null,
    ],
    [
      'a column name above the mark, the headline under it (40)',
      '行政院會議\n:::\n行政院第3509次院會決議\n日期:105-08-04\n院長提示：各部會應全力推動施政。\n',
      '行政院第3509次院會決議',
    ],
    [
      'one bulleted title over the bulleted text stays the title',
      '• 某縣政府工作報告\n• 各位代表：現在，我代表縣人民政府向大會報告工作，請予審議，並請各位委員提出意見。\n',
      '某縣政府工作報告',
    ],
  ])('%s', (_name, text, title) => {
    expect(read(text).title).toBe(title);
  });
});

describe("a press release's pairs run on after its last sentence (1020)", () => {
  it.each([
    [
      'Simplified, in a list of releases',
      '市政新闻\n  • 市水利局今日完成河道整治工程验收，工程将有效提升防洪能力。 新闻联络人：张科长 0571-1234567 发布日期：2024-01-05 发布单位：市水利局\n  • 市交通局今日发布春运安排，提醒市民错峰出行。\n',
      ['发布单位=市水利局', '发布日期=2024-01-05', '新闻联络人=张科长 0571-1234567'],
    ],
    [
      'Traditional, two pairs',
      '市府新聞\n市府今日舉辦防災演練，動員各單位共同參與，演練順利完成。 發布日期:114年5月2日 發布單位:消防局\n下一則新聞。\n',
      ['發布單位=消防局', '發布日期=114年5月2日'],
    ],
    ['one pair after a sentence is the text', '市府新聞\n市府今日舉辦防災演練，演練順利完成。 詳見：市府網站\n下一則新聞。\n', []],
  ])('%s', (_name, text, meta) => {
    expect(read(text).meta).toEqual([...meta].sort());
  });

  it('on a line of 200 000 characters', () => {
    const t0 = performance.now();
    parse(`某某\n${'演练顺利完成。 发布日期：2024-01-05 '.repeat(8000)}发布单位：消防局\n`);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
