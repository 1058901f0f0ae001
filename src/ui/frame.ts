// The sighted layout as rows of spans: outline and passage side by side (stacked when narrow), a status
// line and a message line. Every row is cut to the terminal's width by display width, and the frame is
// never taller than rows − 1, so Ink never clears the scrollback and CJK lines never tear. No Ink here:
// VisualLayout draws these rows through Ink, and the first frame is drawn from them before Ink has loaded.
// Text from outside (titles, bookmark labels from a state file, voice names, messages) passes the door
// (cellText) before it is measured, and every row passes it again at the end, so nothing in a frame
// commands the terminal.

import { visibleWindow } from '../reader/outline.js';
import type { Span } from '../reader/passage.js';
import type { ReaderState } from '../reader/state.js';
import { helpLines, listeningTime, metaLines, minutesWords, SCRIPT_NAMES, speechStatus, statusPosition } from '../reader/words.js';
import { convert } from '../script/index.js';
import { passageWindow } from './passage-view.js';
import { cellText, cut, fit, textWidth, wrapSpans } from './text.js';

function outlineRows(state: ReaderState, height: number, width: number): Span[][] {
  const rows: Span[][] = [];
  for (const item of visibleWindow(state, state.cursor, height)) {
    const selected = item === state.cursor;
    const mark = selected ? '❯' : item === state.opened ? '•' : ' ';
    let label: string;
    const entry = state.index.entry(item);
    if (!entry) label = `  ${state.index.doc.title ? convert(state.index.doc.title, state.script) : '开头'}`;
    else {
      const node = entry.node;
      const fold = node.children.length === 0 ? ' ' : state.expanded.has(node.id) ? '-' : '+';
      label = `${'  '.repeat(node.level - 1)}${fold} ${convert(node.marker + node.title, state.script)}`;
    }
    rows.push([{ text: fit(cellText(`${mark}${label}`), width), highlight: selected }]);
  }
  return rows;
}

function passageRows(state: ReaderState, height: number, width: number): Span[][] {
  return passageWindow(state, height, width);
}

/** The current line (the one said last) marked ❯, as in the lists. */
function marked(lines: string[], current: number): string[] {
  return lines.map((l, k) => `${k === current ? '❯' : ' '} ${l}`);
}

function overlayRows(state: ReaderState): { title: string; lines: string[] } | null {
  switch (state.mode) {
    case 'help':
      return { title: '帮助（↑↓ PgUp PgDn 翻看，Esc 关闭）', lines: marked(helpLines(state.helpFor), state.overlayTop) };
    case 'meta':
      return { title: '文档信息（↑↓ 逐行，Esc 关闭）', lines: marked(metaLines(state), state.overlayTop) };
    case 'voices':
      return {
        title: '语音：↑↓ 选择，回车确定，Esc 关闭',
        lines: state.speech.voices.map(
          (v, k) =>
            `${k === state.speech.voiceCursor ? '❯' : ' '} ${v.name}（${v.lang}，${v.script === 'simplified' ? '读简体' : '读繁体'}）${v.id === state.speech.voice ? ' ✓ 当前' : ''}`,
        ),
      };
    case 'bookmarks':
      return {
        title: '书签：↑↓ 选择，回车跳转，d 删除，Esc 关闭',
        lines: state.bookmarks.map((b, k) => `${k === state.bookmarkCursor ? '❯' : ' '} ${k + 1}. ${b.label}`),
      };
    default:
      return null;
  }
}

/**
 * Position · script · speech state · ? 帮助. On a narrow terminal the position gives way (cut, then the
 * help hint dropped), never the speech state, which nothing else on screen shows.
 */
export function statusLine(state: ReaderState, cols: number): string {
  const sp = state.speech;
  const left = sp.status === 'playing' || sp.status === 'paused' ? ` · 剩 ${minutesWords(listeningTime(state).remaining)}` : '';
  const sleep = sp.sleep.minutes ? ` · 定时 ${sp.sleep.minutes} 分` : '';
  const tail = cellText(` · ${SCRIPT_NAMES[state.script]} · ${speechStatus(sp)}${left}${sleep}`);
  const help = ' · ? 帮助';
  const position = cellText(statusPosition(state, state.cursor));
  if (textWidth(position + tail + help) <= cols) return position + tail + help;
  const room = cols - textWidth(tail + help);
  if (room >= 12) return cut(position, room) + tail + help;
  return cut(position, Math.max(1, cols - textWidth(tail))) + tail;
}

