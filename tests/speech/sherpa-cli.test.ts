// The real program (dist/langdu.js) with a sherpa-onnx voice generated at test time: `langdu voices`,
// `speak` and `export` choose it, give it our reading, and fail in one line on a voice that will not load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readWavLayout } from '../../src/speech/wav.js';
import { ROOT } from '../helpers.js';
import { mp3Frames } from './mp3-read.js';
import { brokenGraphBytes, DEFAULT_META, sherpaLoads, wavTokens, writeTestVoice } from './sherpa-model.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-sherpa-cli-'));
const data = join(tmp, 'data');
const voices = join(data, 'langdu', 'voices');
writeTestVoice(voices, 'test-voice');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const loads = await sherpaLoads();

describe.runIf(loads)('langdu voices, speak and export with a sherpa-onnx voice (the real program)', () => {
  const BIN = join(ROOT, 'dist/langdu.js');
  const run = (args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) => {
    const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], {
      encoding: 'utf8',
      env: { ...process.env, XDG_DATA_HOME: data, NO_COLOR: '1', ...env },
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('langdu voices lists the voice, its speakers and a broken folder in one line, without a crash', () => {
    writeTestVoice(voices, 'zz-broken');
    const bad = join(voices, 'zz-broken');
    writeFileSync(join(bad, 'model.onnx'), 'not a model');
    try {
      const r = run(['voices', '--player', 'cat']);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.out).toMatch(/^sherpa-onnx \(sherpa-onnx\): available — sherpa-onnx-node [\d.]+; 1 voice in /m);
      expect(r.out).toContain('  voice test-voice: Chinese, 2 speakers, 22050 Hz\n');
      expect(r.out).toMatch(/^ {2}test-voice:1 +普通话（test-voice 说话人 1）/m);
      expect(r.out).toMatch(/^ {2}zz-broken +left out: not usable: model\.onnx: not an ONNX model/m);
      expect(r.out.indexOf('sherpa-onnx (')).toBeLessThan(r.out.indexOf('espeak-ng ('));
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('export writes a WAV of our reading through the chosen engine', () => {
    const doc = join(tmp, 'doc.txt');
    writeFileSync(doc, '银行行长\n');
    const wav = join(tmp, 'export.wav');
    const r = run(['export', doc, '-o', wav]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { tokens } = wavTokens(wav);
    expect(tokens.join(' ')).toContain('y in2 h ang2 h ang2 zh ang3');
  });

  it('export to MP3 is as long as the WAV of the same text', () => {
    const wav = join(tmp, 'export.wav');
    const mp3 = join(tmp, 'export.mp3');
    expect(existsSync(wav)).toBe(true); // written by the test before
    const r = run(['export', join(tmp, 'doc.txt'), '-o', mp3]);
    expect(r.err).toBe('');
    const { dataBytes } = readWavLayout(wav);
    const seconds = mp3Frames(readFileSync(mp3)).seconds;
    // An MP3 is a frame or two longer (the encoder's delay and padding), never shorter.
    expect(seconds).toBeGreaterThanOrEqual(dataBytes / 2 / 22050);
    expect(seconds - dataBytes / 2 / 22050).toBeLessThan(0.15);
  });

  it('speak plays our reading through the player given, with the voice asked for', () => {
    const doc = join(tmp, 'doc3.txt');
    writeFileSync(doc, '银行行长\n');
    const heard = join(tmp, 'heard');
    mkdirSync(heard, { recursive: true });
    const r = run(['speak', doc, '--voice', 'test-voice:1', '--player', `sh -c 'cat > "${heard}/$(date +%s%N).wav"'`]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const said = readdirSync(heard)
      .sort()
      .map((f) => wavTokens(join(heard, f)))
      .filter((c) => c.tokens.length > 0);
    expect(said.map((c) => c.tokens.join(' '))).toEqual(['y in2 h ang2 h ang2 zh ang3']);
    expect(said[0]!.sids.every((s) => s === 1)).toBe(true);
  });

  it('a voice whose graph onnxruntime refuses: speak and export say so in one line and exit, no hang', () => {
    const bad = join(tmp, 'bad-graph');
    const vdir = writeTestVoice(join(bad, 'langdu', 'voices'), 'bad-graph');
    writeFileSync(join(vdir, 'model.onnx'), brokenGraphBytes(DEFAULT_META));
    const doc = join(tmp, 'doc4.txt');
    writeFileSync(doc, '银行行长\n');
    for (const args of [
      ['speak', doc, '--player', 'cat'],
      ['export', doc, '-o', join(tmp, 'bad.wav')],
    ]) {
      const r = run(args, { XDG_DATA_HOME: bad });
      expect(r.code).not.toBe(0);
      expect(r.code).not.toBeNull(); // not killed by the time limit
      expect(r.err).toMatch(/^langdu: .*sherpa-onnx (could not load the voice|stopped).*; try another voice \(langdu voices\), or --engine espeak-ng\n$/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(tmp, 'bad.wav'))).toBe(false);
  });

  it('start-up without a voice folder never loads sherpa-onnx-node; with one, langdu itself does not either (a child does)', () => {
    const trace = ['--import', fileURLToPath(new URL('../fixtures/trace-imports.mjs', import.meta.url))];
    for (const env of [{ XDG_DATA_HOME: join(tmp, 'nothing') }, {}]) {
      const file = join(tmp, `trace-${Math.random().toString(36).slice(2)}.txt`);
      const r = run(['voices', '--player', 'cat'], { ...env, LANGDU_TRACE_FILE: file }, trace);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).not.toMatch(/sherpa-onnx-(node|linux)/);
    }
  });
});
