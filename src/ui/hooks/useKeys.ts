// Keys → commands. Ink hands a burst of typed text (a paste, an IME commit, keys sent faster than a
// frame: "jj\r") to useInput as one string; each character becomes a key press of its own, reduced in
// order, each seeing the mode the previous one left. A command that needs a converter not built yet
// (the next script, Simplified folding for search) waits for it, and the keys after it wait too.
import { type Key as InkKey, useInput } from 'ink';
import { type MutableRefObject, useRef } from 'react';
import { commandFor, type KeyPress } from '../../reader/keys.js';
import { type Command, KEY_MODE, type ReaderState } from '../../reader/state.js';
import { isLoaded, loadScript, SCRIPTS, type Script } from '../../script/index.js';

/** A key press as the mode the reader is in reads it. */
function commandForKey(state: ReaderState, input: string, key: KeyPress): Command | null {
  const found = commandFor(KEY_MODE[state.mode], input, key);
  if (!found) return null;
  return found.command === 'input' ? { type: 'input', text: found.text ?? '' } : ({ type: found.command } as Command);
}

/** Longer than any burst of keys a person or tmux sends: a paste, taken as text, not as keys. */
export const MAX_BURST = 256;
/** How a paste is marked in the queue. */
const PASTE: KeyPress = Object.freeze({});

/** One key press per character of a burst; special keys stay whole, and so does a long paste. */
export function splitKeys(input: string, key: KeyPress): [string, KeyPress][] {
  const special =
    key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.escape || key.ctrl || key.meta || key.tab;
  if ([...input].length <= 1 || special) return [[input, key]];
  // Thousands of keys from one paste would each be a command (a minute of moves for a page of text).
  if (input.length > MAX_BURST) return [[input, PASTE]];
  return [...input].map((ch): [string, KeyPress] => {
    if (ch === '\r' || ch === '\n') return ['', { return: true }];
    if (ch === '\x7f' || ch === '\b') return ['', { backspace: true }];
    if (ch === '\t') return ['', { tab: true }];
    if (ch === '\x03') return ['c', { ctrl: true }];
    return [ch, {}];
  });
}

/** The converter a command needs before it can run: the next script, or Simplified folding for search. */
function neededScript(state: ReaderState, cmd: Command): Script | null {
  if (cmd.type === 'cycleScript') return SCRIPTS[(SCRIPTS.indexOf(state.script) + 1) % SCRIPTS.length]!;
  if (cmd.type === 'submit' && state.mode === 'search') return 'simplified';
  return null;
}

export function useKeys(stateRef: MutableRefObject<ReaderState>, apply: (cmd: Command) => void): void {
  const queue = useRef<[string, KeyPress][]>([]);
  const waiting = useRef(false);

  const pump = () => {
    while (!waiting.current && queue.current.length > 0) {
      const [input, key] = queue.current.shift()!;
      if (key === PASTE) {
        // Into a prompt as typed text (line ends as spaces); anywhere else it is no key at all.
        if (KEY_MODE[stateRef.current.mode] === 'prompt') apply({ type: 'input', text: input.replace(/[\r\n\t]+/g, ' ') });
        else apply({ type: 'message', text: '粘贴的文字太长，不当作按键' });
        continue;
      }
      const cmd = commandForKey(stateRef.current, input, key);
      if (!cmd) {
        // A key that does nothing still gets an answer: silence would leave a listener guessing.
        apply({ type: 'unknownKey', key: keyName(input, key) });
        continue;
      }
      const needs = neededScript(stateRef.current, cmd);
      if (needs && !isLoaded(needs)) {
        // Building a converter takes a moment (cn→tw ~0.5 s): say so, then carry on in order.
        waiting.current = true;
        apply({ type: 'message', text: needs === 'traditional' ? '正在准备繁体转换…' : '正在准备…' });
        void loadScript(needs).then(() => {
          waiting.current = false;
          apply(cmd);
          pump();
        });
        return;
      }
      apply(cmd);
    }
  };

  useInput((input: string, key: InkKey) => {
    // A loop, not push(...): a paste can be any length, and spreading it as arguments overflows the stack.
    for (const c of splitKeys(input, key)) queue.current.push(c);
    pump();
  });
}

/** A key's name for "this key does nothing": the character typed, Ctrl+x, Tab; '' when it has none. */
function keyName(input: string, key: KeyPress): string {
  if (key.tab) return 'Tab';
  if (key.ctrl && input) return `Ctrl+${input}`;
  if (key.meta && input) return `Alt+${input}`;
  return [...input].length === 1 && /\P{C}/u.test(input) ? input : '';
}
