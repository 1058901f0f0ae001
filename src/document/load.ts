// bytes → text. The one place that reads a document: from a file, a FIFO or standard input, never more
// than 64 MiB; encoding detection (BOM, strict UTF-8, UTF-16 by shape, then chardet for GB18030/GBK and
// Big5), HTML to text, newline normalisation, control characters made harmless.
import { closeSync, constants, fstatSync, openSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { forTerminal, LangduError } from '../errors.js';
import { fsPath, shownName } from '../file-names.js';
import { readAtMost } from '../state-file.js';
import { MAX_LINES, tooMany } from './formats/budget.js';
import { binaryFormat, extractBinary } from './formats/index.js';
import type { MetaEntry } from './parse.js';

export const MAX_BYTES = 64 * 1024 * 1024;

export interface Loaded {
  /**
   * Text with CRLF and lone CR turned into LF, every other control character but tab made a space, bidi
   * controls dropped and U+2028/9 made line breaks; every position in the Document points into it.
   */
  text: string;
  encoding: string;
  format: 'text' | 'html' | 'pdf' | 'docx';
  /** The title and metadata as the format gave them (HTML, Word), preferred over the parser's guesses. */
  title?: string;
  meta?: MetaEntry[];
}

export interface LoadOptions {
  /** The charset a web server declared for these bytes (Content-Type). */
  charset?: string;
}

export async function loadFile(path: string): Promise<Loaded> {
  const { bytes, name } = await readFileBytes(path);
  return loadBytes(bytes, name);
}

/** FILE's bytes (never more than the cap) and the name messages call it: loadFile before loadBytes. */
export async function readFileBytes(path: string): Promise<{ bytes: Buffer; name: string }> {
  // A name that is not UTF-8 is opened by its bytes and shown with them as \xNN (file-names.ts).
  const name = basename(shownName(path));
  const shown = forTerminal(shownName(path));
  const where = fsPath(path);
  let fd: number;
  try {
    // The kind of file first, from its name: a device is refused before it is opened (/dev/zero never
    // ends, and stat's size is 0 for it as for a FIFO, so the size cap alone cannot stop it).
    const st = statSync(where);
    if (st.isDirectory()) throw new LangduError(`${shown} is a folder, not a report; give the path of a report: text, HTML, PDF or Word (.docx)`);
    const kind = st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device (a disk)' : st.isSocket() ? 'a socket' : null;
    if (kind) throw new LangduError(`${shown} is ${kind}, not a report; give the path of a report: text, HTML, PDF or Word (.docx)`);
    if (st.size > MAX_BYTES) throw tooBig(name, `${(st.size / 1048576).toFixed(0)} MiB`);
    // Non-blocking, so a FIFO opens at once even before it has a writer (for a file it changes nothing).
    fd = openSync(where, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if (e instanceof LangduError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LangduError(`no such file: ${shown}; check the path (run without FILE to open the bundled report)`);
    if (code === 'EACCES') throw new LangduError(`cannot read ${shown}: permission denied; check the file's permissions`);
    throw new LangduError(`cannot open ${shown} (${code ?? 'unknown error'}); check the path`);
  }
  let bytes: Buffer;
  if (fstatSync(fd).isFIFO()) {
    // Waited on in the event loop (epoll), not in a pool thread blocked in open or read: a writer may
    // come late or never, and Node cannot exit (Ctrl+C, SIGTERM) while a pool thread is blocked.
    const { Socket } = await import('node:net');
    bytes = await readStream(new Socket({ fd, readable: true, writable: false }), name);
  } else {
    try {
      bytes = readCapped(fd, name);
    } catch (e) {
      if (e instanceof LangduError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      throw new LangduError(`cannot read ${shown} (${code ?? 'unknown error'}); check the file's permissions`);
    } finally {
      closeSync(fd);
    }
  }
  return { bytes, name };
}

/** A file read to its end, but never past the cap. */
function readCapped(fd: number, name: string): Buffer {
  const bytes = readAtMost(fd, MAX_BYTES);
  if (!bytes) throw tooBig(name);
  return bytes;
}

/**
 * Everything a stream (standard input, a FIFO) sends, up to the cap: past it, the stream is destroyed
 * at once (a writer like `yes` then gets EPIPE) and the error says so. No more than the cap is held.
 */
export async function readStream(stream: AsyncIterable<Uint8Array> & { destroy?(): void }, name: string): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += chunk.length;
      if (total > MAX_BYTES) {
        stream.destroy?.();
        throw tooBig(name);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof LangduError) throw e;
    throw new LangduError(
      `cannot read ${forTerminal(name)} (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}); save the report to a file and give that`,
    );
  }
  return Buffer.concat(chunks, total);
}

/** Over the cap: with the size when stat knew it, or as a stream that was cut off. */
function tooBig(name: string, size?: string): LangduError {
  const limit = `langdu's ${MAX_BYTES / 1048576} MiB limit`;
  const what = size ? `is ${size}, over ${limit}` : `is over ${limit} (reading stopped there)`;
  return new LangduError(`${forTerminal(name)} ${what}; split the report into smaller files`);
}

/** Decode and normalise bytes; `name` is used in messages and to spot .html files. */
export async function loadBytes(bytes: Uint8Array, name = 'input', opts: LoadOptions = {}): Promise<Loaded> {
  if (bytes.length === 0) throw new LangduError(`${forTerminal(name)} is empty; give a report with some text in it`);
  // PDF and Word: their adapters (src/document/formats/) give text, and the title and metadata they know.
  const binary = binaryFormat(bytes);
  if (binary) {
    const { text, title, meta } = await extractBinary(binary, bytes, forTerminal(name));
    withinLines(text, name);
    return {
      text: withoutControls(text.replace(/\r\n?/g, '\n')),
      encoding: binary === 'pdf' ? 'PDF' : 'DOCX',
      format: binary,
      ...knownWithoutControls(title, meta),
    };
  }
  const html = looksLikeHtmlBytes(bytes, name);
  const formats = html || opts.charset ? await import('./formats/html.js') : null;
  const declared = formats ? await (await import('./formats/charset.js')).decodeDeclared(bytes, opts.charset ?? formats.declaredCharset(bytes)) : null;
  const { text: decoded, encoding } = declared ?? (await decode(bytes, name));
  let text = decoded.replace(/\r\n?/g, '\n');
  withinLines(text, name);
  let format: Loaded['format'] = 'text';
  let known: { title?: string; meta?: MetaEntry[] } = {};
  if (isHtml(text, name)) {
    // The article, its title and its metadata, without the page around it (formats/html.ts).
    const article = await (formats ?? (await import('./formats/html.js'))).htmlToArticle(text, forTerminal(name));
    ({ text, ...known } = article);
    format = 'html';
  }
  // After decoding and after HTML (so &#27; is caught too), before anything shows or speaks the text.
  text = withoutControls(text);
  if (text.trim() === '') throw new LangduError(`${forTerminal(name)} has no text in it (only spaces or markup); give a report with some text`);
  return { text, encoding, format, ...knownWithoutControls(known.title, known.meta) };
}

/**
 * The line budget: a text of more lines than any report (tens of MiB of blank lines, say) is refused
 * before the parser and the views make something of each line. Counted without splitting.
 */
function withinLines(text: string, name: string): void {
  let lines = 1;
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) {
    if (++lines > MAX_LINES) throw tooMany(forTerminal(name), MAX_LINES, 'lines', 'split the report into smaller files');
  }
}

/** An adapter's title and metadata, with control characters made spaces as in the text (and no line breaks). */
function knownWithoutControls(title: string | undefined, meta: MetaEntry[] | undefined): { title?: string; meta?: MetaEntry[] } {
  return {
    ...(title !== undefined ? { title: withoutControls(title, ' ') } : {}),
    ...(meta !== undefined ? { meta: meta.map((m) => ({ key: withoutControls(m.key, ' '), value: withoutControls(m.value, ' ') })) } : {}),
  };
}

/** An .html name, or bytes that start like a page: worth reading its declared charset. */
function looksLikeHtmlBytes(bytes: Uint8Array, name: string): boolean {
  if (/\.(x?html?)$/i.test(name)) return true;
  return /^\s*<(?:!doctype html|html|head|body|meta)[\s>]/i.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'));
}

// C0 and C1 control characters other than tab and newline (CR is gone by now). In a terminal ESC starts a
// command (\e]0; sets the title, \e]52; writes the clipboard, \e[2J clears the frame), and espeak-ng
// stops a sentence at NUL. Each becomes one space, so every offset still holds: a space is a gap to the
// parser, the sentence splitter and the speech, where U+FFFD would be shown as a mark and read aloud
// by espeak-ng as a word; a page break (the form feed pdftotext writes) is white space anyway.
// Bidi controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) carry nothing in a Chinese report and
// can reorder what a terminal shows (a title that reads backwards, a name that hides its end): they are
// dropped, not spaced, so 第一\u200E章 stays one marker. A line or paragraph separator (U+2028/9) is the
// line break it stands for. All of this happens before parsing, so every position points into this text.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function withoutControls(text: string, lineBreak = '\n'): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROLS, (ch) => (BIDI.test(ch) ? '' : ch === '\u2028' || ch === '\u2029' ? lineBreak : ' '));
}

