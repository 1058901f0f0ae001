// Loads what a character description or a spelling needs (speech/lookup.ts: pinyin-pro, jieba's word
// list, the Traditional converter), the first time somebody asks, hands it to the reducer and tells it
// to go on. Never at launch: the word list is ~60 MB in memory and most readers never ask.
import { type RefObject, useEffect } from 'react';
import { provideLookup, reviewSentence } from '../../reader/review.js';
import type { Command, ReaderState } from '../../reader/state.js';

export function useLookup(stateRef: RefObject<ReaderState>, apply: (cmd: Command) => void): void {
  const request = stateRef.current.lookupRequest;
  useEffect(() => {
    if (!request) return;
    let gone = false;
    void import('../../speech/lookup.js')
      .then(async (lookup) => {
        await lookup.prepareLookup(request, reviewSentence(stateRef.current));
        provideLookup(lookup);
      })
      .then(
        () => gone || apply({ type: 'lookupLoaded', ok: true, reason: '' }),
        (e: Error) => gone || apply({ type: 'lookupLoaded', ok: false, reason: e.message }),
      );
    return () => {
      gone = true;
    };
  }, [request, stateRef, apply]);
}
