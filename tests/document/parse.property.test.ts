// Property tests: on generated documents, parsing never throws, never loses or duplicates a character,
// and recovers the tree it was given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocIndex, nodeSentences } from '../../src/document/address.js';
import { intToHan } from '../../src/document/markers.js';
import { parse } from '../../src/document/parse.js';
import { accountedText, allNodes } from '../helpers.js';

const cjk = fc.constantFrom(...'法治政府建设推进工作全面落实区委审查执法服务第一产业单质量首先其次是的和'.split(''));
const punct = fc.constantFrom('，', ',', '。', '；', '：', ':', '、', '“', '”', '《', '》', '(', ')', '（', '）', '%', '.', '!', '？');
const digit = fc.constantFrom(...'0123456789'.split(''));
const space = fc.constantFrom(' ', '\n', '  ', '\u3000', '\t', '|');
const markerText = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((n) => `${intToHan(n)}、`),
  fc.integer({ min: 1, max: 30 }).map((n) => `（${intToHan(n)}）`),
  fc.integer({ min: 1, max: 30 }).map((n) => `(${intToHan(n)})`),
  fc.integer({ min: 1, max: 30 }).map((n) => `${intToHan(n)}是`),
  fc.integer({ min: 1, max: 30 }).map((n) => `${n}.`),
  fc.integer({ min: 1, max: 30 }).map((n) => `${n}、`),
  fc.integer({ min: 1, max: 30 }).map((n) => `（${n}）`),
  fc.integer({ min: 1, max: 5 }).map((n) => `第${intToHan(n)}章`),
  fc.integer({ min: 1, max: 5 }).map((n) => `第${intToHan(n)}部分`),
);
const token = fc.oneof(
  { weight: 6, arbitrary: cjk },
  { weight: 2, arbitrary: punct },
  { weight: 2, arbitrary: digit },
  { weight: 2, arbitrary: space },
  { weight: 2, arbitrary: markerText },
);
const messyDoc = fc.array(token, { maxLength: 300 }).map((t) => t.join(''));

describe('parse on generated text', () => {
  it('never throws and never loses or duplicates a character', () => {
    fc.assert(
      fc.property(messyDoc, (text) => {
        const doc = parse(text);
        const { source, parts } = accountedText(doc);
        expect(parts).toBe(source);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps ids, levels and sentence offsets consistent', () => {
    fc.assert(
      fc.property(messyDoc, (text) => {
        const doc = parse(text);
        const index = new DocIndex(doc);
        for (const e of index.entries) {
          expect(e.node.id).toBe(e.parent ? `${e.parent.node.id}.${e.position + 1}` : String(e.position + 1));
          expect(e.node.level).toBe(e.node.id.split('.').length);
          for (const s of nodeSentences(doc, e.node)) expect(doc.masked.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

// A well-formed report tree, written out in one of several styles, must come back as the same tree.
interface Tree {
  title: string;
  body: string;
  children: Tree[];
}
// No numerals here: a sentence that starts 一是 really is a point, so the generator must not write one by chance.
const plain = fc.constantFrom(...'法治政府建设推进工作全面落实区委审查执法服务产业单质量首先其次是的和'.split(''));
const word = fc.array(plain, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const sentence = fc
  .array(fc.oneof(plain, fc.constantFrom('，', '、', '2024年', '51.5%', '3.08')), { minLength: 1, maxLength: 12 })
  .map((a) => a.join('') + '。');
const body = fc.array(sentence, { maxLength: 3 }).map((a) => a.join(''));
const leaf = fc.record({ title: word, body, children: fc.constant([] as Tree[]) });
const mid = fc.record({ title: word, body: fc.constant(''), children: fc.array(leaf, { minLength: 1, maxLength: 4 }) });
const top = fc.record({ title: word, body: fc.constant(''), children: fc.array(mid, { minLength: 1, maxLength: 3 }) });
const style = fc.record({
  paren: fc.constantFrom(['(', ')'], ['（', '）']),
  sep: fc.constantFrom(' ', '\n'),
  point: fc.constantFrom('shi', 'arabic'),
});

describe('parse recovers a generated outline', () => {
  it('in one-line and multi-line layouts, both punctuation widths', () => {
    fc.assert(
      fc.property(fc.array(top, { minLength: 1, maxLength: 4 }), style, (tops, st) => {
        let text = '报告标题\n发布日期：2025-01-01\n\n前言部分。现报告如下：' + st.sep;
        tops.forEach((t, i) => {
          text += `${intToHan(i + 1)}、${t.title}${st.sep}`;
          t.children.forEach((m, j) => {
            text += `${st.paren[0]}${intToHan(j + 1)}${st.paren[1]}${m.title}${st.sep}`;
            m.children.forEach((l, k) => {
              const marker = st.point === 'shi' ? `${intToHan(k + 1)}是` : `${k + 1}.`;
              text += `${marker}${l.title}。${l.body}${st.sep}`;
            });
          });
        });
        const doc = parse(text);
        const shape = (nodes: typeof doc.nodes): unknown => nodes.map((n) => ({ title: n.title, body: n.body, children: shape(n.children) }));
        expect(shape(doc.nodes)).toEqual(
          tops.map(function strip(t: Tree): unknown {
            return { title: t.title, body: t.body, children: t.children.map(strip) };
          }),
        );
        expect(doc.meta).toEqual([{ key: '发布日期', value: '2025-01-01' }]);
        expect(allNodes(doc.nodes).every((n) => n.level === n.id.split('.').length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
