// Describing characters (权，权力的权) on real text: every distinct character of the bundled report and
// of the other reports in tests/fixtures gets its reading in context and a common word holding it with
// that reading, in the text's own script; polyphones follow their context; and what is said forces the
// reading (espeak-ng is asked what it makes of it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, convertKnown, loadScript } from '../../src/script/index.js';
import { type CharDescription, describeAt, describedLine, describedVoice, describeText, loadDescriptions } from '../../src/speech/describe.js';
import { hanSyllables, pinyinWithMarks, readingTokens, toneMarks, toneNumbers } from '../../src/speech/reading.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT, seedText } from '../helpers.js';

beforeAll(async () => {
  await Promise.all([loadDescriptions(), loadScript('traditional')]);
}, 60_000);

/** The reports to try: the bundled one, the page fixtures and the collected real reports. */
function reports(): { name: string; text: string }[] {
  const out = [{ name: 'bundled', text: seedText() }];
  for (const dir of ['tests/fixtures/pages', 'tests/fixtures/reports']) {
    const full = join(ROOT, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).filter((n) => n.endsWith('.txt'))) out.push({ name: `${dir}/${f}`, text: readFileSync(join(full, f), 'utf8') });
  }
  return out;
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const PINYIN = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/;

/**
 * How langdu reads a character inside a word on its own (pinyin-pro and langdu's table of corrections,
 * 大埔 dà bù), tone marks; a Traditional word is read in Simplified (著手 is 着手, zhuó shǒu).
 */
function readingInWord(word: string, char: string, traditional = false): string {
  const sc = [...(traditional ? convertKnown(word, 'simplified') : word)];
  const at = [...word].indexOf(char);
  return toneMarks(hanSyllables(sc.join(''))[at] ?? '');
}
const toneless = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

describe('describe: real reports', () => {
  const all = reports();
  const described = new Map<string, CharDescription[]>();
  beforeAll(() => {
    for (const r of all) described.set(r.name, describeText(r.text));
  }, 120_000);

  it('has several reports to try, Traditional and Simplified, over a thousand distinct characters', () => {
    const chars = new Set(all.flatMap((r) => [...r.text].filter(isHan)));
    expect(all.length).toBeGreaterThan(10);
    expect(chars.size).toBeGreaterThan(1000);
  });

  it('gives every Han character of every report a reading and a word of 2–4 characters holding it once, in its own script', () => {
    const missing: string[] = [];
    let count = 0;
    for (const r of all) {
      const seen = new Set<string>();
      for (const d of described.get(r.name)!) {
        if (!isHan(d.char) || seen.has(d.char)) continue;
        seen.add(d.char);
        count++;
        const w = [...d.word];
        const ok = PINYIN.test(d.pinyin) && w.length >= 2 && w.length <= 4 && w.filter((c) => c === d.char).length === 1;
        if (!ok) missing.push(`${r.name}: ${describedLine(d)}`);
      }
    }
    expect(count).toBeGreaterThan(2000);
    expect(missing).toEqual([]);
  });

  it('the word reads the character as the context does (checked with pinyin-pro on the word alone)', () => {
    let same = 0;
    let sameSyllable = 0;
    const off: string[] = [];
    let total = 0;
    for (const r of all) {
      const traditional = convert(r.text, 'simplified') !== r.text;
      for (const d of described.get(r.name)!) {
        if (!isHan(d.char)) continue;
        total++;
        const inWord = readingInWord(d.word, d.char, traditional && convertKnown(d.word, 'simplified') !== d.word);
        if (inWord === d.pinyin) same++;
        if (toneless(inWord) === toneless(d.pinyin)) sameSyllable++;
        else off.push(`${describedLine(d)} (${inWord})`);
      }
    }
    // Only a tone may differ, where the text's tone is a sandhi or a neutral one (一 yí, 不 bú, 么 me).
    expect(off.slice(0, 20)).toEqual([]);
    expect(sameSyllable).toBe(total);
    expect(same / total).toBeGreaterThan(0.98);
  });

  it('a Traditional report gets Traditional words', () => {
    const d = described.get('bundled')!;
    const quan = d.find((x) => x.char === '權')!;
    expect(quan.word).toContain('權');
    expect(convert(quan.word, 'simplified')).not.toBe(quan.word);
  });
});

