// The normal mode: moving through the outline, opening, searching, scripts, bookmarks, reading aloud.
// One switch: what a key does, speech included, is read in one place.
import { resolveGoto } from '../../document/address.js';
import { convert, SCRIPTS } from '../../script/index.js';
import { hasBookmarkAt } from '../bookmarks.js';
import { message, messages, say } from '../log.js';
import { assertNever, type Bookmark, canSpeak, type NormalCmd, type ReaderState } from '../model.js';
import { levelJump, moveTo, open } from '../moves.js';
import { findEntry, lastVisible, nextVisible, prevVisible, withAncestors } from '../outline.js';
import { cursorPosition } from '../position.js';
import { describeHere, reviewStep, spellHere } from '../review.js';
import { announceHit } from '../search.js';
import {
  changeRate,
  quitting,
  readingProgress,
  readOnAfterMove,
  readOnFromLanding,
  SLEEP_STEPS,
  speakOnce,
  speechWith,
  startSpeaking,
  stepSentence,
  stopSpeaking,
} from '../speech-intent.js';
import { tableColumnStep, tableHere, tableRowStep } from '../tables.js';
import { announceItem, helpLines, listeningTime, metaLines, SCRIPT_NAMES, timeWords } from '../words.js';

export function reduceNormal(state: ReaderState, cmd: NormalCmd): ReaderState {
  const sp = state.speech;
  const entry = state.index.entry(state.cursor);
  const page = Math.max(1, state.rows - 5);
  switch (cmd.type) {
    case 'up': {
      const to = prevVisible(state, state.cursor);
      return to !== null ? readOnAfterMove(state, moveTo(state, to)) : message(state, '已是第一项');
    }
    case 'down': {
      const to = nextVisible(state, state.cursor);
      return to !== null ? readOnAfterMove(state, moveTo(state, to)) : message(state, '已是最后一项');
    }
    case 'first':
      return readOnAfterMove(state, moveTo(state, state.index.firstItem));
    case 'last':
      return readOnAfterMove(state, moveTo(state, lastVisible(state)));
    case 'right': {
      if (!entry || entry.node.children.length === 0) return message(state, '没有下一级');
      if (!state.expanded.has(entry.node.id)) {
        const expanded = new Set(state.expanded).add(entry.node.id);
        return message({ ...state, expanded }, `已展开，${entry.node.children.length} 项`);
      }
      return readOnAfterMove(state, moveTo(state, state.index.entryOf(entry.node.children[0]!).index));
    }
    case 'left': {
      if (entry && entry.node.children.length > 0 && state.expanded.has(entry.node.id)) {
        const expanded = new Set(state.expanded);
        expanded.delete(entry.node.id);
        return message({ ...state, expanded }, '已折叠');
      }
      if (entry?.parent) return readOnAfterMove(state, moveTo(state, entry.parent.index));
      return message(state, '已是最上一级');
    }
    case 'nextSame':
    case 'prevSame': {
      const step = cmd.type === 'nextSame' ? 1 : -1;
      const hit = findEntry(state, state.cursor, step, (e) => !entry || e.node.level === entry.node.level);
      if (!hit) return message(state, step === 1 ? '同级后面没有了' : entry ? '同级前面没有了' : '已是第一项');
      return readOnAfterMove(state, moveTo(state, hit.index));
    }
    case 'nextPart':
      return readOnAfterMove(state, levelJump(state, 'part', 1));
    case 'nextSection':
      return readOnAfterMove(state, levelJump(state, 'section', 1));
    case 'nextPoint':
      return readOnAfterMove(state, levelJump(state, 'point', 1));
    case 'prevPart':
      return readOnAfterMove(state, levelJump(state, 'part', -1));
    case 'prevSection':
      return readOnAfterMove(state, levelJump(state, 'section', -1));
    case 'prevPoint':
      return readOnAfterMove(state, levelJump(state, 'point', -1));
    case 'open': {
      const opened = open(state, state.cursor);
      return canSpeak(sp) ? startSpeaking(opened, opened.opened, 0, 'node') : opened;
    }
    case 'openSilently':
      return open(state, state.cursor);
    case 'repeat':
      if (!sp.lastSaid) return message(state, '还没有说过什么');
      // In the screen-reader layout (without self-voicing) the answer is printed again, for the screen reader to say.
      return state.screenReader && !sp.selfVoicing ? message(state, sp.lastSaid.text) : speakOnce(state, sp.lastSaid);
    case 'verbosity': {
      const verbosity = sp.verbosity === 'brief' ? 'full' : 'brief';
      return message(speechWith(state, { verbosity }), verbosity === 'brief' ? '报读：简略（层级和标题）' : '报读：详细（完整位置和数目）');
    }
    case 'pageDown':
      return { ...state, scroll: state.scroll + page };
    case 'pageUp':
      return { ...state, scroll: Math.max(0, state.scroll - page) };
    case 'goto':
      return message({ ...state, mode: 'goto', input: '' }, '跳到（如 2.3、二.三、三是），回车确认，Esc 取消：');
    case 'search':
      return message({ ...state, mode: 'search', input: '' }, '搜索（简体繁体皆可），回车确认，Esc 取消：');
    case 'searchNext':
    case 'searchPrev': {
      const search = state.search;
      if (!search || search.hits.length === 0) return message(state, '还没有搜索：按 / 搜索');
      const n = search.hits.length;
      const current = (search.current + (cmd.type === 'searchNext' ? 1 : -1) + n) % n;
      return readOnFromLanding(state, announceHit({ ...state, search: { ...search, current } }));
    }
    case 'cycleScript': {
      const script = SCRIPTS[(SCRIPTS.indexOf(state.script) + 1) % SCRIPTS.length]!;
      return message({ ...state, script }, `简繁：${SCRIPT_NAMES[script]}`);
    }
    case 'whereAmI': {
      const sentences = state.index.sentences(state.opened).length;
      const reading = state.opened === state.cursor ? '' : `；正文：${announceItem(state, state.opened)}`;
      const time = canSpeak(sp) ? `；${timeWords(listeningTime(state))}` : '';
      const cell = tableHere(state);
      const inTable = cell ? `；表格第${cell.row + 1}行，第${Math.min(state.tableColumn, cell.table.columns - 1) + 1}列` : '';
      const text = `${announceItem(state, state.cursor)}${reading}；第${Math.max(0, state.sentence) + 1}句，共${sentences}句${inTable}；${SCRIPT_NAMES[state.script]}${time}`;
      return speakOnce(message(state, text), text);
    }
    case 'bookmark': {
      const p = cursorPosition(state);
      if (hasBookmarkAt(state, p)) return message(state, '这里已有书签');
      const bookmark: Bookmark = { ...p, label: announceItem(state, state.cursor), created: new Date().toISOString() };
      return { ...state, bookmarkRequest: { kind: 'add', bookmark } };
    }
    case 'bookmarks':
      return { ...state, bookmarkRequest: { kind: 'list' } };
    case 'meta':
      // The card's lines are said in one go (and scrolled through line by line in the visual layout).
      return state.screenReader ? messages(state, metaLines(state)) : message({ ...state, mode: 'meta', overlayTop: 0 }, metaLines(state).join('；'));
    case 'help':
      return state.screenReader
        ? messages(state, helpLines('normal', true))
        : message({ ...state, mode: 'help', helpFor: 'normal', overlayTop: 0 }, '帮助：↓ 逐行收听，Esc 关闭');
    case 'playPause':
      // Each says what it did, so no earlier 已暂停 is left on screen while it reads.
      if (sp.status === 'playing') return message(stopSpeaking(state, 'paused'), '已暂停');
      if (sp.status === 'paused') return speaking(startSpeaking(state, state.opened, state.sentence, sp.scope), '继续朗读');
      return speaking(
        state.cursor === state.opened ? startSpeaking(state, state.opened, state.sentence, 'node') : startSpeaking(state, state.cursor, 0, 'node'),
        '朗读',
      );
    case 'sayAll': {
      const s = speaking(startSpeaking(state, state.cursor, state.cursor === state.opened ? state.sentence : 0, 'all'), '连续朗读到结尾');
      // The first sentence, for a braille reader to follow from (the rest are printed as they are reached).
      return s.speech.status === 'playing' ? readingProgress(s, false) : s;
    }
    case 'stop':
      return sp.status === 'playing' || sp.status === 'paused' ? message(stopSpeaking(state), '已停止') : state;
    case 'prevSentence':
    case 'nextSentence': {
      const to = stepSentence(state, cmd.type === 'nextSentence' ? 1 : -1);
      if (!to) return message(state, cmd.type === 'nextSentence' ? '已是最后一句' : '已是第一句');
      const text = convert(state.index.sentences(to.item)[to.sentence]?.text ?? '', state.script);
      // While reading, the sentence is heard; the screen-reader layout prints it too.
      if (sp.status === 'playing') return say(startSpeaking(state, to.item, to.sentence, sp.scope), 'progress', `第${to.sentence + 1}句：${text}`);
      const s: ReaderState = { ...state, opened: to.item, sentence: to.sentence, cursor: to.item, expanded: withAncestors(state, to.item), pointed: true };
      return message(s, `第${to.sentence + 1}句：${text}`);
    }
    case 'nextRow':
      return tableRowStep(state, 1);
    case 'prevRow':
      return tableRowStep(state, -1);
    case 'nextColumn':
      return tableColumnStep(state, 1);
    case 'prevColumn':
      return tableColumnStep(state, -1);
    case 'prevChar':
      return reviewStep(stopSpeaking(state, 'paused'), 'char', -1);
    case 'nextChar':
      return reviewStep(stopSpeaking(state, 'paused'), 'char', 1);
    case 'prevWord':
      return reviewStep(stopSpeaking(state, 'paused'), 'word', -1);
    case 'nextWord':
      return reviewStep(stopSpeaking(state, 'paused'), 'word', 1);
    case 'describeChar':
      return describeHere(stopSpeaking(state, 'paused'));
    case 'spellSentence':
      return spellHere(stopSpeaking(state, 'paused'));
    case 'rateUp':
      return changeRate(state, 'up');
    case 'rateDown':
      return changeRate(state, 'down');
    case 'rateReset':
      return changeRate(state, 'reset');
    case 'toggleAnnounce': {
      const on = !sp.announceHeadings;
      return message(speechWith(state, { announceHeadings: on }), on ? '连续朗读时报读部分与节的标题：开' : '连续朗读时报读部分与节的标题：关（跳过标题）');
    }
    case 'voices':
      if (sp.status === 'starting') return message(state, '语音引擎还在准备，请稍候再试');
      if (sp.voices.length === 0) return message(state, sp.status === 'off' ? `不能朗读：${sp.reason}` : '没有可选的中文语音');
      return message(
        {
          ...speechWith(state, {
            voiceCursor: Math.max(
              0,
              sp.voices.findIndex((v) => v.id === sp.voice),
            ),
          }),
          mode: 'voices',
        },
        `选择语音：↑↓ 选择，回车确定，Esc 关闭。当前语音：${sp.voices.find((v) => v.id === sp.voice)?.name ?? '引擎默认'}`,
      );
    case 'sleepTimer': {
      const minutes = SLEEP_STEPS[(SLEEP_STEPS.indexOf(sp.sleep.minutes as (typeof SLEEP_STEPS)[number]) + 1) % SLEEP_STEPS.length]!;
      const s = speechWith(state, { sleep: { minutes, seq: sp.sleep.seq + 1 } });
      return message(s, minutes ? `睡眠定时：${minutes} 分钟后停止朗读` : '睡眠定时：关');
    }
    case 'quit':
      return quitting(state);
    default:
      return assertNever(cmd);
  }
}

/** Say what a reading key did, once it reads (when it cannot, startSpeaking said why). */
function speaking(state: ReaderState, what: string): ReaderState {
  return state.speech.status === 'playing' ? message(state, what) : state;
}

/** "Go to" a typed address (2.3, 二.三, 三是), from the cursor. */
export function gotoTyped(state: ReaderState, text: string): ReaderState {
  const hit = resolveGoto(state.index, text, state.index.entry(state.cursor));
  return hit ? open(state, hit.index) : message(state, `找不到“${text}”：可输入 2.3、二.三 或 三是`);
}
