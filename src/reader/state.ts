// The reader's state as a pure reducer: (state, command) → state. No Ink, no I/O: the TUI dispatches
// commands and renders state; the tests drive it without a terminal.
//
// Items: the document head (title, metadata, preamble) is item HEAD (-1); every node is its index in
// DocIndex.entries. Positions that last (resume, bookmarks) are structural: node id + sentence index.
import {
  categoryOf,
  countWords,
  headSentences,
  nodeSentences,
  pathWords,
  resolveGoto,
  type Category,
  type DocIndex,
  type Entry,
} from '../document/address.js';
import type { Sentence } from '../document/sentences.js';
import type { Voice } from '../speech/types.js';
import { nodeParagraphs } from '../document/render.js';
import { convert, fold, SCRIPTS, type Script } from '../script/index.js';
import { KEY_TABLE, keyLabel, type KeyCommand } from './keys.js';

export const HEAD = -1;

export type Mode = 'normal' | 'goto' | 'search' | 'help' | 'meta' | 'bookmarks' | 'voices';

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
  /** Something to say at once (where am I), not part of the reading. */
  readonly once: { readonly seq: number; readonly text: string } | null;
}

export const SPEECH_OFF: SpeechState = {
  status: 'off',
  scope: 'node',
  generation: 0,
  rate: 230,
  defaultRate: 230,
  voice: null,
  voices: [],
  voiceCursor: 0,
  announceHeadings: true,
  reason: '朗读未启用',
  once: null,
};

const RATE_STEP = 20;
const RATE_MIN = 80;
const RATE_MAX = 450;

export interface Position {
  /** Node id, or '' for the document head. */
  id: string;
  sentence: number;
}

export interface Bookmark extends Position {
  label: string;
  created: string;
}

/**
 * A bookmark change the reducer asks for. The App carries it out at once (a write to disk) and answers
 * with `bookmarksStored`, so the reader says 已加书签 only once the bookmark is safe. `list` re-reads
 * the bookmarks, so those another reader added meanwhile show up.
 */
export type BookmarkRequest = { kind: 'add'; bookmark: Bookmark } | { kind: 'delete'; bookmark: Bookmark } | { kind: 'list' };

export type BookmarkResult = { ok: true; bookmarks: Bookmark[] } | { ok: false; reason: string };

const samePlace = (a: Position, b: Position) => a.id === b.id && a.sentence === b.sentence;

/** A bookmark change applied to a list: adding one that is there, or deleting one that is not, changes nothing. */
export function applyBookmarkOp(list: readonly Bookmark[], op: { kind: 'add'; bookmark: Bookmark } | { kind: 'delete'; bookmark: Position }): Bookmark[] {
  if (op.kind === 'delete') return list.filter((b) => !samePlace(b, op.bookmark));
  return list.some((b) => samePlace(b, op.bookmark)) ? [...list] : [...list, op.bookmark];
}

/** Bookmarks kept in memory: how a request is answered when nothing stores them. */
export function bookmarksInMemory(request: BookmarkRequest, current: readonly Bookmark[]): BookmarkResult {
  return { ok: true, bookmarks: request.kind === 'list' ? [...current] : applyBookmarkOp(current, request) };
}

export interface Hit {
  item: number;
  sentence: number;
}

export interface LogLine {
  seq: number;
  text: string;
}

export interface ReaderState {
  readonly index: DocIndex;
  readonly screenReader: boolean;
  readonly cursor: number;
  /** The item shown in the passage pane. */
  readonly opened: number;
  /** The reading position inside the opened item (highlighted while searching or speaking). */
  readonly sentence: number;
  readonly expanded: ReadonlySet<string>;
  readonly script: Script;
  readonly mode: Mode;
  /** What is being typed after `:` or `/`. */
  readonly input: string;
  readonly search: { readonly query: string; readonly hits: readonly Hit[]; readonly current: number } | null;
  readonly bookmarks: readonly Bookmark[];
  readonly bookmarkCursor: number;
  /** A bookmark change waiting to be written (see BookmarkRequest). */
  readonly bookmarkRequest: BookmarkRequest | null;
  /** Passage scroll, in lines. */
  readonly scroll: number;
  /** First line shown of the help or document card, when it is taller than the screen. */
  readonly overlayTop: number;
  readonly rows: number;
  readonly cols: number;
  /** The last thing announced, for the status line. */
  readonly message: string;
  /** Everything announced, in order: the screen-reader layout prints each line once. */
  readonly log: readonly LogLine[];
  /** How many lines the last command that said something added to the log (the visual layout shows those). */
  readonly fresh: number;
  readonly speech: SpeechState;
  readonly quit: boolean;
}

