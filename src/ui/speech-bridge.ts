// The bridge between the reader's speech intent and the speech queue, owned by the UI: when the
// reducer says "read from here" (a new speech generation), the bridge builds the sentence stream and
// the utterances in the voice's script, and reports progress back as events carrying that generation.
import type { Place } from '../document/address.js';
import { sentenceStream } from '../document/reading.js';
import type { Command, ReaderState } from '../reader/state.js';
import { convert, isLoaded, loadScript, type Script } from '../script/index.js';
import { SpeechQueue } from '../speech/queue.js';
import { pinyinInput, readingLoaded, readingTokens } from '../speech/reading.js';
import { spokenForReading, WORD_BREAK } from '../speech/spoken.js';
import type { Engine } from '../speech/types.js';
import { spokenUtterances, type Utterance } from '../speech/utterances.js';

export class SpeechBridge {
  private readonly queue: SpeechQueue<Place | null>;
  private lastGeneration = 0;
  private lastOnce = 0;
  private lastAside = 0;

  constructor(
    private readonly engine: Engine,
    private readonly dispatch: (cmd: Command) => void,
    private readonly options: { earcons?: boolean } = {},
  ) {
    this.queue = new SpeechQueue<Place | null>(engine);
  }

  /** Call after every state change; cheap when nothing about speech changed. */
  sync(state: ReaderState): void {
    const sp = state.speech;
    this.queue.setOptions({ rate: sp.rate, ...(sp.voice ? { voice: sp.voice } : {}) });
    this.voice = sp.voice ?? undefined;
    const script = this.scriptFor(state);
    if (sp.aside && sp.aside.seq !== this.lastAside) {
      this.lastAside = sp.aside.seq;
      // Said when the sentence playing ends, before the next (see SpeechState.aside).
      this.queue.interject(this.single(sp.aside.text, script));
    }
    if (sp.once && sp.once.seq !== this.lastOnce) {
      this.lastOnce = sp.once.seq;
      this.lastGeneration = sp.generation;
      const { text, reading } = sp.once;
      // Silence: the next key cut off what was being said.
      if (!text) {
        this.queue.stop();
        return;
      }
      const seq = sp.once.seq;
      const generation = sp.generation;
      void this.withScript(script, () => {
        // A reading or another answer asked for since (while the script loaded) wins: this one is stale.
        if (seq !== this.lastOnce || generation !== this.lastGeneration) return;
        const once = [this.single(text, script, reading)];
        this.queue.start(() => once.shift() ?? null, {
          onStart: () => {},
          onEnd: () => {},
          onError: (message, fatal) => this.dispatch({ type: 'speechError', message, fatal }),
        });
      });
      return;
    }
    if (sp.generation === this.lastGeneration) return;
    this.lastGeneration = sp.generation;
    if (sp.status !== 'playing') {
      this.queue.stop();
      return;
    }
    const generation = sp.generation;
    const reading = spokenUtterances(
      sentenceStream(state.index, { item: state.opened, sentence: state.sentence }, sp.scope, sp.announceHeadings),
      script,
      this.options,
    );
    // Where a move landed is said first, then the reading goes on from there.
    let lead = sp.lead;
    const next = () => {
      if (!lead) return reading();
      const first = this.single(lead, script);
      lead = null;
      return first;
    };
    void this.withScript(script, () => {
      if (generation !== this.lastGeneration) return;
      this.queue.start(next, {
        onStart: (key) => key && this.dispatch({ type: 'speechAt', generation, ...key }),
        onEnd: () => this.dispatch({ type: 'speechEnd', generation }),
        onError: (message, fatal) => this.dispatch({ type: 'speechError', generation, message, fatal }),
      });
    });
  }

  stop(): void {
    this.queue.stop();
  }

  /** A zh-CN voice reads Simplified, a zh-TW/zh-HK voice Traditional. */
  private scriptFor(state: ReaderState): Script {
    const voice = state.speech.voices.find((v) => v.id === state.speech.voice);
    return voice?.script ?? 'simplified';
  }

  /** The script, and the reading when the voice reads pinyin (both usually loaded already: see useSpeech). */
  private async withScript(script: Script, then: () => void | Promise<void>): Promise<void> {
    if (!isLoaded(script)) await loadScript(script);
    if (this.engine.readsPinyin?.(this.voice) ?? false) {
      const { loadReading } = await import('../speech/reading.js');
      if (!readingLoaded()) await loadReading();
    }
    await then();
  }

  private voice: string | undefined;

  /** One thing to say (an answer, where a move landed), with its reading: the one given, or the text's own once that is loaded. */
  private single(text: string, script: Script, reading?: string): Utterance<null> {
    const said = spokenForReading(convert(text, script));
    const spoken = said.replaceAll(WORD_BREAK, '');
    if (reading !== undefined) return { key: null, text: spoken, reading };
    return { key: null, text: spoken, ...(readingLoaded() ? { reading: pinyinInput(readingTokens(said)) } : {}) };
  }
}
