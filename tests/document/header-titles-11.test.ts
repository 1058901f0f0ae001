// Round 11 of issue 26's real pages: held-out-6's structural title misses (604, 609, 620, 628, handed over
// for tuning) as classes, each tested on its real page in real-pages.test.ts (held to its gold) and on
// made-up pages of other shapes with look-alikes the rule must leave alone (batches 18–22 of
// tests/fixtures/page-variants.json). Here: each new pattern on input sized to make a careless one slow.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';

describe('the round-11 patterns on long input', () => {
  // Each was written so its work grows with the input, not its square; a quadratic one takes minutes here.
  it.each([
    // 609: a run-on title's noun and what a site writes after it, over and over with no opening after it.
    ['title nouns said over and over on one line', `${'讲话文稿的'.repeat(40_000)}\n`, null],
    ['a salutation-like run with no mark', `某县工作总结${'同志们'.repeat(60_000)}\n`, null],
    // 604, 628: two printings of one title among 80 short rows at the top (every pair and every run compared).
    [
      'eighty rows of near-printings of one title',
      `${Array.from({ length: 80 }, (_, k) => `某市某区人民政府关于第${k}项工作的通知`).join('\n')}\n现将有关事项通知如下。\n`,
      '某市某区人民政府关于第0项工作的通知',
    ],
    // More than 80 rows at the top: the header ends at its first short row, as before this round.
    ['an issuer and its 关于…的通知 set out 100 000 times', `${'某市人民政府\n关于某事的通知\n'.repeat(100_000)}现将有关事项通知如下。\n`, '某市人民政府'],
    // 620: a part's number over its title, 200 000 lines of text under it to look for siblings in.
    [
      'a part number over a title and 200 000 lines',
      `第9章\n\n就政府工作提出的質詢\n${Array.from({ length: 200_000 }, (_, k) => `9.${k + 1} 本章載述第${k + 1}項。\n`).join('')}`,
      '第9章 就政府工作提出的質詢',
    ],
  ])('%s', (_name, text, title) => {
    const t0 = performance.now();
    expect(parse(text).title).toBe(title);
    // A linear reading of the largest (2.4 MB, 200 000 lines) takes 3–5 s on a loaded 2-core machine; a quadratic one, minutes.
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
