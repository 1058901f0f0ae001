// The reading audit: real report text (tests/fixtures/audit/) with gold readings made by hand, against
// what langdu gives espeak-ng (spoken form → pinyin with tone numbers and pause marks). A slip is one
// run of tokens where the two differ (a wrong syllable, a word read wrongly, a pause too many or too
// few), counted per 1000 characters of the written text, by class. `tuned.tsv`, `tuned-2.tsv` and
// `held-out-2.tsv` (other reports, gold written with no draft from langdu; tuned on once it had given its
// unseen figure) are what the readings were tuned on; `held-out.tsv` is never tuned on, nor are `held-out-3.tsv` and
// `held-out-4.tsv` (city and county reports, gold committed before langdu was run on them, by someone who
// writes no rules).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyinInput, type ReadingToken, readingTokens } from '../src/speech/reading.js';
import { spokenForReading } from '../src/speech/spoken.js';

export interface GoldLine {
  text: string;
  gold: string[];
}

/** Sentences of a text: cut after 。！？； (the unit a reader speaks at once). */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.match(/[^。！？；]+[。！？；]*/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

export function readGold(file: string): GoldLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [text = '', gold = ''] = l.split('\t');
      return { text, gold: sameVariants(gold.split(/\s+/).filter(Boolean)) };
    });
}

const DIGIT = new Set(['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3']);
const digitOr1 = (t: string | undefined) => t !== undefined && (t === 'yao1' || DIGIT.has(t));
// A digit in a code (a digit beside it) said 幺 or 一 is the same to a listener; a yāo elsewhere (要求,
// 邀请, or 一 said yāo in 一个) is compared as it is.
const same = (t: string, k: number, all: string[]) => (t === 'yao1' && (digitOr1(all[k - 1]) || digitOr1(all[k + 1])) ? 'yi1' : t);

const CENTURY = new Set(['yi1 jiu3', 'er4 ling2']);
/** Whether tokens [from, from + 4) are a year said digit by digit (二零二一), and no more digits. */
const yearAt = (t: string[], from: number) =>
  CENTURY.has(`${t[from]} ${t[from + 1]}`) &&
  [0, 1, 2, 3].every((d) => DIGIT.has(t[from + d] ?? '')) &&
  !DIGIT.has(t[from - 1] ?? '') &&
  !DIGIT.has(t[from + 4] ?? '');

/**
 * A reading with the variants a listener takes as the same made one: 幺/一 in a code, and 至/到 between two
 * years (2021—2025年: both are heard in news reading; the audit README's conventions). Nothing wider: 至
 * between other numbers (一至三级) and every other syllable are compared as they are.
 */
export function sameVariants(tokens: string[]): string[] {
  const t = tokens.map(same);
  return t.map((x, k) => (x === 'zhi4' && yearAt(t, k - 4) && yearAt(t, k + 1) ? 'dao4' : x));
}

/** What langdu gives the engine for one sentence, as tokens with the characters each came from. */
export function ours(text: string): { tokens: string[]; from: string[] } {
  const t: ReadingToken[] = readingTokens(spokenForReading(text));
  return { tokens: sameVariants(pinyinInput(t).split(' ').filter(Boolean)), from: t.map((x) => ('syllable' in x ? (x.of ?? '') : ',')) };
}

export const CLASSES = ['words (1, 10)', '为 (2)', '量调重 (3)', '一 (4)', '两 (5)', 'codes (6)', 'neutral (7)', 'Latin (8)', 'pauses (9)'] as const;
export type SlipClass = (typeof CLASSES)[number];

export interface Slip {
  text: string;
  cls: SlipClass;
  gold: string;
  ours: string;
  of: string;
}

/** The runs where two token lists differ (longest common subsequence). */
function hunks(a: string[], b: string[]): { a: [number, number]; b: [number, number] }[] {
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const out: { a: [number, number]; b: [number, number] }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    const si = i;
    const sj = j;
    while ((i < n || j < m) && !(i < n && j < m && a[i] === b[j])) {
      if (j >= m || (i < n && L[i + 1]![j]! >= L[i]![j + 1]!)) i++;
      else j++;
    }
    // Runs a single token apart are one slip (a code read as a number matches on a digit or two).
    const last = out[out.length - 1];
    if (last && si - last.a[1] <= 1 && sj - last.b[1] <= 1 && si - last.a[1] === sj - last.b[1] && a[si - 1] !== ',' && a[si - 1] !== '.') {
      last.a[1] = i;
      last.b[1] = j;
    } else out.push({ a: [si, i], b: [sj, j] });
  }
  return out;
}

