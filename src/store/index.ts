// What lasts between runs: per-document state (resume position, bookmarks, script) under the XDG state
// folder, and settings under the XDG config folder. Rules: writes are atomic (temp file + rename),
// read-modify-write happens under a lock file so two langdu processes merge instead of clobbering,
// and a corrupt file is moved aside with a one-line warning, never overwritten and never a crash.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import envPaths from 'env-paths';
import type { Bookmark, Position } from '../reader/state.js';
import { isScript, type Script } from '../script/index.js';

export interface DocState {
  position: Position | null;
  bookmarks: Bookmark[];
  script: Script | null;
}

export interface Settings {
  script?: Script;
  /** Speech rate (words per minute, the espeak-ng scale) and voice id, as last chosen. */
  rate?: number;
  voice?: string;
  /** Say-all announces each part and section it enters. */
  announceHeadings?: boolean;
  [key: string]: unknown;
}

export interface StoreDirs {
  state: string;
  config: string;
}

export function defaultDirs(): StoreDirs {
  const p = envPaths('langdu', { suffix: '' });
  // env-paths calls XDG_STATE_HOME "log"; it is the XDG state folder (~/.local/state/langdu).
  return { state: p.log, config: p.config };
}

/** A document's key: a hash of its text, so a moved or renamed file still resumes. */
export function documentKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

const EMPTY: DocState = { position: null, bookmarks: [], script: null };
const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 1_000;

export class Store {
  constructor(
    readonly dirs: StoreDirs = defaultDirs(),
    private readonly warn: (line: string) => void = () => {},
  ) {}

  docFile(key: string): string {
    return join(this.dirs.state, 'documents', `${key}.json`);
  }

  settingsFile(): string {
    return join(this.dirs.config, 'settings.json');
  }

  loadDoc(key: string): DocState {
    return this.read(this.docFile(key), parseDocState) ?? { ...EMPTY, bookmarks: [] };
  }

  /**
   * Save a document's state. `base` is what this process loaded: bookmarks another process added or
   * removed since then are kept that way (a three-way merge), so two open readers do not lose work.
   * Returns what was written (the base for the next save), or null when nothing could be.
   */
  saveDoc(key: string, next: DocState, base: DocState): DocState | null {
    return this.update(this.docFile(key), parseDocState, (current) => ({
      position: next.position,
      script: next.script,
      bookmarks: mergeBookmarks(base.bookmarks, next.bookmarks, current?.bookmarks ?? base.bookmarks),
    }));
  }

  loadSettings(): Settings {
    return this.read(this.settingsFile(), parseSettings) ?? {};
  }

  saveSettings(patch: Settings): Settings | null {
    return this.update(this.settingsFile(), parseSettings, (current) => ({ ...(current ?? {}), ...patch }));
  }

  // -------------------------------------------------------------------------------------------------

  /** Read and validate; a file that is not valid is moved aside (and said so), giving null. */
  private read<T>(file: string, parse: (v: unknown) => T | null): T | null {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') this.warn(`langdu: warning: cannot read ${file} (${code}); starting without it`);
      return null;
    }
    let value: T | null = null;
    try {
      value = parse(JSON.parse(text));
    } catch {
      value = null;
    }
    if (value !== null) return value;
    const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, aside);
      this.warn(`langdu: warning: ${file} was corrupt; moved it aside as ${basename(aside)} and started fresh`);
    } catch {
      this.warn(`langdu: warning: ${file} is corrupt and could not be moved aside; leaving it untouched`);
      this.corrupt.add(file);
    }
    return null;
  }

  /** Files found corrupt that could not be moved aside: never write over them. */
  private readonly corrupt = new Set<string>();

  private update<T>(file: string, parse: (v: unknown) => T | null, change: (current: T | null) => T): T | null {
    if (this.corrupt.has(file)) return null;
    try {
      mkdirSync(join(file, '..'), { recursive: true });
    } catch (e) {
      this.warn(`langdu: warning: cannot create ${join(file, '..')} (${(e as NodeJS.ErrnoException).code}); not saved`);
      return null;
    }
    const lock = `${file}.lock`;
    if (!acquire(lock)) {
      this.warn(`langdu: warning: another langdu is saving ${file}; not saved this time`);
      return null;
    }
    try {
      const current = this.read(file, parse);
      if (this.corrupt.has(file)) return null;
      const value = change(current);
      writeAtomic(file, JSON.stringify(value, null, 2) + '\n');
      return value;
    } catch (e) {
      this.warn(`langdu: warning: cannot save ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return null;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquire(lock: string): boolean {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    try {
      // A lock left by a process that died mid-save.
      if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { force: true });
    } catch {
      // it went away by itself: try again
    }
    if (Date.now() > deadline) return false;
    sleep(20);
  }
}

export function writeAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

const bookmarkKey = (b: Position) => `${b.id}#${b.sentence}`;

/** (current − what we removed) ∪ what we added, in order. */
export function mergeBookmarks(base: Bookmark[], ours: Bookmark[], current: Bookmark[]): Bookmark[] {
  const baseKeys = new Set(base.map(bookmarkKey));
  const ourKeys = new Set(ours.map(bookmarkKey));
  const removed = new Set([...baseKeys].filter((k) => !ourKeys.has(k)));
  const out = current.filter((b) => !removed.has(bookmarkKey(b)));
  const have = new Set(out.map(bookmarkKey));
  for (const b of ours) if (!baseKeys.has(bookmarkKey(b)) && !have.has(bookmarkKey(b))) out.push(b);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Validation: a file that parses as JSON but has the wrong shape is as corrupt as one that does not.

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parsePosition(v: unknown): Position | null {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.sentence !== 'number' || !Number.isInteger(v.sentence) || v.sentence < 0) return null;
  return { id: v.id, sentence: v.sentence };
}

function parseDocState(v: unknown): DocState | null {
  if (!isObject(v) || !Array.isArray(v.bookmarks)) return null;
  const position = v.position === null ? null : parsePosition(v.position);
  if (v.position !== null && position === null) return null;
  const bookmarks: Bookmark[] = [];
  for (const b of v.bookmarks) {
    const p = parsePosition(b);
    if (!p || !isObject(b) || typeof b.label !== 'string') return null;
    bookmarks.push({ ...p, label: b.label, created: typeof b.created === 'string' ? b.created : '' });
  }
  const script = typeof v.script === 'string' && isScript(v.script) ? v.script : null;
  return { position, bookmarks, script };
}

function parseSettings(v: unknown): Settings | null {
  if (!isObject(v)) return null;
  if (v.script !== undefined && !(typeof v.script === 'string' && isScript(v.script))) delete v.script;
  if (v.rate !== undefined && !(typeof v.rate === 'number' && v.rate >= 80 && v.rate <= 450)) delete v.rate;
  if (v.voice !== undefined && typeof v.voice !== 'string') delete v.voice;
  if (v.announceHeadings !== undefined && typeof v.announceHeadings !== 'boolean') delete v.announceHeadings;
  return v as Settings;
}
