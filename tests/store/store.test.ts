import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bookmark } from '../../src/reader/state.js';
import { documentKey, mergeBookmarks, Store, type DocState } from '../../src/store/index.js';

const mk = () => {
  const root = mkdtempSync(join(tmpdir(), 'langdu-store-'));
  const warnings: string[] = [];
  const store = new Store({ state: join(root, 'state'), config: join(root, 'config') }, (w) => warnings.push(w));
  return { root, store, warnings };
};
const bm = (id: string, sentence = 0): Bookmark => ({ id, sentence, label: `L${id}`, created: '2026-01-01T00:00:00Z' });
const state = (id: string, bookmarks: Bookmark[] = []): DocState => ({ position: { id, sentence: 1 }, bookmarks, script: 'simplified' });

describe('store', () => {
  it('keys documents by content, not by path', () => {
    expect(documentKey('甲乙丙')).toBe(documentKey('甲乙丙'));
    expect(documentKey('甲乙丙')).not.toBe(documentKey('甲乙丁'));
  });

  it('round-trips position, bookmarks and script, leaving no temp files', () => {
    const { store } = mk();
    const empty = store.loadDoc('k');
    expect(empty).toEqual({ position: null, bookmarks: [], script: null });
    expect(store.saveDoc('k', state('1.2', [bm('1')]), empty)).not.toBeNull();
    expect(store.loadDoc('k')).toEqual(state('1.2', [bm('1')]));
    expect(readdirSync(join(store.dirs.state, 'documents'))).toEqual(['k.json']);
    store.saveSettings({ script: 'traditional' });
    expect(store.loadSettings().script).toBe('traditional');
  });

  it('moves a corrupt file aside with a one-line warning and starts fresh', () => {
    const { store, warnings } = mk();
    mkdirSync(join(store.dirs.state, 'documents'), { recursive: true });
    writeFileSync(store.docFile('k'), '{"position": {"id": "1", "sen');
    expect(store.loadDoc('k')).toEqual({ position: null, bookmarks: [], script: null });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/k\.json was corrupt; moved it aside as k\.json\.corrupt-.* and started fresh$/);
    const files = readdirSync(join(store.dirs.state, 'documents'));
    expect(files.some((f) => f.startsWith('k.json.corrupt-'))).toBe(true);
    const aside = files.find((f) => f.startsWith('k.json.corrupt-'))!;
    expect(readFileSync(join(store.dirs.state, 'documents', aside), 'utf8')).toBe('{"position": {"id": "1", "sen'); // kept, not lost
  });

  it('treats valid JSON of the wrong shape as corrupt too', () => {
    const { store, warnings } = mk();
    mkdirSync(join(store.dirs.state, 'documents'), { recursive: true });
    writeFileSync(store.docFile('k'), JSON.stringify({ position: { id: 3 }, bookmarks: 'x' }));
    expect(store.loadDoc('k').position).toBeNull();
    expect(warnings[0]).toMatch(/was corrupt/);
  });

  it('merges: bookmarks another langdu added meanwhile survive, ones we deleted stay deleted', () => {
    const { store } = mk();
    store.saveDoc('k', state('1', [bm('1'), bm('2')]), store.loadDoc('k'));
    const baseA = store.loadDoc('k');
    const baseB = store.loadDoc('k');
    // B adds 3; then A deletes 1 and adds 4, from its older view.
    store.saveDoc('k', state('2', [bm('1'), bm('2'), bm('3')]), baseB);
    const written = store.saveDoc('k', state('9', [bm('2'), bm('4')]), baseA);
    const merged = store.loadDoc('k');
    expect(written).toEqual(merged); // what save returns is what is on disk: the next save's base
    expect(merged.bookmarks.map((b) => b.id)).toEqual(['2', '3', '4']);
    expect(merged.position!.id).toBe('9');
    expect(mergeBookmarks([], [bm('1')], [bm('1')]).map((b) => b.id)).toEqual(['1']);
  });

  it('does not write while another langdu holds the lock, and clears a stale lock', () => {
    const { store, warnings } = mk();
    mkdirSync(join(store.dirs.state, 'documents'), { recursive: true });
    const lock = `${store.docFile('k')}.lock`;
    writeFileSync(lock, '');
    const t0 = Date.now();
    expect(store.saveDoc('k', state('1'), store.loadDoc('k'))).toBeNull();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(warnings.at(-1)).toMatch(/another langdu is saving/);
    expect(existsSync(store.docFile('k'))).toBe(false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(store.saveDoc('k', state('1'), store.loadDoc('k'))).not.toBeNull();
    expect(existsSync(lock)).toBe(false);
  });

  it('an unwritable state folder is a warning, not a crash', () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: make the folder a file instead.
      const { store, warnings, root } = mk();
      writeFileSync(join(root, 'state'), 'not a folder');
      expect(store.saveDoc('k', state('1'), store.loadDoc('k'))).toBeNull();
      expect(warnings.at(-1)).toMatch(/cannot create/);
      return;
    }
    const { store, warnings, root } = mk();
    mkdirSync(join(root, 'state'));
    chmodSync(join(root, 'state'), 0o500);
    expect(store.saveDoc('k', state('1'), store.loadDoc('k'))).toBeNull();
    expect(warnings.at(-1)).toMatch(/cannot/);
  });
});
