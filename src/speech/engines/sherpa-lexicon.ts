// Our readings, in the model's tokens. A sherpa-onnx voice reads Han text through its own lexicon, one
// entry a word, the first entry winning: its polyphones would be its own guesses (行 xíng in 银行行长).
// langdu gives it the reading instead, syllable by syllable (`yin2 hang2 hang2 zhang3`, the same
// reading espeak-ng is given: context rules, built-in readings and the user's pronunciations.tsv already
// applied), with a lexicon of our own placed before the model's, one entry a toned syllable → the
// model's tokens. A word-per-document lexicon could hold one reading a word; the syllables carry every
// reading in its context (为 wéi and wèi in one sentence).
//
// Which tokens a syllable is, is learnt from the model's own lexicon: a character with one reading only
// (银 yín) shows the tokens of its syllable. A syllable no such character shows is split into initial
// and final (icefall's Chinese voices: `h ang2`), tried against tokens.txt, or is a token itself.

/** Every Mandarin syllable (without tone), as pinyin-pro reads the characters U+4E00–U+9FFF. */
const BASES =
  `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na nai nan nang nao ne nei nen neng ng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`.split(
    ' ',
  );

/** A syllable as the model's input spells it: ü as v (sherpa-onnx splits ü off a Latin word). */
export const inputSyllable = (s: string): string => s.replace(/ü/g, 'v');

export interface SyllableLexicon {
  /** Toned syllable (input spelling, `lv4`) → the model's tokens. */
  entries: Map<string, string[]>;
  /** Syllables the model has no tokens for (they are not heard). */
  missing: string[];
}

/** tokens.txt: `token id` a line; the token may itself be punctuation. */
export function parseTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of lines(text)) {
    const m = /^(.*\S)?\s+\d+\s*$/.exec(line.replace(/\r$/, ''));
    if (m?.[1]) out.add(m[1].trim());
  }
  return out;
}

/** A real line (a token and its id, a word and its tokens) is short; longer ones are no entry. */
const MAX_LINE = 1024;

/**
 * The lines of a voice's text file up to MAX_LINE long, one at a time: the file is the user's download,
 * up to 64 MB, and split('\n') of it (or split(/\s+/) of one giant line) would hold tens of millions
 * of strings at once.
 */
function* lines(text: string): Generator<string> {
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from <= MAX_LINE && to > from) yield text.slice(from, to);
    from = to + 1;
  }
}

/** Single-character entries of a lexicon.txt (first entry of each wins, as in sherpa-onnx). */
function characterEntries(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines(text)) {
    const parts = line.trim().split(/\s+/);
    const word = parts[0] ?? '';
    if (parts.length < 2 || [...word].length !== 1 || !/\p{Script=Han}/u.test(word) || out.has(word)) continue;
    out.set(word, parts.slice(1));
  }
  return out;
}

const INITIAL = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/;

/** The model's tokens for a toned syllable by splitting it (initial + final), or the syllable as one token. */
function splitSyllable(syl: string, tokens: Set<string>): string[] | null {
  const [, initial = '', rest = ''] = INITIAL.exec(syl) ?? [];
  const tone = rest.slice(-1);
  const final = rest.slice(0, -1);
  const finals = [...new Set([final, final.replace(/ü/g, 'v'), final.replace(/ü/g, 'u')])];
  const tones = tone === '5' ? ['5', '0', ''] : [tone];
  for (const f of finals)
    for (const t of tones) {
      const parts = [initial, f + t].filter(Boolean);
      if (parts.length && parts.every((p) => tokens.has(p))) return parts;
    }
  for (const whole of [syl, inputSyllable(syl)]) if (tokens.has(whole)) return [whole];
  return null;
}

/**
 * Our lexicon for a model: every toned syllable → the model's tokens. `readingsOf` gives every reading
 * of a character (pinyin-pro's), to learn from the characters that have one only.
 */
export function syllableLexicon(tokensText: string, lexiconText: string, readingsOf: (c: string) => string[]): SyllableLexicon {
  const tokens = parseTokens(tokensText);
  const learnt = new Map<string, string[]>();
  for (const [c, toks] of characterEntries(lexiconText)) {
    const r = readingsOf(c);
    if (r.length !== 1 || !toks.every((t) => tokens.has(t))) continue;
    const syl = r[0]!.replace(/0$/, '5').replace(/v/g, 'ü');
    if (!learnt.has(syl)) learnt.set(syl, toks);
  }
  const entries = new Map<string, string[]>();
  const missing: string[] = [];
  for (const base of BASES)
    for (const tone of '12345') {
      const syl = base + tone;
      const toks = learnt.get(syl) ?? splitSyllable(syl, tokens);
      if (toks) entries.set(inputSyllable(syl), toks);
      else missing.push(syl);
    }
  return { entries, missing };
}

/** Our entries, then the model's lexicon after them (a word's first entry wins): the lexicon the voice loads. */
export function lexiconText(ours: SyllableLexicon, modelLexicon: string): string {
  let head = '';
  for (const [syl, toks] of ours.entries) head += `${syl} ${toks.join(' ')}\n`;
  return head + modelLexicon + (modelLexicon.endsWith('\n') ? '' : '\n');
}

/** What a kept lexicon says it holds, if it reads right: syllable → tokens. */
export function parseKept(json: string): Map<string, string[]> | null {
  try {
    const kept = JSON.parse(json) as { v?: unknown; entries?: unknown };
    if (kept.v !== LEXICON_VERSION || !kept.entries || typeof kept.entries !== 'object') return null;
    const out = new Map<string, string[]>();
    for (const [k, v] of Object.entries(kept.entries as Record<string, unknown>)) {
      if (!/^[a-z]{1,8}[1-5]$/.test(k) || !Array.isArray(v) || v.length === 0 || v.length > 8) return null;
      if (!v.every((t): t is string => typeof t === 'string' && t.length > 0 && t.length <= 32 && !/\s/.test(t))) return null;
      out.set(k, v);
    }
    return out.size > 0 ? out : null;
  } catch {
    return null;
  }
}

/** Bumped when what is written for a voice changes, so kept lexicons are made again. */
export const LEXICON_VERSION = 1;
