// Describing characters, as Chinese screen readers do (权，权力的权): a listener hears quán and cannot
// tell 权 from 全 or 泉, so each character is given with its reading in context and a common word that
// holds it with that reading (行 in 银行 is háng, so 行业; in 进行 it is xíng, so 进行).
//
// The words come from jieba's dictionary (349 k words with corpus frequencies), which @node-rs/jieba
// ships as dict.txt: the most frequent word of two to four characters whose reading of the character
// is the one in context. Only the text file is read; jieba's native segmenter is not loaded.
//
// jieba's counts come from an old corpus (巡 would be 巡抚, 辅 首辅, 榜 榜眼), so a word people use today
// comes first: one in a modern list (film subtitles, data/modern-words.ts) ranks above any that is not,
// by its rank there. jieba still gives the words, their tags (names last) and the rest of the order.
//
// Loading it (~0.25 s, ~60 MB) happens on the first description, never at launch: loadDescriptions().
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PUNCTUATION_NAMES } from '../document/punctuation.js';
import { convert, convertKnown, isLoaded, loadScript } from '../script/index.js';
import unfitWords from './data/unfit-words.json' with { type: 'json' };
import { hanSyllables, loadReading, readingLoaded, toneMarks, toneNumbers } from './reading.js';

/** Words a character is never named by while any other word holds it (scripts/modern-words.mjs leaves them out too). */
const UNFIT = new Set<string>(unfitWords);

export interface CharDescription {
  /** The character, as written. */
  char: string;
  /** Its reading in context, with a tone mark (quán); '' for punctuation and symbols. */
  pinyin: string;
  /** A common word holding it with that reading, in the text's own script; '' when there is none. */
  word: string;
  /** What a punctuation mark or symbol is called (逗号), for those. */
  name?: string;
}

interface Lexicon {
  words: string[];
  freqs: Float64Array;
  /** 1 for a person's name (tag nr…): used only for a character no other word holds (骞: 张骞). */
  names: Uint8Array;
  /** 1 for a place or an organisation (ns, nt, nz): a common word names a character better (本来 over 日本). */
  proper: Uint8Array;
  /** Per character, the words holding it, most frequent first (sorted on first use). */
  byChar: Map<string, number[]>;
  /** How much each character is used: the summed frequency of the words holding it. */
  charUse: Map<string, number>;
  /** Per word, its rank in the modern list (1 the most used); 0 when the list lacks it. */
  modern: Uint32Array;
  sorted: Set<string>;
}

let lexicon: Lexicon | null = null;
/** The Simplified dictionary word behind each description's word, for saying it (describedVoice). */
const readAs = new WeakMap<CharDescription, string>();
let loading: Promise<void> | null = null;

/** Where jieba's dictionary is: a `word frequency tag` line each. */
export function dictionaryFile(): string {
  return createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
}

const isHanCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007; // 〇

/**
 * Words of 2–4 Han characters with their frequency (person names, tag nr…, marked), and how much
 * each character is used across the whole dictionary.
 */
/** The least jieba frequency a modern word needs to be put first. */
const MODERN_FLOOR = 200;

