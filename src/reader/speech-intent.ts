// What the reader wants read. The reducer only says what should be read (a new generation and where
// from); the speech bridge in the UI does the reading and reports back with events that carry the
// generation they belong to, so events of an older reading are ignored.
import { HEAD, type Place } from '../document/address.js';
import { convert } from '../script/index.js';
import { RATE_RANGE } from '../speech/types.js';
import { message, say } from './log.js';
import { assertNever, canSpeak, type ReaderState, type Said, type SpeechEvent, type SpeechState } from './model.js';
import { withAncestors } from './outline.js';
import { announceItem, problemInChinese } from './words.js';

export const SPEECH_OFF: SpeechState = {
  status: 'off',
  scope: 'node',
  generation: 0,
  rate: RATE_RANGE.default,
  defaultRate: RATE_RANGE.default,
  voice: null,
  voices: [],
  voiceCursor: 0,
  announceHeadings: true,
  reason: '朗读未启用',
  once: null,
  lead: null,
  selfVoicing: true,
  verbosity: 'brief',
  lastSaid: null,
  launch: null,
  aside: null,
  sleep: { minutes: 0, seq: 0 },
};

/** The sleep timer's steps, as talking-book players have them; after 60 it is off again. */
export const SLEEP_STEPS = [0, 15, 30, 60] as const;

const RATE_STEP = RATE_RANGE.step;

export const speechWith = (state: ReaderState, patch: Partial<SpeechState>): ReaderState => ({ ...state, speech: { ...state.speech, ...patch } });

/**
 * Start reading at (item, sentence); with no engine, say why instead. The new generation makes the
 * bridge drop whatever it was reading, so callers need not stop first.
 */
export function startSpeaking(state: ReaderState, item: number, sentence: number, scope: SpeechState['scope'], lead: string | null = null): ReaderState {
  if (state.speech.status === 'off') return message(state, `不能朗读：${state.speech.reason}`);
  if (state.speech.status === 'starting') return message(state, '语音引擎还在准备，请稍候再试');
  const s: ReaderState = { ...state, opened: item, sentence, cursor: item, expanded: withAncestors(state, item) };
  return speechWith(s, { status: 'playing', scope, generation: state.speech.generation + 1, lead });
}

export function stopSpeaking(state: ReaderState, status: 'idle' | 'paused' = 'idle'): ReaderState {
  if (state.speech.status !== 'playing' && !(state.speech.status === 'paused' && status === 'idle')) return state;
  return speechWith(state, { status, generation: state.speech.generation + 1 });
}

/** Quit from any mode: the reading stops and whatever was open closes. */
export function quitting(state: ReaderState): ReaderState {
  return { ...stopSpeaking(state), mode: 'normal', input: '', quit: true };
}

/** Say something at once (where am I), pausing a reading; '' stops what is being said. */
export function speakOnce(state: ReaderState, said: string | Said): ReaderState {
  const sp = state.speech;
  const what: Said = typeof said === 'string' ? { text: said } : said;
  // In the screen-reader layout the screen reader speaks the printed line: langdu's own voice on top
  // would be a second voice, unless self-voicing was asked for.
  if (!canSpeak(sp) || (state.screenReader && !sp.selfVoicing)) return what.text ? speechWith(state, { lastSaid: what }) : state;
  const s = speechWith(sp.status === 'playing' ? stopSpeaking(state, 'paused') : state, { once: { seq: (sp.once?.seq ?? 0) + 1, ...what } });
  return what.text ? speechWith(s, { lastSaid: what }) : s;
}

export function changeRate(state: ReaderState, how: 'up' | 'down' | 'reset'): ReaderState {
  const sp = state.speech;
  const rate = how === 'reset' ? sp.defaultRate : Math.max(RATE_RANGE.min, Math.min(RATE_RANGE.max, sp.rate + (how === 'up' ? RATE_STEP : -RATE_STEP)));
  return message(speechWith(state, { rate }), `语速 ${rate} ${RATE_RANGE.unit}${rate === sp.defaultRate ? '（正常）' : ''}`);
}

