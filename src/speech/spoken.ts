// The Mandarin spoken form of a sentence: what is read, in Han characters, while the screen keeps the
// text as written. Numbers and symbols are written out by class and by context, as text normalisers
// for Chinese TTS do (WeTextProcessing, NeMo): a digit string after 电话/热线/邮编 or in a phone pattern
// is read digit by digit (1 as 幺), a year as digits, a quantity as a cardinal, a range with 到, a
// negative number with 负, units and currencies by name. Quotation and book-title marks are dropped, and
// markup an engine might obey ([[ … ]] phoneme or command brackets) is taken apart. Latin letters stay
// (GDP, 5G): the reading stage names them, and say/SAPI know them.
import { cardinal, digitsHan } from '../document/markers.js';

export { cardinal };

/** Digits read one by one: 2024 → 二零二四. */
export function digits(s: string): string {
  return digitsHan(s);
}

/** Digits of a phone number, hotline or code: 1 is 幺 (12315 → 幺二三幺五). */
function code(s: string): string {
  return digitsHan(s.replace(/\D/g, ''), '幺');
}

// After the spoken form's numbers: a year or a range of years (二零二一到二零二五年, 二零二四年版), or a
// document's status.
const BRACKET_YEARS = /^[零〇一二三四五六七八九]{4}(?:到[零〇一二三四五六七八九]{4})?年?(?:版|度|修订|修正|(?:调整|修订|修正|增订|更新)版)?$/;
const BRACKET_STATUS =
  /^(?:试行|暂行|草案|修订|修正|修订版|修订稿|修改稿|调整版|增订版|征求意见稿|送审稿|讨论稿|审议稿|代拟稿|节选|摘要|全文|简本|摘编|公开版|第[一二三四五六七八九十]+版)$/;
// A body's other name, as on its second nameplate (区委党校（行政学院）, 编办（机构编制委员会办公室）): a
// newsreader says both at one go. Both end in a word for a body; not what it includes (含…, 包括…).
const BODY_END = /(?:党校|学院|学校|大学|中心|办公室|委员会|管委会|委|办|局|厅|院|馆|所|站|社|会|府|部|司|处)$/u;
const NUMERAL_ONLY = /^[零〇一二三四五六七八九十百]+$/;

// A list in brackets is the word's alternatives only when each is a body or a place of the same kind (乡（镇、街道）,
// 党委（党组、党工委）); examples are set off (重点人群（老人、儿童、孕妇）, 重点领域（食品、药品）).
const UNIT_END = '省市县区州盟旗镇乡村道组委会支部局办室站点所队处科厅院校司厂场园团社心';
const unitsOrOne = (inner: string) => !inner.includes('、') || inner.split('、').every((w) => UNIT_END.includes(w.at(-1) ?? '-'));

