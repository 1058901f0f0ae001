// The last guard: a bug (stood in for by tests/fixtures/bug-on-sigusr2.mjs, loaded with --import) ends
// langdu with one line and exit 1, with no stack trace, no speech process left, the terminal's own
// screen back and the reader's place saved.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fixture, newTag, ROOT, taggedProcesses } from '../helpers.js';
import { BIN, needTool, Tmux } from './tmux.js';

const BUG = fixture('bug-on-sigusr2.mjs');
const PLAYER = `sh ${fixture('slow-player.sh')}`;
const LINE = /^langdu: internal error: a stand-in bug( \(rejection\))?; please report it with the command you ran\n$/;

const roots: string[] = [];
const sessions: Tmux[] = [];
function root(): string {
  const r = mkdtempSync(join(tmpdir(), 'langdu-guard-'));
  roots.push(r);
  return r;
}
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
});
afterAll(() => {
  // A reader killed with its session may still be saving its place as the folder goes: retry then.
  for (const r of roots) rmSync(r, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

async function until(ok: () => boolean, what: string, ms = 15_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.skipIf(!needTool('espeak-ng'))('langdu speak', () => {
  it.each(['exception', 'rejection'])('an uncaught %s while speaking is one line and exit 1, and leaves no speech process', async (kind) => {
    const pids = join(root(), 'pids');
    const tag = newTag();
    const env = { ...process.env, LANGDU_TEST_PIDS: pids, LANGDU_TEST_TAG: tag, LANGDU_TEST_BUG: kind };
    const child = spawn(process.execPath, ['--import', BUG, BIN, 'speak', '--player', PLAYER], { cwd: ROOT, env });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await until(() => existsSync(pids), 'speaking');
    child.kill('SIGUSR2');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(1);
    expect(err).toMatch(LINE); // one line: no stack trace, no minified source
    await until(() => taggedProcesses(tag).length === 0, 'no speech process left', 3000);
  });
});

describe.skipIf(!needTool('tmux'))('the reader', () => {
  it('a bug gives the screen back, prints one line, exits 1, and the place is saved', async () => {
    const r = root();
    const env = { XDG_STATE_HOME: join(r, 's'), XDG_CONFIG_HOME: join(r, 'c') };
    const t = new Tmux(`node --import ${BUG} ${BIN} --no-speech`, env);
    sessions.push(t);
    await t.waitFor('开头 · 原文');
    t.send('3', 'j');
    await t.waitFor('第一部分 › 第一节 › 第二点');
    execFileSync('pkill', ['-USR2', '-P', String(t.panePid()), '-f', 'langdu.js']);
    const screen = await t.waitFor('EXIT=');
    expect(screen).toContain('EXIT=1');
    expect(screen).toContain('langdu: internal error: a stand-in bug; please report it with the command you ran');
    expect(screen).not.toContain('第一部分 ›'); // the reader's screen is gone: the alternate screen was left
    expect(screen).not.toMatch(/^\s+at /m);
    t.kill();

    const again = new Tmux(`node ${BIN} --no-speech`, env);
    sessions.push(again);
    await again.waitFor('回到上次读到的地方：第一部分 第一节 第二点');
  });
});
