// A press release's closing pairs run on after its last sentence, on the paragraph's own line, as a city's
// list of releases prints each item: …更友善的成長空間。 新聞稿聯絡人: 許股長… 發布日期:114年10月3日 發布單位:水利養護科.
import { metaPairs } from './meta.js';
import type { MetaEntry } from './model.js';

/** Keys that date or sign a release: one of them must stand among the pairs. */
const RELEASE_KEY = /^(?:發布日期|发布日期|發布單位|发布单位|發稿日期|发稿日期|發布機關|发布机关)$/;

/**
 * The pairs after the line's last sentence mark, and where they start; null unless they are two pairs at
 * least, all read as pairs, one of them a release's date or issuer. Only the last 300 characters are tried.
 */
export function releaseTail(text: string): { pairs: MetaEntry[]; at: number } | null {
  const from = Math.max(0, text.length - 300);
  const end = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'));
  if (end < from) return null;
  const rest = text.slice(end + 1);
  if (!/[:：]/.test(rest)) return null;
  const read = metaPairs(rest.trim(), () => false);
  if (!read || read.pairs.length < 2 || !read.pairs.some((p) => RELEASE_KEY.test(p.key))) return null;
  return { pairs: read.pairs, at: end + 1 + (rest.length - rest.trimStart().length) };
}
