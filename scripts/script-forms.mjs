// Regenerates the character table of src/document/script-forms.ts from every Han word of src/document/*.ts:
// each word's Simplified form (opencc-js tw → cn) and its Taiwan, Hong Kong and plain Traditional forms, paired
// character by character. Run after adding lexicon words when tests/document/script-forms.test.ts names some:
//   node scripts/script-forms.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/document/', import.meta.url));
const target = join(dir, 'script-forms.ts');
const toCn = (await import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' });
const cn2t = await import('opencc-js/cn2t');
const forms = ['tw', 'hk', 't'].map((to) => cn2t.Converter({ from: 'cn', to }));
const words = new Set();
for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'script-forms.ts')) {
  for (const w of readFileSync(join(dir, f), 'utf8').match(/\p{Script=Han}+/gu) ?? []) words.add(w);
}
const pairs = new Map();
for (const w of words) {
  const s = toCn(w);
  for (const t of [w, ...forms.map((c) => c(s))]) {
    if (t.length !== s.length) continue;
    for (let k = 0; k < t.length; k++) if (t[k] !== s[k]) pairs.set(t[k], s[k]);
  }
}
const sorted = [...pairs].sort(([a], [b]) => (a < b ? -1 : 1));
const trad = sorted.map(([t]) => t).join('');
const simp = sorted.map(([, s]) => s).join('');
const src = readFileSync(target, 'utf8')
  .replace(/(const TRADITIONAL =\n\s*')[^']*'/, `$1${trad}'`)
  .replace(/(const SIMPLIFIED =\n\s*')[^']*'/, `$1${simp}'`);
writeFileSync(target, src);
console.log(`${sorted.length} characters`);
