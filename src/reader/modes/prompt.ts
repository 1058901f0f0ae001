// Typing after `:` (go to) or `/` (search).
import { message, say } from '../log.js';
import { assertNever, type PromptCmd, type ReaderState } from '../model.js';
import { announceHit, searchHits } from '../search.js';
import { quitting, readOnFromLanding } from '../speech-intent.js';
import { gotoTyped } from './normal.js';

/** Longer than any search or address: a paste past it is cut there, and said so. */
export const MAX_INPUT = 200;

export function reducePrompt(state: ReaderState, cmd: PromptCmd): ReaderState {
  switch (cmd.type) {
    case 'input': {
      const input = state.input + cmd.text;
      // Each thing typed is said back (an echo: the prompt line shows it, so it is not a line of its own).
      if (input.length <= MAX_INPUT) return say({ ...state, input }, 'echo', cmd.text);
      return message({ ...state, input: [...input.slice(0, MAX_INPUT + 1)].slice(0, -1).join('') }, `输入太长，只保留前 ${MAX_INPUT} 个字`);
    }
    case 'backspace': {
      const chars = [...state.input];
      const gone = chars.pop();
      return say({ ...state, input: chars.join('') }, 'echo', gone ? `删除 ${gone}` : '已是空的');
    }
    case 'cancel':
      return message({ ...state, mode: 'normal', input: '' }, '已取消');
    case 'submit':
      return readOnFromLanding(state, submit(state));
    case 'quit':
      return quitting(state);
    default:
      return assertNever(cmd);
  }
}

function submit(state: ReaderState): ReaderState {
  const text = state.input.trim();
  const s: ReaderState = { ...state, mode: 'normal', input: '' };
  if (!text) return message(s, '已取消');
  if (state.mode === 'goto') return gotoTyped(s, text);
  const hits = searchHits(s.index, text);
  if (hits.length === 0) return message({ ...s, search: { query: text, hits, current: 0 } }, `没有找到“${text}”`);
  // Start from the first hit after the cursor, like a pager's search.
  const after = hits.findIndex((h) => h.item > s.cursor || (h.item === s.cursor && h.item === s.opened && h.sentence > s.sentence));
  return announceHit({ ...s, search: { query: text, hits, current: Math.max(after, 0) } });
}
