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

/**
 * Where a sample fed to the encoder is heard in the decoded MP3, in samples: LAME's encoder delay (576)
 * and the decoder's (529). lamejs writes no LAME tag that would let a player trim it, so every decoder
 * (libmad in sox, ffmpeg in browsers) plays it: times into the file (a book's clips) add it.
 */
export const MP3_DELAY_SAMPLES = 576 + 529;

const MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** The samples an MP3 (Layer III, after any ID3v2 tag) decodes to, counted frame by frame, and its rate. */
export function mp3Samples(buf: Buffer): { samples: number; sampleRate: number } {
  let p = 0;
  if (buf.toString('latin1', 0, 3) === 'ID3') p = 10 + ((buf[6]! << 21) | (buf[7]! << 14) | (buf[8]! << 7) | buf[9]!);
  let samples = 0;
  let sampleRate = 0;
  while (p + 4 <= buf.length) {
    const h = buf.readUInt32BE(p);
    const version = (h >>> 19) & 3;
    const rates = RATES[version];
    const kbps = (version === 3 ? MPEG1_BITRATES : MPEG2_BITRATES)[(h >>> 12) & 15];
    const rate = rates?.[(h >>> 10) & 3];
    if (h >>> 21 !== 0x7ff || ((h >>> 17) & 3) !== 1 || !kbps || !rate) break; // not a Layer III frame: the end
    const perFrame = version === 3 ? 1152 : 576;
    p += Math.floor(((perFrame / 8) * kbps * 1000) / rate) + ((h >>> 9) & 1);
    samples += perFrame;
    sampleRate = rate;
  }
  return { samples, sampleRate };
}
