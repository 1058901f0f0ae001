// The words the reader says: positions (第一部分 › 第二节 › 第三点，共三点), announcements, the speech
// state, the help and the document card. Everything here is shown, and what is shown can be spoken.
import { type Category, CLOSING_WORD, categoryOf, closingSentences, countWords, type DocIndex, pathWords } from '../document/address.js';
import { metaLine } from '../document/text-views.js';
import { convert, type Script } from '../script/index.js';
import { type Binding, KEY_TABLES, type KeyMode, keyLabel } from './keys.js';
import { canSpeak, KEY_MODE, type Mode, type Position, type ReaderState, type SpeechState } from './model.js';
import { itemOfPosition } from './position.js';

export const SCRIPT_NAMES: Record<Script, string> = { original: '原文', simplified: '简体', traditional: '繁体' };

export const CATEGORY_WORD: Record<Category, string> = { part: '部分', section: '节', point: '点' };

/** 第一部分 › 第二节 › 第三点，共三点 — the status line's position. */
export function statusPosition(state: Pick<ReaderState, 'index'>, item: number): string {
  const e = state.index.entry(item);
  if (!e) return '开头';
  return `${pathWords(state.index, e, ' › ')}，${countWords(e)}`;
}

/** 第一部分 第二节 第三点（共三点）：精心謀劃抓統籌 — what a move announces. */
export function announceItem(state: Pick<ReaderState, 'index' | 'script'>, item: number): string {
  const e = state.index.entry(item);
  if (!e) {
    const t = state.index.doc.title;
    return `开头：${t ? convert(t, state.script) : '前言'}`;
  }
  const title = e.node.title || e.node.body.slice(0, 20);
  return `${pathWords(state.index, e)}（${countWords(e)}）：${convert(title, state.script)}`;
}

export function bookmarkLabel(state: Pick<ReaderState, 'index' | 'script'>, b: Position): string {
  const item = itemOfPosition(state.index, b);
  if (item === null) return `${b.id}（已不在文档中）`;
  return `${announceItem(state, item)}，第${b.sentence + 1}句`;
}

