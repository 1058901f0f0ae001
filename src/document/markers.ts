// The ordinal grammar of Chinese report headings: 第一章, 一、, (一), 1., (1), 一是 …
// A marker is only a candidate here; parse.ts decides whether it continues a run.

export type MarkerKind =
  | 'pian' // 第一篇 / 第一编
  | 'zhang' // 第一章 / 第一部分
  | 'jie' // 第一节
  | 'dun' // 一、
  | 'paren' // (一) （一）
  | 'arabic' // 1. 1、 1， 1,
  | 'parenArabic' // (1) （1）
  | 'shi'; // 一是

/**
 * Each numbering style in one place: its rank in the canonical nesting (outermost first; a document
 * may skip levels), the word a position uses for it (第一部分 第二节 第三点), whether it is a point
 * (below the parts, a 一是 / 1. / (1) item) rather than a section, and how its marker is said before
 * its title so each kind sounds different (一、 → 一；(一) → 括号一；1. → 第一点；(1) → 第一小点).
 * 第…篇/章/部分/节 markers say themselves (the word is in the marker).
 */
interface MarkerStyle {
  rank: number;
  word: string;
  point: boolean;
  said: ((ordinal: number) => string) | null;
}

export const MARKER_STYLES: Readonly<Record<MarkerKind, MarkerStyle>> = {
  pian: { rank: 0, word: '篇', point: false, said: null },
  zhang: { rank: 1, word: '章', point: false, said: null },
  jie: { rank: 2, word: '节', point: false, said: null },
  dun: { rank: 3, word: '部分', point: false, said: (n) => intToHan(n) },
  paren: { rank: 4, word: '节', point: false, said: (n) => `括号${intToHan(n)}` },
  arabic: { rank: 5, word: '条', point: true, said: (n) => `第${intToHan(n)}点` },
  parenArabic: { rank: 6, word: '项', point: true, said: (n) => `第${intToHan(n)}小点` },
  shi: { rank: 7, word: '点', point: true, said: null }, // 一是 is said as written
};

/** Canonical nesting order, outermost first. */
export const KIND_RANK = Object.fromEntries(Object.entries(MARKER_STYLES).map(([k, v]) => [k, v.rank])) as Record<MarkerKind, number>;

/** The word a position announcement uses for a node of this kind (第一部分 第二节 第三点). */
export const KIND_WORD = Object.fromEntries(Object.entries(MARKER_STYLES).map(([k, v]) => [k, v.word])) as Record<MarkerKind, string>;

export interface MarkerMatch {
  kind: MarkerKind;
  ordinal: number;
  /** The marker exactly as written, e.g. "（一）" or "一是". */
  text: string;
  /** The chapter word for 第…章/部分/节 markers, so "第一部分" announces as 部分. */
  word?: string;
}

const HAN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN = '[零〇一二两兩三四五六七八九十百千]';

const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 → 1, 十一 → 11, 二十三 → 23, 九十九 → 99, 一百零一 → 101, 两千 → 2000. NaN when malformed. */
export function hanToInt(s: string): number {
  if (s.length === 0) return NaN;
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else if (ch in HAN_DIGITS) {
      if (digit > 0) return NaN; // 二三 is not a number
      digit = HAN_DIGITS[ch]!;
    } else return NaN;
  }
  if (digit > 0) total += digit;
  return total;
}

const ONES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

/** 1 → 一, 12 → 十二, 23 → 二十三, 105 → 一百零五 (ordinals as they are read in headings). */
export function intToHan(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) return String(n);
  return cardinal(String(n));
}

/** Digits read one by one: 2024 → 二零二四; `one` is 幺 in phone numbers and codes (幺二三幺五). */
export function digitsHan(s: string, one = '一'): string {
  return [...s].map((d) => (d === '1' ? one : (ONES[Number(d)] ?? d))).join('');
}

