// The words the reader says, where they follow Chinese usage.
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { durationWords, statusPosition } from '../../src/reader/words.js';

describe('words', () => {
  it('a count of two is 两 (共两点, 共两节), an ordinal stays 第二', () => {
    const index = new DocIndex(parse('一、总体情况\n（一）第一节\n一是甲。二是乙。\n（二）第二节\n正文。\n二、存在问题\n正文。\n'));
    const state = createState(index);
    const second = index.byId.get('1.1.2')!;
    expect(statusPosition(state, second.index)).toBe('第一部分 › 第一节 › 第二点，共两点');
    expect(statusPosition(state, index.byId.get('1.2')!.index)).toBe('第一部分 › 第二节，共两节');
  });

  it('listening time over an hour is in hours and minutes', () => {
    expect(durationWords(17)).toBe('17 分钟');
    expect(durationWords(60)).toBe('1 小时');
    expect(durationWords(125)).toBe('2 小时 5 分钟');
  });
});

describe('the status line', () => {
  it('keeps the speech state on a 40-column terminal; the position gives way', async () => {
    const { statusLine } = await import('../../src/ui/VisualLayout.js');
    const { parse: parseDoc } = await import('../../src/document/parse.js');
    const { readFileSync } = await import('node:fs');
    const { SEED_PATH } = await import('../helpers.js');
    const { textWidth } = await import('../../src/ui/text.js');
    const index = new DocIndex(parseDoc(readFileSync(SEED_PATH, 'utf8')));
    const s = { ...createState(index), cursor: index.byId.get('1.5.3')!.index };
    for (const status of ['idle', 'playing', 'paused'] as const) {
      const state = { ...s, speech: { ...s.speech, status } };
      for (const cols of [40, 60, 100]) {
        const line = statusLine(state, cols);
        expect(textWidth(line), line).toBeLessThanOrEqual(cols);
        expect(line).toMatch(status === 'idle' ? /■ 未朗读 \d+/ : status === 'playing' ? /▶ 朗读中 \d+/ : /‖ 已暂停 \d+/);
      }
    }
  });
});

describe('the review cursor', () => {
  it('steps by character and by word through the sentence, naming punctuation, and crosses into the next sentence', async () => {
    const { reduce } = await import('../../src/reader/state.js');
    const index = new DocIndex(parse('一、总体情况\n推进法治政府建设，成效明显。全面完成任务。\n'));
    const run = (s: ReturnType<typeof createState>, ...types: string[]) => types.reduce((acc, t) => reduce(acc, { type: t } as never), s);
    let s = run(createState(index), 'down', 'nextSentence'); // the first body sentence
    expect(s.sentence).toBe(1);
    s = run(s, 'nextChar');
    expect(s.message).toBe('推');
    s = run(s, 'nextChar', 'nextChar');
    expect(s.message).toBe('法');
    s = run(s, 'nextWord');
    expect(s.message).toBe('政府'); // from inside 法治, the next word
    const words: string[] = [];
    let w = run(run(createState(index), 'down', 'nextSentence'), 'nextWord');
    for (let k = 0; k < 8; k++) {
      words.push(w.message);
      w = run(w, 'nextWord');
    }
    expect(words.slice(0, 4)).toEqual(['推进', '法治', '政府', '建设']);
    expect(words).toContain('全面'); // on into the next sentence
    // Punctuation is said by name.
    let c = run(run(createState(index), 'down', 'nextSentence'), 'nextChar');
    for (let k = 0; k < 8; k++) c = run(c, 'nextChar');
    expect(c.message).toBe('，（逗号）');
    // Back, and leaving the sentence some other way drops the review cursor.
    expect(run(c, 'prevChar').message).toBe('设');
    expect(run(c, 'prevSentence').review).toBeNull();
  });
});
