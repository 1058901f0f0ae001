// Garbled text (issue 26, round 19): a line whose characters are UTF-8's bytes read as Big5 or GBK (嚙踝蕭嚙緬 is
// U+FFFD's bytes EF BF BD read as Big5 and written back, 锟斤拷 the same read as GBK, 鏂伴椈 is 新闻 read as GBK). Such a
// line is the site's broken template, never a title however short and alone it stands. It is known by its bytes, not
// its words: written back in Big5 or GBK, a garbled line's bytes are UTF-8 again (lead bytes E0–EF, each followed by
// its continuation bytes 80–BF), which a real line of Chinese almost never is (Big5's and GB2312's common characters
// have lead bytes A1–D7, continuation bytes that start no UTF-8 sequence). The tables are built once, when a line
// first asks, from the platform's own decoders. Imports nothing.

/** A character's code in an encoding (lead × 256 + trail, or its one byte), by its code point in the Basic Plane; 0 for none. */
type Table = Uint16Array;
const tables = new Map<string, Table | null>();

/** Each character of `encoding`'s two-byte range and its code, built once from TextDecoder (a few milliseconds). */
function table(encoding: 'big5' | 'gbk'): Table | null {
  if (tables.has(encoding)) return tables.get(encoding)!;
  let out: Table | null = new Uint16Array(0x10000);
  try {
    const decoder = new TextDecoder(encoding);
    // Every pair, each after a newline so that a pair the decoder refuses spoils no other.
    const bytes = new Uint8Array(126 * 190 * 3);
    let k = 0;
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        bytes[k++] = 0x0a;
        bytes[k++] = lead;
        bytes[k++] = trail;
      }
    const text = decoder.decode(bytes);
    let lead = 0x81;
    let trail = 0x3f;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x0a) {
        trail = trail === 0x7e ? 0x80 : trail + 1;
        if (trail > 0xfe) {
          lead++;
          trail = 0x40;
        }
        // A pair decoded to one character of the Basic Plane (not U+FFFD) is that character's code; the first one wins.
        const next = text.charCodeAt(j + 2);
        const one = text.charCodeAt(j + 1);
        if (one !== 0xfffd && !(one >= 0xd800 && one <= 0xdfff) && (j + 2 >= text.length || next === 0x0a) && out[one] === 0) out[one] = lead * 256 + trail;
      }
    }
    // A single high byte the encoding reads as a character of its own (GBK's 0x80 is €, as in 鏈€鏂 for 最新).
    for (let b = 0x80; b <= 0xff; b++) {
      const one = decoder.decode(new Uint8Array([b]));
      if (one.length === 1 && one !== '\ufffd' && out[one.charCodeAt(0)] === 0) out[one.charCodeAt(0)] = b;
    }
  } catch {
    out = null; // a runtime without the legacy encodings: no line is judged garbled
  }
  tables.set(encoding, out);
  return out;
}

/** `text` written in `encoding`'s bytes, or null when a character has none there. */
function encoded(text: string, t: Table): number[] | null {
  const out: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) out.push(c);
    else {
      const code = t[c]!;
      if (code === 0) return null;
      if (code < 0x100) out.push(code);
      else out.push(code >> 8, code & 0xff);
    }
  }
  return out;
}

/** The share of the bytes at or over 0x80 that stand in a well-formed UTF-8 sequence of two to four bytes. */
function utf8Share(bytes: number[]): { high: number; covered: number } {
  let high = 0;
  let covered = 0;
  for (let k = 0; k < bytes.length; ) {
    const b = bytes[k]!;
    if (b < 0x80) {
      k++;
      continue;
    }
    const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = n > 0 && k + n <= bytes.length;
    for (let j = 1; ok && j < n; j++) ok = bytes[k + j]! >= 0x80 && bytes[k + j]! <= 0xbf;
    if (ok) {
      high += n;
      covered += n;
      k += n;
    } else {
      high++;
      k++;
    }
  }
  return { high, covered };
}

/**
 * Whether `text` is garbled: UTF-8 read as Big5 or GBK (嚙踝蕭嚙緬嚙踝蕭, 锟斤拷锟斤拷, 鏂伴椈涓績). Four Han characters at
 * least and a short line (a title's length); written back in either encoding, three sequences at least and 85% of its high
 * bytes form UTF-8 (a real line of four or five characters may form two by chance: 時事脈搏, 清单目录).
 */
export function isGarbled(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 80) return false;
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 4) return false;
  for (const encoding of ['big5', 'gbk'] as const) {
    const tab = table(encoding);
    const bytes = tab ? encoded(t, tab) : null;
    if (!bytes) continue;
    const { high, covered } = utf8Share(bytes);
    if (covered >= 9 && covered >= 0.85 * high) return true;
  }
  return false;
}
