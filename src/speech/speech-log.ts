// LANGDU_SPEECH_LOG=FILE: one JSON line for each clip langdu hands the engine to play, in the order they
// play. Tests pair it with what a recording player received (clip n is line n), and a listener who hears
// a slip can send the line that shows what langdu gave the engine. Never in the way: a log that cannot
// be written is given up, silently, and speech goes on.
import { appendFileSync } from 'node:fs';
import { safeJson } from '../terminal-safe.js';

export interface ClipRecord {
  /** `words`: an utterance; `cue`: the silence (and earcon) before one. */
  kind: 'words' | 'cue';
  /** What is said, in the form the reader shows (spoken form, voice's script). */
  text?: string;
  /** What the engine was given: the reading for a voice that reads pinyin, else the text. */
  input?: string;
  /** 字/分钟 and the voice at the moment it was handed over. */
  rate?: number;
  voice?: string;
  pauseMs?: number;
  earcon?: number;
  /** Said between sentences (a rate change, an answer), not part of the reading. */
  aside?: true;
}

export type SpeechLog = (r: ClipRecord) => void;

export function speechLogFromEnv(env: NodeJS.ProcessEnv = process.env): SpeechLog | null {
  const file = env.LANGDU_SPEECH_LOG;
  if (!file) return null;
  let broken = false;
  return (r) => {
    if (broken) return;
    try {
      // Through the door: the log may be the terminal (/dev/stderr), and the text is the document's.
      appendFileSync(file, `${safeJson(r)}\n`);
    } catch {
      broken = true;
    }
  };
}
