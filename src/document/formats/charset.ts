// Decoding by a declared charset (an HTTP Content-Type header, or the page's own <meta charset>). A
// declaration is honoured when it decodes the bytes cleanly; otherwise detection decides (load.ts).
/** WHATWG labels for the Chinese encodings, and UTF-8; iconv-lite's names. */
const LABELS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  'iso-ir-58': 'gb18030',
  chinese: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'cn-big5': 'big5',
};

export async function decodeDeclared(bytes: Uint8Array, charset: string | null | undefined): Promise<{ text: string; encoding: string } | null> {
  const enc = charset ? LABELS[charset.trim().toLowerCase()] : undefined;
  if (!enc) return null;
  if (enc === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
    } catch {
      return null; // mislabelled: let detection decide
    }
  }
  const iconv = (await import('iconv-lite')).default;
  const text = iconv.decode(Buffer.from(bytes), enc);
  if (text.includes('\ufffd')) return null;
  return { text, encoding: enc === 'big5' ? 'Big5' : 'GB18030' };
}
