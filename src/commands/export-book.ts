// `langdu export -o report.epub` and `-o DIR --format daisy`: a talking book. One walk over the
// sentences: each is synthesized on its own (a few ahead, by one helper process: espeak-batch.ts; so the
// engine works while lamejs encodes) and joined into its part's MP3, and the sample count where each
// sentence's pause begins is its clip's start (the clips tile the audio: a sentence's clip runs to
// where the next one's pause begins). Then epub.ts or daisy.ts writes the book. As for MP3, everything
// is written under a temporary name beside the target and renamed into place at the end: a stop or a
// failure leaves nothing half-written.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { DocIndex, type Place } from '../document/address.js';
import { openDocument } from '../document/open.js';
import { sentenceStream } from '../document/reading.js';
import { isUrl } from '../document/source.js';
import { forTerminal, LangduError } from '../errors.js';
import { type BookSentence, bookParts, languageOf } from '../export/book.js';
import { daisyFiles, nccDocument } from '../export/daisy.js';
import { type BookInfo, epubFiles } from '../export/epub.js';
import { MAX_ENTRIES, ZipWriter } from '../export/zip.js';
import { convert, loadScript, type Script } from '../script/index.js';
import { AudioFile, fileSink } from '../speech/audio-file.js';
import type { Cue } from '../speech/earcons.js';
import { MP3_DELAY_SAMPLES, mp3Samples } from '../speech/mp3.js';
import type { Batch } from '../speech/types.js';
import { engineText, spokenUtterances } from '../speech/utterances.js';
import { audioSummary, bar, explainFailure, synthesize, workFolder, writeInAsync } from './export.js';
import type { Io } from './io.js';
import { checkTargetUnchanged, outputTarget } from './output-target.js';
import { stopScope } from './signals.js';
import { loadReadingFor, readingRange, type SpeechOptions, speakingEngine } from './speak.js';

export type BookFormat = 'epub' | 'daisy';

export interface BookArgs {
  file?: string;
  at?: string;
  out: string;
  format: BookFormat;
  script?: Script;
  speech: SpeechOptions;
}

interface Said {
  key: Place;
  text: string;
  cue: Cue | null;
}

/** Syntheses asked for ahead of the one being encoded (one helper makes them in turn). */
const AHEAD = 3;

