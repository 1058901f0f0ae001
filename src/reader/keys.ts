// The key tables: one per mode, each key with the command it gives and one line of help. The input hook
// matches keys through them and the help is rendered from them, so the two cannot disagree; the
// command types are derived from them, so a command has one spelling. Pure data: no Ink import.

/** The parts of Ink's Key that we match on. */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

type Special = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'enter' | 'escape' | 'backspace' | 'delete' | 'ctrl+c';

/** A printable key, a special key, or (in a prompt) any text typed. */
export type KeySpec = string | { special: Special } | { typed: true };

export interface Binding {
  command: string;
  keys: readonly KeySpec[];
  /** One line of help (Simplified Chinese, then English). */
  help: string;
}

const sp = (special: Special) => ({ special }) as const;
const QUIT = { command: 'quit', keys: [sp('ctrl+c')], help: '退出 quit' } as const;

export const NORMAL_KEYS = [
  { command: 'up', keys: [sp('up'), 'k'], help: '上一项 previous item' },
  { command: 'down', keys: [sp('down'), 'j'], help: '下一项 next item' },
  { command: 'right', keys: [sp('right'), 'l'], help: '展开，或到第一个子项 expand / first child' },
  { command: 'left', keys: [sp('left'), 'h'], help: '折叠，或到上一级 collapse / parent' },
  { command: 'open', keys: [sp('enter')], help: '打开并朗读 open in the passage pane and read it' },
  { command: 'openSilently', keys: ['o'], help: '只打开，不朗读 open without reading aloud' },
  { command: 'first', keys: ['g', sp('home')], help: '第一项 first item' },
  { command: 'last', keys: ['G', sp('end')], help: '最后一项 last item' },
  { command: 'nextSame', keys: [']'], help: '同级下一项 next at the same level' },
  { command: 'prevSame', keys: ['['], help: '同级上一项 previous at the same level' },
  { command: 'nextPart', keys: ['1'], help: '下一部分 next part' },
  { command: 'nextSection', keys: ['2'], help: '下一节 next section' },
  { command: 'nextPoint', keys: ['3'], help: '下一点 next point' },
  { command: 'prevPart', keys: ['!'], help: '上一部分 previous part' },
  { command: 'prevSection', keys: ['@'], help: '上一节 previous section' },
  { command: 'prevPoint', keys: ['#'], help: '上一点 previous point' },
  { command: 'pageDown', keys: [sp('pageDown'), 'f'], help: '正文下翻一页 scroll the passage down' },
  { command: 'pageUp', keys: [sp('pageUp'), 'b'], help: '正文上翻一页 scroll the passage up' },
  { command: 'goto', keys: [':'], help: '跳到 go to: 2.3, 二.三, 三是' },
  { command: 'search', keys: ['/'], help: '搜索（简繁皆可） search, either script' },
  { command: 'searchNext', keys: ['n'], help: '下一个结果 next hit' },
  { command: 'searchPrev', keys: ['N'], help: '上一个结果 previous hit' },
  { command: 'cycleScript', keys: ['t'], help: '切换简繁：原文→简体→繁体 cycle script' },
  { command: 'whereAmI', keys: ['w'], help: '我在哪里 where am I' },
  { command: 'repeat', keys: ['r'], help: '再说一遍 say the last answer again' },
  { command: 'verbosity', keys: ['V'], help: '报读详略：简略 / 详细 say less or more on each move' },
  { command: 'bookmark', keys: ['m'], help: '在此加书签 bookmark here' },
  { command: 'bookmarks', keys: ["'"], help: '书签列表 list bookmarks and jump' },
  { command: 'meta', keys: ['M'], help: '文档信息 document card' },
  { command: 'playPause', keys: [' '], help: '朗读 / 暂停 / 继续 play, pause, resume' },
  { command: 'sayAll', keys: ['a'], help: '从这里读到结尾 say all from here' },
  { command: 'stop', keys: ['s', sp('escape')], help: '停止朗读 stop speech' },
  { command: 'nextRow', keys: ['J'], help: '表格：下一行；不在表格中时到下一个表格 next table row / next table' },
  { command: 'prevRow', keys: ['K'], help: '表格：上一行；不在表格中时到上一个表格 previous table row / previous table' },
  { command: 'nextColumn', keys: ['L'], help: '表格：下一列，连同列标题 next column, with its header' },
  { command: 'prevColumn', keys: ['H'], help: '表格：上一列 previous column' },
  { command: 'prevSentence', keys: ['('], help: '上一句 previous sentence' },
  { command: 'nextSentence', keys: [')'], help: '下一句 next sentence' },
  { command: 'prevChar', keys: [','], help: '上一个字（逐字查看） previous character' },
  { command: 'nextChar', keys: ['.'], help: '下一个字 next character' },
  { command: 'prevWord', keys: ['<'], help: '上一个词（逐词查看） previous word' },
  { command: 'nextWord', keys: ['>'], help: '下一个词 next word' },
  { command: 'describeChar', keys: ['i'], help: '说明这个字：读音和常用词（权，权力的权） describe the character' },
  { command: 'spellSentence', keys: ['p'], help: '本句拼音（带声调） spell the sentence in pinyin' },
  { command: 'rateUp', keys: ['+'], help: '加快语速 faster' },
  { command: 'rateDown', keys: ['-'], help: '放慢语速 slower' },
  { command: 'rateReset', keys: ['='], help: '正常语速 normal rate' },
  { command: 'voices', keys: ['v'], help: '选择语音 choose a voice' },
  { command: 'sleepTimer', keys: ['T'], help: '睡眠定时：15/30/60 分钟后停止朗读，再按关闭 sleep timer' },
  { command: 'toggleAnnounce', keys: ['A'], help: '连续朗读时报读部分与节的标题：开/关 announce headings in say-all' },
  { command: 'help', keys: ['?'], help: '帮助 this help' },
  { command: 'quit', keys: ['q', sp('ctrl+c')], help: '退出 quit' },
] as const satisfies readonly Binding[];

