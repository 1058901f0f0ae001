// What the reader keeps between runs, for one document: where it was, its bookmarks and the settings.
// Position and settings are saved when they change (debounced) and on quit; bookmarks the moment they
// change, one operation at a time on top of what is on disk, so any number of readers of the same
// report keep every bookmark (and every deletion).
import type { BookmarkRequest, BookmarkResult } from '../reader/bookmarks.js';
import { cursorPosition } from '../reader/position.js';
import type { ReaderState } from '../reader/state.js';
import { type DocState, type FileIdentity, reasonInChinese, type Settings, Store } from '../store/index.js';

export interface ReaderSession {
  /** What was saved for this document, and the settings, as loaded. */
  readonly saved: DocState;
  readonly settings: Settings;
  /** Warnings about state files (corrupt, unreadable), one line each, without the `langdu: ` prefix. */
  readonly warnings: string[];
  save(state: ReaderState): void;
  bookmarks(request: BookmarkRequest): BookmarkResult;
  /** Work out the document's key now, if it was put off (the reader calls this after its first frame). */
  settle(): void;
}

/**
 * `key` is the document's key, or the function that makes it (a hash of the text). Loading node:crypto
 * and hashing the text cost ~5 ms before the first frame, so the function is called at once only when
 * it must be: not when `file` (the file the text was read from, unchanged while it was read) is the
 * file last opened and unchanged since (its key is remembered), nor on a first run, when nothing was
 * ever saved for any document; then it waits for `settle` or the first save. The first save remembers
 * the file's key.
 */
export function readerSession(key: string | (() => string), store?: Store, file?: { path: string; identity: FileIdentity }): ReaderSession {
  const warnings: string[] = [];
  const st = store ?? new Store(undefined, (w) => warnings.push(w.replace(/^langdu: /, '')));
  const remembered = typeof key === 'function' && file ? st.rememberedKey(file.path, file.identity) : null;
  let known = typeof key === 'string' ? key : (remembered ?? (st.hasDocuments() ? key() : null));
  let make = typeof key === 'function' && known === null ? key : null;
  const keyNow = (): string => {
    if (known === null) {
      known = make!();
      make = null; // and with it, the text it hashed
    }
    return known;
  };
  let memoised = false;
  const saved: DocState = known !== null ? st.loadDoc(known) : { position: null, bookmarks: [], script: null };
  const settings = st.loadSettings();
  return {
    saved,
    settings,
    warnings,
    save(s) {
      st.saveDoc(keyNow(), { position: cursorPosition(s), script: s.script });
      // Once something is saved for this file, its key is worth remembering (once a session).
      if (file && remembered === null && !memoised) {
        memoised = true;
        st.rememberKey(file.path, file.identity, keyNow());
      }
      const wanted = {
        script: s.script,
        announceHeadings: s.speech.announceHeadings,
        verbosity: s.speech.verbosity,
        ...(s.speech.status !== 'off' && s.speech.status !== 'starting'
          ? { rate: s.speech.rate, rateUnit: 'cpm' as const, ...(s.speech.voice ? { voice: s.speech.voice } : {}) }
          : {}),
      };
      if (Object.entries(wanted).some(([k, v]) => settings[k] !== v)) {
        st.saveSettings(wanted);
        Object.assign(settings, wanted);
      }
    },
    bookmarks(request) {
      if (request.kind === 'list') return { ok: true, bookmarks: st.loadDoc(keyNow()).bookmarks };
      const done = st.changeBookmarks(keyNow(), request);
      return done.ok ? { ok: true, bookmarks: done.value } : { ok: false, reason: reasonInChinese(done.code, done.unreadable) };
    },
    settle() {
      keyNow();
    },
  };
}

/**
 * Whether the reader speaks every key's answer: as asked on the command line, else off in the
 * screen-reader layout (the screen reader speaks the lines) and as last saved (on) in the visual one.
 */
export function selfVoicingFor(screenReader: boolean, asked: boolean | undefined, settings: Settings): boolean {
  return asked ?? (screenReader ? false : (settings.selfVoicing ?? true));
}
