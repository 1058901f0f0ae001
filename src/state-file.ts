// Reading a file langdu keeps for itself (a document's state, last-opened.json, settings.json,
// pronunciations.tsv) as a database would: it is opened without blocking (a FIFO there would otherwise
// wait forever for a writer), checked with fstat to be a regular file, and read only up to a limit.
// Anything else is not read, and the caller is told why, so that it never writes over what it could
// not read.
import { closeSync, constants, fstatSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/** JSON state (a document's position and bookmarks, settings, last-opened.json): some 15 000 bookmarks. */
export const STATE_LIMIT = 4 * 1024 * 1024;

export type StateRead =
  | { kind: 'text'; text: string }
  | { kind: 'absent' }
  /** Not read: `code` is an errno code, or EFBIG (over the limit), ENOTREG (a FIFO, device or socket), EISDIR. */
  | { kind: 'unreadable'; code: string; why: string };

/** What stands at a path, in words, from its mode (fstat). */
function kindOf(mode: number): string {
  const type = mode & constants.S_IFMT;
  if (type === constants.S_IFIFO) return 'a FIFO (named pipe)';
  if (type === constants.S_IFCHR) return 'a character device';
  if (type === constants.S_IFBLK) return 'a block device';
  if (type === constants.S_IFSOCK) return 'a socket';
  return 'not a regular file';
}

const mib = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MiB`;

/** An errno code in words, for the one line a user reads. */
function readError(code: string): string {
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EIO') return 'input/output error';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'ENOTDIR') return 'a file stands where a folder should be';
  return code;
}

/**
 * The text of the regular file at `path`, read whole as UTF-8 if it is at most `limit` bytes. A symbolic
 * link is followed (a settings file kept with one's dotfiles), but what it leads to must be a regular file.
 */
export function readStateFile(path: string, limit = STATE_LIMIT): StateRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    if (code === 'ENOENT') return { kind: 'absent' };
    if (code === 'EISDIR') return { kind: 'unreadable', code, why: 'it is a folder' };
    // ENXIO: a socket, or a FIFO in some systems' eyes, cannot be opened for reading this way.
    if (code === 'ENXIO') return { kind: 'unreadable', code: 'ENOTREG', why: 'it is not a regular file' };
    return { kind: 'unreadable', code, why: readError(code) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { kind: 'unreadable', code: 'EISDIR', why: 'it is a folder' };
    if (!st.isFile()) return { kind: 'unreadable', code: 'ENOTREG', why: `it is ${kindOf(st.mode)}` };
    if (st.size > limit) return { kind: 'unreadable', code: 'EFBIG', why: `it is ${mib(st.size)}, over the ${mib(limit)} limit` };
    // The file may grow after fstat.
    const bytes = readAtMost(fd, limit);
    if (!bytes) return { kind: 'unreadable', code: 'EFBIG', why: `it grew over the ${mib(limit)} limit` };
    return { kind: 'text', text: bytes.toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    return { kind: 'unreadable', code, why: readError(code) };
  } finally {
    closeSync(fd);
  }
}

/**
 * What a descriptor holds, read to its end (a /proc file's size says 0), or null when that is over
 * `limit`: never more than one byte past the limit is read, enough to know. Documents (load.ts) and
 * state files are read by it alike.
 */
export function readAtMost(fd: number, limit: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1));
  for (;;) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, limit + 1 - total), null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > limit) return null;
  }
}

/** Write `data` to `file` whole or not at all: a temp file beside it, synced, then renamed over it. */
export function writeAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    try {
      // writeFileSync on a descriptor loops until all is written; a bare writeSync may stop short
      // (at a size limit) and report success.
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    // A full disk or a size limit fails the write: the half-written temp file must not stay behind.
    rmSync(tmp, { force: true });
    throw e;
  }
}
