// What the file-based engines (macOS say, Windows SAPI) share: a folder of their own for the WAV files
// they synthesize ahead, and playing one such file through a player, timed and checked as espeak-ng's
// audio is (a player that returns at once played nothing).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noSoundMessage, type Player, silentPlay } from '../player.js';
import { start } from '../proc.js';
import { SpeechError } from '../types.js';
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
export async function playWav(player: Player & { fileArg?: boolean }, file: string, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  const ms = wavMs(file);
  const began = performance.now();
  const p = start(player.cmd, player.fileArg ? [...player.args, file] : player.args, { timeoutMs: 20_000 + ms * 2, signal });
  if (!player.fileArg) p.child.stdin!.end(readFileSync(file));
  else p.child.stdin!.end();
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
