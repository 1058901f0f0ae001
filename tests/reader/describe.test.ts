// The reader's character description (i) and pinyin spelling (p), through the reducer: the first asks
// for its data to be loaded and is answered when it is; what is shown, and what is said with its
// reading forced (a lone 行 would be read xíng where the text says háng).
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { provideLookup } from '../../src/reader/review.js';
import { type Command, createState, type ReaderState, reduce } from '../../src/reader/state.js';
import * as lookup from '../../src/speech/lookup.js';
import { seedText } from '../helpers.js';

const run = (s: ReaderState, ...cmds: (Command | Command['type'])[]) =>
  cmds.reduce((acc, c) => reduce(acc, typeof c === 'string' ? ({ type: c } as Command) : c), s);
const withSpeech = (s: ReaderState): ReaderState =>
  run(s, {
    type: 'speechReady',
    ok: true,
    reason: 'fake',
    rate: 260,
    defaultRate: 260,
    voice: 'a',
    voices: [{ id: 'a', name: 'A', lang: 'zh-CN', script: 'simplified' }],
  });
const loaded = { type: 'lookupLoaded', ok: true, reason: '' } as const;
/** What the UI does on a lookupRequest (ui/hooks/useLookup.ts): load, then hand the module over. */
async function load(kind: 'describeChar' | 'spellSentence', sentence = ''): Promise<void> {
  await lookup.prepareLookup(kind, sentence);
  provideLookup(lookup);
}

const simple = new DocIndex(parse('一、总体情况\n银行行长到长沙调研，还款难。\n'));

describe('describing a character in the reader', () => {
  it('asks for its data the first time, says so, and describes once it is loaded', async () => {
    let s = run(withSpeech(createState(simple)), 'down', 'nextSentence', 'nextChar', 'nextChar'); // 银, 行
    expect(s.message).toBe('行');
    s = run(s, 'describeChar');
    expect(s.lookupRequest).toBe('describeChar');
    expect(s.message).toBe('正在载入字词资料……');
    await load('describeChar', '银行行长到长沙调研，还款难。');
    s = run(s, loaded);
    expect(s.lookupRequest).toBeNull();
    expect(s.message).toMatch(/^行 háng，\S*行\S*的行$/);
    // Said with the reading of the context, not the lone character's: háng, then the word, then háng.
    expect(s.speech.once?.text).toMatch(/^行，\S+的行$/);
    expect(s.speech.once?.reading).toMatch(/^hang2 , .* de5 hang2$/);
    // r says it again, the same way.
    const again = run(s, 'repeat');
    expect(again.speech.once?.reading).toBe(s.speech.once?.reading);
    expect(again.speech.once?.seq).toBe(s.speech.once!.seq + 1);
  });

  it('follows the review cursor: the next 行 of 行长, the 长 of 长沙, a comma by its name', async () => {
    await load('describeChar');
    let s = run(createState(simple), 'down', 'nextSentence');
    s = run(s, 'describeChar');
    expect(s.message).toMatch(/^银 yín，/); // before any review step: the sentence's first character
    expect(s.review).toBe(0);
    s = run(s, 'nextChar', 'nextChar', 'describeChar');
    expect(s.message).toMatch(/^行 háng，/);
    s = run(s, 'nextChar', 'describeChar');
    expect(s.message).toMatch(/^长 zhǎng，/);
    s = run(s, 'nextChar', 'nextChar', 'describeChar');
    expect(s.message).toMatch(/^长 cháng，/);
    for (let k = 0; k < 4; k++) s = run(s, 'nextChar');
    expect(run(s, 'describeChar').message).toBe('，（逗号）');
  });

  it('spells the sentence in pinyin with tone marks, and says it syllable by syllable', async () => {
    await load('spellSentence');
    const s = run(withSpeech(createState(simple)), 'down', 'nextSentence', 'spellSentence');
    expect(s.message).toBe('拼音：yín háng háng zhǎng dào cháng shā diào yán，huán kuǎn nán。');
    expect(s.speech.once?.reading).toBe('yin2 , hang2 , hang2 , zhang3 , dao4 , chang2 , sha1 , diao4 , yan2 , huan2 , kuan3 , nan2');
  });

  it('describes a Traditional report in Traditional, and in Simplified when the reader shows Simplified', async () => {
    await load('describeChar', '權');
    const index = new DocIndex(parse(seedText()));
    const s = run(createState(index, { position: { id: '1.1.1', sentence: 0 } }), 'describeChar');
    expect(s.message).toMatch(/^一 yī，\S+的一$/);
    const quan = run(createState(index), 'search', { type: 'input', text: '權' }, 'submit');
    // The review cursor starts at the sentence's first character; step to 權.
    let r = quan;
    for (let k = 0; k < 40 && !r.message.startsWith('權'); k++) r = run(r, 'nextChar');
    expect(run(r, 'describeChar').message).toMatch(/^權 quán，\S*權\S*的權$/);
    const simplified = run(r, 'cycleScript');
    expect(run(simplified, 'describeChar').message).toMatch(/^权 quán，\S*权\S*的权$/);
  });

  it('says why when its data cannot be loaded', () => {
    let s: ReaderState = { ...createState(simple), lookupRequest: 'describeChar' };
    s = run(s, { type: 'lookupLoaded', ok: false, reason: '找不到词表' });
    expect(s.message).toBe('不能查字：找不到词表');
    expect(s.lookupRequest).toBeNull();
  });
});
