// Finding something that plays WAV from stdin. Detect, don't assume: without a sound card every player
// fails (aplay, paplay, pw-play, play exit 1), so each candidate plays a moment of silence first.
import { splitCommand } from './command-line.js';
import { onPath, run } from './proc.js';
import { silence } from './wav.js';

export interface Player {
  cmd: string;
  args: string[];
  label: string;
}

const CANDIDATES: Player[] = [
  { cmd: 'paplay', args: [], label: 'paplay' },
  { cmd: 'pw-play', args: ['-'], label: 'pw-play' },
  { cmd: 'aplay', args: ['-q', '-'], label: 'aplay' },
  { cmd: 'ffplay', args: ['-nodisp', '-autoexit', '-loglevel', 'error', '-i', '-'], label: 'ffplay' },
  { cmd: 'play', args: ['-q', '-t', 'wav', '-'], label: 'play (sox)' },
];

/** A player given as a command line (`--player CMD`, checked by the CLI): it reads WAV on stdin. */
export function customPlayer(line: string): Player {
  const argv = splitCommand(line);
  if (!argv[0]) throw new Error('--player needs a command');
  return { cmd: argv[0], args: argv.slice(1), label: line };
}

export interface PlayerSearch {
  player: Player | null;
  /** What was tried and why each failed, for `langdu voices`. */
  notes: string[];
}

let cached: Promise<PlayerSearch> | null = null;

/** The first player that plays silence successfully, probed once per process. */
export function findPlayer(): Promise<PlayerSearch> {
  cached ??= (async () => {
    const notes: string[] = [];
    const wav = silence();
    for (const p of CANDIDATES) {
      if (!(await onPath(p.cmd))) {
        notes.push(`${p.label}: not installed`);
        continue;
      }
      const r = await run(p.cmd, p.args, { input: wav, timeoutMs: 3000 });
      if (r.code === 0 && !r.error && !failureLine(r.stderr)) return { player: p, notes };
      notes.push(`${p.label}: ${r.error ? r.error.message : `exit ${r.code ?? r.signal}`}${r.stderr ? `: ${r.stderr.trim().split('\n')[0]}` : ''}`);
    }
    return { player: null, notes };
  })();
  return cached;
}

// What players print when they could not open the sound device; ffplay then exits 0 all the same.
const FAILURE_LINE =
  /audio open failed|audio open error|failed to open audio|couldn't open audio|can't open output|cannot open (?:audio )?device|no such (?:audio )?device|connection (?:refused|failure)|failed to connect|pa_context_connect|host is down|no default (?:audio )?device/i;

/** The line on a player's stderr that says it played nothing, or null. */
export function failureLine(stderr: string): string | null {
  return (
    stderr
      .split('\n')
      .find((l) => FAILURE_LINE.test(l))
      ?.trim() ?? null
  );
}

// A play shorter than half the audio did not play it (a player has to take about as long as the sound).
// Clips under this length are not timed: a player's start-up and buffering would blur the measure.
const TIMED_FROM_MS = 400;

/** Why a play that exited 0 still played nothing (a failure line, or it ended far too soon), or null. */
export function silentPlay(stderr: string, audioMs: number, elapsedMs: number): string | null {
  const line = failureLine(stderr);
  if (line) return `它报告“${line.slice(0, 80)}”`;
  if (audioMs >= TIMED_FROM_MS && elapsedMs < audioMs / 2) return `${(audioMs / 1000).toFixed(1)} 秒的声音，${(elapsedMs / 1000).toFixed(1)} 秒就结束了`;
  return null;
}

/** The one line said when a player plays nothing: what happened and what to do. */
export function noSoundMessage(label: string, why: string): string {
  return `播放程序 ${label} 没有放出声音（${why}）；可用 --player CMD 换一个播放程序，或用 langdu export 写成音频文件`;
}

/** Play `ms` of silence through a player and time it: whether the sound output works, and how it went. */
export async function checkPlayer(p: Player, ms = 1000): Promise<{ ok: boolean; detail: string }> {
  const began = performance.now();
  const r = await run(p.cmd, p.args, { input: silence(ms), timeoutMs: ms + 10_000 });
  const elapsed = performance.now() - began;
  if (r.error) return { ok: false, detail: noSoundMessage(p.label, `无法启动：${r.error.message}`) };
  if (r.code !== 0) {
    const line = r.stderr.trim().split('\n')[0];
    return { ok: false, detail: noSoundMessage(p.label, `exit ${r.code ?? r.signal}${line ? `：${line.slice(0, 80)}` : ''}`) };
  }
  const why = silentPlay(r.stderr, ms, elapsed);
  if (why) return { ok: false, detail: noSoundMessage(p.label, why) };
  return { ok: true, detail: `${(ms / 1000).toFixed(1)} s of silence played in ${(elapsed / 1000).toFixed(2)} s: sound output works` };
}