export type Command =
  | { type: KeyCommand }
  | { type: 'input'; text: string }
  | { type: 'backspace' }
  | { type: 'submit' }
  | { type: 'cancel' }
  | { type: 'deleteBookmark' }
  | { type: 'bookmarksStored'; result: BookmarkResult }
  | { type: 'resize'; rows: number; cols: number }
  | { type: 'say'; text: string }
  | { type: 'speechReady'; ok: boolean; reason: string; rate?: number; defaultRate?: number; voice?: string | null; voices?: Voice[] }
  | { type: 'speechAt'; generation: number; item: number; sentence: number }
  | { type: 'speechEnd'; generation: number }
  /** A reading failed (`generation` given: only if it is still current) or a one-off utterance did. */
  | { type: 'speechError'; generation?: number; message: string; fatal?: boolean };

export interface InitOptions {
  screenReader?: boolean;
  script?: Script;
  position?: Position | null;
  bookmarks?: Bookmark[];
  rows?: number;
  cols?: number;
  /** Lines to announce first (a resume note, a warning about a state file). */
  notes?: string[];
  speech?: Partial<SpeechState>;
}

export const SCRIPT_NAMES: Record<Script, string> = { original: '原文', simplified: '简体', traditional: '繁体' };

// ---------------------------------------------------------------------------------------------------
// Derived views (memoised on the immutable pieces they read).

// Stepping through the visible outline without building it: O(depth) a step, so expanding a part of
// a 10 MiB report does not walk all its 66 000 nodes.

/** The visible item after `item`, or null at the end. */
export function nextVisible(state: Pick<ReaderState, 'index' | 'expanded'>, item: number): number | null {
  const { index } = state;
  if (item === HEAD) return index.entries.length > 0 ? 0 : null;
  let e: Entry | null = index.entries[item]!;
  if (e.node.children.length > 0 && state.expanded.has(e.node.id)) return index.entryOf(e.node.children[0]!).index;
  for (; e; e = e.parent) {
    const sib = e.siblings[e.position + 1];
    if (sib) return index.entryOf(sib).index;
  }
  return null;
}

/** The visible item before `item`, or null at the top. */
export function prevVisible(state: Pick<ReaderState, 'index' | 'expanded'>, item: number): number | null {
  const { index } = state;
  if (item === HEAD) return null;
  const e = index.entries[item]!;
  if (e.position === 0) return e.parent ? e.parent.index : hasHead(index) ? HEAD : null;
  return lastVisibleIn(state, index.entryOf(e.siblings[e.position - 1]!));
}

function lastVisibleIn(state: Pick<ReaderState, 'index' | 'expanded'>, e: Entry): number {
  while (e.node.children.length > 0 && state.expanded.has(e.node.id)) e = state.index.entryOf(e.node.children[e.node.children.length - 1]!);
  return e.index;
}

export function firstVisible(state: Pick<ReaderState, 'index'>): number {
  return hasHead(state.index) ? HEAD : 0;
}

export function lastVisible(state: Pick<ReaderState, 'index' | 'expanded'>): number {
  const tops = state.index.doc.nodes;
  return tops.length === 0 ? HEAD : lastVisibleIn(state, state.index.entryOf(tops[tops.length - 1]!));
}

/** Up to `height` visible items around `item` (it sits in the middle when there is room). */
export function visibleWindow(state: Pick<ReaderState, 'index' | 'expanded'>, item: number, height: number): number[] {
  const before: number[] = [];
  for (let k = item, n = 0; n < Math.floor(height / 2); n++) {
    const p = prevVisible(state, k);
    if (p === null) break;
    before.unshift(p);
    k = p;
  }
  const out = [...before, item];
  for (let k = item; out.length < height; ) {
    const next = nextVisible(state, k);
    if (next === null) break;
    out.push(next);
    k = next;
  }
  // Near the end, fill the window from above.
  for (let k = out[0]!; out.length < height; ) {
    const p = prevVisible(state, k);
    if (p === null) break;
    out.unshift(p);
    k = p;
  }
  return out;
}

export function hasHead(index: DocIndex): boolean {
  return index.doc.title !== null || index.doc.preamble !== '' || index.entries.length === 0;
}

export function entryOfItem(state: Pick<ReaderState, 'index'>, item: number): Entry | null {
  return item === HEAD ? null : state.index.entries[item]!;
}

export function itemSentences(index: DocIndex, item: number): Sentence[] {
  return item === HEAD ? headSentences(index.doc) : nodeSentences(index.doc, index.entries[item]!.node);
}

export function positionOf(state: Pick<ReaderState, 'index' | 'opened' | 'sentence'>): Position {
  const e = entryOfItem(state, state.opened);
  return { id: e ? e.node.id : '', sentence: Math.max(0, state.sentence) };
}

/** Where the cursor is, as a lasting position: its sentence when it is the opened item, else its start. */
export function cursorPosition(state: Pick<ReaderState, 'index' | 'cursor' | 'opened' | 'sentence'>): Position {
  return positionOf({ index: state.index, opened: state.cursor, sentence: state.cursor === state.opened ? state.sentence : 0 });
}

function itemOfPosition(index: DocIndex, p: Position | null | undefined): number | null {
  if (!p) return null;
  if (p.id === '') return hasHead(index) ? HEAD : null;
  const e = index.byId.get(p.id);
  return e ? e.index : null;
}

