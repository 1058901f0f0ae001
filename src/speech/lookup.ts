// What describing a character and spelling a sentence need (review.ts), in one module the reader loads
// the first time somebody asks: the readings, the word list and the spoken form are not part of launch.
import { loadScript } from '../script/index.js';
import { loadDescriptions, needsTraditional } from './describe.js';
import { loadReading } from './reading.js';

export { describeAt, describedLine, describedVoice, descriptionsLoaded, needsTraditional } from './describe.js';
export { pinyinWithMarks, readingLoaded, readingTokens } from './reading.js';
export { spokenForm, spokenForReading } from './spoken.js';

/** Load what a lookup of `sentence` needs: pinyin-pro and tw→cn; for a description jieba's words, and cn→tw for a Traditional text. */
export async function prepareLookup(kind: 'describeChar' | 'spellSentence', sentence: string): Promise<void> {
  await Promise.all([loadReading(), loadScript('simplified')]);
  if (kind !== 'describeChar') return;
  await loadDescriptions();
  if (needsTraditional(sentence)) await loadScript('traditional');
}
