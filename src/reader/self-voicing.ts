// Every key's answer spoken as well as shown, for a person listening without a screen reader (as DAISY
// players and Chinese screen readers do): the item moved to, 已展开, search hits, bookmarks, the
// script chosen, errors, 已是最后一项. The next key cuts it off at once. While a reading goes on, the
// answer is said first and the reading goes on from where the reader is.
import { levelWord } from '../document/address.js';
import { intToHan } from '../document/markers.js';
import { convert } from '../script/index.js';
import { type Command, canSpeak, type LogLine, type ReaderState, type Said } from './model.js';
import { speechWith } from './speech-intent.js';

// Keys whose answer is a reading of their own (or silence): they are not announced on top.
const SPEAK_FOR_THEMSELVES = new Set<Command['type']>(['open', 'playPause', 'sayAll', 'stop', 'whereAmI', 'quit', 'repeat']);
// Keys that restart the reading at a sentence: while reading, that sentence is the answer.
const READ_THE_SENTENCE = new Set<Command['type']>(['prevSentence', 'nextSentence']);
// Events that answer a key (a bookmark written, a converter ready, the reading finished).
const ANSWERS = new Set<Command['type']>(['bookmarksStored', 'message', 'speechEnd']);
// Events that are not keys and not answers: nothing to say, nothing to cut off.
const SILENT_EVENTS = new Set<Command['type']>(['resize', 'speechReady', 'speechAt', 'speechError']);

/** The item moved to, briefly: 第二点：精心谋划抓统筹 (its own level, not the whole path). */
export function briefItem(state: Pick<ReaderState, 'index' | 'script'>, item: number): string {
  const e = state.index.entry(item);
  if (!e) return `开头：${state.index.doc.title ? convert(state.index.doc.title, state.script) : '前言'}`;
  const title = e.node.title || e.node.body.slice(0, 20);
  return `第${intToHan(e.position + 1)}${levelWord(e.node)}：${convert(title, state.script)}`;
}

export function withVoiceFeedback(before: ReaderState, after: ReaderState, cmd: Command): ReaderState {
  const sp = after.speech;
  if (SILENT_EVENTS.has(cmd.type) || SPEAK_FOR_THEMSELVES.has(cmd.type)) return after;
  const fresh = newLines(before, after);
  // Not voiced (a screen reader speaks the lines): still kept, for r to print again.
  if (!sp.selfVoicing || !canSpeak(sp)) return fresh.length > 0 && !ANSWERS.has(cmd.type) ? speechWith(after, { lastSaid: saidOf(fresh) }) : after;
  const isKey = !ANSWERS.has(cmd.type);
  if (fresh.length === 0) {
    // A key with nothing to say still cuts off what was being said (a reading goes on).
    return isKey && sp.status !== 'playing' && before.speech.once?.text ? speechWith(after, { once: { seq: (sp.once?.seq ?? 0) + 1, text: '' } }) : after;
  }
  const moved = after.cursor !== before.cursor && after.mode === 'normal';
  const lines = sp.verbosity === 'brief' && moved ? [{ text: briefItem(after, after.cursor) }, ...fresh.slice(1)] : fresh;
  const said = saidOf(lines);
  if (sp.status === 'playing') {
    // A move restarted the reading: say where, then read on. Other answers (a rate, 已是最后一项) do
    // not interrupt the reading: they are said before its next sentence (the aside), at the new rate.
    const restarted = sp.generation !== before.speech.generation;
    if (READ_THE_SENTENCE.has(cmd.type)) return speechWith(after, { lastSaid: said });
    if (!restarted) return speechWith(after, { aside: { seq: (sp.aside?.seq ?? 0) + 1, text: said.text }, lastSaid: said });
    return speechWith(after, { lead: said.text, lastSaid: said });
  }
  return speechWith(after, { once: { seq: (sp.once?.seq ?? 0) + 1, ...said }, lastSaid: said });
}

/** Lines said as one: each as it is said; with a reading only when every line has one. */
function saidOf(lines: readonly { text: string; voice?: Said }[]): Said {
  const text = lines.map((l) => l.voice?.text ?? l.text).join('。');
  const readings = lines.map((l) => l.voice?.reading);
  return readings.every((r) => r !== undefined) ? { text, reading: readings.join(' . ') } : { text };
}

function newLines(before: ReaderState, after: ReaderState): LogLine[] {
  const last = before.log.length > 0 ? before.log[before.log.length - 1]!.seq : -1;
  const out: LogLine[] = [];
  for (let k = after.log.length - 1; k >= 0 && after.log[k]!.seq > last; k--) if (!after.log[k]!.mute) out.unshift(after.log[k]!);
  return out;
}
