// Round 13 of issue 26, theme D: the 政府信息公开 card and its cousins, stated as classes and tested on made-up
// pages of other words, places and scripts than the real pages they came from (named; those are held to their
// gold in real-pages.test.ts), with look-alikes the rules must leave alone. Batch 27 of
// tests/fixtures/page-variants.json holds more of each. And each new pattern on a line of 200 000 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_KEYS } from '../../src/document/meta-card.js';
import { parse } from '../../src/document/parse.js';
import { readPage } from '../helpers.js';

const read = (text: string) => readPage(text, { sorted: true });

describe('the card’s keys, in both scripts (1121, 910, 912, 1123)', () => {
  it('reads a card’s row of cells with no colons whatever card key it holds (是否有效, 時效, 組配分類, 公開屬性)', () => {
    // 1121: | 生成日期 | … | 是否有效 | 是 |, here in Traditional and with other keys.
    const a = read(
      '| 索引號 | 0009/2025-00003 | 組配分類 | 規範性文件 |\n| 公開屬性 | 主動公開 | 時效 | 有效 |\n| 生成日期 | 2025-03-01 | 是否有效 | 是 |\n某縣人民政府關於加強森林防火工作的通知\n各鄉鎮人民政府：\n現將有關事項通知如下。\n',
    );
    expect(a.title).toBe('某縣人民政府關於加強森林防火工作的通知');
    expect(a.meta).toEqual(['公開屬性=主動公開', '時效=有效', '是否有效=是', '生成日期=2025-03-01', '索引號=0009/2025-00003', '組配分類=規範性文件'].sort());
  });

  it('knows a bulleted key through a converter’s pinyin residue, so an empty one does not end the card (910)', () => {
    const a = read(
      '  • 索引號(hào):0001/2024-00009\n  • 發(fā)文機(jī)關(guān):\n  • 公文種(zhǒng)類(lèi):\n  • 施行日期:2024-09-01\n\n某縣2024年政務(wù)公開工作要點(diǎn)\n\n根據(jù)有關(guān)規(guī)定，制定本要點(diǎn)。\n',
    );
    expect(a.meta).toEqual(['施行日期=2024-09-01', '索引號=0001/2024-00009']);
    expect(a.title).toBe('某縣2024年政務(wù)公開工作要點(diǎn)');
  });

  it('reads an update stamp with an English clock and an e-paper’s page (1123, 912)', () => {
    expect(read('某市召开安全生产会议\n更新：2025-04-02 9:15 AM\n4月1日，某市召开会议。\n').meta).toEqual(['更新=2025-04-02 9:15 AM']);
    expect(read('某市两会开幕\n日期:03-02\n版次:A02 要闻      上一篇    下一篇\n本报讯 3月2日，某市两会开幕。\n').meta).toEqual([
      '日期=03-02',
      '版次=A02 要闻',
    ]);
  });

  it('knows Hong Kong’s 發佈 for 發布, in a cell and glued after a value', () => {
    expect(read('| 發佈單位 | 社會福利署 | 發佈日期 | 2025-02-03 |\n社會福利署公布長者服務計劃\n社會福利署今日公布計劃。\n').meta).toEqual([
      '發佈單位=社會福利署',
      '發佈日期=2025-02-03',
    ]);
    expect(read('某署公布計劃\n來源:政府新聞處發佈時間:2025-02-03 11:00\n某署今日公布計劃。\n').meta).toEqual(['來源=政府新聞處', '發佈時間=2025-02-03 11:00']);
  });

  it('never makes a pair of a sentence or a title that names the card’s words', () => {
    // A sentence after a card word and its colon is the text's.
    const a = read('某县关于做好政务公开工作的通知\n各乡镇：\n公开方式：以主动公开为原则，时效以文件规定为准。\n');
    expect(a.meta).toEqual([]);
    // A title opening with 更新 or 版面 keeps its words.
    expect(read('更新理念 提升时效 推动高质量发展\n——在全市干部大会上的讲话\n同志们：\n今天开会。\n').title).toBe('更新理念 提升时效 推动高质量发展');
    expect(read('版面设计规范化工作方案\n为规范版面设计，制定本方案。\n').title).toBe('版面设计规范化工作方案');
  });
});

