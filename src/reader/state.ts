// The reader's state as a pure reducer: (state, command) → state. No Ink, no I/O: the TUI dispatches
// commands and renders state; the tests drive it without a terminal. Each mode has its own file under
// modes/, and its own key table (keys.ts); events from outside (speech, the store, a resize) are
// handled here.
//
// Items are DocIndex.items: the document head (title, metadata, preamble) is item 0 (HEAD), the nodes
// follow in reading order. Positions that last (resume, bookmarks) are structural: node id + sentence.
import { type DocIndex, HEAD, type Place } from '../document/address.js';
import { convert, type Script } from '../script/index.js';
import { type Bookmark, type BookmarkRequest, type BookmarkResult, bookmarksStored } from './bookmarks.js';
import { hasCommand, type KeyCommand, type KeyMode, type ListCommand, type NormalCommand, type OverlayCommand, type PromptCommand } from './keys.js';
import { message } from './log.js';
import { reduceList } from './modes/list.js';
import { reduceNormal } from './modes/normal.js';
import { reduceOverlay } from './modes/overlay.js';
import { reducePrompt } from './modes/prompt.js';
import { withAncestors } from './outline.js';
import { itemOfPosition, type Position } from './position.js';
import { type Lookup, lookupLoaded } from './review.js';
import { withVoiceFeedback } from './self-voicing.js';
import { reduceSpeechEvent, type Said, SPEECH_OFF, type SpeechEvent, type SpeechState } from './speech-intent.js';
import { announceItem, SCRIPT_NAMES } from './words.js';

export type Mode = 'normal' | 'goto' | 'search' | 'help' | 'meta' | 'bookmarks' | 'voices';

/** The key table each mode reads. */
export const KEY_MODE: Record<Mode, KeyMode> = {
  normal: 'normal',
  goto: 'prompt',
  search: 'prompt',
  bookmarks: 'list',
  voices: 'list',
  help: 'overlay',
  meta: 'overlay',
};

export interface LogLine {
  seq: number;
  text: string;
  /** How it is said, when that is not the text as shown (a character's description). */
  voice?: Said;
}

export interface ReaderState {
  readonly index: DocIndex;
  readonly screenReader: boolean;
  readonly cursor: number;
  /** The item shown in the passage pane. */
  readonly opened: number;
  /** The reading position inside the opened item (highlighted while searching or speaking). */
  readonly sentence: number;
  /** The review cursor: an offset in that sentence's text (as shown), or null when not reviewing. */
  readonly review: number | null;
  readonly expanded: ReadonlySet<string>;
  readonly script: Script;
  readonly mode: Mode;
  /** The mode the help was opened from: it lists that mode's keys. */
  readonly helpFor: Mode;
  /** What is being typed after `:` or `/`. */
  readonly input: string;
  readonly search: { readonly query: string; readonly hits: readonly Place[]; readonly current: number } | null;
  readonly bookmarks: readonly Bookmark[];
  readonly bookmarkCursor: number;
  /** A bookmark change waiting to be written (see BookmarkRequest). */
  readonly bookmarkRequest: BookmarkRequest | null;
  /** A description or spelling waiting for its data to load (see review.ts). */
  readonly lookupRequest: Lookup | null;
  /** Passage scroll, in lines. */
  readonly scroll: number;
  /** First line shown of the help or document card, when it is taller than the screen. */
  readonly overlayTop: number;
  readonly rows: number;
  readonly cols: number;
  /** The last message, for the status line. */
  readonly message: string;
  /** Every message, in order: the screen-reader layout prints each line once. */
  readonly log: readonly LogLine[];
  /** How many lines the last command that said something added to the log (the visual layout shows those). */
  readonly fresh: number;
  readonly speech: SpeechState;
  readonly quit: boolean;
}

/** What happens outside the keyboard: the terminal, the speech engine, the store. */
export type ReaderEvent =
  | { type: 'resize'; rows: number; cols: number }
  /** A line for the message log (a converter is being prepared, say). */
  | { type: 'message'; text: string }
  | { type: 'bookmarksStored'; result: BookmarkResult }
  /** What a description or spelling needs has loaded (ok), or cannot (reason). */
  | { type: 'lookupLoaded'; ok: boolean; reason: string }
  | SpeechEvent;

type PlainKey = Exclude<KeyCommand, 'input'>;
/** One member per command, so each mode's reducer can switch over exactly its own. */
export type Command = { [K in PlainKey]: { type: K } }[PlainKey] | { type: 'input'; text: string } | ReaderEvent;

