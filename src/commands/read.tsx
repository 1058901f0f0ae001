// `langdu [FILE]`: the interactive reader. Wires the document, the store and the Ink app together.
// Not a terminal (piped, or stdin not a TTY): prints the outline instead, as Ink would otherwise throw
// "Raw mode is not supported".
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { DocIndex } from '../document/address.js';
import { openDocument } from '../document/open.js';
import type { Document } from '../document/parse.js';
import { outlineLines } from '../document/text-views.js';
import type { BookmarkRequest, BookmarkResult } from '../reader/bookmarks.js';
import { cursorPosition } from '../reader/position.js';
import { createState, type ReaderState } from '../reader/state.js';
import { loadScript, type Script } from '../script/index.js';
import { documentKey, reasonInChinese, Store, type DocState } from '../store/index.js';
import { colourOn, firstFrameText } from '../ui/first-frame.js';
import { RENDER_OPTIONS } from '../ui/render-options.js';
import type { Io } from './io.js';
import { registerCleanup } from './last-guard.js';
import { onStopSignals } from './signals.js';
import type { SpeechOptions } from './speak.js';

export interface ReadOptions {
  file?: string;
  script?: Script;
  screenReader: boolean;
  /** Speak every key's answer: true/false when asked for on the command line, else the default for the layout. */
  selfVoicing?: boolean;
  speech: SpeechOptions;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
}