describe('the card’s keys in Traditional', () => {
  it('writes every character of a key in Traditional, none left in Simplified', () => {
    expect(CARD_KEYS).toContain('發布時間');
    expect(CARD_KEYS).toContain('徵集時間');
    expect(CARD_KEYS.filter((k) => /[发时间机构关号类]/.test(k) && /[發時間機構關號類]/.test(k))).toEqual([]);
  });
});

describe('the card’s keys in the text', () => {
  it('never make a pair of a sentence that opens with one and its colon', () => {
    // Any card key, either script, then a clause with a comma and a full stop: the text's, not a pair.
    const clause = fc.tuple(fc.stringMatching(/^[一-龥]{2,12}$/), fc.stringMatching(/^[一-龥]{2,12}$/));
    fc.assert(
      fc.property(fc.constantFrom(...CARD_KEYS), clause, fc.constantFrom('：', ':', ' : '), (key, [a, b], colon) => {
        // Right under the title, where the header still reads pairs.
        const doc = parse(`某县关于做好政务公开工作的通知\n${key}${colon}${a}，${b}。\n各乡镇人民政府：\n现通知如下。\n`);
        expect(doc.meta).toEqual([]);
        expect(doc.title).toBe('某县关于做好政务公开工作的通知');
      }),
      { numRuns: 150 },
    );
  });
});

describe('a key the page left empty, then another key (901)', () => {
  it('never takes the next key and its value for the empty key’s value, known or not', () => {
    // 901: 文号: 关键字: …; here another card's keys, Traditional, half-width colons.
    expect(read('文號:  標籤: 教育,學校\n發布日期: 2025-01-05\n某縣教育局2025年工作要點\n一、總體要求\n').meta).toEqual([
      '標籤=教育,學校',
      '發布日期=2025-01-05',
    ]);
    expect(read('发文字号：   主题词：环境 保护\n某县生态环境局关于开展执法检查的通知\n各乡镇：\n现通知如下。\n').meta).toEqual(['主题词=环境 保护']);
  });

  it('leaves a clause after an empty key as the text', () => {
    // The word after the empty key and its colon runs into a sentence: no pair of its.
    const a = read('某县2025年政务公开年度报告\n关键词: 说明：本报告所列数据的统计期限为2025年1月1日至12月31日，\n一、总体情况\n正文。\n');
    expect(a.meta.filter((m) => m.startsWith('说明'))).toEqual([]);
  });
});

describe('a key’s value one or two lines down', () => {
  it('passes a dash or a bar between a key and its value (709’s layout)', () => {
    const a = read('发布机构\n|\n市交通运输局\n成文日期\n-\n2025-05-06\n市交通运输局关于开展道路运输安全检查的通知\n各区交通运输局：\n现通知如下。\n');
    expect(a.meta).toEqual(['发布机构=市交通运输局', '成文日期=2025-05-06']);
    expect(a.title).toBe('市交通运输局关于开展道路运输安全检查的通知');
  });

  it('takes no title for a value across a dash', () => {
    const a = read('发布机构:\n-\n市交通运输局关于开展道路运输安全检查的通知\n各区交通运输局：\n现通知如下。\n');
    expect(a.meta).toEqual([]);
    expect(a.title).toBe('市交通运输局关于开展道路运输安全检查的通知');
  });
});

