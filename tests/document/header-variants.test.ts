// Made-up pages of real shapes (issue 26, rounds 8 to 11; tests/fixtures/page-variants.json): each mixes a real
// page's furniture, metadata and title kind anew, to test the title and metadata rules on pages of shapes
// they were not written for. Batches, each written (title and metadata by hand) before the rules were
// run on it; `first` is what the rules of that moment got right, and its misses were then fixed as classes
// (docs/accuracy.md). The rules stay tested on the real pages they came from in real-pages.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { accountedText, fixture } from '../helpers.js';

interface Batch {
  batch: number;
  first: string;
  missesFixed: string;
  pages: { name: string; text: string; title: string | null; meta: string[] }[];
}
const batches = JSON.parse(readFileSync(fixture('page-variants.json'), 'utf8')) as Batch[];

describe.each(batches)('made-up pages of real shapes, batch $batch (at first: $first)', ({ pages }) => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const doc = parse(page.text);
    const { source, parts } = accountedText(doc);
    expect(parts).toBe(source); // nothing of the page lost, whatever the header took
    expect(doc.title).toBe(page.title);
    expect(doc.meta.map((m) => `${m.key}=${m.value}`).sort()).toEqual([...page.meta].sort());
  });
});
