// The reader's session hashes the document (node:crypto, ~5 ms) only after its first frame, or never,
// when nothing can be saved for it yet, or when it is the file last opened and unchanged (its key is
// remembered), and still saves and resumes under the same key.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readerSession } from '../../src/commands/reader-session.js';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { cursorPosition } from '../../src/reader/position.js';
import { createState, reduce } from '../../src/reader/state.js';
import { documentKey, fileIdentity, Store } from '../../src/store/index.js';
import { SEED_PATH } from '../helpers.js';

const roots: string[] = [];
afterEach(() => {
  while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
});
const store = () => {
  const root = mkdtempSync(join(tmpdir(), 'langdu-session-'));
  roots.push(root);
  return new Store({ state: join(root, 'state'), config: join(root, 'config') });
};
const text = readFileSync(SEED_PATH, 'utf8');
const counted = () => {
  const calls = { n: 0 };
  return { calls, keyOf: () => (calls.n++, documentKey(text)) };
};
/** The reader moved three items down from the start. */
const moved = () => {
  let s = createState(new DocIndex(parse(text)));
  for (let k = 0; k < 3; k++) s = reduce(s, { type: 'down' });
  return s;
};

describe('reader session', () => {
  it('on a first run the key is made only when settled, once, and a save lands under it', () => {
    const st = store();
    const { calls, keyOf } = counted();
    const session = readerSession(keyOf, st);
    expect(calls.n).toBe(0);
    expect(session.saved).toEqual({ position: null, bookmarks: [], script: null });
    session.settle();
    session.settle();
    expect(calls.n).toBe(1);
    const state = moved();
    session.save(state);
    expect(calls.n).toBe(1);
    expect(st.loadDoc(documentKey(text)).position).toEqual(cursorPosition(state));
  });

  it('a save before settling makes the key then; once anything is saved, the next run makes it at once and resumes', () => {
    const st = store();
    const first = counted();
    const state = moved();
    readerSession(first.keyOf, st).save(state);
    expect(first.calls.n).toBe(1);
    const again = counted();
    const session = readerSession(again.keyOf, st);
    expect(again.calls.n).toBe(1);
    expect(session.saved.position).toEqual(cursorPosition(state));
  });
});

describe('the key of the file last opened', () => {
  const file = () => {
    const root = mkdtempSync(join(tmpdir(), 'langdu-last-'));
    roots.push(root);
    const path = join(root, 'report.txt');
    writeFileSync(path, text);
    return path;
  };

  it('is remembered when the reader saves, and found again only while the file is unchanged', () => {
    const st = store();
    const path = file();
    const first = counted();
    const session1 = readerSession(first.keyOf, st, { path, identity: fileIdentity(path)! });
    session1.settle();
    expect(st.rememberedKey(path, fileIdentity(path)!)).toBeNull();
    const state = moved();
    session1.save(state);
    expect(st.rememberedKey(path, fileIdentity(path)!)).toBe(documentKey(text));
    // Opened again unchanged: no hash at all, and it resumes.
    const again = counted();
    const session = readerSession(again.keyOf, st, { path, identity: fileIdentity(path)! });
    session.settle();
    expect(again.calls.n).toBe(0);
    expect(session.saved.position).toEqual(cursorPosition(state));
    // Another path, the same file made into a different text (a newer langdu), or the same file
    // written again (even with the same text), is hashed.
    expect(st.rememberedKey(path, { ...fileIdentity(path)!, chars: text.length + 1 })).toBeNull();
    expect(st.rememberedKey(`${path}.copy`, fileIdentity(path)!)).toBeNull();
    writeFileSync(path, text);
    expect(st.rememberedKey(path, fileIdentity(path)!)).toBeNull();
    const third = counted();
    readerSession(third.keyOf, st, { path, identity: fileIdentity(path)! });
    expect(third.calls.n).toBe(1);
  });

  it('a missing or corrupt memo is no memo', () => {
    const st = store();
    const path = file();
    expect(st.rememberedKey(path, fileIdentity(path)!)).toBeNull();
    mkdirSync(st.dirs.state, { recursive: true });
    writeFileSync(join(st.dirs.state, 'last-opened.json'), '{ not json');
    expect(st.rememberedKey(path, fileIdentity(path)!)).toBeNull();
    writeFileSync(join(st.dirs.state, 'last-opened.json'), JSON.stringify({ path, ...fileIdentity(path)!, key: '../../etc/passwd' }));
    expect(st.rememberedKey(path, fileIdentity(path)!)).toBeNull();
  });
});

describe('a state file the reader cannot read', () => {
  it('a bookmark is refused in Chinese, and the file (a FIFO here) is left as it was', async () => {
    const { execFileSync } = await import('node:child_process');
    const { lstatSync } = await import('node:fs');
    const st = store();
    const key = documentKey(text);
    mkdirSync(join(st.dirs.state, 'documents'), { recursive: true });
    execFileSync('mkfifo', [st.docFile(key)]);
    const warnings: string[] = [];
    const session = readerSession(key, new Store(st.dirs, (w) => warnings.push(w)));
    expect(session.saved.bookmarks).toEqual([]);
    const r = session.bookmarks({ kind: 'add', bookmark: { id: '1', sentence: 0, label: '一、', created: '' } });
    expect(r).toEqual({ ok: false, reason: '无法读取状态文件（那里不是普通文件），为免丢失其中的书签，未保存也未覆盖（ENOTREG）' });
    session.save(moved());
    expect(lstatSync(st.docFile(key)).isFIFO()).toBe(true);
    expect(warnings[0]).toMatch(/it is a FIFO \(named pipe\); starting without it, and not saving over it/);
  });
});