describe('a consultation’s card (709)', () => {
  it('reads its keys and passes its 主题: label over the title it names', () => {
    // 709: 主题: ⏎ the title ⏎ 时限: ⏎ 截止:… ⏎ 征集状态: ⏎ 已结束 查看征集结果; here Traditional, another place.
    const a = read(
      '公眾參與\n主題：\n某市公共自行車系統營運計畫草案意見徵集\n時限：\n截止：2025-10-31\n徵集狀態：\n進行中 查看全文\n某市公共自行車系統營運計畫草案意見徵集\n為廣納各界意見，本府訂定營運計畫草案。\n',
    );
    expect(a.title).toBe('某市公共自行車系統營運計畫草案意見徵集');
    expect(a.meta).toEqual(['徵集狀態=進行中', '截止=2025-10-31']);
  });

  it('keeps a theme with its words on the line as the text’s, and a sentence after 截止 as text', () => {
    const a = read('关于举办2025年全民读书月活动的通知\n主题：书香满城 阅读润心\n各乡镇：\n为营造全民阅读氛围，现将有关事项通知如下。\n');
    expect(a.title).toBe('关于举办2025年全民读书月活动的通知');
    expect(a.meta).toEqual([]);
    expect(read('某县2025年农村危房改造工作总结\n截止：2025年底，全县将完成改造任务300户。\n今年以来，县住建局认真落实政策。\n').meta).toEqual([]);
  });
});

describe('a link’s label after a value', () => {
  it('is left out of the value, on the key’s line or below it', () => {
    expect(read('某局关于开展安全检查的通知\n发布机构：市应急管理局 点击查看\n成文日期：2025-02-03\n各区：\n现通知如下。\n').meta).toEqual([
      '发布机构=市应急管理局',
      '成文日期=2025-02-03',
    ]);
    expect(read('發布單位\n\n某縣衛生局 詳情>>\n某縣衛生局關於流感疫苗接種的公告\n為防範流感，現公告如下。\n').meta).toEqual(['發布單位=某縣衛生局']);
  });

  it('leaves a value whose words go on after 详情 whole', () => {
    expect(read('某县公开征集意见的公告\n征集对象：全县居民 详情见附件\n现公开征集意见。\n').meta).toEqual(['征集对象=全县居民 详情见附件']);
  });
});

describe('a time key takes a time (708)', () => {
  it('makes no pair of a template’s time key holding a name and a column, on its line or below it', () => {
    // 708: 时间: 小龙 工作报告; here Traditional, and a key with its value a line down.
    expect(read('某縣推動長照服務計畫\n發布時間：管理員 公告欄\n縣府今日宣布擴大長照服務。\n').meta).toEqual([]);
    expect(read('县人民政府2025年重点工作任务分工方案\n发布日期\n\n办公室 政务公开\n为确保各项任务落到实处，制定本方案。\n').meta).toEqual([]);
  });

  it('keeps times in Chinese numerals and in words', () => {
    expect(read('某会议记录\n日期：二〇二五年三月五日\n开始时间：下午三时正\n会议开始。\n').meta).toEqual(['开始时间=下午三时正', '日期=二〇二五年三月五日']);
  });

  it('one test on its line and below it: a named key keeps a word saying there is no time, a bare one does not', () => {
    // Rounds 13 A (the value below) and D (on its line) had a test each, and disagreed on 长期有效.
    expect(read('某县召开优化营商环境推进会\n失效日期：长期有效\n会议要求，各部门抓好落实。\n').meta).toEqual(['失效日期=长期有效']);
    expect(read('失效日期：\n长期有效\n某县召开优化营商环境推进会\n').meta).toEqual(['失效日期=长期有效']);
    expect(read('某县召开优化营商环境推进会\n来源：某县政府办 时间：暂无\n会议要求，各部门抓好落实。\n').meta).toEqual(['来源=某县政府办']);
    // A key ending in 日 names a time too: a headline under it is none of its value.
    expect(read('公发布日：\n某县召开优化营商环境推进会\n会议要求，各部门抓好落实。\n').meta).toEqual([]);
  });
});

