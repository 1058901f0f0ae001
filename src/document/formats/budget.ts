// Budgets before work (DESIGN.md, Trust at the edges): what a document may become in memory, checked
// while it is unpacked and parsed, never after. A file over a budget is refused in one line that names
// the limit; no budget is near what a real report needs.
import { LangduError } from '../../errors.js';

const MiB = 1048576;

/**
 * What a file's compressed parts may unpack to in all: a multiple of the file's size (real documents
 * unpack to 2–20 times theirs), at least a floor (a small file is never the problem), at most a cap.
 */
export function unpackBudget(fileBytes: number, cap: number, floor = 16 * MiB, ratio = 40): number {
  return Math.min(cap, Math.max(floor, ratio * fileBytes));
}

/** Caps on what a document may unpack to: a Word file's XML, a PDF's streams. */
export const DOCX_XML_CAP = 64 * MiB;
export const PDF_STREAMS_CAP = 512 * MiB;
/** XML elements in a Word file: each costs mammoth and the DOM after it about 2 KB (296 000 tiny ones took 551 MB; 186 000 of a dense 400-page report 391 MB). */
export const DOCX_ELEMENTS = 300_000;
/** How deep a Word file's XML or a page's HTML may nest (mammoth and the DOM walks recurse). */
export const MAX_DEPTH = 256;
/** Lines in a text (a long book has 100 000). */
export const MAX_LINES = 1_000_000;
/** Elements in a web page (a long government page has 5 000; 100 000 take linkedom and Readability some 300 MB and 5–15 s). */
export const HTML_ELEMENTS = 100_000;

/** Over a budget: a document langdu refuses to unpack or parse further. */
export class BudgetError extends LangduError {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetError';
  }
}

export const mib = (bytes: number): string => `${Math.round(bytes / MiB)} MiB`;

/** `name` unpacks to more than `limit` of `what`: the one message for an unpacking bomb. */
export function unpacksTooMuch(name: string, what: string, limit: number): BudgetError {
  return new BudgetError(
    `${name} unpacks to more than langdu's ${mib(limit)} limit for ${what} (a damaged or hostile file?); if it is a real report, save it in smaller parts`,
  );
}

/** `name` has more than `limit` `things` (lines, elements, levels of nesting). */
export function tooMany(name: string, limit: number, things: string, todo = 'save it in smaller parts'): BudgetError {
  return new BudgetError(`${name} has more than langdu's limit of ${limit.toLocaleString('en')} ${things}; ${todo}`);
}

/**
 * For a parser that ran out of memory anyway (a worker's resourceLimits): the same kind of message,
 * naming the memory budget, so that no input ends as a crash or an "internal error".
 */
export const MEMORY_BUDGET = 1024 * MiB;
export function outOfMemory(name: string): BudgetError {
  return new BudgetError(
    `${name} needs more than langdu's ${mib(MEMORY_BUDGET)} memory budget to read (a damaged or hostile file?); if it is a real report, save it in smaller parts`,
  );
}

/** Pages in a PDF, and pieces of text pdf.js may hand over in all (a 1000-page report has 100 000). */
export const MAX_PAGES = 10_000;
export const MAX_TEXT_ITEMS = 500_000;
