// The reader's session puts off hashing the document (node:crypto, ~5 ms) until after its first frame
// when nothing can be saved for it yet, and still saves and resumes under the same key.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readerSession } from '../../src/commands/reader-session.js';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { cursorPosition } from '../../src/reader/position.js';
import { createState, reduce } from '../../src/reader/state.js';
import { documentKey, Store } from '../../src/store/index.js';
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
