// macOS: the system `say`, called directly (the npm `say` package asks for 32-bit float audio and
// speaks straight to the device, so it has no room for pauses, earcons or prefetch). Each utterance is
// synthesized into a 16-bit WAV file (`--data-format=LEI16@22050`, espeak-ng's format, so pauses and
// earcons join it unchanged) while the one before it plays through `afplay`. The text goes on stdin,
// never on the command line; `[[ … ]]` is say's embedded-command syntax even there, so it is broken up.
import { existsSync, statSync } from 'node:fs';
import { findPlayer, type Player } from '../player.js';
import { onPath, run } from '../proc.js';
import {
  type Availability,
  chineseVoiceName,
  type Engine,
  type Prepared,
  RATE_RANGE,
  type SpeakOptions,
  SpeechError,
  speechTimeoutMs,
  type Voice,
} from '../types.js';
import { readWavLayout } from '../wav.js';
import { fileSpeech, playWav, WorkFolder, wavClip } from './wav-out.js';

/** Text as say should get it: never an embedded command (`[[rate 500]]`), however many brackets. */
export function guardSayText(text: string): string {
  // Every bracket followed by another gets a space after it, so no two ever touch: `[[[` → `[ [ [`.
  const t = text.replace(/\[(?=\[)/g, '[ ').replace(/\](?=\])/g, '] ');
  // Stdin cannot turn text into an option; the space only keeps a `-` line from looking like one in logs.
  return /^\s*-/.test(t) ? ` ${t.trimStart()}` : t;
}

/**
 * say's `-r` (words per minute) for a rate in 字/分钟. Not calibrated: no Mac was at hand to measure
 * Tingting's characters per minute at each -r. Apple's voices speak about 175–200 wpm by default, and
 * 260 字/分钟 is taken to be that.
 */
export function sayRate(charsPerMinute: number): number {
  return Math.max(90, Math.min(450, Math.round((charsPerMinute * 180) / RATE_RANGE.default)));
}

// The voices Apple ships for many languages built on the Eloquence synthesizer: robotic in Chinese, and
// listed before Tingting alphabetically, so never chosen by default.
const ELOQUENCE = new Set(['Eddy', 'Flo', 'Grandma', 'Grandpa', 'Reed', 'Rocko', 'Sandy', 'Shelley']);

/** One line of `say -v ?`: `Tingting            zh_CN    # 你好！我叫婷婷。` (long names get one space). */
const VOICE_LINE = /^(\S.*?)\s+([a-z]{2,3}_[A-Za-z0-9]{2,4})\s+#/;

/** The voices in a `say -v ?` listing: every line, and whether it was a listing at all. */
export function parseSayVoices(listing: string): { id: string; locale: string }[] {
  const out: { id: string; locale: string }[] = [];
  for (const line of listing.split('\n')) {
    const m = VOICE_LINE.exec(line);
    if (m) out.push({ id: m[1]!.trim(), locale: m[2]! });
  }
  return out;
}

/**
 * Default order of Chinese voices: zh-CN, zh-TW, zh-HK; within each the ordinary voices before the
 * Eloquence ones, Tingting first (for zh-CN), then by quality (Premium, Enhanced, plain), then as listed.
 */