const NUMERAL_RUN = /^[^零〇一二三四五六七八九十百千万亿两幺点]?[零〇一二三四五六七八九十百千万亿两幺点]+[^零〇一二三四五六七八九十百千万亿两幺点]?$/;

function classify(gold: string[], our: string[], of: string): SlipClass {
  const all = [...gold, ...our];
  const words = (l: string[]) => l.filter((t) => t !== ',' && t !== '.').join(' ');
  if (words(gold) === words(our)) return 'pauses (9)';
  if (/[A-Za-z]/.test(of)) return 'Latin (8)';
  if (of && NUMERAL_RUN.test(of.replace(/,/g, ''))) {
    if (all.some((t) => t === 'liang3') || (of.includes('两') && !gold.includes('liang3'))) return '两 (5)';
    if (all.every((t) => t.startsWith('yi') || t === ',' || t === '.')) return '一 (4)';
    return 'codes (6)';
  }
  if (of.includes('为')) return '为 (2)';
  if (/[量调重]/.test(of)) return '量调重 (3)';
  if (of.includes('一')) return '一 (4)';
  if (gold.length === our.length && gold.every((g, k) => g.slice(0, -1) === our[k]!.slice(0, -1)) && all.some((t) => t.endsWith('5'))) return 'neutral (7)';
  return 'words (1, 10)';
}

/** The slips in one sentence. */
export function slipsIn(line: GoldLine): Slip[] {
  const o = ours(line.text);
  return hunks(line.gold, o.tokens).map((h) => {
    // The characters behind the run (or behind its neighbours when only the gold has tokens there).
    const of = o.from.slice(Math.max(0, h.b[0] - (h.b[0] === h.b[1] ? 1 : 0)), Math.max(h.b[1], h.b[0] + 1)).join('');
    const gold = line.gold.slice(...h.a);
    const our = o.tokens.slice(...h.b);
    return { text: line.text, cls: classify(gold, our, of), gold: gold.join(' '), ours: our.join(' '), of };
  });
}

export interface AuditResult {
  name: string;
  chars: number;
  slips: Slip[];
  byClass: Record<SlipClass, number>;
  per1000: number;
}

export function audit(file: string, name: string): AuditResult {
  const lines = readGold(file);
  const chars = lines.reduce((n, l) => n + [...l.text].length, 0);
  const slips = lines.flatMap(slipsIn);
  const byClass = Object.fromEntries(CLASSES.map((c) => [c, slips.filter((s) => s.cls === c).length])) as Record<SlipClass, number>;
  return { name, chars, slips, byClass, per1000: (slips.length / chars) * 1000 };
}

/** The parts of the audit, each its own column and figure. */
export const PARTS = ['tuned', 'held-out', 'held-out-2', 'tuned-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6'] as const;

/** The audit of every part, as a table (slips per 1000 characters, by class). */
export function auditTable(root: string, verbose = false): { text: string; results: AuditResult[] } {
  const results = PARTS.map((n) => audit(join(root, 'tests/fixtures/audit', `${n}.tsv`), n));
  const rows = [`${'class'.padEnd(16)}${results.map((r) => `${r.name} (${r.chars} chars)`.padStart(24)).join('')}`];
  for (const c of CLASSES)
    rows.push(`${c.padEnd(16)}${results.map((r) => `${r.byClass[c]} = ${((r.byClass[c] / r.chars) * 1000).toFixed(2)}/1000`.padStart(24)).join('')}`);
  rows.push(`${'all'.padEnd(16)}${results.map((r) => `${r.slips.length} = ${r.per1000.toFixed(2)}/1000`.padStart(24)).join('')}`);
  if (verbose)
    for (const r of results) for (const s of r.slips) rows.push(`${r.name} ${s.cls}: ${s.of} gold [${s.gold}] ours [${s.ours}] in ${s.text.slice(0, 40)}`);
  return { text: rows.join('\n'), results };
}
