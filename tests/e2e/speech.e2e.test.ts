// Listening in the real program, in tmux, with real espeak-ng and a stand-in player that "plays" for a
// while: speech starts, a move stops it and reads the next node, and no way of quitting leaves a
// speech process behind.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toneNumbers } from '../../src/speech/reading.js';
import { espeakSpeed, RATE_RANGE } from '../../src/speech/types.js';
import { fixture, newTag, ROOT, taggedProcesses } from '../helpers.js';
import { BIN, needTool, Tmux } from './tmux.js';

const ready = needTool('tmux') && needTool('espeak-ng');
const PLAYER = `sh ${fixture('slow-player.sh')}`;
const sessions: Tmux[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
});
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
/** A folder for one test, removed after the file's tests. */
function tempRoot(): string {
  const r = mkdtempSync(join(tmpdir(), 'langdu-speech-e2e-'));
  roots.push(r);
  return r;
}

function setup(extra = '--no-self-voicing') {
  const root = tempRoot();
  const pids = join(root, 'pids');
  const tag = newTag();
  // XDG_RUNTIME_DIR: with a fresh XDG_CONFIG_HOME, espeak-ng's PulseAudio library would otherwise make
  // a new /tmp/pulse-* folder on every run.
  const env = { XDG_STATE_HOME: join(root, 's'), XDG_CONFIG_HOME: join(root, 'c'), XDG_RUNTIME_DIR: root, LANGDU_TEST_PIDS: pids, LANGDU_TEST_TAG: tag };
  // The reading tests hear only the reading; self-voicing has a test of its own below.
  const t = new Tmux(`node ${BIN} ${extra} --player "${PLAYER}"`, env);
  sessions.push(t);
  const players = () => (existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n').filter(Boolean).map(Number) : []);
  /** This test's speech processes still running: espeak-ng and players (the langdu process aside). */
  const speech = () => taggedProcesses(tag).filter((pid) => commOf(pid) !== 'node');
  return { t, players, root, speech };
}

function commOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
async function until(ok: () => boolean, what: string, ms = 8000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`never happened: ${what}`);
}

describe.skipIf(!ready)('self-voicing in tmux', () => {
  it("each key's answer reaches the player, the next key cuts it off, and what is heard is that answer", async () => {
    const root = tempRoot();
    const record = join(root, 'heard');
    mkdirSync(record);
    const pids = join(root, 'pids');
    const env = {
      XDG_STATE_HOME: join(root, 's'),
      XDG_CONFIG_HOME: join(root, 'c'),
      XDG_RUNTIME_DIR: root,
      LANGDU_TEST_PIDS: pids,
      LANGDU_TEST_RECORD: record,
      LANGDU_TEST_TAG: newTag(),
    };
    const t = new Tmux(`node ${BIN} --player "sh ${fixture('recording-player.sh')}"`, env);
    sessions.push(t);
    const heard = () =>
      readdirSync(record)
        .filter((f) => f.endsWith('.wav'))
        .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    const players = () => (existsSync(pids) ? readFileSync(pids, 'utf8').trim().split('\n').filter(Boolean).map(Number) : []);
    await t.waitFor('未朗读');
    // Launch is said (the title, where the reader is), and the first key cuts it off.
    await until(() => heard().length === 1, 'the launch said');
    const launch = players()[0]!;
    t.send('3');
    await until(() => heard().length === 2, 'the move said');
    await until(() => !alive(launch), 'the launch cut off by the first key');
    const first = players()[1]!;
    await until(() => alive(first), 'the first answer playing');
    t.send('G');
    await until(() => heard().length === 3, 'the next answer said');
    await until(() => !alive(first), 'the first answer cut off');
    t.send('j');
    await until(() => heard().length === 4, '已是最后一项 said');
    // What the player got is the answer: as long as espeak-ng makes that text, within 15 %.
    // A WAV streamed to a player carries no length in its header: let sox count the samples.
    const seconds = (f: string) => {
      const r = spawnSync('sox', ['--ignore-length', join(record, f), '-n', 'stat'], { encoding: 'utf8' });
      return Number(/Length \(seconds\):\s+([\d.]+)/.exec(r.stderr)![1]);
    };
    const spokenSeconds = (text: string) => {
      const out = join(root, 'expected.wav');
      execFileSync('espeak-ng', ['-v', 'cmn-latn-pinyin', '-s', '230', '-w', out], { input: text }); // langdu's default rate
      return Number(execFileSync('soxi', ['-D', out], { encoding: 'utf8' }));
    };
    const [l, a, , c] = heard();
    const launchWords = '朗读：绍兴市上虞区二零二四年度法治政府建设工作情况报告，在开头';
    expect(seconds(l!) / spokenSeconds(launchWords)).toBeGreaterThan(0.8);
    expect(seconds(l!) / spokenSeconds(launchWords)).toBeLessThan(1.2);
    expect(seconds(a!) / spokenSeconds('第一点：思想引领强根基')).toBeGreaterThan(0.85);
    expect(seconds(a!) / spokenSeconds('第一点：思想引领强根基')).toBeLessThan(1.15);
    expect(seconds(c!) / spokenSeconds('已是最后一项')).toBeGreaterThan(0.85);
    expect(seconds(c!) / spokenSeconds('已是最后一项')).toBeLessThan(1.15);
    t.send('q');
    await t.waitFor('EXIT=0');
  });
});

