// A news page's related terms at its foot (相關字詞﹕施政報告 施政報告2020 林鄭月娥 編輯推介): a pair as 关键词 is,
// whatever colon the page prints (the small form ﹕ too), without the next block's label a template glues after the
// words (編輯推介, 相关阅读), as 上一篇 下一篇 are no part of a 版面 line's value.

import type { MetaEntry } from './model.js';
import { oneForm } from './script-forms.js';

/** The key (Simplified; a page's Traditional form is compared in one form), a colon of any form, the words. */
const TERMS = /^\s*(相关字词|相关词语|相关词|相关标签)\s{0,3}[:：﹕︰]\s{0,3}(\S.{0,200})$/;
/** A next block's label glued after the words. */
const NEXT_LABEL = /[ \u3000]+(?:编辑推介|编辑推荐|热门推介|相关阅读|延伸阅读|相关新闻|推荐阅读)$/;

/** A line of related terms: its pair, the key and words as printed, or null. */
export function termsLine(line: string): MetaEntry | null {
  const t = line.trim();
  if (t.length > 220 || /[。！？]/.test(t)) return null;
  const m = TERMS.exec(oneForm(t));
  if (!m) return null;
  const start = t.length - m[2]!.length; // same length in either form: the value as printed
  const cut = NEXT_LABEL.exec(oneForm(t).slice(start));
  const value = t.slice(start, cut ? start + cut.index : t.length).trim();
  return value === '' ? null : { key: t.slice(0, m[1]!.length + (t.length - t.trimStart().length)).trim(), value };
}
