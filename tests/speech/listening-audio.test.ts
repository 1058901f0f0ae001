// What the listener hears, measured in audio: the rate in 字/分钟 is what espeak-ng really reads, and an
// export carries the structure as silences (≥ 500 ms before parts and sections and after the title)
// and earcons (tones that differ by level, and go away with --no-earcons).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocIndex, HEAD } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { sentenceStream } from '../../src/document/reading.js';
import { loadScript } from '../../src/script/index.js';
import { cuePcm, PAUSES } from '../../src/speech/earcons.js';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { loadReading } from '../../src/speech/reading.js';
import { RATE_RANGE } from '../../src/speech/types.js';
import { engineText, spokenUtterances } from '../../src/speech/utterances.js';
import { readWavLayout } from '../../src/speech/wav.js';
import { needTool } from '../e2e/tmux.js';
import { fixture, ROOT, seedText } from '../helpers.js';

const haveEspeak = needTool('espeak-ng');
const haveSox = needTool('sox');
const BIN = join(ROOT, 'dist/langdu.js');
const dir = mkdtempSync(join(tmpdir(), 'langdu-audio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  await loadScript('simplified');
  await loadReading(join(dir, 'none.tsv'));
});

const seconds = (file: string) => Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());

/** The silences of at least `minMs` in a 16-bit WAV, as [start, length] in seconds (below -50 dB). */
function silences(file: string, minMs: number): [number, number][] {
  const { fmt, dataOffset, dataBytes } = readWavLayout(file);
  const data = readFileSync(file).subarray(dataOffset, dataOffset + dataBytes);
  const rate = fmt.sampleRate * fmt.channels;
  const runs: [number, number][] = [];
  let start = -1;
  const n = data.length / 2;
  for (let i = 0; i <= n; i++) {
    const quiet = i < n && Math.abs(data.readInt16LE(i * 2)) < 100;
    if (quiet && start < 0) start = i;
    if (!quiet && start >= 0) {
      if ((i - start) / rate >= minMs / 1000) runs.push([start / rate, (i - start) / rate]);
      start = -1;
    }
  }
  return runs;
}

