// What the branches of readHeader (header.ts) share as they read the header's rows in order: the lines, the rows
// read so far, the pairs and the title's echoes, and the tests on them. A branch moved out of the loop takes this.

import type { Lines, Row } from './lines.js';
import type { MetaEntry } from './model.js';

export interface HeaderScan {
  lines: Lines;
  rows: Row[];
  meta: MetaEntry[];
  echoes: string[];
  addPairs: (pairs: MetaEntry[]) => void;
  blank: (from: number, to: number) => void;
  hasContentAfter: (li: number) => boolean;
  /** Whether the page's date is read already: a second printing of a date is not a second 日期. */
  hasDate: () => boolean;
  /** The same, or the day `alone` gives under a key that dates the page (发布日期, 發布時間): a date alone on its line after it is printed again. */
  hasDated: (alone: string) => boolean;
  /** A key waiting for its value on the next line (• 索引号: ⏎ 1150…). */
  pending: MetaEntry | null;
  /** Whether that key had a bullet: a bulleted item under a key that had none is a list of the site's. */
  pendingBulleted: boolean;
  /** The last row of pairs with no colons (質詢日期 108-12-05 議案類別 定期會): the next row's first word is a key. */
  bareLi: number;
}

/**
 * What a branch did with a line: it read it, and the loop goes on after `li` (the last line it took); or, with
 * `stop`, the report's text starts at `li`. null: the line is not of the branch's kind.
 */
export type Step = { li: number; stop?: true } | null;
