// The reading of a spoken form: words in context → pinyin with tone numbers, the way espeak-ng's
// `cmn-latn-pinyin` voice reads best. pinyin-pro reads polyphones by word and applies the 一/不 tone
// sandhi; a small table of report words and place names it gets wrong (src/speech/readings.ts) and the
// user's own pronunciation dictionary ($XDG_CONFIG_HOME/langdu/pronunciations.tsv) go before it.
//
// pinyin-pro (~1 MB of dictionary) is loaded only when speech or `--pinyin` needs it: loadReading().
import { join } from 'node:path';
import { readStateFile } from '../state-file.js';
import { amendInContext } from './context.js';
import { IDIOM_READINGS } from './data/idioms.js';
import { latinReading } from './latin.js';
import { neutralTones } from './neutral.js';
import { BUILT_IN_READINGS } from './readings.js';
import { WORD_BREAK } from './spoken.js';

// The bundled copy has __langduWordsFor (scripts/build.mjs): its word automaton made of only the words
// in a text, which the published package (tests run it) does not have.
type PinyinPro = typeof import('pinyin-pro') & { __langduWordsFor?: (text: string) => void };

let lib: PinyinPro | null = null;
/** Readings that go over pinyin-pro's: the user's, then the built-in table's. */
let overrides = new Map<string, string>();
let longest = 0;

/** Override readings found in a run of Han characters (one per code point), longest match first: [start, syllables]. */
function overridesIn(chars: string[]): [number, string[]][] {
  const out: [number, string[]][] = [];
  if (overrides.size === 0) return out;
  for (let i = 0; i < chars.length; ) {
    let hit = 0;
    for (let n = Math.min(longest, chars.length - i); n >= 1 && !hit; n--) {
      const r = overrides.get(chars.slice(i, i + n).join(''));
      if (r) {
        out.push([i, r.split(' ')]);
        hit = n;
      }
    }
    i += hit || 1;
  }
  return out;
}
let loading: Promise<string[]> | null = null;

/** The user's pronunciation dictionary: `$XDG_CONFIG_HOME/langdu/pronunciations.tsv`. */
export function pronunciationsFile(env: NodeJS.ProcessEnv = process.env): string {
  const config = env.XDG_CONFIG_HOME || join(env.HOME ?? '', '.config');
  return join(config, 'langdu', 'pronunciations.tsv');
}

/**
 * The largest pronunciation dictionary read: ~16 bytes a line makes it about a million entries, eight
 * times CC-CEDICT's 120 k words, and some 200 MB of memory once loaded; a bigger file is a mistake.
 */
export const PRONUNCIATIONS_LIMIT = 16 * 1024 * 1024;

/** The longest word an entry may have: an idiom or a long name fits, a sentence does not. */
const MAX_WORD = 16;

/** Bad lines said one by one; after these, only how many more there were. */
const WARNINGS_SHOWN = 5;

const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouüv]|u:)[a-zü:]*?[1-5]$/;

/**
 * Parse a pronunciation dictionary: `词<TAB>pinyin with tone numbers` a line; `#` starts a comment. A
 * bad line is left out with a one-line warning naming it.
 */
export function parsePronunciations(text: string, name = 'pronunciations.tsv'): { entries: Map<string, string>; warnings: string[] } {
  const entries = new Map<string, string>();
  const warnings: string[] = [];
  let bad = 0;
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const line = k === 0 ? lines[k]!.replace(/^\uFEFF/, '') : lines[k]!;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const [word = '', reading = '', ...rest] = line.split('\t').map((c) => c.trim());
    const syllables = reading.toLowerCase().split(/\s+/).filter(Boolean);
    const chars = [...word];
    let why = '';
    if (rest.some((c) => c)) why = 'more than two columns';
    else if (!/^\p{Script=Han}+$/u.test(word)) why = 'the word must be Han characters';
    // Longest match tries every length up to the longest word at each character: keep that short.
    else if (chars.length > MAX_WORD) why = `the word is longer than ${MAX_WORD} characters`;
    else if (syllables.length === 0) why = 'no reading after the tab (词<TAB>pinyin with tone numbers)';
    else if (syllables.some((s) => !SYLLABLE.test(s))) why = `"${syllables.find((s) => !SYLLABLE.test(s))}" is not a pinyin syllable with a tone number 1–5`;
    else if (syllables.length !== chars.length) why = `${chars.length} characters but ${syllables.length} syllables`;
    if (!why) entries.set(word, syllables.map((s) => s.replace(/u:|v/g, 'ü')).join(' '));
    else if (++bad <= WARNINGS_SHOWN) warnings.push(`langdu: ${name} line ${k + 1}: ${why}; line ignored`);
  }
  if (bad > WARNINGS_SHOWN) warnings.push(`langdu: ${name}: ${bad - WARNINGS_SHOWN} more bad lines ignored too`);
  return { entries, warnings };
}

