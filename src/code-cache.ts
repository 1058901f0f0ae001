// A V8 code cache for the bundle's CommonJS chunks (Node 22's module.enableCompileCache, which Node 20
// lacks). Without it every start parses and compiles each chunk again, and compiles each function the
// first time it runs: for `langdu speak` that is ~40 ms of top-level compiling (pinyin-pro's chunk is
// most of it) and as much again in functions. With it V8 deserializes what it compiled last time.
//
// The cache is untrusted input (DESIGN.md, "Trust at the edges"): V8 checks little of what it is given
// (its version and flags, and the source's length), so a stale or damaged file could run other code or
// crash it. A file is used only when all of this holds, and otherwise ignored and made again:
// - it is a regular file, not a symbolic link, owned by this user and writable by no one else, in a
//   folder of ours that is neither a symbolic link nor writable by others;
// - its header names this format, this Node, V8, platform and architecture, and the chunk's name;
// - the chunk's source has the length and CRC-32 the header gives (a new build, a hand-edited chunk);
// - the cached bytes have the length and CRC-32 the header gives (truncated, damaged);
// - V8 accepts it (otherwise `cachedDataRejected`).
// It is written once, at exit, for the chunks that had no usable cache (then it holds every function
// that run compiled), atomically (a new file beside it, renamed over it) and only inside its folder. A
// folder or file that cannot be made or read only costs the time the cache would have saved.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { readAtMost } from './state-file.js';

const MAGIC = 'langdu-v8-code-cache 1';
/** No chunk's cache comes near this (pinyin-pro's, the largest, is ~0.9 MB). */
export const CODE_CACHE_LIMIT = 32 * 1024 * 1024;
const HEADER_LIMIT = 1024;

/** What a cache file must have been made by: this format, Node, V8 and machine. */
function runtimeKey(): string {
  return [MAGIC, process.version, process.versions.v8, process.platform, process.arch].join(' ');
}

interface Header {
  key: string;
  chunk: string;
  sourceLength: number;
  sourceCrc: number;
  dataLength: number;
  dataCrc: number;
}

const sourceOf = (source: string) => ({ sourceLength: source.length, sourceCrc: crc32(source) });

/** A cache file: one line of JSON (the header), then the bytes V8 made. */
export function encodeCodeCache(chunk: string, source: string, data: Buffer): Buffer {
  const header: Header = { key: runtimeKey(), chunk, ...sourceOf(source), dataLength: data.length, dataCrc: crc32(data) };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]);
}

/** The V8 bytes in `bytes` if its header fits this chunk's source and this runtime, else null. */
export function decodeCodeCache(bytes: Buffer, chunk: string, source: string): Buffer | null {
  const nl = bytes.subarray(0, HEADER_LIMIT).indexOf(10);
  if (nl < 0) return null;
  let h: Partial<Header>;
  try {
    h = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as Partial<Header>;
  } catch {
    return null;
  }
  if (!h || typeof h !== 'object' || h.key !== runtimeKey() || h.chunk !== chunk) return null;
  const s = sourceOf(source);
  if (h.sourceLength !== s.sourceLength || h.sourceCrc !== s.sourceCrc) return null;
  const data = bytes.subarray(nl + 1);
  if (h.dataLength !== data.length || h.dataCrc !== crc32(data)) return null;
  return data;
}

const uid = () => (typeof process.getuid === 'function' ? process.getuid() : null);
/** Ours and writable only by us (on systems with owners; Windows has neither). */
const ours = (st: { uid: number; mode: number }) => {
  const me = uid();
  return me === null || (st.uid === me && (st.mode & 0o022) === 0);
};

/** The folder for `chunksDir`'s caches: made (0700) if missing; null when it is not a safe place of ours. */
export function codeCacheFolder(cacheRoot: string, chunksDir: string): string | null {
  // One folder per installed copy of langdu, so two installs do not take each other's caches for stale.
  const code = join(cacheRoot, 'code');
  const dir = join(code, crc32(chunksDir).toString(16).padStart(8, '0'));
  try {
    mkdirSync(cacheRoot, { recursive: true, mode: 0o700 });
    // Below the cache root, one folder at a time, each checked before the next is made in it: a
    // symbolic link there (to somewhere else) is not followed, not even to make a folder.
    for (const d of [code, dir]) {
      try {
        mkdirSync(d, { mode: 0o700 });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return null;
      }
      const st = lstatSync(d);
      if (!st.isDirectory() || !ours(st)) return null;
    }
    return dir;
  } catch {
    return null;
  }
}