describe.skipIf(!ready)('describing a character in tmux', () => {
  it('i says the character under the review cursor with the reading of its context: the player gets háng, sample for sample', async () => {
    const root = tempRoot();
    const record = join(root, 'heard');
    mkdirSync(record);
    const report = join(root, 'report.txt');
    writeFileSync(report, '一、总体情况\n银行行长到长沙调研。\n');
    const env = {
      XDG_STATE_HOME: join(root, 's'),
      XDG_CONFIG_HOME: join(root, 'c'),
      XDG_RUNTIME_DIR: root,
      LANGDU_TEST_RECORD: record,
      LANGDU_TEST_TAG: newTag(),
    };
    const t = new Tmux(`node ${BIN} ${report} --player "sh ${fixture('recording-player.sh')}"`, env);
    sessions.push(t);
    await t.waitFor('未朗读');
    t.send(')', '.', '.'); // the body sentence, then 银, then 行
    await t.waitFor((screen) => /^行\s*$/m.test(screen));
    t.send('i');
    await t.waitFor(/行 háng，\S*行\S*的行/);
    const word = /行 háng，(\S*行\S*)的行/.exec(t.capture())![1]!;
    // What espeak-ng makes of the description read háng, and of the same read xíng (a lone 行).
    const pcm = (file: string) => execFileSync('sox', ['--ignore-length', file, '-t', 'raw', '-']);
    const synth = (reading: string) => {
      const out = join(root, `${reading.replace(/\W+/g, '_')}.wav`);
      execFileSync('espeak-ng', ['-v', 'cmn-latn-pinyin', '-s', String(espeakSpeed(RATE_RANGE.default)), '-b', '1', '-w', out], { input: reading });
      return pcm(out);
    };
    const hanWord = execFileSync(process.execPath, [BIN, 'describe', '--json', word], { encoding: 'utf8' });
    const syllables = (JSON.parse(hanWord) as { pinyin: string }[]).map((d) => toneNumbers(d.pinyin)).join(' ');
    const hang = synth(`hang2 , ${syllables} de5 hang2`);
    const xing = synth(`xing2 , ${syllables} de5 xing2`);
    expect(hang.equals(xing)).toBe(false);
    const heard = () => readdirSync(record).filter((f) => f.endsWith('.wav'));
    await until(() => heard().some((f) => pcm(join(record, f)).equals(hang)), 'the description heard as háng', 15_000);
    expect(heard().some((f) => pcm(join(record, f)).equals(xing))).toBe(false);
    t.send('q');
    await t.waitFor('EXIT=0');
  });
});

