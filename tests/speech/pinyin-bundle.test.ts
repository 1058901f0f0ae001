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