export async function exportBook(io: Io, args: BookArgs): Promise<number> {
  const stop = stopScope();
  let work: string | null = null;
  /** What a stop or a failure removes: the partial book (a file or a folder). */
  let partial: string | null = null;
  let writing: { close(): void } | null = null;
  /** Helpers to stop (the synthesis batch) before the work folder goes. */
  const closers: (() => void)[] = [];
  const cleanUp = () => {
    for (const c of closers.splice(0)) c();
    writing?.close();
    writing = null;
    if (partial) rmSync(partial, { recursive: true, force: true });
    partial = null;
    if (work) rmSync(work, { recursive: true, force: true });
    work = null;
  };
  process.on('exit', cleanUp);
  let barShown = false;
  const progress = (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    barShown = true;
    io.status(`${bar(done, total)} ${done}/${total}`);
  };
  try {
    // Where the book goes is settled before anything is loaded or synthesized.
    const target = args.format === 'epub' ? outputTarget(args.out) : bookFolder(args.out);
    const { doc, path: source } = await stop.race(openDocument(args.file, undefined, { signal: stop.signal }));
    const index = new DocIndex(doc);
    const { item, scope } = readingRange(index, args.at);
    const { engine, voice, voiceName, voiceSaved, script: voiceScript } = await stop.race(speakingEngine(args.speech));
    const readsPinyin = engine.readsPinyin?.(voice) ?? false;
    await stop.race(loadReadingFor(io, readsPinyin));
    const script = args.script ?? 'original';
    await stop.race(Promise.all([loadScript(script), loadScript('simplified')]));

    const parts = bookParts(index, item, scope, script);
    // An EPUB holds 5 files and 3 a part; a ZIP's count of them is 16 bits: found now, not after the synthesis.
    if (args.format === 'epub' && 5 + 3 * parts.length > MAX_ENTRIES)
      throw new LangduError(
        `the report has ${parts.length} parts; an EPUB holds at most ${Math.floor((MAX_ENTRIES - 5) / 3)}: export fewer with --at, or use --format daisy`,
      );
    const partOf = new Map(parts.flatMap((p, k) => p.items.map((i) => [i.item, k] as const)));
    const sentenceOf = new Map(parts.flatMap((p) => p.items.map((i) => [i.item, i] as const)));
    const next = spokenUtterances(sentenceStream(index, { item, sentence: 0 }, scope), voiceScript, { earcons: args.speech.earcons ?? true });
    const said: Said[] = [];
    for (let u = next(); u; u = next()) {
      const text = engineText(u, readsPinyin);
      const last = said.at(-1);
      // A long sentence's pieces are one synthesis, joined as the MP3 export joins them (a clip is a sentence).
      if (last && last.key.item === u.key.item && last.key.sentence === u.key.sentence && !u.pauseMs) last.text += `\n${text}`;
      else said.push({ key: u.key, text, cue: u.pauseMs ? { pauseMs: u.pauseMs, ...(u.earcon ? { earcon: u.earcon } : {}) } : null });
    }
    if (said.length === 0) throw new LangduError('nothing to read there (no text)');

    // The report's title, or (with --at) the heading of the node it is; an untitled report's file name,
    // or from standard input (whose name is "-") its first heading, as the navigation shows it.
    const title =
      args.at === undefined && doc.title !== null
        ? convert(doc.title, script)
        : args.at === undefined && source !== '-'
          ? basename(source)
          : parts[0]!.items[0]!.heading;
    const text = parts.flatMap((p) => p.items.flatMap((i) => i.sentences.map((s) => s.text))).join('\n');
    const fromWeb = isUrl(source);
    const info: BookInfo = {
      title,
      language: languageOf(text.slice(0, 4000), script),
      identifier: `urn:uuid:${uuidOf(`${args.at ?? ''}\n${text}`)}`,
      source: source === '-' ? null : fromWeb ? source : basename(source),
      creator: creatorOf(doc.closing?.text ?? '', script),
      narrator: `${voiceName ?? voice ?? engine.id} (${engine.label})`,
      modified: new Date(Math.floor(Date.now() / 1000) * 1000),
      generator: `langdu ${pkg.version}`,
    };

    stop.check();
    work = workFolder();
    // Beside the target, so the rename stays in one folder.
    const temp = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
    const where = { what: `folder ${dirname(target)}`, hint: 'or choose another -o' };
    partial = temp;
    if (args.format === 'daisy') await writeInAsync(where, async () => mkdirSync(temp));
    const audioDir = args.format === 'daisy' ? temp : work;

    // Up to AHEAD syntheses in flight; each promise is awaited in order (a failure is caught at once so
    // that it is not an unhandled rejection while it waits its turn).
    const rate = args.speech.rate ?? engine.defaultRate;
    const speak = { rate, ...(voice ? { voice } : {}) };
    // One helper for every sentence where the engine has one (see espeak-batch.ts: a process of
    // langdu's own per sentence is what made a book slower than the MP3); else a synthesis each.
    let batch: Batch | null = null;
    if (engine.batch && process.platform !== 'win32') {
      const dir = join(work, 'say');
      mkdirSync(dir);
      batch = engine.batch(speak, dir, stop.signal);
      const b = batch;
      closers.push(() => b.close());
    }
    const inFlight = new Map<number, Promise<string>>();
    const start = (k: number) => {
      if (k >= said.length || inFlight.has(k)) return;
      const file = join(work!, `${k}.wav`);
      const p = batch
        ? explainFailure(work!, stop.signal, () => batch.say(said[k]!.text))
        : synthesize(engine, said[k]!.text, speak, file, stop.signal, work!).then(() => file);
      p.catch(() => {});
      inFlight.set(k, p);
    };
    let done = 0;
    progress(0, said.length);
    let k = 0;
    for (const [n, part] of parts.entries()) {
      part.audio = `${part.name}.mp3`;
      const path = join(audioDir, part.audio);
      const tags = { title: part.items[0]?.heading ?? title, album: title, encoder: info.generator, ...(info.source ? { source: info.source } : {}) };
      const out = await writeInAsync(where, () => AudioFile.open(fileSink(path), { format: 'mp3', tags, signal: stop.signal }));
      writing = out;
      /** Each heard sentence's start, in samples, in order; its end is the next one's start. */
      const starts: { at: number; sentence: BookSentence }[] = [];
      let last = '';
      for (; k < said.length && partOf.get(said[k]!.key.item) === n; k++) {
        for (let a = 0; a <= AHEAD; a++) start(k + a);
        const u = said[k]!;
        const id = `${u.key.item}:${u.key.sentence}`;
        if (id !== last) {
          const sentence = sentenceOf.get(u.key.item)?.sentences[u.key.sentence];
          if (sentence) starts.push({ at: out.position, sentence });
          last = id;
        }
        if (u.cue) await writeInAsync(where, () => out.put({ cue: u.cue! }));
        const wav = await inFlight.get(k)!;
        inFlight.delete(k);
        await writeInAsync(where, () => out.put({ wav }));
        rmSync(wav, { force: true });
        progress(++done, said.length);
      }
      const sampleRate = out.sampleRate;
      // A frame of silence ends each part: libmad (sox, and the players built on it) leaves out an MP3's
      // last frame, which would otherwise hold the end of the last sentence (all of a short title's).
      if (sampleRate > 0) await writeInAsync(where, () => out.put({ cue: { pauseMs: Math.ceil((1152 * 1000) / sampleRate) } }));
      await writeInAsync(where, () => out.finish());
      writing = null;
      // Clip times are where each sentence is heard in the decoded file: the encoder's delay added, and
      // the last clip running to the file's last decoded sample.
      const decoded = mp3Samples(readFileSync(path));
      part.seconds = decoded.samples / decoded.sampleRate;
      const time = (at: number) => (at === 0 ? 0 : Math.min(part.seconds, (at + MP3_DELAY_SAMPLES) / sampleRate));
      starts.forEach((s, j) => {
        s.sentence.clip = { begin: time(s.at), end: j + 1 < starts.length ? time(starts[j + 1]!.at) : part.seconds };
      });
    }

    stop.check();
    if (args.format === 'epub') {
      const zip = new ZipWriter(temp);
      writing = zip;
      await writeInAsync(where, async () => {
        for (const f of epubFiles(info, parts, (p) => join(work!, p.audio))) {
          if (f.path) zip.addFile(f.name, f.path);
          else zip.addBuffer(f.name, f.data!, f.name === 'mimetype');
        }
        zip.finish();
      });
      writing = null;
      stop.check();
      checkTargetUnchanged(args.out, target);
      renameSync(temp, target);
    } else {
      const files = daisyFiles(info, parts);
      await writeInAsync(where, async () => {
        for (const f of files) writeFileSync(join(temp, f.name), f.data!);
        const sizes = readdirSync(temp).reduce((n, f) => n + statSync(join(temp, f)).size, 0);
        writeFileSync(join(temp, 'ncc.html'), nccDocument(info, parts, files.length + parts.length, sizes));
      });
      stop.check();
      replaceFolder(temp, target);
    }
    partial = null;
    if (barShown) io.err('\n');
    const seconds = parts.reduce((n, p) => n + p.seconds, 0);
    const summary = audioSummary(seconds, {
      name: voiceName ?? voice ?? engine.id,
      rate,
      voiceSaved: voiceSaved ?? false,
      rateSaved: args.speech.rateSaved ?? false,
    });
    const what = args.format === 'epub' ? 'EPUB 3' : 'DAISY 2.02 book';
    io.out(`wrote the ${what} ${forTerminal(args.out)} (${summary})\n`);
    return 0;
  } catch (e) {
    if (barShown) io.err('\n');
    if (stop.signal.aborted) {
      io.err('langdu: export stopped; no partial book was left\n');
      return stop.code;
    }
    throw e instanceof LangduError ? e : new LangduError(`export failed: ${(e as Error).message}`);
  } finally {
    stop.dispose();
    cleanUp();
    process.off('exit', cleanUp);
  }
}

