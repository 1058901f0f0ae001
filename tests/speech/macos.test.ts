// The macOS engine through stand-ins for `say` and `afplay` (tests/fixtures/fake-macos): `say` accepts
// only its documented options, lists a real macOS 15 voice list, obeys [[ embedded commands ]] and
// writes WAVE files in the data format asked for, FLLR chunk and all. Speech is espeak-ng's, via sox.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MacSayEngine } from '../../src/speech/engines/macos.js';
import { readWavLayout } from '../../src/speech/wav.js';
import { needTool } from '../e2e/tmux.js';
import { fixture, newTag, taggedProcesses } from '../helpers.js';
import { recordedPlays, Scratch, samplesOf, soxInfo, until } from './fake-platform.js';
import { mp3Frames } from './mp3-read.js';

// The second part alone (its heading, two points): earcons and pauses, in as few seconds as can be.
const PART = ['--at', '2'];
const ready = needTool('espeak-ng') && needTool('sox');
const s = new Scratch('fake-macos');
afterAll(() => s.remove());

describe.runIf(ready)('macOS say, through a faithful stand-in', () => {
  const savedPath = process.env.PATH;
  beforeAll(() => {
    process.env.PATH = `${fixture('fake-macos')}:${savedPath}`;
    process.env.LANGDU_FAKE_LOG = s.log;
  });
  afterAll(() => {
    process.env.PATH = savedPath;
    delete process.env.LANGDU_FAKE_LOG;
  });

  it('is available where say answers as documented, and Tingting (Enhanced) is the default voice', async () => {
    const engine = new MacSayEngine();
    expect((await engine.probe()).ok).toBe(true);
    const voices = await engine.voices();
    expect(voices[0]!.id).toBe('Tingting (Enhanced)');
    expect(voices[1]!.id).toBe('Tingting');
    // Every Eloquence voice comes after both Tingtings; Meijia (zh-TW) and Sinji (zh-HK) are offered too.
    const firstEloquence = voices.findIndex((v) => /^(Eddy|Flo|Grandma|Grandpa|Reed|Rocko|Sandy|Shelley) /.test(v.id));
    expect(firstEloquence).toBeGreaterThan(1);
    expect(voices.map((v) => v.id)).toEqual(expect.arrayContaining(['Meijia', 'Sinji']));
    expect(voices.every((v) => /^zh-(CN|TW|HK)$/.test(v.lang))).toBe(true);
  });

  it('gives say the text on stdin: a leading "-" and [[[rate 500]]] are spoken, never obeyed', async () => {
    s.reset();
    const file = join(s.dir, 'guard.wav');
    await new MacSayEngine().synthesize('-v Alex [[[rate 500]]] 你好', { rate: 560 }, file);
    const runs = s.entries().filter((e) => e.cmd === 'say');
    const start = runs.find((e) => e.ev === 'start')!;
    const end = runs.find((e) => e.ev === 'end')!;
    expect(start.argv!.join(' ')).not.toMatch(/你好|Alex|rate 500/);
    expect(end.commands).toEqual([]);
    expect(end.text).toContain('-v Alex');
    expect(end.text).toContain('你好');
    const layout = readWavLayout(file);
    expect(layout.fmt).toEqual({ channels: 1, sampleRate: 22050, bitsPerSample: 16 });
    expect(layout.dataOffset).toBe(4096); // the FLLR chunk before the data was skipped
  });

  it('takes warnings on stderr in its stride, and reports a failure as one line in Chinese', async () => {
    process.env.LANGDU_FAKE_SAY_WARN = '2026-12-06 12:00:00.000 say[123:456] AddInstanceForFactory: No factory registered';
    try {
      await new MacSayEngine().synthesize('你好', {}, join(s.dir, 'warned.wav'));
    } finally {
      delete process.env.LANGDU_FAKE_SAY_WARN;
    }
    const failure = new MacSayEngine().synthesize('你好', { voice: 'Nobody' }, join(s.dir, 'none.wav'));
    await expect(failure).rejects.toThrow(/^say 出错（Voice `Nobody' not found\.）；[^\n]*[\u4e00-\u9fff][^\n]*$/);
  });

  it('refuses float WAV (what the npm say package asked for) with a clear reason', () => {
    const file = join(s.dir, 'float.wav');
    const r = spawnSync('say', ['--file-format=WAVE', '--data-format=LEF32@32000', `--output-file=${file}`, '你好'], { env: process.env });
    expect(r.status).toBe(0);
    expect(soxInfo(file).encoding).toMatch(/Floating Point/);
    expect(() => readWavLayout(file)).toThrow(/32-bit floating-point audio, not PCM/);
  });

  let exportedSamples = 0;
  let spokenSamples = 0;
  it('exports 16-bit PCM that sox reads, as long as the speech and the pauses', () => {
    s.reset();
    const out = join(s.dir, 'report.wav');
    const r = s.langdu(['export', '--engine', 'say', '--rate', '560', ...PART, '-o', out, s.report]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tingting (Enhanced)');
    const info = soxInfo(out);
    expect(info).toMatchObject({ encoding: 'Signed Integer PCM', bits: 16, rate: 22050 });
    const pieces = s.entries().filter((e) => e.cmd === 'say' && e.ev === 'end');
    expect(pieces.length).toBeGreaterThan(0);
    spokenSamples = pieces.reduce((n, e) => n + Math.round((e.ms! * 22050) / 1000), 0);
    exportedSamples = info.samples;
    // The rest is the pauses (and earcons) before the two points, 450 ms each at least.
    expect(exportedSamples - spokenSamples).toBeGreaterThanOrEqual(2 * 0.45 * 22050);
  });

  it('exports MP3', () => {
    const out = join(s.dir, 'report.mp3');
    const r = s.langdu(['export', '--engine', 'say', '--rate', '560', ...PART, '-o', out, s.report]);
    expect(r.code).toBe(0);
    const mp3 = mp3Frames(readFileSync(out));
    expect(mp3.sampleRate).toBe(22050);
    expect(Math.abs(mp3.seconds - exportedSamples / 22050)).toBeLessThan(0.2);
  });

  it('says a report with pauses and earcons, synthesizing each sentence while the one before plays', () => {
    s.reset();
    const r = s.langdu(['speak', '--engine', 'say', '--rate', '560', ...PART, s.report], { LANGDU_TEST_PACE: '0.55' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const log = s.entries();
    const plays = log.filter((e) => e.cmd === 'afplay' && e.ev === 'play');
    const played = (file: string) => log.find((e) => e.cmd === 'afplay' && e.ev === 'played' && e.file === file)!;
    const speech = plays.filter((p) => samplesOf(p.saved!).fllr);
    const made = log.filter((e) => e.cmd === 'say' && e.ev === 'end');
    // (the probe's `say -v ?` aside)
    const starts = log.filter((e) => e.cmd === 'say' && e.ev === 'start' && made.some((m) => m.pid === e.pid));
    // Every sentence played, in the order it was asked for: langdu numbers its files as it asks (two
    // syntheses start at once, so the stand-ins' own start and end times may come in either order).
    const number = (f: string) => Number(/(\d+)\.wav$/.exec(f)![1]);
    const asked = [...made].sort((a, b) => number(a.out!) - number(b.out!)).map((m) => m.text?.trim());
    expect(speech.map((p) => made.find((m) => m.out === p.file)?.text?.trim())).toEqual(asked);
    expect(asked.join('')).toContain('加强学习');
    // Prefetch: the say that made sentence n+1 started before sentence n finished playing.
    for (let k = 0; k + 1 < speech.length; k++) {
      const maker = made.find((m) => m.out === speech[k + 1]!.file)!;
      const begun = starts.find((st) => st.pid === maker.pid)!;
      expect(begun.t).toBeLessThan(played(speech[k]!.file!).t);
    }
    // The pauses and earcons went through afplay too, and their length is what export put in.
    const cues = plays.filter((p) => !samplesOf(p.saved!).fllr);
    const kinds = recordedPlays(s.record);
    expect(kinds.tones).toBeGreaterThanOrEqual(2);
    const cueSamples = cues.reduce((n, p) => n + samplesOf(p.saved!).samples.length, 0);
    expect(exportedSamples).toBe(spokenSamples + cueSamples);
    // No text ever went on a command line, and every command line is short.
    for (const e of log.filter((x) => x.ev === 'start')) {
      expect(e.argv!.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
      expect([e.cmd, ...e.argv!].join(' ').length).toBeLessThan(300);
    }
  });

  it('leaves no say or afplay running when stopped', async () => {
    s.reset();
    const tag = newTag();
    const child = s.start(['speak', '--engine', 'say', '--rate', '560', s.report], { LANGDU_TEST_TAG: tag });
    await until(() => s.entries().some((e) => e.cmd === 'afplay' && e.ev === 'play'), 'afplay playing');
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await until(() => taggedProcesses(tag).length === 0, 'every say and afplay gone', 10_000);
  });
});
