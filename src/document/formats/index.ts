// Format adapters: which one a document needs, and the one hook openDocument() uses to prefer what an
// adapter knew (the title and metadata) over what the parser guessed from the text.
import type { Document } from '../parse.js';
import type { Extracted } from './types.js';

export type { Extracted } from './types.js';
export type BinaryFormat = 'pdf' | 'docx';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, k) => bytes[k] === b);

/** A PDF (%PDF, maybe after a little junk) or a ZIP archive (a .docx, we hope); null for text and HTML. */
export function binaryFormat(bytes: Uint8Array): BinaryFormat | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-') || (head.includes('%PDF-') && !/[<\n]/.test(head.slice(0, head.indexOf('%PDF-'))))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  return null;
}

/** Text (and title and metadata where known) out of a PDF or a Word file; the adapters load lazily. */
export async function extractBinary(format: BinaryFormat, bytes: Uint8Array, name: string): Promise<Extracted> {
  if (format === 'pdf') return (await import('./pdf.js')).pdfToText(bytes, name);
  return (await import('./docx.js')).docxToText(bytes, name);
}

/** The Document with the adapter's title and metadata where it gave them (the parser keeps the rest). */
export function preferAdapter(doc: Document, known: { title?: string; meta?: Extracted['meta'] }): Document {
  if (known.title === undefined && known.meta === undefined) return doc;
  const title = known.title ?? doc.title;
  return {
    ...doc,
    title,
    titleRange: doc.title === title ? doc.titleRange : null,
    meta: known.meta ?? doc.meta,
  };
}
