// A recording fake engine, for unit tests of the speech queue and the reader's speech only: each
// utterance "plays" for `ms` milliseconds (or until aborted) and every call is recorded.
import type { Availability, Engine, Prepared, SpeakOptions, Voice } from '../../src/speech/types.js';

export interface Played {
  text: string;
  opts: SpeakOptions;
  outcome: 'done' | 'aborted' | 'cancelled' | 'pending';
}

export class FakeEngine implements Engine {
  // Stands in for espeak-ng (engine ids are a closed list); the label says what it is.
  readonly id = 'espeak-ng' as const;
  readonly label = 'fake';
  readonly defaultRate = 260;
  readonly prepared: Played[] = [];
  readonly played: Played[] = [];
  failOn: string | null = null;

  constructor(
    public ms = 30,
    readonly voiceList: Voice[] = [
      { id: 'zh-a', name: 'A', lang: 'zh-CN', script: 'simplified' },
      { id: 'zh-b', name: 'B', lang: 'zh-TW', script: 'traditional' },
    ],
  ) {}

  probe(): Promise<Availability> {
    return Promise.resolve({ ok: true, detail: 'fake' });
  }
  voices(): Promise<Voice[]> {
    return Promise.resolve(this.voiceList);
  }
  prepare(text: string, opts: SpeakOptions): Prepared {
    const rec: Played = { text, opts: { ...opts }, outcome: 'pending' };
    this.prepared.push(rec);
    return {
      cancel: () => {
        if (rec.outcome === 'pending') rec.outcome = 'cancelled';
      },
      play: (signal, started) =>
        new Promise<void>((resolve, reject) => {
          this.played.push(rec);
          started?.();
          if (this.failOn !== null && text.includes(this.failOn)) return reject(new Error('engine killed mid-sentence'));
          // As a real engine does: one say-all's signal serves every utterance, so the listener goes when this one ends.
          const onAbort = () => {
            clearTimeout(t);
            rec.outcome = 'aborted';
            resolve();
          };
          const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            rec.outcome = 'done';
            resolve();
          }, this.ms);
          signal.addEventListener('abort', onAbort, { once: true });
        }),
    };
  }
  synthesize(): Promise<void> {
    return Promise.resolve();
  }
}
