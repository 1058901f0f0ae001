// A player's success must mean it played. Without a sound device ffplay prints "audio open failed" and
// exits 0 at once; any player that returns far sooner than the audio lasts played nothing. Both are a
// failure said in one Chinese line with what to do, for `langdu speak`, `langdu voices` and the reader.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlayer, customPlayer, failureLine, silentPlay } from '../../src/speech/player.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-silent-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in player script in this test's folder; returns its --player command line. */
function player(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return `sh ${file}`;
}
// Exits 0 at once without reading a byte.
const INSTANT = player('instant.sh', 'exit 0');
// What ffplay does with no audio device: the failure on stderr, exit 0, at once.
const FFPLAY_NO_DEVICE = player(
  'ffplay-no-device.sh',
  "cat > /dev/null\necho 'SDL_OpenAudio (1 channels, 22050 Hz): ALSA: Couldn'\\''t open audio device: No such file or directory' >&2\necho 'audio open failed' >&2\nexit 0",
);
// Takes as long as a second of sound lasts, and says nothing.
const PLAYS_A_SECOND = player('second.sh', 'cat > /dev/null\nsleep 1');

const MESSAGE = /^langdu: 播放程序 .+ 没有放出声音（.+）；可用 --player CMD 换一个播放程序，或用 langdu export 写成音频文件$/;

function langdu(args: string[]) {
  const began = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/langdu.js'), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - began };
}

describe('telling a play from silence', () => {
  it('finds the failure line players print, and nothing in ordinary chatter', () => {
    expect(failureLine('[ffplay] something\naudio open failed\n')).toBe('audio open failed');
    expect(failureLine('aplay: main:831: audio open error: No such file or directory')).toMatch(/audio open error/);
    expect(failureLine('Connection failure: Connection refused')).toMatch(/Connection failure/);
    expect(failureLine("play WARN alsa: can't open output file `default': No such file")).toMatch(/can't open output/);
    expect(failureLine('')).toBeNull();
    expect(failureLine('Input #0, wav, from pipe:\n  Duration: N/A')).toBeNull();
  });

  it('a play much shorter than its audio is silence; one about as long is a play; short clips are not timed', () => {
    expect(silentPlay('', 5000, 30)).toMatch(/5\.0 秒的声音，0\.0 秒就结束了/);
    expect(silentPlay('', 5000, 4900)).toBeNull();
    expect(silentPlay('', 100, 1)).toBeNull(); // a pause between utterances: start-up would blur the measure
    expect(silentPlay('audio open failed', 100, 100)).toMatch(/audio open failed/);
  });

  it("checkPlayer plays a second of silence, timed: an instant exit and ffplay's failure are no sound, a real-length play works", async () => {
    const instant = await checkPlayer(customPlayer(INSTANT));
    expect(instant.ok).toBe(false);
    expect(instant.detail).toMatch(/1\.0 秒的声音，0\.\d 秒就结束了/);
    const ffplay = await checkPlayer(customPlayer(FFPLAY_NO_DEVICE));
    expect(ffplay.ok).toBe(false);
    expect(ffplay.detail).toMatch(/audio open failed|Couldn't open audio/);
    const works = await checkPlayer(customPlayer(PLAYS_A_SECOND));
    expect(works).toMatchObject({ ok: true });
    expect(works.detail).toMatch(/sound output works/);
  });
});

describe.skipIf(!needTool('espeak-ng'))('the commands say so', () => {
  it.each([
    ['exits 0 at once', INSTANT, /秒的声音，\d+\.\d 秒就结束了/],
    ["prints ffplay's failure and exits 0", FFPLAY_NO_DEVICE, /audio open failed|Couldn't open audio/],
  ])('langdu speak with a player that %s: one Chinese line, exit 1, and it stops at the first utterance', (_what, cmd, why) => {
    const r = langdu(['speak', '--at', '1.1', '--player', cmd]);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(MESSAGE);
    expect(lines[0]).toMatch(why);
    // Stopped at the first sentence, not after pretending to read all of 1.1.
    expect(r.out.trim().split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('langdu voices plays silence through the player and says whether sound comes out', () => {
    const bad = langdu(['voices', '--player', FFPLAY_NO_DEVICE]);
    expect(bad.out).toMatch(/^player: sh .*ffplay-no-device\.sh \(--player\) — no sound$/m);
    expect(bad.err).toMatch(/^langdu: 播放程序 .+ 没有放出声音（它报告“.*”）/m);
    expect(bad.code).toBe(1);
    const good = langdu(['voices', '--player', PLAYS_A_SECOND]);
    expect(good.out).toMatch(/^player: sh .*second\.sh \(--player\) — 1\.0 s of silence played in 1\.\d\d s: sound output works$/m);
    expect(good.code).toBe(0);
  });
});
