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
import { nodeParagraphs } from '../document/render.js';
import { convert, findAll, SCRIPTS, type Script } from '../script/index.js';
import { KEY_TABLE, keyLabel, type KeyCommand } from './keys.js';

export const HEAD = -1;

export type Mode = 'normal' | 'goto' | 'search' | 'help' | 'meta' | 'bookmarks';

export interface Position {
  /** Node id, or '' for the document head. */
  id: string;
  sentence: number;
}

export interface Bookmark extends Position {
  label: string;
  created: string;
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
  /** Passage scroll, in lines. */
  readonly scroll: number;
  readonly rows: number;
  readonly cols: number;
  /** The last thing announced, for the status line. */
  readonly message: string;
  /** Everything announced, in order: the screen-reader layout prints each line once. */
  readonly log: readonly LogLine[];
  /** How many lines of the log the last command added (the visual layout shows those). */
  readonly fresh: number;
  readonly quit: boolean;
}

export type Command =
  | { type: KeyCommand }
  | { type: 'input'; text: string }
  | { type: 'backspace' }
  | { type: 'submit' }
  | { type: 'cancel' }
  | { type: 'deleteBookmark' }
  | { type: 'resize'; rows: number; cols: number }
  | { type: 'say'; text: string };

export interface InitOptions {
  screenReader?: boolean;
  script?: Script;
  position?: Position | null;
  bookmarks?: Bookmark[];
  rows?: number;
  cols?: number;
  /** Lines to announce first (a resume note, a warning about a state file). */
  notes?: string[];
}

export const SCRIPT_NAMES: Record<Script, string> = { original: '原文', simplified: '简体', traditional: '繁体' };

// ---------------------------------------------------------------------------------------------------
// Derived views (memoised on the immutable pieces they read).

const visibleCache = new WeakMap<ReadonlySet<string>, { list: number[]; pos: Int32Array }>();

/** Items shown in the outline, in order: the head (if any), then nodes whose ancestors are expanded. */
export function visibleItems(state: Pick<ReaderState, 'index' | 'expanded'>): { list: number[]; pos: Int32Array } {
  const cached = visibleCache.get(state.expanded);
  if (cached && cached.pos.length === state.index.entries.length + 1) return cached;
  const list: number[] = [];
  const pos = new Int32Array(state.index.entries.length + 1).fill(-1); // pos[item + 1]
  if (hasHead(state.index)) {
    pos[0] = 0;
    list.push(HEAD);
  }
  const walk = (entries: Entry[]) => {
    for (const e of entries) {
      pos[e.index + 1] = list.length;
      list.push(e.index);
      if (e.node.children.length > 0 && state.expanded.has(e.node.id)) walk(e.node.children.map((n) => state.index.entryOf(n)));
    }
  };
  walk(state.index.doc.nodes.map((n) => state.index.entryOf(n)));
  const result = { list, pos };
  visibleCache.set(state.expanded, result);
  return result;
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
    scroll: 0,
    rows: opts.rows ?? 24,
    cols: opts.cols ?? 80,
    message: '',
    log: [],
    fresh: 0,
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
  return { ...state, message: text, log: [...state.log, { seq, text }] };
}

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