export function parseDictionary(text: string, modernWords = ''): Lexicon {
  const words: string[] = [];
  const freqs: number[] = [];
  const byChar = new Map<string, number[]>();
  const charUse = new Map<string, number>();
  const names: number[] = [];
  const proper: number[] = [];
  // A scan by index, not split + regex: the file has 349 k lines and this runs while someone waits.
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const sp = text.indexOf(' ', at);
    if (sp > at && sp < end) {
      const sp2 = text.indexOf(' ', sp + 1);
      const tagAt = sp2 > 0 && sp2 < end ? sp2 + 1 : end;
      const freq = Number(text.slice(sp + 1, tagAt === end ? end : sp2)) || 0;
      for (let i = at; i < sp; i++) charUse.set(text[i]!, (charUse.get(text[i]!) ?? 0) + freq);
      const n = sp - at;
      let han = n >= 2 && n <= 4;
      for (let i = at; i < sp && han; i++) han = isHanCode(text.charCodeAt(i));
      if (han) {
        const k = words.length;
        words.push(text.slice(at, sp));
        freqs.push(freq);
        // An oath or a crime (梅毒, 屁股) names a character only when nothing else holds it, after names.
        const unfit = UNFIT.has(words[k]!);
        if (unfit) freqs[k] = 0;
        names.push(unfit || text.startsWith('nr', tagAt) ? 1 : 0);
        proper.push(text.startsWith('ns', tagAt) || text.startsWith('nt', tagAt) || text.startsWith('nz', tagAt) ? 1 : 0);
        for (let i = at; i < sp; i++) {
          const c = text[i]!;
          const list = byChar.get(c);
          if (!list) byChar.set(c, [k]);
          else if (list[list.length - 1] !== k) list.push(k);
        }
      }
    }
    at = end + 1;
  }
  const modern = new Uint32Array(words.length);
  if (modernWords) {
    const rank = new Map<string, number>();
    for (const w of modernWords.split(/\s+/)) if (w && !rank.has(w)) rank.set(w, rank.size + 1);
    // A word jieba's corpus barely knows (警长: 25) is one pinyin-pro may not know either, and then
    // reads wrong (jǐng cháng): such words keep jieba's order.
    for (const [k, w] of words.entries()) modern[k] = freqs[k]! >= MODERN_FLOOR ? (rank.get(w) ?? 0) : 0;
  }
  return { words, freqs: Float64Array.from(freqs), names: Uint8Array.from(names), proper: Uint8Array.from(proper), byChar, charUse, modern, sorted: new Set() };
}

/**
 * Load what descriptions need: pinyin-pro (the readings), jieba's word list, and the script
 * converters (a Traditional text's words are found in Simplified and shown in Traditional).
 */
export function loadDescriptions(): Promise<void> {
  loading ??= (async () => {
    const [{ MODERN_WORDS }] = await Promise.all([import('./data/modern-words.js'), loadReading(), loadScript('simplified')]);
    lexicon = parseDictionary(readFileSync(dictionaryFile(), 'utf8'), MODERN_WORDS);
  })();
  return loading;
}

/** Whether descriptions can be made now (synchronously). */
export function descriptionsLoaded(): boolean {
  return lexicon !== null && readingLoaded();
}

/** Whether describing this text needs the Traditional converter too (the text is not in Simplified). */
export function needsTraditional(text: string): boolean {
  return convert(text, 'simplified') !== text && !isLoaded('traditional');
}

function candidates(lex: Lexicon, ch: string): number[] {
  const list = lex.byChar.get(ch) ?? [];
  if (!lex.sorted.has(ch)) {
    const scores = new Map(list.map((k) => [k, score(lex, k, ch)]));
    const inModern = (k: number) => (lex.modern[k]! > 0 && scores.get(k)! >= 0 ? 1 : 0);
    list.sort((a, b) => lex.names[a]! - lex.names[b]! || inModern(b) - inModern(a) || scores.get(b)! - scores.get(a)!);
    lex.sorted.add(ch);
  }
  return list;
}

/**
 * How good a word is to name a character by: its frequency, two-character words first, and its other
 * characters common (头上 over 寡头, whose 寡 a listener may not know), and a common word before a
 * place's or a body's name (本来 over 日本; a place name still names 沪 or 浙). A word holding the
 * character twice (头头) names nothing.
 */
function score(lex: Lexicon, k: number, ch: string): number {
  const w = lex.words[k]!;
  let rarest = Number.POSITIVE_INFINITY;
  let count = 0;
  for (const c of w) {
    if (c === ch) count++;
    else rarest = Math.min(rarest, lex.charUse.get(c) ?? 1);
  }
  if (count !== 1) return -1;
  // Counts fall about as 1/rank (Zipf), so a modern word's use is taken as 1/rank; weighed with jieba's
  // count (a geometric mean) so that a word of films alone (上帝, 基督) does not name 上 or 督.
  if (lex.modern[k]) return (w.length === 2 ? 4 : 1) * (lex.proper[k] ? 0.25 : 1) * Math.sqrt(lex.freqs[k]! / lex.modern[k]!);
  return lex.freqs[k]! * (w.length === 2 ? 4 : 1) * (lex.proper[k] ? 0.25 : 1) * rarest ** 0.25;
}