/** 第一部分 › 第二节 › 第三点，共三点 — the status line's position. */
export function statusPosition(state: Pick<ReaderState, 'index'>, item: number): string {
  const e = entryOfItem(state, item);
  if (!e) return '开头';
  return `${pathWords(state.index, e, ' › ')}，${countWords(e)}`;
}

/** 第一部分 第二节 第三点（共三点）：精心謀劃抓統籌 — what a move announces. */
export function announceItem(state: Pick<ReaderState, 'index' | 'script'>, item: number): string {
  const e = entryOfItem(state, item);
  if (!e) {
    const t = state.index.doc.title;
    return `开头：${t ? convert(t, state.script) : '前言'}`;
  }
  const title = e.node.title || e.node.body.slice(0, 20);
  return `${pathWords(state.index, e)}（${countWords(e)}）：${convert(title, state.script)}`;
}

// ---------------------------------------------------------------------------------------------------

export function createState(index: DocIndex, opts: InitOptions = {}): ReaderState {
  const resumed = itemOfPosition(index, opts.position);
  const start = resumed ?? (hasHead(index) ? HEAD : 0);
  const expanded = new Set(index.doc.nodes.filter((n) => n.children.length > 0).map((n) => n.id));
  let state: ReaderState = {
    index,
    screenReader: opts.screenReader ?? false,
    cursor: start,
    opened: start,
    sentence: resumed !== null ? Math.max(0, opts.position!.sentence) : 0,
    expanded,
    script: opts.script ?? 'original',
    mode: 'normal',
    input: '',
    search: null,
    bookmarks: opts.bookmarks ?? [],
    bookmarkCursor: 0,
    bookmarkRequest: null,
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
  for (const line of lines) state = say(state, line);
  return { ...state, fresh: lines.length - 1 };
}

/** Append a line to the log and make it the status message. */
export function say(state: ReaderState, text: string): ReaderState {
  const seq = state.log.length > 0 ? state.log[state.log.length - 1]!.seq + 1 : 0;
  // The screen-reader layout prints every line once, so it keeps them all; the visual layout only
  // shows the last command's lines, so a long session there keeps just the recent ones.
  const kept = !state.screenReader && state.log.length >= LOG_KEEP * 2 ? state.log.slice(-LOG_KEEP) : state.log;
  return { ...state, message: text, log: [...kept, { seq, text }] };
}

const LOG_KEEP = 100;

function sayMany(state: ReaderState, lines: string[]): ReaderState {
  for (const l of lines) state = say(state, l);
  return state;
}

function withAncestors(state: Pick<ReaderState, 'index' | 'expanded'>, item: number): ReadonlySet<string> {
  const e = entryOfItem(state, item);
  if (!e) return state.expanded;
  const missing = state.index.path(e).slice(0, -1).filter((a) => !state.expanded.has(a.node.id));
  if (missing.length === 0) return state.expanded;
  const next = new Set(state.expanded);
  for (const a of missing) next.add(a.node.id);
  return next;
}

/** Move the cursor to an item (expanding what hides it) and announce where it is. */
function moveTo(state: ReaderState, item: number, open = false): ReaderState {
  let s: ReaderState = { ...state, cursor: item, expanded: withAncestors(state, item) };
  if (open) s = { ...s, opened: item, sentence: 0, scroll: 0 };
  return say(s, announceItem(s, item));
}

function findEntry(state: ReaderState, from: number, step: 1 | -1, match: (e: Entry) => boolean): Entry | null {
  const entries = state.index.entries;
  for (let i = from + step; i >= 0 && i < entries.length; i += step) if (match(entries[i]!)) return entries[i]!;
  return null;
}

const CATEGORY_WORD: Record<Category, string> = { part: '部分', section: '节', point: '点' };

function levelJump(state: ReaderState, category: Category, step: 1 | -1): ReaderState {
  const from = state.cursor === HEAD ? (step === 1 ? -1 : 0) : state.cursor;
  const hit = findEntry(state, from, step, (e) => categoryOf(e.node) === category);
  if (!hit) return say(state, step === 1 ? `后面没有${CATEGORY_WORD[category]}了` : `前面没有${CATEGORY_WORD[category]}了`);
  return moveTo(state, hit.index);
}

function passageLines(state: ReaderState, item: number): string[] {
  const e = entryOfItem(state, item);
  if (e) return nodeParagraphs(e.node, state.script);
  const doc = state.index.doc;
  const c = (s: string) => convert(s, state.script);
  return [
    ...(doc.title ? [c(doc.title)] : []),
    ...doc.meta.map((m) => c(`${m.key}：${m.value}`)),
    ...(doc.preamble ? doc.preamble.split('\n').map(c) : []),
  ];
}

function open(state: ReaderState, item: number, sentence = 0): ReaderState {
  let s: ReaderState = { ...state, cursor: item, opened: item, sentence, scroll: 0, expanded: withAncestors(state, item) };
  s = say(s, announceItem(s, item));
  if (s.screenReader) s = sayMany(s, passageLines(s, item));
  return s;
}

// The whole text folded once per document (Simplified, lower case), so a search of a 10 MiB report is
// one indexOf loop rather than a conversion of every sentence each time.
const foldedText = new WeakMap<DocIndex, string>();

function searchHits(state: ReaderState, query: string): Hit[] {
  const { index } = state;
  const q = fold(query.trim());
  if (!q) return [];
  let text = foldedText.get(index);
  if (text === undefined) {
    text = fold(index.doc.masked);
    foldedText.set(index, text);
  }
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const add = (item: number, sentence: number) => {
    const key = `${item}:${sentence}`;
    if (!seen.has(key)) hits.push({ item, sentence }), seen.add(key);
  };
  // The title row was blanked out of the text as page residue: look at it on its own.
  if (index.doc.title && fold(index.doc.title).includes(q)) add(HEAD, 0);
  const starts = index.entries.map((e) => e.node.markerRange.start);
  let item = HEAD;
  let sentences: Sentence[] = [];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    const found = itemAt(starts, at);
    if (found !== item || sentences.length === 0) {
      item = found;
      sentences = itemSentences(index, item);
    }
    const k = sentences.findIndex((s) => s.start <= at && at < s.end);
    if (k >= 0) add(item, k);
  }
  return hits;
}

