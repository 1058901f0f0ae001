// Real espeak-ng, measured with sox: the engine, the export command, and text that must stay data.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { customPlayer } from '../../src/speech/player.js';
import { needTool } from '../e2e/tmux.js';
import { fixture, newTag, ROOT, taggedProcesses } from '../helpers.js';

const haveEspeak = needTool('espeak-ng');
const haveSox = needTool('sox');
const BIN = join(ROOT, 'dist/langdu.js');
const made: string[] = [];
/** A folder for one test; every one is removed after this file's tests (some hold 40 MB of WAV). */
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'langdu-speech-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function until(ok: () => boolean, what: string, ms = 20_000) {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 5))) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

function langdu(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Duration (s) and RMS amplitude of a WAV file, as sox measures them. */
function measure(file: string): { seconds: number; rms: number; rate: number } {
  const seconds = Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());
  const rate = Number(execFileSync('soxi', ['-r', file], { encoding: 'utf8' }).trim());
  const stat = spawnSync('sox', [file, '-n', 'stat'], { encoding: 'utf8' }).stderr;
  const rms = Number(/RMS\s+amplitude:\s+([\d.]+)/.exec(stat)![1]);
  return { seconds, rms, rate };
}

describe.skipIf(!haveEspeak || !haveSox)('espeak-ng', () => {
  it('is probed once: when -v cmn falls back to English, cmn-latn-pinyin comes first', async () => {
    // espeak-ng behind a wrapper that logs each run, so the probes can be counted.
    const bin = tmp();
    const log = join(bin, 'runs.log');
    const real = execFileSync('sh', ['-c', 'command -v espeak-ng'], { encoding: 'utf8' }).trim();
    writeFileSync(join(bin, 'espeak-ng'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
    chmodSync(join(bin, 'espeak-ng'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      const engine = new EspeakEngine(() => Promise.resolve(null));
      const fallsBack = execFileSync(real, ['-v', 'cmn', '-q', '-x', '--', '好'], { encoding: 'utf8' }).includes('(en)');
      const [a, b] = await Promise.all([engine.voices(), engine.voices()]);
      expect(await engine.cmnFallback()).toBe(fallsBack);
      expect((await engine.probe()).ok).toBe(true);
      await engine.voices();
      const runs = readFileSync(log, 'utf8').trim().split('\n');
      expect(runs.filter((r) => r.startsWith('-v cmn -q -x'))).toHaveLength(1);
      expect(runs.filter((r) => r === '--voices')).toHaveLength(1);
      // cmn-latn-pinyin first: langdu gives it pinyin read in context. cmn only when it reads Han.
      expect(a[0]!.id).toBe('cmn-latn-pinyin');
      expect(a[0]!.name).toBe('普通话');
      expect(a.some((v) => v.id === 'cmn')).toBe(!fallsBack);
      if (fallsBack) expect((await engine.leftOut()).find((l) => l.id === 'cmn')?.why).toMatch(/reads Han characters as English/);
      expect(a.some((v) => v.lang === 'zh-TW')).toBe(false); // Hakka is not Taiwanese Mandarin
      expect(b).toEqual(a);
      expect(a.find((v) => v.id.startsWith('yue'))?.script).toBe('traditional');
    } finally {
      process.env.PATH = path;
    }
  });

  it('langdu voices lists every engine, whether it works and why not, and its Chinese voices', () => {
    const r = langdu(['voices']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^espeak-ng \(eSpeak NG\): available — eSpeak NG text-to-speech: 1\.\d+/);
    expect(lines[1]).toMatch(/^ {2}cmn-latn-pinyin +普通话 zh-CN +reads simplified {2}\(default\)$/);
    expect(r.out).toMatch(/^ {2}yue +粤语 zh-HK +reads traditional$/m);
    // Every voice left out is named with the reason.
    expect(r.out).toMatch(/^ {2}yue-latn-jyutping +left out: .+$/m);
    for (const line of r.out.split('\n').filter((l) => l.includes('left out'))) expect(line).toMatch(/left out: \S.{10,}/);
    expect(r.out).toMatch(/^speech-dispatcher \(speech-dispatcher\): (available|not available — .+)$/m);
    expect(r.out).toMatch(/^player: /m);
  });

  it('langdu export --at 1.1.1 writes a valid, non-silent WAV whose length fits the text', () => {
    const dir = tmp();
    const out = join(dir, 'x.wav');
    const r = langdu(['export', '--at', '1.1.1', '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^wrote .*x\.wav \(0:\d\d of audio; [^\n]*字\/分钟\)\n$/);
    expect(r.err).toBe(''); // no progress bar when stderr is not a terminal
    const { seconds, rms, rate } = measure(out);
    expect(rate).toBe(22050);
    expect(rms).toBeGreaterThan(0.02);
    const chars = langdu(['show', '--at', '1.1.1']).out.replace(/\s/g, '').length;
    expect(seconds / chars).toBeGreaterThan(0.12);
    expect(seconds / chars).toBeLessThan(0.45);
    expect(readdirSync(dir)).toEqual(['x.wav']); // no partial or temporary file beside it
  });

  describe('what -o replaces', () => {
    const isWav = (file: string) => readFileSync(file).subarray(0, 4).toString('latin1') === 'RIFF' && measure(file).seconds > 1;

    it('a symbolic link is written through: the file it points to is replaced, the link stays a link', () => {
      const dir = tmp();
      writeFileSync(join(dir, 'real.wav'), 'old\n');
      symlinkSync('real.wav', join(dir, 'link.wav'));
      const r = langdu(['export', '--at', '1.1.1', '-o', 'link.wav'], { cwd: dir });
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/^wrote link\.wav \(0:\d\d of audio; [^\n]*字\/分钟\)\n$/);
      expect(lstatSync(join(dir, 'link.wav')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'link.wav'))).toBe('real.wav');
      expect(isWav(join(dir, 'real.wav'))).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['link.wav', 'real.wav']); // no partial file left
    });

    it('through a link into another folder the partial file is made beside the target; a dangling link gets its file', () => {
      const dir = tmp();
      mkdirSync(join(dir, 'a'));
      mkdirSync(join(dir, 'b'));
      symlinkSync('../b/target.wav', join(dir, 'a', 'link.wav')); // dangling: target.wav does not exist yet
      const r = langdu(['export', '--at', '1.1.1', '-o', join(dir, 'a', 'link.wav')]);
      expect(r.code, r.err).toBe(0);
      expect(lstatSync(join(dir, 'a', 'link.wav')).isSymbolicLink()).toBe(true);
      expect(isWav(join(dir, 'b', 'target.wav'))).toBe(true);
      expect(readdirSync(join(dir, 'a'))).toEqual(['link.wav']);
      expect(readdirSync(join(dir, 'b'))).toEqual(['target.wav']);
    });

    it('a FIFO or a device is refused in one line before any engine is looked for, and left as it is', () => {
      const dir = tmp();
      execFileSync('mkfifo', [join(dir, 'pipe.wav')]);
      execFileSync('ln', ['-s', process.execPath, join(dir, 'node')]);
      // No espeak-ng on this PATH: had the engine been looked for first, the error would say so.
      const env = { PATH: dir };
      const fifo = langdu(['export', '--at', '1.1.1', '-o', 'pipe.wav'], { cwd: dir, env });
      expect(fifo.code).toBe(1);
      expect(fifo.err).toBe(
        'langdu: pipe.wav is a named pipe (FIFO), not a regular file; export writes only regular files (to stream the audio, use -o - and a pipe)\n',
      );
      expect(lstatSync(join(dir, 'pipe.wav')).isFIFO()).toBe(true);
      // A name the extension rule accepts, leading to a device (an MP3 this time).
      symlinkSync('/dev/null', join(dir, 'null.mp3'));
      const dev = langdu(['export', '--at', '1.1.1', '-o', 'null.mp3'], { cwd: dir, env });
      expect(dev.code).toBe(1);
      expect(dev.err).toMatch(/^langdu: null\.mp3 is a device, not a regular file; [^\n]*\n$/);
      expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
      // /dev/null itself has no extension that names a format: wrong usage, before anything else.
      const bare = langdu(['export', '--at', '1.1.1', '-o', '/dev/null'], { env });
      expect(bare.code).toBe(2);
      expect(bare.err).toMatch(/^langdu: \/dev\/null has no extension: the extension of -o chooses the format, \.wav, \.mp3 or \.epub/);
      expect(readdirSync(dir).sort()).toEqual(['node', 'null.mp3', 'pipe.wav']);
    });

    it('a FIFO among the files --split would write is refused before synthesis too', () => {
      const dir = tmp();
      execFileSync('mkfifo', [join(dir, '1-主要举措.wav')]);
      const r = langdu(['export', fixture('gbk-report.txt'), '-o', dir, '--split']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^langdu: .*1-主要举措\.wav is a named pipe \(FIFO\), not a regular file; [^\n]*\n$/);
      expect(readdirSync(dir)).toEqual(['1-主要举措.wav']);
    });

    it('a target that turns into a FIFO during the export is left alone, and nothing is written', async () => {
      const dir = tmp();
      const work = tmp();
      const tag = newTag();
      const out = join(dir, 'all.wav');
      const child = spawn(process.execPath, [BIN, 'export', '-o', out], { cwd: dir, env: { ...process.env, TMPDIR: work, LANGDU_TEST_TAG: tag } });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const exited = new Promise((r) => child.on('exit', r));
      // (An argument of its own: a temp folder's random name can hold "-w" too.)
      await until(() => taggedProcesses(tag).some((pid) => cmdline(pid).split(' ').includes('-w')), 'the export synthesizing');
      execFileSync('mkfifo', [out]);
      expect(await exited).toBe(1);
      expect(err).toBe(
        `langdu: ${out} is a named pipe (FIFO), not a regular file: it changed during the export, so it was left as it is and nothing was written\n`,
      );
      expect(lstatSync(out).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(['all.wav']);
      expect(readdirSync(work)).toEqual([]);
    });

    it('-o - writes the WAV to standard output, the same audio as a file, and reports on stderr', () => {
      const dir = tmp();
      const r = spawnSync(process.execPath, [BIN, 'export', '--at', '1.1.1', '-o', '-'], { cwd: dir, maxBuffer: 64 << 20 });
      expect(r.status, r.stderr.toString()).toBe(0);
      expect(r.stderr.toString()).toMatch(/^wrote the WAV to standard output \(0:\d\d of audio; [^\n]*字\/分钟\)\n$/);
      writeFileSync(join(dir, 'piped.wav'), r.stdout);
      expect(langdu(['export', '--at', '1.1.1', '-o', join(dir, 'file.wav')]).code).toBe(0);
      expect(r.stdout.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(measure(join(dir, 'piped.wav')).seconds).toBeGreaterThan(1);
      expect(measure(join(dir, 'piped.wav')).seconds).toBe(measure(join(dir, 'file.wav')).seconds);
      expect(r.stdout.length).toBe(statSync(join(dir, 'file.wav')).size);
      expect(readdirSync(dir).sort()).toEqual(['file.wav', 'piped.wav']); // nothing named "-"
    });

    it('-o - into a reader that stops early (| head -c 100) ends quietly and leaves no work folder', async () => {
      const work = tmp();
      const child = spawn(process.execPath, [BIN, 'export', '--at', '1.1.1', '-o', '-'], { env: { ...process.env, TMPDIR: work } });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy()); // the reader goes away after the first bytes
      expect(await new Promise((r) => child.on('exit', r))).toBe(0);
      expect(err).toBe('');
      expect(readdirSync(work)).toEqual([]);
    });

    it('--split, like a single file, needs the parent folder to exist; it makes only OUT itself', () => {
      const dir = tmp();
      const r = langdu(['export', fixture('gbk-report.txt'), '-o', join(dir, 'no', 'parts'), '--split']);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`langdu: folder ${join(dir, 'no')} does not exist; create it or choose another -o\n`);
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  it('--split writes one file per part, named by id and title', () => {
    const dir = join(tmp(), 'parts');
    const r = langdu(['export', fixture('gbk-report.txt'), '-o', dir, '--split']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['0-某市2024年法治政府建设情况报告.wav', '1-主要举措.wav', '2-存在问题.wav']);
    for (const f of readdirSync(dir)) expect(measure(join(dir, f)).rms).toBeGreaterThan(0.01);
  });

  it('a faster rate gives shorter audio', () => {
    const dir = tmp();
    langdu(['export', '--at', '2.1', '-o', join(dir, 'normal.wav')]);
    langdu(['export', '--at', '2.1', '-o', join(dir, 'fast.wav'), '--rate', '400']);
    expect(measure(join(dir, 'fast.wav')).seconds).toBeLessThan(measure(join(dir, 'normal.wav')).seconds * 0.8);
  });

  it('passages that look like options, quotes, shell or engine commands are spoken, never run', () => {
    const dir = tmp();
    const passages = [
      '-v en --stdout 以减号开头的一句话。',
      '他说"你好"，又说\'再见\'。',
      '命令替换$(touch pwned1)不应执行。',
      '反引号`touch pwned2`不应执行。',
      '分号; touch pwned3 不应执行。',
      '换行之后\ntouch pwned4\n也只是文字。',
      '[[inpt PHON]]音素命令[[inpt TEXT]]不应生效。',
      '")(system "touch pwned5")不应执行。',
    ];
    const file = join(dir, 'evil.txt');
    writeFileSync(file, `恶意文本测试\n\n${passages.join('\n')}\n`);
    const r = langdu(['export', file, '-o', join(dir, 'evil.wav')], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    const { seconds, rms } = measure(join(dir, 'evil.wav'));
    expect(rms).toBeGreaterThan(0.02);
    expect(seconds).toBeGreaterThan(10); // every passage was read, the one starting with "-" too
    const spoken = langdu(['speak', file, '--dry-run'], { cwd: dir }).out;
    expect(spoken).toContain('-v en --stdout 以减号开头的一句话。');
    expect(spoken).toContain('命令替换$，touch pwned一，不应执行。'); // brackets are a pause, not read out; digits are read
    // A player that takes the sound's length (faster, langdu would take it for one that played nothing).
    const played = langdu(['speak', file, '--rate', '560', '--player', `sh ${fixture('paced-player.sh')}`], { cwd: dir, env: { LANGDU_TEST_PACE: '0.55' } });
    expect(played.code, played.err).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
    expect(existsSync(join(tmpdir(), 'pwned1'))).toBe(false);
  });

  it('an espeak-ng killed mid-sentence is an error message, not a crash', async () => {
    const engine = new EspeakEngine(() => Promise.resolve(customPlayer('sox -q -t wav - -t null -')));
    const long = '这是一个很长的句子，'.repeat(3000);
    const prepared = engine.prepare(long, { voice: 'cmn-latn-pinyin' });
    const playing = prepared.play(new AbortController().signal);
    // Only our own espeak-ng (a child of this test process), never one of a test running alongside.
    for (let k = 0; k < 200 && spawnSync('pkill', ['-KILL', '-P', String(process.pid), '-x', 'espeak-ng']).status !== 0; k++)
      await new Promise((r) => setTimeout(r, 5));
    await expect(playing).rejects.toThrow(/espeak-ng was killed|espeak-ng failed/);
  });

  const noSoundCard = !existsSync('/proc/asound/cards') || /no soundcards/.test(readFileSync('/proc/asound/cards', 'utf8'));
  it.skipIf(!noSoundCard)('with no sound card and no --player, speak says so in one line and how to go on', () => {
    const r = langdu(['speak', '--at', '1.1.1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^langdu: speech failed: no audio output here \(.*\); play through another program with --player CMD, or write a file with langdu export\n$/,
    );
  });

  it.each([['speak'], ['export']])('%s with an unknown voice says so in one line', (command) => {
    const dir = tmp();
    const r = langdu([command, '--at', '1.1.1', '--voice', 'klingon', ...(command === 'export' ? ['-o', join(dir, 'x.wav')] : [])]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('langdu: espeak-ng has no voice "klingon"; run `langdu voices` to list them\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['does not exist', () => join(tmp(), 'missing'), /^langdu: the temporary folder .*missing does not exist; create it or set TMPDIR to another folder\n$/],
    [
      'is a file',
      () => {
        const f = join(tmp(), 'f');
        writeFileSync(f, '');
        return f;
      },
      /^langdu: the temporary folder .* is not a folder; set TMPDIR to another folder\n$/,
    ],
  ])('a TMPDIR that %s is named as the cause, with what to do', (_what, dir, message) => {
    const r = langdu(['export', '--at', '1.1.1', '-o', join(tmp(), 'x.wav')], { env: { TMPDIR: dir() } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });

  const root = process.getuid?.() === 0;
  if (root) console.warn('skipping the read-only TMPDIR test: root writes into a read-only folder anyway');
  it.skipIf(root)('a TMPDIR that cannot be written is named as the cause', () => {
    const dir = tmp();
    chmodSync(dir, 0o555);
    const r = langdu(['export', '--at', '1.1.1', '-o', join(tmp(), 'x.wav')], { env: { TMPDIR: dir } });
    chmodSync(dir, 0o755);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`langdu: cannot write in the temporary folder ${dir} (EACCES); fix its permissions or set TMPDIR to another folder\n`);
  });

  it('export errors: no -o is wrong usage, a missing folder is one line', () => {
    expect(langdu(['export', '--at', '1']).code).toBe(2);
    const r = langdu(['export', '-o', '/no/such/folder/x.wav']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('langdu: folder /no/such/folder does not exist; create it or choose another -o\n');
  });

  it('Ctrl+C during an export leaves no half-written file and no work folder', async () => {
    const dir = tmp();
    const work = tmp(); // the export's TMPDIR
    const tag = newTag();
    const child = spawn(process.execPath, [BIN, 'export', '-o', join(dir, 'all.wav')], {
      cwd: dir,
      env: { ...process.env, TMPDIR: work, LANGDU_TEST_TAG: tag },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise((r) => child.on('exit', r));
    // Synthesis is under way once this export has an espeak-ng writing a piece.
    // (An argument of its own: a temp folder's random name can hold "-w" too.)
    await until(() => taggedProcesses(tag).some((pid) => cmdline(pid).split(' ').includes('-w')), 'the export synthesizing');
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(err).toBe('langdu: export stopped; no partial file was left\n');
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(work)).toEqual([]);
    expect(taggedProcesses(tag)).toEqual([]); // no espeak-ng of this export left running
  });
});

describe('no engine', () => {
  it('speak says what to install, in one line, and exits 1', () => {
    const dir = tmp();
    // A PATH with node but without espeak-ng or spd-say.
    execFileSync('ln', ['-s', process.execPath, join(dir, 'node')]);
    const r = langdu(['speak', '--at', '1.1.1'], { env: { PATH: dir } });
    expect(r.code).toBe(1);
    expect(r.err).toBe('langdu: no speech engine found: install espeak-ng (apt-get install espeak-ng)\n');
    const dry = langdu(['speak', '--dry-run', '--at', '1.5.1'], { env: { PATH: dir } });
    expect(dry.code).toBe(0);
    expect(dry.out).not.toMatch(/[0-9]/);
  });
});
