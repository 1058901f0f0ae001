// The reader's model: the types of its state and of the commands it takes, and the few helpers every
// part of the reader uses. It imports only the key table (data) from the reader, so the modes, the log and the words
// depend on it and never on the dispatcher (state.ts), and the arrows inside reader/ run one way.
import type { DocIndex, Place } from '../document/address.js';
import type { Script } from '../script/index.js';
import type { Voice } from '../speech/types.js';
import type { KeyCommand, KeyMode, ListCommand, NormalCommand, OverlayCommand, PromptCommand } from './keys.js';

export interface Position {
  /** Node id, or '' for the document head. */
  id: string;
  sentence: number;
}

export interface Bookmark extends Position {
  label: string;
  created: string;
}

export type BookmarkRequest = { kind: 'add'; bookmark: Bookmark } | { kind: 'delete'; bookmark: Bookmark } | { kind: 'list' };

export type BookmarkResult = { ok: true; bookmarks: Bookmark[] } | { ok: false; reason: string };

/** Something said: its text, and its reading where the text alone would be read wrong (权，权力的权). */
export interface Said {
  readonly text: string;
  /** Pinyin with tone numbers for an engine that reads pinyin; without it the text's own reading is used. */
  readonly reading?: string;
}

export interface SpeechState {
  /**
   * starting: engines are still being probed; off: no engine (reason says what to install); idle;
   * playing; paused (stop-and-remember).
   */
  readonly status: 'starting' | 'off' | 'idle' | 'playing' | 'paused';
  /** node: the opened item and what is under it; all: on to the end of the report (say-all). */
  readonly scope: 'node' | 'all';
  /** Bumped whenever speech must (re)start or stop; events of older generations are ignored. */
  readonly generation: number;
  readonly rate: number;
  readonly defaultRate: number;
  readonly voice: string | null;
  readonly voices: readonly Voice[];
  readonly voiceCursor: number;
  /** Say-all announces each part and section it enters (第二部分，存在问题); off skips the headings. */
  readonly announceHeadings: boolean;
  readonly reason: string;
  /** Something to say at once (where am I, the answer to a key), not part of the reading; '' is silence. */
  readonly once: ({ readonly seq: number } & Said) | null;
  /** Said before the reading that starts now (where a move landed, while reading). */
  readonly lead: string | null;
  /** Every key's answer is spoken too (on by default; off by default in the screen-reader layout). */
  readonly selfVoicing: boolean;
  /** brief: a move says the item's own level and title; full: its whole position and count. */
  readonly verbosity: 'brief' | 'full';
  /** The last thing said in answer to a key, for "say that again". */
  readonly lastSaid: Said | null;
  /** Said once the engine is ready (the title and where the reader is), unless a key came first. */
  readonly launch: string | null;
  /** Said between two sentences of a reading that goes on (a rate changed while reading). */
  readonly aside: { readonly seq: number; readonly text: string } | null;
  /** The sleep timer: minutes until the reading stops (0: off); seq starts the UI's clock again. */
  readonly sleep: { readonly minutes: number; readonly seq: number };
}

export type SpeechEvent =
  | { type: 'speechReady'; ok: boolean; reason: string; rate?: number; defaultRate?: number; voice?: string | null; voices?: Voice[] }
  | ({ type: 'speechAt'; generation: number } & Place)
  | { type: 'speechEnd'; generation: number }
  /** A reading failed (`generation` given: only if it is still current) or a one-off utterance did. */
  | { type: 'speechError'; generation?: number; message: string; fatal?: boolean };

/** An engine is there (it may be idle, reading or paused). */
export function canSpeak(sp: SpeechState): boolean {
  return sp.status !== 'off' && sp.status !== 'starting';
}

export type Lookup = 'describeChar' | 'spellSentence';

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
  /** Not printed (an echo of typed text: the prompt line shows it). See answer.ts. */
  hidden?: true;
  /** Not spoken (a reading's progress, heard already). */
  mute?: true;
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
  /** The sentence was stepped to with ( or ): the passage marks it ▶ though nothing reads. */
  readonly pointed: boolean;
  /** In a table, the column the last row or column move said (0: the first); see tables.ts. */
  readonly tableColumn: number;
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
  /** A key no table has: it gets an answer, not silence. `key` names it ('' when it has no name). */
  | { type: 'unknownKey'; key: string }
  /** The sleep timer (of seq): a minute is left, or the time is up. */
  | { type: 'sleepWarn'; seq: number }
  | { type: 'sleepEnd'; seq: number }
  | SpeechEvent;

type PlainKey = Exclude<KeyCommand, 'input'>;
/** One member per command, so each mode's reducer can switch over exactly its own. */
export type Command = { [K in PlainKey]: { type: K } }[PlainKey] | { type: 'input'; text: string } | ReaderEvent;

type CommandOf<T extends string> = Extract<Command, { type: T }>;
export type NormalCmd = CommandOf<NormalCommand>;
export type PromptCmd = CommandOf<PromptCommand>;
export type ListCmd = CommandOf<ListCommand>;
export type OverlayCmd = CommandOf<OverlayCommand>;

/** The end of an exhaustive switch: a case left out does not compile. */
export function assertNever(x: never): never {
  throw new Error(`unhandled: ${JSON.stringify(x)}`);
}
