// `langdu [FILE]`: the interactive reader. Wires the document, the store and the Ink app together.
// Not a terminal (piped, or stdin not a TTY): prints the outline instead, as Ink would otherwise throw
// "Raw mode is not supported". Nor when the report itself came on stdin: keys cannot come that way too.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DocIndex } from '../document/address.js';
import { openDocument } from '../document/open.js';
import type { Document } from '../document/parse.js';
import { outlineLines } from '../document/text-views.js';
import { fsPath } from '../file-names.js';
import { DEFAULT_DOCUMENT } from '../paths.js';
import { createState, type ReaderState } from '../reader/state.js';
import { loadScript, type Script } from '../script/index.js';
import { documentKey, type FileIdentity, fileIdentity } from '../store/index.js';
import { drawFirstFrame } from '../ui/first-frame.js';
import { RENDER_OPTIONS } from '../ui/render-options.js';
import { enterFullScreen, letInkDraw } from '../ui/terminal.js';
import type { Io } from './io.js';
import { registerCleanup } from './last-guard.js';
import { readerSession, selfVoicingFor } from './reader-session.js';
import { onStopSignals, stopCode } from './signals.js';
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
  const interactive = stdin.isTTY === true && stdout.isTTY === true && opts.file !== '-';
  if (interactive) letInkDraw();
  // The screen-reader layout loads the UI while the document is read; the visual one draws its first
  // frame itself first (below), then loads Ink, so loading Ink cannot hold that frame back.
  const loadUi = () => Promise.all([import('ink'), import('../ui/App.js')]);
  const early = interactive && opts.screenReader ? loadUi() : null;
  leanHeapFor(opts.file);
  const { doc, keyOf, path, file } = await openKeyed(opts.file, stdin);
  if (!interactive) {
    const script = opts.script ?? 'original';
    await loadScript(script);
    io.out(outlineLines(doc, script).join('\n') + '\n');
    if (path === '-') io.err('langdu: the report came on standard input, so this is its outline; to open the reader, give a FILE: langdu report.txt\n');
    return 0;
  }

  const session = readerSession(keyOf, undefined, file);
  const { saved, settings } = session;
  const script = opts.script ?? saved.script ?? settings.script ?? 'original';
  await loadScript(script);
  const initial = createState(new DocIndex(doc), {
    screenReader: opts.screenReader,
    script,
    position: saved.position,
    bookmarks: saved.bookmarks,
    rows: stdout.rows,
    cols: stdout.columns,
    notes: session.warnings.splice(0),
    speech: {
      ...(opts.speech.off ? { status: 'off' as const, reason: '朗读已关闭（--no-speech）' } : { status: 'starting' as const, reason: '正在寻找语音引擎' }),
      announceHeadings: settings.announceHeadings ?? true,
      selfVoicing: selfVoicingFor(opts.screenReader, opts.selfVoicing, settings),
      verbosity: settings.verbosity ?? 'brief',
    },
  });

  const leaveFullScreen = opts.screenReader ? () => {} : enterFullScreen(stdout);
  if (!opts.screenReader) drawFirstFrame(stdin, stdout, initial);
  session.settle();
  const [{ render }, { App }] = await (early ?? loadUi());
  // Speech engines are probed after the first frame is up, so opening is not kept waiting.
  const engine = opts.speech.off
    ? Promise.resolve({ engine: null, reason: '朗读已关闭（--no-speech）' })
    : new Promise<void>((r) => setTimeout(r, 0))
        .then(() => import('../speech/engines/index.js'))
        .then(({ chooseEngine }) => chooseEngine(opts.speech.engine, { player: opts.speech.player }))
        .then((found) => ({
          ...found,
          voice: opts.speech.voice ?? settings.voice ?? null,
          rate: opts.speech.rate ?? settings.rate,
          earcons: opts.speech.earcons ?? settings.earcons ?? true,
        }));
  let latest: ReaderState = initial; // kept current by the App, so a signal saves where the reader is
  const instance = render(
    <App initial={initial} engine={engine} onChange={(s) => (latest = s)} onSave={session.save} onQuit={session.save} onBookmarks={session.bookmarks} />,
    { stdin, stdout, ...RENDER_OPTIONS },
  );
  // After a bug too (bin.ts): the screen is given back and the position saved.
  registerCleanup(() => {
    instance.unmount();
    leaveFullScreen();
    session.save(latest);
  }, instance.waitUntilExit());
  // A closed terminal (SIGHUP) or a kill (SIGTERM) still saves the position and leaves cleanly, with
  // the signal's exit code (q and Ctrl+C as a key are a quit: 0).
  let code = 0;
  const stopListening = onStopSignals((signal) => {
    code = stopCode(signal);
    session.save(latest);
    instance.unmount();
  });
  await instance.waitUntilExit();
  stopListening();
  leaveFullScreen();
  for (const w of session.warnings) io.err(`langdu: ${w}\n`);
  return code;
}

/**
 * The document and the function that makes its key (a hash of its text, made once). The text as loaded
 * is dropped once the key is made, not held in the reader's frame for the whole session: the Document
 * keeps what it needs.
 */
async function openKeyed(
  file: string | undefined,
  stdin: NodeJS.ReadStream,
): Promise<{ doc: Document; keyOf: () => string; path: string; file?: { path: string; identity: FileIdentity } }> {
  // The file as it was before and after it was read: the same, so the text is what that identity holds.
  const before = file === '-' ? null : fileIdentity(file ?? DEFAULT_DOCUMENT);
  const { doc, loaded, path } = await openDocument(file, stdin);
  const after = before && path !== '-' ? fileIdentity(path) : null;
  const same = before && after && (Object.keys(before) as (keyof FileIdentity)[]).every((k) => before[k] === after[k]);
  let text: string | null = loaded.text;
  let key: string | null = null;
  const keyOf = () => {
    key ??= documentKey(text!);
    text = null;
    return key;
  };
  return { doc, keyOf, path, ...(same ? { file: { path: resolve(path), identity: { ...after, chars: loaded.text.length } } } : {}) };
}

const LARGE_BYTES = 4 * 1024 * 1024;

/**
 * A large report stays open for a long session: ask V8 to keep its heap compact (grow it less eagerly,
 * give pages back after a collection). For a 10 MiB report this keeps the reader ~80 MiB smaller after
 * a search and a script cycle, for ~15% more time parsing; small reports keep V8's faster defaults.
 */
function leanHeapFor(file: string | undefined): void {
  try {
    // node:v8 only then, and not as an ES module (which reads all its exports: ~1 ms at every start).
    if (file && statSync(fsPath(file)).size > LARGE_BYTES) process.getBuiltinModule('node:v8').setFlagsFromString('--optimize-for-size');
  } catch {
    // unreadable: loading says why
  }
}
