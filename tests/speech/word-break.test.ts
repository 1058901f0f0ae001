// Quoted items and book titles in a row run together with no pause (issue 25, class 9), but a quote or title
// mark still ends a word for the reading: the characters on either side of it never make a word of their
// own (a potential complement 用不见, a 行长). Checked through espeak-ng's phonemes; and the silent break
// that carries the boundary never reaches an engine as text (espeak-ng would name it).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScript } from '../../src/script/index.js';
import { loadReading, pinyinInput, readingTokens } from '../../src/speech/reading.js';
import { spokenForm, spokenForReading } from '../../src/speech/spoken.js';
import { spokenUtterances } from '../../src/speech/utterances.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';
import { heardOtherwise } from './espeak-phonemes.js';

const haveEspeak = needTool('espeak-ng');
const reading = (text: string) => pinyinInput(readingTokens(spokenForReading(text)));

beforeAll(async () => {
  await Promise.all([loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`), loadScript('simplified')]);
});

const CASES: [string, string][] = [
  // Not a potential complement (verb 不 result) across two quoted items: 不 keeps its tone, bú before a fourth.
  ['做到“好用”“不见外”', 'zuo4 dao4 hao3 yong4 bu2 jian4 wai4'],
  ['他说“能用”“不上锁”', 'ta1 shuo1 neng2 yong4 bu2 shang4 suo3'],
  ['推行《规划》《不动产登记办法》', 'tui1 xing2 gui1 hua4 bu2 dong4 chan3 deng1 ji4 ban4 fa3'],
  // Inside one quoted item the complement is still read as one: 说不清 bu5.
  ['“说不清”的问题', 'shuo1 bu5 qing1 de5 wen4 ti2'],
  // Nor a complement of direction or a neutral-tone word across the mark.
  ['观看《过来人》', 'guan1 kan4 guo4 lai2 ren2'],
  ['推出“起来”系列', 'tui1 chu1 qi3 lai2 xi4 lie4'],
  ['“老朋”“友谊”', 'lao3 peng2 you3 yi4'],
];

describe.skipIf(!haveEspeak)('a quote or title mark ends a word for the reading, with no pause (espeak-ng -x)', () => {
  it('reads each side of the mark as its own word', async () => {
    expect(await heardOtherwise(CASES, reading)).toEqual([]);
  });
});

it('no pause between quoted items in a row, and no break character in what an engine is given', () => {
  for (const [text] of CASES) {
    expect(reading(text)).not.toMatch(/[,.]/);
    expect(spokenForm(text)).not.toMatch(/\u200b/);
  }
  const sentences = CASES.map(([text]) => `${text}。`);
  let k = 0;
  const next = spokenUtterances(() => (k < sentences.length ? { item: 0, sentence: k, text: sentences[k++]!, boundary: null } : null), 'simplified');
  let count = 0;
  for (let u = next(); u; u = next()) {
    count++;
    expect(u.text).not.toMatch(/\u200b/);
    expect(u.reading).not.toMatch(/\u200b/);
  }
  expect(count).toBe(CASES.length);
});