/**
 * The folder a DAISY book is written to: a new one (its parent must exist), an empty one, or one that
 * holds a DAISY book already (an ncc.html), which is replaced. Anything else is someone's folder.
 */
export function bookFolder(out: string): string {
  const path = resolve(out);
  let st: ReturnType<typeof lstatSync> | null = null;
  try {
    st = lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new LangduError(`cannot use ${forTerminal(out)} (${(e as NodeJS.ErrnoException).code}); choose another -o`);
  }
  if (!st) {
    if (!existsSync(dirname(path))) throw new LangduError(`folder ${forTerminal(dirname(out))} does not exist; create it or choose another -o`);
    return path;
  }
  if (st.isSymbolicLink()) throw new LangduError(`${forTerminal(out)} is a symbolic link; give the DAISY book a folder of its own with -o`);
  if (!st.isDirectory()) throw new LangduError(`${forTerminal(out)} is not a folder; a DAISY book is a folder: give a new folder name with -o`);
  const entries = readdirSync(path);
  if (entries.length > 0 && !entries.includes('ncc.html'))
    throw new LangduError(`${forTerminal(out)} is a folder with other files in it; give a new or empty folder for the DAISY book`);
  return path;
}

/** Put the finished folder in place of the target (an old book is moved aside first, then removed). */
function replaceFolder(temp: string, target: string): void {
  const old = `${temp}.old`;
  let had = false;
  try {
    renameSync(target, old);
    had = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    renameSync(temp, target);
  } catch (e) {
    if (had) renameSync(old, target);
    throw e;
  }
  if (had) rmSync(old, { recursive: true, force: true });
}

/** A name-based UUID (version 5 layout, SHA-1) of the book's text: the same book gets the same identifier. */
function uuidOf(text: string): string {
  const h = createHash('sha1').update('langdu book\n').update(text).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The closing's first line that names someone rather than a date or a note (某市人民政府). */
function creatorOf(closing: string, script: Script): string | null {
  const line = closing.split('\n').find((l) => l.trim() && !/\d|[年月日]$|^[（(]/.test(l.trim()));
  return line ? convert(line.trim(), script) : null;
}