/** Whether a bracket's text, after `before` (the character before the bracket; `preceding`, the last few), completes or qualifies that word, or names its body again. */
function completesWord(inner: string, before: string, preceding: string): boolean {
  if (NUMERAL_ONLY.test(inner)) return false;
  if (/^(?!含|包括|不含|如|即|下称|以下)\p{Script=Han}{3,12}$/u.test(inner) && BODY_END.test(inner) && BODY_END.test(preceding)) return true;
  // A word of one or two characters, or a few of them with 、, said as one word (县（市）, 县（市、区） 县市区).
  if (/\p{Script=Han}/u.test(before) && /^\p{Script=Han}{1,2}(?:、\p{Script=Han}{1,2}){0,3}$/u.test(inner) && unitsOrOne(inner)) return true;
  // Alternatives listed with 、 after a noun, of up to three characters each (党委（党组、党工委）, 社区（村、居委会）):
  // the same; not what it includes (示范区（含高新区、经开区）).
  if (/\p{Script=Han}/u.test(before) && /^(?!含|包括|不含|如|即)\p{Script=Han}{1,3}(?:、\p{Script=Han}{1,3}){1,3}$/u.test(inner) && unitsOrOne(inner))
    return true;
  // The date of a day word (今日（九月十七日）下午, 明日（17日）): said on, as one time.
  if (/[日天今明昨]$/u.test(before) && /^(?:[零一二三四五六七八九十]+月)?[零一二三四五六七八九十]+[日号]$/.test(inner)) return true;
  // A document's years or status, after its name or its closing title mark.
  return /[\p{Script=Han}》〉”"]/u.test(before) && (BRACKET_YEARS.test(inner) || BRACKET_STATUS.test(inner));
}

/** A decimal: 3.08 → 三点零八, 16.65 → 十六点六五. */
export function decimal(int: string, frac: string): string {
  return `${cardinal(int)}点${digits(frac)}`;
}

function number(n: string): string {
  const [a, b] = n.split('.');
  return b === undefined ? cardinal(a!) : decimal(a!, b);
}

// Measure words after which a lone 2 is read 两 (两次, 两名), in both scripts. Not 月/日/号: 二月二日.
const MEASURE = '个個次件名项項人条條家份辆輛场場轮輪期类類起位批所座台张張本篇部种種门門道遍天周岁歲万萬千百亿億年倍块塊套架艘只隻头頭栋棟户戶间間吨噸斤元';

const NUM = String.raw`\d+(?:\.\d+)?`;
const DASH = String.raw`\s*(?:[—–~～]+|-|至|到)\s*`;

// Units written in Latin letters or symbols, after a number: 50km → 五十千米.
const UNITS: [string, string][] = [
  ['km²', '平方千米'],
  ['km2', '平方千米'],
  ['m²', '平方米'],
  ['㎡', '平方米'],
  ['m2', '平方米'],
  ['m³', '立方米'],
  ['m3', '立方米'],
  ['㎥', '立方米'],
  ['km/h', '千米每小时'],
  ['m/s', '米每秒'],
  ['kWh', '千瓦时'],
  ['kwh', '千瓦时'],
  ['kW', '千瓦'],
  ['kw', '千瓦'],
  ['MW', '兆瓦'],
  ['GW', '吉瓦'],
  ['km', '千米'],
  ['㎞', '千米'],
  ['kg', '千克'],
  ['㎏', '千克'],
  ['mg', '毫克'],
  ['μg', '微克'],
  ['cm', '厘米'],
  ['mm', '毫米'],
  ['ml', '毫升'],
  ['mL', '毫升'],
  ['ha', '公顷'],
  ['m', '米'],
  ['g', '克'],
  ['t', '吨'],
  ['L', '升'],
  ['h', '小时'],
  ['s', '秒'],
];
const UNIT_RE = new RegExp(`(${NUM})\\s*(${UNITS.map(([u]) => u.replace(/[/²³]/g, (c) => `\\${c}`)).join('|')})(?![A-Za-z0-9])`, 'g');
const UNIT_NAME = new Map(UNITS);
// Units after the / of a unit per unit (微克/立方米, 元/吨, 人/平方公里), said 每.
const PER_UNIT =
  '立方米|平方米|平方公里|平方千米|公里|千米|米|小时|秒|分钟|天|日|周|年|月|人次|人|户|亩|公顷|吨|千克|公斤|克|升|千瓦时|度|株|头|台|辆|次|件|元|箱|斤|床|间|立方|平方';

const CURRENCY: Record<string, string> = { $: '美元', US$: '美元', HK$: '港元', '¥': '元', '￥': '元', '€': '欧元', '£': '英镑' };

const ROMAN: Record<string, number> = {
  Ⅰ: 1,
  Ⅱ: 2,
  Ⅲ: 3,
  Ⅳ: 4,
  Ⅴ: 5,
  Ⅵ: 6,
  Ⅶ: 7,
  Ⅷ: 8,
  Ⅸ: 9,
  Ⅹ: 10,
  Ⅺ: 11,
  Ⅻ: 12,
  ⅰ: 1,
  ⅱ: 2,
  ⅲ: 3,
  ⅳ: 4,
  ⅴ: 5,
  ⅵ: 6,
  ⅶ: 7,
  ⅷ: 8,
  ⅸ: 9,
  ⅹ: 10,
};
const ASCII_ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

const SYMBOLS: Record<string, string> = {
  '×': '乘',
  '÷': '除以',
  '=': '等于',
  '≥': '大于等于',
  '≤': '小于等于',
  '>': '大于',
  '<': '小于',
  '≈': '约等于',
  '±': '正负',
  '&': '和',
  '#': '号',
  '‰': '',
};

// At a sentence's or a clause's start (a heading, or points run into a paragraph: ……：1.加强…；2.推进…):
// never 2.5 or 2024.
const HEADING_DOT = /(^|[。！？；：!?;:\n]\s*)(\d{1,3})[.．](?![\d.．])\s*/g;
const HEADING_WORD = /(^|[。！？；：!?;:\n]\s*)(第[\d零〇一二两三四五六七八九十百千]+(?:部分|章|篇|编|節|节|条))[ \t\u3000]+(?=\p{Script=Han})(?!第)/gu;

function yearRange(a: string, b: string): boolean {
  const y = (s: string) => /^(1[89]|20)\d\d$/.test(s);
  return y(a) && y(b) && Number(b) > Number(a);
}

function spokenWithBreaks(text: string): string {
  let s = text
    // Full-width digits, letters and signs read like their ASCII forms; − (minus) is a minus.
    .replace(/[０-９Ａ-Ｚａ-ｚ％．＋：－／＄＝＞＜＆＃]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[−‒]/g, '-')
    // Engine markup: espeak-ng's [[phonemes]], macOS say's [[inpt PHON]] commands. Keep the words.
    .replace(/\[\[|\]\]/g, ' ');

  s = s
    // A heading number before its heading's text gets the short pause of （一） and 一、 (issue 25, class 9),
    // whatever its shape (markers.ts): 1. and 1． (else read as a full stop), 第一章 and 第二节 before a space, and a
    // regulation's 第一条 before a space.
    // A paragraph that ends in a colon (现将有关情况报告如下：) ends its sentence: a newsreader stops there.
    .replace(/(?<=[\p{Script=Han}”》）)])[:][ \t\u3000]*(?=\n|$)/gu, '。')
    .replace(HEADING_DOT, '$1$2，')
    .replace(HEADING_WORD, '$1$2，')
    // Thousands separators: 1,580亿元 → 1580亿元.
    .replace(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d*,)/g, (m) => m.replace(/,/g, ''))
    // …and spaces as thousands separators (约1 000个, 2 100个): only before a Han word, so two numbers in a
    // row (2024 2025) stay two.
    .replace(/(?<![\d.,\s])\d{1,3}(?:[ \u2009\u202f]\d{3})+(?=\p{Script=Han})/gu, (m) => m.replace(/[ \u2009\u202f]/g, ''))
    // A quoted digit string is a name or a code (“311”, “12345”热线, “61020”行动): digit by digit; so
    // are road and model numbers (G92, CR400, 312国道); not a measure (PM10 is PM十) nor a group of
    // countries (G20峰会, G20成员国: G二十).
    .replace(/(?<=[“"「])(\d{3,})(?=[”"」])/g, (_m, d: string) => digits(d))
    .replace(
      /(?<![A-Za-z0-9])(?!PM)([A-Z]{1,3})(\d{2,4})(?![\d.A-Za-z]|[^，。；;,]{0,8}(?:峰会|集团|成员国|领导人))/g,
      (_m, l: string, d: string) => `${l}${digits(d)}`,
    )
    .replace(/(?<![\d.])(\d{2,4})(?=国道|省道|县道)/g, (_m, d: string) => digits(d))
    // Phone numbers, hotlines, postcodes and codes are read digit by digit, 1 as 幺.
    // (Five digits or more: 电话会议3次 and 接受咨询1200余人次 are counts.)
    .replace(
      /(电话|热线|传真|邮编|邮政编码|号码|服务号|QQ|qq|微信号?)([:：]?\s*)(\d[\d\-\s]{3,}\d)(?![\d.%])/g,
      (_m, w: string, sep: string, n: string) => `${w}${sep}${code(n)}`,
    )
    .replace(/(?<![\d.])(0\d{2,3})-(\d{7,8})(?:-(\d{1,4}))?(?![\d.])/g, (m) => code(m))
    .replace(/(?<![\d.])(1[3-9]\d{9}|400-?\d{3}-?\d{4})(?![\d.])/g, (m) => code(m))
    .replace(/(?<![\d.])(\d{3,6})(?=(?:服务|政务|投诉|便民|举报|咨询)?热线|短号|专线|平台电话)/g, (m) => code(m))
    // Document numbers: 浙政发〔2023〕12号 → 浙政发二零二三十二号 (the year as digits).
    .replace(/[〔[【(（](\d{4})[〕\]】)）](?=\s*\d+\s*号)/g, (_m, y: string) => `${digits(y)}年`)
    // Dates: 2025-02-08, 2023/6/18, 2023.6.18 → 二零二五年二月八日.
    .replace(
      /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/g,
      (_m, y: string, _sep: string, mo: string, d: string) => `${digits(y)}年${cardinal(String(Number(mo)))}月${cardinal(String(Number(d)))}日`,
    )
    .replace(
      /(?<![\d.])(\d{4})([-/])(\d{1,2})(?![\d.\-/])(?=\s*(?:月|$|[，。；、\s]))/g,
      (_m, y: string, _sep: string, mo: string) => `${digits(y)}年${cardinal(String(Number(mo)))}月`,
    )
    // Times with seconds: 08:30:15 → 八点三十分十五秒 (before ratios, which look alike).
    .replace(
      /(?<![\d.:])([01]?\d|2[0-3]):([0-5]\d):([0-5]\d)(?![\d.:])/g,
      (_m, h: string, mm: string, ss: string) => `${cardinal(String(Number(h)))}点${cardinal(String(Number(mm)))}分${cardinal(String(Number(ss)))}秒`,
    )
    // The ratio sign ∶ is always a ratio, whatever the digits (4.0∶37.7∶58.3, 8∶30): 比.
    .replace(new RegExp(`${NUM}(?:\\s*∶\\s*${NUM})+`, 'g'), (m) =>
      m
        .split(/\s*∶\s*/)
        .map(number)
        .join('比'),
    )
    // Ratios: 6.2:40.1:53.7, 3:1 (not a time: the minutes of a time are two digits) → 三比一.
    .replace(new RegExp(`${NUM}(?::${NUM}){2,}`, 'g'), (m) => m.split(':').map(number).join('比'))
    .replace(new RegExp(`(?<![\\d.:])(${NUM}):(?!\\d\\d(?![\\d.]))(${NUM})(?![\\d:])`, 'g'), (_m, a: string, b: string) => `${number(a)}比${number(b)}`)
    // Times, and ranges of times: 8:30-12:00 → 八点三十分到十二点.
    .replace(
      /(?<![\d.:])([01]?\d|2[0-4]):([0-5]\d)(?![\d.:])/g,
      (_m, h: string, mm: string) => `${cardinal(String(Number(h)))}点${mm === '00' ? '' : `${cardinal(String(Number(mm)))}分`}`,
    )
    .replace(new RegExp(`(?<=[点分])${DASH}(?=[零一二三四五六七八九十]+点)`, 'g'), '到')
    // A month, a day or a count written with a leading zero (2005年01月06日, 第02次) is said without it.
    .replace(/(?<![\d.])0([1-9])(?=\s*[月日号次届期])/g, '$1')
    // Year ranges and years: 2019—2023年, 2021-2025 → 二零一九到二零二三年; 2024年 → 二零二四年.
    .replace(new RegExp(`(?<![\\d.])(\\d{4})${DASH}(\\d{4})(?![\\d.%])`, 'g'), (m, a: string, b: string) =>
      yearRange(a, b) ? `${digits(a)}到${digits(b)}` : m,
    )
    .replace(/(?<![\d.])(\d{4})(?=\s*年(?!代|龄|均|限|度报表))/g, (_m, y: string) => digits(y))
    .replace(/(?<![\d.])(\d{2,4})(?=年代)/g, (_m, y: string) => cardinal(y))
    // Fractions: 3/4 → 四分之三.
    .replace(/(?<![\d./])(\d+)\/(\d+)(?![\d./])/g, (_m, a: string, b: string) => `${cardinal(b)}分之${cardinal(a)}`)
    // Currency before the number: $20 → 二十美元.
    .replace(new RegExp(`(US\\$|HK\\$|[$¥￥€£])\\s*(${NUM})(\\s*[万亿千百]*)`, 'g'), (_m, c: string, n: string, u: string) => `${n}${u.trim()}${CURRENCY[c]}`)
    // A range after a number with its unit: 2021年-2025年, 1月-6月, 3万-5万 → 到 (not a minus).
    .replace(/(?<=[\d零一二三四五六七八九十]\s*[年月日号周天时个万亿千百元])\s*(?:[—–~～]+|-)\s*(?=[\d零一二三四五六七八九])/g, '到')
    // Negative numbers: 增长-1.8% → 增长负百分之一点八; -5℃ → 零下五摄氏度.
    .replace(new RegExp(`(?<![\\d\\p{Script=Latin}.)）%‰℃°])-(?=${NUM}\\s*(?:℃|°C))`, 'gu'), '零下')
    .replace(/(?<![\d\p{Script=Latin}.)）%‰℃°])-(?=\d)/gu, '负')
    // Ranges of percentages: 6%-8% → 百分之六到百分之八, 6-8% → 百分之六到八.
    .replace(new RegExp(`(${NUM})\\s*%${DASH}(${NUM})\\s*%`, 'g'), (_m, a: string, b: string) => `百分之${number(a)}到百分之${number(b)}`)
    .replace(new RegExp(`(${NUM})${DASH}(${NUM})\\s*%`, 'g'), (_m, a: string, b: string) => `百分之${number(a)}到${number(b)}`)
    // Percentages and per-mille: 51.5% → 百分之五十一点五, 100% → 百分之百, 3‰ → 千分之三.
    .replace(new RegExp(`(${NUM})\\s*%`, 'g'), (_m, n: string) => (n === '100' ? '百分之百' : `百分之${number(n)}`))
    .replace(new RegExp(`(${NUM})\\s*‰`, 'g'), (_m, n: string) => `千分之${number(n)}`)
    // Temperatures and degrees.
    .replace(/\s*(℃|°C)/g, '摄氏度')
    .replace(/\s*°/g, '度')
    // Units: 50km → 五十千米, 120㎡ → 一百二十平方米.
    .replace(UNIT_RE, (_m, n: string, u: string) => `${n}${UNIT_NAME.get(u)}`)
    // A unit per unit after a number: 31微克/立方米 → 微克每立方米, 3000元/吨, 60千米/h.
    .replace(new RegExp(`(?<=\\d\\s*\\p{Script=Han}{1,4})/(${PER_UNIT})`, 'gu'), '每$1')
    .replace(/(?<=\d\s*\p{Script=Han}{1,4})\/(km²|m²|m³|km|kg|kWh|m|t|h|s|L)(?![A-Za-z0-9])/gu, (_m, u: string) => `每${UNIT_NAME.get(u)}`)
    // Roman numerals: Ⅱ级 → 二级; Latin ones only before a grade word (II类 → 二类).
    .replace(/[Ⅰ-Ⅻⅰ-ⅹ]/g, (c) => cardinal(String(ROMAN[c])))
    .replace(/(?<![A-Za-z])(I{1,3}|IV|VI{0,3}|IX|X)(?=级|類|类|期|型|度|区|區)/g, (m) => cardinal(String(ASCII_ROMAN[m])))
    // Circled numbers: ① → 一.
    .replace(/[\u2460-\u2473]/g, (c) => cardinal(String(c.charCodeAt(0) - 0x245f)))
    // A range of grades between numerals is 至: Ⅱ—Ⅳ级 → 二至四级.
    .replace(/(?<=[一二三四五六七八九十])\s*(?:[—–~～]+|-)\s*(?=[一二三四五六七八九十]+[级类期型度区])/g, '至')
    // Other ranges between numbers: 8—10个, 3-5 → 三到五; 3万-5万 → 三万到五万.
    .replace(/(?<=[\d万亿千百])\s*(?:[—–~～]+|-)\s*(?=\d)/g, '到')
    // 1+N → 一加N; “益企+” is read 益企加 too (an engine would say "plus"). 5×8 → 五乘八.
    .replace(/\s*\+\s*/g, '加')
    .replace(/(?<=\d)\s*[*xX]\s*(?=\d)/g, '乘')
    .replace(/[×÷=≥≤><≈±&#‰]/g, (c) => SYMBOLS[c] ?? c)
    // Decimals (versions too: 3.0版 → 三点零版), then ordinals and 两 before a measure word, then
    // every other integer.
    .replace(/(\d+)\.(\d+)/g, (_m, a: string, b: string) => decimal(a, b))
    .replace(/第(\d+)/g, (_m, n: string) => `第${cardinal(n)}`)
    .replace(new RegExp(`(?<![\\d.])2(?=\\s*[${MEASURE}])`, 'g'), '两')
    .replace(/\d+/g, (n) => cardinal(n))
    // 两 before 千, 万, 亿 at the head of a number or after 万/亿: 2000余项 → 两千, 12480 → 一万两千; not in
    // 十二万 or a decimal (二点六万).
    .replace(/(?<![一二三四五六七八九十点零〇两幺])二(?=[千万亿])/g, '两')
    // Quoted items in a row (“双减”“双碳”) and book titles in a row (《纲要》《方案》) run together, as a
    // newsreader says them (issue 25, class 9); the marks go below with no pause left.
    // A bracket that completes or qualifies the word before it has no pause: 县（市）, 新（改）建, 县（市、区）, a
    // document's years, version or status (规划（2021—2035年）, 清单（2024年调整版）, 方案（试行）, 指南（第二版）), a
    // body's other name (党校（行政学院）). A heading number （一） and a
    // longer insertion (示范区（含高新区）) are set off.
    .replace(/[(（]([^()（）]{1,24})[)）]/g, (_m, inner: string, at: number, all: string) =>
      // Alternatives of one or two characters are said as one word (县市区); one of three keeps the 、's pause.
      completesWord(inner, all[at - 1] ?? '', all.slice(Math.max(0, at - 3), at))
        ? /\p{Script=Han}{3}/u.test(inner)
          ? inner
          : inner.replace(/、/g, '')
        : `${at === 0 ? '' : '，'}${inner}，`,
    )
    // Inside quotes or a title (a slogan, a brand: “民事无忧·企事有解”, “深入践行习近平法治思想 建设更高水平法治
    //天水”), a middle dot or a space between phrases of four characters or more is the short pause of a list.
    // A shorter piece is a name (“蒙速办·帮您办”) or a title spaced out by its layout (《关 于 印 发》,
    // 《政府 工作 报告》), and outside quotes a middle dot is a name (卡尔·马克思, 总统弗拉基米尔·普京会谈) and a
    // space may be layout: all silent, as a newsreader says a name at one go.
    .replace(/[“《「『][^“”《》「」『』\n]{1,80}[”》」』]/g, (q) =>
      q
        .replace(/[·•](?<=(?:^|[^\p{Script=Han}])\p{Script=Han}{4,}[·•])(?=\p{Script=Han}{4})/gu, '，')
        .replace(/(?<=\p{Script=Han}{4})[ \u3000]+(?=\p{Script=Han}{4})/gu, '，'),
    )
    // A dash of two (——) inside a sentence sets off what follows, as a comma does (心焦——欣慰的是); a single
    // one joins words (网格—社区—街乡) and is silent, as is a dash that opens a line.
    .replace(/(?<=[\p{Script=Han}”》）)])\s*(?:—{2,}|─{2,}|-{2,})\s*(?=[\p{Script=Han}“《])/gu, '，')
    // Marks that are seen, not said: quotes, book titles, brackets, middle dots, slashes.
    // A quote or title mark still ends a word for the reading (WORD_BREAK, dropped before an engine hears
    // it): “零费用”“不见面” must not be read as 用不见 (a potential complement), nor 银行“长期” as 行长.
    .replace(/[“”‘’"《》「」『』【】〔〕]+/g, WORD_BREAK)
    .replace(/[·•/]/g, '')
    .replace(/[()（）[\]]/g, ' ')
    .replace(/，\s*(?=[，。；、！？：,.;!?:]|$)/g, '')
    .replace(/^\s*，/, '')
    .replace(/\s+/g, ' ')
    .replace(/\u200b(?=[\s，。；、！？：,.;!?:\u200b]|$)|(?<=^|[\s，。；、！？：,.;!?:])\u200b/g, '')
    .trim();
  return s;
}

/**
 * A silent mark between two words that the reading must not join (where a quote or title mark stood).
 * readingTokens reads it as a boundary and says nothing; an engine must never get it (espeak-ng names
 * it), so what goes to an engine as text is spokenForm's, which drops it.
 */
export const WORD_BREAK = '\u200b';

/** The text as said, with WORD_BREAK where a mark ended a word: for readingTokens. */
export function spokenForReading(text: string): string {
  return spokenWithBreaks(text);
}

/** The text as said, for an engine and for display: no WORD_BREAK. */
export function spokenForm(text: string): string {
  return spokenWithBreaks(text).replace(/\u200b/g, '');
}
