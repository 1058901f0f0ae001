// Latin words in Chinese text, read the way a Mandarin speaker reads them (issue 25, class 8): an
// acronym letter by letter with the Chinese letter names (GDP, 5G, APP), a name made of words as its
// words (ChatGPT → chat G P T, OpenHarmony → open harmony, iPhone → i phone), a word in pinyin as
// pinyin (Huawei, Xiaomi). What comes out is what espeak-ng's cmn-latn-pinyin voice is given.
//
// That voice reads a Latin word as pinyin unless its own rules find a consonant after a vowel and before
// another consonant or the word's end (dictsource/cmn_rules: `@) t (K  _^_EN`); then it switches to
// English for that word. So `chat`, `deep`, `harmony` come out English as they are, but `open`, `data`,
// `phone` would be read as pinyin syllables (o pen, da ta, p ho ne): those are respelt so that the switch
// happens and English reads them as before (openh, datah, phohne), measured word by word against
// espeak-ng's English voice (tests/speech/latin.test.ts).

// Latin letters as a Mandarin speaker names them (GDP → ji4 di4 pi4), not as pinyin.
const LETTERS: Record<string, string> = {
  a: 'ei1',
  b: 'bi4',
  c: 'xi1',
  d: 'di4',
  e: 'yi4',
  f: 'ai2 fu5',
  g: 'ji4',
  h: 'ei1 qu1',
  i: 'ai4',
  j: 'zhei4',
  k: 'kai4',
  l: 'ai2 le5',
  m: 'ai2 mu5',
  n: 'en1',
  o: 'ou1',
  p: 'pi4',
  q: 'qiu1',
  r: 'a4 er5',
  s: 'ai2 si5',
  t: 'ti4',
  u: 'you1',
  v: 'wei1',
  w: 'da2 bu5 liu5',
  x: 'ai2 ke4 si5',
  y: 'wai4',
  z: 'zei4',
};

// Words the rules below would get wrong: said as Chinese speakers say them (Wi-Fi wāi fāi, APP by
// letter even in small letters), or respelt where no general respelling gives English its reading.
const WORDS: Record<string, string> = {
  app: 'ei1 pi4 pi4',
  to: 'tu4',
  wifi: 'wai1 fai1',
  wi: 'wai1',
  fi: 'fai1',
  logo: 'lohgo',
  online: 'onlyne',
  offline: 'offlyne',
  style: 'styl',
  // Words that are pinyin syllables too (o·pen, da·ta, mi·ni), in the English reading report text means.
  open: 'openh',
  data: 'datah',
  mini: 'minih',
  pen: 'penh',
  man: 'manh',
  fan: 'fanh',
  hi: 'hih',
};

const VOWEL = /[aeiouy]/;
// One pinyin syllable without its tone (an initial, then a final that can follow it).
const PINYIN_SYLLABLE =
  '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|e|i|u|v)|[bpmfwly]?o|er)';
const ONE_SYLLABLE = new RegExp(`^${PINYIN_SYLLABLE}$`);

/**
 * Whether a word is pinyin syllables (without tones) one after another. Position by position, not one
 * regular expression over the word: that backtracks exponentially on a long run of letters (a document
 * can hold one).
 */
function isPinyin(w: string): boolean {
  const ok = new Array<boolean>(w.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < w.length; i++) {
    if (!ok[i]) continue;
    // The longest syllable is six letters (zhuang).
    for (let n = 1; n <= 6 && i + n <= w.length; n++) if (ONE_SYLLABLE.test(w.slice(i, i + n))) ok[i + n] = true;
  }
  return ok[w.length]!;
}

/**
 * Whether espeak-ng's cmn-latn-pinyin rules switch to English for a word: a vowel somewhere before a
 * consonant (not n, r, v, nor ng, ch, sh, zh) that has no vowel after it. Looked for after the first
 * vowel, not as `vowel .* consonant`, which tries every pair on a long run that has none.
 */
