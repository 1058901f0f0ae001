// The word describe names a character by is one people use today (巡逻, not jieba's old 巡抚), taken from
// a modern list (src/speech/data/modern-words.ts, film subtitles), while the old rules still hold: the word
// reads the character as the context does, a Traditional text gets Traditional words, a place's name
// only when nothing else holds the character, and no oath names a character.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScript } from '../../src/script/index.js';
import { MODERN_WORDS } from '../../src/speech/data/modern-words.js';
import unfitWords from '../../src/speech/data/unfit-words.json' with { type: 'json' };
import { describeText, loadDescriptions } from '../../src/speech/describe.js';
import { hanSyllables, toneMarks } from '../../src/speech/reading.js';

beforeAll(async () => {
  await Promise.all([loadDescriptions(), loadScript('traditional')]);
}, 60_000);

/** The word for a character, described alone. */
const wordOf = (char: string) => describeText(char)[0]?.word;

describe('describe: modern words', () => {
  // Each character alone (so in its everyday reading): the word a listener knows, and jieba's own first
  // choice before the modern list came in, which named these characters by Qing officials and chess.
  const CASES: [string, string, string?][] = [
    ['巡', '巡逻', '巡抚'],
    ['辅', '辅助', '首辅'],
    ['榜', '榜样', '榜眼'],
    ['首', '首先', '石首'],
    ['股', '股票', '屁股'],
    ['蛋', '鸡蛋', '混蛋'],
    ['谋', '阴谋', '谋杀'],
    ['税', '税收'],
    ['贷', '贷款'],
    ['债', '债务'],
    ['频', '视频'],
    ['媒', '媒体'],
    ['塑', '塑料'],
    ['郊', '郊区'],
    ['肩', '肩膀'],
    ['宪', '宪法'],
    ['寓', '公寓'],
    ['馈', '反馈'],
    ['邦', '联邦'],
    ['惠', '优惠'],
    ['稳', '稳定'],
    ['疆', '边疆'],
    ['域', '区域'],
    ['裕', '富裕'],
    ['膨', '膨胀'],
    ['挖', '挖掘'],
    ['颁', '颁布'],
    ['扩', '扩大'],
    ['综', '综合'],
    ['履', '履行'],
  ];

  it.each(CASES)('%s is named by %s', (char, modern, old) => {
    const word = wordOf(char);
    expect(word).toBe(modern);
    if (old) expect(word).not.toBe(old);
  });

  it('names characters of a report by words of the modern list wherever one reads the character so', () => {
    const list = new Set(MODERN_WORDS.split(/\s+/));
    const text = '政府工作报告提出，巩固拓展脱贫攻坚成果，扩大内需，稳定就业，推进乡村振兴和城乡融合发展。';
    const out = describeText(text).filter((d) => d.word);
    const inList = out.filter((d) => list.has(d.word));
    // Nearly all: a character whose every modern word reads it otherwise keeps jieba's word.
    expect(inList.length / out.length).toBeGreaterThan(0.9);
  });

  it('no character is named by an oath or a crime while another word holds it (梅 is not 梅毒, though jieba tags 梅花 a name)', () => {
    const unfit = new Set<string>(unfitWords);
    // Everyday characters that such words hold, each held by common words too.
    for (const d of describeText('梅股蛋谋杀血娘妈感床死傻')) expect(unfit.has(d.word), `${d.char} → ${d.word}`).toBe(false);
  });

  it('no word of the table is an oath, a crime or subtitle markup, and every word is 2–4 Han characters, once', () => {
    const list = MODERN_WORDS.split(/\s+/).filter(Boolean);
    expect(list.length).toBeGreaterThan(20_000);
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) expect(w).toMatch(/^[\u3400-\u9fff]{2,4}$/);
    for (const bad of ['他妈的', '混蛋', '屁股', '谋杀', '微软', '雅黑', '黑体']) expect(list).not.toContain(bad);
  });
});

describe('describe: the old rules hold with modern words', () => {
  it.each([
    ['银行长期贷款', '行', 'háng'],
    ['进行调研', '行', 'xíng'],
    ['重点工作', '重', 'zhòng'],
    ['灾后重建', '重', 'chóng'],
    ['调整结构', '调', 'tiáo'],
    ['调研督导', '调', 'diào'],
    ['长期坚持', '长', 'cháng'],
    ['县长讲话', '长', 'zhǎng'],
    ['为了群众', '为', 'wèi'],
    ['转化为', '为', 'wéi'],
    ['增量', '量', 'liàng'],
    ['了解情况', '了', 'liǎo'],
  ])('in %s, %s is %s and its word reads it so', (text, char, reading) => {
    const d = describeText(text).find((x) => x.char === char)!;
    expect(d.pinyin).toBe(reading);
    const at = [...d.word].indexOf(char);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(toneMarks(hanSyllables(d.word)[at] ?? '')).toBe(reading);
  });

  it('a Traditional text gets Traditional words holding the very character written', () => {
    const out = describeText('權力發展後來銀行');
    for (const d of out) {
      expect([...d.word]).toContain(d.char);
      expect(d.word).not.toMatch(/[权发后来银]/);
    }
    expect(out.find((d) => d.char === '權')!.word).toBe('權利');
    expect(out.find((d) => d.char === '後')!.word).toBe('然後');
  });

  it('a place names a character only when no common word holds it (本 is not 日本, yet 沪 has a word)', () => {
    expect(wordOf('本')).not.toBe('日本');
    expect(wordOf('首')).not.toBe('石首');
    expect(wordOf('沪')).toMatch(/沪/);
  });
});

describe('describe: syllables without a vowel', () => {
  it('嗯 and 呣 get a tone mark on the n or m, not a crash', () => {
    expect(toneMarks('n4')).toBe('ǹ');
    expect(toneMarks('ng4')).toBe('ǹg');
    expect(toneMarks('m2')).toBe('ḿ');
    const out = describeText('嗯，好的');
    expect(out[0]!.pinyin).toMatch(/^(ǹg|ńg|ňg|nḡ|ǹ|ń|ň|n̄)$/);
  });
});
