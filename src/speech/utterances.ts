// Sentences → utterances: each sentence's spoken form in the voice's script, long ones cut, silent ones
// (only punctuation) left out. The reader, `speak` and `export` all read through this.
import type { Place, StreamSentence } from '../document/reading.js';
import { convert, type Script } from '../script/index.js';
import { chunkSpoken, type Utterance } from './queue.js';
import { spokenForm } from './spoken.js';

/**
 * Utterances for the engine from a sentence stream, in `script` (a script the caller has loaded). Each
 * carries the place of the sentence it comes from, so a listener's position can follow it.
 */
export function spokenUtterances(stream: () => StreamSentence | null, script: Script): () => Utterance<Place> | null {
  let pending: Utterance<Place>[] = [];
  return () => {
    while (pending.length === 0) {
      const s = stream();
      if (!s) return null;
      const key = { item: s.item, sentence: s.sentence };
      pending = chunkSpoken(spokenForm(convert(s.text, script), { heading: s.markerFirst }))
        .filter((t) => /[\p{L}\p{N}]/u.test(t))
        .map((text) => ({ key, text }));
    }
    return pending.shift()!;
  };
}
