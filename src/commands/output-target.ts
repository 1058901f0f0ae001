// What `langdu export -o OUT` may replace, decided before anything is synthesized and again just before
// the finished file is renamed into place. Only a regular file (or a new name in a folder that exists)
// is ever replaced; a symbolic link is written through to the file it points to, and stays a link.
// A named pipe, a device (/dev/null, as root) or a socket is refused: renaming over it would replace
// it with a regular file.
import { lstatSync, readlinkSync, type Stats, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LangduError } from '../errors.js';

/** The file to replace, or why there is none (`why; hint`, each a phrase). */
export type Target = { path: string } | { why: string; hint: string };

const MAX_LINKS = 40; // as the kernel's ELOOP limit

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The regular file that writing `out` would replace (absolute, symbolic links followed), or why not. */
export function targetOf(out: string): Target {
  let path = resolve(out);
  for (let links = 0; links <= MAX_LINKS; links++) {
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A new file (or a link to one that does not exist yet): its folder must exist.
      const folder = links === 0 ? dirname(out) : dirname(path);
      if (code === 'ENOENT' && isFolder(dirname(path))) return { path };
      if (code === 'ENOENT')
        return { why: `${links ? `${out} points into folder ${folder}, which` : `folder ${folder}`} does not exist`, hint: 'create it or choose another -o' };
      if (code === 'ENOTDIR') return { why: `${folder} is not a folder`, hint: 'choose another -o' };
      return { why: `cannot use ${out} (${code ?? 'unknown error'})`, hint: 'choose another -o' };
    }
    if (st.isSymbolicLink()) {
      path = resolve(dirname(path), readlinkSync(path));
      continue;
    }
    if (st.isFile()) return { path };
    if (st.isDirectory()) return { why: `${out} is a folder`, hint: 'give a file name such as report.wav (or use --split)' };
    return { why: `${out} is ${kindOf(st)}, not a regular file`, hint: 'export writes only regular files (to stream the audio, use -o - and a pipe)' };
  }
  return { why: `${out} is a loop of symbolic links`, hint: 'choose another -o' };
}

/** The file to replace; a one-line error when there is none. */
export function outputTarget(out: string): string {
  const t = targetOf(out);
  if ('path' in t) return t.path;
  throw new LangduError(`${t.why}; ${t.hint}`);
}

/**
 * Just before the rename: `out` must still lead to the same regular file (a long export leaves time for
 * it to be replaced by a pipe, or the link to be pointed elsewhere). If not, nothing is written.
 */
export function checkTargetUnchanged(out: string, path: string): void {
  const t = targetOf(out);
  if ('path' in t && t.path === path) return;
  const now = 'path' in t ? `${out} now leads to ${t.path}` : t.why;
  throw new LangduError(`${now}: it changed during the export, so it was left as it is and nothing was written`);
}

/**
 * The folder `--split` writes into: one that exists, or a new one it makes (its parent must exist,
 * as for a single file). Returns whether it has to be made.
 */
export function splitFolder(out: string): { create: boolean } {
  let st: Stats | null = null;
  try {
    st = statSync(out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new LangduError(`cannot use ${out} (${code ?? 'unknown error'}); choose another -o`);
  }
  if (st) {
    if (!st.isDirectory()) throw new LangduError(`${out} is not a folder; --split writes one file per part into a folder`);
    return { create: false };
  }
  if (isLink(out)) throw new LangduError(`${out} is a symbolic link to a folder that does not exist; create it or choose another -o`);
  if (!isFolder(dirname(resolve(out)))) throw new LangduError(`folder ${dirname(out)} does not exist; create it or choose another -o`);
  return { create: true };
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
