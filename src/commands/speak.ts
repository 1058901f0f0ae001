// `langdu speak`: read a node (or the whole report) aloud and exit; Ctrl+C stops at once.
// `--dry-run` prints the spoken form instead, one utterance a line, without an engine.
import { existsSync } from 'node:fs';
import { DocIndex, HEAD, type Place } from '../document/address.js';
import { openDocument } from '../document/open.js';
import { sentenceStream } from '../document/reading.js';
import { LangduError } from '../errors.js';
import { convert, loadScript, loadScriptFor, type Script } from '../script/index.js';
import { probeCacheFile } from '../speech/engines/espeak-cache.js';
import { readingWordsFor } from '../speech/reading.js';
import { spokenForm } from '../speech/spoken.js';
import type { Engine, SpeakOptions } from '../speech/types.js';
import { spokenUtterances, type Utterance } from '../speech/utterances.js';
import type { Io } from './io.js';
import { Stopped, type StopScope, stopScope } from './signals.js';

export interface SpeechOptions {
  engine?: string;
  voice?: string;
  rate?: number;
  player?: string;
  off?: boolean;
  /** Earcons at part, section and point boundaries (default on). */
  earcons?: boolean;
  /** The voice last chosen in the reader (settings): used when the engine has it, unlike --voice, which must exist. */
  savedVoice?: string;
  /** `rate` is the one saved in the reader, not one given on the command line (export says so). */
  rateSaved?: boolean;
}

export interface SpeakArgs {
  file?: string;
  at?: string;
  script: Script;
  dryRun: boolean;
  /** With dryRun: print the reading in pinyin with tone marks instead of the spoken form. */
  pinyin?: boolean;
  speech: SpeechOptions;
}

/** The item and scope a command reads: the node --at names (and what is under it), or everything. */
export function readingRange(index: DocIndex, at: string | undefined): { item: number; scope: 'node' | 'all' } {
  if (at === undefined) return { item: HEAD, scope: 'all' };
  const entry = index.byId.get(at.trim());
  if (!entry) throw new LangduError(`no node with id ${at}; run \`langdu outline --json\` to see the ids`);
  return { item: entry.index, scope: 'node' };
}

/**
 * The engine a speaking command uses, the voice (asked for, or the engine's first), and the script
 * that voice reads. A missing engine or an unknown voice is a one-line error.
 */
export async function speakingEngine(speech: SpeechOptions): Promise<ChosenEngine> {
  const chosen = await findEngine(speech);
  await loadScript(chosen.script);
  return chosen;
}

type ChosenEngine = { engine: Engine; voice?: string; voiceSaved?: boolean; voiceName?: string; script: Script };

/** speakingEngine without loading the voice's script (speak starts the synthesizer first). */
async function findEngine(speech: SpeechOptions): Promise<ChosenEngine> {
  const { chooseEngine } = await import('../speech/engines/index.js');
  const { engine, reason } = await chooseEngine(speech.engine, { player: speech.player });
  if (!engine) throw new LangduError(reason);
  const voices = await engine.voices();
  if (speech.voice && !voices.some((v) => v.id === speech.voice)) {
    throw new LangduError(`${engine.id} has no voice "${speech.voice}"; run \`langdu voices\` to list them`);
  }
  const saved = speech.savedVoice && voices.some((v) => v.id === speech.savedVoice) ? speech.savedVoice : undefined;
  const voice = speech.voice ?? saved ?? voices[0]?.id;
  const script = voices.find((v) => v.id === voice)?.script ?? 'simplified';
  const name = voices.find((v) => v.id === voice)?.name;
  return { engine, ...(voice ? { voice } : {}), ...(name ? { voiceName: name } : {}), ...(saved && !speech.voice ? { voiceSaved: true } : {}), script };
}

/** Load the reading (pinyin-pro and the pronunciation dictionaries) when the engine reads pinyin; warn about bad lines. */
export async function loadReadingFor(io: Io, readsPinyin: boolean): Promise<void> {
  if (!readsPinyin) return;
  const { loadReading } = await import('../speech/reading.js');
  for (const w of await loadReading()) io.err(w + '\n');
}

export async function speak(io: Io, args: SpeakArgs): Promise<number> {
  // Stop signals are ours from the first line: a Ctrl+C while the document or the engine loads is a stop.
  const stop = stopScope();
  try {
    return await speakUnlessStopped(io, args, stop);
  } catch (e) {
    if (!stop.signal.aborted) throw e;
    io.err('langdu: stopped\n');
    return stop.code;
  } finally {
    stop.dispose();
  }
}

function speakOptions(args: SpeakArgs, engine: Engine, voice: string | undefined): SpeakOptions {
  return { rate: args.speech.rate ?? engine.defaultRate, ...(voice ? { voice } : {}) };
}

