// Between the reader's state and the speech queue: when the reducer says "read from here" (a new speech
// generation), the controller builds the sentence stream, makes each sentence's spoken form in the
// voice's script, and reports progress back as events carrying that generation.
import { sentenceStream, type StreamSentence } from '../reader/speech.js';
import type { Command, ReaderState } from '../reader/state.js';
import { convert, isLoaded, loadScript, type Script } from '../script/index.js';
import { chunkSpoken, SpeechQueue, type Utterance } from './queue.js';
import { spokenForm } from './spoken.js';
import type { Engine } from './types.js';

export interface Key {
  item: number;
  sentence: number;
}

export class SpeechController {
  private readonly queue: SpeechQueue<Key | null>;
  private lastGeneration = 0;
  private lastOnce = 0;

  constructor(
    engine: Engine,
    private readonly dispatch: (cmd: Command) => void,
  ) {
    this.queue = new SpeechQueue<Key | null>(engine);
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
      void this.withScript(script, () => {
        let given = false;
        this.queue.start(() => (given ? null : ((given = true), { key: null, text: spokenForm(convert(text, script)) })), {
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
    const next = spokenUtterances(sentenceStream(state.index, { item: state.opened, sentence: state.sentence }, sp.scope, sp.announceHeadings), script);
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

/**
 * Utterances for the engine from a sentence stream: each sentence's spoken form in `script` (a script
 * the caller has loaded), long ones cut at a comma, silent ones (only punctuation) left out.
 */
export function spokenUtterances(stream: () => StreamSentence | null, script: Script): () => Utterance<Key> | null {
  let pending: Utterance<Key>[] = [];
  return () => {
    while (pending.length === 0) {
      const s = stream();
      if (!s) return null;
      const key = { item: s.item, sentence: s.sentence };
      pending = chunkSpoken(spokenForm(convert(s.text, script), { heading: s.heading }))
        .filter((t) => /[\p{L}\p{N}]/u.test(t))
        .map((text) => ({ key, text }));
    }
    return pending.shift()!;
  };
}
