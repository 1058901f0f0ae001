// The speech queue: one utterance at a time, the next one synthesized while this one plays (prefetch),
// and cancellation that kills synthesizer and player together. A generation counter makes every
// callback of a stopped run a no-op, however late it arrives. Pause is stop-and-remember, so resume is
// just start() again from the remembered sentence. An interjection (a rate change said during say-all)
// is said after the sentence playing, before the prefetched one.
import { cuePcm } from './earcons.js';
import { type ClipRecord, type SpeechLog, speechLogFromEnv } from './speech-log.js';
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
  private interjections: Utterance<K>[] = [];
  private readonly log: SpeechLog | null;

  constructor(
    readonly engine: Engine,
    options: SpeakOptions = {},
    log: SpeechLog | null = speechLogFromEnv(),
  ) {
    this.options = { ...options };
    this.log = log;
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

  /** Say `u` after the utterance playing now, before the reading goes on; nothing if nothing is playing. */
  interject(u: Utterance<K>): void {
    if (this.controller) this.interjections.push(u);
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
    this.interjections = [];
    this.controller?.abort();
    this.controller = null;
  }

  private async run(gen: number, controller: AbortController, next: () => Utterance<K> | null, events: QueueEvents<K>): Promise<void> {
    const live = () => gen === this.generation;
    const fail = (e: unknown) => {
      if (!live()) return;
      this.controller = null;
      events.onError(e instanceof Error ? e.message : String(e), e instanceof SpeechError && e.fatal);
    };
    let current = next();
    let version = this.optionsVersion;
    const input = (u: Utterance<K>) => engineText(u, this.engine.readsPinyin?.(this.options.voice) ?? false);
    // Logged when the engine hands the clip to the player, so a clip cut off before it began has no line.
    const heard = (r: ClipRecord) => (this.log ? () => this.log!(r) : undefined);
    const words = (u: Utterance<K>, aside?: true) =>
      heard({
        kind: 'words',
        text: u.text,
        input: input(u),
        ...(this.options.rate !== undefined ? { rate: this.options.rate } : {}),
        ...(this.options.voice ? { voice: this.options.voice } : {}),
        ...(aside ? { aside } : {}),
      });
    let prepared: Prepared | null = current ? this.engine.prepare(input(current), this.options) : null;
    try {
      while (current && prepared) {
        if (!live()) return prepared.cancel();
        // The next utterance is made and synthesized once this one has started, while it plays (the
        // prefetch): its reading, conversion and synthesizer start are not between this one's player and
        // its first byte (for speak, the first sentence's script converter is the small one, see
        // src/script/index.ts, and the full one is built here).
        type Asked = { upcoming: Utterance<K> | null; made: Prepared | null } | { error: unknown };
        let asked: Asked | null = null;
        const ask = (): Asked | null => {
          if (asked || !live()) return asked;
          try {
            const u = next();
            asked = { upcoming: u, made: u ? this.engine.prepare(input(u), this.options) : null };
          } catch (error) {
            asked = { error };
          }
          return asked;
        };
        const dropAsked = () => (asked && 'made' in asked ? asked.made?.cancel() : undefined);
        const begun = words(current);
        try {
          // The structure's pause (and earcon) before it, through the same player; the words are being
          // synthesized meanwhile.
          if (current.pauseMs && this.engine.prepareAudio) {
            await this.engine
              .prepareAudio(cuePcm({ pauseMs: current.pauseMs, ...(current.earcon ? { earcon: current.earcon } : {}) }, true))
              .play(controller.signal, heard({ kind: 'cue', pauseMs: current.pauseMs, ...(current.earcon ? { earcon: current.earcon } : {}) }));
            if (!live()) {
              dropAsked();
              return prepared.cancel();
            }
          }
          events.onStart(current.key);
          await prepared.play(controller.signal, () => {
            begun?.();
            setImmediate(ask);
          });
          // Asides wait for the sentence to end, and are said at the options of now (a new rate).
          while (live() && this.interjections.length > 0) {
            const u = this.interjections.shift()!;
            await this.engine.prepare(input(u), this.options).play(controller.signal, words(u, true));
          }
        } catch (e) {
          dropAsked();
          return fail(e);
        }
        if (!live()) return dropAsked();
        const got = ask()!;
        if ('error' in got) return fail(got.error);
        const upcoming = got.upcoming;
        let upcomingPrepared = got.made;
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
