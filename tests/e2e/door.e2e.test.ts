// A real terminal (tmux) shown what an attacker controls: a bookmark label in the reader's state file,
// an error that quotes a file name, a passage with bidi controls. The pane's title stays, no clipboard
// buffer appears (OSC 52, with tmux's set-clipboard on), and the screen is not cleared. A control pane
// that prints the same string raw shows each check can fail.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { seedText } from '../helpers.js';
import { HOSTILE } from '../hostile.js';
import { BIN, needTool, shellQuote, Tmux, tmux } from './tmux.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-door-e2e-'));
const sessions: Tmux[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));

const title = (s: Tmux) => tmux(['display-message', '-p', '-t', s.name, '#{pane_title}']).trim();
const buffers = () => tmux(['list-buffers', '-F', '#{buffer_name}']).trim();

function open(command: string, env: Record<string, string> = {}): Tmux {
  // On: tmux takes OSC 52 from programs into a paste buffer, as a terminal would into the clipboard.
  tmux(['set-option', '-g', 'set-clipboard', 'on']);
  // Tmux runs `env VARS command`: the variables go in front of a shell that runs all of it.
  const s = new Tmux(`sh -c ${shellQuote(`printf 'BEFORE-MARK\\n'; ${command}`)}`, env);
  sessions.push(s);
  return s;
}

describe.skipIf(!needTool('tmux'))('a real terminal', () => {
  it('the control: the same string printed raw retitles the pane, fills the clipboard and clears the screen', async () => {
    const s = open(`printf '%s' ${shellQuote(HOSTILE)}; printf 'AFTER\\n'`);
    await s.waitFor('AFTER');
    expect(title(s)).toBe('PWNED');
    expect(s.capture()).not.toContain('BEFORE-MARK');
    expect(buffers()).not.toBe('');
    tmux(['delete-buffer']);
  });

  it('the reader shows a bookmark label from its state file, and errors quote values, without obeying them', async () => {
    const report = join(tmp, 'report.txt');
    const text = seedText().replace('思想引領強根基', `思想引領\u202E強根基`);
    writeFileSync(report, text);
    // The reader's state file for this report, as another program (or an attacker) left it.
    const state = join(tmp, 'state');
    const key = createHash('sha256').update(text.replace('\u202E', '')).digest('hex').slice(0, 24);
    mkdirSync(join(state, 'langdu', 'documents'), { recursive: true });
    const bookmark = { id: '1.1.1', sentence: 0, label: `标签${HOSTILE}`, created: '' };
    writeFileSync(join(state, 'langdu', 'documents', `${key}.json`), JSON.stringify({ position: null, bookmarks: [bookmark], script: null }));
    const missing = shellQuote(join(tmp, `${HOSTILE}.txt`));
    const s = open(`node ${BIN} --no-speech ${report}; node ${BIN} outline ${missing}; node ${BIN} --${shellQuote(HOSTILE)}`, {
      XDG_STATE_HOME: state,
      XDG_CONFIG_HOME: join(tmp, 'config'),
    });
    const before = title(s);
    await s.waitFor('无语音');
    s.send("'");
    const list = await s.waitFor('标签');
    expect(list).toContain('标签␛]0;PWNED␇␛[2J');
    expect(s.capture(true)).not.toMatch(/\x1b\]|\x07/); // no OSC left in the pane's cells either
    expect(title(s)).toBe(before);
    s.send('Enter');
    await s.waitFor('強根基');
    expect(s.capture()).not.toContain('\u202E');
    s.send('q');
    const end = await s.waitFor('EXIT=');
    // Back on the normal screen: what was there before is still there, and the errors show the values.
    expect(end).toContain('BEFORE-MARK');
    expect(end).toMatch(/langdu: no such file: .*␛\]0;PWNED␇␛\[2J␛\]52;c;aGk=␇<U\+202E>evil<U\+2066>\.txt/);
    expect(end).toMatch(/langdu: unknown option '--␛\]0;PWNED␇/);
    expect(title(s)).toBe(before);
    expect(buffers()).toBe('');
  });
});
