// State and config files as an attacker (or an accident) leaves them: a FIFO, a folder, a file too big,
// a file langdu may not read, a symbolic link out of the folder, a lock that is no lock, JSON nested
// 100 000 deep, `__proto__` keys. None blocks, none crashes, and none is ever written over unread.
import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STATE_LIMIT } from '../../src/state-file.js';
import { type FileIdentity, reasonInChinese, Store } from '../../src/store/index.js';

const roots: string[] = [];
afterEach(() => {
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});

const mk = () => {
  const root = mkdtempSync(join(tmpdir(), 'langdu-hostile-'));
  roots.push(root);
  const warnings: string[] = [];
  const store = new Store({ state: join(root, 'state'), config: join(root, 'config') }, (w) => warnings.push(w));
  mkdirSync(join(store.dirs.state, 'documents'), { recursive: true });
  mkdirSync(store.dirs.config, { recursive: true });
  return { root, store, warnings };
};

const saved = JSON.stringify({
  position: { id: '1.2', sentence: 3 },
  bookmarks: [{ id: '2.1', sentence: 0, label: '二、存在问题', created: '2026-01-01T00:00:00Z' }],
  script: 'simplified',
});
const fifo = (path: string) => execFileSync('mkfifo', [path]);
const id: FileIdentity = { dev: 1, ino: 2, size: 3, mtimeMs: 4, ctimeMs: 5 };

