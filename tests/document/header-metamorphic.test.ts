// Metamorphic robustness of the header reading (issue 26, round 13 E): every real page whose title or
// metadata is right today, printed the way another site would print it (tests/metamorphic.ts), must give the
// same answer, written the same way. A never-seen set differs from the tuned ones mostly in how a site prints
// the same things, so each failure here is brittleness such a set would hit.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SETS } from '../../bench/titles.js';
import { loadBytes } from '../../src/document/load.js';
import { parse } from '../../src/document/parse.js';
import { fixture } from '../helpers.js';
import {
  type Answer,
  FURNITURE,
  furnitureOnTop,
  invariantTransformations,
  layoutTransformations,
  type Transformation,
  valueOnNextLine,
} from '../metamorphic.js';

interface Gold extends Answer {
  set: string;
}

interface Page {
  file: string;
  text: string;
  gold: Answer;
  titleRight: boolean;
  metaRight: boolean;
}

const norm = (pairs: [string, string][], key = (k: string) => k) =>
  pairs
    .map(([k, v]) => `${key(k.replace(/\s+/g, ''))}：${v.replace(/\s+/g, ' ').trim()}`)
    .sort()
    .join(' | ');
const answerOf = (text: string): Answer => {
  const doc = parse(text);
  return { title: doc.title, meta: doc.meta.map((m) => [m.key, m.value]) };
};

let pages: Page[] = [];

beforeAll(async () => {
  const gold = JSON.parse(readFileSync(fixture('real-pages/gold.json'), 'utf8')) as Record<string, Gold>;
  const known = new Set<string>(SETS);
  for (const [file, g] of Object.entries(gold)) {
    if (!known.has(g.set)) continue;
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    const got = answerOf(text);
    pages.push({
      file,
      text,
      gold: { title: g.title, meta: g.meta },
      titleRight: got.title === g.title,
      metaRight: norm(got.meta) === norm(g.meta),
    });
  }
  pages = pages.filter((p) => p.titleRight || p.metaRight);
});

interface Outcome {
  titles: number;
  titleOf: number;
  metas: number;
  metaOf: number;
  wrong: string[];
}

function run(t: Transformation | ((p: Page) => Transformation), only?: (p: Page) => boolean): Outcome {
  const out: Outcome = { titles: 0, titleOf: 0, metas: 0, metaOf: 0, wrong: [] };
  for (const p of pages) {
    if (only && !only(p)) continue;
    const tr = typeof t === 'function' ? t(p) : t;
    const want = tr.answer(p.gold);
    const got = answerOf(tr.page(p.text));
    if (p.titleRight) {
      out.titleOf++;
      if (got.title === want.title) out.titles++;
      else out.wrong.push(`${p.file}: title ${JSON.stringify(got.title)} (want ${JSON.stringify(want.title)})`);
    }
    if (p.metaRight) {
      out.metaOf++;
      if (norm(got.meta, tr.key) === norm(want.meta, tr.key)) out.metas++;
      else out.wrong.push(`${p.file}: meta ${norm(got.meta)} (want ${norm(want.meta)})`);
    }
  }
  const name = typeof t === 'function' ? 'per page' : t.name;
  console.log(`${name}: titles ${out.titles}/${out.titleOf}, metadata ${out.metas}/${out.metaOf}`);
  for (const w of out.wrong) console.log(`  ${w}`);
  return out;
}

describe('the same page as another site would print it', () => {
  it('measures', async () => {
    for (const t of await invariantTransformations()) run(t);
    for (const t of layoutTransformations()) run(t);
    run((p) => valueOnNextLine(p.gold));
    for (const f of FURNITURE) run(furnitureOnTop(f));
    expect(pages.length).toBeGreaterThan(400);
  }, 600_000);
});
