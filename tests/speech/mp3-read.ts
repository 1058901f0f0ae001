// Reading an MP3 back for the tests, written from the specifications (ID3v2.3/2.4 and its chapter
// addendum; MPEG audio frame headers) and independent of src/speech/id3.ts and mp3.ts: the tags, the
// chapters, and the length counted frame by frame.
import { spawnSync } from 'node:child_process';

export interface ReadChapter {
  id: string;
  title: string;
  startMs: number;
  endMs: number;
}
export interface ReadToc {
  id: string;
  topLevel: boolean;
  ordered: boolean;
  children: string[];
}
export interface ReadTag {
  version: number;
  /** Text frames by id (TIT2, TALB, …), TXXX by `TXXX:description`, COMM as `COMM`, URL frames (W…) as written. */
  text: Record<string, string>;
  chapters: ReadChapter[];
  tocs: ReadToc[];
  /** Bytes the tag takes, header included. */
  size: number;
}

const syncsafe = (b: Buffer, p: number) => (b[p]! << 21) | (b[p + 1]! << 14) | (b[p + 2]! << 7) | b[p + 3]!;

/** Text in an ID3 encoding (0 Latin-1, 1 UTF-16 with BOM, 2 UTF-16BE, 3 UTF-8), up to its terminator if `terminated`. */
function decodeText(enc: number, b: Buffer, terminated: boolean): { text: string; rest: Buffer } {
  const wide = enc === 1 || enc === 2;
  let end = b.length;
  if (terminated) {
    for (let k = 0; k + (wide ? 1 : 0) < b.length; k += wide ? 2 : 1) {
      if (b[k] === 0 && (!wide || b[k + 1] === 0)) {
        end = k;
        break;
      }
    }
  }
  const raw = b.subarray(0, end);
  const rest = b.subarray(Math.min(b.length, end + (terminated ? (wide ? 2 : 1) : 0)));
  let text: string;
  if (enc === 0) text = raw.toString('latin1');
  else if (enc === 3) text = raw.toString('utf8');
  else {
    let le = enc === 1;
    let body = raw;
    if (enc === 1) {
      if (raw[0] === 0xfe && raw[1] === 0xff) le = false;
      else if (!(raw[0] === 0xff && raw[1] === 0xfe)) throw new Error('UTF-16 text without a byte-order mark');
      body = raw.subarray(2);
    }
    const copy = Buffer.from(body);
    if (!le) copy.swap16();
    text = copy.toString('utf16le');
  }
  return { text: text.replace(/\0+$/, ''), rest };
}

function frames(b: Buffer, version: number, into: ReadTag): void {
  for (let p = 0; p + 10 <= b.length; ) {
    const id = b.toString('latin1', p, p + 4);
    if (!/^[A-Z0-9]{4}$/.test(id)) break; // padding
    const size = version === 4 ? syncsafe(b, p + 4) : b.readUInt32BE(p + 4);
    const body = b.subarray(p + 10, p + 10 + size);
    p += 10 + size;
    if (id === 'CHAP') {
      const { text: cid, rest } = decodeText(0, body, true);
      const sub: ReadTag = { version, text: {}, chapters: [], tocs: [], size: 0 };
      frames(rest.subarray(16), version, sub);
      into.chapters.push({ id: cid, title: sub.text.TIT2 ?? '', startMs: rest.readUInt32BE(0), endMs: rest.readUInt32BE(4) });
    } else if (id === 'CTOC') {
      let { text: tid, rest } = decodeText(0, body, true);
      const flags = rest[0]!;
      const count = rest[1]!;
      rest = rest.subarray(2);
      const children: string[] = [];
      for (let k = 0; k < count; k++) {
        const c = decodeText(0, rest, true);
        children.push(c.text);
        rest = c.rest;
      }
      into.tocs.push({ id: tid, topLevel: (flags & 2) !== 0, ordered: (flags & 1) !== 0, children });
    } else if (id === 'TXXX') {
      const d = decodeText(body[0]!, body.subarray(1), true);
      into.text[`TXXX:${d.text}`] = decodeText(body[0]!, d.rest, false).text;
    } else if (id === 'COMM') {
      const d = decodeText(body[0]!, body.subarray(4), true);
      into.text.COMM = decodeText(body[0]!, d.rest, false).text;
    } else if (id.startsWith('T')) into.text[id] = decodeText(body[0]!, body.subarray(1), false).text;
    else if (id.startsWith('W')) into.text[id] = body.toString('latin1').replace(/\0+$/, '');
  }
}

/** The ID3v2 tag at the start of an MP3, or null. */
export function readId3(b: Buffer): ReadTag | null {
  if (b.toString('latin1', 0, 3) !== 'ID3') return null;
  const version = b[3]!;
  if (b[5]! & 0x80) throw new Error('unsynchronised tags are not read here');
  const size = 10 + syncsafe(b, 6);
  const tag: ReadTag = { version, text: {}, chapters: [], tocs: [], size };
  frames(b.subarray(10, size), version, tag);
  return tag;
}

const KBPS = { v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320], v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160] };
const RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

/** The Layer III frames after the tag: how many, their sample rate and bitrate, and the length they decode to. */
export function mp3Frames(b: Buffer): { frames: number; seconds: number; sampleRate: number; kbps: number; channels: number } {
  let p = readId3(b)?.size ?? 0;
  let frames = 0;
  let samples = 0;
  let sampleRate = 0;
  let kbps = 0;
  let channels = 0;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff || (b[p + 1]! & 0xe0) !== 0xe0) throw new Error(`no frame sync at byte ${p}`);
    const version = (b[p + 1]! >> 3) & 3; // 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5
    const layer = (b[p + 1]! >> 1) & 3;
    if (layer !== 1 || version === 1) throw new Error(`not MPEG Layer III at byte ${p}`);
    kbps = (version === 3 ? KBPS.v1 : KBPS.v2)[b[p + 2]! >> 4]!;
    sampleRate = RATES[version]![(b[p + 2]! >> 2) & 3]!;
    channels = b[p + 3]! >> 6 === 3 ? 1 : 2;
    const perFrame = version === 3 ? 1152 : 576;
    const length = Math.floor(((perFrame / 8) * kbps * 1000) / sampleRate) + ((b[p + 2]! >> 1) & 1);
    if (!kbps || p + length > b.length) throw new Error(`a bad or cut frame at byte ${p}`);
    p += length;
    frames++;
    samples += perFrame;
  }
  return { frames, seconds: samples / sampleRate, sampleRate, kbps, channels };
}

/** ffprobe's view (duration, chapters, tags), where ffprobe is installed; null otherwise. */
export function ffprobe(file: string): { duration: number; chapters: { start: number; end: number; title: string }[]; tags: Record<string, string> } | null {
  const r = spawnSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_chapters', file], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const j = JSON.parse(r.stdout) as {
    format: { duration: string; tags?: Record<string, string> };
    chapters: { start_time: string; end_time: string; tags?: { title?: string } }[];
  };
  return {
    duration: Number(j.format.duration),
    chapters: j.chapters.map((c) => ({ start: Number(c.start_time), end: Number(c.end_time), title: c.tags?.title ?? '' })),
    tags: j.format.tags ?? {},
  };
}