/**
 * Load pinyin-pro and the readings (built-in, then the user's, which win). Resolves to the warnings
 * about the user's dictionary (one line each); safe to call again (the first call's options hold).
 * `wordsLater`: pinyin-pro's automaton of all its words is built on the first reading of a text that
 * readingWordsFor() was not given, not now (speak reads its first sentence without it).
 */
export function loadReading(file = pronunciationsFile(), opts: { wordsLater?: boolean } = {}): Promise<string[]> {
  loading ??= (async () => {
    const pp: PinyinPro = await import('pinyin-pro');
    let user = { entries: new Map<string, string>(), warnings: [] as string[] };
    // Opened only if it is a regular file (a FIFO there would block for ever) and not too big.
    const got = readStateFile(file, PRONUNCIATIONS_LIMIT);
    if (got.kind === 'text') user = parsePronunciations(got.text, file);
    else if (got.kind === 'unreadable') user.warnings.push(`langdu: cannot read ${file} (${got.why}); your pronunciations are not used`);
    // Our readings are applied over pinyin-pro's, word by word (pinyin-pro's own customPinyin costs
    // ~40 ms to set up, which speak would wait for).
    // Idioms first, read as wholes (src/speech/data/idioms.ts); the table of report words over them.
    overrides = new Map([...Object.entries(IDIOM_READINGS), ...Object.entries(BUILT_IN_READINGS)]);
    for (const [w, r] of user.entries) overrides.set(w, r);
    // A loop, not Math.max(...keys): spreading 200 k words as arguments overflows the stack.
    longest = 0;
    for (const w of overrides.keys()) longest = Math.max(longest, w.length);
    // The first call builds pinyin-pro's dictionaries (~30 ms): do it now, not on the first sentence.
    if (opts.wordsLater) pp.__langduWordsFor?.('朗读一');
    pp.pinyin('朗读一', { toneType: 'num' });
    lib = pp;
    return user.warnings;
  })();
  return loading;
}

/**
 * Make the reading of `text` (and of any part of it) ready without pinyin-pro's automaton of all its
 * words: one of only the words found in `text` is built, in a few milliseconds; the next text outside it
 * builds the whole one. The same readings either way; without the bundled build's hook, nothing to do.
 */
export function readingWordsFor(text: string): void {
  lib?.__langduWordsFor?.(text);
}

export function readingLoaded(): boolean {
  return lib !== null;
}

/** One piece of a reading: a syllable (pinyin, tone number 1–5; or a Latin word the engine reads as English, src/speech/latin.ts) or a pause mark. */
export type ReadingToken = { syllable: string; of?: string; shown?: string } | { pause: 'clause' | 'sentence' };

const DIGIT_CHARS = '零〇一二三四五六七八九幺';
const isDigit = (c: string | undefined, more = '') => c !== undefined && c.length === 1 && (DIGIT_CHARS + more).includes(c);

/** The syllables (pinyin, tone numbers 1–5) of a run of Han characters, one per character ('' for one without a reading). Needs loadReading() first. */
export function hanSyllables(han: string): string[] {
  const chars = [...han];
  const syllables = baseSyllables(han);
  amendInContext(chars, syllables, reread);
  neutralTones(chars, syllables, reread);
  applyOverrides(chars, syllables);
  return syllables;
}

const reread = (word: string) => lib!.pinyin(word, { toneType: 'num', type: 'array' }).map((s) => s.replace(/0$/, '5'));

function applyOverrides(chars: string[], syllables: string[]): void {
  for (const [at, r] of overridesIn(chars)) {
    for (const [k, y] of r.entries()) syllables[at + k] = y;
  }
}

// pinyin-pro's max-probability segmentation loses its words in a long run: its score for a character
// outside any word drops the power of 1e-300 it carries once the product underflows, so about 23
// characters from the end of a run a dictionary word scores below reading each character alone (重庆市 read
// zhòng, 布鲁塞尔 sāi, 任务 wù in a clause of 40 characters). A long run is read in pieces of at most PIECE
// characters, cut where pinyin-pro's own segmentation of a few characters around the cut has a boundary.
const PIECE = 20;
const AROUND = 4;

