// A small ZIP writer for EPUB: entries go straight into a file, deflated text or STORED audio, sizes and
// CRCs known before each entry is written (a file is read twice rather than held in memory). The EPUB
// `mimetype` entry must be first, stored, with no extra field: the caller adds it first with store.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

interface Central {
  name: Buffer;
  method: number;
  crc: number;
  packed: number;
  size: number;
  offset: number;
}

const BLOCK = 1 << 20;
/** Plain ZIP counts its entries in 16 bits. */
export const MAX_ENTRIES = 0xffff;
// ZIP's fixed DOS date: 1980-01-01 00:00, so that the same book is the same bytes.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export class ZipWriter {
  private fd: number;
  private offset = 0;
  private readonly entries: Central[] = [];

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  /** A text or small entry; deflated unless `store`. */
  addBuffer(name: string, data: Buffer, store = false): void {
    const packed = store ? data : deflateRawSync(data, { level: 9 });
    const entry = this.header(name, store ? 0 : 8, crc32(data), packed.length, data.length);
    this.write(packed);
    this.entries.push(entry);
  }

  /** A file on disk, stored (MP3 does not shrink): read once for its CRC, once to copy. */
  addFile(name: string, path: string): void {
    const src = openSync(path, 'r');
    try {
      const size = fstatSync(src).size;
      const buf = Buffer.alloc(Math.min(BLOCK, Math.max(1, size)));
      let crc = 0;
      for (let at = 0; at < size; ) {
        const n = readSync(src, buf, 0, Math.min(buf.length, size - at), at);
        if (n <= 0) throw new Error(`${path} got shorter while it was read`);
        crc = crc32(buf.subarray(0, n), crc);
        at += n;
      }
      const entry = this.header(name, 0, crc, size, size);
      for (let at = 0; at < size; ) {
        const n = readSync(src, buf, 0, Math.min(buf.length, size - at), at);
        if (n <= 0) throw new Error(`${path} got shorter while it was read`);
        this.write(buf.subarray(0, n));
        at += n;
      }
      this.entries.push(entry);
    } finally {
      closeSync(src);
    }
  }

  /** The central directory and its end record; closes the file. */
  finish(): void {
    const start = this.offset;
    for (const e of this.entries) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(0x0800, 8); // UTF-8 names
      h.writeUInt16LE(e.method, 10);
      h.writeUInt16LE(0, 12);
      h.writeUInt16LE(DOS_DATE, 14);
      h.writeUInt32LE(e.crc, 16);
      h.writeUInt32LE(e.packed, 20);
      h.writeUInt32LE(e.size, 24);
      h.writeUInt16LE(e.name.length, 28);
      h.writeUInt32LE(e.offset, 42);
      this.write(h);
      this.write(e.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    this.close();
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  private header(name: string, method: number, crc: number, packed: number, size: number): Central {
    // Plain ZIP (no ZIP64): a book past 4 GiB is refused rather than written wrong.
    if (this.offset + packed > 0xffff_fff0) throw new Error('the book would be larger than 4 GiB, which a ZIP file cannot hold');
    if (this.entries.length >= MAX_ENTRIES) throw new Error(`a ZIP file holds at most ${MAX_ENTRIES} files`);
    const nameBytes = Buffer.from(name, 'utf8');
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x0800, 6);
    h.writeUInt16LE(method, 8);
    h.writeUInt16LE(0, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(packed, 18);
    h.writeUInt32LE(size, 22);
    h.writeUInt16LE(nameBytes.length, 26);
    const entry = { name: nameBytes, method, crc, packed, size, offset: this.offset };
    this.write(h);
    this.write(nameBytes);
    return entry;
  }

  private write(buf: Buffer): void {
    for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off, buf.length - off);
    this.offset += buf.length;
  }
}