/** A move: like any move, it stops the voice at once; if it was reading, it reads on from there. */
export function readOnAfterMove(before: ReaderState, after: ReaderState): ReaderState {
  if (before.speech.status !== 'playing' || after.cursor === before.cursor) return after; // at an edge the reading goes on
  return startSpeaking(after, after.cursor, 0, before.speech.scope);
}

/** A search hit or a "go to" while reading: the reading goes on from where it landed. */
export function readOnFromLanding(before: ReaderState, after: ReaderState): ReaderState {
  if (before.speech.status !== 'playing' || (after.opened === before.opened && after.sentence === before.sentence)) return after;
  return startSpeaking(after, after.opened, after.sentence, before.speech.scope);
}

/** The sentence before or after the reading position, across items; null at either end. */
export function stepSentence(state: ReaderState, step: 1 | -1): Place | null {
  const { index } = state;
  const count = (item: number) => index.sentences(item).length;
  let item = state.opened;
  let sentence = state.sentence + step;
  if (sentence >= count(item)) {
    if (item + 1 >= index.items.length) return null;
    item++;
    sentence = 0;
  } else if (sentence < 0) {
    if (item === HEAD || (item === index.firstItem && !index.hasHead)) return null;
    item--;
    sentence = Math.max(0, count(item) - 1);
  }
  return { item, sentence };
}

export function reduceSpeechEvent(state: ReaderState, cmd: SpeechEvent): ReaderState {
  const sp = state.speech;
  switch (cmd.type) {
    case 'speechReady': {
      const ready = speechWith(state, {
        status: cmd.ok ? (sp.status === 'off' || sp.status === 'starting' ? 'idle' : sp.status) : 'off',
        reason: cmd.ok ? cmd.reason : problemInChinese(cmd.reason),
        ...(cmd.rate !== undefined ? { rate: cmd.rate } : {}),
        ...(cmd.defaultRate !== undefined ? { defaultRate: cmd.defaultRate } : {}),
        ...(cmd.voice !== undefined ? { voice: cmd.voice } : {}),
        ...(cmd.voices ? { voices: cmd.voices } : {}),
      });
      // Launch is said (the title and where the reader is) so a listener knows langdu has started.
      const launch = ready.speech.launch;
      if (!cmd.ok || !launch) return ready;
      const s = speechWith(ready, { launch: null });
      return ready.speech.selfVoicing && ready.speech.status === 'idle' ? speakOnce(s, launch) : s;
    }
    case 'speechAt': {
      if (cmd.generation !== sp.generation || sp.status !== 'playing') return state;
      // The cursor and the highlight follow the sentence being spoken.
      if (cmd.item === state.opened && cmd.sentence === state.sentence && state.cursor === cmd.item) return state;
      const at: ReaderState = {
        ...state,
        opened: cmd.item,
        sentence: cmd.sentence,
        cursor: cmd.item,
        expanded: withAncestors(state, cmd.item),
        scroll: cmd.item === state.opened ? state.scroll : 0,
      };
      return readingProgress(at, cmd.item !== state.opened);
    }
    case 'speechEnd':
      if (cmd.generation !== sp.generation || sp.status !== 'playing') return state;
      return message(speechWith(state, { status: 'idle' }), '朗读完毕');
    case 'speechError': {
      if (cmd.generation !== undefined && (cmd.generation !== sp.generation || sp.status !== 'playing')) return state;
      // No audio device: say so once and stop offering speech, rather than failing on every key.
      const said = problemInChinese(cmd.message);
      const next = cmd.fatal ? { status: 'off' as const, reason: said } : { status: sp.status === 'playing' ? ('idle' as const) : sp.status };
      return message(speechWith(state, next), `朗读出错：${said}`);
    }
    default:
      return assertNever(cmd);
  }
}

/**
 * The lines a braille reader follows a reading by (answer.ts prints them in the screen-reader layout
 * only): the part, section or point entered, and each sentence of say-all. A reading of one item does
 * not repeat its sentences: opening it printed its text.
 */
export function readingProgress(state: ReaderState, newItem: boolean): ReaderState {
  let s = newItem ? say(state, 'progress', announceItem(state, state.opened)) : state;
  if (newItem || state.speech.scope === 'all') {
    const text = state.index.sentences(state.opened)[state.sentence]?.text;
    if (text) s = say(s, 'progress', convert(text, state.script));
  }
  return s;
}
