// A PDF's streams unpacked on a budget before pdf.js sees the file. pdf.js decodes every stream it
// needs (FlateDecode, chains of filters, LZW, RunLength …) whole, with no limit: 764 KB of PDF made
// 4.8 GB. Here each stream's filters run in turn as zlib and small decoders that count their output
// and stop the moment all the streams together pass the budget; nothing decoded is kept.
//
// What this scan cannot see: encrypted streams (their bytes are ciphertext until pdf.js decrypts
// them, so they count as nothing here) and filters pdf.js does not use for text (images: DCT, JPX,
// JBIG2, CCITT). For those the backstop is the memory limit of the process that parses (outOfMemory
// in budget.ts), and the text-item budget in pdf.ts.
import { Readable } from 'node:stream';
import { constants, createInflateRaw } from 'node:zlib';

/** Past the budget: how much was allowed. */
export class StreamsOverBudget extends Error {
  constructor(readonly limit: number) {
    super(`streams unpack to more than ${limit} bytes`);
  }
}

/** Every stream's filter chain and data, found in the bytes (not through the cross-reference table, which may lie). */
export function* pdfStreams(bytes: Uint8Array): Generator<{ filters: string[]; data: Uint8Array }> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  // Lengths written as objects of their own (`/Length 12 0 R` … `12 0 obj 3456 endobj`).
  const numbers = new Map<string, number>();
  for (const m of text.matchAll(/(\d+)\s+(\d+)\s+obj\s*(\d+)\s*endobj/g)) numbers.set(`${m[1]} ${m[2]}`, Number(m[3]));
  for (const m of text.matchAll(/(?<![A-Za-z])stream(?:\r\n|\n|\r)/g)) {
    const start = m.index + m[0].length;
    const obj = text.lastIndexOf('obj', m.index);
    const dict = text.slice(Math.max(obj, m.index - 65536, 0), m.index);
    let end = -1;
    const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dict);
    if (length) {
      const n = length[2] === undefined ? Number(length[1]) : numbers.get(`${length[1]} ${length[2]}`);
      if (n !== undefined && start + n <= buf.length && /^\s*endstream/.test(text.slice(start + n, start + n + 32))) end = start + n;
    }
    // As pdf.js does when /Length is wrong or missing: up to the next endstream.
    if (end < 0) end = text.indexOf('endstream', start);
    if (end < 0) end = buf.length;
    const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict);
    const filters = filter ? [...filter[1]!.matchAll(/\/([^\s/[\]<>()]+)/g)].map((f) => f[1]!) : [];
    // A filter given by reference is not followed: if the data looks like zlib, it is tried as Flate.
    if (!filter && /\/Filter\s+\d+\s+\d+\s+R/.test(dict) && buf[start] === 0x78) filters.push('FlateDecode');
    yield { filters, data: buf.subarray(start, end) };
  }
}

/**
 * Unpacks every stream, counting what each filter of its chain outputs (pdf.js holds each stage
 * whole), and throws StreamsOverBudget as soon as the total passes `limit`.
 */
export async function checkStreams(bytes: Uint8Array, limit: number): Promise<number> {
  let used = 0;
  for (const { filters, data } of pdfStreams(bytes)) {
    let output: AsyncIterable<Buffer> = (async function* () {
      yield Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    })();
    let stages = 0;
    for (const f of filters) {
      const stage = DECODERS[f];
      if (!stage) break; // an image filter or an unknown one: pdf.js does not decode it for text
      output = count(stage()(output));
      stages++;
    }
    if (stages === 0) continue;
    try {
      for await (const _ of output); // the last stage's output, counted on its way
    } catch (e) {
      if (e instanceof StreamsOverBudget) throw e;
      // damaged data: pdf.js stops there too, with what it decoded so far (counted)
    }
  }
  return used;

  async function* count(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      used += chunk.length;
      if (used > limit) throw new StreamsOverBudget(limit);
      yield chunk;
    }
  }
}

