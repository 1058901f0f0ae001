// What the file-based engines (macOS say, Windows SAPI) share: a folder of their own for the WAV files
// they synthesize ahead, speech made ahead into such a file, and pauses and earcons as one. Playing WAV
// through a player, timed and checked (a player that returns at once played nothing), is shared with
// espeak-ng's pauses and earcons.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noSoundMessage, type Player, silentPlay } from '../player.js';
import { start } from '../proc.js';
import { type Prepared, SpeechError } from '../types.js';
import { readWavLayout, wavOf } from '../wav.js';

/** A temporary folder, made on first use and removed when the process exits. */
export class WorkFolder {
  private dir: string | null = null;
  private n = 0;

  constructor(private readonly prefix: string) {}

  /** A new file name in the folder (nothing is written). */
  file(ext: string): string {
    if (!this.dir) {
      const dir = mkdtempSync(join(tmpdir(), this.prefix));
      this.dir = dir;
      process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    return join(this.dir, `${++this.n}.${ext}`);
  }

  /** PCM samples (16-bit mono, 22050 Hz: the pauses and earcons) as a WAV file here. */
  wav(pcm: Buffer): string {
    const file = this.file('wav');
    writeFileSync(file, wavOf(pcm));
    return file;
  }
}

/** Remove a file that was played or dropped; one still open (Windows) is left for the exit's clean-up. */
export function remove(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // removed with the folder on exit
  }
}

/** How long a WAV file plays, in ms (0 for one that is not PCM WAV: readWavLayout's error comes later). */
export function wavMs(file: string): number {
  const { fmt, dataBytes } = readWavLayout(file);
  return (dataBytes / (fmt.channels * (fmt.bitsPerSample / 8)) / fmt.sampleRate) * 1000;
}

/**
 * Play a WAV file: a player that takes the file's name (afplay), or one that reads WAV on stdin
 * (--player CMD, or one found on Linux). Resolves when it has played, or at once when `signal` aborts
 * (the player is killed with it).
 */
export function playWav(player: Player & { fileArg?: boolean }, file: string, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return play(player, player.fileArg ? { file } : { wav: readFileSync(file) }, wavMs(file), signal);
}

/** Play WAV bytes `ms` long through a player that reads them on stdin, timed and checked as playWav. */
export function playWavBytes(player: Player, wav: Buffer, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return play(player, { wav }, ms, signal);
}

async function play(player: Player, audio: { file: string } | { wav: Buffer }, ms: number, signal: AbortSignal): Promise<void> {
  const began = performance.now();
  const p = start(player.cmd, 'file' in audio ? [...player.args, audio.file] : player.args, { timeoutMs: 20_000 + ms * 2, signal });
  p.child.stdin!.end('wav' in audio ? audio.wav : undefined);
  const done = await p.exited;
  if (signal.aborted) return;
  if (done.error) throw new SpeechError(`播放程序 ${player.label} 无法启动（${done.error.message}）；可用 --player CMD 换一个播放程序`, true);
  if (done.code !== 0) {
    const line = done.stderr.trim().split('\n')[0]?.slice(0, 120);
    throw new SpeechError(`播放程序 ${player.label} 出错（exit ${done.code ?? done.signal}${line ? `：${line}` : ''}）；可用 --player CMD 换一个播放程序`);
  }
  const why = silentPlay(done.stderr, ms, performance.now() - began);
  if (why) throw new SpeechError(noSoundMessage(player.label, why), true);
}

type PlayFile = (file: string, signal: AbortSignal, started?: () => void) => Promise<void>;

/**
 * Speech made ahead into a WAV file of `work`: `render` starts now (the prefetch), `playFile` plays the
 * file when its turn comes. The file is removed once played or dropped; dropping (or aborting the
 * play) also aborts the synthesis.
 */
export function fileSpeech(work: WorkFolder, render: (file: string, signal: AbortSignal) => Promise<void>, playFile: PlayFile): Prepared {
  const synthAbort = new AbortController();
  const file = work.file('wav');
  const made = render(file, synthAbort.signal);
  made.catch(() => {});
  const drop = () => {
    synthAbort.abort();
    void made.finally(() => remove(file)).catch(() => {});
  };
  return {
    cancel: drop,
    play: async (signal, started) => {
      const onAbort = () => synthAbort.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        if (signal.aborted || synthAbort.signal.aborted) return;
        await made.catch((e: unknown) => (signal.aborted ? undefined : Promise.reject(e)));
        if (signal.aborted) return;
        await playFile(file, signal, started);
      } finally {
        signal.removeEventListener('abort', onAbort);
        drop();
      }
    },
  };
}

/** Pauses and earcons for an engine that plays files: the samples as a WAV file, played by `playFile`, then removed. */
export function wavClip(work: WorkFolder, pcm: Buffer, playFile: PlayFile): Prepared {
  const file = work.wav(pcm);
  return {
    cancel: () => remove(file),
    play: async (signal, started) => {
      try {
        await playFile(file, signal, started);
      } finally {
        remove(file);
      }
    },
  };
}
