// The TUI: holds the reader state, turns key presses into commands through the key table, and picks
// the layout. Side effects (loading a converter before a script change, saving state, quitting) live
// here, around the pure reducer.
import { useApp, useInput, useStdout, type Key } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { commandFor } from '../reader/keys.js';
import { reduce, type Command, type ReaderState } from '../reader/state.js';
import { isLoaded, loadScript, SCRIPTS, type Script } from '../script/index.js';
import { SpeechController } from '../speech/controller.js';
import type { Engine } from '../speech/types.js';
import { ScreenReaderLayout } from './ScreenReaderLayout.js';
import { VisualLayout } from './VisualLayout.js';

export interface AppProps {
  initial: ReaderState;
  /** The speech engine, found after the first frame (probing takes a moment); null: none, with why. */
  engine?: Promise<{ engine: Engine | null; reason: string; voice?: string | null; rate?: number }>;
  /** Called after every change, with the new state (cheap: the reader keeps it for a signal). */
  onChange?: (state: ReaderState) => void;
  /** Called (debounced) when something worth keeping changed, and once on quit. */
  onSave?: (state: ReaderState) => void;
  onQuit?: (state: ReaderState) => void;
}

const SAVE_DELAY_MS = 400;

/** Map a key press to a command for the mode the reader is in. */
export function commandForKey(state: ReaderState, input: string, key: Key): Command | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  // Esc steps back out of whatever is open (a prompt, an overlay, a reading) in every mode.
  if (key.escape) return { type: 'cancel' };
  if (state.mode === 'goto' || state.mode === 'search') {
    if (key.return) return { type: 'submit' };
    if (key.backspace || key.delete) return { type: 'backspace' };
    if (key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab) return null;
    return input ? { type: 'input', text: input } : null;
  }
  if (state.mode === 'bookmarks' && (input === 'd' || key.delete || key.backspace)) return { type: 'deleteBookmark' };
  const command = commandFor(input, key);
  return command ? { type: command } : null;
}

/**
 * Ink hands a burst of typed text (a paste, an IME commit, keys sent faster than a frame: "jj\r") to
 * useInput as one string. Split it into one key press per character so each is a command in the mode
 * the previous one left.
 */
export function splitKeys(input: string, key: Key): [string, Partial<Key>][] {
  const special = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.escape || key.ctrl || key.meta || key.tab;
  if ([...input].length <= 1 || special) return [[input, key]];
  return [...input].map((ch): [string, Partial<Key>] => {
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

export function App({ initial, engine, onChange, onSave, onQuit }: AppProps) {
  // The state lives in a ref so a burst of keys is reduced in order, each seeing the last one's mode;
  // `version` only tells React to render.
  const stateRef = useRef(initial);
  const [, setVersion] = useState(0);
  const queue = useRef<[string, Partial<Key>][]>([]);
  const waiting = useRef(false);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const state = stateRef.current;

  const apply = useCallback((cmd: Command) => {
    stateRef.current = reduce(stateRef.current, cmd);
    setVersion((v) => v + 1);
  }, []);

  const pump = useCallback(() => {
    while (!waiting.current && queue.current.length > 0) {
      const [input, key] = queue.current.shift()!;
      const cmd = commandForKey(stateRef.current, input, key as Key);
      if (!cmd) continue;
      const needs = neededScript(stateRef.current, cmd);
      if (needs && !isLoaded(needs)) {
        // Building a converter takes a moment (cn→tw ~0.5 s): say so, then carry on in order.
        waiting.current = true;
        apply({ type: 'say', text: needs === 'traditional' ? '正在准备繁体转换…' : '正在准备…' });
        void loadScript(needs).then(() => {
          waiting.current = false;
          apply(cmd);
          pump();
        });
        return;
      }
      apply(cmd);
    }
  }, [apply]);

  // Speech: once an engine is found, a controller follows the state and reads what it says to read.
  const speech = useRef<SpeechController | null>(null);
  useEffect(() => {
    if (!engine) return;
    let gone = false;
    void engine.then(async (found) => {
      if (gone) return;
      if (!found.engine) return apply({ type: 'speechReady', ok: false, reason: found.reason });
      const voices = await found.engine.voices();
      await loadScript('simplified'); // the spoken form of a zh-CN voice
      if (gone) return;
      speech.current = new SpeechController(found.engine, apply);
      const voice = found.voice && voices.some((v) => v.id === found.voice) ? found.voice : (voices[0]?.id ?? null);
      apply({ type: 'speechReady', ok: true, reason: found.reason, voices, voice, rate: found.rate ?? found.engine.defaultRate, defaultRate: found.engine.defaultRate });
      // speak and export refuse an unknown --voice; the reader opens anyway, but says which it uses instead.
      if (found.voice && found.voice !== voice) apply({ type: 'say', text: `没有语音“${found.voice}”，改用 ${voice ?? '引擎的默认语音'}（langdu voices 列出全部语音）` });
    });
    return () => {
      gone = true;
      speech.current?.stop();
    };
  }, [engine, apply]);
  useEffect(() => {
    speech.current?.sync(stateRef.current);
    onChange?.(stateRef.current);
  });

  useInput((input, key) => {
    queue.current.push(...splitKeys(input, key));
    pump();
  });

  useEffect(() => {
    const onResize = () => apply({ type: 'resize', rows: stdout.rows ?? 24, cols: stdout.columns ?? 80 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, apply]);

  // Save where the reader is, a moment after they stop moving.
  useEffect(() => {
    if (!onSave) return;
    const t = setTimeout(() => onSave(stateRef.current), SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [state.cursor, state.opened, state.sentence, state.bookmarks, state.script, state.speech.rate, state.speech.voice, state.speech.announceHeadings, onSave]);

  useEffect(() => {
    if (!state.quit) return;
    speech.current?.stop();
    onQuit?.(state);
    exit();
  }, [state.quit]);

  return state.screenReader ? <ScreenReaderLayout state={state} /> : <VisualLayout state={state} />;
}