type CommandOf<T extends string> = Extract<Command, { type: T }>;
export type NormalCmd = CommandOf<NormalCommand>;
export type PromptCmd = CommandOf<PromptCommand>;
export type ListCmd = CommandOf<ListCommand>;
export type OverlayCmd = CommandOf<OverlayCommand>;

export interface InitOptions {
  screenReader?: boolean;
  script?: Script;
  position?: Position | null;
  bookmarks?: Bookmark[];
  rows?: number;
  cols?: number;
  /** Lines to show first (a resume note, a warning about a state file). */
  notes?: string[];
  speech?: Partial<SpeechState>;
}

export function createState(index: DocIndex, opts: InitOptions = {}): ReaderState {
  const resumed = itemOfPosition(index, opts.position);
  const start = resumed ?? index.firstItem;
  const expanded = new Set(index.doc.nodes.filter((n) => n.children.length > 0).map((n) => n.id));
  let state: ReaderState = {
    index,
    screenReader: opts.screenReader ?? false,
    cursor: start,
    opened: start,
    sentence: resumed !== null ? Math.max(0, opts.position!.sentence) : 0,
    review: null,
    expanded,
    script: opts.script ?? 'original',
    mode: 'normal',
    helpFor: 'normal',
    input: '',
    search: null,
    bookmarks: opts.bookmarks ?? [],
    bookmarkCursor: 0,
    bookmarkRequest: null,
    lookupRequest: null,
    scroll: 0,
    overlayTop: 0,
    rows: opts.rows ?? 24,
    cols: opts.cols ?? 80,
    message: '',
    log: [],
    fresh: 0,
    speech: { ...SPEECH_OFF, ...opts.speech },
    quit: false,
  };
  state = { ...state, expanded: withAncestors(state, start) };
  const doc = index.doc;
  const lines = [
    `${doc.title ? convert(doc.title, state.script) : '（无标题）'}：${index.entries.length} 项，${SCRIPT_NAMES[state.script]}。按 ? 查看按键。`,
    ...(opts.notes ?? []),
    resumed !== null && opts.position && (opts.position.id !== '' || opts.position.sentence > 0)
      ? `回到上次读到的地方：${announceItem(state, start)}`
      : announceItem(state, start),
  ];
  for (const line of lines) state = message(state, line);
  return { ...state, fresh: lines.length - 1 };
}

export function reduce(state: ReaderState, cmd: Command): ReaderState {
  let next = withVoiceFeedback(state, reduceCommand(state, cmd), cmd);
  // The review cursor belongs to a sentence: moving to another one by other means leaves it.
  if (next.review !== null && next.review === state.review && (next.opened !== state.opened || next.sentence !== state.sentence))
    next = { ...next, review: null };
  if (next === state) return state;
  // What the last command said stays on screen until another command says something (a resize, the
  // speech engine turning up or a sentence starting must not wipe a warning).
  const added = next.log.length > 0 && state.log.length > 0 ? next.log[next.log.length - 1]!.seq - state.log[state.log.length - 1]!.seq : next.log.length;
  return { ...next, fresh: added > 0 ? added : state.fresh };
}

function reduceCommand(state: ReaderState, cmd: Command): ReaderState {
  switch (cmd.type) {
    case 'resize':
      return { ...state, rows: cmd.rows, cols: cmd.cols };
    case 'message':
      return message(state, cmd.text);
    case 'bookmarksStored':
      return bookmarksStored(state, cmd.result);
    case 'lookupLoaded':
      return lookupLoaded(state, cmd.ok, cmd.reason);
    case 'speechReady':
    case 'speechAt':
    case 'speechEnd':
    case 'speechError':
      return reduceSpeechEvent(state, cmd);
  }
  // A key command: only the mode's own table's commands count (a key queued before the mode changed
  // may belong to another table).
  const keyMode = KEY_MODE[state.mode];
  if (!hasCommand(keyMode, cmd.type)) return state;
  switch (keyMode) {
    case 'normal':
      return reduceNormal(state, cmd as NormalCmd);
    case 'prompt':
      return reducePrompt(state, cmd as PromptCmd);
    case 'list':
      return reduceList(state, cmd as ListCmd);
    case 'overlay':
      return reduceOverlay(state, cmd as OverlayCmd);
    default:
      return assertNever(keyMode);
  }
}

/** The end of an exhaustive switch: a case left out does not compile. */
export function assertNever(x: never): never {
  throw new Error(`unhandled: ${JSON.stringify(x)}`);
}

export type { BookmarkRequest, BookmarkResult } from './bookmarks.js';
export type { Bookmark, Place, Position };
export { HEAD };
