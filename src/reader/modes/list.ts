// The two lists: bookmarks (jump, delete) and voices (choose).

import { message } from '../log.js';
import { assertNever, type ListCmd, type ReaderState } from '../model.js';
import { open } from '../moves.js';
import { itemOfPosition } from '../position.js';
import { quitting, speechWith, startSpeaking } from '../speech-intent.js';
import { bookmarkLabel } from '../words.js';

export function reduceList(state: ReaderState, cmd: ListCmd): ReaderState {
  return state.mode === 'voices' ? reduceVoices(state, cmd) : reduceBookmarks(state, cmd);
}

function reduceBookmarks(state: ReaderState, cmd: ListCmd): ReaderState {
  const n = state.bookmarks.length;
  switch (cmd.type) {
    case 'up':
    case 'down': {
      if (n === 0) return state;
      const cursor = (state.bookmarkCursor + (cmd.type === 'down' ? 1 : -1) + n) % n;
      return message({ ...state, bookmarkCursor: cursor }, `书签 ${cursor + 1}/${n}：${bookmarkLabel(state, state.bookmarks[cursor]!)}`);
    }
    case 'choose': {
      const b = state.bookmarks[state.bookmarkCursor];
      const s: ReaderState = { ...state, mode: 'normal' };
      if (!b) return s;
      const item = itemOfPosition(s.index, b);
      return item === null ? message(s, '这个书签的位置已不在文档中') : open(s, item, b.sentence);
    }
    case 'deleteBookmark':
      return n === 0 ? state : { ...state, bookmarkRequest: { kind: 'delete', bookmark: state.bookmarks[state.bookmarkCursor]! } };
    case 'cancel':
      return message({ ...state, mode: 'normal' }, '已关闭书签列表');
    case 'quit':
      return quitting(state);
    default:
      return assertNever(cmd);
  }
}

function reduceVoices(state: ReaderState, cmd: ListCmd): ReaderState {
  const sp = state.speech;
  const n = sp.voices.length;
  switch (cmd.type) {
    case 'up':
    case 'down': {
      const voiceCursor = (sp.voiceCursor + (cmd.type === 'down' ? 1 : -1) + n) % n;
      const v = sp.voices[voiceCursor]!;
      return message(speechWith(state, { voiceCursor }), `${v.name}（${v.lang}）${v.id === sp.voice ? '，当前语音' : ''}`);
    }
    case 'choose': {
      const v = sp.voices[sp.voiceCursor]!;
      const s = message(speechWith({ ...state, mode: 'normal' }, { voice: v.id }), `语音：${v.name}`);
      // The sentence being read starts again in the new voice.
      return sp.status === 'playing' ? startSpeaking(s, s.opened, s.sentence, sp.scope) : s;
    }
    case 'deleteBookmark':
      return state; // nothing to delete in the voice list
    case 'cancel':
      return message({ ...state, mode: 'normal' }, '已关闭语音列表');
    case 'quit':
      return quitting(state);
    default:
      return assertNever(cmd);
  }
}
