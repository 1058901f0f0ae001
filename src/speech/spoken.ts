// The Mandarin spoken form of a sentence: what the engine is given, while the screen keeps the text as
// written. espeak-ng alone reads 2024年 as 二千二十四年, 51.5% as "五十一 五 percent" and 8047 as
// 八千四十七; here numbers, dates, times, percentages and ranges are written out the way a Mandarin
// reader says them, quotation and book-title marks are dropped, and markup an engine might obey
// ([[ … ]] phoneme or command brackets) is taken apart.

const ONES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const GROUP_UNITS = ['', '万', '亿', '万亿'];

/** Digits read one by one: 2024 → 二零二四. */
export function digits(s: string): string {
  return [...s].map((d) => ONES[Number(d)] ?? d).join('');
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

/** A cardinal number: 8047 → 八千零四十七, 14709 → 一万四千七百零九, 123456 → 十二万三千四百五十六. */
export function cardinal(s: string): string {
  if (s.length > 1 && s.startsWith('0')) return digits(s); // 001: a code, not a quantity
  if (s.length > 16) return digits(s);
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

/** A decimal: 3.08 → 三点零八, 16.65 → 十六点六五. */
export function decimal(int: string, frac: string): string {
  return `${cardinal(int)}点${digits(frac)}`;
}

// Measure words after which a lone 2 is read 两 (两次, 两名), in both scripts. Not 月/日/号: 二月二日.
const MEASURE = '个個次件名项項人条條家份辆輛场場轮輪期类類起位批所座台张張本篇部种種门門道遍天周岁歲万萬千百亿億年';

const HAN_NUMERAL = '[一二三四五六七八九十百千]';

export interface SpokenOptions {
  /** The sentence is a heading: its marker is read as a number with a pause, (一) → 一. */
  heading?: boolean;
}

export function spokenForm(text: string, opts: SpokenOptions = {}): string {
  let s = text
    // Full-width digits, letters and signs read like their ASCII forms.
    .replace(/[０-９％．＋：－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    // Engine markup: espeak-ng's [[phonemes]], macOS say's [[inpt PHON]] commands. Keep the words.
    .replace(/\[\[|\]\]/g, ' ');

  if (opts.heading) {
    s = s.replace(new RegExp(`^\\s*[(（](${HAN_NUMERAL}+)[)）]`), '$1，').replace(new RegExp(`^\\s*(${HAN_NUMERAL}+)、`), '$1，');
    s = s.replace(/^\s*[(（](\d{1,2})[)）]/, (_m, d: string) => `${cardinal(d)}，`).replace(/^\s*(\d{1,2})[.、，,](?!\d)/, (_m, d: string) => `${cardinal(d)}，`);
  }

  s = s
    // Dates and times: 2025-02-08 → 二零二五年二月八日, 15:56 → 十五点五十六分.
    .replace(/(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d.])/g, (_m, y: string, mo: string, d: string) => `${digits(y)}年${cardinal(String(Number(mo)))}月${cardinal(String(Number(d)))}日`)
    // Ratios: 6.2:40.1:53.7 → 六点二比四十点一比五十三点七 (before times, which look alike).
    .replace(/\d+(?:\.\d+)?(?::\d+(?:\.\d+)?){2,}/g, (m) => m.split(':').map(number).join('比'))
    .replace(/(?<![\d.:])([01]?\d|2[0-4]):([0-5]\d)(?![\d.:])/g, (_m, h: string, mm: string) => `${cardinal(String(Number(h)))}点${mm === '00' ? '' : `${cardinal(String(Number(mm)))}分`}`)
    // Year ranges and years: 2021—2025年 → 二零二一到二零二五年, 2024年 → 二零二四年.
    .replace(/(?<!\d)(\d{4})\s*[—–\-~～至到]\s*(\d{4})(?=\s*年)/g, (_m, a: string, b: string) => `${digits(a)}到${digits(b)}`)
    .replace(/(?<![\d.])(\d{4})(?=\s*年)/g, (_m, y: string) => digits(y))
    // Percentages: 51.5% → 百分之五十一点五, 100% → 百分之百.
    .replace(/(\d+(?:\.\d+)?)\s*%/g, (_m, n: string) => (n === '100' ? '百分之百' : `百分之${number(n)}`))
    // Other ranges between numbers: 3-5 → 三到五.
    .replace(/(?<=\d)\s*[—–~～]\s*(?=\d)/g, '到')
    // 1+N → 一加N; “益企+” is read 益企加 too (an engine would say "plus").
    .replace(/\s*\+\s*/g, '加')
    // Decimals, then ordinals and 两 before a measure word, then every other integer.
    .replace(/(\d+)\.(\d+)/g, (_m, a: string, b: string) => decimal(a, b))
    .replace(/第(\d+)/g, (_m, n: string) => `第${cardinal(n)}`)
    .replace(new RegExp(`(?<![\\d.])2(?=[${MEASURE}])`, 'g'), '两')
    .replace(/\d+/g, (n) => cardinal(n))
    // Marks that are seen, not said: quotes, book titles, brackets, middle dots.
    .replace(/[“”‘’"《》「」『』【】〔〕·•]/g, '')
    .replace(/[()（）[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s;
}

function number(n: string): string {
  const [a, b] = n.split('.');
  return b === undefined ? cardinal(a!) : decimal(a!, b);
}
