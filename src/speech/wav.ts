// Just enough RIFF/WAVE to read the pieces of an export, write its header, and make a probe's silence.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface WavFormat {
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
}

/** The 44-byte header of a PCM WAV file holding `dataBytes` of samples. */
export function wavHeader(fmt: WavFormat, dataBytes: number): Buffer {
  const h = Buffer.alloc(44);
  const blockAlign = (fmt.channels * fmt.bitsPerSample) / 8;
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + dataBytes, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(fmt.channels, 22);
  h.writeUInt32LE(fmt.sampleRate, 24);
  h.writeUInt32LE(fmt.sampleRate * blockAlign, 28);
  h.writeUInt16LE(blockAlign, 32);
  h.writeUInt16LE(fmt.bitsPerSample, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(dataBytes, 40);
  return h;
}

/** A WAV file of the given samples. */
export function wavOf(pcm: Buffer, fmt: WavFormat = { channels: 1, sampleRate: 22050, bitsPerSample: 16 }): Buffer {
  return Buffer.concat([wavHeader(fmt, pcm.length), pcm]);
}

/** A short silent WAV, for checking that a player can play at all. */
export function silence(ms = 50, fmt: WavFormat = { channels: 1, sampleRate: 22050, bitsPerSample: 16 }): Buffer {
  const bytes = Math.round((fmt.sampleRate * ms) / 1000) * fmt.channels * (fmt.bitsPerSample / 8);
  return Buffer.concat([wavHeader(fmt, bytes), Buffer.alloc(bytes)]);
}

// Format tags (WAVEFORMATEX.wFormatTag): integer PCM, IEEE float, and the extensible form whose
// sub-format GUID starts with one of the two.
const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;
/** Chunks looked at before giving up: Apple's files put FLLR (padding) before data, others LIST, fact … */
const MAX_CHUNKS = 64;

/**
 * Where a WAV file's format and sample data are. Chunk headers are read one by one through the file, so
 * padding (Apple's FLLR), LIST or fact chunks of any size are skipped. Throws, with a reason a user can
 * act on, on a file that is not integer PCM WAVE of 8 or 16 bits (32-bit float is what `say` writes
 * unless asked otherwise: read as integers it is loud noise).
 */
export function readWavLayout(file: string): { fmt: WavFormat; dataOffset: number; dataBytes: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(12);
    if (readSync(fd, head, 0, 12, 0) < 12 || head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') {
      throw new Error(`${file} is not a WAVE file`);
    }
    let fmt: WavFormat | null = null;
    const chunk = Buffer.alloc(8);
    const body = Buffer.alloc(40);
    for (let p = 12, n = 0; p + 8 <= size && n < MAX_CHUNKS; n++) {
      readSync(fd, chunk, 0, 8, p);
      const id = chunk.toString('ascii', 0, 4);
      const len = chunk.readUInt32LE(4);
      if (id === 'fmt ') {
        if (len < 16) throw new Error(`${file} has a broken format chunk`);
        body.fill(0);
        readSync(fd, body, 0, Math.min(len, body.length), p + 8);
        let tag = body.readUInt16LE(0);
        // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
        if (tag === EXTENSIBLE && len >= 40) tag = body.readUInt16LE(24);
        fmt = { channels: body.readUInt16LE(2), sampleRate: body.readUInt32LE(4), bitsPerSample: body.readUInt16LE(14) };
        if (tag === FLOAT) throw new Error(`${file} holds ${fmt.bitsPerSample}-bit floating-point audio, not PCM; it cannot be joined or encoded`);
        if (tag !== PCM) throw new Error(`${file} holds audio in format ${tag}, not PCM; it cannot be joined or encoded`);
        if (fmt.bitsPerSample !== 16 && fmt.bitsPerSample !== 8)
          throw new Error(`${file} holds ${fmt.bitsPerSample}-bit audio; only 8- and 16-bit PCM can be joined`);
        if (fmt.channels < 1 || fmt.sampleRate < 1) throw new Error(`${file} has a broken format chunk`);
      }
      if (id === 'data') {
        if (!fmt) throw new Error(`${file} has data before its format`);
        // A streamed header may say 0x7fffffff: trust the file's size instead.
        return { fmt, dataOffset: p + 8, dataBytes: Math.min(len, size - p - 8) };
      }
      p += 8 + len + (len % 2);
    }
    throw new Error(`${file} has no data chunk`);
  } finally {
    closeSync(fd);
  }
}
