// The last resort for a page's title, when no row of its top passed chooseTitle (title-choice.ts) and no title runs into
// the first paragraph: the title may stand where the walk over the top took no candidates (after a lead paragraph the
// page prints again under it, under a search page's hot words, under menus the walk stopped at). A headline names what
// the paragraphs are about, so it is the one short line of the head whose words the text under it says again most; it
// is no sentence, and it is not the site's words (title-plausible.ts). A line only half said again is no title: a
// page with none stays without one.

import { dateLine } from './date-reader.js';
import { nextFilled } from './header-lines.js';
import type { Lines, Row } from './lines.js';
import { isTableRow } from './lines.js';
import { startsWithMarker } from './markers.js';
import { isFurniture, isTopFurniture } from './page.js';
import { isWrappedSentence } from './text-lines.js';
import { isNeverTitle, isSalutation } from './title.js';
import { hanPairs, notATitle, runsOn, saidAgain } from './title-plausible.js';

/** How far down the page the head is looked at, and how much text under a line is read for its words. */
const HEAD_LINES = 40;
const BELOW_CHARS = 800;
/** A lead printed over its headline and again under it is no longer than this. */
const LEAD_CHARS = 600;
/** A title has five Han pairs at least, and the text under it says this share of its characters again in pairs. */
const MIN_PAIRS = 5;
const MIN_SHARE = 0.7;

/** The text of the lines under `li` (a copy of the line itself left out), its first BELOW_CHARS characters. */
function textUnder(lines: Lines, li: number, text: string): string {
  let body = '';
  for (let k = li + 1; k < lines.length && body.length < BELOW_CHARS; k++) {
    const t = lines.at(k).text.slice(0, BELOW_CHARS).trim();
    if (t !== text) body += `${t}\n`;
  }
  return body;
}

/** Whether the line `text` (line `li`) stands again, whole, on one of the head's lines under it. */
function printedBelow(lines: Lines, li: number, text: string): boolean {
  for (let k = li + 1; k < Math.min(lines.length, li + HEAD_LINES); k++) {
    const line = lines.at(k);
    if (line.end - line.start <= LEAD_CHARS && line.text.trim() === text) return true;
  }
  return false;
}

/** Whether `text` can be a headline by its shape: a phrase of a headline's length, no sentence, no label, no site's line. */
function headlineShaped(text: string): boolean {
  if (text.length < 6 || text.length > 60) return false;
  // A sentence or a caption (…開幕。首席記者 徐斌 攝) has its full stop inside; a label ends in its colon.
  if (/[。；;]/.test(text) || /[:：,，、]$/.test(text) || runsOn(text)) return false;
  if (isTableRow(text) || startsWithMarker(text) || dateLine(text) !== null) return false;
  return !isNeverTitle(text) && !isFurniture(text) && !isTopFurniture(text);
}

/**
 * The line of the page's first HEAD_LINES that the text under it says again most, of those no row of the header took
 * (`rows`), as a candidate row; null when none is said again enough.
 */
export function echoedHeadline(lines: Lines, rows: Row[]): Row | null {
  const taken = new Set(rows.map((r) => r.li));
  let best: Row | null = null;
  let bestShare = 0;
  for (let li = 0; li < Math.min(lines.length, HEAD_LINES); li++) {
    if (taken.has(li)) continue;
    const line = lines.at(li);
    // The text has begun at a paragraph (a sentence with its full stop, or a line longer than any headline) or a salutation
    // (各位代表:): a line under it is a crosshead, a signature or an attachment's title. A lead the page prints again under
    // its headline is its teaser, a few sentences at most.
    if (line.end - line.start > LEAD_CHARS) break;
    const text = line.text.trim();
    // So has a sentence the page wrapped at its width (…发表了非常重要的 ⏎ 讲话,…), blank lines between its lines or not.
    if (
      text.length > 200 ||
      (text.length >= 20 && /[。！？]/.test(text)) ||
      isSalutation(text) ||
      isWrappedSentence(text, nextFilled(lines, li, HEAD_LINES).slice(0, 200))
    ) {
      if (printedBelow(lines, li, text)) continue;
      break;
    }
    if (!headlineShaped(text)) continue;
    if (hanPairs(text).size < MIN_PAIRS) continue;
    const below = textUnder(lines, li, text);
    if (notATitle(text, below) !== null) continue;
    const share = saidAgain(text, below);
    // The first of equals: a headline stands over the caption or the paragraph that says it again.
    if (share >= MIN_SHARE && share > bestShare) {
      best = { li, kind: 'candidate', text };
      bestShare = share;
    }
  }
  return best;
}
