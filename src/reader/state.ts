// The reader's state as a pure reducer: (state, command) → state. No Ink, no I/O: the TUI dispatches
// commands and renders state; the tests drive it without a terminal. Each mode has its own file under
// modes/, and its own key table (keys.ts); events from outside (speech, the store, a resize) are
// handled here.
//
// Items are DocIndex.items: the document head (title, metadata, preamble) is item 0 (HEAD), the nodes
// follow in reading order. Positions that last (resume, bookmarks) are structural: node id + sentence.
import { type DocIndex, HEAD, type Place } from '../document/address.js';
import { convert, type Script } from '../script/index.js';
import { bookmarksStored } from './bookmarks.js';
import { hasCommand } from './keys.js';
import { message } from './log.js';
import {
  assertNever,
  type Bookmark,
  type Command,
  KEY_MODE,
  type ListCmd,
  type NormalCmd,
  type OverlayCmd,
  type Position,
  type PromptCmd,
  type ReaderState,
  type SpeechState,
} from './model.js';
import { reduceList } from './modes/list.js';
import { reduceNormal } from './modes/normal.js';
import { reduceOverlay } from './modes/overlay.js';
import { reducePrompt } from './modes/prompt.js';
import { withAncestors } from './outline.js';
import { itemOfPosition } from './position.js';
import { lookupLoaded } from './review.js';
import { briefItem, withVoiceFeedback } from './self-voicing.js';
import { reduceSpeechEvent, SPEECH_OFF, speechWith, stopSpeaking } from './speech-intent.js';
import { announceItem, SCRIPT_NAMES } from './words.js';

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
    pointed: false,
    tableColumn: 0,
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
  const back = resumed !== null && opts.position && (opts.position.id !== '' || opts.position.sentence > 0);
  const title = doc.title ? convert(doc.title, state.script) : '（无标题）';
  // Said at launch, once the engine is ready (short: the title and where the reader is).
  const where = start === HEAD ? '在开头' : briefItem(state, start);
  state = speechWith(state, { launch: `朗读：${title}${start === HEAD && !back ? '，' : '。'}${back ? '回到上次读到的地方，' : ''}${where}` });
  const lines = [
    `${title}：${index.entries.length} 项，${SCRIPT_NAMES[state.script]}。按 ? 查看按键。`,
    ...(opts.notes ?? []),
    back ? `回到上次读到的地方：${announceItem(state, start)}` : announceItem(state, start),
  ];
  for (const line of lines) state = message(state, line);
  return { ...state, fresh: lines.length - 1 };
}

export function reduce(state: ReaderState, cmd: Command): ReaderState {
  // The first key cuts the launch words off, or stops them from being said at all.
  if (state.speech.launch && !EVENTS.has(cmd.type)) state = speechWith(state, { launch: null });
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

// What happens outside the keyboard; every other command is a key.
const EVENTS = new Set<Command['type']>(['resize', 'message', 'bookmarksStored', 'lookupLoaded', 'speechReady', 'speechAt', 'speechEnd', 'speechError']);

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
    case 'sleepWarn':
      if (cmd.seq !== state.speech.sleep.seq || state.speech.sleep.minutes === 0) return state;
      return message(state, '睡眠定时：一分钟后停止朗读');
    case 'sleepEnd': {
      if (cmd.seq !== state.speech.sleep.seq || state.speech.sleep.minutes === 0) return state;
      const stopped = speechWith(stopSpeaking(state), { sleep: { minutes: 0, seq: cmd.seq } });
      return message(stopped, '睡眠定时到：已停止朗读');
    }
    case 'unknownKey':
      return message(state, `${cmd.key ? `“${cmd.key}”` : '这个键'}没有用处：按 ? 查看按键`);
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

// What the UI and the commands take from the reader, in one place.
export type { Bookmark, BookmarkRequest, BookmarkResult, Command, LogLine, Mode, ReaderEvent, ReaderState, SpeechState } from './model.js';
export { assertNever, KEY_MODE } from './model.js';
export type { Place, Position };
export { HEAD };
