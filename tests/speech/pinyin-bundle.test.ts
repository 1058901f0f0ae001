// The build hands pinyin-pro's dictionaries to JSON.parse instead of compiling them as JavaScript
// literals (scripts/build.mjs, pinyinAsJson): the bundled copy must read exactly as the published one.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as published from 'pinyin-pro';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

it('the bundled pinyin-pro reads a whole report, word by word and character by character, as the published one', () => {
  const dir = join(ROOT, 'dist/chunks');
  const chunk = readdirSync(dir).find((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('addTraditionalDict:'));
  expect(chunk).toBeDefined();
  const source = readFileSync(join(dir, chunk!), 'utf8');
  // The dictionaries really are JSON now (the test would prove nothing of the change otherwise).
  expect(source).toMatch(/JSON\.parse\('\{"[^"]+":"/);
  const bundled = createRequire(join(dir, 'x.js'))(join(dir, chunk!)) as typeof published;
  const report = readFileSync(join(ROOT, 'content/shangyu-2024-rule-of-law-report.txt'), 'utf8');
  for (const options of [
    { toneType: 'num', type: 'array', segmentit: 2 },
    { toneType: 'num', type: 'array' },
    { toneType: 'symbol', multiple: true, type: 'array' },
    { surname: 'all', type: 'array' },
  ] as const) {
    expect(bundled.pinyin(report, options)).toEqual(published.pinyin(report, options));
  }
  // Every character of the main CJK block and some beyond it, each with all its readings (dict1's arrays became strings).
  let chars = '〇伶凌膀𫭟𦝼嘎䁖𠀀𪚥';
  for (let c = 0x4e00; c <= 0x9fff; c++) chars += String.fromCodePoint(c);
  expect(bundled.pinyin(chars, { multiple: true, type: 'array' })).toEqual(published.pinyin(chars, { multiple: true, type: 'array' }));
});

it('with an automaton of one sentence’s words (speak’s first sentence), that sentence and its parts read as with all words; the next builds all', () => {
  const dir = join(ROOT, 'dist/chunks');
  const chunk = join(dir, readdirSync(dir).find((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('addTraditionalDict:'))!);
  const req = createRequire(join(dir, 'x.js'));
  const report = readFileSync(join(ROOT, 'content/shangyu-2024-rule-of-law-report.txt'), 'utf8');
  const sentences = report.split(/(?<=。)/).filter((s) => s.trim().length > 20);
  const picked = [sentences[0]!, sentences[7]!, sentences[40]!, '银行长期贷款以企业为主体，城镇调查失业率平均为5.2%。', '长者将为香港的经济带来新的负担。'];
  const options = { toneType: 'num', type: 'array', segmentit: 2 } as const;
  for (const [k, sentence] of picked.entries()) {
    // A fresh copy each time: the automaton is the module's own.
    delete req.cache[chunk];
    const bundled = req(chunk) as typeof published & { __langduWordsFor: (text: string) => void };
    bundled.__langduWordsFor(sentence);
    expect(bundled.pinyin(sentence, options), sentence).toEqual(published.pinyin(sentence, options));
    const part = sentence.slice(3, 15);
    expect(bundled.pinyin(part, options)).toEqual(published.pinyin(part, options));
    // Text with words the first automaton lacks (长者 after the bank sentence is read zhǎng only with them).
    const next = picked[(k + 1) % picked.length]!;
    expect(bundled.pinyin(next, options)).toEqual(published.pinyin(next, options));
  }
});
