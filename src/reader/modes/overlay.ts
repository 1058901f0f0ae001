// The help and the document card: scrolled by line or page when taller than the screen (the view
// keeps the top in range), closed by Esc, Enter, q, ? or M.
import { stopSpeaking } from '../speech-intent.js';
import { assertNever, type OverlayCmd, type ReaderState } from '../state.js';

export function reduceOverlay(state: ReaderState, cmd: OverlayCmd): ReaderState {
  const page = Math.max(1, state.rows - 5);
  const scroll = (step: number) => ({ ...state, overlayTop: Math.max(0, state.overlayTop + step) });
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
      return { ...state, mode: 'normal' };
    case 'quit':
      return { ...stopSpeaking(state), mode: 'normal', quit: true };
    default:
      return assertNever(cmd);
  }
}