function edge(state: ReaderState, text: string): ReaderState {
  return say(state, text);
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
  if (!hit) return edge(state, step === 1 ? `后面没有${CATEGORY_WORD[category]}了` : `前面没有${CATEGORY_WORD[category]}了`);
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

function searchHits(state: ReaderState, query: string): Hit[] {
  const hits: Hit[] = [];
  const items = [...(hasHead(state.index) ? [HEAD] : []), ...state.index.entries.map((e) => e.index)];
  for (const item of items) {
    itemSentences(state.index, item).forEach((s, k) => {
      if (findAll(s.text, query).length > 0) hits.push({ item, sentence: k });
    });
  }
  return hits;
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

export function helpLines(): string[] {
  return KEY_TABLE.map((b) => `${keyLabel(b).padEnd(12)} ${b.help}`);
}

export function metaLines(state: ReaderState): string[] {
  const doc = state.index.doc;
  const c = (s: string) => convert(s, state.script);
  const count = (cat: Category) => state.index.entries.filter((e) => categoryOf(e.node) === cat).length;
  const chars = [doc.preamble, ...state.index.entries.map((e) => e.node.marker + e.node.title + e.node.body)].join('').replace(/\s/g, '').length;
  return [
    `标题：${doc.title ? c(doc.title) : '（无）'}`,
    ...doc.meta.map((m) => c(`${m.key}：${m.value || '（空）'}`)),
    `结构：${count('part')} 部分，${count('section')} 节，${count('point')} 点`,
    `字数：${chars} 字`,
  ];
}

// ---------------------------------------------------------------------------------------------------

export function reduce(state: ReaderState, cmd: Command): ReaderState {
  const next = reduceCommand(state, cmd);
  if (next === state) return state;
  return { ...next, fresh: next.log.length - state.log.length };
}

function reduceCommand(state: ReaderState, cmd: Command): ReaderState {
  if (cmd.type === 'resize') return { ...state, rows: cmd.rows, cols: cmd.cols };
  if (cmd.type === 'say') return say(state, cmd.text);
  switch (state.mode) {
    case 'goto':
    case 'search':
      return reduceInput(state, cmd);
    case 'help':
    case 'meta':
      if (cmd.type === 'cancel' || cmd.type === 'help' || cmd.type === 'meta' || cmd.type === 'quit' || cmd.type === 'submit' || cmd.type === 'open')
        return { ...state, mode: 'normal' };
      return state;
    case 'bookmarks':
      return reduceBookmarks(state, cmd);
    default:
      return reduceNormal(state, cmd);
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
    case 'deleteBookmark': {
      if (n === 0) return state;
      const removed = state.bookmarks[state.bookmarkCursor]!;
      const bookmarks = state.bookmarks.filter((_, k) => k !== state.bookmarkCursor);
      const s = say({ ...state, bookmarks, bookmarkCursor: Math.min(state.bookmarkCursor, Math.max(0, bookmarks.length - 1)) }, `已删除书签：${removed.label}`);
      return bookmarks.length === 0 ? { ...s, mode: 'normal' } : s;
    }
    case 'cancel':
    case 'bookmarks':
    case 'quit':
      return { ...state, mode: 'normal' };
    default:
      return state;
  }
}

function reduceNormal(state: ReaderState, cmd: Command): ReaderState {
  const { list, pos } = visibleItems(state);
  const here = pos[state.cursor + 1]!;
  const entry = entryOfItem(state, state.cursor);
  switch (cmd.type) {
    case 'up':
      return here > 0 ? moveTo(state, list[here - 1]!) : edge(state, '已是第一项');
    case 'down':
      return here < list.length - 1 ? moveTo(state, list[here + 1]!) : edge(state, '已是最后一项');
    case 'first':
      return moveTo(state, list[0]!);
    case 'last':
      return moveTo(state, list[list.length - 1]!);
    case 'right': {
      if (!entry || entry.node.children.length === 0) return edge(state, '没有下一级');
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
      return edge(state, '已是最上一级');
    }
    case 'open':
      return open(state, state.cursor);
    case 'nextSame':
    case 'prevSame': {
      const step = cmd.type === 'nextSame' ? 1 : -1;
      if (!entry) return step === 1 && state.index.entries.length > 0 ? moveTo(state, 0) : edge(state, '已是第一项');
      const hit = findEntry(state, entry.index, step, (e) => e.node.level === entry.node.level);
      return hit ? moveTo(state, hit.index) : edge(state, step === 1 ? '同级后面没有了' : '同级前面没有了');
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
      const p = positionOf({ ...state, opened: state.cursor, sentence: state.cursor === state.opened ? state.sentence : 0 });
      if (state.bookmarks.some((b) => b.id === p.id && b.sentence === p.sentence)) return say(state, '这里已有书签');
      const b: Bookmark = { ...p, label: announceItem(state, state.cursor), created: new Date().toISOString() };
      return say({ ...state, bookmarks: [...state.bookmarks, b] }, `已加书签：${b.label}`);
    }
    case 'bookmarks': {
      if (state.bookmarks.length === 0) return say(state, '还没有书签：按 m 加书签');
      const s = say({ ...state, mode: 'bookmarks', bookmarkCursor: 0 }, `书签共 ${state.bookmarks.length} 个：↑↓ 选择，回车跳转，d 删除，Esc 关闭`);
      return s.screenReader ? sayMany(s, s.bookmarks.map((b, k) => `${k + 1}. ${bookmarkLabel(s, b)}`)) : say(s, `书签 1/${s.bookmarks.length}：${bookmarkLabel(s, s.bookmarks[0]!)}`);
    }
    case 'help':
      return state.screenReader ? sayMany(state, ['按键：', ...helpLines()]) : { ...state, mode: 'help' };
    case 'meta':
      return state.screenReader ? sayMany(state, metaLines(state)) : { ...state, mode: 'meta' };
    case 'quit':
      return { ...state, quit: true };
    case 'cancel':
      return state;
    default:
      return state;
  }
}
