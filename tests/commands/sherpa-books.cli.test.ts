// Talking books read by the sherpa-onnx engine, on a voice generated at test time whose audio encodes the
// tokens it was given (tests/speech/sherpa-model.ts). EPUBCheck must pass the EPUB, and in both books
// each sentence's clip must hold that sentence's tokens, decoded from the MP3 with sox, as a listener
// with any player would hear them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntry, zipEntries } from '../../src/document/formats/zip.js';
import { ROOT } from '../helpers.js';
import { sherpaLoads, testTokens, writeTestVoice } from '../speech/sherpa-model.js';
import { decode, epubcheck, haveEpubcheck, haveSpeech, unzip } from './book-helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-sherpa-books-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const data = join(tmp, 'data');
writeTestVoice(join(data, 'langdu', 'voices'), 'test-voice');
const loads = await sherpaLoads();

const DOC = join(tmp, '报告.txt');
writeFileSync(DOC, '某县报告\n\n一、主要工作\n\n银行行长好。人好。\n\n二、存在问题\n\n行长好人。\n');
/** What each marked sentence must say: our readings (银行 yín háng, 行长 háng zhǎng), headings as spoken. */
const SAYS: Record<string, string> = {
  'head-s0': 'm ou3 x ian4 b ao4 g ao4 .',
  'n1-s0': 'd i4 y i1 b u4 f en5 , zh u3 y ao4 g ong1 z uo4',
  'n1-s1': 'y in2 h ang2 h ang2 zh ang3 h ao3 .',
  'n1-s2': 'r en2 h ao3 .',
  'n2-s0': 'd i4 er4 b u4 f en5 , c un2 z ai4 w en4 t i2',
  'n2-s1': 'h ang2 zh ang3 h ao3 r en2 .',
};
const EPUB = join(tmp, 'book.epub');
const DAISY = join(tmp, 'daisy');

function langdu(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: data }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Clip {
  id: string;
  audio: string;
  begin: number;
  end: number;
}

/**
 * Where in `pcm` the sentence's tokens are heard: each token is a run of 64 samples at its level (the
 * model's audio), compared by the middle half of each run (MP3 blurs the steps between them) at every
 * offset. The best offset, how far the levels are from the model's there, and their ratio.
 */
function find(pcm: Int16Array, from: number, to: number, says: string): { at: number; error: number; gain: number } {
  const ids = testTokens();
  const want = says.split(' ').map((t) => (ids.indexOf(t) * 32767) / 10000);
  const norm = want.reduce((n, w) => n + w * w, 0);
  let best = { at: -1, error: Number.POSITIVE_INFINITY, gain: 0 };
  for (let at = Math.max(0, from); at + want.length * 64 <= Math.min(pcm.length, to); at++) {
    let err = 0;
    let dot = 0;
    for (const [k, w] of want.entries()) {
      let sum = 0;
      for (let j = 16; j < 48; j++) sum += pcm[at + k * 64 + j]!;
      err += (sum / 32 - w) ** 2;
      dot += (sum / 32) * w;
    }
    const error = Math.sqrt(err / norm);
    if (error < best.error) best = { at, error, gain: dot / norm };
  }
  return best;
}

/** Each clip of one audio file: they follow one another from 0 to its end, and each holds its sentence's tokens. */
function checkClips(file: string, clips: Clip[], stated: number): void {
  const { pcm, rate } = decode(file);
  expect(clips[0]!.begin).toBe(0);
  for (let k = 1; k < clips.length; k++) expect(clips[k]!.begin).toBeCloseTo(clips[k - 1]!.end, 6);
  expect(clips.at(-1)!.end).toBeCloseTo(stated, 3);
  for (const c of clips) {
    const says = SAYS[c.id]!;
    const { at, error, gain } = find(pcm, Math.floor(c.begin * rate), Math.ceil(c.end * rate), says);
    // Within its own clip, whole, in the decoded audio (MP3 keeps the levels to a few per cent).
    expect(at, `${c.id} heard in its clip`).toBeGreaterThanOrEqual(0);
    expect(error, `${c.id}: ${says}`).toBeLessThan(0.15);
    expect(gain, c.id).toBeGreaterThan(0.9);
    expect(gain, c.id).toBeLessThan(1.1);
    // After the sentence, nothing but silence to the clip's end (at most the next sentence's pause).
    expect(c.end - (at + says.split(' ').length * 64) / rate).toBeLessThan(1.5);
  }
}

