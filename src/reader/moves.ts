// Moving the cursor and opening items: the steps every mode shares. Each says where it landed.
import { categoryOf, type Category } from '../document/address.js';
import { headParagraphs, nodeParagraphs } from '../document/text-views.js';
import { message, messages } from './log.js';
import { findEntry, withAncestors } from './outline.js';
import type { ReaderState } from './state.js';
import { announceItem, CATEGORY_WORD } from './words.js';

/**
 * Move the cursor to an item (expanding what hides it) and announce where it is. The passage follows
 * the cursor, so what is shown is what Enter (or Space) reads.
 */
export function moveTo(state: ReaderState, item: number): ReaderState {
  const s: ReaderState = { ...state, cursor: item, opened: item, sentence: 0, scroll: item === state.opened ? state.scroll : 0, expanded: withAncestors(state, item) };
  return message(s, announceItem(s, item));
}

/** Open an item in the passage (at a sentence); the screen-reader layout prints its text. */
export function open(state: ReaderState, item: number, sentence = 0): ReaderState {
  let s: ReaderState = { ...state, cursor: item, opened: item, sentence, scroll: 0, expanded: withAncestors(state, item) };
  s = message(s, announceItem(s, item));
  if (s.screenReader) s = messages(s, passageLines(s, item));
  return s;
}

/** The next (or previous) part, section or point in reading order. */
export function levelJump(state: ReaderState, category: Category, step: 1 | -1): ReaderState {
  const hit = findEntry(state, state.cursor, step, (e) => categoryOf(e.node) === category);
  if (!hit) return message(state, step === 1 ? `后面没有${CATEGORY_WORD[category]}了` : `前面没有${CATEGORY_WORD[category]}了`);
  return moveTo(state, hit.index);
}

/** What the screen-reader layout prints for an opened item, a line per paragraph (or metadata pair). */
function passageLines(state: ReaderState, item: number): string[] {
  const e = state.index.entry(item);
  const paragraphs = e ? nodeParagraphs(e.node, state.script) : headParagraphs(state.index.doc, state.script);
  return paragraphs.flatMap((p) => p.split('\n'));
}