/** The item whose text holds offset `at`: the last node starting at or before it, else the head. */
function itemAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = HEAD;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return found;
}

function announceHit(state: ReaderState): ReaderState {
  const search = state.search!;
  const hit = search.hits[search.current]!;
  const s = open(state, hit.item, hit.sentence);
  const sentence = itemSentences(s.index, hit.item)[hit.sentence];
  return say(
    s,
    `第${search.current + 1}处，共${search.hits.length}处：${sentence ? convert(sentence.text, s.script).slice(0, 60) : ''}`,
  );
}

function bookmarkLabel(state: ReaderState, b: Position): string {
  const item = itemOfPosition(state.index, b);
  if (item === null) return `${b.id}（已不在文档中）`;
  return `${announceItem(state, item)}，第${b.sentence + 1}句`;
}

/** The sentence to highlight in the passage: the one being read, else the current search hit. */
export function highlightedSentence(state: ReaderState): number | null {
  if (state.speech.status === 'playing' || state.speech.status === 'paused') return state.sentence;
  const hit = state.search?.hits[state.search.current];
  return hit && hit.item === state.opened ? hit.sentence : null;
}

/** The speech state in words for the status line (never by colour alone). */
export function speechStatus(state: ReaderState): string {
  const sp = state.speech;
  switch (sp.status) {
    case 'off':
      return '无语音';
    case 'starting':
      return '语音准备中';
    case 'playing':
      return `${sp.scope === 'all' ? '▶ 连续朗读' : '▶ 朗读中'} ${sp.rate}`;
    case 'paused':
      return `‖ 已暂停 ${sp.rate}`;
    default:
      return `■ 未朗读 ${sp.rate}`;
  }
}

/** Minutes of listening for `chars` characters: espeak-ng reads about 42/rate seconds a character. */
export function listeningMinutes(chars: number, rate: number): number {
  return Math.max(1, Math.round((chars * 42) / rate / 60));
}

export function helpLines(): string[] {
  return KEY_TABLE.map((b) => `${keyLabel(b).padEnd(12)} ${b.help}`);
}

// Counts for the document card, made once per document: the card is drawn on every frame it is open,
// and counting characters joins the whole text (10 MiB in a large report).
const documentCounts = new WeakMap<DocIndex, { parts: number; sections: number; points: number; chars: number }>();

function countsOf(index: DocIndex): { parts: number; sections: number; points: number; chars: number } {
  let counts = documentCounts.get(index);
  if (!counts) {
    const count = (cat: Category) => index.entries.filter((e) => categoryOf(e.node) === cat).length;
    const nonSpace = (t: string) => t.replace(/\s/g, '').length;
    const chars = index.entries.reduce((n, e) => n + nonSpace(e.node.marker + e.node.title + e.node.body), nonSpace(index.doc.preamble));
    counts = { parts: count('part'), sections: count('section'), points: count('point'), chars };
    documentCounts.set(index, counts);
  }
  return counts;
}

export function metaLines(state: ReaderState): string[] {
  const doc = state.index.doc;
  const c = (s: string) => convert(s, state.script);
  const { parts, sections, points, chars } = countsOf(state.index);
  return [
    `标题：${doc.title ? c(doc.title) : '（无）'}`,
    ...doc.meta.map((m) => c(`${m.key}：${m.value || '（空）'}`)),
    `结构：${parts} 部分，${sections} 节，${points} 点`,
    `字数：${chars} 字`,
    !canSpeak(state.speech) ? `朗读：不可用（${state.speech.reason}）` : `听完约需：${listeningMinutes(chars, state.speech.rate)} 分钟（语速 ${state.speech.rate}）`,
  ];
}

// ---------------------------------------------------------------------------------------------------

