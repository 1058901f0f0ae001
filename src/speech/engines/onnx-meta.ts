// The metadata of an ONNX model (ModelProto.metadata_props, field 14), read without loading it: the
// top-level fields are walked by their headers and the graph (hundreds of MB) is skipped with a seek.
// sherpa-onnx ends the whole process (exit 255, no exception) when a key it needs is missing, so a
// voice is checked here before anything loads it. A model file is untrusted: every length is bounded.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** At most this many entries, each key and value at most this long: a real voice has a dozen short ones. */
const MAX_ENTRIES = 256;
const MAX_ENTRY_BYTES = 64 * 1024;
/** Top-level fields walked before giving up (a real model has fewer than ten). */
const MAX_FIELDS = 10_000;

export class OnnxMetaError extends Error {}

/** The model's metadata entries, in file order (a repeated key keeps its first value). */
export function readOnnxMetadata(file: string): Map<string, string> {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    let pos = 0;
    const head = Buffer.alloc(20);
    const varintAt = (): bigint => {
      const n = readSync(fd, head, 0, Math.min(10, size - pos), pos);
      let v = 0n;
      for (let k = 0; k < n; k++) {
        v |= BigInt(head[k]! & 0x7f) << BigInt(7 * k);
        if (!(head[k]! & 0x80)) {
          pos += k + 1;
          return v;
        }
      }
      throw new OnnxMetaError('not an ONNX model (a field header runs past the end)');
    };
    const meta = new Map<string, string>();
    for (let fields = 0; pos < size; fields++) {
      if (fields > MAX_FIELDS) throw new OnnxMetaError('not an ONNX model (too many top-level fields)');
      const tag = Number(varintAt());
      const field = tag >>> 3;
      const wire = tag & 7;
      if (field === 0) throw new OnnxMetaError('not an ONNX model (field 0)');
      if (wire === 0) varintAt();
      else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else if (wire === 2) {
        const len = varintAt();
        if (len > BigInt(size - pos)) throw new OnnxMetaError('not an ONNX model (a field is longer than the file)');
        if (field === 14) {
          if (meta.size >= MAX_ENTRIES || len > MAX_ENTRY_BYTES) throw new OnnxMetaError('its metadata is too large');
          const entry = Buffer.alloc(Number(len));
          readSync(fd, entry, 0, entry.length, pos);
          const [k, v] = keyValue(entry);
          if (!meta.has(k)) meta.set(k, v);
        }
        pos += Number(len);
      } else throw new OnnxMetaError(`not an ONNX model (wire type ${wire})`);
    }
    if (pos !== size) throw new OnnxMetaError('not an ONNX model (it ends inside a field)');
    return meta;
  } finally {
    closeSync(fd);
  }
}

/** A StringStringEntryProto: key (1) and value (2). */
function keyValue(b: Buffer): [string, string] {
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= b.length) break;
      const c = b[pos++]!;
      v += (c & 0x7f) * 2 ** shift;
      if (!(c & 0x80)) return v;
    }
    throw new OnnxMetaError('a metadata entry is malformed');
  };
  const out: [string, string] = ['', ''];
  while (pos < b.length) {
    const tag = varint();
    if ((tag & 7) !== 2) throw new OnnxMetaError('a metadata entry is malformed');
    const len = varint();
    if (pos + len > b.length) throw new OnnxMetaError('a metadata entry is malformed');
    const s = b.subarray(pos, pos + len).toString('utf8');
    if (tag >>> 3 === 1) out[0] = s;
    else if (tag >>> 3 === 2) out[1] = s;
    pos += len;
  }
  return out;
}
