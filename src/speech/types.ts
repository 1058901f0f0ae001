// The one small interface every text-to-speech engine implements.

export interface Voice {
  id: string;
  name: string;
  /** BCP 47-ish language tag: zh-CN, zh-TW, zh-HK, yue … */
  lang: string;
  /** The script the voice reads best: a zh-CN voice gets Simplified, a zh-TW/zh-HK one Traditional. */
  script: 'simplified' | 'traditional';
}

export interface Availability {
  ok: boolean;
  /** Why not (and what to install), or what was found. */
  detail: string;
}

export interface SpeakOptions {
  voice?: string;
  /** Characters per minute (字/分钟); each engine maps it onto its own scale, calibrated. */
  rate?: number;
}

/** Speech being made: synthesis starts at once, so the next sentence can be ready while this one plays. */
export interface Prepared {
  /**
   * Play it; resolves when done or aborted (aborting kills synthesizer and player together). `started`
   * is called once, when the audio is handed to the player (not if it is cut off before).
   */
  play(signal: AbortSignal, started?: () => void): Promise<void>;
  /** Drop it without playing. */
  cancel(): void;
}

export interface Engine {
  readonly id: EngineId;
  readonly label: string;
  readonly defaultRate: number;
  probe(): Promise<Availability>;
  /** The voices that read Chinese text here, best first. */
  voices(): Promise<Voice[]>;
  /** Chinese voices the engine has that langdu does not offer, and why (shown by `langdu voices`). */
  leftOut?(): Promise<{ id: string; why: string }[]>;
  /** Voices the user installed (sherpa-onnx), one line each: name, language, speakers, sample rate. Shown even when the engine is not available. */
  installed?(): string[];
  prepare(text: string, opts: SpeakOptions): Prepared;
  /** Get ready for a prepare() with these options (a synthesizer started, waiting for its text), so the first word comes sooner. */
  warm?(opts: SpeakOptions): void;
  /** Does this voice read pinyin with tone numbers (espeak-ng's cmn-latn-pinyin)? Else it gets Han text. */
  readsPinyin?(voice?: string): boolean;
  /** Play PCM samples (16-bit mono at 22050 Hz) through the same player: the pauses and earcons. */
  prepareAudio?(pcm: Buffer): Prepared;
  /** Write the speech to a WAV file; rejects with a one-line reason on failure. Absent: the engine cannot. */
  synthesize?(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void>;
  /** Many texts to WAV files in `dir`, one after another, each as synthesize() would make it but without a process of langdu's own each. */
  batch?(opts: SpeakOptions, dir: string, signal: AbortSignal): Batch;
}

/** Texts synthesized in turn by one helper (engine.batch). */
export interface Batch {
  /** Synthesize `text`; resolves with the WAV's path (in the batch's folder) when it is written. */
  say(text: string): Promise<string>;
  /** Stop the helper (what is still queued is rejected). */
  close(): void;
}

/** The engines langdu knows, in one place: the CLI checks --engine against it without loading them. */
export const ENGINE_IDS = ['espeak-ng', 'say', 'sapi', 'speech-dispatcher', 'sherpa-onnx'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/** How long one utterance may take to speak or synthesize before it counts as hung: generous, by length. */
export function speechTimeoutMs(text: string): number {
  return 20_000 + text.length * 600;
}

export class SpeechError extends Error {
  override name = 'SpeechError';
  /** Trying again will not help (no audio device): the reader turns speech off and says why. */
  constructor(
    message: string,
    readonly fatal = false,
  ) {
    super(message);
  }
}

/** A voice's name in Chinese, by its language: 普通话, 国语（台湾）, 粤语, 客家话; the engine's own name after it. */
export function chineseVoiceName(lang: string, own?: string): string {
  const l = lang.toLowerCase();
  const base = l.startsWith('yue') || l === 'zh-hk' ? '粤语' : l === 'zh-tw' ? '国语（台湾）' : l.startsWith('hak') ? '客家话' : '普通话';
  return own && own !== base ? `${base}（${own}）` : base;
}

/** Default voice order: Mandarin for the mainland (Huihui, Tingting) first, then zh-TW, then zh-HK. */
export function mainlandFirst(a: Voice, b: Voice): number {
  const rank = (v: Voice) => (v.lang === 'zh-CN' ? 0 : v.lang === 'zh-TW' ? 1 : 2);
  return rank(a) - rank(b);
}

/**
 * Speech rate in characters per minute (字/分钟), the one scale langdu shows and saves; each engine maps
 * it onto its own (espeak-ng's -s, say's words per minute, SAPI's -10…10), calibrated by measuring.
 * Mandarin news is read at about 240–300 字/分钟; 260 is comfortable for listening to a report.
 */
export const RATE_RANGE = { min: 100, max: 560, default: 260, step: 20, unit: '字/分钟' } as const;

/**
 * espeak-ng's `-s` against the 字/分钟 its cmn-latn-pinyin voice really reads (the reading of the bundled
 * report, pauses included), measured with sox; tests/speech/listening-audio.test.ts keeps it honest.
 * Not linear: espeak-ng's pauses shrink less than its syllables, and it reads no faster past -s 400.
 */
export const ESPEAK_CALIBRATION: readonly (readonly [speed: number, charsPerMinute: number])[] = [
  [80, 92],
  [120, 134],
  [160, 187],
  [200, 244],
  [250, 322],
  [300, 415],
  [350, 487],
  [400, 572],
];

function interpolate(x: number, from: 0 | 1): number {
  const to = (1 - from) as 0 | 1;
  const t = ESPEAK_CALIBRATION;
  let k = 1;
  while (k < t.length - 1 && x > t[k]![from]) k++;
  const [a, b] = [t[k - 1]!, t[k]!];
  return a[to] + ((x - a[from]) * (b[to] - a[to])) / (b[from] - a[from]);
}

/** espeak-ng's -s for a rate in 字/分钟. */
export function espeakSpeed(charsPerMinute: number): number {
  return Math.max(80, Math.min(450, Math.round(interpolate(charsPerMinute, 1))));
}

/** A rate saved before langdu counted in 字/分钟 (espeak-ng words per minute, 80–450), in 字/分钟. */
export function rateFromWordsPerMinute(wpm: number): number {
  return Math.max(RATE_RANGE.min, Math.min(RATE_RANGE.max, Math.round(interpolate(wpm, 0) / 10) * 10));
}
