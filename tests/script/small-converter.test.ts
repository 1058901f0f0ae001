// `langdu speak` converts its first sentence with a converter built from only the dictionary entries that
// can match in it (src/script/index.ts): it must give exactly what the whole converter gives, on real
// report text in both scripts, and on any part of the text it was made for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { convertUncached, loadScript, smallConverterOf } from '../../src/script/index.js';

const ROOT = join(import.meta.dirname, '../..');
const texts = [
  ...readdirSync(join(ROOT, 'tests/fixtures/reports'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'tests/fixtures/reports', f), 'utf8')),
  readFileSync(join(ROOT, 'content/shangyu-2024-rule-of-law-report.txt'), 'utf8'),
];
/** Each text's first sentences and some sentences spread through it (each gets a converter of its own). */
const sentences = texts.flatMap((t) => {
  const all = t.split(/(?<=[。！？\n])/).filter((s) => /\p{Script=Han}/u.test(s));
  const step = Math.max(1, Math.floor(all.length / 12));
  return [...all.slice(0, 8), ...all.filter((_, k) => k % step === 0).slice(0, 12)];
});

beforeAll(async () => {
  await Promise.all([loadScript('simplified'), loadScript('traditional')]);
}, 60_000);

it.each(['simplified', 'traditional'] as const)('a small %s converter converts each sentence it was made for as the whole one does', async (script) => {
  // cn→tw's dictionaries are twenty times larger: fewer sentences keep the test short.
  const some = script === 'simplified' ? sentences : sentences.filter((_, k) => k % 3 === 0);
  expect(some.length).toBeGreaterThan(30);
  let changed = 0;
  for (const s of some) {
    const whole = convertUncached(s, script);
    expect((await smallConverterOf(script, s))(s), s).toBe(whole);
    if (whole !== s) changed++;
  }
  // The sentences are ones the conversion changes, not only text left alone.
  expect(changed).toBeGreaterThan(some.length / 5);
});

it('a small converter made for a whole passage converts every line and every sentence of it as the whole one does', async () => {
  for (const t of texts) {
    const passage = t.slice(0, 6000);
    const fn = await smallConverterOf('simplified', passage);
    expect(fn(passage)).toBe(convertUncached(passage, 'simplified'));
    for (const part of passage.split(/(?<=[，。\n])/)) expect(fn(part), part).toBe(convertUncached(part, 'simplified'));
  }
});