export function reduce(state: ReaderState, cmd: Command): ReaderState {
  const next = reduceCommand(state, cmd);
  if (next === state) return state;
  // What the last command said stays on screen until another command says something (a resize, the
  // speech engine turning up or a sentence starting must not wipe a warning).
  const added = next.log.length > 0 && state.log.length > 0 ? next.log[next.log.length - 1]!.seq - state.log[state.log.length - 1]!.seq : next.log.length;
  return { ...next, fresh: added > 0 ? added : state.fresh };
}

function reduceCommand(state: ReaderState, cmd: Command): ReaderState {
  if (cmd.type === 'resize') return { ...state, rows: cmd.rows, cols: cmd.cols };
  if (cmd.type === 'say') return say(state, cmd.text);
  if (cmd.type === 'bookmarksStored') return bookmarksStored(state, cmd.result);
  const event = reduceSpeechEvent(state, cmd);
  if (event) return event;
  switch (state.mode) {
    case 'goto':
    case 'search':
      return readOnFromLanding(state, reduceInput(state, cmd));
    case 'help':
    case 'meta': {
      if (cmd.type === 'cancel' || cmd.type === 'help' || cmd.type === 'meta' || cmd.type === 'quit' || cmd.type === 'submit' || cmd.type === 'open')
        return { ...state, mode: 'normal' };
      // A long help scrolls: ↑↓ by a line, PgUp/PgDn by a page (the view keeps it in range).
      const page = Math.max(1, state.rows - 5);
      const step = cmd.type === 'down' ? 1 : cmd.type === 'up' ? -1 : cmd.type === 'pageDown' ? page : cmd.type === 'pageUp' ? -page : 0;
      return step ? { ...state, overlayTop: Math.max(0, state.overlayTop + step) } : state;
    }
    case 'bookmarks':
      return reduceBookmarks(state, cmd);
    case 'voices':
      return reduceVoices(state, cmd);
    default:
      return reduceNormalWithSpeech(state, cmd);
  }
}

// ---------------------------------------------------------------------------------------------------
// Speech: the reducer only says what should be read; the speech controller (outside) does the reading
// and reports back with events that carry the generation they belong to.

const NAVIGATION = new Set<Command['type']>([
  'up', 'down', 'right', 'left', 'first', 'last', 'nextSame', 'prevSame',
  'nextPart', 'nextSection', 'nextPoint', 'prevPart', 'prevSection', 'prevPoint',
]);

const speechWith = (state: ReaderState, patch: Partial<SpeechState>): ReaderState => ({ ...state, speech: { ...state.speech, ...patch } });

/** An engine is there (it may be idle, reading or paused). */
function canSpeak(sp: SpeechState): boolean {
  return sp.status !== 'off' && sp.status !== 'starting';
}

/**
 * Start reading at (item, sentence); with no engine, say why instead. The new generation makes the
 * controller drop whatever it was reading, so callers need not stop first.
 */
export function startSpeaking(state: ReaderState, item: number, sentence: number, scope: SpeechState['scope']): ReaderState {
  if (state.speech.status === 'off') return say(state, `不能朗读：${state.speech.reason}`);
  if (state.speech.status === 'starting') return say(state, '语音引擎还在准备，请稍候再试');
  const s: ReaderState = { ...state, opened: item, sentence, cursor: item, expanded: withAncestors(state, item) };
  return speechWith(s, { status: 'playing', scope, generation: state.speech.generation + 1 });
}

function stopSpeaking(state: ReaderState, status: 'idle' | 'paused' = 'idle'): ReaderState {
  if (state.speech.status !== 'playing' && !(state.speech.status === 'paused' && status === 'idle')) return state;
  return speechWith(state, { status, generation: state.speech.generation + 1 });
}

function reduceSpeechEvent(state: ReaderState, cmd: Command): ReaderState | null {
  const sp = state.speech;
  switch (cmd.type) {
    case 'speechReady':
      return speechWith(state, {
        status: cmd.ok ? (sp.status === 'off' || sp.status === 'starting' ? 'idle' : sp.status) : 'off',
        reason: cmd.reason,
        ...(cmd.rate !== undefined ? { rate: cmd.rate } : {}),
        ...(cmd.defaultRate !== undefined ? { defaultRate: cmd.defaultRate } : {}),
        ...(cmd.voice !== undefined ? { voice: cmd.voice } : {}),
        ...(cmd.voices ? { voices: cmd.voices } : {}),
      });
    case 'speechAt': {
      if (cmd.generation !== sp.generation || sp.status !== 'playing') return state;
      // The cursor and the highlight follow the sentence being spoken.
      if (cmd.item === state.opened && cmd.sentence === state.sentence && state.cursor === cmd.item) return state;
      return { ...state, opened: cmd.item, sentence: cmd.sentence, cursor: cmd.item, expanded: withAncestors(state, cmd.item), scroll: cmd.item === state.opened ? state.scroll : 0 };
    }
    case 'speechEnd':
      if (cmd.generation !== sp.generation || sp.status !== 'playing') return state;
      return say(speechWith(state, { status: 'idle' }), '朗读完毕');
    case 'speechError': {
      if (cmd.generation !== undefined && (cmd.generation !== sp.generation || sp.status !== 'playing')) return state;
      // No audio device: say so once and stop offering speech, rather than failing on every key.
      const next = cmd.fatal ? { status: 'off' as const, reason: cmd.message } : { status: sp.status === 'playing' ? ('idle' as const) : sp.status };
      return say(speechWith(state, next), `朗读出错：${cmd.message}`);
    }
    default:
      return null;
  }
}

