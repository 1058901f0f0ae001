import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bookmark } from '../../src/reader/state.js';
import { applyBookmarkOp, type DocState, documentKey, Store } from '../../src/store/index.js';
import { SEED_PATH } from '../helpers.js';

const roots: string[] = [];
afterEach(() => {
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});

const mk = () => {
  const root = mkdtempSync(join(tmpdir(), 'langdu-store-'));
  roots.push(root);
  const warnings: string[] = [];
  const store = new Store({ state: join(root, 'state'), config: join(root, 'config') }, (w) => warnings.push(w));
  return { root, store, warnings };
};
const bm = (id: string, sentence = 0): Bookmark => ({ id, sentence, label: `L${id}`, created: '2026-01-01T00:00:00Z' });
const state = (id: string, bookmarks: Bookmark[] = []): DocState => ({ position: { id, sentence: 1 }, bookmarks, script: 'simplified' });

describe('store', () => {
  it('keys documents by content: a moved copy, or the same report saved with CRLF, finds its state; an edit does not', async () => {
    const { loadFile } = await import('../../src/document/load.js');
    const { root } = mk();
    const seed = readFileSync(SEED_PATH, 'utf8');
    writeFileSync(join(root, 'moved.txt'), seed);
    writeFileSync(join(root, 'crlf.txt'), seed.replace(/\n/g, '\r\n'));
    writeFileSync(join(root, 'edited.txt'), seed.replace('上虞', '上虞县'));
    const keyOf = async (f: string) => documentKey((await loadFile(join(root, f))).text);
    const original = documentKey((await loadFile(SEED_PATH)).text);
    expect(await keyOf('moved.txt')).toBe(original);
    expect(await keyOf('crlf.txt')).toBe(original);
    expect(await keyOf('edited.txt')).not.toBe(original);
  });

  it('converts a rate saved in espeak-ng words per minute to 字/分钟, and drops one that makes no sense', () => {
    const { store } = mk();
    mkdirSync(store.dirs.config, { recursive: true });
    const settingsWith = (v: object) => {
      writeFileSync(store.settingsFile(), JSON.stringify(v));
      return store.loadSettings();
    };
    // 230 wpm was espeak-ng's default: it read ~300 字/分钟, so it stays about as fast, not 230 字/分钟.
    const old = settingsWith({ rate: 230 });
    expect(old.rateUnit).toBe('cpm');
    expect(old.rate).toBeGreaterThan(270);
    expect(old.rate).toBeLessThan(330);
    expect(settingsWith({ rate: 80 }).rate).toBe(100);
    expect(settingsWith({ rate: 9000 }).rate).toBeUndefined();
    expect(settingsWith({ rate: '230' }).rate).toBeUndefined();
    expect(settingsWith({ rate: 300, rateUnit: 'cpm' }).rate).toBe(300);
    expect(settingsWith({ rate: 50, rateUnit: 'cpm' }).rate).toBeUndefined();
    // Saving converts the file for good.
    settingsWith({ rate: 230, voice: 'cmn-latn-pinyin' });
    store.saveSettings({ script: 'simplified' });
    expect(JSON.parse(readFileSync(store.settingsFile(), 'utf8'))).toMatchObject({ rate: old.rate, rateUnit: 'cpm', voice: 'cmn-latn-pinyin' });
  });

  it('round-trips position, bookmarks and script, leaving no temp files', () => {
    const { store } = mk();
    const empty = store.loadDoc('k');
    expect(empty).toEqual({ position: null, bookmarks: [], script: null });
    expect(store.saveDoc('k', state('1.2')).ok).toBe(true);
    expect(store.changeBookmarks('k', { kind: 'add', bookmark: bm('1') }).ok).toBe(true);
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

  it('position saves never touch bookmarks: one reader cannot undo what another added or deleted', () => {
    const { store } = mk();
    // Reader A and reader B open the same report; A adds 1, B adds 2, A deletes 1, both move and save.
    expect(store.changeBookmarks('k', { kind: 'add', bookmark: bm('1') })).toEqual({ ok: true, value: [bm('1')] });
    expect(store.changeBookmarks('k', { kind: 'add', bookmark: bm('2') })).toEqual({ ok: true, value: [bm('1'), bm('2')] });
    store.saveDoc('k', { position: { id: '3', sentence: 0 }, script: null });
    expect(store.changeBookmarks('k', { kind: 'delete', bookmark: bm('1') })).toEqual({ ok: true, value: [bm('2')] });
    store.saveDoc('k', { position: { id: '9', sentence: 2 }, script: 'simplified' });
    const now = store.loadDoc('k');
    expect(now.bookmarks.map((b) => b.id)).toEqual(['2']);
    expect(now.position).toEqual({ id: '9', sentence: 2 });
    // Adding a bookmark that is there, or deleting one that is gone, changes nothing.
    expect(applyBookmarkOp([bm('2')], { kind: 'add', bookmark: bm('2') })).toEqual([bm('2')]);
    expect(applyBookmarkOp([bm('2')], { kind: 'delete', bookmark: bm('7') })).toEqual([bm('2')]);
  });

  it('does not write while another langdu holds the lock, and clears a stale lock', () => {
    const { store, warnings } = mk();
    mkdirSync(join(store.dirs.state, 'documents'), { recursive: true });
    const lock = `${store.docFile('k')}.lock`;
    writeFileSync(lock, '');
    const t0 = Date.now();
    expect(store.saveDoc('k', state('1')).ok).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(warnings.at(-1)).toMatch(/another langdu is saving/);
    expect(existsSync(store.docFile('k'))).toBe(false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(store.saveDoc('k', state('1')).ok).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('an unwritable state folder is a warning, not a crash', () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: make the folder a file instead.
      const { store, warnings, root } = mk();
      writeFileSync(join(root, 'state'), 'not a folder');
      expect(store.saveDoc('k', state('1')).ok).toBe(false);
      expect(warnings.at(-1)).toMatch(/cannot create/);
      return;
    }
    const { store, warnings, root } = mk();
    mkdirSync(join(root, 'state'));
    chmodSync(join(root, 'state'), 0o500);
    expect(store.saveDoc('k', state('1')).ok).toBe(false);
    expect(warnings.at(-1)).toMatch(/cannot/);
  });
});