export async function read(io: Io, opts: ReadOptions): Promise<number> {
  const stdin = opts.stdin ?? process.stdin;
  const stdout = opts.stdout ?? process.stdout;
  const interactive = stdin.isTTY === true && stdout.isTTY === true;
  // Ink draws nothing but the last frame when it thinks it runs in CI (CI or CONTINUOUS_INTEGRATION set).
  // Both ends are terminals here, so a person is reading: let Ink draw (it reads these when loaded).
  if (interactive) {
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
  }
  // The screen-reader layout loads the UI while the document is read; the visual one draws its first
  // frame itself first (below), then loads Ink, so loading Ink cannot hold that frame back.
  const loadUi = () => Promise.all([import('ink'), import('../ui/App.js')]);
  const early = interactive && opts.screenReader ? loadUi() : null;
  leanHeapFor(opts.file);
  const { doc, key } = await openKeyed(opts.file);
  if (!interactive) {
    const script = opts.script ?? 'original';
    await loadScript(script);
    io.out(outlineLines(doc, script).join('\n') + '\n');
    return 0;
  }

  const warnings: string[] = [];
  const store = new Store(undefined, (w) => warnings.push(w.replace(/^langdu: /, '')));
  const base: DocState = store.loadDoc(key);
  const settings = store.loadSettings();
  const script = opts.script ?? base.script ?? settings.script ?? 'original';
  await loadScript(script);

  const index = new DocIndex(doc);
  const initial = createState(index, {
    screenReader: opts.screenReader,
    script,
    position: base.position,
    bookmarks: base.bookmarks,
    rows: stdout.rows,
    cols: stdout.columns,
    notes: warnings.splice(0),
    speech: {
      ...(opts.speech.off ? { status: 'off' as const, reason: '朗读已关闭（--no-speech）' } : { status: 'starting' as const, reason: '正在寻找语音引擎' }),
      announceHeadings: settings.announceHeadings ?? true,
      // A screen reader speaks the lines itself: langdu stays quiet then unless asked to speak too.
      selfVoicing: opts.selfVoicing ?? (opts.screenReader ? false : (settings.selfVoicing ?? true)),
      verbosity: settings.verbosity ?? 'brief',
    },
  });

  let latest: ReaderState = initial; // kept current by the App, so a signal saves where the reader is
  const save = (s: ReaderState) => {
    store.saveDoc(key, { position: cursorPosition(s), script: s.script });
    const wanted = {
      script: s.script,
      announceHeadings: s.speech.announceHeadings,
      verbosity: s.speech.verbosity,
      ...(s.speech.status !== 'off' && s.speech.status !== 'starting' ? { rate: s.speech.rate, ...(s.speech.voice ? { voice: s.speech.voice } : {}) } : {}),
    };
    if (Object.entries(wanted).some(([k, v]) => settings[k] !== v)) {
      store.saveSettings(wanted);
      Object.assign(settings, wanted);
    }
  };

  // Speech engines are probed after the first frame is up, so opening is not kept waiting.
  const engine = opts.speech.off
    ? Promise.resolve({ engine: null, reason: '朗读已关闭（--no-speech）' })
    : new Promise<void>((r) => setTimeout(r, 0))
        .then(() => import('../speech/engines/index.js'))
        .then(({ chooseEngine }) => chooseEngine(opts.speech.engine, { player: opts.speech.player }))
        .then((found) => ({ ...found, voice: opts.speech.voice ?? settings.voice ?? null, rate: opts.speech.rate ?? settings.rate }));
  // The visual layout takes the whole screen, as less and vim do: the alternate screen keeps the
  // scrollback (and whatever npm printed first) out of Ink's way and gives it back on exit. The
  // screen-reader layout stays in the normal buffer, where every line it appends can be read back.
  const fullScreen = !opts.screenReader;
  const leaveFullScreen = () => {
    if (fullScreen) stdout.write('\x1b[?25h\x1b[?1049l');
  };
  if (fullScreen) {
    // The first frame, before Ink is loaded: raw mode now, so a key pressed meanwhile is neither echoed
    // nor lost (Ink reads it when it starts); the cursor goes back home, where Ink draws the same frame.
    stdin.setRawMode?.(true);
    stdout.write(`\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l${firstFrameText(initial, colourOn())}\x1b[H`);
    process.once('exit', leaveFullScreen);
  }
  const [{ render }, { App }] = await (early ?? loadUi());
  // Bookmarks are written the moment they change, one operation at a time on top of what is on disk,
  // so any number of readers of the same report keep every bookmark (and every deletion).
  const bookmarks = (request: BookmarkRequest): BookmarkResult => {
    if (request.kind === 'list') return { ok: true, bookmarks: store.loadDoc(key).bookmarks };
    const saved = store.changeBookmarks(key, request);
    return saved.ok ? { ok: true, bookmarks: saved.value } : { ok: false, reason: reasonInChinese(saved.code) };
  };
  const instance = render(<App initial={initial} engine={engine} onChange={(s) => (latest = s)} onSave={save} onQuit={save} onBookmarks={bookmarks} />, {
    stdin,
    stdout,
    ...RENDER_OPTIONS,
  });
  registerCleanup(() => { instance.unmount(); leaveFullScreen(); process.off('exit', leaveFullScreen); save(latest); }, instance.waitUntilExit()); // after a bug too (bin.ts)
  // A closed terminal (SIGHUP) or a kill (SIGTERM) still saves the position and leaves cleanly.
  const onSignal = () => {
    save(latest);
    instance.unmount();
  };
  const stopListening = onStopSignals(onSignal);
  await instance.waitUntilExit();
  stopListening();
  leaveFullScreen();
  process.off('exit', leaveFullScreen);
  for (const w of warnings) io.err(`langdu: ${w}\n`);
  return 0;
}

/**
 * The document and its key (a hash of its text). The text as loaded is dropped here, not held in the
 * reader's frame for the whole session: the Document keeps what it needs.
 */
async function openKeyed(file: string | undefined): Promise<{ doc: Document; key: string }> {
  const { doc, loaded } = await openDocument(file);
  return { doc, key: documentKey(loaded.text) };
}

const LARGE_BYTES = 4 * 1024 * 1024;

/**
 * A large report stays open for a long session: ask V8 to keep its heap compact (grow it less eagerly,
 * give pages back after a collection). For a 10 MiB report this keeps the reader ~80 MiB smaller after
 * a search and a script cycle, for ~15% more time parsing; small reports keep V8's faster defaults.
 */
function leanHeapFor(file: string | undefined): void {
  try {
    if (file && statSync(file).size > LARGE_BYTES) setFlagsFromString('--optimize-for-size');
  } catch {
    // unreadable: loading says why
  }
}
