// The help and the document card: scrolled by line or page when taller than the screen (the view
// keeps the top in range), closed by Esc, Enter, q, ? or M.
import { message } from '../log.js';
import { assertNever, type OverlayCmd, type ReaderState } from '../model.js';
import { quitting } from '../speech-intent.js';
import { helpLines, metaLines } from '../words.js';

/** The lines of the help or the card, as the overlay shows them. */
export function overlayLines(state: ReaderState): string[] {
  return state.mode === 'meta' ? metaLines(state) : helpLines(state.helpFor);
}

export function reduceOverlay(state: ReaderState, cmd: OverlayCmd): ReaderState {
  const page = Math.max(1, state.rows - 5);
  // The top line is the current one: it is said (and spoken) as the overlay scrolls, line by line.
  const scroll = (step: number) => {
    const lines = overlayLines(state);
    const overlayTop = Math.max(0, Math.min(lines.length - 1, state.overlayTop + step));
    return overlayTop === state.overlayTop ? message(state, step > 0 ? '已到末尾' : '已到开头') : message({ ...state, overlayTop }, lines[overlayTop]!);
  };
  switch (cmd.type) {
    case 'up':
      return scroll(-1);
    case 'down':
      return scroll(1);
    case 'pageUp':
      return scroll(-page);
    case 'pageDown':
      return scroll(page);
    case 'cancel':
      return message({ ...state, mode: 'normal' }, state.mode === 'meta' ? '已关闭文档信息' : '已关闭帮助');
    case 'quit':
      return quitting(state);
    default:
      return assertNever(cmd);
  }
}