export function espeakReadsEnglish(word: string): boolean {
  const w = word.replace(/ng|[csz]h/g, 'N');
  const vowel = w.search(/[aeiou]/);
  return vowel >= 0 && /[bcdfghjklmpqstwxyz](?![aeiou])/.test(w.slice(vowel + 1));
}

/** How espeak-ng is given one English word so that it reads it in English, or the word itself when nothing is known to work. */
function english(word: string): string {
  if (espeakReadsEnglish(word)) return word;
  // A silent e after one consonant (phone, code; game, face; time, type, mobile): respelt with the long
  // vowel it makes. For i and y that is uy (tuym, mobuyl): espeak-ng's English reads uy as in buy, where
  // tyme, tighm or timeh come out as pinyin, t·igh·m or tai·mei.
  const silentE = word
    .replace(/o([^aeiouy]e)$/, 'oh$1')
    .replace(/(?<![aeiou])a([^aeiouy])e$/, (_m, c: string) => `ay${c === 'c' ? 's' : c}`)
    .replace(/(?<![aeiou]|^g)[iy]([^aeiouyrw])e$/, (_m, c: string) => `uy${c === 'c' ? 'ss' : c}`)
    // …and an open o before it stays long once the e is gone (mobile → mohbuyl, profile → prohfuyl).
    .replace(/^([^aeiouy]*)o([^aeiouy])(?=uy[^aeiouy]+$)/, '$1oh$2')
    // guide: the u only makes the g hard.
    .replace(/^gui([^aeiouyrw])e$/, 'guy$1');
  if (silentE !== word && espeakReadsEnglish(silentE)) return silentE;
  // A word ending in a vowel sound or n/r (pro, go, star, free): an h at the end is silent in English.
  if (/(?:[aiouy]|ee|[nrl])$/.test(word) && espeakReadsEnglish(`${word}h`)) return `${word}h`;
  return word;
}

/** Pieces of a run of Latin letters: ChatGPT → Chat GPT, iPhone → i Phone, HarmonyOS → Harmony OS. */
export function latinPieces(run: string): string[] {
  return run.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[A-Z]/g) ?? [];
}

/**
 * What espeak-ng is given for one run of Latin letters (letters only), as tokens: the letters' names
 * and pinyin syllables, or a word with `shown`, the piece as written (`--pinyin` shows Phone, not the
 * phohne espeak-ng is given).
 */
export function latinReading(run: string): { say: string; shown?: string }[] {
  const out: { say: string; shown?: string }[] = [];
  for (const piece of latinPieces(run)) {
    const w = piece.toLowerCase();
    const said = latinPiece(piece, w, WORDS[w]);
    if (said.length === 1 && !/\d$/.test(said[0]!)) out.push({ say: said[0]!, shown: piece });
    else for (const say of said) out.push({ say });
  }
  return out;
}

/** One piece: a known word, an acronym or letters spelt, a pinyin word, or an English word. */
function latinPiece(piece: string, w: string, known: string | undefined): string[] {
  if (known) return known.split(' ');
  // An acronym (GDP, ETC, BRICS), a letter, or letters no English word is made of (pH, km, www).
  if (w.length === 1 || (piece === piece.toUpperCase() && w.length <= 5) || !VOWEL.test(w) || /[^aeiouy]{4}/.test(w))
    return [...w].flatMap((c) => LETTERS[c]!.split(' '));
  // A word in pinyin (Huawei, Xiaomi) is pinyin to the voice; but one shaped like an English word with
  // a silent e (game, mode, face: ga·me, mo·de, fa·ce as pinyin; time, mobile, online: ti·me, mo·bi·le)
  // is English. No pinyin word ends in i or y, one consonant and e that a report would hold.
  if (isPinyin(w) && !/^[^aeiouy]*[aeiouy][^aeiouy]e$/.test(w) && !/(?<![aeiou]|^g)[iy][^aeiouyrw]e$/.test(w) && !/^gui[^aeiouyrw]e$/.test(w)) return [w];
  return [english(w)];
}
