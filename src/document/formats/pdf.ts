// PDF → text, from the PDF's text layer (pdf.js, legacy Node build, loaded only for a PDF). The page
// layout is undone the way a reader would: items on one baseline make a line; a line that runs to the
// right margin continues on the next one (no space between CJK characters, one between Latin words),
// also across a page break; page numbers (— 3 —, - 3 -, 第3页, 3/10) and running headers and footers
// (the same line at the top or foot of most pages) are dropped. A PDF without a text layer (a scan)
// is refused in one line.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { LangduError } from '../../errors.js';
import { matchMarker } from '../markers.js';
import { MAX_PAGES, MAX_TEXT_ITEMS, MEMORY_BUDGET, outOfMemory, PDF_STREAMS_CAP, tooMany, unpackBudget, unpacksTooMuch } from './budget.js';
import { checkStreams, StreamsOverBudget } from './pdf-streams.js';
import { type PdfCell, type PdfTextLine, tableRows } from './pdf-tables.js';
import type { Extracted } from './types.js';

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export type { PdfCell, PdfTextLine } from './pdf-tables.js';

/** A gap this many ems wide between two pieces of a line sets them apart as cells. */
const CELL_GAP = 1.5;

const CJK_GAP =
  /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026]) +(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026])/gu;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026\u00b7]/u;

/** Past this the memory watch drops the document: three quarters of the budget, for growth between looks. */
const PDF_RSS_LIMIT = (MEMORY_BUDGET * 3) / 4;

export async function pdfToText(bytes: Uint8Array, name: string): Promise<Extracted> {
  // Budgets before work: every stream unpacked and counted before pdf.js decodes any whole.
  const limit = unpackBudget(bytes.length, PDF_STREAMS_CAP, 64 * 1048576);
  try {
    await checkStreams(bytes, limit);
  } catch (e) {
    if (e instanceof StreamsOverBudget) throw unpacksTooMuch(name, "a PDF's streams", limit);
    throw e;
  }
  const pages = await readPages(bytes, name);
  const text = joinPages(pages);
  if (text.replace(/\s/g, '') === '') {
    throw new LangduError(
      `${name} is a PDF with no text layer (a scanned image?); langdu reads text, not pictures: run it through OCR first (e.g. ocrmypdf -l chi_sim scan.pdf text.pdf)`,
    );
  }
  return { text };
}

async function readPages(bytes: Uint8Array, name: string): Promise<PdfTextLine[][]> {
  // pdf.js reports through console.log (e.g. when its optional canvas package is missing): keep that
  // out of our stdout, which may be an outline being piped somewhere.
  const saved = { log: console.log, warn: console.warn, info: console.info };
  console.log = console.warn = console.info = () => {};
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const task = pdfjs.getDocument({
      // pdf.js takes over (detaches) the buffer it is given: give it a copy.
      data: new Uint8Array(bytes),
      // In Node, pdf.js reads these with fs: plain paths, with the trailing slash.
      cMapUrl: join(root, 'cmaps') + sep,
      cMapPacked: true,
      standardFontDataUrl: join(root, 'standard_fonts') + sep,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    });
    // The backstop for what the stream scan cannot see (encrypted streams): pdf.js yields every few
    // milliseconds while it parses, and if the process has grown past its share of the memory budget
    // by then, the document is dropped and refused in the same words a worker's out-of-memory gets.
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() > PDF_RSS_LIMIT && !overMemory) {
        overMemory = true;
        void task.destroy();
      }
    }, 25);
    let overMemory = false;
    try {
      const pages = await readAll(task, name, () => overMemory);
      // Dropped by the watch, pdf.js may end its streams quietly rather than fail.
      if (overMemory) throw outOfMemory(name);
      return pages;
    } catch (e) {
      throw overMemory ? outOfMemory(name) : e;
    } finally {
      clearInterval(watch);
    }
  } finally {
    Object.assign(console, saved);
  }
}