function stepSentence(state: ReaderState, step: 1 | -1): { item: number; sentence: number } | null {
  const count = (item: number) => itemSentences(state.index, item).length;
  let item = state.opened;
  let sentence = state.sentence + step;
  if (sentence >= count(item)) {
    if (item + 1 >= state.index.entries.length) return null;
    item++;
    sentence = 0;
  } else if (sentence < 0) {
    if (item === HEAD || (item === 0 && !hasHead(state.index))) return null;
    item--;
    sentence = Math.max(0, count(item) - 1);
  }
  return { item, sentence };
}

function reduceNormalWithSpeech(state: ReaderState, cmd: Command): ReaderState {
  const sp = state.speech;
  const playing = sp.status === 'playing';
  if (NAVIGATION.has(cmd.type)) {
    // Any move stops the voice at once; if it was reading, it reads on from where the reader moved.
    const moved = reduceNormal(state, cmd);
    if (!playing || moved.cursor === state.cursor) return moved; // at an edge the reading goes on
    return startSpeaking(moved, moved.cursor, 0, sp.scope);
  }
  switch (cmd.type) {
    case 'open': {
      const opened = reduceNormal(state, cmd);
      return canSpeak(sp) ? startSpeaking(opened, opened.opened, 0, 'node') : opened;
    }
    case 'playPause':
      if (playing) return say(stopSpeaking(state, 'paused'), '已暂停');
      if (sp.status === 'paused') return startSpeaking(state, state.opened, state.sentence, sp.scope);
      return state.cursor === state.opened ? startSpeaking(state, state.opened, state.sentence, 'node') : startSpeaking(state, state.cursor, 0, 'node');
    case 'sayAll':
      return startSpeaking(state, state.cursor, state.cursor === state.opened ? state.sentence : 0, 'all');
    case 'stop':
    case 'cancel':
      return sp.status === 'playing' || sp.status === 'paused' ? say(stopSpeaking(state), '已停止') : state;
    case 'prevSentence':
    case 'nextSentence': {
      const to = stepSentence(state, cmd.type === 'nextSentence' ? 1 : -1);
      if (!to) return say(state, cmd.type === 'nextSentence' ? '已是最后一句' : '已是第一句');
      if (playing) return startSpeaking(state, to.item, to.sentence, sp.scope);
      const s: ReaderState = { ...state, opened: to.item, sentence: to.sentence, cursor: to.item, expanded: withAncestors(state, to.item) };
      return say(s, `第${to.sentence + 1}句`);
    }
    case 'rateUp':
    case 'rateDown':
    case 'rateReset': {
      const rate = cmd.type === 'rateReset' ? sp.defaultRate : Math.max(RATE_MIN, Math.min(RATE_MAX, sp.rate + (cmd.type === 'rateUp' ? RATE_STEP : -RATE_STEP)));
      return say(speechWith(state, { rate }), `语速 ${rate}${rate === sp.defaultRate ? '（正常）' : ''}`);
    }
    case 'toggleAnnounce': {
      const on = !sp.announceHeadings;
      return say(speechWith(state, { announceHeadings: on }), on ? '连续朗读时报读部分与节的标题：开' : '连续朗读时报读部分与节的标题：关（跳过标题）');
    }
    case 'voices':
      if (sp.voices.length === 0) return say(state, sp.status === 'off' ? `不能朗读：${sp.reason}` : '没有可选的中文语音');
      return say({ ...speechWith(state, { voiceCursor: Math.max(0, sp.voices.findIndex((v) => v.id === sp.voice)) }), mode: 'voices' }, '选择语音：↑↓ 选择，回车确定，Esc 关闭');
    case 'whereAmI': {
      const s = reduceNormal(state, cmd);
      if (!canSpeak(sp)) return s;
      return speechWith(playing ? stopSpeaking(s, 'paused') : s, { once: { seq: (sp.once?.seq ?? 0) + 1, text: s.message } });
    }
    case 'searchNext':
    case 'searchPrev':
      return readOnFromLanding(state, reduceNormal(state, cmd));
    case 'quit':
      return reduceNormal(stopSpeaking(state), cmd);
    default:
      return reduceNormal(state, cmd);
  }
}

/** A search hit or a "go to" while reading: like any move, the reading goes on from where it landed. */
function readOnFromLanding(before: ReaderState, after: ReaderState): ReaderState {
  if (before.speech.status !== 'playing' || (after.opened === before.opened && after.sentence === before.sentence)) return after;
  return startSpeaking(after, after.opened, after.sentence, before.speech.scope);
}

