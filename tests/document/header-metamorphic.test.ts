// Metamorphic robustness of the header reading (issue 26, round 13 E): every real page whose title or
// metadata is right today, printed the way another site would print it (tests/metamorphic.ts), must give the
// same answer, written the same way. A never-seen set differs from the tuned ones mostly in how a site prints
// the same things, so each failure here is brittleness such a set would hit. The sets still never tuned on
// (NEVER_TUNED) are left out: their figures are measured once, and mending their brittleness would be tuning on them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEVER_TUNED, SETS } from '../../bench/titles.js';
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

const norm = (pairs: [string, string][], key = (k: string) => k, value = (v: string) => v) =>
  pairs
    .map(([k, v]) => `${key(k.replace(/\s+/g, ''))}：${value(v.replace(/\s+/g, ' ').trim())}`)
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
    if (!known.has(g.set) || NEVER_TUNED.has(g.set)) continue;
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
      if (norm(got.meta, tr.key, tr.value) === norm(want.meta, tr.key, tr.value)) out.metas++;
      else out.wrong.push(`${p.file}: meta ${norm(got.meta)} (want ${norm(want.meta)})`);
    }
  }
  const name = typeof t === 'function' ? 'per page' : t.name;
  console.log(`${name}: titles ${out.titles}/${out.titleOf}, metadata ${out.metas}/${out.metaOf}`);
  for (const w of out.wrong) console.log(`  ${w}`);
  return out;
}

// The pages a printing still reads wrongly, found late in round 13 and left for the next (the invariance holds
// on every other page): Hong Kong's forms in a line of pairs whose patterns are not yet read through one form
// (220, 541; 閲讀 in a counter, 11 and 540, was added to the counters' lexicon); a column's name after a wide gap read as
// a value's (103: 政務公開 通知); a space before a colon in a headline that is a pair's shape (136: 李家超 :…), in a
// one-line page (431) and before a premier's remarks (102).
const KNOWN_WRONG: Record<string, string[]> = {
  'Simplified → Hong Kong Traditional': ['220-haikou-2020-report.txt', '541-veladacinema-dongguan-mirror-spam-line.txt'],
  'gaps of two or more spaces → ideographic spaces': ['103-eshutan-gov-cn-mirror-table.txt'],
  'a space before each colon after Han': [
    '102-ey-gov-tw-premier-remarks.txt',
    '136-wenweipo-hk-video-tag.txt',
    '431-777doc-county-speech-one-line.txt',
    '1741-pltyw-peoples-daily-page-label-column-key-glued-paper-byline-line.txt', // round 15: an empty column key 专栏 : (a space before its colon) under the page label ends the header
  ],
};

// Printings that must not change the answer: the other script (Taiwan's and Hong Kong's forms), the other width
// of a key's colon, of brackets and of spaces, a space after or before a colon or none, CRLF line ends, trailing
// spaces. Every page right today stays right, but for the few named above.
describe('the same page as another site would print it, which must read the same', async () => {
  const transformations = await invariantTransformations();
  it.each(transformations.map((t) => [t.name, t] as const))('%s', (name, t) => {
    const out = run(t);
    const known = KNOWN_WRONG[name] ?? [];
    expect(out.wrong.filter((w) => !known.some((k) => w.startsWith(`${k}:`)))).toEqual([]);
    expect(out.titleOf).toBeGreaterThan(400);
  });

  it("with another real page's furniture line on top (a clock, a breadcrumb, a share or font-size bar, a skip link)", () => {
    // Each page under one line of the list, and again under another, so every line sits on ~70 pages.
    for (const shift of [0, 5]) {
      const out = run((p) => furnitureOnTop(FURNITURE[(pages.indexOf(p) + shift) % FURNITURE.length]!));
      expect(out.wrong).toEqual([]);
    }
  });
});

// Layout that may change the answer: measured and held to floors (figures of round 13, on the code of its last
// commit). A blank line between the header's lines parts a title set out over two lines (212's issuer and its
// 关于…的通知, 507's and 533's kicker and headline, 82's pieces) and a headline from its subtitle or lead (414,
// 906, 61): a page with blank lines printed that way reads differently, rightly or not. A value on the line after
// its key is read in the header (bullet lists) and at a page's foot (责任编辑： ⏎ 王傲, round 13: 428 → 438 of
// 441), not yet for a counter, a disclosure's value or a journal's keywords alone on the next line (90, 423, 727).
// Round 15 made 1420 (a library record's rows) and 1508 (a foot's role rows) right: their counters (页数, 浏览次数) and
// keywords on the next line are those classes still, and 1420's 关键词 under its 摘要 sentence is lost to a blank line
// between them, so each floor allows those pages too.
describe('the same page with another layout (floors)', () => {
  it('a blank line between the first 12 lines: all titles but 9, all metadata but 3', () => {
    const out = run(layoutTransformations()[0]!);
    // Round 19 handed over held-out-20 to -23. Theme A made 2730 hold (its company's name beside its telephone number
    // is the site's) and 1007 (a sentence wrapped at the page's width is the text, blank lines between its lines or
    // not); theme j: a blank line no longer parts an issuer's line from its 关于… or 年度报告 title (212, 2027, 2501,
    // 2722 hold): a reader sees one name whose and about what however the lines are spaced.
    // Round 20, theme j: an office and a date on one line under a title is a dateline (3205 holds); the round's other themes made one more page hold (9 of 992 parted now).
    expect(out.titles).toBeGreaterThanOrEqual(out.titleOf - 9);
    expect(out.metas).toBeGreaterThanOrEqual(out.metaOf - 3); // 527, 727, and 1420 since round 15
  });

  // held-out-10's 1205 (measured once, never tuned on): its (文号 date) line under the title, split, reads as a card.
  it("a pair's value moved to the next line: every title but one, all metadata", () => {
    const out = run((p) => valueOnNextLine(p.gold));
    // 1811. (2615, an English headline under an Author line, lost its title too until round 19: the English key alone
    // ended the header, and its value, WuhuW, was taken for a sibling of Wuhu-Xuanzhou Airport … by a shared half word.)
    expect(out.titles).toBeGreaterThanOrEqual(out.titleOf - 1);
    // Round 18: a line of its key's kind under a key alone is its value (meta-kinds.ts's ofKind), wherever the key
    // stands: a counter's count (90, 1508, 2417), a disclosure's state in the foot (423), terms under an abstract (727, 1420).
    expect(out.metas).toBe(out.metaOf);
  });
});
