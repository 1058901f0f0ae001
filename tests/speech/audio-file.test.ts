// The export file writer on made-up audio (no engine): samples, pauses and chapter starts add up to the
// sample, in WAV and in MP3, and the MP3's tag reads back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { AudioFile, type AudioItem, fileSink, planOf, streamSink } from '../../src/speech/audio-file.js';
import { id3Tag, MAX_CHAPTERS } from '../../src/speech/id3.js';
import { mp3Kbps } from '../../src/speech/mp3.js';
import { readWavLayout, type WavFormat, wavOf } from '../../src/speech/wav.js';
import { mp3Frames, readId3 } from './mp3-read.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-audio-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FMT: WavFormat = { channels: 1, sampleRate: 22050, bitsPerSample: 16 };

/** A WAV of a 440 Hz tone, `ms` long. */
function tone(name: string, ms: number, fmt = FMT): string {
  const n = Math.round((ms * fmt.sampleRate) / 1000);
  const pcm = Buffer.alloc(n * 2);
  for (let i = 0; i < n; i++) pcm.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / fmt.sampleRate) * 8000), i * 2);
  const file = join(dir, name);
  writeFileSync(file, wavOf(pcm, fmt));
  return file;
}

const ITEMS: AudioItem[] = [
  { chapter: true },
  { cue: { pauseMs: 200 } },
  { wav: tone('a.wav', 1000) },
  { chapter: true },
  { cue: { pauseMs: 850, earcon: 2 } },
  { wav: tone('b.wav', 500) },
];

async function write(format: 'wav' | 'mp3', out: string) {
  const file = await AudioFile.open(fileSink(join(dir, out)), { format, tags: { title: '标题', source: 'x.txt' }, chapters: ['标题', '第一部分，主要举措'] });
  // A chapter and a pause before the first piece wait for its format.
  for (const item of ITEMS) await file.put(item);
  const { seconds } = await file.finish();
  return { seconds, file };
}

describe('AudioFile', () => {
  it('WAV: the header says the samples that went in, pauses included', async () => {
    const { seconds } = await write('wav', 'out.wav');
    expect(seconds).toBeCloseTo(0.2 + 1 + 0.85 + 0.5, 4);
    const layout = readWavLayout(join(dir, 'out.wav'));
    expect(layout.fmt).toEqual(FMT);
    expect(layout.dataBytes).toBe(readFileSync(join(dir, 'out.wav')).length - 44);
    expect(layout.dataBytes / 2 / 22050).toBeCloseTo(seconds, 6);
  });

  it('MP3: chapters start where they were marked, to the millisecond; tags and length read back', async () => {
    const { seconds, file } = await write('mp3', 'out.mp3');
    expect(file.chapters().map((c) => Math.round(c.startMs))).toEqual([0, 1200]);
    const bytes = readFileSync(join(dir, 'out.mp3'));
    const tag = readId3(bytes)!;
    expect(tag.text.TIT2).toBe('标题');
    expect(tag.text['TXXX:source']).toBe('x.txt');
    expect(tag.chapters).toEqual([
      { id: 'chp0', title: '标题', startMs: 0, endMs: 1200 },
      { id: 'chp1', title: '第一部分，主要举措', startMs: 1200, endMs: 2550 },
    ]);
    expect(tag.tocs).toEqual([{ id: 'toc', topLevel: true, ordered: true, children: ['chp0', 'chp1'] }]);
    const frames = mp3Frames(bytes);
    expect(frames).toMatchObject({ sampleRate: 22050, kbps: 48, channels: 1 });
    expect(frames.seconds - seconds).toBeGreaterThanOrEqual(0);
    expect(frames.seconds - seconds).toBeLessThan(0.15);
  });

  it('into a stream, with the plan counted first: the same bytes as the file', async () => {
    for (const format of ['wav', 'mp3'] as const) {
      const { file } = await write(format, `again.${format}`);
      const plan = planOf(ITEMS)!;
      expect(plan.starts).toEqual([0, Math.round(1.2 * 22050)]);
      const chunks: Buffer[] = [];
      const stream = new Writable({
        write(chunk, _enc, done) {
          chunks.push(chunk as Buffer);
          done();
        },
      });
      const out = await AudioFile.open(streamSink(stream), {
        format,
        tags: { title: '标题', source: 'x.txt' },
        chapters: ['标题', '第一部分，主要举措'],
        plan,
      });
      for (const item of ITEMS) await out.put(item);
      await out.finish();
      expect(Buffer.concat(chunks).equals(readFileSync(join(dir, `again.${format}`)))).toBe(true);
      expect(file.chapters()).toEqual(out.chapters());
    }
  });

  it('refuses a piece in another format', async () => {
    const file = await AudioFile.open(fileSink(join(dir, 'mixed.wav')), { format: 'wav' });
    await file.put({ wav: tone('c.wav', 100) });
    await expect(file.put({ wav: tone('d.wav', 100, { ...FMT, sampleRate: 16000 }) })).rejects.toThrow(/different audio format/);
    file.close();
  });
});

describe('MP3 bitrate and tag limits', () => {
  it('48 kbit/s for speech, less where that would not be a fifth of the WAV', () => {
    expect(mp3Kbps(FMT)).toBe(48);
    expect(mp3Kbps({ ...FMT, sampleRate: 44100, channels: 2 })).toBe(48);
    expect(mp3Kbps({ ...FMT, sampleRate: 11025 })).toBe(32);
    expect(mp3Kbps({ ...FMT, sampleRate: 8000 })).toBe(24);
  });

  it('a table of contents holds at most 255 chapters (its count is a byte)', () => {
    const chapters = Array.from({ length: 300 }, (_, k) => ({ title: `第${k}`, startMs: k * 1000, endMs: (k + 1) * 1000 }));
    const tag = readId3(id3Tag({ chapters }))!;
    expect(tag.chapters).toHaveLength(MAX_CHAPTERS);
    expect(tag.tocs[0]!.children).toHaveLength(MAX_CHAPTERS);
  });
});