describe('describe: polyphones follow their context', () => {
  const cases = readFileSync(join(ROOT, 'tests/fixtures/listening/polyphones.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [word = '', want = ''] = l.split('\t');
      return { word, want: want.split(' ') };
    });

  it('reads each character of 318 polyphone words as the word does, and names it by a word that reads it so', () => {
    let right = 0;
    let chars = 0;
    const wordsByReading = new Map<string, Map<string, string>>();
    const wrongWord: string[] = [];
    let noWord = 0;
    for (const c of cases) {
      const ds = describeText(c.word);
      ds.forEach((d, k) => {
        chars++;
        const want = toneMarks(c.want[k]!);
        if (d.pinyin === want) right++;
        if (!d.word) noWord++;
        else if (toneless(readingInWord(d.word, d.char)) !== toneless(d.pinyin)) wrongWord.push(`${c.word}: ${describedLine(d)}`);
        const m = wordsByReading.get(d.char) ?? new Map<string, string>();
        m.set(d.pinyin, d.word);
        wordsByReading.set(d.char, m);
      });
    }
    expect(wrongWord).toEqual([]);
    // A reading no common word has (伯 bǎi of 大伯子 alone) gets no word rather than a wrong one.
    expect(noWord).toBeLessThan(chars / 100);
    expect(right / chars).toBeGreaterThan(0.95);
    // A character read two ways is named by two different words (行: 行业 / 进行; 长: 增长 / 长江).
    const twoWays = [...wordsByReading].filter(([, m]) => new Set([...m.keys()].map(toneless)).size > 1);
    expect(twoWays.length).toBeGreaterThan(20);
    for (const [char, m] of twoWays) expect(new Set(m.values()).size, char).toBe(m.size);
  });

  it.each([
    ['银行的行长', '行', 'háng'],
    ['进行调研', '行', 'xíng'],
    ['长沙', '长', 'cháng'],
    ['校长', '长', 'zhǎng'],
    ['重庆', '重', 'chóng'],
    ['重要', '重', 'zhòng'],
    ['还款', '还', 'huán'],
    ['还有', '还', 'hái'],
  ])('%s: %s is %s', (text, char, want) => {
    const d = describeText(text).find((x) => x.char === char)!;
    expect(d.pinyin).toBe(want);
    expect(readingInWord(d.word, char)).toBe(want);
  });

  it('shows a Traditional character by a Traditional word that holds that very character (後/后, 並/并, 髮/發)', () => {
    const d = describeText('並且後來皇后剪了頭髮');
    const of = (c: string) => d.find((x) => x.char === c)!.word;
    expect(of('後')).toContain('後');
    expect(of('后')).toContain('后');
    expect(of('后')).not.toMatch(/以后|后来|然后/);
    expect(of('並')).toContain('並');
    expect(of('髮')).toContain('髮');
    // A Simplified text keeps Simplified words.
    expect(describeText('权力').map((x) => x.word)[0]).toMatch(/^[^權]*权[^權]*$/);
  });
});

describe('describe: characters without a reading', () => {
  it('a character pinyin-pro does not know (﨑, 㐀) gets none, and the readings of the others stay on their own characters', () => {
    const d = describeText('﨑行㐀长');
    expect(d.map((x) => x.pinyin)).toEqual(['', 'xíng', '', 'cháng']);
    expect(d[1]!.word).toContain('行');
    // Speech reads the same: nothing for the unknown ones, and 行 still xíng.
    expect(pinyinWithMarks(readingTokens('﨑行㐀长'))).toBe('xíng cháng');
    expect(describeText('二〇二四年')[1]).toMatchObject({ char: '〇', pinyin: 'líng' });
  });
});

