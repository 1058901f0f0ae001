// Punctuation classes, in one place: what ends a sentence, a heading, what closes a quote, what counts
// as space. Reports mix full-width and half-width forms (the bundled page writes ; and , for ； and ，).

/** End a sentence (with any closing quotes after them). */
export const SENTENCE_END: ReadonlySet<string> = new Set(['。', '！', '？', '；', ';', '!', '?', '…', '．']);

/** A heading's title ends here; a semicolon too, as run-in points are written 一是…；二是…；三是…。 */
export const TITLE_END: ReadonlySet<string> = new Set(['。', '！', '？', '!', '?', '；', ';']);

/** A numbering marker may start right after one of these (a sentence end, or a colon that opens a list). */
export const BEFORE_MARKER: readonly string[] = ['。', '；', '：', '！', '？', ':', ';', '!', '?', '．'];

/** Closing quotes and brackets that stay with the sentence they end. */
export const CLOSERS: ReadonlySet<string> = new Set(['”', '」', '』', '》', '’', '）', ')']);

/** Quotes inside which a 。 does not end the sentence. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '《': '》' };

/** Spaces in report text: ASCII, ideographic and no-break spaces, tabs, line ends. */
export const SPACES: readonly string[] = [' ', '\t', '\r', '\n', '\u3000', '\u00a0'];
const SPACE_SET = new Set(SPACES);

export function isSpace(ch: string): boolean {
  return SPACE_SET.has(ch);
}
