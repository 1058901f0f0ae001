// A table row in the header (header.ts reads the rows; this is its branch for a line with bars): the site's furniture,
// a card's keys over their values, a row of pairs, a title in a cell, or the report's own table, where the text starts.

import { isColumnNames } from './header-lines.js';
import { isSiteLinks } from './header-menus.js';
import type { HeaderScan, Step } from './header-scan.js';
import type { Line } from './lines.js';
import { startsWithMarker } from './markers.js';
import { keyOnly, metaPairs } from './meta.js';
import { columnPairs, isRuleRow } from './meta-card.js';
import { TITLE_KEY } from './meta-keys.js';
import { breadcrumbTail, isFurniture } from './page.js';
import { candidate, looksLikeTitle } from './title.js';
import { isBracketKeyRow } from './title-noise.js';

const isMarker = startsWithMarker;

/** What a table row (isTableRow) of the header is: the loop reads on after it, or the report's text starts at it. */
export function tableRow(s: HeaderScan, li: number, line: Line, trimmed: string): NonNullable<Step> {
  const { lines, rows, meta, echoes, addPairs, hasContentAfter } = s;
  const filled = line.text
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  if (
    filled.length === 0 ||
    isRuleRow(filled) ||
    filled.some((c) => c.startsWith('>>') || c.includes(' >> ') || c.includes('»')) ||
    isFurniture(filled.join(' ')) ||
    isSiteLinks(filled) ||
    isFurniture(trimmed) // with its bars: a member bar (注册 | 登录 | …)
  ) {
    const tail = breadcrumbTail(filled.join(' '));
    if (tail) echoes.push(tail);
    rows.push({ li, kind: 'furniture', text: '' });
    return { li };
  }
  // A card's keys over one row of their values (| 索引号 | 发布机构 | ⏎ | 001/… | 某局 |): the pairs, by column.
  const columns = columnPairs(filled, lines.at(li + 1).text, lines.at(li + 2).text, (c) => keyOnly(c, true));
  if (columns) {
    addPairs(columns);
    rows.push({ li, kind: 'meta', text: '' }, { li: li + 1, kind: 'meta', text: '' });
    return { li: li + 1 };
  }
  // A table's column names (| 时间 | 内容 |) over its first row (| 5月1日 | 开幕式 |): the report's table, no pairs.
  if (isColumnNames(filled, lines.at(li + 1).text)) {
    return { li, stop: true };
  }
  // The title again at the head of the row of pairs (某某报告 制定机关:… 2022年2月16日 |): an echo.
  const again = filled.length === 1 ? rows.find((r) => r.kind === 'candidate' && r.text.length >= 6 && filled[0]!.startsWith(`${r.text} `)) : undefined;
  const cellPairs = again ? metaPairs(filled[0]!.slice(again.text.length), isMarker) : null;
  if (again && cellPairs) {
    echoes.push(again.text);
    addPairs(cellPairs.pairs);
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  const pairs = metaPairs(trimmed, isMarker, rows.at(-1)?.li === s.bareLi);
  // A card's row that names the title alone (| 标题: 某局2025年度工作总结 | |), its other cells empty: a candidate, as the
  // same pair alone on its line is (header.ts), for the page may print the title nowhere else.
  const named = pairs?.pairs.length === 1 && TITLE_KEY.test(pairs.pairs[0]!.key) ? pairs.pairs[0]!.value : '';
  const at = named === '' ? -1 : line.text.indexOf(named);
  if (at >= 0 && looksLikeTitle(named) && hasContentAfter(li)) {
    echoes.push(named);
    rows.push(candidate(li, line.text.slice(0, at + named.length), line.start, at));
    return { li };
  }
  if (pairs && (pairs.bare || filled.some((c) => keyOnly(c, true) !== null || /[:：]/.test(c)))) {
    addPairs(pairs.pairs);
    if (pairs.bare) s.bareLi = li;
    // A table scraped one cell a line ([ 索引号 ] | ⏎ 1150… |): the key's value is the next line.
    if (pairs.pending && filled.length === 1 && meta.at(-1)?.value === '') [s.pending, s.pendingBulleted] = [meta.at(-1)!, false];
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  // A row of bracketed keys and their values ([ 索引号 ] | … | [ 发文字号 ] | … |) is metadata over the title.
  if (isBracketKeyRow(filled)) {
    rows.push({ li, kind: 'meta', text: '' });
    return { li };
  }
  if (filled.length === 1 && looksLikeTitle(filled[0]!) && !isMarker(filled[0]!) && hasContentAfter(li)) {
    rows.push({ li, kind: 'candidate', text: filled[0]! });
    return { li };
  }
  return { li, stop: true }; // a table row that carries report text
}