export function rankSayVoices(voices: Voice[]): Voice[] {
  const base = (id: string) => id.replace(/\s*\(.*$/, '');
  const key = (v: Voice) => [
    v.lang === 'zh-CN' ? 0 : v.lang === 'zh-TW' ? 1 : 2,
    ELOQUENCE.has(base(v.id)) ? 1 : 0,
    base(v.id) === 'Tingting' ? 0 : 1,
    /\(Premium\)/.test(v.id) ? 0 : /\(Enhanced\)/.test(v.id) ? 1 : 2,
  ];
  return voices
    .map((v, i) => ({ v, k: [...key(v), i] }))
    .sort((a, b) => {
      for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return a.k[j]! - b.k[j]!;
      return 0;
    })
    .map((x) => x.v);
}

const PROBE_MS = 10_000;
const HINT = '可用 langdu voices 查看语音，或用 --engine espeak-ng';

export class MacSayEngine implements Engine {
  readonly id = 'say';
  readonly label = 'macOS say';
  readonly defaultRate = RATE_RANGE.default;
  private voiceList: Promise<{ answered: boolean; voices: Voice[] }> | null = null;
  private out: Promise<(Player & { fileArg?: boolean }) | null> | null = null;
  private readonly work = new WorkFolder('langdu-say-');

  /** `custom`: a player given with --player (reads WAV on stdin); otherwise afplay. */
  constructor(private readonly custom: Player | null = null) {}

  async probe(): Promise<Availability> {
    if (!(await onPath('say'))) return { ok: false, detail: 'the say command is missing (macOS has it)' };
    const { answered, voices } = await this.survey();
    if (!answered) return { ok: false, detail: 'say -v ? did not list voices as macOS say does' };
    return voices.length
      ? { ok: true, detail: `${voices.length} Chinese voices; ${voices[0]!.id} first` }
      : { ok: false, detail: 'no Chinese voice: add one in System Settings › Accessibility › Spoken Content' };
  }

  async voices(): Promise<Voice[]> {
    return (await this.survey()).voices;
  }

  private survey(): Promise<{ answered: boolean; voices: Voice[] }> {
    this.voiceList ??= run('say', ['-v', '?'], { timeoutMs: PROBE_MS }).then((r) => {
      const all = r.code === 0 ? parseSayVoices(r.stdout.toString('utf8')) : [];
      const voices = all
        .filter((v) => /^zh_(CN|TW|HK)$/.test(v.locale))
        .map(({ id, locale }): Voice => {
          const lang = locale.replace('_', '-');
          return { id, name: chineseVoiceName(lang, id), lang, script: lang === 'zh-CN' ? 'simplified' : 'traditional' };
        });
      return { answered: all.length > 0, voices: rankSayVoices(voices) };
    });
    return this.voiceList;
  }

  /** afplay (macOS), or the player given, or (where there is no afplay) one found as on Linux. */
  private player(): Promise<(Player & { fileArg?: boolean }) | null> {
    this.out ??= (async () => {
      if (this.custom) return this.custom;
      if (await onPath('afplay')) return { cmd: 'afplay', args: [], label: 'afplay', fileArg: true };
      return (await findPlayer()).player;
    })();
    return this.out;
  }

  /** Synthesize `text` into `file` (16-bit mono WAV at 22050 Hz); rejects with one line in Chinese. */
  private async render(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    const args = [
      ...(opts.voice ? [`--voice=${opts.voice}`] : []),
      `--rate=${sayRate(opts.rate ?? this.defaultRate)}`,
      '--file-format=WAVE',
      '--data-format=LEI16@22050',
      `--output-file=${file}`,
      '--input-file=-',
    ];
    const r = await run('say', args, { input: guardSayText(text), timeoutMs: speechTimeoutMs(text), signal });
    if (signal?.aborted) throw new SpeechError('stopped');
    if (r.error) throw new SpeechError(`无法启动 say（${r.error.message}）；${HINT}`);
    if (r.signal) throw new SpeechError(`say 没有在限定时间内完成（${r.signal}）；${HINT}`);
    // say's stderr may carry warnings while it works: only its exit code and the file decide.
    if (r.code !== 0) throw new SpeechError(`say 出错（${r.stderr.trim().split('\n')[0]?.slice(0, 160) || `exit ${r.code}`}）；${HINT}`);
    if (!existsSync(file) || statSync(file).size <= 44) throw new SpeechError(`say 没有写出声音（${file}）；${HINT}`);
    try {
      readWavLayout(file);
    } catch (e) {
      throw new SpeechError(`say 写出的不是可用的 WAV（${(e as Error).message}）；${HINT}`);
    }
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    // Synthesis starts now, so the sentence is ready when the one before it has played.
    void this.player();
    return fileSpeech(
      this.work,
      (file, signal) => this.render(text, opts, file, signal),
      (file, signal, started) => this.play(file, signal, started),
    );
  }

  /** Pauses and earcons: the samples as a WAV file, through the same player. */
  prepareAudio(pcm: Buffer): Prepared {
    return wavClip(this.work, pcm, (file, signal, started) => this.play(file, signal, started));
  }

  private async play(file: string, signal: AbortSignal, started?: () => void): Promise<void> {
    const player = await this.player();
    if (signal.aborted) return;
    if (!player) throw new SpeechError('没有找到播放程序（afplay）；可用 --player CMD 指定一个，或用 langdu export 写成音频文件', true);
    started?.();
    await playWav(player, file, signal);
  }

  async synthesize(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    await this.render(text, opts, file, signal);
  }
}
