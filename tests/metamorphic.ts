// Metamorphic pages: a real page printed the way another site would print it (the other script, the other
// width of colons and brackets, other line ends and spacing, another site's furniture on top). Each
// transformation maps the page's text, and maps the gold title and pairs the same way, so "the same answer"
// is checkable on every page whose answer is right today. Used by tests/document/header-metamorphic.test.ts.
import { convertUncached, loadScript } from '../src/script/index.js';

export interface Answer {
  title: string | null;
  meta: [string, string][];
}

export interface Transformation {
  name: string;
  /** The page as the other site prints it. */
  page(text: string): string;
  /** The gold answer as the other site would print it. */
  answer(a: Answer): Answer;
  /** How keys are compared, when more than one form is right. */
  key?: (k: string) => string;
  /** How values are compared, when more than one form is right. */
  value?: (v: string) => string;
}

const same = (a: Answer): Answer => a;
const mapAnswer =
  (f: (s: string) => string) =>
  (a: Answer): Answer => ({
    title: a.title === null ? null : f(a.title),
    meta: a.meta.map(([k, v]) => [f(k), f(v)]),
  });
const textWise = (name: string, f: (s: string) => string): Transformation => ({ name, page: f, answer: mapAnswer(f) });
// A document number or a date standing alone is given these keys whatever the page's script (the gold's
// convention, tests/fixtures/real-pages/README.md), and a page may print them too: after a script's
// conversion either form of them is right.
const MADE_KEYS: Record<string, string> = { 文號: '文号', 編號: '编号' };
// The converter writes 发布 as a word 發佈 but 发 布 spaced letter by letter as 發 布 (a key spaced out in a table, 发 布 机 构):
// the page's key is then 發布機構 and the converted gold's 發佈機構, both Traditional; 佈 and 布 are one key's forms.
const madeKey = (k: string) => (MADE_KEYS[k] ?? k).replace(/佈/g, '布');
// A value is compared in one script: the converter reads a name in its line's context (审核：范昭 gives 範昭 inside
// the page, 范昭 alone), and either form of the same characters is the same reading.
const scriptWise = (name: string, f: (s: string) => string, fold: (s: string) => string): Transformation => ({
  name,
  page: f,
  answer: mapAnswer(f),
  key: (k) => madeKey(k),
  value: fold,
});

const HAN = '\\p{Script=Han}';

// A key's colon: one right after a Han character (發布時間：, 来源:), not the colon of 12:30 or http://.
const toHalfColon = (s: string) => s.replace(new RegExp(`(${HAN})：`, 'gu'), '$1:');
const toFullColon = (s: string) => s.replace(new RegExp(`(${HAN}) ?:`, 'gu'), '$1：');
const toHalfBrackets = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
const toFullBrackets = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');
const toHalfSpace = (s: string) => s.replace(/\u3000/g, ' ');
// A gap between pairs (发布时间：… 来源：…) as a site prints it in ideographic spaces: two of them for two or more spaces.
const toWideGaps = (s: string) => s.replace(/(?<=\S) {2,}(?=\S)/g, '\u3000\u3000');
// 来源 ：县政府 — a key's colon after a space, as a template's label cell and its colon are printed apart.
const spaceBeforeColon = (s: string) => s.replace(new RegExp(`(${HAN})([：:])`, 'gu'), '$1 $2');
// A space after a key's colon added where there is none, or taken away where there is one (one space only:
// wider gaps split a label left empty from the next item, 作者:  语音阅读正文, which gluing would change).
const spaceAfterColon = (s: string) => s.replace(new RegExp(`(${HAN}[：:])(?=[^\\s])`, 'gu'), '$1 ');
const noSpaceAfterColon = (s: string) => s.replace(new RegExp(`(${HAN}[：:])[ \\u3000](?=\\S)`, 'gu'), '$1');

/** The transformations whose answer must not change (besides being written the same way). */
export async function invariantTransformations(): Promise<Transformation[]> {
  await loadScript('simplified');
  await loadScript('traditional');
  const trad = (s: string) => convertUncached(s, 'traditional');
  const simp = (s: string) => convertUncached(s, 'simplified');
  // Hong Kong's forms (the converter of the reader is Taiwan's): opencc-js directly.
  const toHk = (await import('opencc-js/cn2t')).Converter({ from: 'cn', to: 'hk' });
  const hk = (s: string) => toHk(s);
  return [
    scriptWise('Simplified → Traditional', trad, simp),
    scriptWise('Traditional → Simplified', simp, simp),
    scriptWise('Simplified → Hong Kong Traditional', hk, simp),
    textWise('key colons full-width → half-width', toHalfColon),
    textWise('key colons half-width → full-width', toFullColon),
    textWise('brackets full-width → half-width', toHalfBrackets),
    textWise('brackets half-width → full-width', toFullBrackets),
    textWise('ideographic spaces → spaces', toHalfSpace),
    textWise('gaps of two or more spaces → ideographic spaces', toWideGaps),
    textWise('a space before each colon after Han', spaceBeforeColon),
    textWise('a space after each colon after Han', spaceAfterColon),
    textWise('no space after a colon after Han', noSpaceAfterColon),
    { name: 'CRLF line ends', page: (s) => s.replace(/\r?\n/g, '\r\n'), answer: same },
    { name: 'trailing spaces on every line', page: (s) => s.replace(/\n/g, '  \n'), answer: same },
  ];
}

/**
 * Furniture of real pages (tests/fixtures/real-pages: their site clocks, breadcrumbs, share, toolbar and
 * skip-link lines), each put on top of another page: never its title, never a pair.
 */
export const FURNITURE = [
  '今天是:2019年10月31日 星期三 农历十月初七',
  '今天是:2025年12月06日',
  '当前位置:首页 > 政务公开 > 政务公开工作要点 > 公开制度化 > 政策法规',
  '您现在的位置: 台海网 >> 新闻中心 >> 厦门 >> 时政要闻  >> 正文',
  '您当前的位置 : 每日甘肃网  >  甘肃  >  甘肃播报  >  时政要闻',
  '首页 > 政务公开 > 政府信息公开目录 > 政府文件 > 市政府文件 > 2025年',
  '分享到:',
  '扫一扫在手机打开当前页面',
  '字号: 大 中 小',
  '【字体:',
  '无障碍 简体| 繁体',
  '跳到主要內容區塊',
  '收藏 分享(赏)',
];

/** One furniture line on top of the page. */
export function furnitureOnTop(line: string): Transformation {
  return { name: `furniture on top: ${line}`, page: (s) => `${line}\n${s}`, answer: same };
}

/**
 * Layout changes that may change the answer on some pages (measured, held to a floor): a blank line
 * between the header's lines, and a pair's value moved to the line after its key.
 */
export function layoutTransformations(): Transformation[] {
  return [
    {
      name: 'a blank line between the first 12 lines',
      page: (s) => {
        const lines = s.split('\n');
        return [...lines.slice(0, 12).flatMap((l) => [l, '']), ...lines.slice(12)].join('\n');
      },
      answer: same,
    },
  ];
}

/** key：value on one line → key： ⏎ value, for each gold pair printed that way on a line of its own. */
export function valueOnNextLine(a: Answer): Transformation {
  return {
    name: 'a pair value on the next line',
    page: (s) =>
      s
        .split('\n')
        .map((line) => {
          for (const [k, v] of a.meta) {
            const m = new RegExp(`^(\\s*${literal(k)}\\s*[：:])\\s*(${literal(v)})\\s*$`).exec(line);
            if (m) return `${m[1]}\n${m[2]}`;
          }
          return line;
        })
        .join('\n'),
    answer: same,
  };
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
