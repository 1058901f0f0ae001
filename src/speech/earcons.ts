// What a listener hears between utterances: a pause, and (optionally) a short tone, an earcon, that
// tells a part from a section from a point. Made in-process as PCM, in the engine's own format, so the
// queue can play it through the same player and export can join it into the same WAV.
import type { Boundary } from '../document/reading.js';
import type { WavFormat } from './wav.js';

export type EarconLevel = 1 | 2 | 3;

export interface Cue {
  /** Silence before the utterance, in ms (an earcon, when there is one, sits at its end). */
  pauseMs: number;
  earcon?: EarconLevel;
}

/** The pause (and earcon level) before a boundary: ≥ 500 ms of silence before parts, sections and after the title. */
export const PAUSES: Record<Boundary, Cue> = {
  part: { pauseMs: 1000, earcon: 1 },
  section: { pauseMs: 850, earcon: 2 },
  title: { pauseMs: 800 },
  point: { pauseMs: 450, earcon: 3 },
  paragraph: { pauseMs: 300 },
};

// Each level its own shape: a part two rising notes, a section one middle note, a point one short high tick.
const TONES: Record<EarconLevel, { hz: number; ms: number }[]> = {
  1: [
    { hz: 523, ms: 90 },
    { hz: 784, ms: 110 },
  ],
  2: [{ hz: 659, ms: 120 }],
  3: [{ hz: 988, ms: 50 }],
};
/** Silence kept after an earcon, before the words. */
const AFTER_EARCON_MS = 150;

export const DEFAULT_FORMAT: WavFormat = { channels: 1, sampleRate: 22050, bitsPerSample: 16 };

/** The cue's samples (16-bit PCM, little-endian) in `fmt`: silence, then the earcon if asked for. */
export function cuePcm(cue: Cue, earcons: boolean, fmt: WavFormat = DEFAULT_FORMAT): Buffer {
  const rate = fmt.sampleRate;
  const tones = earcons && cue.earcon ? TONES[cue.earcon] : [];
  const toneMs = tones.reduce((n, t) => n + t.ms, 0);
  const silentMs = Math.max(0, cue.pauseMs - (tones.length ? toneMs + AFTER_EARCON_MS : 0));
  const samples: number[] = new Array(Math.round((silentMs * rate) / 1000)).fill(0);
  for (const t of tones) {
    const n = Math.round((t.ms * rate) / 1000);
    const fade = Math.min(n / 4, rate * 0.008);
    for (let i = 0; i < n; i++) {
      const env = Math.min(1, i / fade, (n - 1 - i) / fade);
      samples.push(Math.round(Math.sin((2 * Math.PI * t.hz * i) / rate) * env * 0.3 * 32767));
    }
  }
  if (tones.length) for (let i = Math.round((AFTER_EARCON_MS * rate) / 1000); i > 0; i--) samples.push(0);
  const bytes = fmt.bitsPerSample / 8;
  const out = Buffer.alloc(samples.length * fmt.channels * bytes);
  let p = 0;
  for (const v of samples) {
    for (let c = 0; c < fmt.channels; c++) {
      if (bytes === 2) out.writeInt16LE(v, p);
      else out.writeUInt8(Math.round(v / 256) + 128, p);
      p += bytes;
    }
  }
  return out;
}
