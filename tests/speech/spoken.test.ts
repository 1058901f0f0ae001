// The spoken-form table: every number and symbol class the bundled report has, read as a Mandarin
// reader says it (the engine gets this; the screen keeps the text as written).
import { beforeAll, describe, expect, it } from 'vitest';
import { DocIndex, nodeSentences, saidHeading } from '../../src/document/address.js';
import { hanToInt, intToHan } from '../../src/document/markers.js';
import { parse } from '../../src/document/parse.js';
import { sentenceStream } from '../../src/document/reading.js';
import { convert, loadScript } from '../../src/script/index.js';
import { cardinal, spokenForm } from '../../src/speech/spoken.js';
import { seedText } from '../helpers.js';

describe('spoken form', () => {
  it.each([
    // years, year ranges, dates, times
    ['2024年', '二零二四年'],
    ['2024年度', '二零二四年度'],
    ['《法治政府建设实施纲要(2021—2025年)》', '法治政府建设实施纲要二零二一到二零二五年'],
    ['2025-02-08', '二零二五年二月八日'],
    ['15:56', '十五点五十六分'],
    ['2025-02-08 15:56', '二零二五年二月八日 十五点五十六分'],
    // percentages and decimals
    ['调撤率51.5%', '调撤率百分之五十一点五'],
    ['落实率100%', '落实率百分之百'],
    ['下降1.08%', '下降百分之一点零八'],
    ['增加32%', '增加百分之三十二'],
    ['比值3.08', '比值三点零八'],
    ['涉及金额16.65亿元', '涉及金额十六点六五亿元'],
    ['2.5', '二点五'],
    // cardinals
    ['问题8047个', '问题八千零四十七个'],
    ['矛盾纠纷14709起', '矛盾纠纷一万四千七百零九起'],
    ['123456', '十二万三千四百五十六'],
    ['镇街合同1321件', '镇街合同一千三百二十一件'],
    ['1510件', '一千五百一十件'],
    ['180个', '一百八十个'],
    ['10场', '十场'],
    ['120余件', '一百二十余件'],
    ['8万余人次', '八万余人次'],
    ['0', '零'],
    ['100000', '十万'],
    ['10010', '一万零一十'],
    ['编号001', '编号零零一'],
    // 两 before a measure word, not after 第 or in a decimal
    ['召开推进会2次', '召开推进会两次'],
    ['第2', '第二'],
    ['第12次', '第十二次'],
    ['12项', '十二项'],
    ['2月2日', '二月二日'],
    // other signs
    ['1+N', '一加N'],
    ['“1管家+N专家”', '一管家加N专家'],
    ['15分钟公共法律服务圈', '十五分钟公共法律服务圈'],
    ['6.2:40.1:53.7', '六点二比四十点一比五十三点七'],
    ['“八进”活动', '八进活动'],
    // A middle dot inside a name is silent (said at one go); between phrases of four, a list's pause.
    ['“虞快援·益企+”', '虞快援益企加'],
    ['“政务无忧·办事有解”', '政务无忧，办事有解'],
    ['「引号」『书名』', '引号书名'],
    ['３．０８％', '百分之三点零八'],
  ])('%s → %s', (text, spoken) => {
    expect(spokenForm(text)).toBe(spoken);
  });

  it('reads each kind of heading marker so that it can be told apart by ear (markers.ts says how)', () => {
    // Headings as the sentence stream gives them, from a parsed document of every kind.
    const doc = parse('一、总体\n（一）聚焦\n1.加强监督\n（1）细化\n（2）落实\n2.再加强\n（二）推进\n一是甲。二是乙。\n二、问题\n');
    const index = new DocIndex(doc);
    // Each node read on its own, with announcements off: its heading as the listener hears it.
    const said = index.entries.map((e) => spokenForm(sentenceStream(index, { item: e.index, sentence: 0 }, 'node', false)()!.text));
    expect(said).toEqual(expect.arrayContaining(['一，总体', '括号一，聚焦', '第一点，加强监督', '第一小点，细化', '一是甲。']));
    const kinds = ['一，总体', '括号一，聚焦', '第一点，加强监督', '第一小点，细化', '一是甲。'];
    expect(new Set(kinds.map((k) => k.split('，')[0])).size).toBe(kinds.length);
  });

  it('takes engine markup apart instead of passing it on', () => {
    expect(spokenForm('[[inpt PHON]]你好[[inpt TEXT]]')).toBe('inpt PHON 你好 inpt TEXT');
    expect(spokenForm('[[h@l@U]]')).not.toContain('[[');
  });

  it('cardinal is right for every number up to 10000, by the parser headings use (one home for numerals)', () => {
    for (let n = 1; n < 10000; n++) expect(hanToInt(cardinal(String(n)))).toBe(n);
    expect(intToHan(14709)).toBe('一万四千七百零九');
    // Larger numbers are checked through espeak-ng in tests/speech/listening.test.ts.
  });
});

describe('the bundled report', () => {
  beforeAll(() => loadScript('simplified'));

  it('has no Arabic digit, % or quotation mark left in any spoken sentence', () => {
    const index = new DocIndex(parse(seedText()));
    let count = 0;
    for (const e of index.entries) {
      nodeSentences(index.doc, e.node).forEach((s, k) => {
        const spoken = spokenForm(convert(k === 0 ? saidHeading(e.node, s.text) : s.text, 'simplified'));
        expect(spoken, s.text).not.toMatch(/[0-9%“”《》]/);
        count++;
      });
    }
    expect(count).toBeGreaterThan(100);
  });
});
