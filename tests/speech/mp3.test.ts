// Export to MP3, with real espeak-ng: read back by tests/speech/mp3-read.ts (written from the
// specifications, not from the writer) and by ffprobe where it is installed. The MP3 is as long as the
// WAV and at most a fifth of its size; it carries the title and source and a chapter per head, part and
// section, titled as announced, each starting where that heading's pause begins. --split writes one file
// per part that begins with its heading, and nothing is lost between them.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAUSES } from '../../src/speech/earcons.js';
import { readWavLayout } from '../../src/speech/wav.js';
import { needTool } from '../e2e/tmux.js';
import { failSynthesesUntilExit, fixture, newTag, ROOT, syntheses, taggedProcesses } from '../helpers.js';
import { ffprobe, mp3Frames, readId3 } from './mp3-read.js';

const haveEspeak = needTool('espeak-ng');
const haveSox = needTool('sox');
const BIN = join(ROOT, 'dist/langdu.js');
const REPORT = fixture('gbk-report.txt'); // a title, two parts, two sections: five chapters, ~40 s
const made: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'langdu-mp3-'));
  made.push(d);
  return d;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function langdu(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? tmpdir(),
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const wavSeconds = (file: string) => Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());

/** Decoded MP3 frames hold the encoder's delay and the last frame's padding: a little over the WAV. */
function expectSameLength(mp3: number, wav: number): void {
  expect(mp3).toBeGreaterThanOrEqual(wav);
  expect(mp3 - wav).toBeLessThan(0.15);
}

/** The largest sample (16-bit mono WAV) between two times, in seconds. */
function peak(file: string, from: number, to: number): number {
  const { fmt, dataOffset, dataBytes } = readWavLayout(file);
  const data = readFileSync(file).subarray(dataOffset, dataOffset + dataBytes);
  let max = 0;
  for (let i = Math.round(from * fmt.sampleRate); i < Math.min(data.length / 2, Math.round(to * fmt.sampleRate)); i++) {
    max = Math.max(max, Math.abs(data.readInt16LE(i * 2)));
  }
  return max;
}

async function until(ok: () => boolean, what: string, ms = 20_000) {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 5))) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
  }
}

