// The reader's first frame as terminal text, drawn before Ink, React and Yoga have loaded: the outline is
// on screen ~100 ms sooner, and Ink's first frame, made from the same rows (frame.ts), then draws the
// same cells over it. Keys pressed meanwhile wait in the terminal (raw mode is already on) for Ink.
import type { ReaderState } from '../reader/state.js';
import { visualRows } from './frame.js';

/** Reverse video as Ink's chalk writes it; none when colour is off (NO_COLOR sets FORCE_COLOR=0). */
export function colourOn(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false' && env.TERM !== 'dumb';
}

/**
 * The frame's rows joined by line ends, highlighted pieces in reverse video when `colour`. A row with no
 * text is left out, as Ink lays an empty <Text> out zero lines tall.
 */
export function firstFrameText(state: ReaderState, colour: boolean): string {
  return visualRows(state)
    .filter((row) => row.some((s) => s.text !== ''))
    .map((row) => row.map((s) => (s.highlight && colour && s.text ? `\x1b[7m${s.text}\x1b[27m` : s.text)).join(''))
    .join('\n');
}

/**
 * Draw the first frame on the (full) screen now, before Ink has loaded. Raw mode first, so a key
 * pressed meanwhile is neither echoed nor lost (Ink reads it when it starts); the cursor is hidden, as
 * Ink hides it, and goes back home, where Ink draws the same frame.
 */
export function drawFirstFrame(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream, state: ReaderState): void {
  stdin.setRawMode?.(true);
  stdout.write(`\x1b[?25l${firstFrameText(state, colourOn())}\x1b[H`);
}
