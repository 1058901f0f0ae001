// What lasts between runs: per-document state (resume position, bookmarks, script) under the XDG state
// folder, and settings under the XDG config folder. Rules: writes are atomic (temp file + rename),
// read-modify-write happens under a lock file so two langdu processes merge instead of clobbering,
// a corrupt file is moved aside with a one-line warning, never overwritten and never a crash, and a
// file that could not be read at all (a FIFO, a folder, too big, no permission) is left as it is and
// not saved over: the warning says why.
import { closeSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, rmSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { fsPath } from '../file-names.js';
import { applyBookmarkOp, type Bookmark } from '../reader/bookmarks.js';
import type { Position } from '../reader/position.js';
import { readStateFile, writeAtomic } from '../state-file.js';
import { type DocState, parseDocState, parseSettings, type Settings } from './validate.js';

export type { DocState, Settings } from './validate.js';

/** A change to a document's bookmarks, applied to what is on disk at the moment of writing. */
export type BookmarkOp = { kind: 'add'; bookmark: Bookmark } | { kind: 'delete'; bookmark: Position };
export { applyBookmarkOp, writeAtomic };

/**
 * What a write did: the value now on disk, or why nothing was written (in words, and the errno code;
 * `unreadable` when the code is why the file on disk could not be read, so it was not written over).
 */
export type Saved<T> = { ok: true; value: T } | { ok: false; reason: string; code: string; unreadable?: boolean };

/** What reading a state file found: its value (null: none, or corrupt and moved aside), or why it could not be read. */
type Read<T> = { ok: true; value: T | null } | { ok: false; code: string; reason: string };

export interface StoreDirs {
  state: string;
  config: string;
}

function defaultDirs(): StoreDirs {
  const p = envPaths('langdu', { suffix: '' });
  // env-paths calls XDG_STATE_HOME "log"; it is the XDG state folder (~/.local/state/langdu).
  return { state: p.log, config: p.config };
}

/**
 * A file as stat sees it (any write to it moves its change time, which no program can set back) and,
 * once read, the length of the text langdu made of it (which a newer langdu may make differently).
 */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  chars?: number;
}

