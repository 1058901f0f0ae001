// The one way a command gets a Document: load FILE, standard input or the bundled report, and parse it.
import { DEFAULT_DOCUMENT } from '../paths.js';
import { loadBytes, loadFile, readStream, type Loaded } from './load.js';
import { parse, type Document } from './parse.js';

export interface Opened {
  /** The file's path, or `-` when the report came on standard input. */
  path: string;
  loaded: Loaded;
  doc: Document;
}

/** What standard input is called in messages. */
export const STDIN_NAME = 'standard input';

type Stdin = AsyncIterable<Uint8Array> & { isTTY?: boolean; destroy?(): void };

/**
 * FILE as the command line gives it: a path, `-` for standard input, or nothing. Nothing means standard
 * input when it is not a terminal and something comes on it (`cat FILE | langdu outline`), and the
 * bundled report otherwise: a terminal would wait for typing, and /dev/null, or a program that closes
 * it unwritten, sends nothing.
 */
export async function openDocument(file?: string, stdin: Stdin = process.stdin): Promise<Opened> {
  if (file === '-' || (file === undefined && stdin.isTTY !== true)) {
    const bytes = await readStream(stdin, STDIN_NAME);
    if (bytes.length > 0 || file === '-') return opened('-', await loadBytes(bytes, STDIN_NAME));
  }
  const path = file ?? DEFAULT_DOCUMENT;
  return opened(path, await loadFile(path));
}

function opened(path: string, loaded: Loaded): Opened {
  return { path, loaded, doc: parse(loaded.text) };
}