describe('the extension chooses the format', () => {
  it.each([
    [['-o', 'x.ogg'], /^langdu: \.ogg is not a format export writes: the extension of -o chooses the format, \.wav, \.mp3 or \.epub/],
    [['-o', 'report'], /^langdu: report has no extension: the extension of -o chooses the format, \.wav, \.mp3 or \.epub/],
    [['-o', 'x.wav', '--format', 'mp3'], /^langdu: --format mp3 does not agree with -o x\.wav/],
    [['-o', '-', '--format', 'ogg'], /^langdu: --format must be wav, mp3, epub or daisy, not "ogg"/],
  ])('export %j is wrong usage, and writes nothing', (args, message) => {
    const dir = tmp();
    const r = langdu(['export', REPORT, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(message);
    expect(r.err).toMatch(/\nTry `langdu --help`\.\n$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--format goes with export only', () => {
    const r = langdu(['outline', REPORT, '--format', 'mp3']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^langdu: --format goes with `langdu export`\n/);
  });
});

describe.skipIf(!haveEspeak || !haveSox)('an MP3 export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'langdu-mp3-'));
  made.push(dir);
  const mp3 = join(dir, 'report.mp3');
  const wav = join(dir, 'report.wav');
  beforeAll(() => {
    for (const out of [mp3, wav]) {
      const r = langdu(['export', REPORT, '-o', out]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/^wrote .*report\.(mp3|wav) \(0:\d\d of audio; [^\n]*字\/分钟\)\n$/);
    }
  });

  it('is as long as the WAV, at most a fifth of its size, mono at the engine rate', () => {
    const bytes = readFileSync(mp3);
    const frames = mp3Frames(bytes);
    expect(frames.sampleRate).toBe(readWavLayout(wav).fmt.sampleRate);
    expect(frames.channels).toBe(1);
    expectSameLength(frames.seconds, wavSeconds(wav));
    expect(bytes.length).toBeLessThanOrEqual(statSync(wav).size / 5);
    const probed = ffprobe(mp3);
    if (probed) expect(Math.abs(probed.duration - wavSeconds(wav))).toBeLessThan(0.15);
  });

  it('carries the title and the source in its tags', () => {
    const tag = readId3(readFileSync(mp3))!;
    expect(tag.version).toBe(3);
    expect(tag.text.TIT2).toBe('某市2024年法治政府建设情况报告');
    expect(tag.text.TALB).toBe('某市2024年法治政府建设情况报告');
    expect(tag.text['TXXX:source']).toBe('gbk-report.txt');
    expect(tag.text.COMM).toContain('gbk-report.txt');
    expect(tag.text.TSSE).toMatch(/^langdu \d/);
  });

  it('has a chapter per head, part and section, titled as announced, in one ordered top-level table of contents', () => {
    const tag = readId3(readFileSync(mp3))!;
    const titles = ['某市2024年法治政府建设情况报告', '第一部分，主要举措', '第一部分 第一节，坚持党的领导', '第一部分 第二节，深化改革', '第二部分，存在问题'];
    expect(tag.chapters.map((c) => c.title)).toEqual(titles);
    // As announced: each heading is a line that speak --dry-run says (in the spoken form, without digits here).
    const said = langdu(['speak', REPORT, '--dry-run']).out.split('\n');
    for (const t of titles.slice(1)) expect(said).toContain(t);
    expect(tag.tocs).toHaveLength(1);
    expect(tag.tocs[0]).toMatchObject({ topLevel: true, ordered: true, children: tag.chapters.map((c) => c.id) });
    expect(new Set(tag.chapters.map((c) => c.id)).size).toBe(titles.length);
    // They follow one another from the start to the end.
    expect(tag.chapters[0]!.startMs).toBe(0);
    for (const [k, c] of tag.chapters.entries()) {
      expect(c.endMs).toBeGreaterThan(c.startMs);
      if (k > 0) expect(c.startMs).toBe(tag.chapters[k - 1]!.endMs);
    }
    expect(Math.abs(tag.chapters.at(-1)!.endMs / 1000 - wavSeconds(wav))).toBeLessThan(0.002);
    const probed = ffprobe(mp3);
    if (probed) {
      expect(probed.chapters.map((c) => c.title)).toEqual(titles);
      expect(probed.chapters.map((c) => Math.round(c.start * 1000))).toEqual(tag.chapters.map((c) => c.startMs));
      expect(probed.tags.title).toBe(titles[0]);
    }
  });

  it("each chapter starts where its heading's pause begins in the audio: silence, then the earcon, then the words", () => {
    const tag = readId3(readFileSync(mp3))!;
    for (const c of tag.chapters.slice(1)) {
      const at = c.startMs / 1000;
      const cue = c.title.includes('节') ? PAUSES.section : PAUSES.part;
      // The pause's silence (the earcon sits at its end, ≥ 350 ms after the start) …
      expect(peak(wav, at + 0.005, at + 0.3), c.title).toBeLessThan(100);
      // … then the earcon and the heading, within the pause's length and a little.
      expect(peak(wav, at + 0.3, at + cue.pauseMs / 1000 + 0.3), c.title).toBeGreaterThan(2000);
      // And just before it, the previous chapter was still speaking or just ending.
      expect(peak(wav, at - 1, at), c.title).toBeGreaterThan(100);
    }
  });

  it('-o - --format mp3 writes the same MP3 to standard output, and reports on stderr', () => {
    const out = tmp();
    const r = spawnSync(process.execPath, [BIN, 'export', REPORT, '-o', '-', '--format', 'mp3'], { cwd: out, maxBuffer: 64 << 20 });
    expect(r.status, r.stderr.toString()).toBe(0);
    expect(r.stderr.toString()).toMatch(/^wrote the MP3 to standard output \(0:\d\d of audio; [^\n]*字\/分钟\)\n$/);
    expect(r.stdout.equals(readFileSync(mp3))).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe.skipIf(!haveEspeak || !haveSox)('--split', () => {
  it("writes one file per part, each beginning with its heading (the node's own first): nothing is lost between them", () => {
    const dir = tmp();
    for (const [out, extra] of [
      ['wav', []],
      ['mp3', ['--format', 'mp3']],
    ] as const) {
      const r = langdu(['export', REPORT, '--at', '1', '-o', join(dir, out), '--split', ...extra]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/^wrote 3 files to /);
    }
    expect(readdirSync(join(dir, 'wav'))).toEqual(['1-主要举措.wav', '1.1-坚持党的领导.wav', '1.2-深化改革.wav']);
    expect(readdirSync(join(dir, 'mp3'))).toEqual(['1-主要举措.mp3', '1.1-坚持党的领导.mp3', '1.2-深化改革.mp3']);
    expect(langdu(['export', REPORT, '--at', '1', '-o', join(dir, 'whole.wav')]).code).toBe(0);
    expect(langdu(['export', REPORT, '--at', '1.2', '-o', join(dir, 'at-1.2.wav')]).code).toBe(0);
    const lengths = readdirSync(join(dir, 'wav')).map((f) => wavSeconds(join(dir, 'wav', f)));
    // The whole has the pause before each section on top; the files start with their words.
    const pauses = 2 * (PAUSES.section.pauseMs / 1000);
    expect(Math.abs(lengths.reduce((a, b) => a + b, 0) + pauses - wavSeconds(join(dir, 'whole.wav')))).toBeLessThan(0.005);
    // A section's file is that section as --at reads it, heading first.
    expect(lengths[2]).toBeCloseTo(wavSeconds(join(dir, 'at-1.2.wav')), 3);
    // The MP3s are as long as the WAVs; each carries its own tags and chapters.
    const files = readdirSync(join(dir, 'mp3'));
    for (const [k, f] of files.entries()) {
      const bytes = readFileSync(join(dir, 'mp3', f));
      expectSameLength(mp3Frames(bytes).seconds, lengths[k]!);
      const tag = readId3(bytes)!;
      expect(tag.text.TRCK).toBe(`${k + 1}/3`);
      expect(tag.text.TALB).toBe('某市2024年法治政府建设情况报告');
    }
    const own = readId3(readFileSync(join(dir, 'mp3', files[0]!)))!;
    expect(own.text.TIT2).toBe('第一部分，主要举措');
    expect(own.chapters.map((c) => c.title)).toEqual(['第一部分，主要举措']);
    expect(readId3(readFileSync(join(dir, 'mp3', files[1]!)))!.chapters.map((c) => c.title)).toEqual(['第一部分 第一节，坚持党的领导']);
  });
});

describe.skipIf(!haveEspeak || !haveSox)('an MP3 export that is stopped or fails', () => {
  /** A whole-report MP3 export (encoding takes seconds) with its own TMPDIR and tag, stopped once it synthesizes. */
  async function startExport(out: string, dir: string) {
    const work = tmp();
    const tag = newTag();
    // XDG_RUNTIME_DIR of its own: a killed espeak-ng would leave its PulseAudio folder in TMPDIR otherwise.
    const child = spawn(process.execPath, [BIN, 'export', '-o', out], {
      cwd: dir,
      env: { ...process.env, TMPDIR: work, XDG_RUNTIME_DIR: tmp(), LANGDU_TEST_TAG: tag },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    await until(() => syntheses(tag).length > 0, 'the export synthesizing');
    return { child, exited, err: () => err, work, tag };
  }

  it('Ctrl+C leaves no half-written MP3 and no work folder', async () => {
    const dir = tmp();
    const run = await startExport(join(dir, 'all.mp3'), dir);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
    expect(run.err()).toBe('langdu: export stopped; no partial file was left\n');
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(run.work)).toEqual([]);
    expect(taggedProcesses(run.tag)).toEqual([]);
  });

  it('Ctrl+C in a --split keeps the parts already finished, whole, and says so; nothing half-written', async () => {
    const dir = tmp();
    const out = join(dir, 'parts');
    const child = spawn(process.execPath, [BIN, 'export', '--split', '--format', 'mp3', '-o', out], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp(), XDG_RUNTIME_DIR: tmp() },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    const done = () => readdirSync(out, { withFileTypes: true }).filter((f) => f.name.endsWith('.mp3') && !f.name.startsWith('.'));
    await until(() => {
      try {
        return done().length >= 1;
      } catch {
        return false; // the folder is not there yet
      }
    }, 'a first part finished');
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const kept = done().map((f) => f.name);
    expect(err).toBe(
      `langdu: export stopped; no partial file was left; the ${kept.length} finished ${kept.length === 1 ? 'file is' : 'files are'} kept in ${out}\n`,
    );
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    // Each kept file is a whole MP3: its frames run to its end.
    for (const f of kept) expect(mp3Frames(readFileSync(join(out, f))).frames).toBeGreaterThan(0);
  });

  it('-o with a trailing slash names a folder: wrong usage, nothing written', () => {
    const dir = tmp();
    const r = spawnSync(process.execPath, [BIN, 'export', '--at', '1.1.1', '-o', 'x.mp3/'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^langdu: -o x\.mp3\/ ends with a slash/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an engine that fails midway leaves no partial MP3 (it was being written beside the target) and no work folder', async () => {
    const dir = tmp();
    const run = await startExport(join(dir, 'all.mp3'), dir);
    // The partial file beside the target is there from the first piece on.
    await until(() => readdirSync(dir).some((f) => f.startsWith('.all.mp3.partial-')), 'the partial MP3');
    // Synthesis and encoding take turns: every synthesis from now on is killed while it runs.
    expect(await failSynthesesUntilExit(run.tag, run.exited)).toBe(1);
    expect(run.err()).toMatch(/^langdu: .+\n$/);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(run.work)).toEqual([]);
  });
});
