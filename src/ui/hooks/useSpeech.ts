// The speech engine's life in the reader: found after the first frame (probing takes a moment), then a
// bridge follows the state and reads what the reducer says to read; stopped when the reader goes.
import { useEffect, useRef } from 'react';
import type { Command, ReaderState } from '../../reader/state.js';
import { loadScript } from '../../script/index.js';
import type { Engine } from '../../speech/types.js';
import { SpeechBridge } from '../speech-bridge.js';

export interface FoundEngine {
  engine: Engine | null;
  /** Why there is none, or what was chosen. */
  reason: string;
  voice?: string | null;
  rate?: number;
  /** Earcons at parts, sections and points (default on). */
  earcons?: boolean;
}

export function useSpeech(engine: Promise<FoundEngine> | undefined, apply: (cmd: Command) => void): { sync(state: ReaderState): void; stop(): void } {
  const bridge = useRef<SpeechBridge | null>(null);
  useEffect(() => {
    if (!engine) return;
    let gone = false;
    void engine.then(async (found) => {
      if (gone) return;
      if (!found.engine) return apply({ type: 'speechReady', ok: false, reason: found.reason });
      const voices = await found.engine.voices();
      await loadScript('simplified'); // the spoken form of a zh-CN voice
      if (gone) return;
      bridge.current = new SpeechBridge(found.engine, apply, { earcons: found.earcons ?? true });
      // The reading (pinyin-pro, ~80 ms) loads now, after the first frame, so the first Space does not wait.
      if (found.engine.readsPinyin?.(found.voice ?? undefined) ?? true) {
        void import('../../speech/reading.js')
          .then(({ loadReading }) => loadReading())
          .then((warnings) => {
            if (!gone && warnings.length) apply({ type: 'message', text: warnings.join('；') });
          });
      }
      const known = found.voice && voices.some((v) => v.id === found.voice);
      const voice = known ? found.voice! : (voices[0]?.id ?? null);
      apply({
        type: 'speechReady',
        ok: true,
        reason: found.reason,
        voices,
        voice,
        rate: found.rate ?? found.engine.defaultRate,
        defaultRate: found.engine.defaultRate,
      });
      // speak and export refuse an unknown --voice; the reader opens anyway, but says which it uses instead.
      if (found.voice && !known) apply({ type: 'message', text: `没有语音“${found.voice}”，改用 ${voice ?? '引擎的默认语音'}（langdu voices 列出全部语音）` });
    });
    return () => {
      gone = true;
      bridge.current?.stop();
    };
  }, [engine, apply]);
  return {
    sync: (state) => bridge.current?.sync(state),
    stop: () => bridge.current?.stop(),
  };
}
