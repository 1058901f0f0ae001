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
      if (r.code === 0 && !r.error) return { player: p, notes };
      notes.push(`${p.label}: ${r.error ? r.error.message : `exit ${r.code ?? r.signal}`}${r.stderr ? `: ${r.stderr.trim().split('\n')[0]}` : ''}`);
    }
    return { player: null, notes };
  })();
  return cached;
}
