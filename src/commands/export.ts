// `langdu export`: speech to WAV. Long text is synthesized in pieces (so there is progress to show and
// nothing hits an argument or memory limit), joined into a file beside OUT, then renamed into place:
// after Ctrl+C or an error no half-written file remains.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { DocIndex } from '../document/address.js';
import { openDocument } from '../document/open.js';
import { LangduError } from '../errors.js';
import { HEAD } from '../document/address.js';
import { sentenceStream } from '../document/reading.js';
import { spokenUtterances } from '../speech/utterances.js';
import type { Engine } from '../speech/types.js';
import { joinWavs } from '../speech/wav.js';
import type { Io } from './io.js';
import { onStopSignals } from './signals.js';
import { readingRange, speakingEngine, type SpeechOptions } from './speak.js';

export interface ExportArgs {
  file?: string;
  at?: string;
  out: string;
  split: boolean;
  speech: SpeechOptions;
}

const PIECE_CHARS = 3000;

interface Job {
  out: string;
  /** Spoken text, in pieces of at most ~PIECE_CHARS. */
  pieces: string[];
}

function piecesOf(next: () => { text: string } | null): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (let u = next(); u; u = next()) {
    if (cur && cur.length + u.text.length > PIECE_CHARS) {
      pieces.push(cur);
      cur = '';
    }
    cur += (cur ? '\n' : '') + u.text;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** A file name from an id and a title: no path separators or control characters, not too long. */
export function fileNameFor(id: string, title: string): string {
  const clean = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${id}${clean ? `-${clean}` : ''}.wav`;
}

export async function exportAudio(io: Io, args: ExportArgs): Promise<number> {
  const { doc } = await openDocument(args.file);
  const index = new DocIndex(doc);
  const { item, scope } = readingRange(index, args.at);

  const { engine, voice, script } = await speakingEngine(args.speech);
  const utter = (from: number, sc: 'node' | 'all') => spokenUtterances(sentenceStream(index, { item: from, sentence: 0 }, sc), script);

  const jobs: Job[] = [];
  if (args.split) {
    if (existsSync(args.out) && !statSync(args.out).isDirectory()) throw new LangduError(`${args.out} is a file; --split writes one file per part into a folder`);
    const entry = index.entry(item);
    const parts = entry ? entry.node.children.map((n) => index.entryOf(n).index) : [...(index.hasHead ? [HEAD] : []), ...doc.nodes.map((n) => index.entryOf(n).index)];
    for (const p of parts.length ? parts : [item]) {
      const node = index.entry(p)?.node ?? null;
      jobs.push({ out: join(args.out, node ? fileNameFor(node.id, node.title) : fileNameFor('0', doc.title ?? '开头')), pieces: piecesOf(utter(p, 'node')) });
    }
  } else {
    if (existsSync(args.out) && statSync(args.out).isDirectory()) throw new LangduError(`${args.out} is a folder; give a file name such as report.wav (or use --split)`);
    if (!existsSync(dirname(args.out) || '.')) throw new LangduError(`folder ${dirname(args.out)} does not exist; create it or choose another -o`);
    jobs.push({ out: args.out, pieces: piecesOf(utter(item, scope)) });
  }
  if (jobs.every((j) => j.pieces.length === 0)) throw new LangduError('nothing to read there (no text)');

  const abort = new AbortController();
  const stopListening = onStopSignals(() => abort.abort());
  const work = mkdtempSync(join(tmpdir(), 'langdu-export-'));
  const partials: string[] = [];
  const progress = process.stderr.isTTY ? (done: number, total: number) => io.err(`\r${bar(done, total)} ${done}/${total}`) : () => {};
  try {
    if (args.split) mkdirSync(args.out, { recursive: true });
    const total = jobs.reduce((n, j) => n + j.pieces.length, 0);
    let done = 0;
    let seconds = 0;
    progress(0, total);
    for (const job of jobs) {
      const files: string[] = [];
      for (const [k, text] of job.pieces.entries()) {
        const file = join(work, `${files.length}-${k}.wav`);
        await synthesize(engine, text, { rate: args.speech.rate ?? engine.defaultRate, ...(voice ? { voice } : {}) }, file, abort.signal);
        files.push(file);
        progress(++done, total);
      }
      if (files.length === 0) continue;
      const partial = join(dirname(job.out), `.${basename(job.out)}.partial-${process.pid}`);
      partials.push(partial);
      seconds += joinWavs(files, partial).seconds;
      renameSync(partial, job.out);
      partials.pop();
      for (const f of files) rmSync(f, { force: true });
    }
    if (process.stderr.isTTY) io.err('\n');
    const m = Math.floor(seconds / 60);
    io.out(`wrote ${args.split ? `${jobs.length} files to ${args.out}` : args.out} (${m}:${String(Math.round(seconds % 60)).padStart(2, '0')} of audio)\n`);
    return 0;
  } catch (e) {
    if (process.stderr.isTTY) io.err('\n');
    if (abort.signal.aborted) {
      io.err('langdu: export stopped; no partial file was left\n');
      return 130;
    }
    throw e instanceof LangduError ? e : new LangduError(`export failed: ${(e as Error).message}`);
  } finally {
    stopListening();
    for (const p of partials) rmSync(p, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

async function synthesize(engine: Engine, text: string, opts: { rate: number; voice?: string }, file: string, signal: AbortSignal): Promise<void> {
  await engine.synthesize(text, opts, file, signal);
  if (signal.aborted) throw new Error('stopped');
}

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  return `导出 [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}
