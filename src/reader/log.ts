// The reader's messages: each becomes the status line and is appended to the log, which the
// screen-reader layout prints line by line and the visual layout shows the newest of.
import type { ReaderState, Said } from './model.js';

const LOG_KEEP = 100;

/** Show a line: it becomes the status message and is appended to the log. */
export function message(state: ReaderState, text: string, voice?: Said): ReaderState {
  const seq = state.log.length > 0 ? state.log[state.log.length - 1]!.seq + 1 : 0;
  // The screen-reader layout prints every line once, so it keeps them all; the visual layout only
  // shows the last command's lines, so a long session there keeps just the recent ones.
  const kept = !state.screenReader && state.log.length >= LOG_KEEP * 2 ? state.log.slice(-LOG_KEEP) : state.log;
  return { ...state, message: text, log: [...kept, voice ? { seq, text, voice } : { seq, text }] };
}

export function messages(state: ReaderState, lines: readonly string[]): ReaderState {
  for (const l of lines) state = message(state, l);
  return state;
}
