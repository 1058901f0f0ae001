// The spoken-form table: every number and symbol class the bundled report has, read as a Mandarin
// reader says it (the engine gets this; the screen keeps the text as written).
import { beforeAll, describe, expect, it } from 'vitest';
import { hanToInt, intToHan } from '../../src/document/markers.js';
import { DocIndex, nodeSentences } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { convert, loadScript } from '../../src/script/index.js';
import { cardinal, spokenForm } from '../../src/speech/spoken.js';
import { seedText } from '../helpers.js';

describe('spoken form', () => {
  it.each([
    // years, year ranges, dates, times
    ['2024年', '二零二四年'],
    ['2024年度', '二零二四年度'],
    ['《法治政府建设实施纲要(2021—2025年)》', '法治政府建设实施纲要 二零二一到二零二五年'],
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
    ['“虞快援·益企+”', '虞快援益企加'],
    ['「引号」『书名』', '引号书名'],
    ['３．０８％', '百分之三点零八'],
  ])('%s → %s', (text, spoken) => {
    expect(spokenForm(text)).toBe(spoken);
  });

  it('reads each kind of heading marker so that it can be told apart by ear', () => {
    expect(spokenForm('(一)聚焦政治引领', { heading: true })).toBe('括号一，聚焦政治引领');
    expect(spokenForm('（十二）聚焦', { heading: true })).toBe('括号十二，聚焦');
    expect(spokenForm('一、2024年法治政府建设', { heading: true })).toBe('一，二零二四年法治政府建设');
    expect(spokenForm('3.加强监督', { heading: true })).toBe('第三点，加强监督');
    expect(spokenForm('（3）加强监督', { heading: true })).toBe('第三小点，加强监督');
    expect(spokenForm('③加强监督', { heading: true })).toBe('圈三，加强监督');
    const said = ['一、甲', '（一）甲', '1.甲', '（1）甲', '①甲', '一是甲'].map((m) => spokenForm(m, { heading: true }));
    expect(new Set(said).size).toBe(said.length);
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
        const spoken = spokenForm(convert(s.text, 'simplified'), { heading: k === 0 });
        expect(spoken, s.text).not.toMatch(/[0-9%“”《》]/);
        count++;
      });
    }
    expect(count).toBeGreaterThan(100);
  });
});