describe('describe: what is said', () => {
  it('says the character, its word and the character again, with the reading of the context forced', () => {
    const text = '银行行长';
    const hang = describeAt(text, 1)!;
    expect(hang.at).toBe(1);
    const v = describedVoice(hang.description);
    expect(v.text).toBe(`行，${hang.description.word}的行`);
    expect(v.reading!.startsWith('hang2 , ')).toBe(true);
    expect(v.reading!.endsWith(' de5 hang2')).toBe(true);
    // Punctuation is said by name.
    expect(describedVoice(describeText('，')[0]!)).toEqual({ text: '逗号' });
  });

  it('turns tone marks back into tone numbers for every reading of the bundled report', () => {
    const syllables = new Set(
      describeText(seedText())
        .map((d) => d.pinyin)
        .filter(Boolean),
    );
    expect(syllables.size).toBeGreaterThan(300);
    for (const s of syllables) expect(toneMarks(toneNumbers(s)!)).toBe(s);
  });

  it.skipIf(!needTool('espeak-ng'))('espeak-ng hears 行 in 银行 as háng, not as the xíng a lone 行 gets', async () => {
    const v = describedVoice(describeAt('银行', 1)!.description);
    const phonemes = (input: string) =>
      new Promise<string>((resolve) => {
        const p = spawn('espeak-ng', ['-v', 'cmn-latn-pinyin', '-q', '-x'], { stdio: ['pipe', 'pipe', 'ignore'] });
        let out = '';
        p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
        p.on('close', () => resolve(out.trim()));
        p.stdin.end(input);
      });
    const said = await phonemes(v.reading!);
    const hang = await phonemes('hang2');
    const xing = await phonemes('xing2');
    expect(said.startsWith(hang)).toBe(true);
    expect(said.startsWith(xing)).toBe(false);
  });
});

describe('langdu describe', () => {
  const BIN = join(ROOT, 'dist/langdu.js');
  const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, 'describe', ...args], { encoding: 'utf8', input, timeout: 60_000 });

  it('--json prints an array of {char, pinyin, word}, the reading in context', () => {
    const r = run(['银行行长', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as CharDescription[];
    expect(out.map((d) => d.char).join('')).toBe('银行行长');
    for (const d of out) expect(Object.keys(d)).toEqual(['char', 'pinyin', 'word']);
    expect(out.map((d) => d.pinyin)).toEqual(['yín', 'háng', 'háng', 'zhǎng']);
    expect(out[3]!.word).toContain('长');
  });

  it('prints a line a character, reads standard input, and names punctuation', () => {
    const r = run([], '權力，');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^權 quán，\S*權\S*的權$/);
    expect(lines[2]).toBe('，（逗号）');
  });

  it('--script shows the text and its words in the script asked for', () => {
    expect(run(['權力', '--script', 'simplified']).stdout.split('\n')[0]).toMatch(/^权 quán，\S*权\S*的权$/);
    expect(run(['权力', '--script', 'traditional']).stdout.split('\n')[0]).toMatch(/^權 quán，\S*權\S*的權$/);
  });

  it('a text that starts with - is a text, not an option, after --', () => {
    const r = run(['--', '-行']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('行 xíng');
  });

  it('control characters in the text never reach the terminal; an emoji joiner is no character', () => {
    const r = run([], 'A\x1bc\x1b]2;x\x07权');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('权 quán');
    expect(run(['👨‍👩‍👧']).stdout.trim().split('\n')).toHaveLength(3);
  });

  it('a page of characters no dictionary word holds is described in time linear in its length', () => {
    const r = run([], '磡峁'.repeat(3000));
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(6000);
  });

  it('no text, or an option of another command, is wrong usage in one line', () => {
    const none = spawnSync(process.execPath, [BIN, 'describe'], { encoding: 'utf8', input: '' });
    expect(none.status).toBe(2);
    expect(none.stderr.split('\n')[0]).toMatch(/^langdu: describe needs TEXT/);
    expect(run(['权', '--format', 'mp3']).status).toBe(2);
    const at = run(['权', '--at', '1']);
    expect(at.status).toBe(2);
    expect(at.stderr).toMatch(/--at does not go with `langdu describe`/);
  });
});