const toneless = (s: string) => s.replace(/[1-5]$/, '');

interface Found {
  /** As shown, in the text's script. */
  shown: string;
  /** The dictionary's Simplified word, which is what is read (著手 shown is 着手 read: zhuó shǒu). */
  word: string;
}

/**
 * The word for a character (Simplified `sc` in context, written `orig` in the text) read `reading`: the
 * most frequent one that reads it so; failing that one that reads it in another tone (一 and 不 change
 * tone with what follows); null if jieba has none. Shown in the text's script, and only if the word
 * shown holds the very character written (a Traditional 後 is not named by 以后, nor 后 by 以後).
 */
function wordFor(lex: Lexicon, sc: string, orig: string, reading: string, traditional: boolean): Found | null {
  // The character in context first; then on its own (計畫 is 计划 in context, but 畫 is 画: 画家 → 畫家).
  const keys = [sc];
  if (traditional) for (const own of [convertKnown(orig, 'simplified'), orig]) if (!keys.includes(own)) keys.push(own);
  // In Traditional, words that write it so; failing those, a character both scripts share that
  // Traditional words write otherwise (并 → 並且) keeps its own Simplified words.
  for (const inTraditional of traditional ? [true, false] : [false]) {
    for (const key of keys) {
      let near: Found | null = null;
      for (const k of candidates(lex, key)) {
        const w = lex.words[k]!;
        const at = [...w].indexOf(key);
        if (w.lastIndexOf(key) !== w.indexOf(key)) continue;
        const shown = inTraditional ? convertKnown(w, 'traditional') : w;
        if ([...shown][at] !== orig) continue;
        const r = hanSyllables(w)[at] ?? '';
        if (r === reading) return { shown, word: w };
        if (!near && toneless(r) === toneless(reading)) near = { shown, word: w };
      }
      if (near) return near;
    }
  }
  // A variant the converter never writes (Hong Kong's 羣 and 裏 for 群 and 裡): the Traditional word
  // with the text's own form of the character in it (羣眾).
  if (traditional && orig !== sc) {
    const plain = wordFor(lex, sc, sc, reading, false);
    if (plain) {
      const chars = [...convertKnown(plain.word, 'traditional')];
      chars[[...plain.word].indexOf(sc)] = orig;
      return { shown: chars.join(''), word: plain.word };
    }
  }
  return null;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The last resort, for a character no dictionary word holds (磡, 峁: place names): the word it is in
 * here, as a Chinese word segmenter finds it, or it and the Han character beside it (大磡, 石峁).
 * It reads the character as the context does, being the context.
 */
function wordInText(chars: string[], sc: string[], k: number): Found | null {
  const isHan = (c: string | undefined) => c !== undefined && isHanCode(c.codePointAt(0)!);
  let start = k;
  let end = k + 1;
  while (start > 0 && isHan(chars[start - 1])) start--;
  while (end < chars.length && isHan(chars[end])) end++;
  if (end - start < 2) return null;
  // A window around the character, not the whole run: a page of such characters stays linear.
  start = Math.max(start, k - 6);
  end = Math.min(end, k + 7);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const run = chars.slice(start, end).join('');
  let from = k;
  let to = k + 1;
  let offset = 0;
  for (const seg of segmenter.segment(run)) {
    const n = [...seg.segment].length;
    if (start + offset <= k && k < start + offset + n) {
      from = start + offset;
      to = from + n;
    }
    offset += n;
  }
  if (to - from < 2 || to - from > 4) [from, to] = k > start ? [k - 1, k + 1] : [k, k + 2];
  const shown = chars.slice(from, to).join('');
  if (shown.split(chars[k]!).length !== 2) return null;
  return { shown, word: sc.slice(from, to).join('') };
}

const DIGIT_READINGS = ['líng', 'yī', 'èr', 'sān', 'sì', 'wǔ', 'liù', 'qī', 'bā', 'jiǔ'];

/**
 * Describe every character of a text (spaces left out): its reading in this context and a common word.
 * Needs loadDescriptions() first, and loadScript('traditional') for a Traditional text (needsTraditional).
 */
export function describeText(text: string): CharDescription[] {
  return described(text).map((d) => d.description);
}

/** The character at or after a UTF-16 offset of a text (and its offset), described in the context of the whole text. */
export function describeAt(text: string, offset: number): { description: CharDescription; at: number } | null {
  return described(text, offset)[0] ?? null;
}

/** The characters of a text described in its context; from `from` on, only the first (the reader's `i`). */
function described(text: string, from?: number): { description: CharDescription; at: number }[] {
  const lex = lexicon;
  if (!lex || !readingLoaded()) throw new Error('describeText before loadDescriptions');
  const chars = [...text];
  const simplified = convert(text, 'simplified');
  let sc = [...simplified];
  // tw→cn maps character for character; should a phrase ever change length, map each on its own.
  if (sc.length !== chars.length) sc = chars.map((c) => convert(c, 'simplified'));
  const traditional = simplified !== text;
  const readings: string[] = new Array(chars.length).fill('');
  for (let k = 0; k < sc.length; ) {
    if (!isHanCode(sc[k]!.codePointAt(0)!)) {
      k++;
      continue;
    }
    let end = k;
    while (end < sc.length && isHanCode(sc[end]!.codePointAt(0)!)) end++;
    hanSyllables(sc.slice(k, end).join('')).forEach((y, i) => {
      readings[k + i] = y;
    });
    k = end;
  }
  const out: { description: CharDescription; at: number }[] = [];
  let at = 0;
  for (const [k, char] of chars.entries()) {
    const here = at;
    at += char.length;
    // Spaces, and the invisible parts of a written character (a joiner or a variation selector in an
    // emoji, a combining mark) are not characters of their own.
    if (!char.trim() || /[\p{Cf}\p{Mn}\p{Me}]/u.test(char) || (from !== undefined && here < from)) continue;
    const reading = readings[k]!;
    let description: CharDescription;
    if (reading) {
      // In a Traditional text a character written the same in both scripts (力, 后) gets its word in
      // Traditional; a Simplified one (a quotation, a mixed page) keeps its words in Simplified.
      const inTraditional = traditional && convert(char, 'traditional') === char;
      const found = wordFor(lex, sc[k]!, char, reading, inTraditional) ?? wordInText(chars, sc, k);
      description = { char, pinyin: toneMarks(reading), word: found?.shown ?? '' };
      if (found) readAs.set(description, found.word);
    } else if (/[0-9]/.test(char)) description = { char, pinyin: DIGIT_READINGS[Number(char)]!, word: '' };
    else description = { char, pinyin: '', word: '', ...(PUNCTUATION_NAMES[char] ? { name: PUNCTUATION_NAMES[char] } : {}) };
    out.push({ description, at: here });
    if (from !== undefined) break;
  }
  return out;
}

/** How a description is shown: `權 quán，權力的權`; a mark by its name: `，逗号`. */
export function describedLine(d: CharDescription): string {
  if (d.name) return `${d.char}（${d.name}）`;
  if (!d.pinyin) return d.char;
  return d.word ? `${d.char} ${d.pinyin}，${d.word}的${d.char}` : `${d.char} ${d.pinyin}`;
}

/**
 * How a description is said: `权，权力的权`, with its reading given (quan2 , quan2 li4 de5 quan2), since
 * a character on its own would be read in its most common reading (行 as xíng where the text says háng).
 * Needs loadDescriptions().
 */
export function describedVoice(d: CharDescription): { text: string; reading?: string } {
  if (d.name) return { text: d.name };
  if (!d.word) return { text: d.char };
  const syllable = hanSyllables(convert(d.char, 'simplified'))[0] ?? '';
  const own = toneNumbers(d.pinyin) ?? syllable;
  // The word is read as a word (之一 zhī yī even where the text's 一 is yí before a fourth tone).
  const word = hanSyllables(readAs.get(d) ?? convert(d.word, 'simplified'));
  return { text: `${d.char}，${d.word}的${d.char}`, reading: `${own} , ${word.join(' ')} de5 ${own}` };
}
