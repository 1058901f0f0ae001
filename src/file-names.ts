// File names that are not UTF-8 (a GBK name from a Chinese Windows archive). Node decodes the command
// line as UTF-8 and turns each byte it cannot decode into U+FFFD, so such a name, as a string, names
// no file. On Linux the command line's bytes are in /proc/self/cmdline: the words that lost bytes are
// recovered from there, and the file is opened by its bytes (a Buffer path).
import { readFileSync } from 'node:fs';

const raw = new Map<string, Buffer>();

/**
 * Remember the bytes of the command line's words that Node could not decode. `args` is
 * process.argv.slice(2); nothing is remembered unless /proc/self/cmdline agrees with it word for word.
 */
export function recoverArgBytes(args: readonly string[]): void {
  if (!args.some((a) => a.includes('\uFFFD'))) return;
  let words: Buffer[];
  try {
    const all = readFileSync('/proc/self/cmdline');
    words = [];
    for (let start = 0; start < all.length; ) {
      const end = all.indexOf(0, start);
      words.push(all.subarray(start, end < 0 ? all.length : end));
      start = end < 0 ? all.length : end + 1;
    }
  } catch {
    return; // not Linux: the name stays as Node decoded it
  }
  const tail = words.slice(words.length - args.length);
  if (tail.length !== args.length || tail.some((w, k) => w.toString('utf8') !== args[k])) return;
  tail.forEach((w, k) => {
    if (args[k]!.includes('\uFFFD')) raw.set(args[k]!, Buffer.from(w));
  });
}

/** The path to give the file system: the name's own bytes when it was not UTF-8, else the name. */
export function fsPath(name: string): string | Buffer {
  return raw.get(name) ?? name;
}

/** A name for messages: a byte that is not UTF-8 is written \xNN (as `ls -b` does), not as U+FFFD. */
export function shownName(name: string): string {
  const bytes = raw.get(name);
  return bytes ? escapeBytes(bytes) : name;
}

/** Bytes as UTF-8 where they are well-formed, each other byte as \xNN. */
export function escapeBytes(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let out = '';
  for (let i = 0; i < b.length; ) {
    const n = utf8Length(b, i);
    out += n > 0 ? b.toString('utf8', i, i + n) : `\\x${b[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
    i += n > 0 ? n : 1;
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when there is none. */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i]!;
  const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n <= 1 || i + n > b.length) return n === 1 ? 1 : 0;
  const bytes = b.subarray(i, i + n);
  return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes) ? n : 0;
}
