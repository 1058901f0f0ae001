// An interview's card: an oral history, a profile or an interview prints who was interviewed, who interviewed, when
// and where, each `key：value` on a line of its own under the title (口述人：某某，彝族，1964年生…。 ⏎ 访谈组：黄珊 李志明 ⏎
// 访谈时间：2024年10月22日 ⏎ 访谈地点：…). The card is the page's metadata, though its first value is a short biography
// in sentences and a key in it may be one no lexicon knows (a spam rewriter's 每日天期 for 日期): the card is known by
// the key that opens it, and runs over the `key：value` lines right under it.

import type { MetaEntry } from './model.js';
import { anyScriptTest } from './script-forms.js';

/** A key that names an interview's people (口述人, 受访者, 访谈人, 采访组, 整理人) or its time and place (访谈时间, 采访地点). */
const INTERVIEW_KEY = anyScriptTest(
  /^(?:口述人|口述者|口述|受访人|受访者|受访对象|访谈对象|采访对象|访谈人|访谈者|访谈组|访谈|采访人|采访者|采访组|整理人|整理者|记录人|记录整理|(?:访谈|采访)(?:时间|日期|地点|地址))$/,
);
/** A line of the card: a short key, its colon, a value (a biography may hold sentences); at most 300 characters. */
const CARD_LINE = /^[ \u3000]*(\p{Script=Han}{2,6})[ \u3000]*[:：][ \u3000]*(\S.{0,299})?$/u;

type Lines = { length: number; at(i: number): { text: string } };

/** The pair at line `k` (its value perhaps alone on the next line, as a page set key and value in cells) and its last line, or null. */
function cardPair(lines: Lines, k: number): { pair: MetaEntry; last: number } | null {
  const m = CARD_LINE.exec(lines.at(k).text.trimEnd());
  if (!m) return null;
  if (m[2] !== undefined) return { pair: { key: m[1]!, value: m[2].trim() }, last: k };
  let v = k + 1;
  while (v < lines.length && v <= k + 3 && lines.at(v).text.trim() === '') v++;
  const value = v < lines.length ? lines.at(v).text.trim() : '';
  return value === '' || value.length > 300 || CARD_LINE.test(value) ? null : { pair: { key: m[1]!, value }, last: v };
}

/**
 * The card opening at `lines[li]`: its pairs and its last line, or null. It opens with a line keyed by an interview's
 * people, holds two lines at least, and ends at the first line that is no `key：value` (blank lines between its lines
 * are allowed); at most eight pairs are read.
 */
export function interviewCard(lines: Lines, li: number): { pairs: MetaEntry[]; last: number } | null {
  const first = cardPair(lines, li);
  if (!first || !INTERVIEW_KEY.test(first.pair.key)) return null;
  const pairs: MetaEntry[] = [first.pair];
  let last = first.last;
  for (let k = last + 1; k < lines.length && k <= last + 4 && pairs.length < 8; k++) {
    if (lines.at(k).text.trim() === '') continue;
    const next = cardPair(lines, k);
    // Under the first (a biography may run on in sentences), a card's values are names, days and places: a line that
    // ends a sentence is an answer of a transcript (访谈人：您好。 ⏎ 受访者：好的。), no card's.
    // A comma inside one is a sentence's too (主持人：大家好，欢迎…).
    if (!next || /[。？！?!]$|[，,；;？?！!]/.test(next.pair.value)) break;
    pairs.push(next.pair);
    last = k = next.last;
  }
  // Two interview keys at least: a lone 访谈：… is a sentence's label as well.
  const known = pairs.filter((p) => INTERVIEW_KEY.test(p.key)).length;
  // Two at least in any case: a transcript's or a Q&A's labels (受访者：张三 ⏎ 主持人：… ⏎ 记者：…, 访谈：… ⏎ 答复：…) are no card.
  return known >= 2 && pairs.length >= 2 ? { pairs, last } : null;
}