describe.skipIf(!haveEspeak || !haveSox)('rate and structure, measured in the audio', () => {
  const index = new DocIndex(parse(seedText()));

  it('the rate is characters per minute: espeak-ng reads the bundled report at the rate asked, ±10%', async () => {
    const engine = new EspeakEngine(async () => null);
    const next = spokenUtterances(sentenceStream(index, { item: HEAD, sentence: 0 }, 'all', false), 'simplified', { earcons: false });
    let han = 0;
    const parts: string[] = [];
    for (let u = next(); u && han < 1500; u = next()) {
      han += (u.text.match(/\p{Script=Han}/gu) ?? []).length;
      parts.push(engineText(u, true));
    }
    const text = parts.join('\n');
    const figures: string[] = [];
    for (const rate of [RATE_RANGE.min, RATE_RANGE.default, 400, RATE_RANGE.max]) {
      const file = join(dir, `rate-${rate}.wav`);
      await engine.synthesize(text, { rate }, file);
      const perMinute = han / (seconds(file) / 60);
      figures.push(`${rate} 字/分钟 asked: ${Math.round(perMinute)} measured`);
      expect(perMinute / rate).toBeGreaterThan(0.9);
      expect(perMinute / rate).toBeLessThan(1.1);
    }
    console.log(`rate: ${figures.join('; ')}`);
  }, 60_000);

  it('an export has a pause of ≥ 500 ms before each part and section and after the title, and earcons only when on', () => {
    const withTones = join(dir, 'part.wav');
    const without = join(dir, 'part-quiet.wav');
    for (const [file, extra] of [
      [withTones, []],
      [without, ['--no-earcons']],
    ] as const) {
      const r = spawnSync('node', [BIN, 'export', '--at', '1', '-o', file, ...extra], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(file)).toBe(true);
    }
    // Part 1 has (一)…(五) sections: every section heading is preceded by a long silence. With earcons
    // the tone sits inside that pause, so each pause is split around a tone; without, it is whole.
    const sections = index.entries.filter((e) => e.node.id.split('.').length === 2 && e.node.id.startsWith('1.')).length;
    const quietLong = silences(without, 500);
    expect(quietLong.length).toBeGreaterThanOrEqual(sections);
    // Before, the longest silence of the whole report was 0.24 s.
    expect(Math.max(...quietLong.map((r) => r[1]))).toBeGreaterThanOrEqual(0.8);
    const tonedLong = silences(withTones, 500);
    expect(tonedLong.length).toBeGreaterThanOrEqual(sections);
    // The earcons add sound, not length: the two files are as long as each other (±1%).
    expect(Math.abs(seconds(withTones) - seconds(without)) / seconds(without)).toBeLessThan(0.01);
    const energy = (f: string) => Number(/RMS\s+amplitude:\s+([\d.]+)/.exec(spawnSync('sox', [f, '-n', 'stat'], { encoding: 'utf8' }).stderr)![1]);
    expect(energy(withTones)).not.toBe(energy(without));
  }, 120_000);

  it('langdu speak plays each point’s pause and earcon through the player, between the sentences', () => {
    const rec = join(dir, 'played');
    mkdirSync(rec);
    // It records each WAV and takes (more than half) the sound's length: a player that returns at once
    // is taken for one that played nothing.
    const player = `sh ${fixture('paced-player.sh')}`;
    // A short report of the genre: played at speed, the bundled report's section 1.1 alone took 40 s of CI.
    const report = join(dir, 'short-report.txt');
    writeFileSync(
      report,
      '某区工作报告\n今年工作如下。\n一、主要成效\n（一）抓统筹\n一是强根基。制定方案。\n二是优服务。办好实事。\n三是促发展。项目落地。\n二、存在问题\n问题不少。',
    );
    const small = new DocIndex(parse(readFileSync(report, 'utf8')));
    const r = spawnSync('node', [BIN, 'speak', report, '--at', '1.1', '--rate', '560', '--player', player], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'cfg'), LANGDU_TEST_RECORD: rec, LANGDU_TEST_PACE: '0.55' },
    });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(rec)
      .map((f) => Number.parseInt(f, 10))
      .sort((a, b) => a - b)
      .map((n) => join(rec, `${n}.wav`));
    const points = small.entries.filter((e) => /^1\.1\.\d+$/.test(e.node.id)).length;
    expect(points).toBe(3);
    // A cue is a WAV langdu made: exactly the pause's length, silence and then the point's tick.
    const cueSeconds = cuePcm(PAUSES.point, true).length / 2 / 22050;
    const cues = files.filter((f) => Math.abs(seconds(f) - cueSeconds) < 0.002);
    expect(cues).toHaveLength(points);
    for (const c of cues) {
      const { dataOffset } = readWavLayout(c);
      const pcm = readFileSync(c).subarray(dataOffset);
      expect(pcm.some((b) => b !== 0)).toBe(true); // the earcon is there
    }
    // Each cue comes between two sentences, never first.
    expect(files.indexOf(cues[0]!)).toBeGreaterThan(0);
  }, 60_000);

  it('the earcons differ by level and the pauses are as long as the table says', () => {
    const lengths = (['part', 'section', 'point'] as const).map((b) => cuePcm(PAUSES[b], true).length);
    expect(new Set(lengths).size).toBe(3);
    for (const b of ['part', 'section', 'title'] as const) {
      const pcm = cuePcm(PAUSES[b], true);
      // The silence before the tone (or the whole pause) is at least 500 ms at 22050 Hz.
      let quiet = 0;
      while (quiet * 2 < pcm.length && pcm.readInt16LE(quiet * 2) === 0) quiet++;
      expect(quiet / 22050, b).toBeGreaterThanOrEqual(0.5);
    }
    const tones = (level: 1 | 2 | 3) => cuePcm({ pauseMs: 600, earcon: level }, true);
    expect(tones(1).equals(tones(2))).toBe(false);
    expect(tones(2).equals(tones(3))).toBe(false);
    expect(cuePcm({ pauseMs: 600, earcon: 1 }, false).every((b) => b === 0)).toBe(true);
  });
});

describe('the structure a listener should hear, from the sentence stream', () => {
  it('marks parts, sections and points, the end of the title and each new paragraph; nothing before the first sentence', () => {
    const text = '某区工作报告\n今年工作如下。\n一、主要成效\n（一）抓统筹\n一是强根基。制定方案。\n另起一段。\n二、存在问题\n问题不少。';
    const index = new DocIndex(parse(text));
    const heard = (announce: boolean) => {
      const next = sentenceStream(index, { item: HEAD, sentence: 0 }, 'all', announce);
      const seen: string[] = [];
      for (let s = next(); s; s = next()) seen.push(`${s.boundary ?? '-'} ${s.text}`);
      return seen;
    };
    expect(heard(true)).toEqual([
      '- 某区工作报告',
      'title 今年工作如下。',
      'part 第一部分，主要成效',
      'section 第一部分 第一节，抓统筹',
      'point 一是强根基。',
      '- 制定方案。',
      'paragraph 另起一段。',
      'part 第二部分，存在问题',
      'paragraph 问题不少。',
    ]);
    // Headings passed over (announcements off) still leave their pause before what follows.
    expect(heard(false)).toEqual(['- 某区工作报告', 'title 今年工作如下。', 'part 一是强根基。', '- 制定方案。', 'paragraph 另起一段。', 'part 问题不少。']);
  });
});
