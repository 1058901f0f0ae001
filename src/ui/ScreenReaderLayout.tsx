// The screen-reader layout: it only ever appends lines. Each message (a move in words, a passage, a
// search hit) is written once as one logical line, with no line breaks of ours: the terminal wraps it,
// so a screen reader or a braille display reads whole sentences (Ink's own layout would break lines
// inside words). The only live line is the prompt while typing after `:` or `/`. No box drawing, no
// spinner, nothing said by colour alone.
import { Text, useStdout } from 'ink';
import { useEffect, useRef } from 'react';
import type { ReaderState } from '../reader/state.js';
import { safeLine, safeText } from '../terminal-safe.js';

export function ScreenReaderLayout({ state }: { state: ReaderState }) {
  const { write } = useStdout();
  const printed = useRef(-1);
  useEffect(() => {
    const fresh = state.log.filter((l) => l.seq > printed.current);
    if (fresh.length === 0) return;
    printed.current = fresh[fresh.length - 1]!.seq;
    // An echo of typed text is spoken, not printed: the live prompt line shows it (answer.ts).
    const shown = fresh.filter((l) => !l.hidden);
    if (shown.length === 0) return;
    // One logical line per message; a message with several lines (a metadata block) keeps its own breaks.
    // Through the door: a line from outside (a title, a bookmark label, a message) shows, never commands.
    write(shown.map((l) => `${safeText(l.text)}\n`).join(''));
  });
  const prompt = state.mode === 'goto' ? `跳到: ${state.input}` : state.mode === 'search' ? `搜索: ${state.input}` : null;
  return prompt !== null ? <Text>{safeLine(prompt)}</Text> : null;
}
