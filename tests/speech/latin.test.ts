// Latin words in report text (issue 25, class 8), checked through espeak-ng's phonemes: an acronym by
// its letters' Chinese names, a name made of English words as those words (in the engine's English, as
// its English voice reads them), a word in pinyin as pinyin; never a word letter by letter. The words
// are other than the examples (GDP, ChatGPT, OpenHarmony, iPhone, Wi-Fi, Logo …).
import { beforeAll, describe, expect, it } from 'vitest';
import { espeakReadsEnglish } from '../../src/speech/latin.js';
import { loadReading, pinyinInput, pinyinWithMarks, readingTokens } from '../../src/speech/reading.js';
import { spokenForReading } from '../../src/speech/spoken.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';
import { phonemes } from './espeak-phonemes.js';

const haveEspeak = needTool('espeak-ng');

const reading = (text: string) => pinyinInput(readingTokens(spokenForReading(text)));

// The sounds alone: no voice switches, word ends, stress marks or digits (an English word said inside
// the Mandarin voice gets tone numbers the English voice does not print, run into its own 0 and 3).
const sounds = (s: string) => s.replace(/\((?:en|cmn)\)|_\||[',\s\d]/g, '');

/** What the listener should hear: `{word}` as espeak-ng's English voice says it, the rest as pinyin. */
async function expected(want: string): Promise<string> {
  const parts = await Promise.all(want.split(/(\{[a-z]+\})/).map((p) => (p.startsWith('{') ? phonemes(p.slice(1, -1), 'en') : p.trim() ? phonemes(p) : '')));
  return parts.join('');
}

beforeAll(async () => {
  await loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`);
});

describe.skipIf(!haveEspeak)('Latin words as a Mandarin speaker reads them (espeak-ng -x)', () => {
  it('reads a pinyin word as pinyin', async () => {
    // Not letter by letter (the old reading: ei1 qu1 you1 ei1 …).
    expect(sounds(await phonemes(reading('Huawei')))).toBe(sounds(await phonemes('hua1 wei1')));
  });

  it('reads names made of English words as those words, acronyms and letters by their Chinese names', async () => {
    const cases: [string, string][] = [
      ['加入WTO以来', 'jia1 ru4 da2 bu5 liu5 ti4 ou1 yi3 lai2'],
      ['拍摄4K视频', 'pai1 she4 si4 kai4 shi4 pin2'],
      // No vowel: no word, whatever its case.
      ['下载pdf文件', 'xia4 zai4 pi4 di4 ai2 fu5 wen2 jian4'],
      // A 2 between capitals is "to".
      ['B2C电商', 'bi4 tu4 xi1 dian4 shang1'],
      ['用PowerPoint演示', 'yong4 {power} {point} yan3 shi4'],
      ['iPad平板', 'ai4 {pad} ping2 ban3'],
      ['macOS系统', '{mac} ou1 ai2 si5 xi4 tong3'],
      ['GitHub平台', '{git} {hub} ping2 tai2'],
      // Words espeak-ng's Mandarin voice would read as pinyin syllables (ho·me, mo·de, da·ta).
      ['SmartHome', '{smart} {home}'],
      ['Dark Mode', '{dark} {mode}'],
      ['BigData', '{big} {data}'],
      ['GamePro', '{game} {pro}'],
      // A silent e after i or y (ti·me, ty·pe, mo·bi·le as pinyin): said as English says it.
      ['WebSite', '{web} {site}'],
      ['FileDrive', '{file} {drive}'],
      ['Price指数', '{price} zhi3 shu4'],
      ['Mobile端', '{mobile} duan1'],
      ['Guide手册', '{guide} shou3 ce4'],
      ['Smile服务', '{smile} fu2 wu4'],
    ];
    const wrong: string[] = [];
    for (const [text, want] of cases) {
      const [ours, right] = await Promise.all([phonemes(reading(text)), expected(want)]);
      if (sounds(ours) !== sounds(right)) wrong.push(`${text}: want ${want} (${sounds(right)}), langdu gives ${reading(text)} (${sounds(ours)})`);
    }
    expect(wrong).toEqual([]);
  });

  it('knows when espeak-ng switches a word to English, as espeak-ng does', async () => {
    const words = 'tick tock open harmony world tencent link fashion tech mini media smart flash union zone chip'.split(' ');
    const wrong: string[] = [];
    for (const w of words) if ((await phonemes(w)).includes('(en)') !== espeakReadsEnglish(w)) wrong.push(w);
    expect(wrong).toEqual([]);
  });
});

it('shows a Latin word as written in the reading for people, not as the engine is given it', () => {
  expect(pinyinWithMarks(readingTokens('用SmartHome和iPad'))).toBe('yòng Smart Home hé ài Pad');
});

it('reads a long run of letters from a document without stalling', () => {
  // A run that is almost pinyin (ai ai ai … q) made one regular expression backtrack for ever.
  const t = performance.now();
  readingTokens(`${'ai'.repeat(2000)}q 和 ${'nian'.repeat(1000)}x`);
  expect(performance.now() - t).toBeLessThan(1000);
});

it('reads a long run of letters that is neither pinyin nor English-shaped in linear time', () => {
  // qoqo…: no consonant without a vowel after it, so the English test (a vowel, then such a consonant)
  // fails; as one regular expression (vowel .* consonant) it tried every pair: 60 000 letters took ~4 s.
  const t = performance.now();
  expect(readingTokens(`用${'qo'.repeat(30_000)}和`).length).toBeGreaterThan(2);
  expect(performance.now() - t).toBeLessThan(1000);
  expect(espeakReadsEnglish('qo'.repeat(30_000))).toBe(false);
  expect(espeakReadsEnglish(`${'qo'.repeat(30_000)}t`)).toBe(true);
});