describe.skipIf(!ready)('listening in tmux', () => {
  it('Space starts speech, j stops it at once and reads the next node, q leaves nothing behind', async () => {
    const { t, players, speech } = setup();
    await t.waitFor('未朗读'); // the engine was found
    t.send('3');
    await t.waitFor('第一点（共三点）');
    t.send('Space');
    await until(() => players().length === 1 && alive(players()[0]!), 'a player started');
    await t.waitFor('▶ 朗读中');
    const first = players()[0]!;

    const t0 = performance.now();
    t.send('j');
    await until(() => !alive(first), 'the first player was stopped');
    const stopMs = performance.now() - t0; // includes tmux's own key delivery
    await until(() => players().length === 2 && alive(players()[1]!), 'the next node is being read');
    await t.waitFor('第一部分 › 第一节 › 第二点');
    expect(stopMs).toBeLessThan(1000);

    t.send('q');
    await t.waitFor('EXIT=0');
    expect(speech()).toEqual([]);
  });

  it.each([
    ['Ctrl+C', (t: Tmux) => t.send('C-c')],
    ['SIGTERM', (t: Tmux) => execFileSync('pkill', ['-TERM', '-P', String(t.panePid()), '-f', 'langdu.js'])],
  ])('%s while speaking leaves no speech process', async (_name, quit) => {
    const { t, players, speech } = setup();
    await t.waitFor('未朗读');
    t.send('3', 'a');
    await until(() => players().length >= 1 && alive(players().at(-1)!), 'speaking');
    quit(t);
    await t.waitFor('EXIT=');
    await until(() => speech().length === 0, 'no speech process left', 3000);
  });

  it('closing the terminal (SIGHUP) while speaking leaves no speech process', async () => {
    const { t, players, speech } = setup();
    await t.waitFor('未朗读');
    t.send('3', 'Space');
    await until(() => players().length >= 1 && alive(players().at(-1)!), 'speaking');
    t.kill(); // tmux sends SIGHUP to the pane's processes
    await until(() => speech().length === 0, 'no speech process left', 3000);
  });

  it('langdu export shows a progress bar on a terminal', async () => {
    const out = join(tempRoot(), 'all.wav');
    const t = new Tmux(`node ${BIN} export -o ${out}`);
    sessions.push(t);
    await t.waitFor(/导出 \[#*-*\] \d+\/\d+/);
    const screen = await t.waitFor('EXIT=0', 60_000);
    expect(screen).toMatch(/导出 \[#{30}\] (\d+)\/\1/); // it ends full
    expect(screen).toMatch(/wrote .*all\.wav \(\d+:\d\d of audio; [^\n]*字\/分钟\)/);
  });

  it.each([
    ['to an MP3 file', (dir: string) => `export --at 2 -o ${join(dir, 'part.mp3')}`, /wrote .*part\.mp3 \(\d+:\d\d of audio; [^\n]*字\/分钟\)/],
    // Standard output: every piece synthesized, then streamed out as it is encoded; the bar counts both.
    ['to standard output as MP3', () => 'export --at 2 -o - --format mp3 | wc -c', /wrote the MP3 to standard output \(\d+:\d\d of audio; [^\n]*字\/分钟\)/],
  ])('langdu export %s shows the progress bar too, and it ends full', async (_what, command, wrote) => {
    const t = new Tmux(`node ${BIN} ${command(tempRoot())}`);
    sessions.push(t);
    const screen = await t.waitFor('EXIT=0', 60_000);
    expect(screen).toMatch(/导出 \[#{30}\] (\d+)\/\1/);
    expect(screen).toMatch(wrote);
  });

  it('langdu export -o - on a terminal refuses to pour audio onto the screen', async () => {
    const t = new Tmux(`node ${BIN} export --at 1.1.1 -o -`);
    sessions.push(t);
    const screen = await t.waitFor('EXIT=');
    expect(screen.replace(/\n/g, '')).toContain(
      'langdu: -o - writes the audio to standard output, which is a terminal here; pipe it (langdu export -o - | aplay) or give a file name',
    );
    expect(screen).toContain('EXIT=2');
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('langdu speak: %s stops at once and leaves no speech process', async (signal) => {
    const pids = join(tempRoot(), 'pids');
    const tag = newTag();
    const child = spawn(process.execPath, [BIN, 'speak', '--player', PLAYER], {
      cwd: ROOT,
      env: { ...process.env, LANGDU_TEST_PIDS: pids, LANGDU_TEST_TAG: tag },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    await until(() => existsSync(pids), 'speaking');
    child.kill(signal);
    const code = await new Promise((r) => child.on('exit', r));
    // 128 + the signal's number, as a shell reports a program the signal killed.
    expect(code).toBe({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal]);
    expect(err).toBe('langdu: stopped\n');
    await until(() => taggedProcesses(tag).length === 0, 'no speech process left', 2000);
  });
});

/** Whether `pid` catches SIGHUP (bit 0 of SigCgt): only langdu's own stop handlers catch it. */
function catchesStopSignals(pid: number): boolean {
  try {
    const mask = /^SigCgt:\s*([0-9a-f]+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return mask !== undefined && (BigInt(`0x${mask}`) & 1n) === 1n;
  } catch {
    return false;
  }
}
const haveSigCgt = /^SigCgt:/m.test(readFileSync('/proc/self/status', 'utf8'));
if (!haveSigCgt) console.warn('skipping: /proc/PID/status has no SigCgt here (not Linux)');

/** `langdu speak` or `export` with its own TMPDIR, pids file and tag, stdout and stderr collected. */
function startCommand(command: 'speak' | 'export', file?: string) {
  const r = tempRoot();
  const tmp = join(r, 'tmp');
  const outDir = join(r, 'out');
  mkdirSync(tmp);
  mkdirSync(outDir);
  const pids = join(r, 'pids');
  const tag = newTag();
  const args = command === 'speak' ? ['speak', '--player', PLAYER] : ['export', '-o', join(outDir, 'all.wav')];
  const child = spawn(process.execPath, [BIN, ...args, ...(file ? [file] : [])], {
    cwd: r,
    env: { ...process.env, TMPDIR: tmp, LANGDU_TEST_PIDS: pids, LANGDU_TEST_TAG: tag },
  });
  const got = { out: '', err: '' };
  child.stdout.on('data', (d: Buffer) => (got.out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (got.err += d.toString()));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  /** What the user sees after a stop, and that nothing is left: no process, no partial or work file. */
  const stoppedCleanly = async (early = false, code = 130) => {
    expect(await exited).toBe(code);
    const lines = command === 'speak' ? ['langdu: stopped\n'] : ['langdu: export stopped; no partial file was left\n'];
    if (early) lines.push('langdu: stopped\n'); // the plain stop, if the export command had not started yet
    expect(lines).toContain(got.err);
    expect(got.out).toBe('');
    await until(() => taggedProcesses(tag).length === 0, 'no speech process left', 3000);
    expect(readdirSync(tmp)).toEqual([]);
    expect(readdirSync(outDir)).toEqual([]);
  };
  return { r, child, stoppedCleanly };
}

describe.skipIf(!ready || !haveSigCgt)('a stop at any moment of speak and export', () => {
  it.each(['speak', 'export'] as const)('%s: SIGINT as soon as langdu can catch it (nothing loaded or printed yet) is a stop', async (command) => {
    const { child, stoppedCleanly } = startCommand(command);
    await until(() => catchesStopSignals(child.pid!), 'langdu catches stop signals', 15_000);
    child.kill('SIGINT');
    await stoppedCleanly(true);
  });

  it.each(['speak', 'export'] as const)('%s: SIGTERM while the document is still being read is a stop', async (command) => {
    const fifo = join(tempRoot(), 'report.txt');
    execFileSync('mkfifo', [fifo]);
    const { child, stoppedCleanly } = startCommand(command, fifo);
    // langdu is reading the document once it holds the FIFO open: then opening the other end works.
    let fd = -1;
    await until(
      () => {
        try {
          fd = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
          return true;
        } catch {
          return false;
        }
      },
      'langdu reading the document',
      15_000,
    );
    child.kill('SIGTERM');
    writeSync(fd, readFileSync(fixture('gbk-report.txt')));
    closeSync(fd);
    await stoppedCleanly(false, 143);
  });
});
