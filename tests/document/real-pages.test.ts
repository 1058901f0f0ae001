// Real pages (tests/fixtures/real-pages, see its README): the title a listener hears first and the
// metadata the card shows, against a gold written by hand. The tuned pages are held to their gold
// page by page; the held-out third (never tuned on) is held to the figures docs/accuracy.md gives, and
// held-out-2 (pages 101–116, gold written before langdu was run on them) to the figures measured when it
// was added: floors, not the gold, so that no rule is written to make one of its pages pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figures, scoreRealPages } from '../../bench/titles.js';
import { loadBytes } from '../../src/document/load.js';
import { parse } from '../../src/document/parse.js';
import { accountedText, fixture } from '../helpers.js';

interface Gold {
  set: 'tuned' | 'held-out' | 'held-out-2';
  title: string | null;
  meta: [string, string][];
}
const gold = JSON.parse(readFileSync(fixture('real-pages/gold.json'), 'utf8')) as Record<string, Gold>;
const tuned = Object.keys(gold).filter((f) => gold[f]!.set === 'tuned');

const norm = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}：${v.replace(/\s+/g, ' ')}`).sort();

describe.each(tuned)('real page %s', (file) => {
  it('has the title a reader sees and exactly the metadata the page gives, losing no text', async () => {
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    const doc = parse(text);
    const want = gold[file]!;
    expect(doc.title).toBe(want.title);
    expect(norm(doc.meta.map((m) => [m.key, m.value]))).toEqual(norm(want.meta));
    const { source, parts } = accountedText(doc);
    expect(parts).toBe(source);
  });
});

describe('the held-out pages (never tuned on)', () => {
  it('keep the figures measured when the rules were written: 11 of 13 titles, 11 of 13 metadata, nothing invented', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out'));
    expect(f.pages).toBe(13);
    expect(f.titles).toBeGreaterThanOrEqual(11);
    expect(f.metaPages).toBeGreaterThanOrEqual(11);
    expect(f.invented).toBeLessThanOrEqual(Math.floor(f.pages / 10));
  });
});

describe('the second held-out set (pages 101–116, never tuned on)', () => {
  it('keeps at least the figures measured when it was added: 9 of 16 titles, 11 of 16 metadata, at most 1 invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-2'));
    expect(f.pages).toBe(16);
    expect(f.titles).toBeGreaterThanOrEqual(9);
    expect(f.metaPages).toBeGreaterThanOrEqual(11);
    expect(f.invented).toBeLessThanOrEqual(Math.floor(f.pages / 10));
  });
});
