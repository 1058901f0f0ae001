// Report vocabulary with the polyphones issue 25 names (class 10), read by hand: what langdu gives
// espeak-ng must sound as the right reading does. One espeak-ng run for all the words.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { loadReading, pinyinInput, readingTokens } from '../../src/speech/reading.js';
import { spokenForReading } from '../../src/speech/spoken.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';
import { phonemesEach } from './espeak-phonemes.js';

const haveEspeak = needTool('espeak-ng');

const words = readFileSync(`${ROOT}/tests/fixtures/listening/report-polyphones.tsv`, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string]);

beforeAll(async () => {
  await loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`);
});

it.skipIf(!haveEspeak)('reads 300 report words with polyphones right', async () => {
  expect(words.length).toBe(300);
  const ours = words.map(([w]) => pinyinInput(readingTokens(spokenForReading(w))));
  const [heard, right] = await Promise.all([phonemesEach(ours), phonemesEach(words.map(([, r]) => r))]);
  const wrong = words.flatMap(([w, r], k) => (heard[k] === right[k] ? [] : [`${w}: want ${r}, langdu gives ${ours[k]}`]));
  expect(wrong).toEqual([]);
});