/** The identity of the regular file at `path` now, or null (not a regular file, or no such file). */
export function fileIdentity(path: string): FileIdentity | null {
  try {
    const s = statSync(fsPath(path));
    return s.isFile() ? { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * A document's key: a hash of its text, so a moved or renamed file still resumes. node:crypto is taken
 * when first needed and not as an ES module (which reads every export of it): loading it costs ~5 ms.
 */
export function documentKey(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text).digest('hex').slice(0, 24);
}

const EMPTY: DocState = { position: null, bookmarks: [], script: null };
const LOCK_STALE_MS = 10_000;
// Long enough for a handful of readers saving at once on a loaded machine; a save holds it for milliseconds.
const LOCK_WAIT_MS = 3_000;

export class Store {
  constructor(
    readonly dirs: StoreDirs = defaultDirs(),
    private readonly warn: (line: string) => void = () => {},
  ) {}

  docFile(key: string): string {
    return join(this.dirs.state, 'documents', `${key}.json`);
  }

  /** The key of the file last opened, if `path` is that file and it has not changed since; else null. */
  rememberedKey(path: string, id: FileIdentity): string | null {
    const got = this.readLastOpened();
    if (got === null) return null;
    try {
      const v = JSON.parse(got) as Record<string, unknown>;
      const same = v.path === path && (Object.keys(id) as (keyof FileIdentity)[]).every((k) => v[k] === id[k]);
      return same && typeof v.key === 'string' && /^[0-9a-f]{24}$/.test(v.key) ? v.key : null;
    } catch {
      return null; // none yet, or unreadable: the text is hashed, as without it
    }
  }

  /**
   * Remember the key of the file just opened, so that opening it again unchanged needs no hash before
   * the first frame (loading node:crypto and hashing cost ~5 ms). One file, the last: a reader that
   * goes back to its report finds it; a failed write costs only a hash next time.
   */
  rememberKey(path: string, id: FileIdentity, key: string): void {
    // What could not be read (a FIFO, a folder, a huge file) is left alone, even here.
    if (this.readLastOpened() === null && lstatOrNull(this.lastOpenedFile()) !== null) return;
    try {
      mkdirSync(this.dirs.state, { recursive: true });
      writeAtomic(this.lastOpenedFile(), `${JSON.stringify({ path, ...id, key })}\n`);
    } catch {
      // as above
    }
  }

  private lastOpenedFile(): string {
    return join(this.dirs.state, 'last-opened.json');
  }

  /** last-opened.json's text; null when there is none or it could not be read (said once). */
  private readLastOpened(): string | null {
    const file = this.lastOpenedFile();
    const got = readStateFile(file);
    if (got.kind === 'text') return got.text;
    if (got.kind === 'unreadable')
      this.warnOnce(file, `langdu: warning: cannot read ${file} (${got.why}); leaving it alone (remove it and langdu remembers the file last opened again)`);
    return null;
  }

  private readonly warned = new Set<string>();
  private warnOnce(file: string, line: string): void {
    if (!this.warned.has(file)) this.warn(line);
    this.warned.add(file);
  }

  /** Whether anything was ever saved for any document (on a first run, nothing can be saved for this one). */
  hasDocuments(): boolean {
    try {
      return statSync(join(this.dirs.state, 'documents')).isDirectory();
    } catch {
      return false;
    }
  }

  settingsFile(): string {
    return join(this.dirs.config, 'settings.json');
  }

  loadDoc(key: string): DocState {
    return this.load(this.docFile(key), parseDocState) ?? { ...EMPTY, bookmarks: [] };
  }

  /**
   * Save where the reader is and the script it shows. Bookmarks are not part of this write: they are
   * changed one operation at a time (changeBookmarks), so a reader that saves its position can never
   * undo a bookmark another reader added or removed meanwhile.
   */
  saveDoc(key: string, next: Pick<DocState, 'position' | 'script'>): Saved<DocState> {
    return this.update(this.docFile(key), parseDocState, (current) => ({
      position: next.position,
      script: next.script,
      bookmarks: current?.bookmarks ?? [],
    }));
  }

  /**
   * Add or delete one bookmark, at once and atomically, on top of whatever is on disk now (other
   * readers' bookmarks included). Returns the bookmarks as written, or why they could not be.
   */
  changeBookmarks(key: string, op: BookmarkOp): Saved<Bookmark[]> {
    const saved = this.update(this.docFile(key), parseDocState, (current) => {
      const base = current ?? { ...EMPTY, bookmarks: [] };
      return { ...base, bookmarks: applyBookmarkOp(base.bookmarks, op) };
    });
    return saved.ok ? { ok: true, value: saved.value.bookmarks } : saved;
  }

  loadSettings(): Settings {
    return this.load(this.settingsFile(), parseSettings) ?? {};
  }

  saveSettings(patch: Settings): Saved<Settings> {
    return this.update(this.settingsFile(), parseSettings, (current) => ({ ...(current ?? {}), ...patch }));
  }

  // -------------------------------------------------------------------------------------------------

  /** A state file's value, or null; a file that could not be read is said once and left alone. */
  private load<T>(file: string, parse: (v: unknown) => T | null): T | null {
    const got = this.read(file, parse);
    if (got.ok) return got.value;
    this.warnOnce(file, `langdu: warning: ${got.reason}; starting without it, and not saving over it (${advice(got.code)})`);
    return null;
  }

  /** Read and validate; a file that is not valid is moved aside (and said so), giving null. */
  private read<T>(file: string, parse: (v: unknown) => T | null): Read<T> {
    const got = readStateFile(file);
    if (got.kind === 'absent') return { ok: true, value: null };
    if (got.kind === 'unreadable') return { ok: false, code: got.code, reason: `cannot read ${file}: ${got.why}` };
    let value: T | null = null;
    try {
      value = parse(JSON.parse(got.text));
    } catch {
      value = null;
    }
    if (value !== null) return { ok: true, value };
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      // A symbolic link is moved aside as a link: what it points to is never touched.
      renameSync(file, aside);
      this.warn(`langdu: warning: ${file} was corrupt; moved it aside as ${basename(aside)} and started fresh`);
      return { ok: true, value: null };
    } catch {
      return { ok: false, code: 'ECORRUPT', reason: `${file} is corrupt and could not be moved aside` };
    }
  }

  private update<T>(file: string, parse: (v: unknown) => T | null, change: (current: T | null) => T): Saved<T> {
    const fail = (code: string, what: string, unreadable = false): Saved<T> => {
      const reason = unreadable ? `${what}, so langdu does not save over it (${advice(code)})` : `${what} (${explainCode(code)})`;
      // Said once: a reader that saves its position on every move would repeat it at each.
      this.warnOnce(`${reason}; not saved`, `langdu: warning: ${reason}; not saved`);
      return { ok: false, reason, code, ...(unreadable ? { unreadable } : {}) };
    };
    const dir = dirname(file);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      return fail(errCode(e), `cannot create ${dir}`);
    }
    const lock = `${file}.lock`;
    let locked: Lock;
    try {
      locked = acquire(lock);
    } catch (e) {
      return fail(errCode(e), `cannot write in ${dir}`);
    }
    if (locked === 'busy') return fail('ELOCKED', `another langdu is saving ${file}`);
    if (locked !== 'ok') return fail('ELOCKBAD', `${lock} is ${locked}, not a lock langdu made`);
    try {
      const current = this.read(file, parse);
      if (!current.ok) return fail(current.code, current.reason, true);
      const value = change(current.value);
      const link = lstatOrNull(file)?.isSymbolicLink() ? readlinkSync(file) : null;
      writeAtomic(file, JSON.stringify(value, null, 2) + '\n');
      // Saved in the link's place, never through it: the file it pointed to may lie outside our folders.
      if (link !== null) this.warnOnce(`${file} link`, `langdu: warning: ${file} was a symbolic link; saved a file in its place and left ${link} as it was`);
      return { ok: true, value };
    } catch (e) {
      return fail(errCode(e), `cannot save ${file}`);
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** What to do about a state file langdu could not read. */
function advice(code: string): string {
  if (code === 'EACCES' || code === 'EPERM') return 'check its permissions';
  if (code === 'EFBIG') return 'move it away to start fresh';
  if (code === 'ECORRUPT') return 'move it aside to start fresh';
  if (code === 'ENOTREG' || code === 'EISDIR') return 'remove it, or move it away';
  return 'move it away to start fresh';
}

/** Why a save failed, in the reader's language; `unreadable`: the file on disk could not be read, so was not written over. */
export function reasonInChinese(code: string, unreadable = false): string {
  if (unreadable) {
    const why: Record<string, string> = {
      EACCES: '没有读取权限',
      EPERM: '没有读取权限',
      EFBIG: '文件太大',
      ENOTREG: '那里不是普通文件',
      EISDIR: '那里是一个文件夹',
      EIO: '磁盘读写出错',
      ECORRUPT: '文件已损坏且无法移开',
    };
    return `无法读取状态文件（${why[code] ?? code}），为免丢失其中的书签，未保存也未覆盖（${code}）`;
  }
  const words: Record<string, string> = {
    EROFS: '状态文件夹在只读文件系统上',
    ENOSPC: '磁盘已满',
    EDQUOT: '磁盘配额已满',
    EACCES: '没有写入状态文件夹的权限',
    EPERM: '没有写入状态文件夹的权限',
    ENOTDIR: '状态文件夹的位置上是一个文件',
    EEXIST: '状态文件夹的位置上是一个文件',
    EFBIG: '文件超过大小限制',
    EIO: '磁盘读写出错',
    ELOCKED: '另一个 langdu 正在保存，请稍后再试',
    ELOCKBAD: '锁文件的位置上有别的东西，请删除它',
    ECORRUPT: '状态文件已损坏，未覆盖',
  };
  return `${words[code] ?? '写入失败'}（${code}）`;
}

const errCode = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EUNKNOWN';

/** An errno code in words, for the one line a user reads. */
function explainCode(code: string): string {
  const words: Record<string, string> = {
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    ENOTDIR: 'a file stands where a folder should be',
    EEXIST: 'a file stands where a folder should be',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ELOCKED: 'try again in a moment',
    ELOCKBAD: 'remove it',
    ECORRUPT: 'move it aside to start fresh',
  };
  return words[code] ? `${words[code]}, ${code}` : code;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Taken, held by another langdu, or what stands in its place (a folder, a FIFO, a link): never ours to remove. */
type Lock = 'ok' | 'busy' | string;

function acquire(lock: string): Lock {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      // O_EXCL: never opens what is there (a FIFO would block), nor follows a symbolic link.
      closeSync(openSync(lock, 'wx'));
      return 'ok';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const st = lstatOrNull(lock);
    if (st && !st.isFile()) return st.isDirectory() ? 'a folder' : st.isSymbolicLink() ? 'a symbolic link' : st.isFIFO() ? 'a FIFO' : 'not a regular file';
    // A lock left by a process that died mid-save.
    if (st && Date.now() - st.mtimeMs > LOCK_STALE_MS) rmSync(lock, { force: true });
    if (Date.now() > deadline) return 'busy';
    sleep(20);
  }
}
