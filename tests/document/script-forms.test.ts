// script-forms.ts puts the header's lexicons and a page's words in one form, through a table of characters
// generated from the lexicons' words. A word added to a lexicon later must still match in the other script:
// this checks every Han word of src/document against opencc-js (the project's converter), so a missing
// character fails here with the word that needs it (`node scripts/script-forms.mjs` regenerates the table).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anyScript, anyScriptPattern, anyScriptTest, oneForm } from '../../src/document/script-forms.js';
import { ROOT } from '../helpers.js';

describe('one form for either script', () => {
  it('has every Han word of the lexicons in src/document in one form, whichever script it is printed in', async () => {
    // opencc-js's Taiwan, Hong Kong and plain Traditional forms (發布, 發佈, 發佈 …), as sites print them.
    const toCn = (await import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' });
    const cn2t = await import('opencc-js/cn2t');
    const toForms = (['tw', 'hk', 't'] as const).map((to) => cn2t.Converter({ from: 'cn', to }));
    const dir = join(ROOT, 'src/document');
    const words = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'script-forms.ts')) {
      for (const w of readFileSync(join(dir, f), 'utf8').match(/\p{Script=Han}+/gu) ?? []) words.add(w);
    }
    const unlike: string[] = [];
    for (const w of words) {
      const simplified = toCn(w);
      for (const form of [w, ...toForms.map((f) => f(simplified))]) {
        if (form.length === simplified.length && oneForm(form) !== oneForm(simplified)) unlike.push(`${form} / ${simplified}`);
      }
    }
    expect(unlike).toEqual([]);
    expect(words.size).toBeGreaterThan(1000);
  });

  it('keeps lengths, so an index in one form is an index in the other', () => {
    const text = '發佈時間：2025-01-01 來源：縣政府 Page 1 🙂';
    expect(oneForm(text)).toBe('发布时间：2025-01-01 来源：县政府 Page 1 🙂');
    expect(oneForm(text).length).toBe(text.length);
  });

  it('matches a key, a pattern and a test in any form, and nothing else', () => {
    const keys = anyScript(['发布时间', '訪問量']);
    expect(['发布时间', '發布時間', '發佈時間', '访问量', '訪問量'].map((k) => keys.has(k))).toEqual([true, true, true, true, true]);
    expect(keys.has('发布')).toBe(false);
    expect(anyScriptPattern(/^本文簡介$/).test(oneForm('本文简介'))).toBe(true);
    expect(anyScriptTest(/^下载文档到/).test('下載文檔到電腦')).toBe(true);
    expect(anyScriptTest(/^下载文档到/).test('上載文檔到電腦')).toBe(false);
  });
});
