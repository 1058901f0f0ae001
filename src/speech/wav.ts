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

/** Where a WAV file's format and sample data are. Throws on a file that is not PCM WAVE. */
export function readWavLayout(file: string): { fmt: WavFormat; dataOffset: number; dataBytes: number } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(Math.min(size, 4096));
    readSync(fd, head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${file} is not a WAVE file`);
    let fmt: WavFormat | null = null;
    for (let p = 12; p + 8 <= head.length; ) {
      const id = head.toString('ascii', p, p + 4);
      const len = head.readUInt32LE(p + 4);
      if (id === 'fmt ') fmt = { channels: head.readUInt16LE(p + 10), sampleRate: head.readUInt32LE(p + 12), bitsPerSample: head.readUInt16LE(p + 22) };
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
