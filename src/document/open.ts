// The one way a command gets a Document: load FILE, standard input or the bundled report, and parse it.
import { DEFAULT_DOCUMENT } from '../paths.js';
import { preferAdapter } from './formats/index.js';
import { type Loaded, loadBytes, loadFile, readStream } from './load.js';
import { type Document, parse } from './parse.js';
import { isUrl, loadUrl } from './source.js';

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
  // A web address is fetched (source.ts); everything else is a file.
  return opened(path, isUrl(path) ? await loadUrl(path) : await loadFile(path));
}

/** The adapter's title and metadata, where a format gave them, win over the parser's guesses. */
function opened(path: string, loaded: Loaded): Opened {
  return { path, loaded, doc: preferAdapter(parse(loaded.text), loaded) };
}