function reduceVoices(state: ReaderState, cmd: Command): ReaderState {
  const sp = state.speech;
  const n = sp.voices.length;
  switch (cmd.type) {
    case 'up':
    case 'down': {
      const voiceCursor = (sp.voiceCursor + (cmd.type === 'down' ? 1 : -1) + n) % n;
      const v = sp.voices[voiceCursor]!;
      return say(speechWith(state, { voiceCursor }), `${v.name}（${v.lang}）`);
    }
    case 'open':
    case 'submit': {
      const v = sp.voices[sp.voiceCursor]!;
      const s = say(speechWith({ ...state, mode: 'normal' }, { voice: v.id }), `语音：${v.name}`);
      // The sentence being read starts again in the new voice.
      return sp.status === 'playing' ? startSpeaking(s, s.opened, s.sentence, sp.scope) : s;
    }
    case 'cancel':
    case 'voices':
    case 'quit':
      return { ...state, mode: 'normal' };
    default:
      return state;
  }
}

function reduceInput(state: ReaderState, cmd: Command): ReaderState {
  switch (cmd.type) {
    case 'input':
      return { ...state, input: state.input + cmd.text };
    case 'backspace':
      return { ...state, input: [...state.input].slice(0, -1).join('') };
    case 'cancel':
      return say({ ...state, mode: 'normal', input: '' }, '已取消');
    case 'submit': {
      const text = state.input.trim();
      const s: ReaderState = { ...state, mode: 'normal', input: '' };
      if (!text) return say(s, '已取消');
      if (state.mode === 'goto') {
        const from = entryOfItem(s, s.cursor);
        const hit = resolveGoto(s.index, text, from);
        return hit ? open(s, hit.index) : say(s, `找不到“${text}”：可输入 2.3、二.三 或 三是`);
      }
      const hits = searchHits(s, text);
      if (hits.length === 0) return say({ ...s, search: { query: text, hits, current: 0 } }, `没有找到“${text}”`);
      // Start from the first hit after the cursor, like a pager's search.
      const after = hits.findIndex((h) => h.item > s.cursor || (h.item === s.cursor && h.item === s.opened && h.sentence > s.sentence));
      return announceHit({ ...s, search: { query: text, hits, current: after >= 0 ? after : 0 } });
    }
    default:
      return state;
  }
}

/** The answer to a BookmarkRequest: the bookmarks as they are on disk now, or why the change failed. */
function bookmarksStored(state: ReaderState, result: BookmarkResult): ReaderState {
  const request = state.bookmarkRequest;
  if (!request) return state;
  const s: ReaderState = { ...state, bookmarkRequest: null, ...(result.ok ? { bookmarks: result.bookmarks } : {}) };
  switch (request.kind) {
    case 'add':
      return say(s, result.ok ? `已加书签：${request.bookmark.label}` : `书签没有保存：${result.reason}`);
    case 'delete': {
      if (!result.ok) return say(s, `书签没有删除：${result.reason}`);
      const n = s.bookmarks.length;
      const t = say({ ...s, bookmarkCursor: Math.min(s.bookmarkCursor, Math.max(0, n - 1)) }, `已删除书签：${request.bookmark.label}`);
      return n === 0 ? { ...t, mode: 'normal' } : t;
    }
    case 'list':
      return openBookmarkList(result.ok ? s : say(s, `书签读取失败，显示本次打开时的书签：${result.reason}`));
  }
}

function openBookmarkList(state: ReaderState): ReaderState {
  if (state.bookmarks.length === 0) return say(state, '还没有书签：按 m 加书签');
  const s = say({ ...state, mode: 'bookmarks', bookmarkCursor: 0 }, `书签共 ${state.bookmarks.length} 个：↑↓ 选择，回车跳转，d 删除，Esc 关闭`);
  return s.screenReader ? sayMany(s, s.bookmarks.map((b, k) => `${k + 1}. ${bookmarkLabel(s, b)}`)) : say(s, `书签 1/${s.bookmarks.length}：${bookmarkLabel(s, s.bookmarks[0]!)}`);
}

function reduceBookmarks(state: ReaderState, cmd: Command): ReaderState {
  const n = state.bookmarks.length;
  const sayCurrent = (s: ReaderState) => (n === 0 ? s : say(s, `书签 ${s.bookmarkCursor + 1}/${n}：${bookmarkLabel(s, s.bookmarks[s.bookmarkCursor]!)}`));
  switch (cmd.type) {
    case 'up':
    case 'down': {
      if (n === 0) return state;
      const next = (state.bookmarkCursor + (cmd.type === 'down' ? 1 : -1) + n) % n;
      return sayCurrent({ ...state, bookmarkCursor: next });
    }
    case 'open':
    case 'submit': {
      const b = state.bookmarks[state.bookmarkCursor];
      const s: ReaderState = { ...state, mode: 'normal' };
      if (!b) return s;
      const item = itemOfPosition(s.index, b);
      return item === null ? say(s, '这个书签的位置已不在文档中') : open(s, item, b.sentence);
    }
    case 'deleteBookmark':
      return n === 0 ? state : { ...state, bookmarkRequest: { kind: 'delete', bookmark: state.bookmarks[state.bookmarkCursor]! } };
    case 'cancel':
    case 'bookmarks':
    case 'quit':
      return { ...state, mode: 'normal' };
    default:
      return state;
  }
}