/** The message area: what the last command said (a warning and the resume note at start), ≤ 4 lines. */
function messageLines(state: ReaderState, cols: number): string[] {
  if (state.mode === 'goto') return [cellText(`跳到: ${state.input}▏`)];
  if (state.mode === 'search') return [cellText(`搜索/ ${state.input}▏`)];
  const shown = state.fresh > 0 ? state.log.slice(-state.fresh).filter((l) => !l.hidden) : [];
  const said = (shown.length > 0 ? shown.map((l) => l.text) : [state.message]).map((t) => cellText(t, true));
  const lines = said.flatMap((t) => wrapSpans([{ text: t }], cols).map((l) => l.map((s) => s.text).join('')));
  return lines.slice(-Math.min(4, Math.max(1, state.rows - 8)));
}

/** Every row of the sighted layout, top to bottom: the panes (or an overlay), the status line, the messages. */
export function visualRows(state: ReaderState): Span[][] {
  const cols = Math.max(20, state.cols);
  const rows = Math.max(6, state.rows);
  const messages = messageLines(state, cols);
  const paneHeight = rows - 1 - 1 - messages.length; // rows − 1 in all: panes, the status line, messages
  const out: Span[][] = [];
  const overlay = overlayRows(state);
  if (overlay) {
    // The title stays; the list scrolls (help and card by ↑↓, the pickers follow their selection).
    const room = paneHeight - 1;
    const k = state.mode === 'bookmarks' ? state.bookmarkCursor : state.mode === 'voices' ? state.speech.voiceCursor : state.overlayTop;
    const maxTop = Math.max(0, overlay.lines.length - room);
    const top = k >= 0 ? Math.max(0, Math.min(k - Math.floor(room / 2), maxTop)) : Math.min(state.overlayTop, maxTop);
    const more = top + room < overlay.lines.length ? `（还有 ${overlay.lines.length - top - room} 行，↓ 翻看）` : '';
    out.push([{ text: cut(cellText(overlay.title + more), cols) }]);
    for (const l of overlay.lines.slice(top, top + room)) out.push([{ text: cut(cellText(l), cols) }]);
  } else if (cols >= 80) {
    const leftWidth = Math.min(48, Math.floor(cols * 0.4));
    const rightWidth = cols - leftWidth - 3;
    const left = outlineRows(state, paneHeight, leftWidth);
    const right = passageRows(state, paneHeight, rightWidth);
    for (let r = 0; r < paneHeight; r++) {
      const l = left[r] ?? [{ text: ' '.repeat(leftWidth) }];
      const rt = right[r] ?? [];
      out.push([...l, { text: ' │ ' }, ...rt]); // no padding after the text: fewer cells for Ink to draw
    }
  } else {
    // Narrow: outline above, passage below, a rule between.
    const outlineHeight = Math.max(1, Math.floor((paneHeight - 1) / 2));
    const passageHeight = paneHeight - 1 - outlineHeight;
    const left = outlineRows(state, outlineHeight, cols);
    for (let r = 0; r < outlineHeight; r++) out.push(left[r] ?? [{ text: '' }]);
    out.push([{ text: '─'.repeat(cols) }]);
    for (const l of passageRows(state, passageHeight, cols)) out.push(l);
  }
  while (out.length < paneHeight) out.push([{ text: '' }]);

  const status = statusLine(state, cols);
  const rowsOut = [...out, [{ text: fit(status, cols), highlight: true }], ...messages.map((m) => [{ text: cut(m, cols) }])];
  // The last check at the door: a piece that was not made safe above is made safe now (its width may then
  // be off, never the terminal's state).
  return rowsOut.map((row) =>
    row.map((s) => {
      const text = cellText(s.text);
      return text === s.text ? s : { ...s, text };
    }),
  );
}
