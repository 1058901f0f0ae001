// A ZIP archive read for a budget: its central directory, then one entry at a time inflated with
// zlib's maxOutputLength, so an entry that unpacks past what is left of the budget stops there (the
// sizes an archive declares are not believed: a bomb lies). jszip, which mammoth would use, inflates
// every entry it is asked for whole, and only then compares.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
  compressedSize: number;
}

/** Not a ZIP this reader understands (damaged, or a kind of ZIP a .docx never is). */
export class ZipFormatError extends Error {}

/** Past the budget while inflating. */
export class ZipBudgetError extends Error {}

/** The entries the central directory lists, by name (a later duplicate is ignored, as unzip does). */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 22 bytes plus at most a 64 KiB comment.
  let end = -1;
  for (let k = view.length - 22; k >= Math.max(0, view.length - 22 - 65535); k--) {
    if (view.readUInt32LE(k) === 0x06054b50) {
      end = k;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no end of central directory');
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new ZipFormatError('a ZIP64 archive');
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > view.length || view.readUInt32LE(at) !== 0x02014b50) throw new ZipFormatError('a damaged central directory');
    const nameLength = view.readUInt16LE(at + 28);
    const extra = view.readUInt16LE(at + 30);
    const comment = view.readUInt16LE(at + 32);
    const name = view.toString('utf8', at + 46, at + 46 + nameLength);
    if (!entries.has(name)) {
      entries.set(name, { name, method: view.readUInt16LE(at + 10), compressedSize: view.readUInt32LE(at + 20), offset: view.readUInt32LE(at + 42) });
    }
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** An entry's bytes, inflated to at most `limit` bytes (ZipBudgetError past it). */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Buffer {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > view.length || view.readUInt32LE(at) !== 0x04034b50) throw new ZipFormatError(`a damaged entry (${entry.name})`);
  const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
  const data = view.subarray(start, Math.min(view.length, start + entry.compressedSize));
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipBudgetError(entry.name);
    return Buffer.from(data);
  }
  if (entry.method !== 8) throw new ZipFormatError(`an entry packed in a way Word never uses (method ${entry.method})`);
  try {
    // One byte more than the budget: reaching it means the entry is over.
    const out = inflateRawSync(data, { maxOutputLength: limit + 1 });
    if (out.length > limit) throw new ZipBudgetError(entry.name);
    return out;
  } catch (e) {
    if (e instanceof ZipBudgetError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new ZipBudgetError(entry.name);
    throw new ZipFormatError(`a damaged entry (${entry.name})`);
  }
}

/**
 * The elements an XML text opens and how deep they nest, counted on its bytes before any parser
 * builds a tree of them (a tag is `<` followed by a name; `</…>` closes one, `…/>` closes itself).
 */
export function xmlShape(xml: Uint8Array): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  for (let k = xml.indexOf(0x3c); k !== -1; k = xml.indexOf(0x3c, k + 1)) {
    const next = xml[k + 1];
    if (next === 0x2f)
      depth--; // </
    else if (next !== 0x3f && next !== 0x21) {
      // not <? nor <!
      elements++;
      const close = xml.indexOf(0x3e, k + 1);
      if (close === -1) break;
      if (xml[close - 1] !== 0x2f) {
        depth++;
        if (depth > deepest) deepest = depth;
      }
      k = close - 1;
    }
  }
  return { elements, depth: deepest };
}
