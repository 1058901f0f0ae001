// The hostile string every output path is fed (tests/door.test.ts, tests/terminal-safe.test.ts): a new
// terminal title, a cleared screen, a clipboard write (OSC 52), text reversed by a bidi override.
export const HOSTILE = '\x1b]0;PWNED\x07\x1b[2J\x1b]52;c;aGk=\x07\u202Eevil\u2066';
/** The same as the door shows it on one line. */
export const HOSTILE_SHOWN = '␛]0;PWNED␇␛[2J␛]52;c;aGk=␇<U+202E>evil<U+2066>';

/** What a terminal would obey in output of several lines: C0 but \n and \t, DEL, C1, bidi controls, U+2028/9. */
export const OBEYED_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
/** … and in one line, where \n and \t must be visible too. */
export const OBEYED_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
