// Positions that last between sessions (resume, bookmarks): a node id and a sentence, so they survive
// a re-parse; item numbers are only for this session.
import { type DocIndex, HEAD } from '../document/address.js';
import type { Position, ReaderState } from './model.js';

export type { Position } from './model.js';

function positionOf(state: Pick<ReaderState, 'index' | 'opened' | 'sentence'>): Position {
  const e = state.index.entry(state.opened);
  return { id: e ? e.node.id : '', sentence: Math.max(0, state.sentence) };
}

/** Where the cursor is, as a lasting position: its sentence when it is the opened item, else its start. */
export function cursorPosition(state: Pick<ReaderState, 'index' | 'cursor' | 'opened' | 'sentence'>): Position {
  return positionOf({ index: state.index, opened: state.cursor, sentence: state.cursor === state.opened ? state.sentence : 0 });
}

/** The item a lasting position points at, or null when it is not in this document. */
export function itemOfPosition(index: DocIndex, p: Position | null | undefined): number | null {
  if (!p) return null;
  if (p.id === '') return index.hasHead ? HEAD : null;
  const e = index.byId.get(p.id);
  return e ? e.index : null;
}
