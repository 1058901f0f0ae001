// Neutral tones pinyin-pro leaves out (issue 25, class 7): words whose neutral tone is obligatory
// (data/neutral-tones.ts) and directional complements after a verb (站起来, 坚持下去, 提出来: qi5 lai5).
import { NEUTRAL_NOT_BEFORE, NEUTRAL_TONE_WORDS } from './data/neutral-tones.js';

const HAN = /\p{Script=Han}/u;
let longest = 0;
for (const w of Object.keys(NEUTRAL_TONE_WORDS)) longest = Math.max(longest, w.length);

// 起来, 下去, 出来, 过来 as a complement of direction after a verb are neutral in both syllables.
const COMPLEMENTS = new Set(['起来', '下去', '出来', '过来']);
// What comes before them when they are no complement: 一 (一起|来), a subject (他们出来, 群众过来, 干部下去), an adverb or a
// modal before them as the main verb (再出来, 要下去), the potential form (说不出来, 看得出来: the complement keeps
// its tones there), and characters that make a word with 起/过/下 (超过|来, 通过|来自, 以下|去).
const NOT_COMPLEMENT_AFTER = '一不得没再又才就要会能将都也还我你他她它们人者员众部组从在向往把被的地着之其以超通经难';

// 来 and 去 that start the next word (支出|来源, 过去|年): no complement.
const AFTER_LAI = '源自说看讲年临华访往信电函宾稿料';
const AFTER_QU = '年世除向掉留';

const NO_BREAKS: ReadonlySet<number> = new Set();

/**
 * Set the neutral tones of `syl` (one reading a character) in place; `reread` reads a short word out of
 * context. `breaks`: where a quote or title mark stood (before chars[k]), which no word or complement crosses.
 */
export function neutralTones(chars: string[], syl: string[], reread: (word: string) => string[], breaks: ReadonlySet<number> = NO_BREAKS): void {
  for (let i = 0; i < chars.length; ) {
    let hit = 0;
    for (let n = Math.min(longest, chars.length - i); n >= 2 && !hit; n--) {
      const word = chars.slice(i, i + n).join('');
      const reading = NEUTRAL_TONE_WORDS[word];
      if (!reading) continue;
      const next = chars[i + n] ?? '';
      // 老老实实, 清清楚楚: the doubled form keeps its last syllables' tones.
      if (next === chars[i + n - 1] || chars[i - 1] === chars[i]) continue;
      if (next && NEUTRAL_NOT_BEFORE[word]?.includes(next)) continue;
      if (syl.slice(i, i + n).some((s) => !s)) continue;
      if (crossesBreak(breaks, i + 1, i + n)) continue;
      for (const [k, y] of reading.split(' ').entries()) syl[i + k] = y;
      hit = n;
    }
    i += hit || 1;
  }
  for (let k = 1; k + 1 < chars.length; k++) {
    const prev = chars[k - 1]!;
    // 一 ends the verb in 统一, 划一 (把思想和行动统一起来), not in 一起|来.
    const verbInYi = prev === '一' && '统划'.includes(chars[k - 2] || '-');
    if (!COMPLEMENTS.has(chars[k]! + chars[k + 1]!) || !HAN.test(prev) || (NOT_COMPLEMENT_AFTER.includes(prev) && !verbInYi)) continue;
    if (!syl[k] || !syl[k + 1] || breaks.has(k) || breaks.has(k + 1)) continue;
    if ((chars[k + 1] === '来' ? AFTER_LAI : AFTER_QU).includes(chars[k + 2] || '-')) continue;
    syl[k] = syl[k]!.replace(/[1-5]$/, '5');
    syl[k + 1] = syl[k + 1]!.replace(/[1-5]$/, '5');
  }
  // pinyin-pro reads a word inside its doubled form (扎扎实实 as 扎|扎实|实: zha1 zha1 shi5 shi2): the third
  // syllable of AABB keeps its own tone.
  for (let k = 0; k + 3 < chars.length; k++) {
    if (chars[k] === chars[k + 1] && chars[k + 2] === chars[k + 3] && chars[k] !== chars[k + 2] && HAN.test(chars[k]!) && syl[k + 2]?.endsWith('5')) {
      const own = reread(chars[k + 2]!)[0];
      if (own && !own.endsWith('5')) syl[k + 2] = own;
    }
  }
}

/** Whether a break stands before any of chars[from] … chars[to - 1]. */
function crossesBreak(breaks: ReadonlySet<number>, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (breaks.has(j)) return true;
  return false;
}
