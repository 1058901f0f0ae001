// The main thread's side of the worker that opens a document (open-worker.ts): the bytes go over
// (transferred, not copied), the Loaded text and the Document come back, and an error keeps its
// class: a LangduError (the file's fault: one line, its exit code) stays one, anything else is a bug.
import { Worker } from 'node:worker_threads';
import { forTerminal, LangduError } from '../errors.js';
import { workerStarted } from '../live-workers.js';
import type { Loaded, LoadOptions } from './load.js';
import type { Document } from './parse.js';

export interface Job {
  bytes: Uint8Array;
  name: string;
  load: LoadOptions;
}

/** What the worker posts: the result, or its error in a form that crosses the boundary. */
export type Reply = { opened: { loaded: Loaded; doc: Document } } | { error: WireError };
export interface WireError {
  langdu: boolean;
  message: string;
  exitCode: 1 | 2;
}

export function toWire(e: unknown): WireError {
  if (e instanceof LangduError) return { langdu: true, message: e.message, exitCode: e.exitCode };
  return { langdu: false, message: e instanceof Error ? e.message : String(e), exitCode: 1 };
}

function fromWire(w: WireError): Error {
  return w.langdu ? new LangduError(w.message, w.exitCode) : new Error(w.message);
}

/** Open `job` in a worker started from `file`. Its bytes are handed over: the caller's view is emptied. */
export function inWorker(file: URL, job: Job, memoryMb: number, signal?: AbortSignal): Promise<{ loaded: Loaded; doc: Document }> {
  // Transferred, the bytes leave this thread: give the worker a buffer of their own (a Buffer may be a
  // view of a larger one, or of Node's shared pool).
  const own = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength ? job.bytes : job.bytes.slice();
  const worker = new Worker(file, {
    workerData: { ...job, bytes: own },
    transferList: [own.buffer as ArrayBuffer],
    // The backstop behind the format adapters' own budgets: past this the worker dies, not langdu.
    resourceLimits: { maxOldGenerationSizeMb: memoryMb },
  });
  worker.once('exit', workerStarted());
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => settle(() => reject(signal!.reason));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: Reply) => settle(() => ('error' in m ? reject(fromWire(m.error)) : resolve(m.opened))));
    worker.on('error', (e: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new LangduError(
                `${forTerminal(job.name)} needs more than langdu's ${memoryMb} MiB to open; split it into smaller files, or allow more with LANGDU_MEMORY_MB=${memoryMb * 2}`,
              )
            : e,
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`the worker opening ${job.name} ended without a document (exit code ${code})`))));
  });
}