/** The pages' lines, through pdf.js; `over()` says the memory watch dropped the document. */
async function readAll(
  task: ReturnType<typeof import('pdfjs-dist/legacy/build/pdf.mjs').getDocument>,
  name: string,
  over: () => boolean,
): Promise<PdfTextLine[][]> {
  {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (e) {
      if (over()) throw e;
      const what =
        (e as Error).name === 'PasswordException'
          ? 'is a password-protected PDF; save an unprotected copy first'
          : `is not a PDF langdu can read (${(e as Error).message}); check that the file is complete`;
      throw new LangduError(`${name} ${what}`);
    }
    if (pdf.numPages > MAX_PAGES) throw tooMany(name, MAX_PAGES, 'pages in a PDF');
    const pages: PdfTextLine[][] = [];
    let total = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const items: Item[] = [];
      let page: Awaited<ReturnType<typeof pdf.getPage>>;
      try {
        page = await pdf.getPage(p);
        // Streamed, so that a page of millions of text items stops at the budget, not after them all.
        const reader = page.streamTextContent().getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          for (const it of (value as { items: unknown[] }).items) {
            if (!it || typeof it !== 'object' || !('str' in it)) continue;
            const item = it as { str: string; transform: number[]; width: number; height: number };
            if (item.str === '') continue;
            if (++total > MAX_TEXT_ITEMS) {
              await reader.cancel(new Error('over budget')).catch(() => {});
              throw tooMany(name, MAX_TEXT_ITEMS, 'pieces of text in a PDF');
            }
            const [a, b, , , x, y] = item.transform;
            items.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height || 10 });
          }
        }
      } catch (e) {
        if (e instanceof LangduError || over()) throw e;
        // A damaged page tree (a circular /Kids, a /Count that lies) or page: the file's fault, not ours.
        throw new LangduError(`${name} is a damaged PDF (page ${p}: ${(e as Error).message}); check that the file is complete`);
      }
      pages.push(toLines(items));
      page.cleanup();
      // pdf.js keeps each page's fonts (a font written into every page is loaded for every page):
      // let them go now and then, or 5000 pages took 941 MB.
      if (p % 100 === 0) await pdf.cleanup();
    }
    await pdf.destroy();
    return pages;
  }
}

/** Items on one baseline (within a third of the font size) make one line, top to bottom, left to right. */
export function toLines(items: Item[]): PdfTextLine[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - it.y) <= Math.max(line[0]!.size, it.size) / 3) line.push(it);
    else lines.push([it]);
  }
  return lines
    .map((line) => {
      line.sort((p, q) => p.x - q.x);
      let text = '';
      let last = ''; // text's last character, kept aside: reading it would flatten the string each time
      let right = line[0]!.x;
      for (const it of line) {
        const gap = it.x - right;
        if (text && gap > it.size * 0.25 && needsSpace(last, it.str)) text += ' ';
        text += it.str;
        last = it.str.at(-1) ?? last;
        right = Math.max(right, it.x + it.width);
      }
      let size = 0;
      for (const i of line) size = Math.max(size, i.size);
      const cells = cellsOf(line);
      // Leading spaces are kept: a paragraph indented with spaces (　　) starts a paragraph. Spaces that a
      // PDF producer put between Chinese characters (justified lines, letter-spaced titles) go.
      const leading = /^[\s\u3000]*/.exec(text)![0];
      const body = text
        .slice(leading.length)
        .replace(/[ \t]+/g, ' ')
        .replace(CJK_GAP, '')
        .trimEnd();
      return {
        text: leading + body,
        left: line[0]!.x,
        right,
        y: line[0]!.y,
        size,
        ...(cells.length >= 2 ? { cells } : cells.length === 1 ? { piece: cells[0]! } : {}),
      };
    })
    .filter((l) => l.text.trim() !== '');
}

/** A line's items (sorted by x) in runs split at gaps of CELL_GAP ems or more. */
function cellsOf(line: Item[]): PdfCell[] {
  const cells: PdfCell[] = [];
  // The last character of the cell being made, kept aside: reading it from the text would flatten the
  // string on every item (a line of 300 000 items took minutes).
  let lastChar = '';
  for (const it of line) {
    const last = cells[cells.length - 1];
    if (it.str.trim() === '') continue;
    if (last && it.x - last.right < it.size * CELL_GAP) {
      last.text += (needsSpace(lastChar, it.str) && it.x - last.right > it.size * 0.25 ? ' ' : '') + it.str;
      last.right = Math.max(last.right, it.x + it.width);
    } else cells.push({ text: it.str, left: it.x, right: it.x + it.width });
    lastChar = it.str.at(-1) ?? lastChar;
  }
  for (const c of cells)
    c.text = c.text
      .replace(/[ \t]+/g, ' ')
      .replace(CJK_GAP, '')
      .trim();
  return cells.filter((c) => c.text !== '');
}

/** A space between the character `a` (the last one before) and the text after it. */
function needsSpace(a: string, after: string): boolean {
  const b = after[0] ?? '';
  return a !== ' ' && b !== ' ' && !CJK.test(a) && !CJK.test(b);
}

// Page numbers as reports print them: — 3 —, - 3 -, －3－, 3, 第3页, 第 3 页 共 10 页, 3/10, Page 3.
const PAGE_NUMBER =
  /^(?:[-—–－―~\s]*\d{1,4}[-—–－―~\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;
const EDGE = 2; // lines at the top and the foot of a page where furniture stands
/** A line that ends a sentence (or a clause that a heading may follow): 。！？：； and closing quotes. */
const SENTENCE_END = /[。！？!?：:；;][”’」』）)]*$/;
/** Marks that close: never the first character of a line in Chinese type. */
const CLOSING_START = /^[。，、；：？！”’」』）》〉】,.;:?!)]/;

