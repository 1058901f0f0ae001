// The V8 code cache of the bundle's chunks (src/code-cache.ts) is untrusted input: a damaged, stale,
// foreign, linked or misplaced cache file must be ignored (and made again), never crash, never change
// what the code does, and nothing may be written outside the cache folder. Here a small CommonJS
// "chunk" is loaded through the real hook; the built program is checked end to end at the bottom.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CODE_CACHE_LIMIT, type CodeCacheHandle, codeCacheFolder, installCodeCache, readCodeCache } from '../src/code-cache.js';
import { runLangdu } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'langdu-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Long enough that V8's cache is more than a header; `factor` keeps the length when it changes.
const chunkSource = (factor: number) =>
  `'use strict';\nconst table = [${Array.from({ length: 300 }, (_, k) => k).join(',')}];\n` +
  `module.exports = { answer: (x) => x * ${factor}, sum: () => table.reduce((a, b) => a + b, 0), file: __filename, req: typeof require.resolve };\n`;

let n = 0;
let handle: CodeCacheHandle | null = null;
afterEach(() => {
  handle?.stop();
  handle = null;
});

/** A fresh install: a chunks folder with one chunk, and a cache root. */
function setup() {
  const base = join(root, `case-${++n}`);
  const chunks = join(base, 'dist', 'chunks');
  mkdirSync(chunks, { recursive: true });
  const chunk = join(chunks, 'chunk-TEST.js');
  writeFileSync(chunk, chunkSource(6));
  return { base, chunks, chunk, cacheRoot: join(base, 'cache', 'langdu') };
}

/** Load the chunk once through the hook, as a new process would; then write what it made (as at exit). */
function load(s: ReturnType<typeof setup>): { answer: (x: number) => number; sum: () => number; file: string; req: string; used: string[] } {
  handle = installCodeCache(s.chunks, s.cacheRoot);
  const req = createRequire(join(s.chunks, 'x.js'));
  delete req.cache[s.chunk];
  const m = req(s.chunk) as { answer: (x: number) => number; sum: () => number; file: string; req: string };
  m.answer(1);
  const used = [...handle.used];
  handle.stop();
  handle = null;
  return { ...m, used };
}

const cacheFile = (s: ReturnType<typeof setup>) => {
  const dir = codeCacheFolder(s.cacheRoot, s.chunks);
  if (!dir) throw new Error('no cache folder');
  return join(dir, 'chunk-TEST.js.v8');
};

