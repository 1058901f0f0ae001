// Stepping through the visible outline without building it: O(depth) a step, so expanding a part of a
// 10 MiB report does not walk all its 66 000 nodes.
import { type Entry, HEAD } from '../document/address.js';
import type { ReaderState } from './model.js';

type Outline = Pick<ReaderState, 'index' | 'expanded'>;

/** The visible item after `item`, or null at the end. */
export function nextVisible(state: Outline, item: number): number | null {
  const { index } = state;
  let e = index.entry(item);
  if (!e) return index.entries.length > 0 ? index.entries[0]!.index : null;
  if (e.node.children.length > 0 && state.expanded.has(e.node.id)) return index.entryOf(e.node.children[0]!).index;
  for (; e; e = e.parent) {
    const sib = e.siblings[e.position + 1];
    if (sib) return index.entryOf(sib).index;
  }
  return null;
}

/** The visible item before `item`, or null at the top. */
export function prevVisible(state: Outline, item: number): number | null {
  const { index } = state;
  const e = index.entry(item);
  if (!e) return null;
  if (e.position === 0) return e.parent ? e.parent.index : index.hasHead ? HEAD : null;
  return lastVisibleIn(state, index.entryOf(e.siblings[e.position - 1]!));
}

function lastVisibleIn(state: Outline, e: Entry): number {
  while (e.node.children.length > 0 && state.expanded.has(e.node.id)) e = state.index.entryOf(e.node.children[e.node.children.length - 1]!);
  return e.index;
}

export function lastVisible(state: Outline): number {
  const tops = state.index.doc.nodes;
  return tops.length === 0 ? HEAD : lastVisibleIn(state, state.index.entryOf(tops[tops.length - 1]!));
}

/** Up to `height` visible items around `item` (it sits in the middle when there is room). */
export function visibleWindow(state: Outline, item: number, height: number): number[] {
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

/** The expanded set with every ancestor of `item` added, so the item can be seen. */
export function withAncestors(state: Outline, item: number): ReadonlySet<string> {
  const e = state.index.entry(item);
  if (!e) return state.expanded;
  const missing = state.index
    .path(e)
    .slice(0, -1)
    .filter((a) => !state.expanded.has(a.node.id));
  if (missing.length === 0) return state.expanded;
  const next = new Set(state.expanded);
  for (const a of missing) next.add(a.node.id);
  return next;
}

/** The next item in reading order after (or before) `from` whose entry matches. */
export function findEntry(state: Pick<ReaderState, 'index'>, from: number, step: 1 | -1, match: (e: Entry) => boolean): Entry | null {
  const items = state.index.items;
  for (let i = from + step; i >= 0 && i < items.length; i += step) {
    const it = items[i]!;
    if (it.kind === 'node' && match(it)) return it;
  }
  return null;
}