describe('a cover’s date and a document site’s stamp (706, 923)', () => {
  it('reads a cover’s date in Chinese numerals, month only, 〇 as the letter O or the digit 0', () => {
    // 706: 瓯海区人民政府 ⏎ 二OO六年三月 under the plan's name; here other plans.
    expect(read('某市国土空间总体规划\n某市人民政府\n二0二四年十一月\n第一章 总则\n本规划是某市国土空间发展的指南。\n').meta).toEqual(['日期=二0二四年十一月']);
    expect(read('某縣綜合發展計畫\n某縣政府\n二〇一八年六月\n壹、緒論\n本計畫依據區域計畫法訂定。\n').meta).toEqual(['日期=二〇一八年六月']);
    // A year's heading is no date.
    expect(read('某镇人民政府工作报告\n二〇二五年工作安排\n今年，我们将重点抓好以下工作。\n').meta).toEqual([]);
  });

  it('reads the date of a stamp of a site’s name, the date and a column', () => {
    // 923: 公文搜 2021-07-27 17:29:52 政府报告.
    expect(read('某县2023年工作总结\n范文网 2023.12.20 14:02 工作总结\n2023年，全县上下团结奋斗。\n').meta).toEqual(['日期=2023.12.20 14:02']);
    // A dateline that runs into a sentence is the text's.
    expect(read('政府工作报告解读\n北京 2024年3月5日 国务院总理作政府工作报告。\n报告提出了今年的目标。\n').meta).toEqual([]);
  });
});

describe('the card’s tables as scrapers leave them (made-up pages, no real page’s miss)', () => {
  it('passes a markdown rule row and a key in bold', () => {
    const a = read(
      '| **发布机构** | 市财政局 |\n|:---|---:|\n| **成文日期** | 2025-07-01 |\n市财政局关于做好预算绩效管理工作的通知\n各区财政局：\n现通知如下。\n',
    );
    expect(a.meta).toEqual(['发布机构=市财政局', '成文日期=2025-07-01']);
    expect(a.title).toBe('市财政局关于做好预算绩效管理工作的通知');
  });

  it('pairs a head row of the card’s keys with the one row of values under it', () => {
    const a = read('| 發布機構 | 文號 | 成文日期 |\n| 某市政府 | 府授法字第1140001號 | 2025-01-02 |\n某市政府公告\n主旨：公告某事項。\n');
    expect(a.meta).toEqual(['成文日期=2025-01-02', '文號=府授法字第1140001號', '發布機構=某市政府']);
  });

  it('leaves a table of many rows under a head of keys to the report, and a report table’s rule row too', () => {
    const a = read('某县政务公开要点\n| 来源 | 发布日期 |\n| 县政府办 | 2025-03-01 |\n| 县财政局 | 2025-04-12 |\n一、总体要求\n坚持以公开为常态。\n');
    expect(a.meta).toEqual([]);
    const b = read('某县统计公报\n| 指标 | 2024年 |\n| --- | --- |\n| 地区生产总值 | 100亿元 |\n一、综合\n全年经济运行平稳。\n');
    expect(b.meta).toEqual([]);
  });
});

describe('a card run together on one line, and a placeholder for none (726’s shape)', () => {
  it('parts the pairs at each key set apart from its colon', () => {
    const a = read('某縣政府公告\n發文機關 : 某縣政府 發文日期 : 2025/03/04 發文字號 : 府法字第1140001號\n主旨：公告某事項。\n');
    expect(a.meta).toEqual(['發文字號=府法字第1140001號', '發文日期=2025/03/04', '發文機關=某縣政府']);
    // A word that is no key keeps its spaced colon: the headline stays whole.
    expect(read('香港 : 施政報告公布多項惠民措施\n2025-09-17\n行政長官今日發表施政報告。\n').title).toBe('香港 : 施政報告公布多項惠民措施');
  });

  it('takes a dash or a slash alone for no value, and keeps a value that goes on after a dash', () => {
    expect(read('某局工作要点\n文号：/\n主题词：——\n发布机构：县政府办\n一、总体要求\n正文。\n').meta).toEqual(['发布机构=县政府办']);
    expect(read('某局工作要点\n文号：-某政办〔2025〕3号\n一、总体要求\n正文。\n').meta).toEqual(['文号=-某政办〔2025〕3号']);
  });
});

