// What the reader keeps between runs, for one document: where it was, its bookmarks and the settings.
// Position and settings are saved when they change (debounced) and on quit; bookmarks the moment they
// change, one operation at a time on top of what is on disk, so any number of readers of the same
// report keep every bookmark (and every deletion).
import type { BookmarkRequest, BookmarkResult } from '../reader/bookmarks.js';
import { cursorPosition } from '../reader/position.js';
import type { ReaderState } from '../reader/state.js';
import { type DocState, reasonInChinese, type Settings, Store } from '../store/index.js';

export interface ReaderSession {
  /** What was saved for this document, and the settings, as loaded. */
  readonly saved: DocState;
  readonly settings: Settings;
  /** Warnings about state files (corrupt, unreadable), one line each, without the `langdu: ` prefix. */
  readonly warnings: string[];
  save(state: ReaderState): void;
  bookmarks(request: BookmarkRequest): BookmarkResult;
}

export function readerSession(key: string, store?: Store): ReaderSession {
  const warnings: string[] = [];
  const st = store ?? new Store(undefined, (w) => warnings.push(w.replace(/^langdu: /, '')));
  const saved = st.loadDoc(key);
  const settings = st.loadSettings();
  return {
    saved,
    settings,
    warnings,
    save(s) {
      st.saveDoc(key, { position: cursorPosition(s), script: s.script });
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
      if (request.kind === 'list') return { ok: true, bookmarks: st.loadDoc(key).bookmarks };
      const done = st.changeBookmarks(key, request);
      return done.ok ? { ok: true, bookmarks: done.value } : { ok: false, reason: reasonInChinese(done.code) };
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
