// PCM to MP3 with lamejs (LAME ported to JavaScript: no system tool needed), a block of samples at a
// time so memory stays small whatever the length. Constant bitrate, no bit reservoir (lamejs's setting),
// so every frame stands alone and a player can seek and time the file from its size.
import type { WavFormat } from './wav.js';

// MPEG-1 (32 kHz and up) and MPEG-2/2.5 (below) Layer III bitrates, kbit/s.
const MPEG1_KBPS = [32, 40, 48];
const MPEG2_KBPS = [8, 16, 24, 32, 40, 48];

/**
 * The bitrate for speech in `fmt`: 48 kbit/s (clear speech at espeak-ng's 22050 Hz mono), lower when
 * that would not make the file at most a fifth of the WAV (8 kHz audio).
 */
export function mp3Kbps(fmt: WavFormat): number {
  const wavKbps = (fmt.sampleRate * fmt.channels * fmt.bitsPerSample) / 1000;
  const rates = fmt.sampleRate >= 32000 ? MPEG1_KBPS : MPEG2_KBPS;
  const fits = rates.filter((k) => k * fmt.channels <= wavKbps / 5);
  return fits.at(-1) ?? rates[0]!;
}

export interface Mp3Encoding {
  kbps: number;
  /** MP3 frames for the next samples (16-bit little-endian PCM, or 8-bit unsigned, in `fmt`). */
  encode(pcm: Buffer): Buffer;
  /** The last frames. */
  flush(): Buffer;
}

export async function mp3Encoder(fmt: WavFormat): Promise<Mp3Encoding> {
  if (fmt.channels > 2 || (fmt.bitsPerSample !== 16 && fmt.bitsPerSample !== 8)) {
    throw new Error(`cannot encode ${fmt.channels}-channel ${fmt.bitsPerSample}-bit audio as MP3`);
  }
  const { Mp3Encoder } = await import('@breezystack/lamejs');
  const kbps = mp3Kbps(fmt);
  const encoder = new Mp3Encoder(fmt.channels, fmt.sampleRate, kbps);
  const bytes = fmt.bitsPerSample / 8;
  const asBuffer = (a: Uint8Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return {
    kbps,
    encode(pcm) {
      const frames = Math.floor(pcm.length / (bytes * fmt.channels));
      const channels = Array.from({ length: fmt.channels }, () => new Int16Array(frames));
      for (let i = 0, p = 0; i < frames; i++) {
        for (const ch of channels) {
          ch[i] = bytes === 2 ? pcm.readInt16LE(p) : (pcm[p]! - 128) << 8;
          p += bytes;
        }
      }
      return asBuffer(encoder.encodeBuffer(channels[0]!, channels[1]));
    },
    flush: () => asBuffer(encoder.flush()),
  };
}
