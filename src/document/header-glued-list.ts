// An e-paper's list of the page's headlines glued into one line at the page's top (市政协…举行主席团成员…名单市政协…
// 举行…以盛会聚共识…): the page's furniture, a box of links whose line breaks the scrape lost. A reader
// knows it because the page prints the same headlines again on lines of their own just under it: the line is
// nothing but several of those lines end to end. It is never a title, nor a title run on into its text.
import type { Lines } from './lines.js';
import { namesGenre } from './page.js';

/** How far under the glued line its headlines are looked for, and how long one may be. */
const LOOK = 60;
const ITEM_MAX = 60;

/**
 * Whether line `li` is made wholly of three or more of the short lines printed within the next 60 lines, end to end
 * (a space or a bar perhaps between them). A line of a sentence (。) is none; at most
 * 3 000 characters are tried, each position against the items by their lengths, so a long line costs little.
 */
export function isGluedHeadlineList(lines: Lines, li: number): boolean {
  const line = lines.at(li);
  if (line.end - line.start > 3000) return false;
  const t = line.text.trim();
  if (t.length < 20 || /[。！？]/u.test(t)) return false;
  const items = new Set<string>();
  for (let k = li + 1; k < Math.min(lines.length, li + 1 + LOOK); k++) {
    const s = lines.at(k).text.trim();
    if (s.length >= 2 && s.length <= ITEM_MAX && s.length < t.length) items.add(s);
  }
  if (items.size < 3) return false;
  const lengths = [...new Set([...items].map((s) => s.length))];
  // count[i]: the fewest items that make t's first i characters (Infinity: none do); separators between items are skipped.
  const count: number[] = new Array(t.length + 1).fill(Number.POSITIVE_INFINITY);
  count[0] = 0;
  for (let i = 0; i < t.length; i++) {
    if (count[i] === Number.POSITIVE_INFINITY) continue;
    if (i > 0 && /[\s|｜]/u.test(t[i]!)) count[i + 1] = Math.min(count[i + 1]!, count[i]!);
    for (const n of lengths) if (i + n <= t.length && items.has(t.slice(i, i + n))) count[i + n] = Math.min(count[i + n]!, count[i]! + 1);
  }
  // At least three items: one line printed again under it (a headline, then its text) is no list.
  const made = count[t.length]!;
  if (made < 3 || made === Number.POSITIVE_INFINITY) return false;
  // A document's heading set out in two to four lines under it (市人民政府办公厅 ⏎ 关于印发 ⏎ 某市…预案的通知, 423, 549,
  // 628), its number perhaps over them: one title printed twice, ending in its genre's word, and no list.
  return !(made <= 4 && namesGenre(t));
}
