// Rows at a page's top that a site's template makes its own, whatever their words: what stands above a
// Taiwan government site's guide mark (:::) and a list page's bulleted menu over the bulleted text. They are
// made furniture before the title is chosen (header.ts).
import { isCreditedCaption } from './bylines.js';
import { BULLET } from './header-lines.js';
import type { Lines, Row } from './lines.js';

/** A guide mark (導盲磚) alone on its line: :::, as accessible Taiwan sites put one before each region. */
const GUIDE_MARK = /^\s*[:：]{3}\s*$/;

/**
 * Above the last guide mark of the header stand the site's name, its weather (晴時多雲, 氣溫, 降雨 20%), its
 * search and its menu button; the page's own headline comes after the mark that opens the main region
 * (行政院會議 ⏎ ::: ⏎ 行政院第3509次院會決議). Candidates above it become furniture.
 */
function aboveGuideMark(rows: Row[], lines: Lines): void {
  let mark = -1;
  for (const r of rows) if (r.kind === 'furniture' && GUIDE_MARK.test(lines.at(r.li).text)) mark = r.li;
  for (const r of rows) if (r.li < mark && r.kind === 'candidate') r.kind = 'furniture';
}

/**
 * A list page whose text starts as a bulleted paragraph (• 「國立清華大學高雄校區」於今日舉行…。): the bulleted
 * rows and their indented lines right above it (• 2023春聯 ⏎ 兔年方斗春聯 賀卡正面 賀卡背面) are the site's
 * menu, no headline of the text.
 */
function menuOverBulletedText(rows: Row[], lines: Lines, stop: number): void {
  if (stop >= lines.length) return;
  const first = lines.at(stop).text.trim();
  if (!BULLET.test(first) || first.length < 30 || !/[。！？]/.test(first)) return;
  const run: Row[] = [];
  for (let k = rows.length - 1; k >= 0; k--) {
    const text = lines.at(rows[k]!.li).text;
    if (!BULLET.test(text.trim()) && !/^\s+\S/.test(text)) break;
    run.push(rows[k]!);
  }
  // A menu has items: one bulleted title over the bulleted text (• 某县政府工作报告 ⏎ • 各位代表：…) is no menu.
  if (run.filter((r) => BULLET.test(lines.at(r.li).text.trim())).length < 2) return;
  for (const row of run) if (row.kind === 'candidate') row.kind = 'furniture';
}

/**
 * A gallery's captions over the text, one a line, most ending in their photographer's credit (大學生記者在三娘灣全合影 李建泉攝 ⏎
 * “南國蓬萊”龍門群島海上公園七十二涇 ⏎ 廣西欽州市城市新貌 翟可雋攝): the run is the pictures', its uncredited lines too, no headline.
 * Three credited captions at least, half the lines from the first of them to the last.
 */
function captionRun(rows: Row[], lines: Lines): void {
  for (let a = 0; a < rows.length; ) {
    let b = a;
    while (b < rows.length && rows[b]!.kind === 'candidate') b++;
    // From the first credited caption to the last: a headline over the gallery or under it stays.
    const credited = rows.slice(a, b).flatMap((r, k) => (isCreditedCaption(lines.at(r.li).text) ? [a + k] : []));
    const span = credited.length > 0 ? credited.at(-1)! - credited[0]! + 1 : 0;
    if (credited.length >= 3 && credited.length * 2 >= span) for (let k = credited[0]!; k < credited[0]! + span; k++) rows[k]!.kind = 'furniture';
    a = b + 1;
  }
}

/**
 * A portal's bar of links to other sites, set as a row of cells (中国政府网 | 重庆市人民政府网 | 万州经济技术开发区网 | |): every
 * cell a site's name (…网, …網站, …门户, …平台), two at least. The site's furniture, never a table the report starts with.
 */
export function isSiteLinks(cells: string[]): boolean {
  return cells.length >= 2 && cells.every((c) => /^[\p{Script=Han}A-Za-z]{2,20}(?:网|網|网站|網站|门户|門戶|平台)$/u.test(c));
}

/** The template's rows among the header's, made furniture: see above. `stop` is the line the text starts at. */
export function markTemplateRows(rows: Row[], lines: Lines, stop: number): void {
  aboveGuideMark(rows, lines);
  menuOverBulletedText(rows, lines, stop);
  captionRun(rows, lines);
}
