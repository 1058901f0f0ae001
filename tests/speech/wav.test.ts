// The WAV reader on files made here, byte by byte: chunks it must skip (Apple's FLLR, LIST, a big one
// past the first 4 KiB), the format tag (float and extensible float refused, extensible PCM taken), and
// broken files refused with a reason rather than read as noise.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWavLayout } from '../../src/speech/wav.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-wav-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chunk = (id: string, body: Buffer) => {
  const h = Buffer.alloc(8);
  h.write(id, 0, 'ascii');
  h.writeUInt32LE(body.length, 4);
  return Buffer.concat([h, body, Buffer.alloc(body.length % 2)]);
};
function fmtBody(tag: number, bits: number, opts: { rate?: number; channels?: number; subTag?: number } = {}): Buffer {
  const channels = opts.channels ?? 1;
  const rate = opts.rate ?? 22050;
  const b = Buffer.alloc(opts.subTag === undefined ? 16 : 40);
  b.writeUInt16LE(tag, 0);
  b.writeUInt16LE(channels, 2);
  b.writeUInt32LE(rate, 4);
  b.writeUInt32LE((rate * channels * bits) / 8, 8);
  b.writeUInt16LE((channels * bits) / 8, 12);
  b.writeUInt16LE(bits, 14);
  if (opts.subTag !== undefined) {
    b.writeUInt16LE(22, 16); // cbSize
    b.writeUInt16LE(bits, 18); // valid bits
    b.writeUInt16LE(opts.subTag, 24); // the sub-format GUID starts with the real tag
    Buffer.from('000000001000800000aa00389b71', 'hex').copy(b, 26);
  }
  return b;
}
function wav(name: string, ...chunks: Buffer[]): string {
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(4 + body.length, 4);
  head.write('WAVE', 8, 'ascii');
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([head, body]));
  return file;
}
const samples = Buffer.alloc(2000, 1);

describe('readWavLayout', () => {
  it('skips Apple’s FLLR padding and any other chunk, even past the first 4 KiB', () => {
    const apple = wav('apple.wav', chunk('fmt ', fmtBody(1, 16)), chunk('FLLR', Buffer.alloc(4044)), chunk('data', samples));
    expect(readWavLayout(apple)).toEqual({ fmt: { channels: 1, sampleRate: 22050, bitsPerSample: 16 }, dataOffset: 4096, dataBytes: 2000 });
    const big = wav('big.wav', chunk('fmt ', fmtBody(1, 16)), chunk('LIST', Buffer.alloc(70_001)), chunk('data', samples));
    expect(readWavLayout(big).dataOffset).toBe(12 + 24 + 8 + 70_002 + 8);
  });

  it('takes PCM in the extensible form, and refuses float in either form with the reason', () => {
    expect(readWavLayout(wav('ext.wav', chunk('fmt ', fmtBody(0xfffe, 16, { subTag: 1 })), chunk('data', samples))).fmt.bitsPerSample).toBe(16);
    expect(() => readWavLayout(wav('f.wav', chunk('fmt ', fmtBody(3, 32, { rate: 32000 })), chunk('data', samples)))).toThrow(
      /32-bit floating-point audio, not PCM/,
    );
    expect(() => readWavLayout(wav('xf.wav', chunk('fmt ', fmtBody(0xfffe, 32, { subTag: 3 })), chunk('data', samples)))).toThrow(/floating-point/);
    expect(() => readWavLayout(wav('alaw.wav', chunk('fmt ', fmtBody(6, 8)), chunk('data', samples)))).toThrow(/format 6, not PCM/);
    // 32-bit integers would be read as two 16-bit samples each (and earcons written at the wrong width).
    expect(() => readWavLayout(wav('i32.wav', chunk('fmt ', fmtBody(1, 32)), chunk('data', samples)))).toThrow(/32-bit audio; only 8- and 16-bit/);
  });

  it('refuses what is not a WAVE file, data before format, a missing data chunk', () => {
    expect(() => readWavLayout(wav('nofmt.wav', chunk('data', samples), chunk('fmt ', fmtBody(1, 16))))).toThrow(/data before its format/);
    expect(() => readWavLayout(wav('nodata.wav', chunk('fmt ', fmtBody(1, 16))))).toThrow(/no data chunk/);
    const text = join(dir, 'text.wav');
    writeFileSync(text, '这不是声音');
    expect(() => readWavLayout(text)).toThrow(/not a WAVE file/);
  });
});
