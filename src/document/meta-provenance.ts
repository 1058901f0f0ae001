// What a page states about where its text came from and where it is (round 14): a repost's source
// (转自：梧州发布, 轉載自：中央社, 稿源, 出处, 摘自), the original's link (原文链接：…, an archive's Original URL: …), and
// the page's own address printed at its foot (地址：http://…/12138.html). A site's street address, phone and
// home page in its footer (地址：人民路88号, 网址：www.x.gov.cn) stay the site's furniture; 原标题 repeats the title.

import type { MetaEntry } from './model.js';
import { anyScript } from './script-forms.js';

/** Keys naming where a text was taken from, or the original's link: pairs wherever the page prints them. */
export const PROVENANCE_KEYS = ['转自', '转载自', '转载于', '转载来源', '摘自', '稿源', '出处', '原文链接', '原文地址', '原文网址', '原始链接', 'OriginalURL'];
const PROVENANCE = anyScript(PROVENANCE_KEYS);

/** A provenance key, in either script (轉自, 原文鏈接) or spaced (Original URL). */
export const isProvenanceKey = (key: string): boolean => PROVENANCE.has(key.replace(/\s+/g, ''));

/** Keys a footer uses for an address of any kind: the page's own when the value is a web address with a path. */
const ADDRESS_KEYS = anyScript(['地址', '网址', '链接', '本文地址', '本文链接', '文章地址', '文章链接', '页面地址', 'URL']);
/** A web address with a path after its host (http://x.cn/a/1.html), not a site's home (www.x.gov.cn, http://x.cn/). */
const PAGE_URL = /^(?:https?:\/\/|www\.)[^\s/]{1,253}\/\S+$/i;

/** A footer's pair that is the page's own address (地址：http://www.x.com/xwzx/12138.html): the page's metadata. */
export function isOwnAddress(p: MetaEntry): boolean {
  return ADDRESS_KEYS.has(p.key) && PAGE_URL.test(p.value.trim());
}

/** A key and a web address, the whole line (Original URL: http://…, 地址： http://…/1.html, 原文链接:www.x.cn/a.html). */
const KEYED_URL = /^\s*((?:Original|Source)\s?URL|\p{Script=Han}{2,6})\s{0,3}[:：]\s{0,3}((?:https?:\/\/|www\.)\S{1,2000})\s*$/iu;
/** A key alone with its colon, its address on the next line (地址： ⏎ http://…). */
const KEY_ALONE = /^\s*((?:Original|Source)\s?URL|\p{Script=Han}{2,6})\s{0,3}[:：]\s*$/iu;
const URL_ALONE = /^\s*((?:https?:\/\/|www\.)\S{1,2000})\s*$/i;

/** The pair when `key` names a source or an address and `value` is the page's or the original's web address. */
function stated(key: string, value: string): MetaEntry | null {
  const p = { key, value };
  return isProvenanceKey(key) || isOwnAddress(p) ? p : null;
}

/** A line that is only a source's or the page's own web address under its key: its pair, keyed as printed, or null. */
export function provenanceLine(line: string): { pairs: MetaEntry[]; pending: false } | null {
  const m = line.length <= 2100 ? KEYED_URL.exec(line) : null;
  const p = m ? stated(m[1]!, m[2]!) : null;
  return p ? { pairs: [p], pending: false } : null;
}

/** Such a key alone on one line and its address alone on the next (地址： ⏎ http://…/12138.html): the pair, or null. */
export function provenanceSplit(keyLine: string, valueLine: string): MetaEntry | null {
  const k = keyLine.length <= 40 ? KEY_ALONE.exec(keyLine) : null;
  const v = k && valueLine.length <= 2100 ? URL_ALONE.exec(valueLine) : null;
  return k && v ? stated(k[1]!, v[1]!) : null;
}
