// Bookmarks in the reader. A change is a request the App carries out at once (a write to disk) and
// answers with `bookmarksStored`, so the reader says 已加书签 only once the bookmark is safe. `list`
// re-reads the bookmarks, so those another reader added meanwhile show up.

import { message, messages } from './log.js';
import type { Bookmark, BookmarkRequest, BookmarkResult, Position, ReaderState } from './model.js';

export type { Bookmark, BookmarkRequest, BookmarkResult } from './model.js';

import { bookmarkLabel } from './words.js';

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

export function hasBookmarkAt(state: Pick<ReaderState, 'bookmarks'>, p: Position): boolean {
  return state.bookmarks.some((b) => samePlace(b, p));
}

/** The answer to a BookmarkRequest: the bookmarks as they are on disk now, or why the change failed. */
export function bookmarksStored(state: ReaderState, result: BookmarkResult): ReaderState {
  const request = state.bookmarkRequest;
  if (!request) return state;
  const s: ReaderState = { ...state, bookmarkRequest: null, ...(result.ok ? { bookmarks: result.bookmarks } : {}) };
  switch (request.kind) {
    case 'add':
      return message(s, result.ok ? `已加书签：${request.bookmark.label}` : `书签没有保存：${result.reason}`);
    case 'delete': {
      if (!result.ok) return message(s, `书签没有删除：${result.reason}`);
      const n = s.bookmarks.length;
      const t = message({ ...s, bookmarkCursor: Math.min(s.bookmarkCursor, Math.max(0, n - 1)) }, `已删除书签：${request.bookmark.label}`);
      return n === 0 ? { ...t, mode: 'normal' } : t;
    }
    case 'list':
      return openBookmarkList(result.ok ? s : message(s, `书签读取失败，显示本次打开时的书签：${result.reason}`));
  }
}

function openBookmarkList(state: ReaderState): ReaderState {
  if (state.bookmarks.length === 0) return message(state, '还没有书签：按 m 加书签');
  const s = message({ ...state, mode: 'bookmarks', bookmarkCursor: 0 }, `书签共 ${state.bookmarks.length} 个：↑↓ 选择，回车跳转，d 删除，Esc 关闭`);
  return s.screenReader
    ? messages(
        s,
        s.bookmarks.map((b, k) => `${k + 1}. ${bookmarkLabel(s, b)}`),
      )
    : message(s, `书签 1/${s.bookmarks.length}：${bookmarkLabel(s, s.bookmarks[0]!)}`);
}
