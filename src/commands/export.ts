// `langdu export`: speech to WAV. Long text is synthesized in pieces (so there is progress to show and
// nothing hits an argument or memory limit), joined into a file beside the target, then renamed into
// place: after Ctrl+C or an error no half-written file remains. What -o may replace is decided first,
// before anything is loaded (output-target.ts); `-o -` sends the WAV to standard output instead.

import { once } from 'node:events';
import { createReadStream, mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DocIndex, HEAD } from '../document/address.js';
import { openDocument } from '../document/open.js';
import { sentenceStream } from '../document/reading.js';
import { LangduError, UsageError } from '../errors.js';
import { type Cue, cuePcm } from '../speech/earcons.js';
import type { Engine } from '../speech/types.js';
import { engineText, spokenUtterances, type Utterance } from '../speech/utterances.js';
import { joinWavs, readWavLayout, wavOf } from '../speech/wav.js';
import type { Io } from './io.js';
import { checkTargetUnchanged, outputTarget, splitFolder } from './output-target.js';
import { type StopScope, stopScope } from './signals.js';
import { loadReadingFor, readingRange, type SpeechOptions, speakingEngine } from './speak.js';

export interface ExportArgs {
  file?: string;
  at?: string;
  out: string;
  split: boolean;
  speech: SpeechOptions;
}

const PIECE_CHARS = 3000;

interface Job {
  /** As the user named it (for messages); '-' for standard output. */
  out: string;
  /** The regular file to replace (symbolic links followed); null for standard output. */
  target: string | null;
  /** The engine's input in pieces of at most ~PIECE_CHARS, and the pauses and earcons between them. */
  pieces: (string | Cue)[];
}

function piecesOf(next: () => Utterance<unknown> | null, readsPinyin: boolean): (string | Cue)[] {
  const pieces: (string | Cue)[] = [];
  let cur = '';
  for (let u = next(); u; u = next()) {
    const text = engineText(u, readsPinyin);
    if (cur && (cur.length + text.length > PIECE_CHARS || u.pauseMs)) {
      pieces.push(cur);
      cur = '';
    }
    if (u.pauseMs) pieces.push({ pauseMs: u.pauseMs, ...(u.earcon ? { earcon: u.earcon } : {}) });
    cur += (cur ? '\n' : '') + text;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** A file name from an id and a title: no path separators or control characters, not too long. */
export function fileNameFor(id: string, title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
  return `${id}${clean ? `-${clean}` : ''}.wav`;
}

export async function exportAudio(io: Io, args: ExportArgs): Promise<number> {
  // Stop signals are ours from the first line: a Ctrl+C while the document or the engine loads is a stop.
  const stop = stopScope();
  let work: string | null = null;
  const partials: string[] = [];
  let madeFolder: string | null = null;
  // What a stop or a failure must not leave behind. Also run on process.exit (a second Ctrl+C after
  // this command let go, an internal error, a closed pipe on -o -), which skips `finally`.
  const cleanUp = () => {
    for (const p of partials.splice(0)) rmSync(p, { force: true });
    if (work) rmSync(work, { recursive: true, force: true });
    work = null;
    if (madeFolder) rmEmptyFolder(madeFolder);
    madeFolder = null;
  };
  process.on('exit', cleanUp);
  let barShown = false;
  const progress = (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    barShown = true;
    io.err(`\r${bar(done, total)} ${done}/${total}`);
  };
  const toStdout = args.out === '-';
  try {
    // Where the audio goes is settled before anything is loaded or synthesized.
    let single: string | null = null;
    let folder = { create: false };
    if (toStdout) {
      if (process.stdout.isTTY)
        throw new UsageError('-o - writes the audio to standard output, which is a terminal here; pipe it (langdu export -o - | aplay) or give a file name');
    } else if (args.split) folder = splitFolder(args.out);
    else single = outputTarget(args.out);

    const { doc } = await stop.race(openDocument(args.file));
    const index = new DocIndex(doc);
    const { item, scope } = readingRange(index, args.at);

    const { engine, voice, script } = await stop.race(speakingEngine(args.speech));
    const readsPinyin = engine.readsPinyin?.(voice) ?? false;
    await stop.race(loadReadingFor(io, readsPinyin));
    const utter = (from: number, sc: 'node' | 'all') =>
      piecesOf(spokenUtterances(sentenceStream(index, { item: from, sentence: 0 }, sc), script, { earcons: args.speech.earcons ?? true }), readsPinyin);

    const jobs: Job[] = [];
    if (args.split) {
      const entry = index.entry(item);
      const parts = entry
        ? entry.node.children.map((n) => index.entryOf(n).index)
        : [...(index.hasHead ? [HEAD] : []), ...doc.nodes.map((n) => index.entryOf(n).index)];
      for (const p of parts.length ? parts : [item]) {
        const node = index.entry(p)?.node ?? null;
        const out = join(args.out, node ? fileNameFor(node.id, node.title) : fileNameFor('0', doc.title ?? '开头'));
        // In a folder that is already there, each file is checked like a single -o.
        jobs.push({ out, target: folder.create ? resolve(out) : outputTarget(out), pieces: utter(p, 'node') });
      }
    } else jobs.push({ out: args.out, target: single, pieces: utter(item, scope) });
    if (jobs.every((j) => !j.pieces.some((p) => typeof p === 'string'))) throw new LangduError('nothing to read there (no text)');

    stop.check();
    work = workFolder();
    if (folder.create) {
      mkdirSync(args.out);
      madeFolder = args.out;
    }
    const total = jobs.reduce((n, j) => n + j.pieces.filter((p) => typeof p === 'string').length, 0);
    let done = 0;
    let seconds = 0;
    progress(0, total);
    for (const job of jobs) {
      const made: (string | Cue)[] = [];
      for (const [k, piece] of job.pieces.entries()) {
        if (typeof piece !== 'string') {
          made.push(piece);
          continue;
        }
        const file = join(work, `${made.length}-${k}.wav`);
        await synthesize(engine, piece, { rate: args.speech.rate ?? engine.defaultRate, ...(voice ? { voice } : {}) }, file, stop.signal, work);
        made.push(file);
        progress(++done, total);
      }
      // Pauses and earcons become WAV files in the speech's own format, joined in between.
      const firstFile = made.find((m): m is string => typeof m === 'string');
      if (!firstFile) continue;
      const fmt = readWavLayout(firstFile).fmt;
      const folderNow = work;
      const files = made.map((m, k) => {
        if (typeof m === 'string') return m;
        const file = join(folderNow, `${k}-cue.wav`);
        writeFileSync(file, wavOf(cuePcm(m, true, fmt), fmt));
        return file;
      });
      if (!job.target) {
        const joined = join(work, 'all.wav');
        seconds += joinInto(files, joined, temporaryFolder(work), TMP_HINT).seconds;
        await copyToStdout(joined, stop);
        continue;
      }
      // Beside the file it replaces (the target of a link, not the link), so the rename stays in one folder.
      const partial = join(dirname(job.target), `.${basename(job.target)}.partial-${process.pid}`);
      partials.push(partial);
      seconds += joinInto(files, partial, `folder ${dirname(job.target)}`, 'or choose another -o').seconds;
      stop.check();
      checkTargetUnchanged(job.out, job.target);
      renameSync(partial, job.target);
      partials.pop();
      for (const f of files) rmSync(f, { force: true });
    }
    madeFolder = null; // finished: the new folder stays
    if (barShown) io.err('\n');
    const m = Math.floor(seconds / 60);
    const length = `${m}:${String(Math.round(seconds % 60)).padStart(2, '0')} of audio`;
    // With -o -, standard output is the audio: the report goes to stderr.
    if (toStdout) io.err(`wrote the WAV to standard output (${length})\n`);
    else io.out(`wrote ${args.split ? `${jobs.length} files to ${args.out}` : args.out} (${length})\n`);
    return 0;
  } catch (e) {
    if (barShown) io.err('\n');
    if (stop.signal.aborted) {
      io.err('langdu: export stopped; no partial file was left\n');
      return 130;
    }
    throw e instanceof LangduError ? e : new LangduError(`export failed: ${(e as Error).message}`);
  } finally {
    stop.dispose();
    cleanUp();
    process.off('exit', cleanUp);
  }
}

/** The joined WAV to standard output, minding back-pressure; a stop ends it. */
async function copyToStdout(file: string, stop: StopScope): Promise<void> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    stop.check();
    if (!process.stdout.write(chunk as Buffer)) await stop.race(once(process.stdout, 'drain'));
  }
}

