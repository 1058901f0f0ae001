// One door to the terminal. Text from outside (a document, a server's status line, a library's error, a
// state file, an argument) reaches the terminal only through these functions, which turn every character
// a terminal would obey instead of show into a visible, harmless form:
// - C0 controls and DEL as Control Pictures (ESC → ␛, BEL → ␇, CR → ␍): with ESC gone no ESC/OSC/CSI/DCS
//   sequence survives (no retitling, no clearing, no clipboard write through OSC 52);
// - C1 controls (U+0080–U+009F, CSI U+009B among them), bidi controls (U+061C, U+200E/F, U+202A–U+202E,
//   U+2066–U+2069) and the line and paragraph separators (U+2028/9) as <U+XXXX>, so no text is reordered
//   or broken behind the reader's back.
// Each visible form is plain printable text, so measuring the result measures what the terminal shows,
// and passing text through twice changes nothing.

// Multi-line output keeps its line ends and tabs; a one-line message shows them too.
const UNSAFE_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const UNSAFE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const UNSAFE_TEXT_ALL = new RegExp(UNSAFE_TEXT.source, 'g');
const UNSAFE_LINE_ALL = new RegExp(UNSAFE_LINE.source, 'g');

/** The visible form of one unsafe character. */
export function visibleForm(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20) return String.fromCharCode(0x2400 + c); // ␀ … ␟ (Control Pictures)
  if (c === 0x7f) return '\u2421'; // ␡
  return `<U+${c.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Text for the terminal that may span lines: line ends and tabs stay, every other control is shown. */
export function safeText(s: string): string {
  return UNSAFE_TEXT.test(s) ? s.replace(UNSAFE_TEXT_ALL, visibleForm) : s;
}

/** Text for one line of the terminal (a message, a frame row, a quoted name): line ends and tabs are shown too. */
export function safeLine(s: string): string {
  return UNSAFE_LINE.test(s) ? s.replace(UNSAFE_LINE_ALL, visibleForm) : s;
}

/**
 * JSON for the terminal: the unsafe characters that JSON.stringify leaves raw (C1, bidi, separators) as
 * \uXXXX escapes, which read back as the same value (JSON already escapes C0 controls).
 */
export function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE_TEXT_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `s` holds anything the door would change in one line. */
export function isSafeLine(s: string): boolean {
  return !UNSAFE_LINE.test(s);
}