describe('a catalogue’s card and an index number that opens like a date', () => {
  it('knows the catalogue’s keys in cells and alone over their values', () => {
    const a = read('| 信息索引 | 0031/2025-0007 | 文件類型 | 公告 |\n| 公開責任部門 | 某局 | 生成日期 | 2025-02-11 |\n某局公告\n主旨：公告某事項。\n');
    expect(a.meta).toEqual(['信息索引=0031/2025-0007', '公開責任部門=某局', '文件類型=公告', '生成日期=2025-02-11']);
  });

  it('keeps a number whole that opens with a year and a month, and a date range', () => {
    const a = read('某局工作要点\n索引号：2024-03-000456\n有效期：2025-01-01-2025-12-31\n一、总体要求\n正文。\n');
    expect(a.meta).toEqual(['有效期=2025-01-01-2025-12-31', '索引号=2024-03-000456']);
    // A date with its time and a key glued after it still parts there.
    expect(read('某局工作要点\n发布时间：2024-01-01 10:30:00来源：某局\n一、总体要求\n正文。\n').meta).toEqual(['发布时间=2024-01-01 10:30:00', '来源=某局']);
  });
});

describe('a card’s pairs parted by semicolons', () => {
  it('reads each pair, the last one without the list’s semicolon', () => {
    const a = read('发布机构：市商务局；成文日期：2025-05-06；文号：某商发〔2025〕9号；\n市商务局关于促进消费的若干措施\n各区商务局：\n现印发给你们。\n');
    expect(a.meta).toEqual(['发布机构=市商务局', '成文日期=2025-05-06', '文号=某商发〔2025〕9号']);
    expect(a.title).toBe('市商务局关于促进消费的若干措施');
  });

  it('leaves a list of tasks after a colon as the text', () => {
    expect(read('某县工作要点\n重点任务：一是抓项目；二是：促消费；\n一、总体要求\n正文。\n').meta).toEqual([]);
  });
});

describe('the round-13 card patterns on a line of 200 000 characters', () => {
  // Each was written so its work grows with the line, not its square; a quadratic one takes minutes here.
  it.each([
    ['an empty key, then a long word before a colon', `文号: ${'标'.repeat(200_000)}: 值\n正文。\n`],
    ['empty keys over and over', `${'文号: '.repeat(40_000)}关键字: 值\n正文。\n`],
    ['a key, then 200 000 dashes', `发布机构\n${'-'.repeat(200_000)}\n某局\n正文。\n`],
    ['a key, then dashes line after line', `发布机构\n${'-\n'.repeat(100_000)}某局\n正文。\n`],
    ['a key with pinyin residue over and over', `• ${'發(fā)'.repeat(40_000)}:\n正文。\n`],
    ['a value, 200 000 spaces, then no link', `发布机构\n某局${' '.repeat(200_000)}查看x\n正文。\n`],
    ['查看 over and over after a value', `某报告\n发布机构：某局${' 查看'.repeat(60_000)}\n正文。\n`],
    ['主题 and spaces before its colon', `主题${' '.repeat(200_000)}:\n正文。\n`],
    ['a time key and a long value with no time', `某报告\n时间：${'小龙 '.repeat(60_000)}\n正文。\n`],
    ['Chinese numerals over and over', `某报告\n${'二〇'.repeat(100_000)}年三月\n正文。\n`],
    ['a stamp’s name, a date, then spaces', `某报告\n范文网 2023-12-20${' '.repeat(200_000)}总结\n正文。\n`],
    ['a rule row of 200 000 dashes', `| 发布机构 | 某局 |\n| ${'-'.repeat(200_000)}x |\n某报告\n正文。\n`],
    ['a head row of 50 000 keys', `${'| 文号 '.repeat(50_000)}|\n| 某局 |\n正文。\n`],
    ['a key, 200 000 spaces, then a colon', `某报告\n发布机构${' '.repeat(200_000)}: 某局\n正文。\n`],
    ['spaced colons over and over', `某报告\n${'文号 : '.repeat(40_000)}\n正文。\n`],
    ['a date, then 200 000 digits', `某报告\n索引号：2024-01-${'0'.repeat(200_000)}\n正文。\n`],
    ['pairs parted by semicolons over and over', `某报告\n${'文号：1；'.repeat(40_000)}\n正文。\n`],
    ['semicolons, then 200 000 spaces', `某报告\n文号：1；${' '.repeat(200_000)}来源：某局；\n正文。\n`],
    ['a key ending in 200 000 asterisks', `| 发布机构${'*'.repeat(200_000)} | 某局 |\n某报告\n正文。\n`],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    parse(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
