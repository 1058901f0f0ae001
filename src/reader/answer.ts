// The one place that decides how each kind of answer reaches the user in each layout: printed (a line
// on screen, which a screen reader or braille display reads), spoken in langdu's own voice, or both.
// A command says what it says through message() with a kind; it never chooses the channel itself, so
// a new key cannot forget either. The screen-reader layout's contract: every change a sighted user sees
// is a line.

export type AnswerKind =
  /** The reply to a key (where a move landed, 已展开, an error): printed in both layouts, spoken. */
  | 'answer'
  /** What was typed after `:` or `/`: the prompt line shows it; spoken, never a line of its own. */
  | 'echo'
  /** Where a reading has got to (a sentence, a part reached in say-all): the reading itself is heard
   *  and the visual layout moves its ▶, so only the screen-reader layout prints it, for braille. */
  | 'progress'
  /** A fact the visual layout shows by a sign (+ or − by an item): said in words in the screen-reader layout only. */
  | 'sign';

export interface Channels {
  readonly print: boolean;
  /** Spoken when self-voicing is on (the default in the visual layout, --self-voicing in the other). */
  readonly speak: boolean;
}

export const CHANNELS: Record<AnswerKind, { readonly visual: Channels; readonly screenReader: Channels }> = {
  answer: { visual: { print: true, speak: true }, screenReader: { print: true, speak: true } },
  echo: { visual: { print: false, speak: true }, screenReader: { print: false, speak: true } },
  progress: { visual: { print: false, speak: false }, screenReader: { print: true, speak: false } },
  sign: { visual: { print: false, speak: false }, screenReader: { print: true, speak: true } },
};

export function channelsOf(kind: AnswerKind, screenReader: boolean): Channels {
  return CHANNELS[kind][screenReader ? 'screenReader' : 'visual'];
}
