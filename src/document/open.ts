// The one way a command gets a Document: load FILE, standard input or the bundled report, and parse it.
//
// Opening is the heaviest work langdu does, and while the main thread is busy no signal handler can
// run: Ctrl+C, SIGTERM and SIGHUP would wait for the parse. So a document that may take long (a PDF,
// a Word file, anything that looks like markup, a web page, or text over SMALL_BYTES) is loaded and
// parsed in a worker thread, which a stop ends at once (process.exit terminates it), and which has a
// heap limit of its own: a document that would exhaust memory ends the worker with one line, not the
// process with a native trace. Small plain text, the common case and the bundled report, stays on
// the main thread, where it costs no worker start and its time is bounded by its size.

import { forTerminal, LangduError } from '../errors.js';
import { DEFAULT_DOCUMENT } from '../paths.js';
import { binaryFormat, preferAdapter } from './formats/index.js';
import { type Loaded, type LoadOptions, loadBytes, readFileBytes, readStream } from './load.js';
import { type Document, parse } from './parse.js';
import { fetchUrl, isUrl } from './source.js';

export interface Opened {
  /** The file's path, or `-` when the report came on standard input. */
  path: string;
  loaded: Loaded;
  doc: Document;
}

export interface OpenOptions {
  /** Ends the work at once (the worker is terminated) and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** What standard input is called in messages. */
export const STDIN_NAME = 'standard input';

/**
 * Plain text up to this size is opened on the main thread, where a signal waits for the parse to end.
 * Measured at 128 KiB on a machine under heavy load (load average 17 on 2 cores): a report 41 ms,
 * a marker on every line 36 ms, GBK 81 ms, one blank line after another 111 ms (median of five);
 * several times less on a quiet machine. Anything larger goes to the worker.
 */
export const SMALL_BYTES = 128 * 1024;

type Stdin = AsyncIterable<Uint8Array> & { isTTY?: boolean; destroy?(): void };

/**
 * FILE as the command line gives it: a path, `-` for standard input, or nothing. Nothing means standard
 * input when it is not a terminal and something comes on it (`cat FILE | langdu outline`), and the
 * bundled report otherwise: a terminal would wait for typing, and /dev/null, or a program that closes
 * it unwritten, sends nothing.
 */
export async function openDocument(file?: string, stdin: Stdin = process.stdin, opts: OpenOptions = {}): Promise<Opened> {
  if (file === '-' || (file === undefined && stdin.isTTY !== true)) {
    const bytes = await readStream(stdin, STDIN_NAME);
    if (bytes.length > 0 || file === '-') return { path: '-', ...(await loadAndParseSomewhere(bytes, STDIN_NAME, {}, opts.signal)) };
  }
  const path = file ?? DEFAULT_DOCUMENT;
  // A web address is fetched (source.ts), and the page loaded with the charset its server declared.
  if (isUrl(path)) {
    const { bytes, charset } = await fetchUrl(path);
    return { path, ...(await loadAndParseSomewhere(bytes, path, charset ? { charset } : {}, opts.signal)) };
  }
  const { bytes, name } = await readFileBytes(path);
  return { path, ...(await loadAndParseSomewhere(bytes, name, {}, opts.signal)) };
}

/** bytes → Loaded → Document, here and now; the adapter's title and metadata win over the parser's guesses. */
export async function loadAndParse(bytes: Uint8Array, name: string, load: LoadOptions = {}): Promise<{ loaded: Loaded; doc: Document }> {
  const loaded = await loadBytes(bytes, name, load);
  return { loaded, doc: preferAdapter(parse(loaded.text), loaded) };
}

/** Whether opening these bytes may take long: then it is done in the worker. */
export function mayTakeLong(bytes: Uint8Array, name: string, load: LoadOptions = {}): boolean {
  if (bytes.length > SMALL_BYTES || load.charset !== undefined || binaryFormat(bytes) !== null) return true;
  // Markup (HTML, or a file named so): an HTML parser and Readability run over it. A `<` near the
  // start is enough to send it (in UTF-16 too, where it is 3C 00); a text that has one pays ~20 ms.
  return /\.(x?html?|xml)$/i.test(name) || bytes.subarray(0, 4096).includes(0x3c);
}

async function loadAndParseSomewhere(bytes: Uint8Array, name: string, load: LoadOptions, signal?: AbortSignal) {
  signal?.throwIfAborted();
  const memoryMb = memoryLimitMb(); // a wrong LANGDU_MEMORY_MB is said whichever way the file goes
  const worker = workerFile();
  // From the sources (the unit tests) there is no built worker to start: the same work runs here.
  if (worker === null || !mayTakeLong(bytes, name, load)) return loadAndParse(bytes, name, load);
  const { inWorker } = await import('./worker-host.js');
  return inWorker(worker, { bytes, name, load }, memoryMb, signal);
}

// scripts/build.mjs writes the worker's path, relative to the file this code lands in, over this mark.
const WORKER_MARK = '@@langdu-open-worker@@';

function workerFile(): URL | null {
  const rel: string = WORKER_MARK;
  return rel.startsWith('@@') ? null : new URL(rel, import.meta.url);
}

/** The worker's heap limit in MiB: LANGDU_MEMORY_MB (64 to 16384), else 1024. */
export function memoryLimitMb(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.LANGDU_MEMORY_MB;
  if (asked === undefined || asked === '') return DEFAULT_MEMORY_MB;
  const mb = Number(asked);
  if (!Number.isInteger(mb) || mb < 64 || mb > 16384)
    throw new LangduError(`LANGDU_MEMORY_MB must be a whole number of MiB from 64 to 16384, not "${forTerminal(asked)}"`);
  return mb;
}

const DEFAULT_MEMORY_MB = 1024;
