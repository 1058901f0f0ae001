// bytes → text. The one place that reads a document from disk: size and type checks, encoding detection
// (BOM, strict UTF-8, then chardet for GB18030/GBK and Big5), HTML to text, newline normalisation.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { LangduError } from '../errors.js';
import { binaryFormat, extractBinary } from './formats/index.js';
import type { MetaEntry } from './parse.js';

export const MAX_BYTES = 64 * 1024 * 1024;

export interface Loaded {
  /** Text with CRLF and lone CR turned into LF; every position in the Document points into it. */
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
  const name = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new LangduError(`${path} is a folder, not a report; give the path of a text or HTML file`);
    size = st.size;
  } catch (e) {
    if (e instanceof LangduError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new LangduError(`no such file: ${path}; check the path (run without FILE to open the bundled report)`);
    if (code === 'EACCES') throw new LangduError(`cannot read ${path}: permission denied; check the file's permissions`);
    throw new LangduError(`cannot open ${path} (${code ?? 'unknown error'}); check the path`);
  }
  if (size > MAX_BYTES) {
    throw new LangduError(
      `${name} is ${(size / 1048576).toFixed(0)} MiB, over langdu's ${MAX_BYTES / 1048576} MiB limit; split the report into smaller files`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LangduError(`cannot read ${path} (${code ?? 'unknown error'}); check the file's permissions`);
  }
  return loadBytes(bytes, name);
}

/** Decode and normalise bytes; `name` is used in messages and to spot .html files. */
export async function loadBytes(bytes: Uint8Array, name = 'input', opts: LoadOptions = {}): Promise<Loaded> {
  if (bytes.length === 0) throw new LangduError(`${name} is empty; give a report with some text in it`);
  // PDF and Word: their adapters (src/document/formats/) give text, and the title and metadata they know.
  const binary = binaryFormat(bytes);
  if (binary) {
    const { text, ...known } = await extractBinary(binary, bytes, name);
    return { text: text.replace(/\r\n?/g, '\n'), encoding: binary === 'pdf' ? 'PDF' : 'DOCX', format: binary, ...known };
  }
  const html = looksLikeHtmlBytes(bytes, name);
  const formats = html || opts.charset ? await import('./formats/html.js') : null;
  const declared = formats ? await (await import('./formats/charset.js')).decodeDeclared(bytes, opts.charset ?? formats.declaredCharset(bytes)) : null;
  const { text: decoded, encoding } = declared ?? (await decode(bytes, name));
  let text = decoded.replace(/\r\n?/g, '\n');
  let format: Loaded['format'] = 'text';
  let known: { title?: string; meta?: MetaEntry[] } = {};
  if (isHtml(text, name)) {
    // The article, its title and its metadata, without the page around it (formats/html.ts).
    const article = await (formats ?? (await import('./formats/html.js'))).htmlToArticle(text);
    ({ text, ...known } = article);
    format = 'html';
  }
  if (text.trim() === '') throw new LangduError(`${name} has no text in it (only spaces or markup); give a report with some text`);
  return { text, encoding, format, ...known };
}

/** An .html name, or bytes that start like a page: worth reading its declared charset. */
function looksLikeHtmlBytes(bytes: Uint8Array, name: string): boolean {
  if (/\.(x?html?)$/i.test(name)) return true;
  return /^\s*<(?:!doctype html|html|head|body|meta)[\s>]/i.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1'));
}

const MAGIC: [number[], string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word/Excel file (.doc/.xls); save the report as .docx, PDF, text or HTML first'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not a report; give a text or HTML file'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not a report; give a text or HTML file'],
  [[0x1f, 0x8b], 'a gzip archive; unpack it first (gunzip)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF binary), not a report; give a text or HTML file'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, k) => bytes[k] === b);
}

export async function decode(bytes: Uint8Array, name = 'input'): Promise<{ text: string; encoding: string }> {
  // A byte-order mark settles it.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: strict('utf-8', bytes.subarray(3), name), encoding: 'UTF-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: strict('utf-16le', bytes.subarray(2), name), encoding: 'UTF-16LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: strict('utf-16be', bytes.subarray(2), name), encoding: 'UTF-16BE' };
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) throw new LangduError(`${name} is ${what}`);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    throw new LangduError(`${name} looks like a binary file (it has NUL bytes), not a text report; give a text or HTML file`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: ask the detector below
  }
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
    `${name} is not valid UTF-8, GB18030/GBK or Big5 text (undecodable bytes); convert it to UTF-8, e.g. iconv -f GBK -t UTF-8 ${name} > report.txt`,
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
    throw new LangduError(`${name} starts with a ${encoding.toUpperCase()} byte-order mark but has undecodable bytes; re-save it as UTF-8`);
  }
}

function isHtml(text: string, name: string): boolean {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return head.startsWith('<') && /<(!doctype html|html|body|head)[\s>]/.test(head);
}