function rmEmptyFolder(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // not empty (someone else's files), or already gone: leave it
  }
}

const TMP_HINT = 'or set TMPDIR to another folder';
const temporaryFolder = (path = tmpdir()) => `the temporary folder ${path}`;

/** The export's own folder in TMPDIR; a TMPDIR that is missing, full or read-only is named as such. */
function workFolder(): string {
  try {
    return mkdtempSync(join(tmpdir(), 'langdu-export-'));
  } catch (e) {
    throw new LangduError(folderProblem(temporaryFolder(), e as NodeJS.ErrnoException, TMP_HINT));
  }
}

/** Why a folder (`what`: "folder /x") cannot take a file, and what to do; `hint` starts with "or". */
export function folderProblem(what: string, e: NodeJS.ErrnoException, hint: string): string {
  switch (e.code) {
    case 'ENOENT':
      return `${what} does not exist; create it ${hint}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `no space left in ${what} (${e.code}); free some space there ${hint}`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `cannot write in ${what} (${e.code}); fix its permissions ${hint}`;
    case 'ENOTDIR':
      return `${what} is not a folder; ${hint.replace(/^or /, '')}`;
    default:
      return `cannot write in ${what} (${e.code ?? e.message}); ${hint.replace(/^or /, '')}`;
  }
}

/** Whether `dir` takes a small file now: null, or the error that says why not. */
function probeFolder(dir: string): NodeJS.ErrnoException | null {
  const probe = join(dir, `.langdu-probe-${process.pid}`);
  try {
    writeFileSync(probe, Buffer.alloc(64 * 1024));
    return null;
  } catch (e) {
    return e as NodeJS.ErrnoException;
  } finally {
    rmSync(probe, { force: true });
  }
}

/** Join the audio into a file in `dir`; a failure there (full, read-only) is reported as the folder's. */
function joinInto(files: string[], out: string, what: string, hint: string): { seconds: number } {
  try {
    return joinWavs(files, out);
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e; // a bad WAV, not the folder
    throw new LangduError(folderProblem(what, e as NodeJS.ErrnoException, hint));
  }
}

async function synthesize(
  engine: Engine,
  text: string,
  opts: { rate: number; voice?: string },
  file: string,
  signal: AbortSignal,
  work: string,
): Promise<void> {
  try {
    if (!engine.synthesize) throw new LangduError(`${engine.label} cannot write audio files; use --engine espeak-ng`);
    await engine.synthesize(text, opts, file, signal);
  } catch (e) {
    if (signal.aborted) throw e;
    // An engine only sees that no audio came out ("wrote no audio"); a full or unwritable TMPDIR is the
    // usual reason, and the one the user can fix.
    const cause = probeFolder(work);
    throw cause ? new LangduError(folderProblem(temporaryFolder(work), cause, TMP_HINT)) : e;
  }
  if (signal.aborted) throw new Error('stopped');
}

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `导出 [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}
