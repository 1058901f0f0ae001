// Real pages (tests/fixtures/real-pages, see its README): the title a listener hears first and the
// metadata the card shows, against a gold written by hand. The tuned pages are held to their gold
// page by page (held-out-2, pages 101–116, among them since its misses were fixed as classes in round 5,
// and held-out-3, pages 117–139, since round 8 fixed its misses: 16 of 23 titles, 17 of 23 metadata and
// 1 invented key before, its honest figure, in docs/accuracy.md); the held-out third (never tuned on in
// the first round) to the figures docs/accuracy.md gives; held-out-4 (pages 301–331, gold committed
// before langdu first ran on them, never tuned on until round 9 fixed its titles) to floors, each page it
// gets wrong held to its miss note;
// tuned-6 (pages 501–, gold committed before langdu first ran on them, for the rules to be tuned on) page by page;
// held-out-5 (pages 401–438, gold committed before langdu first ran on them, handed over for tuning in round 10)
// to floors; held-out-6 (601–632, likewise, handed over in round 11), tuned-7 (801–830, gold committed before
// langdu first ran on them, measured once, then handed over for tuning) and tuned-8 (1001–1026, likewise) page
// by page and to floors; held-out-7 (701–732) and held-out-8 (901–932), measured once, then handed over in
// round 12, to floors; held-out-9 (1101–1130), measured once, then handed over in round 13; since round 13
// held-out-7, -8 and -9 page by page and to floors; held-out-10 (1201–1230) and held-out-11 (1301–1330), measured
// once, then handed over in round 14, page by page and to floors; held-out-12 (1401–1430) and held-out-13 (1501–1530),
// measured once, then handed over in round 15, page by page and to floors; held-out-14 (1801–1830) and held-out-15
// (1901–1930), measured once, then handed over in round 16, page by page and to floors; held-out-16 (2001–2030) and
// held-out-17 (2101–2130), likewise, handed over in round 17; held-out-18 (2301–2330) and held-out-19 (2401–2430),
// likewise, handed over in round 18.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figures, NEVER_TUNED, SETS, scoreRealPages } from '../../bench/titles.js';
import { loadBytes } from '../../src/document/load.js';
import { parse } from '../../src/document/parse.js';
import { accountedText, fixture } from '../helpers.js';

interface Gold {
  set: (typeof SETS)[number];
  title: string | null;
  meta: [string, string][];
  /** A page the rules still get wrong, and why: held to being wrong, so a fix shows and is recorded. */
  miss?: string;
}
const gold = JSON.parse(readFileSync(fixture('real-pages/gold.json'), 'utf8')) as Record<string, Gold>;
// Round 13 tuned on held-out-7, -8 and -9 (handed over when held-out-10 was begun): each page right now is held page by page.
// tuned-9 (round 14: real pages of each class's shape from other sites, gold committed before langdu ran on them) likewise; so are held-out-10 and -11, tuned on in round 14, tuned-10 (round 15's real pages of its classes, 1701–1799), held-out-12 and -13 (round 15), held-out-14 and -15 (round 16), held-out-16 and -17 (round 17), held-out-18 and -19 (round 18), held-out-20 to -23 (round 19), held-out-24 to -27 (round 20) and held-out-28 to -30 (round 21).
// Every set the bench knows is held page by page once it is handed over (out of NEVER_TUNED), but the three held to
// figures and floors of their own below (held-out, held-out-4, held-out-5): handing a set over is one edit, in bench/titles.ts.
const FIGURES_ONLY = new Set(['held-out', 'held-out-4', 'held-out-5']);
const tunedSets = new Set<string>(SETS.filter((s) => !FIGURES_ONLY.has(s) && !NEVER_TUNED.has(s)));
const tuned = Object.keys(gold).filter((f) => tunedSets.has(gold[f]!.set) && gold[f]!.miss === undefined);
// Only the sets the bench knows: a never-seen set is not read until the lead measures it.
const known = new Set<string>(SETS);
const misses = Object.keys(gold).filter((f) => known.has(gold[f]!.set) && gold[f]!.miss !== undefined);