const MAGIC: [number[], string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word/Excel file (.doc/.xls); save the report as .docx, PDF, text or HTML first'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not a report; give a report as text, HTML, PDF or Word (.docx)'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not a report; give a report as text, HTML, PDF or Word (.docx)'],
  [[0x1f, 0x8b], 'a gzip archive; unpack it first (gunzip)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF binary), not a report; give a report as text, HTML, PDF or Word (.docx)'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, k) => bytes[k] === b);
}

export async function decode(bytes: Uint8Array, name = 'input'): Promise<{ text: string; encoding: string }> {
  // A byte-order mark settles it.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strict('utf-8', bytes.subarray(3), name), encoding: 'UTF-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strict('utf-16le', bytes.subarray(2), name), encoding: 'UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strict('utf-16be', bytes.subarray(2), name), encoding: 'UTF-16BE' };
  const shown = forTerminal(name);
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) throw new LangduError(`${shown} is ${what}`);
  if (looksBinary(bytes)) {
    // UTF-16 without a byte-order mark has NULs too: one in every ASCII character.
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return utf16;
    throw new LangduError(`${shown} looks like a binary file (it has NUL bytes), not a text report; give a report as text, HTML, PDF or Word (.docx)`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: UTF-16 with no ASCII in its head, or ask the detector below
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return utf16;
  // Loaded only for non-UTF-8 files, so the common case does not pay for them at start-up.
  const chardet = await import('chardet');
  // chardet is CommonJS: its functions are named exports or on the default, depending on the loader.
  const analyse = chardet.analyse ?? (chardet as unknown as { default: typeof chardet }).default.analyse;
  const iconv = (await import('iconv-lite')).default;
  for (const guess of analyse(bytes)) {
    const enc = SUPPORTED[guess.name];
    if (!enc || guess.confidence < 10) continue;
    const text = iconv.decode(Buffer.from(bytes), enc);
    if (!text.includes('\ufffd')) return { text, encoding: guess.name };
  }
  throw new LangduError(
    `${shown} is not valid UTF-8, GB18030/GBK or Big5 text (undecodable bytes); convert it to UTF-8, e.g. iconv -f GBK -t UTF-8 ${shown} > report.txt`,
  );
}

/**
 * A NUL in the first 8 KB, or NULs in 1% or more of the bytes anywhere: a binary file. Text editors
 * never write NUL, so a stray one further on is damage, made a space like any control character.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.subarray(0, 8192).includes(0)) return true;
  const enough = Math.max(1, Math.ceil(bytes.length / 100));
  let count = 0;
  for (let k = bytes.indexOf(0, 8192); k !== -1; k = bytes.indexOf(0, k + 1)) if (++count >= enough) return true;
  return false;
}

/**
 * UTF-16 without a byte-order mark, told by the shape of the first 8 KB. Read the right way round,
 * nearly every 16-bit unit is text (Han has a high byte in 0x4E–0x9F, ASCII is `xx 00` in
 * little-endian), far more than the other way round; and either there are Han-like bytes (0x80 and up,
 * which ASCII never has) or the zero bytes sit on the high-byte side. ASCII read in pairs looks like
 * Han, so a NUL-separated ASCII list needs that last test; 8-bit text and binaries fail the first. UTF-8
 * and plain ASCII never get here: they have no NULs and decode as UTF-8 first.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const head = bytes.subarray(0, 8192);
  const units = head.length >> 1;
  let le = 0;
  let be = 0;
  let zerosEven = 0;
  let zerosOdd = 0;
  let high = 0;
  for (let k = 0; k < head.length; k += 2) {
    const a = head[k]!;
    const b = head[k + 1]!;
    if (isTextUnit(a | (b << 8))) le++;
    if (isTextUnit((a << 8) | b)) be++;
    if (a === 0) zerosEven++;
    if (b === 0) zerosOdd++;
    if ((a | b) & 0x80) high++;
  }
  const han = high >= units / 20;
  let encoding: 'utf-16le' | 'utf-16be';
  if (le >= 0.9 * units && le > be && (han || (zerosOdd > 0 && zerosOdd >= 10 * zerosEven))) encoding = 'utf-16le';
  else if (be >= 0.9 * units && be > le && (han || (zerosEven > 0 && zerosEven >= 10 * zerosOdd))) encoding = 'utf-16be';
  else return null;
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding: encoding.toUpperCase() };
  } catch {
    return null;
  }
}

/** A UTF-16 unit a Chinese report is made of: ASCII text, Latin-1, punctuation and symbols, CJK. */
function isTextUnit(u: number): boolean {
  return (
    (u >= 0x20 && u <= 0x7e) ||
    u === 0x0a ||
    u === 0x0d ||
    u === 0x09 ||
    (u >= 0xa0 && u <= 0xff) ||
    (u >= 0x2000 && u <= 0x27bf) || // punctuation “” — …, numbers Ⅰ ①, arrows, shapes ■ ○
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation 、。「」
    (u >= 0x3400 && u <= 0x9fff) || // Han
    (u >= 0xff00 && u <= 0xffef) // full-width forms ，：（）
  );
}

// chardet's names → iconv-lite's. GBK files are reported as GB18030, a superset.
const SUPPORTED: Record<string, string> = {
  GB18030: 'gb18030',
  Big5: 'big5',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

function strict(encoding: string, bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new LangduError(`${forTerminal(name)} starts with a ${encoding.toUpperCase()} byte-order mark but has undecodable bytes; re-save it as UTF-8`);
  }
}

function isHtml(text: string, name: string): boolean {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return head.startsWith('<') && /<(!doctype html|html|body|head)[\s>]/.test(head);
}