function reduceNormal(state: ReaderState, cmd: Command): ReaderState {
  const entry = entryOfItem(state, state.cursor);
  switch (cmd.type) {
    case 'up': {
      const to = prevVisible(state, state.cursor);
      return to !== null ? moveTo(state, to) : say(state, '已是第一项');
    }
    case 'down': {
      const to = nextVisible(state, state.cursor);
      return to !== null ? moveTo(state, to) : say(state, '已是最后一项');
    }
    case 'first':
      return moveTo(state, firstVisible(state));
    case 'last':
      return moveTo(state, lastVisible(state));
    case 'right': {
      if (!entry || entry.node.children.length === 0) return say(state, '没有下一级');
      if (!state.expanded.has(entry.node.id)) {
        const expanded = new Set(state.expanded).add(entry.node.id);
        return say({ ...state, expanded }, `已展开，${entry.node.children.length} 项`);
      }
      return moveTo(state, state.index.entryOf(entry.node.children[0]!).index);
    }
    case 'left': {
      if (entry && entry.node.children.length > 0 && state.expanded.has(entry.node.id)) {
        const expanded = new Set(state.expanded);
        expanded.delete(entry.node.id);
        return say({ ...state, expanded }, '已折叠');
      }
      if (entry?.parent) return moveTo(state, entry.parent.index);
      return say(state, '已是最上一级');
    }
    case 'open':
      return open(state, state.cursor);
    case 'nextSame':
    case 'prevSame': {
      const step = cmd.type === 'nextSame' ? 1 : -1;
      if (!entry) return step === 1 && state.index.entries.length > 0 ? moveTo(state, 0) : say(state, '已是第一项');
      const hit = findEntry(state, entry.index, step, (e) => e.node.level === entry.node.level);
      return hit ? moveTo(state, hit.index) : say(state, step === 1 ? '同级后面没有了' : '同级前面没有了');
    }
    case 'nextPart':
      return levelJump(state, 'part', 1);
    case 'nextSection':
      return levelJump(state, 'section', 1);
    case 'nextPoint':
      return levelJump(state, 'point', 1);
    case 'prevPart':
      return levelJump(state, 'part', -1);
    case 'prevSection':
      return levelJump(state, 'section', -1);
    case 'prevPoint':
      return levelJump(state, 'point', -1);
    case 'pageDown':
      return { ...state, scroll: state.scroll + Math.max(1, state.rows - 5) };
    case 'pageUp':
      return { ...state, scroll: Math.max(0, state.scroll - Math.max(1, state.rows - 5)) };
    case 'goto':
      return say({ ...state, mode: 'goto', input: '' }, '跳到（如 2.3、二.三、三是），回车确认，Esc 取消：');
    case 'search':
      return say({ ...state, mode: 'search', input: '' }, '搜索（简体繁体皆可），回车确认，Esc 取消：');
    case 'searchNext':
    case 'searchPrev': {
      const search = state.search;
      if (!search || search.hits.length === 0) return say(state, '还没有搜索：按 / 搜索');
      const n = search.hits.length;
      const current = (search.current + (cmd.type === 'searchNext' ? 1 : -1) + n) % n;
      return announceHit({ ...state, search: { ...search, current } });
    }
    case 'cycleScript': {
      const script = SCRIPTS[(SCRIPTS.indexOf(state.script) + 1) % SCRIPTS.length]!;
      return say({ ...state, script }, `字体：${SCRIPT_NAMES[script]}`);
    }
    case 'whereAmI': {
      const sentences = itemSentences(state.index, state.opened).length;
      const reading = state.opened === state.cursor ? '' : `；正文：${announceItem(state, state.opened)}`;
      return say(state, `${announceItem(state, state.cursor)}${reading}；第${Math.max(0, state.sentence) + 1}句，共${sentences}句；${SCRIPT_NAMES[state.script]}`);
    }
    case 'bookmark': {
      const p = cursorPosition(state);
      if (state.bookmarks.some((b) => b.id === p.id && b.sentence === p.sentence)) return say(state, '这里已有书签');
      const b: Bookmark = { ...p, label: announceItem(state, state.cursor), created: new Date().toISOString() };
      return { ...state, bookmarkRequest: { kind: 'add', bookmark: b } };
    }
    case 'bookmarks':
      return { ...state, bookmarkRequest: { kind: 'list' } };
    case 'help':
      return state.screenReader ? sayMany(state, ['按键：', ...helpLines()]) : { ...state, mode: 'help', overlayTop: 0 };
    case 'meta':
      return state.screenReader ? sayMany(state, metaLines(state)) : { ...state, mode: 'meta', overlayTop: 0 };
    case 'quit':
      return { ...state, quit: true };
    case 'cancel':
      return state;
    default:
      return state;
  }
}
