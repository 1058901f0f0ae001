// espeak-ng on Linux. Text always goes on stdin (never as an argument: no E2BIG past 128 KiB, and a
// passage starting with `-` cannot be read as an option). espeak-ng exits 0 after many failures (bad
// `-w` path, no audio device), so stderr is read and a written file is checked.
//
// espeak-ng 1.51's `cmn` voice reads most Han characters as English ("好" → "hao three"); the probe
// asks it to show phonemes (`-x`) and, when it switches to (en), uses `cmn-latn-pinyin` instead.
import { existsSync, statSync } from 'node:fs';
import { noSoundMessage, type Player, silentPlay } from '../player.js';
import { run, start, whereOnPath } from '../proc.js';
import {
  type Availability,
  type Batch,
  type Engine,
  espeakSpeed,
  type Prepared,
  RATE_RANGE,
  type SpeakOptions,
  SpeechError,
  speechTimeoutMs,
  type Voice,
} from '../types.js';
import { wavOf } from '../wav.js';
import { espeakBatch } from './espeak-batch.js';
import { readProbeCache, writeProbeCache } from './espeak-cache.js';
import { playWavBytes } from './wav-out.js';

const BIN = 'espeak-ng';
const PROBE_MS = 4000;
/** A spare synthesizer waits this long for its text at most (an utterance is at most ~100 characters). */
const SPARE_MS = 120_000;
// espeak-ng --stdout writes 16-bit mono at 22050 Hz.
const BYTES_PER_MS = 44.1;

// Chinese voices by what they are called in Chinese, and the script they read best.
const NAMES: Record<string, { name: string; lang: string; script: Voice['script'] }> = {
  cmn: { name: '普通话', lang: 'zh-CN', script: 'simplified' },
  'cmn-latn-pinyin': { name: '普通话', lang: 'zh-CN', script: 'simplified' },
  yue: { name: '粤语', lang: 'zh-HK', script: 'traditional' },
  hak: { name: '客家话', lang: 'hak', script: 'traditional' },
};

function voiceOf(id: string, lang: string): Voice {
  const known = NAMES[id] ?? NAMES[lang.split('-')[0]!] ?? { name: id, lang, script: 'simplified' as const };
  return { id, ...known };
}

/** A voice langdu does not offer, and why (for `langdu voices`). */
export interface LeftOut {
  id: string;
  why: string;
}

export class EspeakEngine implements Engine {
  readonly id = 'espeak-ng';
  readonly label = 'eSpeak NG';
  readonly defaultRate = RATE_RANGE.default;
  private voiceList: Promise<{ voices: Voice[]; leftOut: LeftOut[] }> | null = null;
  private cmnFallsBack: Promise<boolean> | null = null;
  /** An espeak-ng already started (its data and voice loading) for the next utterance with these arguments. */
  private spare: { key: string; synth: ReturnType<typeof start> } | null = null;

  /** `player`: where audio goes; null lets espeak-ng play it itself. */
  constructor(private readonly player: () => Promise<Player | null>) {}

  async probe(): Promise<Availability> {
    const bin = await whereOnPath(BIN);
    if (!bin) return { ok: false, detail: 'espeak-ng is not installed (apt-get install espeak-ng)' };
    // What an earlier run learned of this very espeak-ng (see espeak-cache.ts): no process to start.
    const kept = this.voiceList ? null : readProbeCache(bin);
    if (kept) {
      this.voiceList = Promise.resolve({ voices: kept.voices, leftOut: kept.leftOut });
      this.cmnFallsBack = Promise.resolve(kept.cmnFallsBack);
      return { ok: true, detail: kept.detail };
    }
    // The version and the voices are asked for side by side (each is a few espeak-ng runs).
    const [r, survey] = await Promise.all([run(BIN, ['--version'], { timeoutMs: PROBE_MS }), this.voiceSurvey()]);
    if (r.code !== 0 || r.error) return { ok: false, detail: `espeak-ng --version failed: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}` };
    const version = r.stdout.toString('utf8').trim().split('\n')[0] ?? '';
    if (survey.voices.length === 0) return { ok: false, detail: `${version}: no Chinese voice (install espeak-ng-data)` };
    const fallback = await this.cmnFallback();
    const detail = `${version.replace(/\s+Data at:.*$/, '')}${fallback ? '; cmn reads Han as English here, so cmn-latn-pinyin is used' : ''}`;
    const dataDir = /Data at:\s*(.+)$/.exec(version)?.[1]?.trim();
    if (dataDir) writeProbeCache(bin, dataDir, { detail, cmnFallsBack: fallback, ...survey });
    return { ok: true, detail };
  }

