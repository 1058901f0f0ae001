// The reading audit (tests/fixtures/audit/): slips per 1000 characters of real report text against
// hand-made gold, on the parts the readings were tuned on (tuned, held-out-2 once it was handed over, tuned-2) and
// the parts never tuned on (held-out, which was read while its gold was made: docs/accuracy.md; held-out-3,
// gold committed before langdu was first run on it, by someone who writes no rules; held-out-4 and held-out-5,
// likewise; all three handed over to tune on since; held-out-6, likewise, never tuned on).
import { beforeAll, expect, it } from 'vitest';
import { auditTable, sameVariants, slipsIn } from '../../bench/audit.js';
import { loadReading } from '../../src/speech/reading.js';
import { ROOT } from '../helpers.js';

beforeAll(async () => {
  await loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`);
});

it('reads real report text with at most the measured slips per 1000 characters', () => {
  const { text, results } = auditTable(ROOT, true);
  console.log(text);
  const [tuned, held, held2, tuned2, held3, held4, held5, held6] = results;
  expect(tuned!.chars + held!.chars).toBeGreaterThan(6000);
  expect(held2!.chars).toBeGreaterThan(3000);
  expect(tuned2!.chars).toBeGreaterThan(3000);
  expect(held3!.chars).toBeGreaterThan(5000);
  expect(held4!.chars).toBeGreaterThan(5000);
  expect(held5!.chars).toBeGreaterThan(5000);
  expect(held6!.chars).toBeGreaterThan(5000);
  expect(tuned!.per1000).toBeLessThanOrEqual(LIMIT.tuned);
  expect(held!.per1000).toBeLessThanOrEqual(LIMIT.held);
  expect(held2!.per1000).toBeLessThanOrEqual(LIMIT.held2);
  expect(tuned2!.per1000).toBeLessThanOrEqual(LIMIT.tuned2);
  expect(held3!.slips.length).toBeLessThanOrEqual(LIMIT.held3Slips);
  expect(held4!.slips.length).toBeLessThanOrEqual(LIMIT.held4Slips);
  expect(held5!.slips.length).toBeLessThanOrEqual(LIMIT.held5Slips);
  expect(held6!.slips.length).toBeLessThanOrEqual(LIMIT.held6Slips);
});

it('takes as the same exactly the variants its README accepts: 幺/一 in a code, 至/到 between two years', () => {
  const say = (s: string) => sameVariants(s.split(' ')).join(' ');
  const years = (w: string) => `er4 ling2 er4 yi1 ${w} er4 ling2 er4 wu3 nian2`;
  expect(say(years('zhi4'))).toBe(years('dao4'));
  expect(say(years('dao4'))).toBe(years('dao4'));
  expect(say('yi1 jiu3 jiu3 ba1 zhi4 er4 ling2 ling2 ling2')).toBe('yi1 jiu3 jiu3 ba1 dao4 er4 ling2 ling2 ling2');
  expect(say('yao1 er4 san1 yao1 wu3')).toBe('yi1 er4 san1 yi1 wu3');
  expect(say('yao1 yao1 ling2')).toBe('yi1 yi1 ling2');
  // Nothing wider: 至 between numbers that are no years, or with a digit too many, and 至 alone.
  for (const s of [
    'yi1 zhi4 san1 ji2',
    'san1 zhi4 wu3 nian2',
    'er4 ling2 er4 yi1 zhi4 er4 ling2 er4 wu3 liu4',
    'san1 er4 ling2 er4 yi1 zhi4 er4 ling2 er4 wu3',
    'zhi4 jin1',
    'yi1 er4 san1 si4 zhi4 wu3 liu4 qi1 ba1',
    // 幺 only in a code: 要求, 邀请, and 一 said yāo outside a digit string stay as they are.
    'zuo4 hao3 gong1 zuo4 yao1 qiu2',
    'yao1 ge4 ren2',
  ])
    expect(say(s)).toBe(s);
  // A slip still counts where the variant is not the year range's: 至 for 到 in a range of grades.
  expect(slipsIn({ text: 'Ⅰ—Ⅲ级', gold: ['yi1', 'dao4', 'san1', 'ji2'] })).toHaveLength(1);
  expect(slipsIn({ text: '纲要（2021—2025年）', gold: sameVariants('gang1 yao4 er4 ling2 er4 yi1 zhi4 er4 ling2 er4 wu3 nian2'.split(' ')) })).toEqual([]);
});

// What was measured at the last change, rounded up: a change that reads worse fails here (one slip more
// than measured fails every part). held-out-2 was 16 slips in 3,319 characters (4.82) when it was added
// and is tuned on now: 2 slips (0.60, the two readings its README calls arguable). tuned-2 (陕西, 重庆, 贵州,
// 江西) was 14 slips in 3,495 characters (4.01) before its classes were fixed, 0 after; held-out 1 (0.31).
// held-out-3 was 23 slips in 5,019 characters (4.58) when it was added, on the code of a83012c, and 18
// (3.59) with the rules of readings4, written without seeing it; handed over to tune on since, 7 (1.39) with
// the rules of readings5; 0 with neutral5's neutral tones (困难, 起来) and its gold's 扎实/路上 moved to the
// dictionary's neutral tone, the convention it states (its README).
// held-out-4 (eleven reports of 山西, 河北, 广西, 内蒙古, 甘肃, 北京, 海南, 上海; gold committed before langdu ran
// on it) was 41 slips in 5,079 characters (8.07) when it was added, on the code of a1d3a0a, 15 of them on
// choices its README calls arguable; 24 (4.73) with session 7's rules, written without seeing it; 23 with
// the quote mark kept as a word boundary (a regression of those rules it showed: “零费用”“不见面” read 用不见).
// Handed over to tune on since (sessions rd6a and rd6b): the words pinyin-pro read across a boundary mended
// as classes (全部|分解, 四连冠: src/speech/context-straddle.ts); the heading-number pause, 至/到 between years
// accepted, the bracket, middle-dot and quoted-space conventions, 为 after an adverb of amount, 题为, and 一 in
// a decimal and 一对一 fixed as classes: 0 slips.
// held-out-5 (ten reports of 辽宁, 天津, 宁夏, 新疆, 青海, 西藏; gold committed before langdu ran on it) was 18 slips
// in 5,779 characters (3.11) measured once, on the code of 617a02c with the audit wiring, before any rule from
// it. Handed over to tune on since (session rd7): 干, 种, 只, 倒, 地 and the bracket and line-final colon pauses
// fixed as classes, and four gold syllables moved to the dictionary (挑大梁 tiǎo, 那曲 qǔ: its README): 1 slip
// left, the middle dot of “法治讲堂·逢九必讲”, silent in its gold and a short pause by the project's convention.
// held-out-6 (eight rule-of-law reports of 山东, 河南, 广东, 四川, 江苏, 云南 cities, counties and districts; gold
// committed before langdu ran on it, by someone who writes no rules) was measured once, after rd7's rules had
// landed: 5 slips in 5,088 characters (0.98 per 1000), one of them arguable (合同 hé tong with its neutral tone,
// the dictionary's, where its gold writes a full tong2). Never tuned on: no rule may come from it.
const LIMIT = { tuned: 0.3, held: 0.5, held2: 0.9, tuned2: 0.28, held3Slips: 0, held4Slips: 0, held5Slips: 1, held6Slips: 5 };
