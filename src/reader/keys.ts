// The one key table. The input hook matches keys through it and the help overlay is rendered from it,
// so the two cannot disagree. Pure data: no Ink import (the Key shape is structural).

export type KeyCommand =
  | 'up'
  | 'down'
  | 'right'
  | 'left'
  | 'open'
  | 'first'
  | 'last'
  | 'nextSame'
  | 'prevSame'
  | 'nextPart'
  | 'nextSection'
  | 'nextPoint'
  | 'prevPart'
  | 'prevSection'
  | 'prevPoint'
  | 'pageDown'
  | 'pageUp'
  | 'goto'
  | 'search'
  | 'searchNext'
  | 'searchPrev'
  | 'cycleScript'
  | 'whereAmI'
  | 'bookmark'
  | 'bookmarks'
  | 'meta'
  | 'help'
  | 'playPause'
  | 'sayAll'
  | 'stop'
  | 'prevSentence'
  | 'nextSentence'
  | 'rateUp'
  | 'rateDown'
  | 'rateReset'
  | 'voices'
  | 'toggleAnnounce'
  | 'quit';

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

type Special = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'enter' | 'escape' | 'ctrl+c';

export interface Binding {
  command: KeyCommand;
  /** Printable characters, or special keys written as {special}. */
  keys: (string | { special: Special })[];
  /** One line for the help overlay (Simplified Chinese, then English). */
  help: string;
}

const sp = (special: Special) => ({ special });

export const KEY_TABLE: readonly Binding[] = [
  { command: 'up', keys: [sp('up'), 'k'], help: '上一项 previous item' },
  { command: 'down', keys: [sp('down'), 'j'], help: '下一项 next item' },
  { command: 'right', keys: [sp('right'), 'l'], help: '展开，或到第一个子项 expand / first child' },
  { command: 'left', keys: [sp('left'), 'h'], help: '折叠，或到上一级 collapse / parent' },
  { command: 'open', keys: [sp('enter')], help: '打开并朗读 open in the passage pane and read it' },
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
  { command: 'cycleScript', keys: ['t'], help: '切换字体：原文→简体→繁体 cycle script' },
  { command: 'whereAmI', keys: ['w'], help: '我在哪里 where am I' },
  { command: 'bookmark', keys: ['m'], help: '在此加书签 bookmark here' },
  { command: 'bookmarks', keys: ["'"], help: '书签列表 list bookmarks and jump' },
  { command: 'meta', keys: ['M'], help: '文档信息 document card' },
  { command: 'playPause', keys: [' '], help: '朗读 / 暂停 / 继续 play, pause, resume' },
  { command: 'sayAll', keys: ['a'], help: '从这里读到结尾 say all from here' },
  { command: 'stop', keys: ['s', sp('escape')], help: '停止朗读 stop speech' },
  { command: 'prevSentence', keys: ['('], help: '上一句 previous sentence' },
  { command: 'nextSentence', keys: [')'], help: '下一句 next sentence' },
  { command: 'rateUp', keys: ['+'], help: '加快语速 faster' },
  { command: 'rateDown', keys: ['-'], help: '放慢语速 slower' },
  { command: 'rateReset', keys: ['='], help: '正常语速 normal rate' },
  { command: 'voices', keys: ['v'], help: '选择语音 choose a voice' },
  { command: 'toggleAnnounce', keys: ['A'], help: '连续朗读时报读部分与节的标题：开/关 announce headings in say-all' },
  { command: 'help', keys: ['?'], help: '帮助 this help' },
  { command: 'quit', keys: ['q', sp('ctrl+c')], help: '退出 quit' },
];

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
  if (key.ctrl && input === 'c') return 'ctrl+c';
  return null;
}

/** The command a key press means in the normal mode, or null. */
export function commandFor(input: string, key: KeyPress): KeyCommand | null {
  const special = specialOf(input, key);
  for (const b of KEY_TABLE) {
    for (const k of b.keys) {
      if (typeof k === 'string' ? special === null && !key.ctrl && !key.meta && input === k : k.special === special) return b.command;
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
  'ctrl+c': 'Ctrl+C',
};

/** "↑ k" — a binding's keys as the help overlay and the README show them. */
export function keyLabel(b: Binding): string {
  return b.keys.map((k) => (typeof k === 'string' ? (k === ' ' ? 'Space' : k) : SPECIAL_NAMES[k.special])).join(' ');
}
