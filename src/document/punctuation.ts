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

// Punctuation has no sound of its own: it is said by name, as Chinese screen readers do.
export const PUNCTUATION_NAMES: Readonly<Record<string, string>> = {
  '，': '逗号',
  ',': '逗号',
  '。': '句号',
  '、': '顿号',
  '；': '分号',
  ';': '分号',
  '：': '冒号',
  ':': '冒号',
  '？': '问号',
  '?': '问号',
  '！': '叹号',
  '!': '叹号',
  '“': '左引号',
  '”': '右引号',
  '‘': '左单引号',
  '’': '右单引号',
  '《': '左书名号',
  '》': '右书名号',
  '（': '左括号',
  '(': '左括号',
  '）': '右括号',
  ')': '右括号',
  '—': '破折号',
  '…': '省略号',
  '·': '间隔号',
  '〔': '左括号',
  '〕': '右括号',
  '【': '左方括号',
  '】': '右方括号',
  '「': '左引号',
  '」': '右引号',
  '『': '左双引号',
  '』': '右双引号',
  '〈': '左书名号',
  '〉': '右书名号',
  '．': '句号',
  '.': '点',
  '%': '百分号',
  '％': '百分号',
  '/': '斜杠',
  '／': '斜杠',
  '-': '连字符',
  '－': '连字符',
  '~': '波浪号',
  '～': '波浪号',
  '℃': '摄氏度',
  '×': '乘号',
  '+': '加号',
  '＋': '加号',
  '=': '等号',
  '#': '井号',
  '@': '艾特符号',
  '&': '和号',
  '*': '星号',
  '"': '双引号',
  "'": '单引号',
  '[': '左方括号',
  ']': '右方括号',
};
