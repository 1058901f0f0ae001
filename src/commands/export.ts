// `langdu export`: speech to a WAV or MP3 file (the extension of -o chooses). Long text is synthesized in
// pieces (so there is progress to show and nothing hits an argument or memory limit), each piece going
// straight into a file beside the target (encoded on the way for MP3), which is renamed into place at
// the end: after Ctrl+C or an error no half-written file remains. What -o may replace is decided
// first, before anything is loaded (output-target.ts); `-o -` sends the audio to standard output instead
// (every piece synthesized first, so that the header knows the length, then streamed as it is encoded).
// An MP3 carries the report's title and source and a chapter per part and section (speech/id3.ts).

import { mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { categoryOf, DocIndex, HEAD } from '../document/address.js';
import { openDocument } from '../document/open.js';
import { announcedHeading, sentenceStream } from '../document/reading.js';
import { isUrl } from '../document/source.js';
import { forTerminal, LangduError, UsageError } from '../errors.js';
import { HEAD_WORD } from '../export/book.js';
import { convert, loadScript, type Script } from '../script/index.js';
import { AudioFile, type AudioFormat, type AudioItem, fileSink, planOf, streamSink } from '../speech/audio-file.js';
import type { Cue } from '../speech/earcons.js';
import type { Id3Tags } from '../speech/id3.js';
import type { Engine } from '../speech/types.js';
import { engineText, spokenUtterances, type Utterance } from '../speech/utterances.js';
import type { Io } from './io.js';
import { checkTargetUnchanged, outputTarget, splitFolder } from './output-target.js';
import { stopScope } from './signals.js';
import { loadReadingFor, readingRange, type SpeechOptions, speakingEngine } from './speak.js';

export interface ExportArgs {
  file?: string;
  at?: string;
  out: string;
  split: boolean;
  /** What to write: cli.tsx settles it from the extension of `out`, or --format for - and --split. */
  format: AudioFormat;
  /** The script of the chapter titles and --split file names (default: as the report is written). */
  script?: Script;
  speech: SpeechOptions;
}

const PIECE_CHARS = 3000;

/** A chapter starts here (before the pause and earcon that open it): its title as announced. */
interface ChapterMark {
  chapter: string;
}
type Piece = string | Cue | ChapterMark;

interface Job {
  /** As the user named it (for messages); '-' for standard output. */
  out: string;
  /** The regular file to replace (symbolic links followed); null for standard output. */
  target: string | null;
  /** The engine's input in pieces of at most ~PIECE_CHARS, the pauses and earcons between them, and where chapters start. */
  pieces: Piece[];
  /** MP3: what the file is (the report, or the part), for its tags. */
  title: string | null;
}

const isMark = (p: Piece): p is ChapterMark => typeof p === 'object' && 'chapter' in p;

function piecesOf(next: () => Utterance<{ item: number; sentence: number }> | null, readsPinyin: boolean, chapterOf: (item: number) => string | null): Piece[] {
  const pieces: Piece[] = [];
  let cur = '';
  let marked = -1;
  for (let u = next(); u; u = next()) {
    const text = engineText(u, readsPinyin);
    // A chapter starts with the first utterance of an item's first sentence (its heading).
    const chapter = u.key.sentence === 0 && u.key.item !== marked ? chapterOf(u.key.item) : null;
    if (u.key.sentence === 0) marked = u.key.item;
    if (cur && (cur.length + text.length > PIECE_CHARS || u.pauseMs || chapter !== null)) {
      pieces.push(cur);
      cur = '';
    }
    if (chapter !== null) pieces.push({ chapter });
    if (u.pauseMs) pieces.push({ pauseMs: u.pauseMs, ...(u.earcon ? { earcon: u.earcon } : {}) });
    cur += (cur ? '\n' : '') + text;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** An item's chapter title, as announced, in the chosen script: the head, parts and sections (points are not chapters). */
function chapterTitle(index: DocIndex, item: number, script: Script): string | null {
  const entry = index.entry(item);
  if (!entry) return convert(index.doc.title ?? HEAD_WORD, script);
  return categoryOf(entry.node) === 'point' ? null : convert(announcedHeading(index, entry), script);
}

/**
 * A file name from an id and a title: no path separators, no control, bidi or other invisible format
 * characters (a name that shows one thing and is another), and at most 40 characters, cut between
 * code points so a character outside the BMP is never split into a lone surrogate.
 */
export function fileNameFor(id: string, title: string, format: AudioFormat = 'wav'): string {
  const clean = Array.from(
    title
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\p{Cs}/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .slice(0, 40)
    .join('')
    .trim();
  return `${id}${clean ? `-${clean}` : ''}.${format}`;
}

export async function exportAudio(io: Io, args: ExportArgs): Promise<number> {
  // Stop signals are ours from the first line: a Ctrl+C while the document or the engine loads is a stop.
  const stop = stopScope();
  let work: string | null = null;
  const partials: string[] = [];
  let madeFolder: string | null = null;
  /** Files of a --split already complete: a stop keeps them (each is a whole part) and says so. */
  let finished = 0;
  let writing: AudioFile | null = null;
  // What a stop or a failure must not leave behind. Also run on process.exit (a second Ctrl+C after
  // this command let go, an internal error, a closed pipe on -o -), which skips `finally`.
  const cleanUp = () => {
    writing?.close();
    writing = null;
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
    io.status(`${bar(done, total)} ${done}/${total}`);
  };
  const toStdout = args.out === '-';
  const format = args.format;
  try {
    // Where the audio goes is settled before anything is loaded or synthesized.
    let single: string | null = null;
    let folder = { create: false };
    if (toStdout) {
      if (process.stdout.isTTY)
        throw new UsageError('-o - writes the audio to standard output, which is a terminal here; pipe it (langdu export -o - | aplay) or give a file name');
    } else if (args.split) folder = splitFolder(args.out);
    else single = outputTarget(args.out);

    const { doc, path: source } = await stop.race(openDocument(args.file, undefined, { signal: stop.signal }));
    const index = new DocIndex(doc);
    const { item, scope } = readingRange(index, args.at);

    const { engine, voice, voiceName, voiceSaved, script: voiceScript } = await stop.race(speakingEngine(args.speech));
    // What is shown (chapter titles, file names) follows --script; what is said, the voice's script.
    const script = args.script ?? 'original';
    await stop.race(loadScript(script));
    const readsPinyin = engine.readsPinyin?.(voice) ?? false;
    await stop.race(loadReadingFor(io, readsPinyin));
    const utter = (from: number, sc: 'node' | 'all', own = false) => {
      const whole = sentenceStream(index, { item: from, sentence: 0 }, sc);
      // A node's own text alone (own): its heading and body, up to the first node under it.
      const stream = own
        ? () => {
            const s = whole();
            return s && s.item === from ? s : null;
          }
        : whole;
      return piecesOf(spokenUtterances(stream, voiceScript, { earcons: args.speech.earcons ?? true }), readsPinyin, (k) => chapterTitle(index, k, script));
    };
    // What a file is, for its tags: the report, or the part (as announced).
    const titleOf = (k: number) => {
      const entry = index.entry(k);
      return entry ? convert(announcedHeading(index, entry), script) : doc.title ? convert(doc.title, script) : null;
    };

    const jobs: Job[] = [];
    if (args.split) {
      const entry = index.entry(item);
      // The whole report: the head, then each part. One node: its own heading and text first (as the head
      // is for the report, so that no heading is lost), then each node under it.
      const parts: { item: number; own: boolean }[] = entry
        ? [{ item, own: entry.node.children.length > 0 }, ...entry.node.children.map((n) => ({ item: index.entryOf(n).index, own: false }))]
        : [...(index.hasHead ? [{ item: HEAD, own: false }] : []), ...doc.nodes.map((n) => ({ item: index.entryOf(n).index, own: false }))];
      for (const p of parts) {
        const node = index.entry(p.item)?.node ?? null;
        const out = join(
          args.out,
          node ? fileNameFor(node.id, convert(node.title, script), format) : fileNameFor('0', convert(doc.title ?? HEAD_WORD, script), format),
        );
        // In a folder that is already there, each file is checked like a single -o.
        jobs.push({ out, target: folder.create ? resolve(out) : outputTarget(out), pieces: utter(p.item, 'node', p.own), title: titleOf(p.item) });
      }
    } else jobs.push({ out: args.out, target: single, pieces: utter(item, scope), title: args.at === undefined ? titleOf(HEAD) : titleOf(item) });
    if (jobs.every((j) => !j.pieces.some((p) => typeof p === 'string'))) throw new LangduError('nothing to read there (no text)');

    const album = doc.title ? convert(doc.title, script) : null;
    const fromWeb = isUrl(source);
    const tagsOf = (job: Job, k: number): Omit<Id3Tags, 'chapters'> => ({
      ...(job.title ? { title: job.title } : {}),
      ...(album ? { album } : {}),
      ...(jobs.length > 1 ? { track: `${k + 1}/${jobs.length}` } : {}),
      // A file's name, not its path: the folders it sat in are the user's business.
      ...(source !== '-' ? { source: fromWeb ? source : basename(source) } : {}),
      ...(fromWeb ? { sourceUrl: source } : {}),
      encoder: `langdu ${pkg.version}`,
    });

    stop.check();
    work = workFolder();
    if (folder.create) {
      mkdirSync(args.out);
      madeFolder = args.out;
    }
    // Standard output is written in two passes per piece (synthesis, then the stream): each counts.
    const steps = toStdout ? 2 : 1;
    const total = steps * jobs.reduce((n, j) => n + j.pieces.filter((p) => typeof p === 'string').length, 0);
    let done = 0;
    let seconds = 0;
    progress(0, total);
    const say = async (piece: string, file: string) => {
      await synthesize(engine, piece, { rate: args.speech.rate ?? engine.defaultRate, ...(voice ? { voice } : {}) }, file, stop.signal, work!);
      progress(++done, total);
    };
    const itemOf = (piece: Cue | ChapterMark): AudioItem => (isMark(piece) ? { chapter: true } : { cue: piece });
    for (const [k, job] of jobs.entries()) {
      const options = { format, tags: tagsOf(job, k), chapters: job.pieces.filter(isMark).map((m) => m.chapter), signal: stop.signal };
      if (!job.target) {
        // Standard output cannot be written twice, so the header or tag must hold the length and the
        // chapter times from its first byte: everything is synthesized first (the quick part), then
        // encoded and streamed out, so a player starts long before the encoding ends.
        const where = { what: temporaryFolder(work), hint: TMP_HINT };
        const items: AudioItem[] = [];
        for (const [n, piece] of job.pieces.entries()) {
          if (typeof piece !== 'string') {
            items.push(itemOf(piece));
            continue;
          }
          const file = join(work, `${n}.wav`);
          await say(piece, file);
          items.push({ wav: file });
        }
        const plan = planOf(items);
        if (!plan) continue;
        const out = await AudioFile.open(streamSink(process.stdout, stop.signal), { ...options, plan });
        writing = out;
        for (const item of items) {
          await writeInAsync(where, () => out.put(item));
          if ('wav' in item) {
            rmSync(item.wav, { force: true });
            progress(++done, total);
          }
        }
        seconds += (await out.finish()).seconds;
        writing = null;
        continue;
      }
      // Beside the file it replaces (the target of a link, not the link), so the rename stays in one folder.
      const path = join(dirname(job.target), `.${basename(job.target)}.partial-${process.pid}`);
      const where = { what: `folder ${dirname(job.target)}`, hint: 'or choose another -o' };
      partials.push(path);
      const out = await writeInAsync(where, () => AudioFile.open(fileSink(path), options));
      writing = out;
      for (const [n, piece] of job.pieces.entries()) {
        if (typeof piece !== 'string') {
          await writeInAsync(where, () => out.put(itemOf(piece)));
          continue;
        }
        const file = join(work, `${n}.wav`);
        await say(piece, file);
        await writeInAsync(where, () => out.put({ wav: file }));
        rmSync(file, { force: true });
      }
      if (out.empty) {
        // No text in this part: no file for it.
        out.close();
        rmSync(path, { force: true });
        partials.pop();
        continue;
      }
      seconds += (await writeInAsync(where, () => out.finish())).seconds;
      writing = null;
      stop.check();
      checkTargetUnchanged(job.out, job.target);
      renameSync(path, job.target);
      partials.pop();
      finished++;
    }
    madeFolder = null; // finished: the new folder stays
    if (barShown) io.err('\n');
    const length = audioSummary(seconds, {
      name: voiceName ?? voice ?? engine.id,
      rate: args.speech.rate ?? engine.defaultRate,
      voiceSaved: voiceSaved ?? false,
      rateSaved: args.speech.rateSaved ?? false,
    });
    // With -o -, standard output is the audio: the report goes to stderr.
    if (toStdout) io.err(`wrote the ${format.toUpperCase()} to standard output (${length})\n`);
    else io.out(`wrote ${args.split ? `${jobs.length} files to ${forTerminal(args.out)}` : forTerminal(args.out)} (${length})\n`);
    return 0;
  } catch (e) {
    if (barShown) io.err('\n');
    if (stop.signal.aborted) {
      const kept = args.split && finished > 0 ? `; the ${finished} finished ${finished === 1 ? 'file is' : 'files are'} kept in ${forTerminal(args.out)}` : '';
      io.err(`langdu: export stopped; no partial file was left${kept}\n`);
      return stop.code;
    }
    throw e instanceof LangduError ? e : new LangduError(`export failed: ${(e as Error).message}`);
  } finally {
    stop.dispose();
    cleanUp();
    process.off('exit', cleanUp);
  }
}

export function rmEmptyFolder(path: string): void {
  try {
    rmdirSync(path);
  } catch {
    // not empty (someone else's files), or already gone: leave it
  }
}

export const TMP_HINT = 'or set TMPDIR to another folder';
export const temporaryFolder = (path = tmpdir()) => `the temporary folder ${path}`;

/** The export's own folder in TMPDIR; a TMPDIR that is missing, full or read-only is named as such. */
export function workFolder(): string {
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

/** Write into a folder; a failure there (full, read-only) is reported as the folder's. */
export async function writeInAsync<T>(where: { what: string; hint: string }, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw asFolderProblem(where, e);
  }
}

function asFolderProblem(where: { what: string; hint: string }, e: unknown): unknown {
  if (!(e as NodeJS.ErrnoException).code) return e; // a bad WAV or a stop, not the folder
  return new LangduError(folderProblem(where.what, e as NodeJS.ErrnoException, where.hint));
}

export async function synthesize(
  engine: Engine,
  text: string,
  opts: { rate: number; voice?: string },
  file: string,
  signal: AbortSignal,
  work: string,
): Promise<void> {
  await explainFailure(work, signal, async () => {
    if (!engine.synthesize) throw new LangduError(`${engine.label} cannot write audio files; use --engine espeak-ng`);
    await engine.synthesize(text, opts, file, signal);
  });
}

/** A synthesis whose failure is put in the user's terms: a TMPDIR that is full or read-only is named as such. */
export async function explainFailure<T>(work: string, signal: AbortSignal, fn: () => Promise<T>): Promise<T> {
  let r: T;
  try {
    r = await fn();
  } catch (e) {
    if (signal.aborted) throw e;
    // An engine only sees that no audio came out ("wrote no audio"); a full or unwritable TMPDIR is the
    // usual reason, and the one the user can fix.
    const cause = probeFolder(work);
    throw cause ? new LangduError(folderProblem(temporaryFolder(work), cause, TMP_HINT)) : e;
  }
  if (signal.aborted) throw new Error('stopped');
  return r;
}

/**
 * What an export's last line says in brackets: the audio's length (m:ss, rounded as a whole, so 59.6 s
 * is 1:00), what read it, and whether the voice or rate came from the reader's saved settings.
 */
export function audioSummary(seconds: number, by: { name: string; rate: number; voiceSaved: boolean; rateSaved: boolean }): string {
  const s = Math.round(seconds);
  const saved = [by.voiceSaved ? 'voice' : '', by.rateSaved ? 'rate' : ''].filter(Boolean).join(' and ');
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} of audio; ${by.name}, ${by.rate} 字/分钟${saved ? `; the ${saved} saved in the reader` : ''}`;
}

export function bar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `导出 [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}
