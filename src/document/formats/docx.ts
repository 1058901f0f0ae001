// Word (.docx) → text, through mammoth (which reads the document's styles). Heading styles become
// heading lines; a heading or a numbered paragraph whose number Word draws itself (automatic
// numbering, which is not in the text) gets the marker written out by its level (一、 （一） 1. （1）),
// so the outline comes out as it does for a text file. The Title style gives the title.
import { LangduError } from '../../errors.js';
import { assemble, htmlLines } from './html.js';
import type { Extracted } from './types.js';

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
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='标题'] => h1.doc-title:fresh"],
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (e) {
    const why = /end of central directory|corrupted zip|can't find end/i.test((e as Error).message)
      ? 'is a damaged ZIP archive'
      : /word\/document\.xml|main document part/i.test((e as Error).message)
        ? 'is a ZIP archive but not a Word .docx file (no word/document.xml)'
        : `is not a Word file langdu can read (${(e as Error).message.split('\n')[0]})`;
    throw new LangduError(`${name} ${why}; give a .docx, PDF, text or HTML file`);
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
