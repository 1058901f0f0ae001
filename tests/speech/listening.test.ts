// What the listener hears, checked through the engine's own output: for every word, place name and
// number form in tests/fixtures/listening/, `espeak-ng -v cmn-latn-pinyin -x` of what langdu gives the
// engine must equal `espeak-ng -x` of the right reading. The same words given as Han text (what langdu
// did before it read pinyin) are measured too, so the figures show the difference.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReading, parsePronunciations, pinyinInput, pinyinWithMarks, readingTokens, toneMarks } from '../../src/speech/reading.js';
import { BUILT_IN_READINGS } from '../../src/speech/readings.js';
import { spokenForm, spokenForReading } from '../../src/speech/spoken.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';
import { phonemes, phonemesEach } from './espeak-phonemes.js';

const haveEspeak = needTool('espeak-ng');
const dir = mkdtempSync(join(tmpdir(), 'langdu-listening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  input: string;
  want: string;
  source: string;
}
function cases(name: string): Case[] {
  return readFileSync(join(ROOT, 'tests/fixtures/listening', name), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [input = '', want = '', source = ''] = l.split('\t');
      return { input, want, source };
    });
}

/** How many cases espeak-ng says right: through langdu's reading, and given the spoken Han text as before. */
async function score(list: Case[]): Promise<{ right: number; before: number; wrong: string[] }> {
  // One espeak-ng run for every case: the right reading, langdu's, and the Han text as before.
  const heard = await phonemesEach(
    list.flatMap((c) => {
      const spoken = spokenForm(c.input);
      return [c.want, pinyinInput(readingTokens(spoken)), spoken];
    }),
  );
  const results = list.map((c, k) => {
    const [want, ours, han] = heard.slice(3 * k, 3 * k + 3);
    return { c, ok: ours === want, before: han === want };
  });
  return {
    right: results.filter((r) => r.ok).length,
    before: results.filter((r) => r.before).length,
    wrong: results.filter((r) => !r.ok).map((r) => `${r.c.input}: want ${r.c.want}, langdu gives ${pinyinInput(readingTokens(spokenForm(r.c.input)))}`),
  };
}

const userDict = join(dir, 'pronunciations.tsv');
let warnings: string[] = [];
beforeAll(async () => {
  // A user dictionary: one entry that changes a reading, and bad lines that are named and skipped.
  writeFileSync(userDict, '# my readings\n重庆\tzhong4 qing4\n朗读\tlang3\nabc\ta1\n银行\tyin2 hang9\n');
  warnings = await loadReading(userDict);
});

describe.skipIf(!haveEspeak)('what the listener hears (espeak-ng -x)', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`listening figures:\n${figures.join('\n')}`));

  it('reads at least 95% of 300+ polyphonic report words right, most of them not in langdu’s table', async () => {
    const list = cases('polyphones.tsv');
    expect(list.length).toBeGreaterThanOrEqual(200);
    const inTable = list.filter((c) => c.input in BUILT_IN_READINGS).length;
    expect(inTable / list.length).toBeLessThan(0.1);
    const r = await score(list.filter((c) => c.input !== '重庆')); // 重庆 is changed by the user dictionary below
    figures.push(`polyphones: ${r.right}/${list.length - 1} right (was ${r.before}); ${inTable} in langdu's table`);
    for (const w of r.wrong) figures.push(`  wrong: ${w}`);
    expect(r.right / (list.length - 1)).toBeGreaterThanOrEqual(0.95);
    expect(r.before / (list.length - 1)).toBeLessThan(0.8);
  }, 120_000);

  it('reads every place name right', async () => {
    const list = cases('places.tsv').filter((c) => c.input !== '重庆');
    expect(list.length).toBeGreaterThanOrEqual(30);
    const r = await score(list);
    const inTable = list.filter((c) => c.input in BUILT_IN_READINGS).length;
    figures.push(`place names: ${r.right}/${list.length} right (was ${r.before}); ${inTable} in langdu's table`);
    expect(r.wrong).toEqual([]);
  }, 60_000);

  it('reads every number and symbol form right, by class and context', async () => {
    const list = cases('numbers.tsv');
    expect(list.length).toBeGreaterThanOrEqual(80);
    expect(new Set(list.map((c) => c.source.split(/[ /]/)[0])).size).toBeGreaterThanOrEqual(25);
    const r = await score(list);
    figures.push(`numbers and symbols: ${r.right}/${list.length} right`);
    expect(r.wrong).toEqual([]);
  }, 60_000);

  it('reads polyphones in whole report sentences, by context', async () => {
    const list = cases('sentences.tsv');
    expect(list.length).toBeGreaterThanOrEqual(20);
    const r = await score(list);
    figures.push(`sentences: ${r.right}/${list.length} right (was ${r.before})`);
    expect(r.wrong).toEqual([]);
  }, 60_000);

  it('applies 一 and 不 tone sandhi, but not to digits read out', async () => {
    const said = async (text: string) => phonemes(pinyinInput(readingTokens(spokenForReading(text))));
    expect(await said('一样')).toBe(await phonemes('yi2 yang4'));
    expect(await said('一天')).toBe(await phonemes('yi4 tian1'));
    expect(await said('不要')).toBe(await phonemes('bu2 yao4'));
    expect(await said('2019年')).toBe(await phonemes('er4 ling2 yi1 jiu3 nian2'));
    expect(await said('拨打12315')).not.toBe(await said('拨打一二三一五')); // a hotline is 幺二三幺五 only in context
  });

  it('uses the user pronunciation dictionary first and names each bad line', async () => {
    expect(pinyinInput(readingTokens('重庆'))).toBe('zhong4 qing4');
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/pronunciations\.tsv line 3: 2 characters but 1 syllables; line ignored/);
    expect(warnings[1]).toMatch(/line 4: the word must be Han characters/);
    expect(warnings[2]).toMatch(/line 5: "hang9" is not a pinyin syllable/);
    for (const w of warnings) expect(w.split('\n')).toHaveLength(1);
  });
});

describe('the reading shown to people', () => {
  it('puts tone marks on the right vowel', () => {
    expect(toneMarks('lü4 gui4 liu2 hao3 de5 xiong2')).toBe('lǜ guì liú hǎo de xióng');
    expect(pinyinWithMarks(readingTokens('调研，银行。'))).toBe('diào yán，yín háng。');
  });
  it('names Latin letters as a Mandarin speaker does', () => {
    expect(pinyinInput(readingTokens('GDP'))).toBe('ji4 di4 pi4');
  });
  it('parses a dictionary without a trailing newline or with CRLF', () => {
    const { entries, warnings } = parsePronunciations('\uFEFF行长\thang2 zhang3\r\n调研\tdiao4 yan2');
    expect([...entries]).toEqual([
      ['行长', 'hang2 zhang3'],
      ['调研', 'diao4 yan2'],
    ]);
    expect(warnings).toEqual([]);
  });
});
