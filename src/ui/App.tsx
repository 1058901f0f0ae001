// The TUI: holds the reader state and picks the layout. Keys (useKeys), speech (useSpeech), the
// terminal's size and saving are hooks around the pure reducer; bookmark changes are written here,
// the moment the reducer asks, so the reader only says 已加书签 once it is on disk.
import { useApp, useStdout } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type Bookmark, type BookmarkRequest, type BookmarkResult, bookmarksInMemory } from '../reader/bookmarks.js';
import { type Command, type ReaderState, reduce } from '../reader/state.js';
import { useKeys } from './hooks/useKeys.js';
import { useLookup } from './hooks/useLookup.js';
import { useSleepTimer } from './hooks/useSleepTimer.js';
import { type FoundEngine, useSpeech } from './hooks/useSpeech.js';
import { ScreenReaderLayout } from './ScreenReaderLayout.js';
import { VisualLayout } from './VisualLayout.js';

export interface AppProps {
  initial: ReaderState;
  /** The speech engine, found after the first frame (probing takes a moment); null: none, with why. */
  engine?: Promise<FoundEngine>;
  /** Called after every change, with the new state (cheap: the reader keeps it for a signal). */
  onChange?: (state: ReaderState) => void;
  /** Called (debounced) when something worth keeping changed, and once on quit. */
  onSave?: (state: ReaderState) => void;
  onQuit?: (state: ReaderState) => void;
  /**
   * Carries out a bookmark change at once (the reader's store writes it to disk) and says what is
   * there now. Without one, bookmarks live in memory only.
   */
  onBookmarks?: (request: BookmarkRequest, current: readonly Bookmark[]) => BookmarkResult;
  /** A minute's length for the sleep timer (tests give a short one). */
  minuteMs?: number;
}

const SAVE_DELAY_MS = 400;

export function App({ initial, engine, onChange, onSave, onQuit, onBookmarks = bookmarksInMemory, minuteMs }: AppProps) {
  // The state lives in a ref so a burst of keys is reduced in order, each seeing the last one's mode;
  // `version` only tells React to render.
  const stateRef = useRef(initial);
  const [, setVersion] = useState(0);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const state = stateRef.current;

  const apply = useCallback(
    (cmd: Command) => {
      let next = reduce(stateRef.current, cmd);
      // A bookmark change is written before anything is said about it (a synchronous write of a few
      // hundred bytes), so 已加书签 on screen means it is on disk.
      if (next.bookmarkRequest) next = reduce(next, { type: 'bookmarksStored', result: onBookmarks(next.bookmarkRequest, next.bookmarks) });
      stateRef.current = next;
      setVersion((v) => v + 1);
    },
    [onBookmarks],
  );

  useKeys(stateRef, apply);
  useLookup(stateRef, apply);
  const speech = useSpeech(engine, apply);
  useEffect(() => {
    speech.sync(stateRef.current);
    onChange?.(stateRef.current);
  });
  useTerminalSize(stdout, apply);
  useSleepTimer(state.speech.sleep, apply, minuteMs);
  useDebouncedSave(state, onSave);

  useEffect(() => {
    if (!state.quit) return;
    speech.stop();
    onQuit?.(state);
    exit();
  }, [state.quit]);

  return state.screenReader ? <ScreenReaderLayout state={state} /> : <VisualLayout state={state} />;
}

function useTerminalSize(stdout: NodeJS.WriteStream, apply: (cmd: Command) => void): void {
  useEffect(() => {
    const onResize = () => apply({ type: 'resize', rows: stdout.rows ?? 24, cols: stdout.columns ?? 80 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, apply]);
}

/** Save where the reader is, a moment after they stop moving (a signal or quitting saves at once). */
function useDebouncedSave(state: ReaderState, onSave: ((state: ReaderState) => void) | undefined): void {
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    if (!onSave) return;
    const t = setTimeout(() => onSave(latest.current), SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [state.cursor, state.opened, state.sentence, state.script, state.speech.rate, state.speech.voice, state.speech.announceHeadings, onSave]);
}