const norm = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}：${v.replace(/\s+/g, ' ')}`).sort();

/** A set's figures are at least its floors (titles, metadata pages, pairs found) and at most its invented keys. */
async function holdsFloors(set: string, pages: number, titles: number, metas: number, found: number, invented: number): Promise<void> {
  const f = figures((await scoreRealPages()).filter((s) => s.set === set));
  expect(f.pages).toBe(pages);
  expect(f.titles).toBeGreaterThanOrEqual(titles);
  expect(f.metaPages).toBeGreaterThanOrEqual(metas);
  expect(f.found).toBeGreaterThanOrEqual(found);
  expect(f.invented).toBeLessThanOrEqual(invented);
}

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

describe.each(misses)('known miss %s', (file) => {
  it('is still wrong for the reason gold.json gives (right now means: drop its miss note)', async () => {
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    const doc = parse(text);
    const want = gold[file]!;
    const right = doc.title === want.title && JSON.stringify(norm(doc.meta.map((m) => [m.key, m.value]))) === JSON.stringify(norm(want.meta));
    expect(right).toBe(false);
  });
});

describe('the held-out pages (never tuned on until the second round)', () => {
  it('keep the figures measured: 13 of 13 titles and metadata, nothing invented', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out'));
    expect(f.pages).toBe(13);
    expect(f.titles).toBe(13);
    expect(f.metaPages).toBe(13);
    expect(f.invented).toBeLessThanOrEqual(Math.floor(f.pages / 10));
  });

  // The three the first rules missed were fixed as classes in the second round, so they are seen now:
  // a mirror's spam line over the title and its site, address, date and 來源 on one line (30), 分享到:
  // glued to the title (18), a document number with pinyin residue and 號 (03).
  it.each([
    ['30-nakedoat-xinhua.txt', '政府工作報(bào)告誕生記:一切為了人民 一切服務(wù)人民', ['日期：2007年03月18日', '來源：新華社']],
    ['18-hkcna-cover-green.txt', '李家超:《施政報告》封面綠色 代表政策延續性', ['編輯：劉春']],
    [
      '03-htgfsre-hu-fufa.txt',
      '上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知',
      ['文号：滬府發(fā)〔2017〕92號'],
    ],
  ])('%s, a miss of the first rules, is right now', async (file, title, meta) => {
    const { text } = await loadBytes(readFileSync(fixture(`real-pages/${file}`)), file);
    const doc = parse(text);
    expect(doc.title).toBe(title);
    expect(norm(doc.meta.map((m) => [m.key, m.value]))).toEqual([...meta].sort());
  });
});

describe('the fourth held-out set (pages 301–331, handed over for tuning in round 9)', () => {
  // Measured once when it was added, on the code of 32fb2de: 22 of 31 titles, 25 of 31 metadata, 7 of 16 pairs
  // found, 1 invented (its honest figure). Round 9 was tuned on it (handed over when a new never-seen set was
  // begun): its title and metadata misses were fixed as classes, so all 31 pages are held to their gold now.
  it('keeps all 31 titles, 31 of 31 metadata, no invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-4'));
    expect(f.pages).toBe(31);
    expect(f.titles).toBe(31);
    expect(f.metaPages).toBe(31);
    expect(f.found).toBe(f.pairs);
    expect(f.invented).toBe(0);
  });
});

describe('the fifth held-out set (pages 401–438), handed over for tuning in round 10', () => {
  // Built by someone who writes no rules, gold committed before langdu first ran on it, and measured once,
  // after round 9 had landed (the code of 435af14): 30 of 38 titles, 33 of 38 metadata, 16 of 23 pairs found,
  // none invented (the code before round 9, afbcbf5: 31, 32 and 1 invented). That first figure is its honest
  // one; round 10 then fixed its misses as classes (38, 37, 21 of 23 pairs). Floors that only go up; the
  // pages it still gets wrong carry their miss notes.
  it('keeps at least 38 of 38 titles, 37 of 38 metadata, no invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-5'));
    expect(f.pages).toBe(38);
    expect(f.titles).toBeGreaterThanOrEqual(38);
    expect(f.metaPages).toBeGreaterThanOrEqual(37);
    expect(f.invented).toBe(0);
  });
});

describe('the sixth held-out set (pages 601–632), handed over for tuning in round 11', () => {
  // Built by someone who writes no rules, gold committed before langdu first ran on it, and measured once,
  // after round 10 had landed (the code of 716d6b1): 21 of 32 titles, 26 of 32 metadata, 21 of 26 pairs
  // found, 1 invented (its honest figure). Round 11 fixed its misses as classes: every page is now held to its
  // gold page by page above, and the set to 32 of 32 here.
  it('keeps all 32 titles and metadata, no invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-6'));
    expect(f.pages).toBe(32);
    expect(f.titles).toBe(32);
    expect(f.metaPages).toBe(32);
    expect(f.invented).toBe(0);
  });
});

describe('tuned-7 (pages 801–830 less 808 and 819), measured once before any rule was written from it', () => {
  // Built by someone who writes no rules, gold committed before langdu first ran on it (c370a14), and measured
  // once on the code of 863f40b: 18 of 30 titles, 25 of 30 metadata, 18 of 30 pairs found, 3 invented (its
  // honest never-seen figure, in tests/fixtures/real-pages/README.md). 808 and 819 were then taken out: they
  // are pages of sites held-out-7 also has (the same 遂宁 consultation page as 709, the same mirror as 714),
  // and tuning on them would leak into the never-seen set (28 pages: 17 titles, 24 metadata, 18 of 28 pairs).
  // Handed over for tuning: floors that only go up; the pages it gets wrong carry their miss notes, the others
  // are held to their gold page by page above.
  // Round 11 fixed its misses as classes: 27 of 28 titles, 27 of 28 metadata, 27 of 28 pairs, none invented;
  // round 13 (a one-line scrape's headline before its date) 825 too.
  it('keeps 28 of 28 titles, 28 of 28 metadata, 28 of 28 pairs, no invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'tuned-7'));
    expect(f.pages).toBe(28);
    expect(f.titles).toBe(28);
    expect(f.metaPages).toBe(28);
    expect(f.found).toBe(28);
    expect(f.invented).toBe(0);
  });
});

describe('tuned-8 (pages 1001–1026), measured once before any rule was written from it', () => {
  // Built by someone who wrote no rule before its gold was committed (0d4bc5e), and measured once on the code
  // of that commit (the code of 9aa1479): 16 of 26 titles, 23 of 26 metadata, 20 of 25 pairs found, 2 invented
  // (its honest never-seen figure, in tests/fixtures/real-pages/README.md). Handed over for tuning: floors that
  // only go up; the pages it gets wrong carry their miss notes, the others are held to their gold page by page.
  // Its misses then fixed as classes (tests/document/header-classes-tuned-8.test.ts): 24, 26, 25 of 25 and none;
  // 1022 since (header-classes-12.test.ts).
  it('keeps at least 25 of 26 titles, 26 of 26 metadata, 25 of 25 pairs, no invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'tuned-8'));
    expect(f.pages).toBe(26);
    expect(f.titles).toBeGreaterThanOrEqual(25);
    expect(f.metaPages).toBe(26);
    expect(f.found).toBe(25);
    expect(f.invented).toBe(0);
  });
});

describe('the seventh and eighth held-out sets (701–732, 901–932), handed over in round 12', () => {
  // Each built by someone who writes no rules, its gold committed before langdu first ran on it, and measured
  // once, after round 11 had landed (the code of 7629760): held-out-7 20 of 32 titles, 26 of 32 metadata, 11 of
  // 21 pairs, 1 invented; held-out-8 23 of 32 titles, 27 of 32 metadata, 22 of 28 pairs, 1 invented (on the
  // code before round 11, 9aa1479: 19, 25 and 22, 26). Those are their honest figures. Handed over when
  // held-out-9 was begun: round 12's general rules brought them to 23 and 26 titles, round 13's classes (lines
  // no title is by their shape, where a title is and ends, news credits, the card's keys and forms) to 31 and 32.
  // Floors that only go up; the pages each gets wrong carry their miss notes.
  it.each([
    ['held-out-7', 31, 31, 17, 0],
    ['held-out-8', 32, 32, 28, 0],
  ] as const)('%s keeps at least %i of 32 titles, %i of 32 metadata, %i pairs, at most %i invented keys', (set, titles, metas, found, invented) =>
    holdsFloors(set, 32, titles, metas, found, invented),
  );
});

describe('the ninth held-out set (pages 1101–1130), handed over in round 13', () => {
  // Built by someone who writes no rules, its gold committed before langdu first ran on it (7375f3e), and
  // measured once after round 12 had landed (the code of face3d5): 25 of 30 titles, 24 of 30 metadata, 20 of 30
  // pairs, none invented (its honest figure; round 11's code, e6e8113: 24 titles). Handed over when held-out-10
  // was begun; round 13's classes bring it to all 30 titles and metadata.
  it('keeps 30 of 30 titles, 30 of 30 metadata, 30 pairs, no invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-9'));
    expect(f.pages).toBe(30);
    expect(f.titles).toBe(30);
    expect(f.metaPages).toBe(30);
    expect(f.found).toBe(30);
    expect(f.invented).toBe(0);
  });
});

describe('the tenth held-out set (pages 1201–1230), never tuned on', () => {
  // Built by someone who writes no rules, its gold committed before langdu first ran on it (028dcd5), and
  // measured once after round 13 had landed (the code of 997ed97): 21 of 30 titles, 22 of 30 metadata, 16 of 27
  // pairs, 1 invented (on the code before round 13, 88ab75c: 20, 22, 15 of 27, 1). Floors that only go up; the
  // pages it gets wrong carry their miss notes. Handed over in round 14, whose three themes together raised it to
  // 29 of 30 titles, 28 of 30 metadata, 25 of 27 pairs, none invented: furniture round a title (title-furniture.ts:
  // 1218, 1220, 1225, 1229), the headline block, report row and list dates (title-block.ts, list-items.ts: 1204, 1209,
  // 1213, 1230) and credits, provenance and dates (1205, 1208, 1212, 1221, 1225's pairs).
  it('keeps at least 29 of 30 titles, 28 of 30 metadata, 25 pairs, at most 1 invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-10'));
    expect(f.pages).toBe(30);
    expect(f.titles).toBeGreaterThanOrEqual(29);
    expect(f.metaPages).toBeGreaterThanOrEqual(28);
    expect(f.found).toBeGreaterThanOrEqual(25);
    expect(f.invented).toBeLessThanOrEqual(1);
  });
});

describe('the eleventh held-out set (pages 1301–1330), never tuned on', () => {
  // Built by someone who writes no rules (asked this time for the plainest reading where no convention spoke),
  // its gold committed before langdu first ran on it (4f3f098), and measured once after round 13 had landed (the
  // code of 5093a9d): 25 of 30 titles, 27 of 30 metadata, 24 of 28 pairs, none invented; the same on the code
  // before round 13 (88ab75c). Floors that only go up. Handed over in round 14, whose three themes together made
  // every page right: 30 of 30 titles, 30 of 30 metadata, 28 of 28 pairs (1303, 1308, 1310, 1317, 1320, 1329).
  it('keeps all 30 titles, 30 of 30 metadata, 28 pairs, at most 1 invented key', async () => {
    const f = figures((await scoreRealPages()).filter((s) => s.set === 'held-out-11'));
    expect(f.pages).toBe(30);
    expect(f.titles).toBe(30);
    expect(f.metaPages).toBe(30);
    expect(f.found).toBe(28);
    expect(f.invented).toBeLessThanOrEqual(1);
  });
});

describe('the twelfth and thirteenth held-out sets (pages 1401–1430, 1501–1530), never tuned on until round 15', () => {
  // Built side by side by two people who write no rules, from places no other set has, their gold committed and
  // checked a second time by a third (who ran nothing) before langdu first ran on them (932ad3c), and measured once
  // after round 14 had landed (the code of 63e819f): held-out-12 20 of 30 titles, 24 of 30 metadata, 9 of 22 pairs,
  // 2 invented; held-out-13 22, 24, 20 of 30, 1 (their honest never-seen figures). Handed over in round 15, whose
  // three themes (tests/document/header-classes-15-a, -b, -c) made every page right but 1430's 关键词: each page is
  // held page by page above, and the sets to these floors.
  it.each([
    ['held-out-12', 30, 29, 21, 0],
    ['held-out-13', 30, 30, 30, 0],
  ] as const)('%s keeps %i of 30 titles, at least %i of 30 metadata, %i pairs, at most %i invented keys', (set, titles, metas, found, invented) =>
    holdsFloors(set, 30, titles, metas, found, invented),
  );
});

describe('the fourteenth and fifteenth held-out sets (pages 1801–1830, 1901–1930), never tuned on until round 16', () => {
  // Built side by side by two people who write no rules, from places no other set has and domains no set used,
  // their gold checked a second time by a third (who ran nothing) and committed before langdu first ran on them
  // (5db7203), and measured once after round 15's three themes had landed (the code of 4c09e74): held-out-14 22 of
  // 30 titles, 21 of 30 metadata, 16 of 28 pairs, 3 invented; held-out-15 22, 21, 25 of 36, 4 (their honest
  // never-seen figures). Handed over in round 16, whose three mechanisms (one date grammar, a plausibility test
  // before a title is announced, one credit grammar and a value's kind; tests/document/header-classes-16-d, -t, -k)
  // raised them to these floors; the pages right are held page by page above.
  it.each([
    ['held-out-14', 27, 27, 24, 0],
    ['held-out-15', 28, 29, 35, 0],
  ] as const)('%s keeps at least %i of 30 titles, %i of 30 metadata, %i pairs, at most %i invented keys', (set, titles, metas, found, invented) =>
    holdsFloors(set, 30, titles, metas, found, invented),
  );
});

describe('the sixteenth and seventeenth held-out sets (pages 2001–2030, 2101–2130), never tuned on until round 17', () => {
  // Built side by side by two people who write no rules, from places no other set has and domains no set used,
  // their gold checked a second time by a third (who ran nothing) and committed before langdu first ran on them
  // (f4a4d56), and measured once after round 16's three mechanisms had landed (the code of 3d6bed6): held-out-16
  // 27 of 30 titles, 29 of 30 metadata, 30 of 30 pairs, 1 invented; held-out-17 23, 21, 20 of 33, 3 (on the code
  // before round 16, c0b0c3e: held-out-16 the same; held-out-17 23, 18, 19 of 33, 6). Handed over in round 17, whose
  // two themes (tests/document/header-classes-17-t, -m) raised them to these floors; the pages right are held page
  // by page above.
  it.each([
    ['held-out-16', 29, 30, 30, 0],
    ['held-out-17', 29, 29, 31, 0],
  ] as const)('%s keeps at least %i of 30 titles, %i of 30 metadata, %i pairs, at most %i invented keys', (set, titles, metas, found, invented) =>
    holdsFloors(set, 30, titles, metas, found, invented),
  );
});

describe('the eighteenth and nineteenth held-out sets (pages 2301–2330, 2401–2430), never tuned on until round 18', () => {
  // Built side by side by two people who write no rules, from places no other set has and domains no set used,
  // their gold checked a second time by a third (who ran nothing) and committed before langdu first ran on them
  // (50a54be), and measured once after round 17's two themes had landed (the code of a76f881): held-out-18 23 of
  // 30 titles, 25 of 30 metadata, 25 of 33 pairs, 1 invented; held-out-19 26, 25, 27 of 33, 0 (on the code of
  // round 16, 50a54be: held-out-18 23, 24, 24 of 33, 1; held-out-19 26, 25, 27 of 33, 0). Handed over in round 18,
  // whose first half (tests/document/header-classes-18-t, -m) raised them to these floors;
  // floors that only go up, the pages right are held page by page above and the pages wrong carry their miss notes.
  it.each([
    ['held-out-18', 28, 28, 27, 0],
    ['held-out-19', 29, 28, 31, 0],
  ] as const)('%s keeps at least %i of 30 titles, %i of 30 metadata, %i pairs, at most %i invented keys', (set, titles, metas, found, invented) =>
    holdsFloors(set, 30, titles, metas, found, invented),
  );
});

describe('the twentieth and twenty-first held-out sets (pages 2501–2530, 2601–2630), never tuned on until round 19', () => {
  // Built side by side by two people who write no rules, from domains no set used, their gold checked a second time
  // by a third (who ran nothing; c5a8720), five pages taken out as not never-seen (copies of older pages, a seen domain,
  // sub-sites of avoided portals: 8c18da5), gold committed before langdu first ran on them, and measured once after
  // round 18 had landed (the code of 9647359): held-out-20 24 of 27 titles, 22 of 27 metadata, 25 of 31 pairs, 1
  // invented; held-out-21 21 of 28, 21 of 28, 26 of 38, 1 (on the code before round 18, 389fd15: the same, page by
  // page). Handed over in round 19, whose five themes (tests/document/header-classes-19-a, -t, -j, -m, -n) raised them
  // to these floors. Floors that only go up; the pages they get wrong carry their miss notes.
  it.each([
    ['held-out-20', 27, 27, 27, 31, 0],
    ['held-out-21', 28, 26, 27, 37, 0],
  ] as const)('%s (%i pages) keeps at least %i titles, %i metadata, %i pairs, at most %i invented keys', (set, pages, titles, metas, found, invented) =>
    holdsFloors(set, pages, titles, metas, found, invented),
  );
});

describe('the twenty-second and twenty-third held-out sets (pages 2701–2730, 2801–2830), never tuned on until round 19', () => {
  // Built the same way (two pages taken out as on domains older sets used: 0002192), gold committed before langdu
  // first ran on them, and measured once on the code held-out-20 and -21 were measured on (round 18; 0002192, whose src
  // is 9647359's): held-out-22 23 of 30 titles, 26 of 30 metadata, 14 of 22 pairs, 3 invented; held-out-23 18 of 28,
  // 22 of 28, 24 of 32, 2 (on the code before round 18, 389fd15: held-out-22 21 titles, held-out-23 17, the metadata the
  // same). Handed over in round 19 (its five themes raised them to these floors). Floors that only go up; the pages they
  // get wrong carry their miss notes (what the bench printed).
  it.each([
    ['held-out-22', 30, 27, 30, 22, 0],
    ['held-out-23', 28, 23, 27, 31, 0],
  ] as const)('%s (%i pages) keeps at least %i titles, %i metadata, %i pairs, at most %i invented keys', (set, pages, titles, metas, found, invented) =>
    holdsFloors(set, pages, titles, metas, found, invented),
  );
});

describe('the twenty-fourth and twenty-fifth held-out sets (pages 2901–2930, 3001–3030), never tuned on until round 20', () => {
  // Built side by side by two people who write no rules, from domains no set used, their gold checked a second time by
  // a third (who ran nothing; four gold changes, each an older convention), committed (012a3f1) before langdu first ran
  // on them; 2904's title aligned to the issue's own convention for a ——meeting line on the title's line (192837d).
  // Measured once after round 19 had landed (the code of 0ec4023): held-out-24 23 of 30 titles, 20 of 30 metadata, 33
  // of 42 pairs, 8 invented; held-out-25 22 of 30, 22 of 30, 31 of 40, 2 (on the code before round 19, 192837d: the
  // same, page by page). Handed over in round 20, whose five themes (tests/document/header-classes-20-t, -a, -j, -m, -n)
  // raised them to these floors. Floors that only go up; the pages they get wrong carry their miss notes (what the bench printed).
  it.each([
    ['held-out-24', 30, 28, 27, 39, 0],
    ['held-out-25', 30, 30, 27, 36, 0],
  ] as const)('%s (%i pages) keeps at least %i titles, %i metadata, %i pairs, at most %i invented keys', (set, pages, titles, metas, found, invented) =>
    holdsFloors(set, pages, titles, metas, found, invented),
  );
});

describe('the twenty-sixth and twenty-seventh held-out sets (pages 3101–3130, 3201–3230), never tuned on until round 20', () => {
  // Built the same way by two more runs of the same brief, their gold checked by a third (five changes, each an older
  // convention; 3103 taken out as on a domain an older page used; 3230's file-information rows aligned to 23 and 64),
  // committed (793f139) before langdu first ran on them, and measured once on round 19's code (793f139's src is
  // 0ec4023's): held-out-26 28 of 29 titles, 20 of 29 metadata, 34 of 47 pairs, 4 invented; held-out-27 23 of 30, 22 of
  // 30, 34 of 41, 5 (on the code before round 19, 2aac99e: the same pages right; held-out-26 32 of 47 pairs, 3 invented). Handed over in round 20 (its five themes raised them to these floors; 3123's
  // own-line byline aligned as a pair). Floors that only go up.
  it.each([
    ['held-out-26', 29, 29, 27, 42, 0],
    ['held-out-27', 30, 30, 27, 39, 2],
  ] as const)('%s (%i pages) keeps at least %i titles, %i metadata, %i pairs, at most %i invented keys', (set, pages, titles, metas, found, invented) =>
    holdsFloors(set, pages, titles, metas, found, invented),
  );
});

describe('the twenty-eighth to thirtieth held-out sets (pages 3301–3328, 3401–3429, 3501–3528), never tuned on until round 21', () => {
  // Built side by side by three people who write no rules, from domains no set used (one shared claim list), their gold
  // checked by a fourth (who ran nothing; two changes, each an older convention; 3514 taken out as on a sub-site of
  // gov.mo), committed (4740968) before langdu first ran on them; 3315's own-line byline aligned as a pair (05cf7ea)
  // before round 20's code was measured. Measured once after round 20 had landed (the code of 8cc630b): held-out-28 20
  // of 28 titles, 20 of 28 metadata, 25 of 43 pairs, 0 invented; held-out-29 25 of 29, 25 of 29, 28 of 34, 1;
  // held-out-30 23 of 27, 22 of 27, 32 of 37, 2 (on the code before round 20, ec3a9ff: the same but 3303, one
  // metadata page and one pair fewer on held-out-28). Handed over in round 21, whose three themes
  // (tests/document/header-classes-21-k, -c, -p) raised them to these floors. Floors that only go up; the pages they get wrong carry their
  // miss notes (what the bench printed).
  it.each([
    ['held-out-28', 28, 27, 23, 31, 0],
    ['held-out-29', 29, 28, 27, 30, 0],
    ['held-out-30', 27, 25, 24, 34, 1],
  ] as const)('%s (%i pages) keeps at least %i titles, %i metadata, %i pairs, at most %i invented keys', (set, pages, titles, metas, found, invented) =>
    holdsFloors(set, pages, titles, metas, found, invented),
  );
});

describe('the thirty-first to thirty-third held-out sets (pages 3601–3630, 3701–3730, 3801–3827), never tuned on', () => {
  // Built the same way by three more runs of the brief, their gold checked by a fourth (three changes, each an older
  // convention; 3825 taken out as on a sub-site of gov.mo), committed (24d8b9b) before langdu first ran on them, and
  // measured on round 20's code (24d8b9b's src is 8cc630b's: held-out-31 24 of 30 titles, 23 of 30 metadata, 32 of 37
  // pairs, 4 invented; held-out-32 28 of 30, 24 of 30, 24 of 33, 3; held-out-33 23 of 26, 21 of 26, 15 of 19, 2), then
  // once after round 21 had landed: held-out-31 24, 24, 33 of 37, 4 (3630's card right); the others the same, page by
  // page. Floors that only go up; the pages they get wrong carry their miss notes (what the bench printed).
  it.each([
    ['held-out-31', 30, 24, 24, 33, 4],
    ['held-out-32', 30, 28, 24, 24, 3],
    ['held-out-33', 26, 23, 21, 15, 2],
  ] as const)('%s (%i pages) keeps at least %i titles, %i metadata, %i pairs, at most %i invented keys', (set, pages, titles, metas, found, invented) =>
    holdsFloors(set, pages, titles, metas, found, invented),
  );
});
