// The reading audit (tests/fixtures/audit/): slips per 1000 characters of real report text against
// hand-made gold, on the part the readings were tuned on and on the parts never tuned on (held-out-2 and
// held-out-3: other reports, their gold written by hand with no draft from langdu; held-out-3's committed
// before langdu was first run on it).
import { beforeAll, expect, it } from 'vitest';
import { auditTable } from '../../bench/audit.js';
import { loadReading } from '../../src/speech/reading.js';
import { ROOT } from '../helpers.js';

beforeAll(async () => {
  await loadReading(`${ROOT}/tests/fixtures/audit/no-such-pronunciations.tsv`);
});

it('reads real report text with at most the measured slips per 1000 characters', () => {
  const { text, results } = auditTable(ROOT, true);
  console.log(text);
  const [tuned, held, held2, held3] = results;
  expect(tuned!.chars + held!.chars).toBeGreaterThan(6000);
  expect(held2!.chars).toBeGreaterThan(3000);
  expect(held3!.chars).toBeGreaterThan(5000);
  expect(tuned!.per1000).toBeLessThanOrEqual(LIMIT.tuned);
  expect(held!.per1000).toBeLessThanOrEqual(LIMIT.held);
  expect(held2!.per1000).toBeLessThanOrEqual(LIMIT.held2);
  expect(held3!.slips.length).toBeLessThanOrEqual(LIMIT.held3Slips);
});

// What was measured at the last change, rounded up: a change that reads worse fails here.
// held-out-2 was 16 slips in 3,319 characters (4.82) when it was added; held-out-3 was 23 in 5,019 (4.58)
// when it was added, measured once on the code of a83012c: held to that count, so one slip more fails.
const LIMIT = { tuned: 0.5, held: 1, held2: 5, held3Slips: 23 };
