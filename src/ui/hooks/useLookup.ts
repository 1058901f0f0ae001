// Loads what a character description or a spelling needs (pinyin-pro, jieba's word list, the
// Traditional converter), the first time somebody asks, then tells the reducer to go on. Never at
// launch: the word list is ~60 MB in memory and most readers never ask.
import { type RefObject, useEffect } from 'react';
import { reviewSentence } from '../../reader/review.js';
import type { Command, ReaderState } from '../../reader/state.js';
import { loadScript } from '../../script/index.js';

export function useLookup(stateRef: RefObject<ReaderState>, apply: (cmd: Command) => void): void {
  const request = stateRef.current.lookupRequest;
  useEffect(() => {
    if (!request) return;
    let gone = false;
    void (async () => {
      const [{ loadReading }, describe] = await Promise.all([import('../../speech/reading.js'), import('../../speech/describe.js')]);
      await Promise.all([loadReading(), loadScript('simplified')]);
      if (request === 'describeChar') {
        await describe.loadDescriptions();
        if (describe.needsTraditional(reviewSentence(stateRef.current))) await loadScript('traditional');
      }
    })().then(
      () => gone || apply({ type: 'lookupLoaded', ok: true, reason: '' }),
      (e: Error) => gone || apply({ type: 'lookupLoaded', ok: false, reason: e.message }),
    );
    return () => {
      gone = true;
    };
  }, [request, stateRef, apply]);
}
