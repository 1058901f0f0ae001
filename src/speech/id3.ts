// Just enough ID3v2.3 for an exported MP3: its title and source, and a chapter per part and section
// (the ID3 chapter addendum: a CHAP frame per chapter and one top-level, ordered CTOC listing them), so
// podcast and audiobook players jump by chapter. v2.3 because more players read it than v2.4; its text
// is UTF-16 with a byte-order mark (v2.3 knows no UTF-8).

export interface Chapter {
  /** As announced: 第一部分，主要举措. */
  title: string;
  startMs: number;
  endMs: number;
}

export interface Id3Tags {
  /** TIT2: what this file is (the report's title, or the part's heading). */
  title?: string;
  /** TALB: the report it comes from. */
  album?: string;
  /** TRCK: "2/5" for the second of five files. */
  track?: string;
  /** TXXX "source" and COMM: where the report was read from (a file name or a web address). */
  source?: string;
  /** WOAS: the source, when it is a web address. */
  sourceUrl?: string;
  /** TSSE: the software and settings that made the file. */
  encoder?: string;
  chapters?: Chapter[];
}

/** One CTOC entry count is a byte: past this many chapters, the rest are left out of the tag. */
export const MAX_CHAPTERS = 255;

const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const NUL16 = Buffer.alloc(2);

function frame(id: string, body: Buffer): Buffer {
  const h = Buffer.alloc(10);
  h.write(id, 0, 'latin1');
  h.writeUInt32BE(body.length, 4); // v2.3: a plain 32-bit size (only the tag's own size is syncsafe)
  return Buffer.concat([h, body]);
}

const text = (id: string, s: string) => frame(id, Buffer.concat([Buffer.from([1]), utf16(s)]));

/** TXXX: a description, then the value. */
const userText = (description: string, value: string) => frame('TXXX', Buffer.concat([Buffer.from([1]), utf16(description), NUL16, utf16(value)]));

/** COMM: language, a short description (empty), then the text. */
const comment = (s: string) => frame('COMM', Buffer.concat([Buffer.from([1]), Buffer.from('chi', 'latin1'), utf16(''), NUL16, utf16(s)]));

/** A URL frame holds ISO-8859-1; a web address with other characters is percent-encoded first. */
const url = (id: string, s: string) => frame(id, Buffer.from(encodeURI(decodeURIHard(s)), 'latin1'));

function decodeURIHard(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

const zString = (s: string) => Buffer.from(`${s}\0`, 'latin1');

function chap(id: string, c: Chapter): Buffer {
  const times = Buffer.alloc(16);
  times.writeUInt32BE(Math.max(0, Math.round(c.startMs)), 0);
  times.writeUInt32BE(Math.max(0, Math.round(c.endMs)), 4);
  times.writeUInt32BE(0xffffffff, 8); // byte offsets unused: times rule
  times.writeUInt32BE(0xffffffff, 12);
  return frame('CHAP', Buffer.concat([zString(id), times, text('TIT2', c.title)]));
}

function ctoc(id: string, children: string[], title: string): Buffer {
  // Flags: top-level (0x02) and ordered (0x01).
  return frame('CTOC', Buffer.concat([zString(id), Buffer.from([0x03, children.length]), ...children.map(zString), text('TIT2', title)]));
}

/** The whole tag, header included. Its size depends on the texts alone, not on the times. */
export function id3Tag(tags: Id3Tags): Buffer {
  const frames: Buffer[] = [];
  if (tags.title) frames.push(text('TIT2', tags.title));
  if (tags.album) frames.push(text('TALB', tags.album));
  if (tags.track) frames.push(text('TRCK', tags.track));
  if (tags.encoder) frames.push(text('TSSE', tags.encoder));
  if (tags.source) frames.push(userText('source', tags.source), comment(`来源：${tags.source}`));
  if (tags.sourceUrl) frames.push(url('WOAS', tags.sourceUrl));
  const chapters = (tags.chapters ?? []).slice(0, MAX_CHAPTERS);
  if (chapters.length) {
    const ids = chapters.map((_, k) => `chp${k}`);
    frames.push(ctoc('toc', ids, '目录'), ...chapters.map((c, k) => chap(ids[k]!, c)));
  }
  const body = Buffer.concat(frames);
  const header = Buffer.alloc(10);
  header.write('ID3', 0, 'latin1');
  header[3] = 3; // version 2.3.0
  header[4] = 0;
  header[5] = 0; // no unsynchronisation, no extended header
  for (let k = 0; k < 4; k++) header[6 + k] = (body.length >> (7 * (3 - k))) & 0x7f; // syncsafe
  return Buffer.concat([header, body]);
}