  /** Does `-v cmn` switch to English for Han characters (espeak-ng 1.51)? */
  cmnFallback(): Promise<boolean> {
    this.cmnFallsBack ??= run(BIN, ['-v', 'cmn', '-q', '-x', '--', '好'], { timeoutMs: PROBE_MS }).then((r) => r.stdout.toString('utf8').includes('(en)'));
    return this.cmnFallsBack;
  }

  /** The voices that read Chinese text here, 普通话 first. */
  async voices(): Promise<Voice[]> {
    return (await this.voiceSurvey()).voices;
  }

  /** The Chinese voices espeak-ng has but langdu does not offer, each with the reason. */
  async leftOut(): Promise<LeftOut[]> {
    return (await this.voiceSurvey()).leftOut;
  }

  /**
   * Every Chinese voice espeak-ng lists, tried on Han text (`-x` shows when a voice switches to English):
   * only those that read it are offered. On espeak-ng 1.51 `cmn` and `hak` read Han as English.
   */
  private voiceSurvey(): Promise<{ voices: Voice[]; leftOut: LeftOut[] }> {
    this.voiceList ??= (async () => {
      const r = await run(BIN, ['--voices'], { timeoutMs: PROBE_MS });
      if (r.code !== 0) return { voices: [], leftOut: [] };
      const found: { id: string; lang: string }[] = [];
      for (const line of r.stdout.toString('utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        const lang = cols[1] ?? '';
        const file = cols[4] ?? '';
        if (!/^(cmn|yue|hak|zh)/.test(lang)) continue;
        const id = file.split('/').pop()!.toLowerCase();
        if (!found.some((v) => v.id === id)) found.push({ id, lang });
      }
      const voices: Voice[] = [];
      const leftOut: LeftOut[] = [];
      // The voices are tried at once, side by side.
      const english = await Promise.all(
        found.map(async ({ id }) => {
          if (id === 'yue-latn-jyutping') return false;
          if (id === 'cmn') return this.cmnFallback();
          return (await run(BIN, ['-v', id, '-q', '-x', '-b', '1'], { input: '你好', timeoutMs: PROBE_MS })).stdout.toString('utf8').includes('(en)');
        }),
      );
      for (const [k, { id, lang }] of found.entries()) {
        if (id === 'yue-latn-jyutping') {
          leftOut.push({ id, why: 'the same Cantonese voice as yue, reading Latin letters as Jyutping; langdu gives it Chinese text, so yue is offered' });
          continue;
        }
        if (english[k]) {
          leftOut.push({ id, why: `reads Han characters as English on this espeak-ng${id === 'cmn' ? ' (cmn-latn-pinyin is the 普通话 voice here)' : ''}` });
          continue;
        }
        voices.push(voiceOf(id, lang));
      }
      const rank = (v: Voice) => (v.id === 'cmn-latn-pinyin' ? 0 : v.id === 'cmn' ? 1 : 2);
      return { voices: voices.sort((a, b) => rank(a) - rank(b)), leftOut };
    })();
    return this.voiceList;
  }

  /** cmn-latn-pinyin reads pinyin with tone numbers exactly: it is given the reading, not Han text. */
  readsPinyin(voice?: string): boolean {
    return voice === undefined || voice === 'cmn-latn-pinyin';
  }

  /** Pauses and earcons: the samples as a WAV through the player (without one, the silence is waited out). */
  prepareAudio(pcm: Buffer): Prepared {
    const playerReady = this.player();
    const ms = (pcm.length / 2 / 22050) * 1000;
    return {
      cancel: () => {},
      play: async (signal: AbortSignal, started?: () => void) => {
        const player = await playerReady;
        if (signal.aborted) return;
        started?.();
        if (!player) {
          // One say-all's signal serves every pause: the listener goes when this pause ends (else they pile up, and
          // Node writes a leak warning over the screen after the tenth).
          await new Promise<void>((resolve) => {
            const onAbort = () => (clearTimeout(t), resolve());
            const t = setTimeout(() => (signal.removeEventListener('abort', onAbort), resolve()), ms);
            signal.addEventListener('abort', onAbort, { once: true });
          });
          return;
        }
        await playWavBytes(player, wavOf(pcm), ms, signal);
      },
    };
  }

  private args(opts: SpeakOptions): string[] {
    // -b 1: the input is UTF-8. No text here: it goes on stdin.
    return ['-v', opts.voice ?? 'cmn-latn-pinyin', '-s', String(espeakSpeed(opts.rate ?? this.defaultRate)), '-b', '1'];
  }

  /** espeak-ng loads its phoneme data and the voice's dictionary before it reads stdin: start that now. */
  warm(opts: SpeakOptions): void {
    const key = this.args(opts).join(' ');
    if (this.spare?.key === key) return;
    this.spare?.synth.kill();
    const synth = start(BIN, [...this.args(opts), '--stdout'], { timeoutMs: SPARE_MS });
    // A spare nobody takes must not keep langdu running (a speak that fails, or plays without a player).
    holdsOpen(synth, false);
    const spare = { key, synth };
    this.spare = spare;
    void synth.exited.then(() => {
      if (this.spare === spare) this.spare = null;
    });
  }

  /** The spare, if it was started for these arguments and still waits. */
  private takeSpare(opts: SpeakOptions): ReturnType<typeof start> | null {
    const spare = this.spare;
    if (!spare || spare.key !== this.args(opts).join(' ') || spare.synth.child.exitCode !== null || spare.synth.child.signalCode !== null) return null;
    this.spare = null;
    holdsOpen(spare.synth, true);
    return spare.synth;
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    const synthAbort = new AbortController();
    // Start synthesizing now (the prefetch); the player is chosen meanwhile.
    const playerReady = this.player();
    let synth: ReturnType<typeof start> | null = null;
    // Audio made before the player starts is kept; after that it streams straight to the player.
    const chunks: Buffer[] = [];
    let sink: NodeJS.WritableStream | null = null;
    // Told once the first audio is in the player's hands (play's `started`).
    let sunk: (() => void) | null = null;
    let ended = false;
    // How much audio was made, to tell a play that lasted as long from one that returned at once.
    let made = 0;
    const ready = playerReady.then((player) => {
      if (!player || synthAbort.signal.aborted) return player;
      const spare = this.takeSpare(opts);
      if (spare) synthAbort.signal.addEventListener('abort', () => spare.kill(), { once: true });
      synth = spare ?? start(BIN, [...this.args(opts), '--stdout'], { timeoutMs: speechTimeoutMs(text), signal: synthAbort.signal });
      synth.child.stdout!.on('data', (d: Buffer) => {
        made += d.length;
        if (sink) {
          sink.write(d);
          sunk?.();
        } else chunks.push(d);
      });
      synth.child.stdout!.on('end', () => {
        ended = true;
        sink?.end();
      });
      synth.child.stdin!.end(text);
      return player;
    });
    return {
      cancel: () => synthAbort.abort(),
      play: async (signal: AbortSignal, started?: () => void) => {
        const player = await ready;
        if (signal.aborted) return synthAbort.abort();
        if (!player) {
          // espeak-ng plays by itself, with other arguments: the spare is no use.
          this.spare?.synth.kill();
          started?.();
          return this.playDirect(text, opts, signal);
        }
        const s = synth as ReturnType<typeof start> | null;
        if (!s) return; // cancelled before synthesis started
        const onAbort = () => synthAbort.abort();
        signal.addEventListener('abort', onAbort, { once: true });
        try {
          const began = performance.now();
          const p = start(player.cmd, player.args, { timeoutMs: speechTimeoutMs(text), signal });
          // `started` when the first audio is written to the player: what it starts (the queue's
          // prefetch, the speech log) then comes after the first byte, not between the player and it.
          sunk = () => {
            sunk = null;
            started?.();
          };
          let playedMs = 0;
          void p.exited.then(() => (playedMs = performance.now() - began));
          // What was synthesized ahead, then the rest as it comes.
          for (const c of chunks) p.child.stdin!.write(c);
          if (chunks.length > 0) sunk();
          chunks.length = 0;
          sink = p.child.stdin!;
          if (ended) sink.end();
          const [synthDone, playDone] = await Promise.all([s.exited, p.exited]);
          if (signal.aborted) return;
          if (synthDone.error || (synthDone.code !== 0 && synthDone.code !== null))
            throw new SpeechError(`espeak-ng failed: ${synthDone.error?.message ?? synthDone.stderr.trim().split('\n')[0]}`);
          if (synthDone.signal === 'SIGKILL') throw new SpeechError('espeak-ng was killed before it finished');
          if (playDone.error) throw new SpeechError(`player ${player.label} could not start: ${playDone.error.message}`);
          if (playDone.code !== 0)
            throw new SpeechError(
              `player ${player.label} failed (exit ${playDone.code ?? playDone.signal})${playDone.stderr ? `: ${playDone.stderr.trim().split('\n')[0]}` : ''}`,
            );
          // Exit 0 is not proof of sound: ffplay without a device says "audio open failed" and exits 0 at once.
          const why = silentPlay(playDone.stderr, Math.max(0, made - 44) / BYTES_PER_MS, playedMs);
          if (why) throw new SpeechError(noSoundMessage(player.label, why), true);
        } finally {
          signal.removeEventListener('abort', onAbort);
        }
      },
    };
  }

  private async playDirect(text: string, opts: SpeakOptions, signal: AbortSignal): Promise<void> {
    const r = await run(BIN, this.args(opts), { input: text, timeoutMs: speechTimeoutMs(text), signal });
    if (signal.aborted) return;
    if (r.error) throw new SpeechError(`espeak-ng could not start: ${r.error.message}`);
    if (r.signal) throw new SpeechError(`espeak-ng was killed (${r.signal}) before it finished`);
    const err = r.stderr.trim().split('\n')[0] ?? '';
    // No sound card (a server, a container): espeak-ng says so through ALSA and exits 0.
    if (/ALSA|cannot find card|audio device|pulse/i.test(err)) {
      throw new SpeechError(`no audio output here (${err}); play through another program with --player CMD, or write a file with langdu export`, true);
    }
    if (r.code !== 0 || err) throw new SpeechError(`espeak-ng failed: ${err || `exit ${r.code}`}`);
  }

  batch(opts: SpeakOptions, dir: string, signal: AbortSignal): Batch {
    return espeakBatch(BIN, this.args(opts), dir, signal);
  }

  async synthesize(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    const r = await run(BIN, [...this.args(opts), '-w', file], { input: text, timeoutMs: speechTimeoutMs(text), signal });
    if (signal?.aborted) throw new SpeechError('stopped');
    if (r.error) throw new SpeechError(`espeak-ng could not start: ${r.error.message}`);
    if (r.signal) throw new SpeechError(`espeak-ng was killed (${r.signal}) before it finished`);
    // espeak-ng exits 0 when it cannot write the file: look at stderr and at the file itself.
    if (r.code !== 0 || r.stderr.trim()) throw new SpeechError(`espeak-ng failed: ${r.stderr.trim().split('\n')[0] || `exit ${r.code}`}`);
    if (!existsSync(file) || statSync(file).size <= 44) throw new SpeechError(`espeak-ng wrote no audio to ${file}`);
  }
}

/** Whether a child and its pipes keep Node's event loop alive. */
function holdsOpen(p: ReturnType<typeof start>, hold: boolean): void {
  for (const h of [p.child, p.child.stdin, p.child.stdout, p.child.stderr] as ({ ref(): void; unref(): void } | null)[]) {
    if (hold) h?.ref();
    else h?.unref();
  }
}