/** The cache bytes kept for `chunk` in `dir`, if they are usable for `source`; never follows a symbolic link. */
export function readCodeCache(dir: string, chunk: string, source: string): Buffer | null {
  let fd: number;
  try {
    // O_NOFOLLOW: a symbolic link in the folder is not opened; O_NONBLOCK: nor does a FIFO hang us.
    fd = openSync(join(dir, `${chunk}.v8`), constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !ours(st) || st.size > CODE_CACHE_LIMIT) return null;
    const bytes = readAtMost(fd, CODE_CACHE_LIMIT);
    return bytes ? decodeCodeCache(bytes, chunk, source) : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Keep `data` for `chunk` in `dir`: a new file (never an existing one, nor through a link) renamed into place. */
export function writeCodeCache(dir: string, chunk: string, source: string, data: Buffer): void {
  const file = join(dir, `${chunk}.v8`);
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      const bytes = encodeCodeCache(chunk, source, data);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** Remove the caches in `dir` of chunks this build no longer has (an older build's). */
function dropStale(dir: string, chunksDir: string): void {
  try {
    const have = new Set(readdirSync(chunksDir));
    for (const f of readdirSync(dir)) {
      const chunk = f.replace(/\.v8(\.tmp-.*)?$/, '');
      if (chunk !== f && !have.has(chunk) && lstatSync(join(dir, f)).isFile()) rmSync(join(dir, f), { force: true });
    }
  } catch {
    // Left for another time.
  }
}

type Compile = (this: Module, content: string, filename: string) => unknown;

export interface CodeCacheHandle {
  /** The chunks whose kept cache V8 took. */
  used: string[];
  /** Write what is missing now and compile as Node does again. */
  stop: () => void;
}

/**
 * From now on, CommonJS files in `chunksDir` are compiled with the code cache kept under `cacheRoot`
 * (made at exit where it was missing or unusable).
 */
export function installCodeCache(chunksDir: string, cacheRoot: string): CodeCacheHandle {
  const proto = Module.prototype as unknown as { _compile: Compile };
  const original = proto._compile;
  const prefix = chunksDir.endsWith(sep) ? chunksDir : chunksDir + sep;
  let dir: string | null | undefined;
  const made: [vm.Script, string, string][] = [];
  const used: string[] = [];
  proto._compile = function (this: Module, content: string, filename: string) {
    if (!filename.startsWith(prefix) || !filename.endsWith('.js') || filename.includes(sep, prefix.length)) {
      return original.call(this, content, filename);
    }
    if (dir === undefined) dir = codeCacheFolder(cacheRoot, chunksDir);
    const chunk = basename(filename);
    const cachedData = dir ? readCodeCache(dir, chunk, content) : null;
    const script = new vm.Script(Module.wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
      // import() in a chunk (of an ES module chunk) works as it does in a CommonJS file.
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (dir && (!cachedData || script.cachedDataRejected)) made.push([script, chunk, content]);
    else if (cachedData) used.push(chunk);
    const fn = script.runInThisContext() as (...a: unknown[]) => unknown;
    const mod = this as Module & { require: (id: string) => unknown };
    const req = Object.assign((id: string) => mod.require(id), {
      resolve: (request: string, options?: { paths?: string[] }) =>
        (Module as unknown as { _resolveFilename: (r: string, m: Module, main: boolean, o?: unknown) => string })._resolveFilename(
          request,
          mod,
          false,
          options,
        ),
      cache: (Module as unknown as { _cache: unknown })._cache,
    });
    return fn.call(mod.exports, mod.exports, req, mod, filename, dirname(filename));
  };
  const save = () => {
    if (!dir || made.length === 0) return;
    for (const [script, chunk, content] of made.splice(0)) {
      try {
        writeCodeCache(dir, chunk, content, script.createCachedData());
      } catch {
        // Not kept: compiled again next time.
      }
    }
    dropStale(dir, chunksDir);
  };
  process.on('exit', save);
  return {
    used,
    stop: () => {
      proto._compile = original;
      process.off('exit', save);
      save();
    },
  };
}
