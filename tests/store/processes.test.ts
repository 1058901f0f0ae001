// The store as several real processes use it: readers of the same report adding, deleting and saving
// at the same moment, and a write that fails half-way (a file size limit stands in for a full disk).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

let work: string;
let storeModule: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'langdu-store-procs-'));
  storeModule = join(work, 'store.mjs');
  buildSync({ entryPoints: [join(ROOT, 'src/store/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: storeModule, logLevel: 'silent' });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A reader process: adds its bookmarks one by one, deletes some, saving its position in between. */
const READER = `
const { Store } = await import(process.env.STORE_MODULE);
const [dir, name, count, deleteEvery] = process.argv.slice(1);
const store = new Store({ state: dir, config: dir }, (w) => { console.error(w); });
for (let k = 0; k < Number(count); k++) {
  const bookmark = { id: name + '.' + k, sentence: k, label: name + k, created: '' };
  const r = store.changeBookmarks('doc', { kind: 'add', bookmark });
  if (!r.ok) { console.error('add failed', r.reason); process.exit(3); }
  store.saveDoc('doc', { position: { id: name + '.' + k, sentence: 0 }, script: null });
  if (Number(deleteEvery) && k % Number(deleteEvery) === 0) {
    const d = store.changeBookmarks('doc', { kind: 'delete', bookmark });
    if (!d.ok) { console.error('delete failed', d.reason); process.exit(4); }
  }
}
`;

function runReader(dir: string, name: string, count: number, deleteEvery: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', READER, dir, name, String(count), String(deleteEvery)], {
      env: { ...process.env, STORE_MODULE: storeModule },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('store across processes', () => {
  it('six readers adding and deleting bookmarks at once keep every bookmark and every deletion', async () => {
    const dir = mkdtempSync(join(work, 'state-'));
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const results = await Promise.all(names.map((n) => runReader(dir, n, 12, 4)));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    const { Store } = (await import(storeModule)) as typeof import('../../src/store/index.js');
    const saved = new Store({ state: dir, config: dir }).loadDoc('doc').bookmarks.map((b) => b.id);
    // Each reader added 0…11 and deleted 0, 4 and 8 again.
    const expected = names.flatMap((n) => [1, 2, 3, 5, 6, 7, 9, 10, 11].map((k) => `${n}.${k}`));
    expect(saved.sort()).toEqual(expected.sort());
    // No lock or temp file is left behind.
    expect(readdirSync(join(dir, 'documents'))).toEqual(['doc.json']);
  }, 60_000);

  it('a write that fails half-way (file size limit) leaves the old file and no temp file', () => {
    const dir = mkdtempSync(join(work, 'limit-'));
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{"old":true}\n');
    const script = `const { writeAtomic } = await import(process.env.STORE_MODULE);
      try { writeAtomic(${JSON.stringify(file)}, 'x'.repeat(64 * 1024)); } catch (e) { console.log(e.code); }`;
    // ulimit -f 8 caps files at 8 KiB: the write fails with EFBIG, as it would on a full disk.
    const r = spawnSync('sh', ['-c', `ulimit -f 8 && exec "$0" --input-type=module -e "$1"`, process.execPath, script], {
      env: { ...process.env, STORE_MODULE: storeModule },
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe('EFBIG');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });
});
