// The bridge between the reader's speech intent and the speech queue, owned by the UI: when the
// reducer says "read from here" (a new speech generation), the bridge builds the sentence stream and
// the utterances in the voice's script, and reports progress back as events carrying that generation.
import type { Place } from '../document/address.js';
import { sentenceStream } from '../document/reading.js';
import type { Command, ReaderState } from '../reader/state.js';
import { convert, isLoaded, loadScript, type Script } from '../script/index.js';
import { SpeechQueue } from '../speech/queue.js';
import { spokenForm } from '../speech/spoken.js';
import type { Engine } from '../speech/types.js';
import { spokenUtterances } from '../speech/utterances.js';

export class SpeechBridge {
  private readonly queue: SpeechQueue<Place | null>;
  private lastGeneration = 0;
  private lastOnce = 0;

  constructor(
    engine: Engine,
    private readonly dispatch: (cmd: Command) => void,
  ) {
    this.queue = new SpeechQueue<Place | null>(engine);
  }

  /** Call after every state change; cheap when nothing about speech changed. */
  sync(state: ReaderState): void {
    const sp = state.speech;
    this.queue.setOptions({ rate: sp.rate, ...(sp.voice ? { voice: sp.voice } : {}) });
    const script = this.scriptFor(state);
    if (sp.once && sp.once.seq !== this.lastOnce) {
      this.lastOnce = sp.once.seq;
      this.lastGeneration = sp.generation;
      const text = sp.once.text;
      // Silence: the next key cut off what was being said.
      if (!text) {
        this.queue.stop();
        return;
      }
      void this.withScript(script, () => {
        const once = [{ key: null, text: spokenForm(convert(text, script)) }];
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
    const reading = spokenUtterances(sentenceStream(state.index, { item: state.opened, sentence: state.sentence }, sp.scope, sp.announceHeadings), script);
    // Where a move landed is said first, then the reading goes on from there.
    const lead = sp.lead ? [{ key: null, text: spokenForm(convert(sp.lead, script)) }] : [];
    const next = () => lead.shift() ?? reading();
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

  private async withScript(script: Script, then: () => void): Promise<void> {
    if (!isLoaded(script)) await loadScript(script);
    then();
  }
}