/** After `:` (go to) or `/` (search). */
export const PROMPT_KEYS = [
  { command: 'submit', keys: [sp('enter')], help: '确认 confirm' },
  { command: 'cancel', keys: [sp('escape')], help: '取消 cancel' },
  { command: 'backspace', keys: [sp('backspace'), sp('delete')], help: '删除前一个字 delete the last character' },
  { command: 'input', keys: [{ typed: true }], help: '输入文字（输入法、粘贴皆可） type; an input method or a paste works' },
  QUIT,
] as const satisfies readonly Binding[];

/** The bookmark list and the voice list. */
export const LIST_KEYS = [
  { command: 'up', keys: [sp('up'), 'k'], help: '上一个 previous entry' },
  { command: 'down', keys: [sp('down'), 'j'], help: '下一个 next entry' },
  { command: 'choose', keys: [sp('enter'), sp('right'), 'l'], help: '选定（跳到书签，或用这个语音） choose' },
  { command: 'deleteBookmark', keys: ['d', sp('delete'), sp('backspace')], help: '删除这个书签（书签列表） delete the bookmark' },
  { command: 'cancel', keys: [sp('escape'), 'q', "'", 'v'], help: '关闭列表 close the list' },
  QUIT,
] as const satisfies readonly Binding[];

/** The help and the document card. */
export const OVERLAY_KEYS = [
  { command: 'up', keys: [sp('up'), 'k'], help: '上移一行 scroll up a line' },
  { command: 'down', keys: [sp('down'), 'j'], help: '下移一行 scroll down a line' },
  { command: 'pageUp', keys: [sp('pageUp'), 'b'], help: '上翻一页 page up' },
  { command: 'pageDown', keys: [sp('pageDown'), 'f', ' '], help: '下翻一页 page down' },
  { command: 'cancel', keys: [sp('escape'), sp('enter'), 'q', '?', 'M'], help: '关闭 close' },
  QUIT,
] as const satisfies readonly Binding[];

export type NormalCommand = (typeof NORMAL_KEYS)[number]['command'];
export type PromptCommand = (typeof PROMPT_KEYS)[number]['command'];
export type ListCommand = (typeof LIST_KEYS)[number]['command'];
export type OverlayCommand = (typeof OVERLAY_KEYS)[number]['command'];
export type KeyCommand = NormalCommand | PromptCommand | ListCommand | OverlayCommand;

/** Which table a mode reads its keys from. */
export type KeyMode = 'normal' | 'prompt' | 'list' | 'overlay';

export const KEY_TABLES: Record<KeyMode, readonly Binding[]> = {
  normal: NORMAL_KEYS,
  prompt: PROMPT_KEYS,
  list: LIST_KEYS,
  overlay: OVERLAY_KEYS,
};

const COMMANDS_OF: Record<KeyMode, ReadonlySet<string>> = {
  normal: new Set(NORMAL_KEYS.map((b) => b.command)),
  prompt: new Set(PROMPT_KEYS.map((b) => b.command)),
  list: new Set(LIST_KEYS.map((b) => b.command)),
  overlay: new Set(OVERLAY_KEYS.map((b) => b.command)),
};

/** Whether a mode's table has a command (a key queued before the mode changed may not be). */
export function hasCommand(mode: KeyMode, command: string): boolean {
  return COMMANDS_OF[mode].has(command);
}

// Keys typed with a Chinese input method arrive full width (？ ： ／); they mean the same keys.
const halfWidth = (input: string) => input.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

function specialOf(input: string, key: KeyPress): Special | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageUp';
  if (key.pageDown) return 'pageDown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.backspace) return 'backspace';
  if (key.delete) return 'delete';
  if (key.ctrl && input === 'c') return 'ctrl+c';
  return null;
}

/** The command a key press gives in a mode (with the text typed, for `input`), or null. */
export function commandFor(mode: KeyMode, input: string, key: KeyPress): { command: KeyCommand; text?: string } | null {
  const special = specialOf(input, key);
  const plain = special === null && !key.ctrl && !key.meta && !key.tab;
  for (const b of KEY_TABLES[mode]) {
    for (const k of b.keys) {
      if (typeof k === 'string') {
        if (plain && (input === k || halfWidth(input) === k)) return { command: b.command as KeyCommand };
      } else if ('special' in k) {
        if (k.special === special) return { command: b.command as KeyCommand };
      } else if (plain && input !== '') return { command: b.command as KeyCommand, text: input };
    }
  }
  return null;
}

const SPECIAL_NAMES: Record<Special, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageUp: 'PgUp',
  pageDown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  backspace: 'Backspace',
  delete: 'Delete',
  'ctrl+c': 'Ctrl+C',
};

/** "↑ k" — a binding's keys as the help and the README show them. */
export function keyLabel(b: Binding): string {
  return b.keys.map((k) => (typeof k === 'string' ? (k === ' ' ? 'Space' : k) : 'special' in k ? SPECIAL_NAMES[k.special] : '文字')).join(' ');
}