type Stage = () => (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>;

/** Flate without the zlib header and checksum, which pdf.js does not check either. */
function flate(): (source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer> {
  return async function* (source) {
    const inflate = createInflateRaw({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 18 });
    let first = true;
    const input = (async function* () {
      for await (const chunk of source) {
        yield first && chunk.length >= 2 && (chunk[0]! & 0x0f) === 8 ? chunk.subarray(2) : chunk;
        first = false;
      }
    })();
    const out = Readable.from(input).pipe(inflate);
    try {
      for await (const chunk of out) yield chunk as Buffer;
    } finally {
      out.destroy();
    }
  };
}

async function* runLength(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const data = await whole(source);
  const out: Buffer[] = [];
  for (let k = 0; k < data.length; ) {
    const n = data[k++]!;
    if (n === 128) break;
    if (n < 128) {
      out.push(data.subarray(k, k + n + 1));
      k += n + 1;
    } else out.push(Buffer.alloc(257 - n, data[k++]));
    if (out.length >= 4096) yield Buffer.concat(out.splice(0));
  }
  yield Buffer.concat(out);
}

/** LZW as PDF writes it (EarlyChange 1), emitting its output in slices. */
async function* lzw(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const data = await whole(source);
  let table: Buffer[] = [];
  const reset = () => {
    table = [];
    for (let k = 0; k < 256; k++) table.push(Buffer.from([k]));
    table.push(Buffer.alloc(0), Buffer.alloc(0)); // 256 clear, 257 end
  };
  reset();
  let width = 9;
  let bits = 0;
  let value = 0;
  let prev: Buffer | null = null;
  const out: Buffer[] = [];
  let size = 0;
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= width) {
      const code = (value >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      value &= (1 << bits) - 1;
      if (code === 256) {
        reset();
        width = 9;
        prev = null;
        continue;
      }
      if (code === 257) return yield Buffer.concat(out);
      let entry = table[code];
      if (!entry) {
        if (!prev || code !== table.length) return yield Buffer.concat(out); // damaged
        entry = Buffer.concat([prev, prev.subarray(0, 1)]);
      }
      if (prev && table.length < 4096) table.push(Buffer.concat([prev, entry.subarray(0, 1)]));
      prev = entry;
      out.push(entry);
      size += entry.length;
      if (size >= 1 << 16) {
        yield Buffer.concat(out.splice(0));
        size = 0;
      }
      width = table.length + 1 >= 1 << width && width < 12 ? width + 1 : width;
    }
  }
  yield Buffer.concat(out);
}

async function* asciiHex(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const hex = (await whole(source))
    .toString('latin1')
    .replace(/>.*$/s, '')
    .replace(/[^0-9A-Fa-f]/g, '');
  yield Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

async function* ascii85(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const text = (await whole(source)).toString('latin1').replace(/~>.*$/s, '').replace(/\s/g, '');
  let out = Buffer.alloc(1 << 16);
  let at = 0;
  const put = (v: number, n = 4) => {
    if (at + 4 > out.length) {
      const full = out.subarray(0, at);
      out = Buffer.alloc(1 << 16);
      at = 0;
      return full;
    }
    for (let k = 0; k < n; k++) out[at++] = (v >>> (24 - 8 * k)) & 255;
    return null;
  };
  let group: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    let v: number | null = null;
    if (ch === 0x7a && group.length === 0) v = 0;
    else {
      group.push(ch - 33);
      if (group.length === 5) {
        v = group.reduce((a, d) => a * 85 + d, 0);
        group = [];
      }
    }
    if (v === null) continue;
    const full = put(v);
    if (full) {
      yield full;
      put(v);
    }
  }
  if (group.length > 1) {
    const n = group.length - 1;
    while (group.length < 5) group.push(84);
    const full = put(
      group.reduce((a, d) => a * 85 + d, 0),
      n,
    );
    if (full) yield full;
  }
  yield out.subarray(0, at);
}

/** What came from the stage before, whole (for decoders that shrink their input or read it in codes). */
async function whole(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const DECODERS: Record<string, Stage> = {
  FlateDecode: flate,
  Fl: flate,
  LZWDecode: () => lzw,
  LZW: () => lzw,
  RunLengthDecode: () => runLength,
  RL: () => runLength,
  ASCIIHexDecode: () => asciiHex,
  AHx: () => asciiHex,
  ASCII85Decode: () => ascii85,
  A85: () => ascii85,
};