/** Drops page numbers and running headers/footers, then joins the lines into paragraphs. */
export function joinPages(pages: PdfTextLine[][]): string {
  const shape = (t: string) => t.replace(/\d+/g, '#').replace(/\s+/g, '');
  // A running header or footer: the same line (numbers aside) at an edge of at least half the pages.
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map((l) => shape(l.text)));
    for (const s of edges) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const running = new Set([...seen].filter(([, n]) => pages.length >= 2 && n >= Math.max(2, pages.length / 2)).map(([s]) => s));
  const body: PdfTextLine[][] = pages.map((lines) =>
    lines.filter((l, k) => {
      const atEdge = k < EDGE || k >= lines.length - EDGE;
      return !(atEdge && (PAGE_NUMBER.test(l.text.trim()) || running.has(shape(l.text))));
    }),
  );
  // Tables first, page by page: their rows are written as pipe rows and never joined into paragraphs.
  const rows = new Map<PdfTextLine, string | null>();
  for (const lines of body) for (const [line, row] of tableRows(lines)) rows.set(line, row);
  const all = body.flat();
  if (all.length === 0) return '';
  // The text block's margins: the most common left edge, and the right edge most lines reach.
  const size = bodySize(all);
  const bodyLines = all.filter((l) => Math.abs(l.size - size) <= size * 0.15);
  let left = Number.POSITIVE_INFINITY;
  for (const l of bodyLines) left = Math.min(left, l.left);
  const rights = bodyLines.map((l) => l.right).sort((p, q) => p - q);
  const right = rights[Math.floor(rights.length * 0.9)]!;
  const out: string[] = [];
  let para = '';
  let last = '';
  let prev: PdfTextLine | null = null;
  for (const line of all) {
    const row = rows.get(line);
    if (row !== undefined) {
      if (para) out.push(para);
      if (row !== null) out.push(row); // null: a wrapped cell's line, already in its row
      para = '';
      prev = null;
      continue;
    }
    const sameType = prev !== null && Math.abs(line.size - prev.size) <= size * 0.15;
    const atLeft = line.left <= left + size * 0.5 && !/^[\s\u3000]/.test(line.text); // not indented, by place or by spaces
    const prevText = prev?.text.trim() ?? '';
    const continues =
      prev !== null &&
      sameType &&
      // No line of Chinese type starts with a closing mark: one that does (。 ” pushed down with the
      // character before it, or alone) goes on the line before, wherever that line ended.
      (CLOSING_START.test(line.text.trim()) ||
        (atLeft &&
          !(SENTENCE_END.test(prevText) && isHeading(line.text)) && // a heading after a full stop starts anew
          // The line before ran to the right margin, or the first word of this one would not have fit
          // after it (a number, a Latin word, a character with the closing mark it may not leave).
          (prev.right >= right - size * 1.5 || (prev.right + leadWidth(line.text, line.size) > right + size * 0.2 && !isHeading(line.text)))));
    // A title or heading in larger type that wrapped onto a second line (both centred, say) is one line.
    const bigWrapped =
      prev !== null &&
      prev.size >= size * 1.15 &&
      Math.abs(line.size - prev.size) <= prev.size * 0.05 &&
      prev.y - line.y > 0 &&
      prev.y - line.y <= prev.size * 2.2 &&
      !SENTENCE_END.test(prev.text.trim()) &&
      !matchMarker(line.text.trim(), 0);
    const text = line.text.trim();
    // The paragraph's last character is kept aside: reading it from the paragraph would flatten the
    // string built so far on every line (quadratic: 20 000 lines took 4 s).
    if (continues || bigWrapped) para += (needsSpace(last, text) ? ' ' : '') + text;
    else {
      if (para) out.push(para);
      para = text;
    }
    last = text.at(-1) ?? last;
    prev = line;
  }
  if (para) out.push(para);
  return out.join('\n') + '\n';
}

/** A line that starts with a heading's marker (一、, （二）, 3.), not with a number in a sentence (100，). */
function isHeading(text: string): boolean {
  return (matchMarker(text, 0)?.ordinal ?? 99) <= 30;
}

/**
 * How wide the first unbreakable piece of a line is: a run of Latin letters and digits, or one
 * character with the opening marks before it and the closing marks after it (which a typesetter never
 * parts from it). Latin glyphs are taken as a little over half an em.
 */
function leadWidth(text: string, size: number): number {
  const unit = /^[“‘「『（《(]*(?:[\x21-\x7e]+|.)[。，、；：？！”’」』）》〉,.;:?!)]*/u.exec(text.trim())?.[0] ?? '';
  let ems = 0;
  for (const ch of unit) ems += /[\x21-\x7e]/.test(ch) ? 0.55 : 1;
  return ems * size;
}

/** The body's type size: the size that sets the most characters. */
function bodySize(lines: PdfTextLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size * 10) / 10, (chars.get(Math.round(l.size * 10) / 10) ?? 0) + l.text.length);
  let best = lines[0]!.size;
  for (const [size, n] of chars) if (n > (chars.get(best) ?? 0)) best = size;
  return best;
}
