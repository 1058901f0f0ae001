// A hostile voice folder's tokens.txt and lexicon.txt (each may be up to 64 MB): our lexicon is made from
// them in langdu's own process, so their lines must never all be held at once. Measured where it counts:
// in a child process with a small heap, which 16 million little strings (some 600 MB) cannot fit in.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-sherpa-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a hostile tokens.txt and lexicon.txt (32 MB each)', () => {
  it('one giant line, or nothing but line ends: our lexicon is made in a 200 MB heap, the real entries still learnt', () => {
    const bundle = join(dir, 'lexicon.mjs');
    buildSync({
      entryPoints: [join(ROOT, 'src/speech/engines/sherpa-lexicon.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'error',
    });
    const script = join(dir, 'run.mjs');
    writeFileSync(
      script,
      `import { syllableLexicon } from ${JSON.stringify(bundle)};
const big = 32 * 1024 * 1024;
const readingsOf = (c) => (c === '银' ? ['yin2'] : []);
const out = [];
// Made one pair at a time: the files of both kinds held together would not fit the heap either.
for (const files of [
  () => ['y 1\\nin2 2\\nx' + ' 3 '.repeat(big / 3) + '\\n', '银 y in2\\n我 ' + 'a '.repeat(big / 2) + '\\n'],
  () => ['y 1\\n' + '\\n'.repeat(big) + 'in2 2\\n', '银 y in2\\n' + '\\n'.repeat(big)],
]) {
  const [tokens, lexicon] = files();
  const t0 = performance.now();
  const lex = syllableLexicon(tokens, lexicon, readingsOf);
  out.push({ yin2: lex.entries.get('yin2'), ms: Math.round(performance.now() - t0) });
}
console.log(JSON.stringify(out));
`,
    );
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', script], { encoding: 'utf8', timeout: 90_000 });
    expect(r.status, r.stderr.slice(-400)).toBe(0);
    const out = JSON.parse(r.stdout) as { yin2: string[]; ms: number }[];
    console.log(`our lexicon from 32 MB hostile files: ${out.map((o) => o.ms).join(' ms, ')} ms in a 200 MB heap`);
    for (const o of out) expect(o.yin2).toEqual(['y', 'in2']);
  }, 90_000);
});