describe('the code cache of the chunks', () => {
  it('is made on the first load and used on the next, with the same results', () => {
    const s = setup();
    const first = load(s);
    expect(first.used).toEqual([]);
    expect(existsSync(cacheFile(s))).toBe(true);
    const second = load(s);
    expect(second.used).toEqual(['chunk-TEST.js']);
    expect([second.answer(7), second.sum(), second.file, second.req]).toEqual([42, 44850, s.chunk, 'function']);
  });

  it('a chunk changed in place (same length) is compiled anew, not run from the old cache', () => {
    const s = setup();
    load(s);
    // V8 itself only compares the source's length: without our check this would still answer 7 × 6.
    writeFileSync(s.chunk, chunkSource(7));
    const m = load(s);
    expect(m.used).toEqual([]);
    expect(m.answer(7)).toBe(49);
    expect(load(s).used).toEqual(['chunk-TEST.js']);
  });

  it.each([
    [
      'damaged in the middle',
      (f: string) => {
        const b = readFileSync(f);
        for (let k = Math.floor(b.length / 2); k < b.length; k += 7) b[k] = b[k]! ^ 0x5a;
        writeFileSync(f, b);
      },
    ],
    ['truncated', (f: string) => truncateSync(f, Math.floor(readFileSync(f).length * 0.6))],
    ['cut inside its header', (f: string) => truncateSync(f, 20)],
    ['empty', (f: string) => writeFileSync(f, '')],
    ['random bytes', (f: string) => writeFileSync(f, Buffer.from(Array.from({ length: 5000 }, (_, k) => (k * 131 + 17) % 256)))],
    ['made by another Node', (f: string) => writeFileSync(f, readFileSync(f, 'latin1').replace(process.version, 'v99.0.0'), 'latin1')],
    ['writable by others', (f: string) => chmodSync(f, 0o666)],
    [
      'a FIFO',
      (f: string) => {
        rmSync(f);
        execFileSync('mkfifo', [f]);
      },
    ],
    ['over the size limit (sparse)', (f: string) => truncateSync(f, CODE_CACHE_LIMIT + 1)],
  ])('a cache file %s is ignored, the chunk still works, and a good one is written', (_, spoil) => {
    const s = setup();
    load(s);
    spoil(cacheFile(s));
    const m = load(s);
    expect(m.used).toEqual([]);
    expect([m.answer(7), m.sum()]).toEqual([42, 44850]);
    // Written afresh (a new file renamed over whatever stood there), then used.
    expect(readCodeCache(codeCacheFolder(s.cacheRoot, s.chunks)!, 'chunk-TEST.js', chunkSource(6))).not.toBeNull();
    expect(load(s).used).toEqual(['chunk-TEST.js']);
  });

  it('a cache file that is a symbolic link is not followed, and what it points to is left alone', () => {
    const s = setup();
    load(s);
    const outside = join(s.base, 'outside.v8');
    writeFileSync(outside, readFileSync(cacheFile(s)));
    const before = readFileSync(outside);
    rmSync(cacheFile(s));
    symlinkSync(outside, cacheFile(s));
    const m = load(s);
    expect(m.used).toEqual([]);
    expect(m.answer(7)).toBe(42);
    expect(readFileSync(outside)).toEqual(before);
  });

  it('a cache folder that is a symbolic link is neither read nor written', () => {
    const s = setup();
    const elsewhere = join(s.base, 'elsewhere');
    mkdirSync(elsewhere);
    mkdirSync(s.cacheRoot, { recursive: true });
    symlinkSync(elsewhere, join(s.cacheRoot, 'code'));
    expect(load(s).answer(7)).toBe(42);
    expect(load(s).used).toEqual([]);
    expect(readdirSync(elsewhere, { recursive: true })).toEqual([]);
  });

  it('a cache root that cannot be made (a file stands there) only costs the cache', () => {
    const s = setup();
    mkdirSync(join(s.base, 'cache'));
    writeFileSync(s.cacheRoot, 'not a folder');
    const m = load(s);
    expect([m.answer(7), m.used]).toEqual([42, []]);
    expect(readFileSync(s.cacheRoot, 'utf8')).toBe('not a folder');
  });

  it('files outside the chunks folder are compiled as Node does', () => {
    const s = setup();
    const other = join(s.base, 'dist', 'other.js');
    writeFileSync(other, chunkSource(6));
    handle = installCodeCache(s.chunks, s.cacheRoot);
    const req = createRequire(other);
    expect((req(other) as { answer: (x: number) => number }).answer(1)).toBe(6);
    handle.stop();
    handle = null;
    expect(existsSync(join(s.cacheRoot, 'code'))).toBe(false);
  });
});

describe('the built program with its code cache', () => {
  it('says the same with no cache, a fresh one, a kept one and a damaged one', async () => {
    const env = { XDG_CACHE_HOME: join(root, 'program-cache') };
    const args = ['speak', '--at', '1.1.1', '--dry-run', '--pinyin'];
    const off = await runLangdu(args, { env: { ...env, LANGDU_NO_CODE_CACHE: '1' } });
    expect(off.code).toBe(0);
    expect(off.out).toContain('yī shì sī xiǎng');
    expect(existsSync(join(root, 'program-cache', 'langdu', 'code'))).toBe(false);
    const fresh = await runLangdu(args, { env });
    const [folder] = readdirSync(join(root, 'program-cache', 'langdu', 'code'));
    const dir = join(root, 'program-cache', 'langdu', 'code', folder!);
    const files = readdirSync(dir);
    // pinyin-pro's chunk among them: the reading was loaded.
    expect(files.length).toBeGreaterThan(10);
    const kept = await runLangdu(args, { env });
    for (const f of files) {
      const b = readFileSync(join(dir, f));
      for (let k = Math.floor(b.length / 3); k < b.length; k += 5) b[k] = b[k]! ^ 0xff;
      writeFileSync(join(dir, f), b);
    }
    const damaged = await runLangdu(args, { env });
    for (const r of [fresh, kept, damaged]) expect(r).toEqual(off);
    expect(off.err).toBe('');
  }, 60_000);
});