/** The speech state in words for the status line (never by colour alone). */
export function speechStatus(sp: SpeechState): string {
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

/** Minutes of listening for `chars` characters at `rate` 字/分钟. */
function listeningMinutes(chars: number, rate: number): number {
  return Math.max(1, Math.round(chars / rate));
}

/** 17 分钟; over an hour, 1 小时 5 分钟. */
export function durationWords(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} 小时 ${m} 分钟` : `${h} 小时`;
}

// Characters read before each item in reading order (the last entry: the whole document), made once per
// document: the status line asks on every frame.
const charsBefore = new WeakMap<DocIndex, number[]>();
const spokenChars = (t: string) => t.replace(/\s/g, '').length;

/**
 * Listening time in minutes at the rate in use: heard so far (from the start of the document to the
 * sentence being read) and left to the end, which is what say-all reads.
 */
export function listeningTime(state: Pick<ReaderState, 'index' | 'opened' | 'sentence' | 'speech'>): { elapsed: number; remaining: number } {
  const { index } = state;
  let before = charsBefore.get(index);
  if (!before) {
    before = [0];
    for (let k = 0; k < index.items.length; k++) before.push(before[k]! + index.sentences(k).reduce((n, s) => n + spokenChars(s.text), 0));
    charsBefore.set(index, before);
  }
  const own = index
    .sentences(state.opened)
    .slice(0, Math.max(0, state.sentence))
    .reduce((n, s) => n + spokenChars(s.text), 0);
  const read = (before[state.opened] ?? 0) + own;
  const total = before[before.length - 1]!;
  return { elapsed: read / state.speech.rate, remaining: Math.max(0, total - read) / state.speech.rate };
}

/** 不到 1 分钟, 17 分钟, 1 小时 5 分钟. */
export function minutesWords(minutes: number): string {
  return minutes < 1 ? '不到 1 分钟' : durationWords(Math.round(minutes));
}

/** 已听约 5 分钟，还剩约 12 分钟 — for w and the status line. */
export function timeWords(t: { elapsed: number; remaining: number }): string {
  return `已听约 ${minutesWords(t.elapsed)}，还剩约 ${minutesWords(t.remaining)}`;
}

const TABLE_TITLES: Record<KeyMode, string> = {
  normal: '按键：',
  prompt: '输入框中的按键：',
  list: '列表中的按键：',
  overlay: '帮助与文档信息中的按键：',
};

/** The help: every key of the mode it was opened from, then those of the help itself. */
export function helpLines(from: Mode = 'normal', screenReader = false): string[] {
  const own = KEY_MODE[from];
  // The screen-reader layout prints the help and the card once, as lines: keys to scroll them, or to
  // scroll a passage it does not draw, would be keys that do nothing there.
  const modes: KeyMode[] = screenReader ? [own] : own === 'overlay' ? ['overlay'] : [own, 'overlay'];
  const usable = (b: Binding) => !screenReader || !SCROLL_COMMANDS.has(b.command);
  return modes.flatMap((m) => [TABLE_TITLES[m], ...KEY_TABLES[m].filter(usable).map((b) => `${keyLabel(b).padEnd(12)} ${b.help}`)]);
}

const SCROLL_COMMANDS = new Set(['pageUp', 'pageDown']);

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

/** The document card: title, every metadata pair, counts, characters, listening time. */
export function metaLines(state: Pick<ReaderState, 'index' | 'script' | 'speech'>): string[] {
  const doc = state.index.doc;
  const c = (s: string) => convert(s, state.script);
  const { parts, sections, points, chars } = countsOf(state.index);
  const closing = closingSentences(doc)
    .slice(1)
    .map((s) => c(s.text.trim()))
    .filter(Boolean);
  return [
    `标题：${doc.title ? c(doc.title) : '（无）'}`,
    ...doc.meta.map((m) => c(metaLine({ key: m.key, value: m.value || '（空）' }))),
    ...(closing.length ? [`${CLOSING_WORD}：${closing.join('，')}`] : []),
    `结构：${parts} 部分，${sections} 节，${points} 点`,
    `字数：${chars} 字`,
    !canSpeak(state.speech)
      ? `朗读：不可用（${state.speech.reason}）`
      : `听完约需：${durationWords(listeningMinutes(chars, state.speech.rate))}（语速 ${state.speech.rate} 字/分钟）`,
  ];
}

// What the speech engines report is English (the command line's language); the reader speaks Chinese.
const PROBLEMS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^no speech engine found: install espeak-ng/, () => '没有找到语音引擎：请安装 espeak-ng（apt-get install espeak-ng）'],
  [/^no speech engine found: add a Chinese voice/, () => '没有找到语音引擎：请在“系统设置 › 朗读内容”中添加中文语音'],
  [/^no speech engine found: add the Chinese speech pack/, () => '没有找到语音引擎：请在“设置 › 语音”中添加中文语音包'],
  [/^no speech engine found/, () => '没有找到语音引擎'],
  [/^no engine "([^"]+)"/, (m) => `本机没有语音引擎“${m[1]}”：运行 langdu voices 查看可用的引擎`],
  [/^(\S+) is not available/, (m) => `语音引擎 ${m[1]} 不可用：运行 langdu voices 查看原因`],
  [/^no audio output here/, () => '这里没有声音输出：可用 --player 指定播放程序，或用 langdu export 写成音频文件'],
  [/^player (\S+) (could not start|failed)/, (m) => `播放程序 ${m[1]} 出错：可用 --player 换一个播放程序`],
  [/could not start/, () => '语音引擎无法启动'],
  [/wrote no audio/, () => '语音引擎没有产生声音'],
  [/was killed/, () => '语音引擎被中止'],
  [/failed/, () => '语音引擎出错'],
];

/** An engine's English reason or error, as the reader says it. Already Chinese text is kept. */
export function problemInChinese(text: string): string {
  if (/[\u4e00-\u9fff]/.test(text)) return text;
  for (const [pattern, say] of PROBLEMS) {
    const m = text.match(pattern);
    if (m) return say(m);
  }
  return '语音出了问题';
}
