// Round 10 of issue 26's real pages: held-out-5's misses (pages 401–438, handed over for tuning) as classes,
// each tested on its real page in real-pages.test.ts (held to its gold; its number is named here) and on
// made-up pages of other shapes with look-alikes the rule must leave alone (batch 12 and on of
// tests/fixtures/page-variants.json). Here: each new pattern on a line of 200 000 characters.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';

describe('the round-10 patterns on a line of 200 000 characters', () => {
  // Each was written so its work grows with the line, not its square; a quadratic one takes minutes here.
  it.each([
    // 409, 436: a speaker's line with no space, or with a converter's pinyin after the post.
    ['a run of Han before a post and a name', `${'某'.repeat(200_000)}市长陈立新\n各位代表：\n正文。\n`, null],
    ['posts over and over', `${'市长(zhǎng) '.repeat(20_000)}李楚\n各位代表：\n正文。\n`, null],
    // 415: a dateline.
    ['a source name said over and over before a date', `${'新华社'.repeat(70_000)}3月5日电\n正文。\n`, null],
    // 414: a deck of who chaired and who attended.
    ['a deck of 40 000 phrases', `某市人大常委会会议闭幕\n${'张某主持 '.repeat(40_000)}\n正文。\n`, '某市人大常委会会议闭幕'],
    // 401: a counter's key glued after a value.
    ['a value of counters glued one after another', `某报告\n来源:${'政策法规科点击'.repeat(28_000)}:\n正文。\n`, '某报告'],
    // 407: 全文 after a title, a whole date with a bare count.
    ['全文 said over and over', `${'全文'.repeat(100_000)}\n正文。\n`, null],
    ['dates and counts over and over', `某报告\n${'2026-01-09 241 '.repeat(13_000)}\n正文。\n`, '某报告'],
    // 420: a one-line scrape's 关于…的通知 with layout spaces, its number after it.
    ['a 关于 frame broken by 100 000 spaces', `${'关于 '.repeat(100_000)}的通知 某政发〔2025〕1号 现将有关事项通知如下。\n`, null],
    ['numbers over and over after a notice', `某市关于某事的通知${' 某政发〔2025〕1号'.repeat(12_000)} 现将有关事项通知如下。\n`, '某市关于某事的通知'],
    // 413: a column headline by a caption's word over the pairs.
    ['现场 over and over over a row of pairs', `${'现场'.repeat(100_000)}\n发布时间：2026-02-01 来源：某报\n正文。\n`, null],
    // 431: 编号, the title, a template date, on one line.
    ['编号 then 200 000 characters with no date', `编号:123456789${'讲话'.repeat(100_000)}\n正文。\n`, null],
  ])('%s', (_name, text, title) => {
    const t0 = performance.now();
    expect(parse(text).title).toBe(title);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