async function speakUnlessStopped(io: Io, args: SpeakArgs, stop: StopScope): Promise<number> {
  // The engine is found while the document opens, and the reading (pinyin-pro, ~150 ms of CPU) loads
  // once the synthesizer has been started (it then loads its voice on the other core). Without a kept
  // espeak-ng probe (a first start after installing it) the engine waits on the probe's runs: then the
  // reading loads as soon as the document is open. A bad file is still the first error reported.
  const engineFound = args.dryRun ? null : findEngine(args.speech);
  engineFound?.catch(() => {});
  const opening = openDocument(args.file, undefined, { signal: stop.signal });
  let readingLoaded: Promise<string[]> | null = null;
  const loadReadingNow = () => {
    readingLoaded ??= import('../speech/reading.js').then((m) => m.loadReading(undefined, { wordsLater: true }));
    readingLoaded.catch(() => {});
  };
  if (engineFound) {
    void engineFound.then(
      ({ engine, voice }) => engine.warm?.(speakOptions(args, engine, voice)),
      () => {},
    );
    void (existsSync(probeCacheFile()) ? engineFound : Promise.race([engineFound, opening])).then(loadReadingNow, loadReadingNow);
  }
  const { doc } = await stop.race(opening);
  const index = new DocIndex(doc);
  const { item, scope } = readingRange(index, args.at);
  const stream = () => sentenceStream(index, { item, sentence: 0 }, scope);

  if (args.dryRun) {
    await stop.race(loadScript('simplified'));
    // The spoken form as an engine gets it; its reading is made from the form with word breaks (spoken.ts).
    let show = (u: Utterance<unknown>) => u.text;
    if (args.pinyin) {
      await stop.race(loadReadingFor(io, true));
      const { pinyinWithMarks, readingTokens } = await import('../speech/reading.js');
      show = (u) => pinyinWithMarks(readingTokens(u.said ?? u.text));
    }
    // One sentence a line: the pieces a long sentence is cut into are joined again.
    const next = spokenUtterances(stream(), 'simplified');
    let line = '';
    let key = '';
    // A long document's dry run takes seconds: a turn of the event loop every ~20 ms lets a stop in.
    let turn = performance.now();
    for (let u = next(); u; u = next()) {
      if (performance.now() - turn > 20) {
        await new Promise((r) => setImmediate(r));
        stop.check();
        turn = performance.now();
      }
      const k = `${u.key.item}:${u.key.sentence}`;
      if (line && k !== key) io.out(line + '\n');
      const shown = show(u);
      // A long sentence's pieces were cut between two words: their readings need a space there.
      line = k !== key ? shown : args.pinyin && /\p{L}$/u.test(line) ? `${line} ${shown}` : line + shown;
      key = k;
    }
    if (line) io.out(line + '\n');
    return 0;
  }

  const { engine, voice, script } = await stop.race(engineFound!);
  // Only what the first sentence needs of the voice's script converter is built before it is said
  // (src/script/index.ts); the whole converter is built for the next sentence, while the first is heard.
  const sentences = stream();
  const first = sentences();
  // The script shown is loaded whole, as before, unless it is the voice's (cn→tw takes ~0.5 s to build,
  // which must not fall while the first sentence plays).
  await stop.race(Promise.all([loadScriptFor(script, first?.text ?? ''), args.script === script ? null : loadScript(args.script)]));
  // The reading is used only if the voice reads pinyin.
  if (engine.readsPinyin?.(voice)) {
    loadReadingNow();
    for (const w of await stop.race(readingLoaded!)) io.err(w + '\n');
    // pinyin-pro's automaton of only the first sentence's words (its spoken form, as the utterances
    // make it); the whole one is built for the next sentence, once the first is heard.
    if (first) readingWordsFor(spokenForm(convert(first.text, script)));
  }
  let pending = first;
  const next = () => {
    const s = pending ?? sentences();
    pending = null;
    return s;
  };
  const source = spokenUtterances(next, script, { earcons: args.speech.earcons ?? true });
  return speakThrough(io, args, stop, { engine, voice, index, source });
}

async function speakThrough(
  io: Io,
  args: SpeakArgs,
  stop: StopScope,
  { engine, voice, index, source }: { engine: Engine; voice: string | undefined; index: DocIndex; source: () => Utterance<Place> | null },
): Promise<number> {
  const { SpeechQueue } = await stop.race(import('../speech/queue.js'));
  const queue = new SpeechQueue<Place>(engine, speakOptions(args, engine, voice));
  const showing = process.stdout.isTTY;
  let lastKey = '';
  return new Promise<number>((resolve, reject) => {
    const onStop = () => {
      queue.stop();
      reject(new Stopped());
    };
    if (stop.signal.aborted) return onStop();
    stop.signal.addEventListener('abort', onStop, { once: true });
    queue.start(source, {
      onStart: (key) => {
        // On a terminal, show each sentence as it is read (as written, in the chosen script).
        const k = `${key.item}:${key.sentence}`;
        if (!showing || k === lastKey) return;
        lastKey = k;
        const text = index.sentences(key.item)[key.sentence]?.text;
        if (text) io.out(convert(text, args.script) + '\n');
      },
      onEnd: () => resolve(0),
      onError: (message) => {
        // A player that played nothing already says so in Chinese, with what to do.
        io.err(/[\u4e00-\u9fff]/.test(message) ? `langdu: ${message}\n` : `langdu: speech failed: ${message}\n`);
        resolve(1);
      },
    });
  });
}
