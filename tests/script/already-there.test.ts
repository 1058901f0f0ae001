// Script views leave text that is already in the target script alone (issue 12, item 8), while text in
// the other script is still converted as opencc-js converts it.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { commonSimplified, commonTraditional, convert, convertUncached, fold, loadScript } from '../../src/script/index.js';
import { fixture, seedText } from '../helpers.js';

const page = (name: string) => readFileSync(fixture(`pages/${name}`), 'utf8');
/** How many characters a conversion changed (same length) or -1. */
const changed = (a: string, b: string) => (a.length !== b.length ? -1 : [...a].filter((c, k) => c !== b[k]).length);

/** The characters of a double-byte charset's rows: GB 2312 level 1, Big5 common level. */
function charset(encoding: string, leads: [number, number], trails: [number, number][]): string[] {
  const out: string[] = [];
  for (let a = leads[0]; a <= leads[1]; a++)
    for (const [lo, hi] of trails)
      for (let b = lo; b <= hi; b++) {
        const c = iconv.decode(Buffer.from([a, b]), encoding);
        if (c.length === 1 && /\p{Script=Han}/u.test(c)) out.push(c);
      }
  return out;
}
const GB_LEVEL1 = charset('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]);
const BIG5_COMMON = charset(
  'big5',
  [0xa4, 0xc5],
  [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ],
).concat(charset('big5', [0xc6, 0xc6], [[0x40, 0x7e]]));
const members = (t: Uint8Array) => {
  const out: string[] = [];
  for (let k = 0; k < t.length; k++) if (t[k]) out.push(String.fromCharCode(k));
  return out;
};

describe('the already-there rule', () => {
  beforeAll(async () => {
    await loadScript('simplified');
    await loadScript('traditional');
  });

  it('takes the common characters of each script from GB 2312 level 1 and Big5, as iconv-lite reads them', async () => {
    expect(members(commonSimplified()).sort()).toEqual([...GB_LEVEL1].sort());
    expect(members(commonTraditional()).sort()).toEqual([...new Set(BIG5_COMMON)].sort());
    expect(GB_LEVEL1.length).toBe(3755);
    expect(new Set(BIG5_COMMON).size).toBe(5401);
    // The single characters opencc-js's tw→cn changes that are common Simplified: the rule spares them.
    const { Converter: T } = await import('opencc-js/t2cn');
    const t2cn = T({ from: 'tw', to: 'cn' });
    expect(GB_LEVEL1.filter((c) => t2cn(c) !== c).join('')).toBe('么乾著');
  });

  it('Simplified text to Simplified is the identity (GB 2312 level-1 text, any mix)', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...GB_LEVEL1), fc.constantFrom('，', '。', '\n', '“', '”', '2025年', '显著', '什么', '乾坤', '著名')), { maxLength: 80 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(convert(s, 'simplified')).toBe(s);
        expect(convertUncached(s, 'simplified')).toBe(s);
      }),
      { numRuns: 400 },
    );
  });

  it('Traditional text to Traditional is the identity (Big5 common-level text, any mix)', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...BIG5_COMMON), fc.constantFrom('，', '。', '\n', '「', '」', '台灣', '污染', '裡', '著')), { maxLength: 80 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(convert(s, 'traditional')).toBe(s);
      }),
      { numRuns: 400 },
    );
  });

  it('still converts text in the other script, line by line', () => {
    expect(convert('显著成效', 'simplified')).toBe('显著成效');
    expect(convert('成效顯著', 'simplified')).toBe('成效显著');
    expect(convert('聚焦惠企便民“著眼點”', 'simplified')).toBe('聚焦惠企便民“着眼点”');
    expect(convert('臺灣的污染問題', 'traditional')).toBe('臺灣的污染問題');
    expect(convert('台灣的污染問題', 'traditional')).toBe('台灣的污染問題');
    expect(convert('台湾的污染问题', 'traditional')).toBe('臺灣的汙染問題'); // Simplified text: converted whole
    // A document mixing scripts by line: each line by its own evidence.
    expect(convert('取得显著成效\n著眼點', 'simplified')).toBe('取得显著成效\n着眼点');
  });

  it('on real texts: Simplified reports unchanged in the Simplified view, the Taiwan text in the Traditional view', async () => {
    const { Converter: T } = await import('opencc-js/t2cn');
    const t2cn = T({ from: 'tw', to: 'cn' });
    for (const name of ['s1-mainland-report.txt', 's2-seed-simplified.txt', '01-zj-toolbar.txt', '02-county-accessible.txt', '10-title-before-date.txt']) {
      const text = page(name);
      expect(convertUncached(text, 'simplified'), name).toBe(text);
      expect(convert(text, 'simplified'), name).toBe(text);
    }
    expect(changed(page('s1-mainland-report.txt'), t2cn(page('s1-mainland-report.txt')))).toBeGreaterThan(0); // opencc-js alone does change it
    const taiwan = page('t1-taiwan-report.txt');
    expect(convert(taiwan, 'traditional')).toBe(taiwan);
    expect(convertUncached(taiwan, 'traditional')).toBe(taiwan);
  });

  it('keeps the bundled report 100% right in Simplified: the same as the Simplified fixture made from it', () => {
    expect(convertUncached(seedText().replace(/\r\n?/g, '\n'), 'simplified')).toContain('依法决策仍需完善');
    expect(convertUncached(seedText(), 'simplified')).toContain('聚焦惠企便民“着眼点”');
  });

  it('folds a query and a text alike whichever script each is in', () => {
    for (const [a, b] of [
      ['显著', '顯著'],
      ['著眼', '着眼'],
      ['什么', '什麼'],
      ['举措', '舉措'],
    ] as const) {
      expect(fold(a)).toBe(fold(b));
      expect(fold(a).length).toBe(a.length);
    }
  });
});