function runPieces(chars: string[]): string[] {
  if (chars.length <= PIECE) return [chars.join('')];
  const pieces: string[] = [];
  let start = 0;
  while (chars.length - start > PIECE) {
    let cut = start + PIECE;
    for (let p = start + PIECE; p > start + PIECE / 2; p--) {
      // pinyin-pro reads 一 and 不 by their neighbours and 了 by the character before: no cut beside them.
      if ('一不'.includes(chars[p - 1]!) || '一不了々'.includes(chars[p]!)) continue;
      if (boundaryAt(chars.slice(p - AROUND, p + AROUND).join(''))) {
        cut = p;
        break;
      }
    }
    pieces.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  pieces.push(chars.slice(start).join(''));
  return pieces;
}

/** Whether pinyin-pro's segmentation of `window` (2 × AROUND characters) has a boundary in its middle. */
function boundaryAt(window: string): boolean {
  const words = lib!.segment(window, { format: lib!.OutputFormat.ZhSegment, segmentit: 2 });
  let at = 0;
  for (const w of words) {
    at += [...w].length;
    if (at >= AROUND) break;
  }
  return at === AROUND;
}

/** pinyin-pro's reading of a run, with 一 in numbers mended; no context rules, no overrides. */
function baseSyllables(han: string): string[] {
  if (!lib) throw new Error('hanSyllables before loadReading');
  // One item a character: a character pinyin-pro does not know (﨑, 㐀) comes back as itself and gets
  // '' (no reading), so the readings of the others stay on their own characters. Maximum-probability
  // segmentation: the default (reverse maximum matching) reads 银行长期 as 银|行长|期.
  const chars = [...han];
  const syl: string[] = [];
  for (const piece of runPieces(chars)) for (const y of lib.pinyin(piece, { toneType: 'num', type: 'array', segmentit: 2 })) syl.push(y);
  const syllables: string[] = [];
  syl.forEach((s, k) => {
    if (!/^[a-zü:v]+[0-5]?$/.test(s)) {
      syllables.push('');
      return;
    }
    let y = s.replace(/0$/, '5').replace(/v/g, 'ü');
    if (!/[1-5]$/.test(y)) y += '5';
    // A digit read out in a code or a year (二零一九, 幺二三幺五) keeps its own tone: no sandhi.
    // So does 一 in a decimal (一点五) and in 第一.
    const prev = chars[k - 1] ?? '';
    const next = chars[k + 1] ?? '';
    if (chars[k] === '一') {
      const decimalDigit = prev === '点' && isDigit(chars[k - 2], '十') && next !== '滴';
      if (
        isDigit(prev) ||
        isDigit(next) ||
        // The units digit after 十 (十一, 二十一万, 一百四十一万): never a sandhi.
        prev === '十' ||
        // The second term of a ratio (一比一): a number, not 比一般.
        (prev === '比' && isDigit(chars[k - 2], '十')) ||
        (next === '点' && isDigit(chars[k + 2]) && chars[k + 3] !== '滴') ||
        prev === '第' ||
        decimalDigit ||
        (next !== '' && '比加减乘到'.includes(next))
      )
        y = 'yi1';
      // A number's 一 before 百/千 and 万/亿 takes the sandhi: 一百 yì bǎi, 一万 yí wàn.
      else if (next === '百' || next === '千') y = 'yi4';
      else if (next === '万' || next === '亿') y = 'yi2';
    }
    syllables.push(y);
  });
  return syllables;
}

/** The reading of a spoken form (Han, as spokenForm makes it), as tokens. Needs loadReading() first. */
export function readingTokens(written: string): ReadingToken[] {
  if (!lib) throw new Error('readingTokens before loadReading');
  // A 2 between capitals (B2B, O2O, P2P; 二 in the spoken form) is said "to", as in English.
  const spoken = written.replace(/(?<=[A-Z])二(?=[A-Z])/g, ' to ');
  const out: ReadingToken[] = [];
  // Han runs go to pinyin-pro whole (context matters); the context rules then see the whole sentence
  // (以企业为主体、市场为导向 spans runs), and the user's and built-in readings go last.
  // A WORD_BREAK (where a quote or title mark stood) is silent: it splits pinyin-pro's runs and is passed
  // to the context rules as a place where no word crosses, but it is no character of the sentence.
  const all: string[] = [];
  const breaks = new Set<number>();
  const runs: [number, string[]][] = [];
  for (const m of spoken.matchAll(/\p{Script=Han}+|\u200b+|[^\p{Script=Han}\u200b]+/gsu)) {
    if (m[0].startsWith(WORD_BREAK)) {
      breaks.add(all.length);
      continue;
    }
    const chars = [...m[0]];
    if (/\p{Script=Han}/u.test(chars[0]!)) runs.push([all.length, chars]);
    // A loop, not push(...chars): a run is as long as the document makes it (the reader's 拼 spells a
    // whole sentence), and spreading ~150 k arguments overflows the stack.
    for (const c of chars) all.push(c);
  }
  const syl: string[] = new Array(all.length).fill('');
  for (const [start, chars] of runs) for (const [k, y] of baseSyllables(chars.join('')).entries()) syl[start + k] = y;
  amendInContext(all, syl, reread, breaks);
  neutralTones(all, syl, reread, breaks);
  for (const [start, chars] of runs) {
    const part = syl.slice(start, start + chars.length);
    applyOverrides(chars, part);
    for (const [k, y] of part.entries()) syl[start + k] = y;
  }
  let at = 0;
  for (const m of all.join('').matchAll(/(\p{Script=Han}+)|([A-Za-z]+)|([，、；：,;:]+)|([。！？!?.…]+)|./gsu)) {
    const start = at;
    at += [...m[0]].length;
    if (m[1]) {
      [...m[1]].forEach((c, k) => {
        const y = syl[start + k];
        if (y) out.push({ syllable: y, of: c });
      });
    } else if (m[2]) {
      for (const { say, shown } of latinReading(m[2])) out.push({ syllable: say, of: m[2], ...(shown ? { shown } : {}) });
    } else if (m[3]) out.push({ pause: 'clause' });
    else if (m[4]) out.push({ pause: 'sentence' });
  }
  // No pause first, none doubled.
  return out.filter((t, k) => !('pause' in t) || (k > 0 && !('pause' in out[k - 1]!)));
}

/** What espeak-ng's cmn-latn-pinyin voice is given: `yi1 shi4 , si1 xiang3 .` */
export function pinyinInput(tokens: ReadingToken[]): string {
  return tokens.map((t) => ('syllable' in t ? t.syllable : t.pause === 'clause' ? ',' : '.')).join(' ');
}

/** The reading with tone marks, for people: `yī shì，sī xiǎng。` */
export function pinyinWithMarks(tokens: ReadingToken[]): string {
  let out = '';
  for (const t of tokens) {
    if ('pause' in t) out += t.pause === 'clause' ? '，' : '。';
    else out += (out && !/[，。]$/.test(out) ? ' ' : '') + (t.shown ?? toneMarks(t.syllable));
  }
  return out;
}

const MARKS: Record<string, string[]> = { a: [...'āáǎà'], e: [...'ēéěè'], i: [...'īíǐì'], o: [...'ōóǒò'], u: [...'ūúǔù'], ü: [...'ǖǘǚǜ'] };

/** `quán` → `quan2`, `de` → `de5`: toneMarks the other way, for one syllable; undefined if it is none. */
export function toneNumbers(marked: string): string | undefined {
  let tone = 5;
  let plain = '';
  for (const c of marked) {
    const vowel = Object.keys(MARKS).find((v) => MARKS[v]!.includes(c));
    if (vowel) {
      plain += vowel;
      tone = MARKS[vowel]!.indexOf(c) + 1;
    } else plain += c;
  }
  return /^[a-zü]+$/.test(plain) ? `${plain}${tone}` : undefined;
}

const COMBINING = ['\u0304', '\u0301', '\u030c', '\u0300'];

/** `lü4` → `lǜ`, `gui4` → `guì`, `de5` → `de`; a space-separated reading keeps its spaces. */
export function toneMarks(reading: string): string {
  return reading
    .split(' ')
    .map((s) => {
      const m = /^([a-zü]+)([1-5])$/.exec(s.replace(/u:|v/g, 'ü'));
      if (!m) return s;
      const [, base, tone] = m as unknown as [string, string, string];
      if (tone === '5') return base;
      const at = /[ae]/.test(base) ? base.search(/[ae]/) : base.includes('ou') ? base.indexOf('o') : base.search(/[aeiouü](?![aeiouü])/);
      // 嗯 (n4, ng4) and 呣 (m2) have no vowel: the mark goes on the n or m (ǹg, ḿ).
      if (at < 0) return `${base[0]}${COMBINING[Number(tone) - 1]}${base.slice(1)}`.normalize('NFC');
      const v = base[at]!;
      return base.slice(0, at) + MARKS[v]![Number(tone) - 1] + base.slice(at + 1);
    })
    .join(' ');
}