function readGroup(g: number, first: boolean): string {
  const d = [Math.floor(g / 1000), Math.floor(g / 100) % 10, Math.floor(g / 10) % 10, g % 10];
  const units = ['千', '百', '十', ''];
  let out = '';
  let started = false;
  let zero = false;
  for (let i = 0; i < 4; i++) {
    if (d[i] === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) {
      out += '零';
      zero = false;
    }
    out += i === 2 && d[i] === 1 && !started && first ? '十' : ONES[d[i]!]! + units[i];
    started = true;
  }
  return out;
}

/** A cardinal from its digits: 8047 → 八千零四十七, 14709 → 一万四千七百零九, 123456 → 十二万三千四百五十六. */
export function cardinal(s: string): string {
  if (s.length > 1 && s.startsWith('0')) return digitsHan(s); // 001: a code, not a quantity
  if (s.length > 16) return digitsHan(s);
  let n = BigInt(s);
  if (n === 0n) return '零';
  const groups: number[] = [];
  while (n > 0n) {
    groups.unshift(Number(n % 10000n));
    n /= 10000n;
  }
  let out = '';
  let zeroPending = false;
  groups.forEach((g, k) => {
    const unit = GROUP_UNITS[groups.length - 1 - k]!;
    if (g === 0) {
      if (out) zeroPending = true;
      return;
    }
    if (out && (zeroPending || g < 1000)) out += '零';
    out += readGroup(g, out === '') + unit;
    zeroPending = false;
  });
  return out;
}

// Sticky patterns, tried at a sentence start only. Order matters: longer forms first.
const PATTERNS: { re: RegExp; make: (m: RegExpExecArray) => MarkerMatch | null }[] = [
  {
    re: new RegExp(`第(${HAN}+)(部分|章|篇|編|编|節|节)`, 'y'),
    make: (m) => {
      const word = m[2]!;
      const kind: MarkerKind = word === '篇' || word === '編' || word === '编' ? 'pian' : word === '節' || word === '节' ? 'jie' : 'zhang';
      return { kind, ordinal: hanToInt(m[1]!), text: m[0], word: word === '節' ? '节' : word === '編' ? '编' : word };
    },
  },
  { re: new RegExp(`(${HAN}+)、`, 'y'), make: (m) => ({ kind: 'dun', ordinal: hanToInt(m[1]!), text: m[0] }) },
  {
    re: new RegExp(`[(（]\\s*(${HAN}+)\\s*[)）]`, 'y'),
    make: (m) => ({ kind: 'paren', ordinal: hanToInt(m[1]!), text: m[0] }),
  },
  // Arabic ordinals take up to three digits, so a list runs to 199 like the Han ones (the cap is in
  // matchMarker); a year (2024.) has four and never matches.
  {
    re: /[(（]\s*([0-9０-９]{1,3})\s*[)）]/y,
    make: (m) => ({ kind: 'parenArabic', ordinal: arabicToInt(m[1]!), text: m[0] }),
  },
  {
    // 1. 1、 1， 1, — but never 6.2, 5.5%, 1,000 (a digit right after the point is a number).
    re: /([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|、|，|,(?![0-9０-９]))/y,
    make: (m) => ({ kind: 'arabic', ordinal: arabicToInt(m[1]!), text: m[0] }),
  },
  { re: new RegExp(`(${HAN}+)是`, 'y'), make: (m) => ({ kind: 'shi', ordinal: hanToInt(m[1]!), text: m[0] }) },
];

function arabicToInt(s: string): number {
  return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** The marker that starts at `pos` in `text`, if any. Says nothing about whether it continues a run. */
export function matchMarker(text: string, pos: number): MarkerMatch | null {
  for (const p of PATTERNS) {
    p.re.lastIndex = pos;
    const m = p.re.exec(text);
    if (!m) continue;
    const found = p.make(m);
    // Chapters may run long (a compiled volume); inner numbering past 199 is a number, not a marker.
    const max = found && (found.kind === 'pian' || found.kind === 'zhang' || found.kind === 'jie') ? 9999 : 199;
    if (found && Number.isFinite(found.ordinal) && found.ordinal >= 1 && found.ordinal <= max) return found;
  }
  return null;
}

/** Whether a line starts with a heading or point marker (一、 （一） 1. 一是 …). */
export const startsWithMarker = (s: string): boolean => matchMarker(s, 0) !== null;
