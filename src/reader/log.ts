// The reader's messages: each becomes the status line and is appended to the log, which the
// screen-reader layout prints line by line and the visual layout shows the newest of.
import { type AnswerKind, channelsOf } from './answer.js';
import type { LogLine, ReaderState, Said } from './model.js';

const LOG_KEEP = 100;

/**
 * Say a line of the given kind: answer.ts decides, by layout, whether it is printed (the status message
 * and a log line the layouts show) and whether it is spoken (self-voicing speaks new log lines).
 */
export function message(state: ReaderState, text: string, voice?: Said, kind: AnswerKind = 'answer'): ReaderState {
  const { print, speak } = channelsOf(kind, state.screenReader);
  if (!print && !speak) return state;
  const seq = state.log.length > 0 ? state.log[state.log.length - 1]!.seq + 1 : 0;
  // The screen-reader layout prints every line once, so it keeps them all; the visual layout only
  // shows the last command's lines, so a long session there keeps just the recent ones.
  const kept = !state.screenReader && state.log.length >= LOG_KEEP * 2 ? state.log.slice(-LOG_KEEP) : state.log;
  const line: LogLine = { seq, text, ...(voice ? { voice } : {}), ...(print ? {} : { hidden: true as const }), ...(speak ? {} : { mute: true as const }) };
  return { ...state, message: print ? text : state.message, log: [...kept, line] };
}

/** A line of a kind other than an answer (see answer.ts). */
export function say(state: ReaderState, kind: AnswerKind, text: string): ReaderState {
  return message(state, text, undefined, kind);
}

export function messages(state: ReaderState, lines: readonly string[]): ReaderState {
  for (const l of lines) state = message(state, l);
  return state;
}
