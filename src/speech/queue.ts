// The speech queue: one utterance at a time, the next one synthesized while this one plays (prefetch),
// and cancellation that kills synthesizer and player together. A generation counter makes every
// callback of a stopped run a no-op, however late it arrives. Pause is stop-and-remember, so resume is
// just start() again from the remembered sentence.
import { cuePcm } from './earcons.js';
import { type Engine, type Prepared, type SpeakOptions, SpeechError } from './types.js';
import { engineText, type Utterance } from './utterances.js';

export type { Utterance } from './utterances.js';

export interface QueueEvents<K> {
  /** An utterance started playing. */
  onStart(key: K): void;
  /** The source ran dry: everything was spoken. */
  onEnd(): void;
  /** `fatal`: trying again will not help (see SpeechError). */
  onError(message: string, fatal: boolean): void;
}

export class SpeechQueue<K> {
  private generation = 0;
  private controller: AbortController | null = null;
  private options: SpeakOptions;
  private optionsVersion = 0;

  constructor(
    readonly engine: Engine,
    options: SpeakOptions = {},
  ) {
    this.options = { ...options };
  }

  get speaking(): boolean {
    return this.controller !== null;
  }

  /** Change rate or voice from the next utterance on, without stopping. */
  setOptions(options: SpeakOptions): void {
    if (options.rate === this.options.rate && options.voice === this.options.voice) return;
    this.options = { ...this.options, ...options };
    this.optionsVersion++;
  }

  /** Stop whatever is speaking and speak what `next` gives, until it gives null. Returns the generation. */
  start(next: () => Utterance<K> | null, events: QueueEvents<K>): number {
    this.stop();
    const gen = ++this.generation;
    const controller = new AbortController();
    this.controller = controller;
    void this.run(gen, controller, next, events);
    return gen;
  }

  /** Stop at once: synthesizer and player are killed; late events of this run are dropped. */
  stop(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }

  private async run(gen: number, controller: AbortController, next: () => Utterance<K> | null, events: QueueEvents<K>): Promise<void> {
    const live = () => gen === this.generation;
    let current = next();
    let version = this.optionsVersion;
    const input = (u: Utterance<K>) => engineText(u, this.engine.readsPinyin?.(this.options.voice) ?? false);
    let prepared: Prepared | null = current ? this.engine.prepare(input(current), this.options) : null;
    try {
      while (current && prepared) {
        if (!live()) return prepared.cancel();
        const upcoming = next();
        let upcomingPrepared = upcoming ? this.engine.prepare(input(upcoming), this.options) : null; // prefetch
        try {
          // The structure's pause (and earcon) before it, through the same player; the words are being
          // synthesized meanwhile.
          if (current.pauseMs && this.engine.prepareAudio) {
            await this.engine
              .prepareAudio(cuePcm({ pauseMs: current.pauseMs, ...(current.earcon ? { earcon: current.earcon } : {}) }, true))
              .play(controller.signal);
            if (!live()) {
              upcomingPrepared?.cancel();
              return prepared.cancel();
            }
          }
          events.onStart(current.key);
          await prepared.play(controller.signal);
        } catch (e) {
          upcomingPrepared?.cancel();
          if (live()) {
            this.controller = null;
            events.onError(e instanceof Error ? e.message : String(e), e instanceof SpeechError && e.fatal);
          }
          return;
        }
        if (!live()) return upcomingPrepared?.cancel();
        // A rate or voice change takes effect from here: re-make the prefetched utterance.
        if (upcoming && upcomingPrepared && version !== this.optionsVersion) {
          upcomingPrepared.cancel();
          upcomingPrepared = this.engine.prepare(input(upcoming), this.options);
          version = this.optionsVersion;
        }
        current = upcoming;
        prepared = upcomingPrepared;
      }
      if (live()) {
        this.controller = null;
        events.onEnd();
      }
    } finally {
      if (!live()) prepared?.cancel();
    }
  }
}