describe('a state file that could not be read is never written over', () => {
  it('one over the size limit (a real state file with 4 MiB of padding) stays byte for byte; saves are refused and said', () => {
    const { store, warnings } = mk();
    const file = store.docFile('k');
    // Valid JSON (whitespace is allowed), one byte over the limit: langdu cannot read it, so must not
    // replace it with the new bookmark alone (that lost every bookmark in it before).
    const big = saved + ' '.repeat(STATE_LIMIT + 1 - saved.length);
    writeFileSync(file, big);
    const before = statSync(file);
    expect(store.loadDoc('k')).toEqual({ position: null, bookmarks: [], script: null });
    expect(warnings).toEqual([expect.stringMatching(/cannot read .*k\.json: it is 4 MiB, over the 4 MiB limit; starting without it, and not saving over it/)]);
    const move = store.saveDoc('k', { position: { id: '9', sentence: 0 }, script: null });
    expect(move).toMatchObject({ ok: false, code: 'EFBIG', unreadable: true });
    const add = store.changeBookmarks('k', { kind: 'add', bookmark: { id: '3', sentence: 0, label: 'x', created: '' } });
    expect(add.ok).toBe(false);
    expect(warnings.at(-1)).toMatch(/so langdu does not save over it \(move it away to start fresh\); not saved$/);
    expect(warnings).toHaveLength(2); // the load's warning, then the refusal said once for both saves
    expect(reasonInChinese('EFBIG', true)).toMatch(/^无法读取状态文件（文件太大），为免丢失其中的书签，未保存也未覆盖/);
    const after = statSync(file);
    expect([after.ino, after.size]).toEqual([before.ino, before.size]);
    expect(readFileSync(file, 'utf8')).toBe(big);
  });

  it('a 1 GiB file (sparse) is refused at once, not read whole', () => {
    const { store, warnings } = mk();
    const file = store.docFile('k');
    writeFileSync(file, saved);
    truncateSync(file, 1024 ** 3);
    const t0 = performance.now();
    expect(store.saveDoc('k', { position: null, script: null }).ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(statSync(file).size).toBe(1024 ** 3);
    expect(warnings[0]).toMatch(/it is 1024 MiB, over the 4 MiB limit/);
  });

  it('a FIFO, a socket-less device and a folder in a state file’s place: a warning, no wait, left as they are', () => {
    const { store, warnings } = mk();
    fifo(store.docFile('fifo'));
    symlinkSync('/dev/zero', store.docFile('zero')); // a device that never ends, through a link
    mkdirSync(store.docFile('dir'));
    fifo(store.settingsFile());
    const t0 = performance.now();
    for (const k of ['fifo', 'zero', 'dir']) {
      expect(store.loadDoc(k).bookmarks).toEqual([]);
      const r = store.changeBookmarks(k, { kind: 'delete', bookmark: { id: '1', sentence: 0 } });
      expect(r).toMatchObject({ ok: false, unreadable: true });
    }
    expect(store.loadSettings()).toEqual({});
    expect(store.saveSettings({ script: 'traditional' }).ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(warnings.filter((w) => w.includes('starting without it'))).toEqual([
      expect.stringMatching(/fifo\.json: it is a FIFO \(named pipe\); .*\(remove it, or move it away\)$/),
      expect.stringMatching(/zero\.json: it is a character device; /),
      expect.stringMatching(/dir\.json: it is a folder; /),
      expect.stringMatching(/settings\.json: it is a FIFO/),
    ]);
    expect(lstatSync(store.docFile('fifo')).isFIFO()).toBe(true);
    expect(lstatSync(store.docFile('zero')).isSymbolicLink()).toBe(true);
    expect(lstatSync(store.docFile('dir')).isDirectory()).toBe(true);
    expect(lstatSync(store.settingsFile()).isFIFO()).toBe(true);
    expect(reasonInChinese('ENOTREG', true)).toContain('那里不是普通文件');
  });

  it('an error from open (a loop of links: the path EACCES takes for a user who is not root) is refused the same way', () => {
    const { store, warnings } = mk();
    symlinkSync(store.docFile('k'), store.docFile('k')); // ELOOP
    expect(store.loadDoc('k').position).toBeNull();
    expect(warnings[0]).toMatch(/cannot read .*k\.json: a loop of symbolic links; starting without it/);
    expect(store.saveDoc('k', { position: null, script: null })).toMatchObject({ ok: false, code: 'ELOOP', unreadable: true });
    expect(lstatSync(store.docFile('k')).isSymbolicLink()).toBe(true);
  });

  it('a state file langdu may not read (EACCES) is not written over', (ctx) => {
    if (process.getuid?.() === 0) {
      console.warn('skipping: root reads any file, so EACCES cannot happen (the test above covers the same path with ELOOP)');
      ctx.skip();
    }
    const { store, warnings } = mk();
    writeFileSync(store.docFile('k'), saved, { mode: 0o200 });
    expect(store.loadDoc('k').bookmarks).toEqual([]);
    expect(warnings[0]).toMatch(/permission denied; starting without it.*\(check its permissions\)/);
    expect(store.saveDoc('k', { position: null, script: null })).toMatchObject({ ok: false, code: 'EACCES', unreadable: true });
    expect(reasonInChinese('EACCES', true)).toContain('没有读取权限');
    expect(statSync(store.docFile('k')).size).toBe(saved.length);
  });
});

it('a file where the documents folder should be: said in words, not saved over', () => {
  const { store, warnings } = mk();
  rmSync(join(store.dirs.state, 'documents'), { recursive: true });
  writeFileSync(join(store.dirs.state, 'documents'), 'mine');
  expect(store.loadDoc('k').position).toBeNull();
  expect(warnings[0]).toMatch(/cannot read .*k\.json: a file stands where a folder should be; starting without it/);
  expect(store.saveDoc('k', { position: null, script: null }).ok).toBe(false);
  expect(readFileSync(join(store.dirs.state, 'documents'), 'utf8')).toBe('mine');
});

describe('last-opened.json', () => {
  it('a FIFO or a huge file there: no wait, no key, one warning, and it is left alone', () => {
    const { store, warnings } = mk();
    const file = join(store.dirs.state, 'last-opened.json');
    fifo(file);
    expect(store.rememberedKey('/r.txt', id)).toBeNull();
    store.rememberKey('/r.txt', id, 'a'.repeat(24));
    expect(lstatSync(file).isFIFO()).toBe(true);
    rmSync(file);
    writeFileSync(file, '');
    truncateSync(file, 64 * 1024 * 1024);
    expect(store.rememberedKey('/r.txt', id)).toBeNull();
    store.rememberKey('/r.txt', id, 'a'.repeat(24));
    expect(statSync(file).size).toBe(64 * 1024 * 1024);
    expect(warnings).toEqual([expect.stringMatching(/last-opened\.json \(it is a FIFO \(named pipe\)\); leaving it alone/)]);
    // An ordinary one still works.
    rmSync(file);
    store.rememberKey('/r.txt', id, 'a'.repeat(24));
    expect(store.rememberedKey('/r.txt', id)).toBe('a'.repeat(24));
  });
});

describe('links and locks', () => {
  it('a state file that links to a file outside the folder: read, never written through', () => {
    const { root, store, warnings } = mk();
    const passwd = join(root, 'passwd');
    writeFileSync(passwd, 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(passwd, store.docFile('k'));
    // Not JSON: the link is moved aside as corrupt (the link, not what it points to).
    expect(store.saveDoc('k', { position: { id: '1', sentence: 0 }, script: null }).ok).toBe(true);
    expect(readFileSync(passwd, 'utf8')).toBe('root:x:0:0:root:/root:/bin/bash\n');
    expect(lstatSync(store.docFile('k')).isFile()).toBe(true);
    expect(warnings[0]).toMatch(/k\.json was corrupt; moved it aside/);
    // A link to a good state file elsewhere (kept with one's dotfiles): read, then saved in its place.
    const kept = join(root, 'kept.json');
    writeFileSync(kept, saved);
    symlinkSync(kept, store.docFile('m'));
    expect(store.loadDoc('m').bookmarks.map((b) => b.label)).toEqual(['二、存在问题']);
    expect(store.saveDoc('m', { position: null, script: null }).ok).toBe(true);
    expect(readFileSync(kept, 'utf8')).toBe(saved);
    expect(store.loadDoc('m').bookmarks).toHaveLength(1);
    expect(warnings.at(-1)).toMatch(/m\.json was a symbolic link; saved a file in its place and left .*kept\.json as it was$/);
  });

  it.each([
    ['a folder', (p: string) => mkdirSync(p)],
    ['a FIFO', fifo],
    ['a symbolic link', (p: string) => symlinkSync('/etc/passwd', p)],
  ])('a lock that is %s: refused at once (no 3 s wait), said, left there', (kind, make) => {
    const { store, warnings } = mk();
    const lock = `${store.docFile('k')}.lock`;
    make(lock);
    const t0 = performance.now();
    const r = store.saveDoc('k', { position: null, script: null });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r).toMatchObject({ ok: false, code: 'ELOCKBAD' });
    expect(warnings.at(-1)).toMatch(new RegExp(`k\\.json\\.lock is ${kind}, not a lock langdu made \\(remove it, ELOCKBAD\\); not saved$`));
    expect(reasonInChinese('ELOCKBAD')).toContain('锁文件');
    expect(() => lstatSync(lock)).not.toThrow();
  });
});

it('a sentence number past the safe integers (1e300) makes a state file corrupt, moved aside', () => {
  const { store, warnings } = mk();
  writeFileSync(store.docFile('k'), JSON.stringify({ position: { id: '1', sentence: 1e300 }, bookmarks: [], script: null }));
  expect(store.loadDoc('k').position).toBeNull();
  expect(warnings[0]).toMatch(/k\.json was corrupt; moved it aside/);
});

describe('settings.json as an attacker writes it', () => {
  it('nested 100 000 deep: moved aside as corrupt, and saving works again', () => {
    const { store, warnings } = mk();
    writeFileSync(store.settingsFile(), `{"script":"simplified","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(store.loadSettings()).toEqual({});
    expect(warnings[0]).toMatch(/settings\.json was corrupt; moved it aside/);
    expect(store.saveSettings({ script: 'traditional' }).ok).toBe(true);
    expect(store.loadSettings().script).toBe('traditional');
  });

  it('a voice id of a megabyte is dropped (it would only break the engine’s command line)', () => {
    const { store } = mk();
    writeFileSync(store.settingsFile(), JSON.stringify({ voice: 'x'.repeat(1 << 20), script: 'simplified' }));
    expect(store.loadSettings()).toEqual({ script: 'simplified' });
  });

  it('__proto__ and constructor keys stay plain data: nothing is polluted, saving keeps working', () => {
    const { store } = mk();
    writeFileSync(store.settingsFile(), '{"__proto__":{"polluted":1,"rate":300},"constructor":{"prototype":{"polluted":1}},"script":"simplified"}');
    const s = store.loadSettings();
    expect(s.script).toBe('simplified');
    expect(s.rate).toBeUndefined();
    expect(store.saveSettings({ voice: 'cmn-latn-pinyin' }).ok).toBe(true);
    const again = store.loadSettings();
    expect([again.script, again.voice, again.rate]).toEqual(['simplified', 'cmn-latn-pinyin', undefined]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(again)).toBe(Object.prototype);
  });
});

it('the descriptor opened for a FIFO does not stay open', () => {
  const { store } = mk();
  fifo(store.docFile('k'));
  const before = openSync('/dev/null', 'r');
  closeSync(before);
  store.loadDoc('k');
  const after = openSync('/dev/null', 'r');
  closeSync(after);
  expect(after).toBe(before);
});
