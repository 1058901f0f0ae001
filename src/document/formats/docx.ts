// Word (.docx) → text, through mammoth (which reads the document's styles). Heading styles become
// heading lines; a heading or a numbered paragraph whose number Word draws itself (automatic
// numbering, which is not in the text) gets the marker written out by its level (一、 （一） 1. （1）),
// so the outline comes out as it does for a text file. The Title style gives the title.
import { LangduError } from '../../errors.js';
import { DOCX_ELEMENTS, DOCX_XML_CAP, MAX_DEPTH, tooMany, unpackBudget, unpacksTooMuch } from './budget.js';
import { assemble, htmlLines } from './html.js';
import type { Extracted } from './types.js';
import { readEntry, xmlShape, ZipBudgetError, type ZipEntry, ZipFormatError, zipEntries } from './zip.js';

const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function chineseNumber(n: number): string {
  if (n <= 10) return CHINESE[n]!;
  if (n < 20) return `十${CHINESE[n - 10]}`;
  if (n < 100) return `${CHINESE[Math.floor(n / 10)]}十${CHINESE[n % 10]}`;
  return String(n);
}

/** The marker a heading of this level (1–4) is written with in a report. */
const MARKERS = [(n: number) => `${chineseNumber(n)}、`, (n: number) => `（${chineseNumber(n)}）`, (n: number) => `${n}.`, (n: number) => `（${n}）`];

export async function docxToText(bytes: Uint8Array, name: string): Promise<Extracted> {
  const mammoth = (await import('mammoth')).default;
  const fail = (why: string) => new LangduError(`${name} ${why}; give a .docx, PDF, text or HTML file`);
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(bytes);
  } catch {
    throw fail('is a damaged ZIP archive');
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth takes an opened archive as `file` (its own unzip.js): ours, which inflates on a budget.
      { file: budgetedArchive(bytes, entries, name) } as unknown as { buffer: Buffer },
      {
        styleMap: ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='标题'] => h1.doc-title:fresh"],
        ignoreEmptyParagraphs: true,
        // Images are not read at all (the default inlines each as base64): langdu reads text.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (e) {
    if (e instanceof LangduError) throw e;
    const message = (e as Error).message;
    throw fail(
      e instanceof ZipFormatError
        ? 'is a damaged ZIP archive'
        : /word\/document\.xml|main document part/i.test(message)
          ? 'is a ZIP archive but not a Word .docx file (no word/document.xml)'
          : `is not a Word file langdu can read (${message.split('\n')[0]})`,
    );
  }
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  let title: string | undefined;
  const titleEl = document.querySelector('h1.doc-title');
  if (titleEl) {
    title = (titleEl.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;
    titleEl.remove();
  }
  // Headings: counters per level; a heading that has its own marker keeps it.
  const counters = [0, 0, 0, 0, 0, 0];
  const { matchMarker } = await import('../markers.js');
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6, ol > li')) {
    const text = (h.textContent ?? '').trim();
    let level: number;
    if (h.tagName === 'LI') {
      // An automatically numbered paragraph: its depth among lists, below the headings.
      let depth = 0;
      for (let p = h.parentElement; p; p = p.parentElement) if (p.tagName === 'OL') depth++;
      level = Math.min(4, 2 + depth);
    } else level = Math.min(4, Number(h.tagName[1]));
    counters[level - 1]!++;
    for (let k = level; k < counters.length; k++) counters[k] = 0;
    if (text === '' || matchMarker(text, 0)) continue;
    h.insertBefore(document.createTextNode(MARKERS[level - 1]!(counters[level - 1]!)), h.firstChild);
  }
  const { lines } = await htmlLines(document.body.innerHTML);
  if (lines.join('').trim() === '') throw new LangduError(`${name} is a Word file with no text in it; give a report with some text`);
  return assemble(title, [], lines);
}

/**
 * The archive as mammoth reads it (exists, read), each part inflated when mammoth first asks for it,
 * against one budget for all: the bytes they unpack to (a multiple of the file's size, capped), and
 * the XML elements and nesting they hold, counted before mammoth builds a tree of them (each element
 * costs it some 2 KB; its tree walks recurse).
 */
function budgetedArchive(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string) {
  const limit = unpackBudget(bytes.length, DOCX_XML_CAP);
  let used = 0;
  let elements = 0;
  const read = new Map<string, Buffer>();
  return {
    exists: (path: string) => entries.has(path),
    read: async (path: string, encoding?: string): Promise<string | Buffer> => {
      let data = read.get(path);
      if (!data) {
        const entry = entries.get(path);
        if (!entry) throw new Error(`no ${path} in the archive`);
        try {
          data = readEntry(bytes, entry, limit - used);
        } catch (e) {
          if (e instanceof ZipBudgetError) throw unpacksTooMuch(name, "a Word file's text", limit);
          throw e;
        }
        used += data.length;
        const shape = xmlShape(data);
        elements += shape.elements;
        if (elements > DOCX_ELEMENTS) throw tooMany(name, DOCX_ELEMENTS, 'XML elements in a Word file');
        if (shape.depth > MAX_DEPTH) throw tooMany(name, MAX_DEPTH, 'levels of nesting in a Word file', 'save it again from Word');
        read.set(path, data);
      }
      if (encoding === 'base64') return data.toString('base64');
      return encoding ? new TextDecoder(encoding === 'utf8' ? 'utf-8' : encoding).decode(data) : data;
    },
  };
}