const seconds = (clock: string) => clock.split(':').reduce((n, p) => n * 60 + Number(p), 0);
const attrs = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );

describe.runIf(loads && haveSpeech)('talking books read by a sherpa-onnx voice (the real program)', () => {
  beforeAll(() => {
    const e = langdu(['export', DOC, '-o', 'book.epub']);
    expect(e.err).toBe('');
    expect(e.out).toMatch(/^wrote the EPUB 3 book\.epub \(0:0\d of audio; 普通话（test-voice 说话人 0）, /);
    const d = langdu(['export', DOC, '-o', 'daisy', '--format', 'daisy']);
    expect(d.err).toBe('');
    expect(d.out).toMatch(/^wrote the DAISY 2\.02 book daisy \(0:0\d of audio; /);
  }, 60_000);

  it.skipIf(!haveEpubcheck)(
    'EPUBCheck finds no error and no warning',
    () => {
      const report = epubcheck(EPUB);
      expect(report).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
    },
    120_000,
  );

  it('the EPUB: the narrator is the voice, and each sentence clip holds its tokens', () => {
    const files = unzip(EPUB);
    const opf = files.get('EPUB/package.opf')!;
    expect(opf).toContain('<meta property="media:narrator">普通话（test-voice 说话人 0） (sherpa-onnx)</meta>');
    const bytes = readFileSync(EPUB);
    const smils = [...files.keys()].filter((n) => n.endsWith('.smil')).sort();
    expect(smils).toHaveLength(3);
    const seen: string[] = [];
    for (const name of smils) {
      const smil = files.get(name)!;
      const part = name.replace(/^EPUB\/|\.smil$/g, '');
      const texts = attrs(smil, 'text').map((a) => a.src!.split('#')[1]!);
      const clips = attrs(smil, 'audio').map((a, k) => ({ id: texts[k]!, audio: a.src!, begin: seconds(a.clipBegin!), end: seconds(a.clipEnd!) }));
      const mp3 = join(tmp, `${part}.mp3`);
      writeFileSync(mp3, readEntry(bytes, zipEntries(bytes).get(`EPUB/audio/${part}.mp3`)!, 1 << 24));
      const stated = seconds(new RegExp(`<meta property="media:duration" refines="#mo-${part}">([^<]+)<`).exec(opf)![1]!);
      checkClips(mp3, clips, stated);
      seen.push(...texts);
    }
    expect(seen).toEqual(Object.keys(SAYS));
  });

  it('the DAISY book: the same sentences, each clip holding its tokens; the total time is the audio', () => {
    const ncc = readFileSync(join(DAISY, 'ncc.html'), 'utf8');
    const meta = Object.fromEntries(attrs(ncc, 'meta').map((a) => [a.name, a.content]));
    expect(meta['ncc:narrator']).toBe('普通话（test-voice 说话人 0） (sherpa-onnx)');
    const seen: string[] = [];
    let total = 0;
    for (const smil of readdirSync(DAISY).filter((f) => f.endsWith('.smil'))) {
      const xml = readFileSync(join(DAISY, smil), 'utf8');
      const texts = attrs(xml, 'text').map((a) => a.src!.split('#')[1]!);
      const clips = attrs(xml, 'audio').map((a, k) => ({
        id: texts[k]!,
        audio: a.src!,
        begin: Number(a['clip-begin']!.slice(4, -1)),
        end: Number(a['clip-end']!.slice(4, -1)),
      }));
      const dur = Number(/<seq dur="([\d.]+)s">/.exec(xml)![1]);
      checkClips(join(DAISY, clips[0]!.audio), clips, dur);
      total += dur;
      seen.push(...texts);
    }
    expect(seen.sort()).toEqual(Object.keys(SAYS).sort());
    expect(Math.abs(seconds(meta['ncc:totalTime']!) - total)).toBeLessThanOrEqual(1);
  });
});
