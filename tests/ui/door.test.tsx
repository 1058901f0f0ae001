// The reader's frame and its screen-reader layout, fed the hostile string: a bookmark label read back
// from a state file, a title and a passage that did not come through load, a warning at start, typed
// input. Nothing a terminal would obey reaches the output, the label shows in visible form, and every
// row still fits the terminal.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { Store } from '../../src/store/index.js';
import { App } from '../../src/ui/App.js';
import { firstFrameText } from '../../src/ui/first-frame.js';
import { textWidth } from '../../src/ui/text.js';
import { seedText } from '../helpers.js';
import { HOSTILE, HOSTILE_SHOWN, OBEYED_IN_LINE, OBEYED_IN_TEXT } from '../hostile.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-ui-door-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Bookmarks as the reader gets them: written to a state file by someone else, read back by the Store. */
function bookmarksFromStateFile() {
  const store = new Store({ state: join(tmp, 'state'), config: join(tmp, 'config') });
  const key = 'a'.repeat(24);
  mkdirSync(join(tmp, 'state', 'documents'), { recursive: true });
  const bookmark = { id: '1.1.1', sentence: 0, label: `标签${HOSTILE}`, created: '' };
  writeFileSync(store.docFile(key), JSON.stringify({ position: null, bookmarks: [bookmark], script: null }));
  const { bookmarks } = store.loadDoc(key);
  expect(bookmarks[0]!.label).toContain('\x1b]0;PWNED'); // the state file really carries it
  return bookmarks;
}

// Parsed without load, so the title, a heading and a passage carry the escapes too.
const index = new DocIndex(parse(seedText().replace('紹興市上虞區', `紹興市${HOSTILE}上虞區`).replace('思想引領強根基', `思想引領${HOSTILE}強根基`)));
const tick = () => new Promise((r) => setTimeout(r, 15));
async function until(ok: () => boolean) {
  for (let k = 0; k < 200 && !ok(); k++) await tick();
  expect(ok()).toBe(true);
}

function mount(screenReader: boolean, cols = 100, rows = 30) {
  const initial = createState(index, { rows, cols, screenReader, bookmarks: bookmarksFromStateFile(), notes: [`注意${HOSTILE}`] });
  const app = render(<App initial={initial} onSave={() => {}} onQuit={() => {}} />);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick();
    }
  };
  return { app, press, initial };
}

describe('the frame', () => {
  it.each([
    [100, 30],
    [40, 12],
  ])('at %ix%i: the bookmark list, the title, a passage, a warning, typed search; nothing obeyed, every row fits', async (cols, rows) => {
    const { app, press, initial } = mount(false, cols, rows);
    const frames: string[] = [];
    const look = () => {
      const f = app.lastFrame() ?? '';
      frames.push(f);
      for (const line of f.split('\n')) {
        expect(line).not.toMatch(OBEYED_IN_LINE);
        expect(textWidth(line)).toBeLessThanOrEqual(cols);
      }
      return f;
    };
    await until(() => look().includes('紹興市␛]0;PWNED␇'));
    if (cols >= 100) expect(look()).toContain('注意␛]0;PWNED␇');
    await press("'");
    await until(() => look().includes('标签'));
    if (cols >= 100) expect(look()).toContain(`标签${HOSTILE_SHOWN}`);
    await press('\r'); // jump to it: the passage with the escapes in its text
    await until(() => look().includes('思想引領'));
    await press('/', '\u202E', '引');
    await until(() => look().includes('<U+202E>引')); // the typed search, in visible form
    expect(frames.join('\n')).toContain('␛]0;PWNED␇');
    // The first frame, drawn before Ink, has the same door.
    const first = firstFrameText(initial, true).replace(/\x1b\[(7|27)m/g, '');
    expect(first).not.toMatch(OBEYED_IN_TEXT);
    expect(first).toContain('␛]0;PWNED␇');
    app.unmount();
  });
});

describe('the screen-reader layout', () => {
  it('appends the bookmark label, the warning, the title and the passage in visible form; the live prompt too', async () => {
    const { app, press } = mount(true);
    const written = () => app.frames.join('');
    await until(() => written().includes('注意'));
    await press("'");
    await until(() => written().includes('书签共 1 个'));
    await press('d'); // the list says where each is; deleting one says its label
    await until(() => written().includes('已删除书签'));
    await press('\r');
    await press('/', '\u202E', '引');
    await until(() => (app.lastFrame() ?? '').includes('<U+202E>引'));
    expect(written()).not.toMatch(OBEYED_IN_TEXT);
    expect(written()).toContain(`标签${HOSTILE_SHOWN}`);
    expect(written()).toContain('注意␛]0;PWNED␇');
    app.unmount();
  });
});
