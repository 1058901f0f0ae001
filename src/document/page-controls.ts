// A page's controls as words: the buttons and toolbar links a site prints beside its pairs (打印页面 关闭页面,
// 參與互動(dòng)參與互動(dòng), 【收藏本文】, 我要评论, 分享到微信). A control is an action on the page, read as a small
// grammar, not a list of phrases: an action's verb (打印, 关闭, 收藏, 参与 …), perhaps led by a prompt (点击, 我要, 一键)
// and perhaps followed by what it acts on (页面, 本文, 窗口, 互动 …), printed once or a few times over (a button's
// label is often scraped twice). A value's words that are such a run are the toolbar's, never the value's.

import { withoutPinyin } from './page.js';
import { oneForm } from './script-forms.js';

/** The verbs of a page's controls, Simplified (the text is put in that form first): what a reader's button does. */
const ACTION =
  '(?:打印|列印|关闭|收藏|分享|转发|转载|评论|发表评论|参与|互动|返回|下载|复制|保存|纠错|举报|点赞|朗读|播报|放大|缩小|加大|减小|切换|订阅|推荐|预览|发送|邮寄|寄给|转寄|打开|登录|注册|投稿|留言|关注|讨论|跟帖)';
/** What a control acts on: the page, the article, the window, a discussion, a friend. */
const OBJECT = '(?:页面|本页|此页|该页|网页|窗口|视窗|文章|本文|此文|全文|本篇|正文|互动|评论|讨论|留言|好友|朋友|本站|网站|到微信|到微博|到朋友圈)';
/** A prompt before a control's verb: 点击打印, 我要评论, 一键复制. */
const PROMPT = '(?:点击|我要|一键|立即|马上)';
/** One control, its brackets kept: 【打印本页】, [关闭], (评论). */
const ONE = `[【[〔(（]?${PROMPT}?${ACTION}${OBJECT}?[】\\]〕)）]?`;
/** A run of controls, glued or spaced, a few at most (參與互動參與互動, 打印页面 关闭页面). Bounded, each a fixed word. */
const CONTROLS = new RegExp(`^(?:${ONE}[ \\u3000]{0,2}){1,4}$`);
/**
 * A verb alone, with no prompt, object, bracket or second control: a value's own last word as often as a button
 * (来源:网友 投稿, 分类:信息 推荐, 栏目:热点 关注, 来源:网络 转载). Only a print or close button's word is the toolbar's alone.
 */
const BARE = new RegExp(`^${ACTION}$`);
const BUTTON_ALONE = /^(?:打印|列印|关闭|分享|返回|纠错|发表评论)$/;

/** The piece's words as the grammar reads them, or null when it cannot be controls (a pair, a number, too long). */
function controlWords(piece: string): string | null {
  const t = piece.trim();
  if (t === '' || t.length > 60 || /[:：\d]/.test(t)) return null; // a pair, a number: no control's words
  const w = oneForm(withoutPinyin(t));
  return CONTROLS.test(w) ? w : null;
}

/** A piece of a line that is nothing but a page's controls, in either script, read through a converter's pinyin residue. */
export function isControls(piece: string): boolean {
  const w = controlWords(piece);
  return w !== null && (!BARE.test(w) || BUTTON_ALONE.test(w));
}

/**
 * A value without the controls a page set after it on its line (来源:区政府办公室 打印页面 关闭页面 → 区政府办公室):
 * the last words, each after a space, that are controls. The value's own words stay, one at least.
 */
export function withoutControls(value: string): string {
  if (!/[ \u3000]/.test(value)) return value;
  const words = value.trimEnd().split(/[ \u3000]+/);
  let n = words.length;
  while (n > 1 && controlWords(words[n - 1]!) !== null) n--;
  // One bare verb alone after the value (网友 投稿) may be the value's word: a run of two (转发 收藏) is a toolbar's.
  if (n === words.length - 1 && !isControls(words[n]!)) n++;
  if (n === words.length) return value;
  // Cut back to the end of the last kept word, in the original text (its spaces kept inside).
  let at = 0;
  for (let k = 0; k < n; k++) at = value.indexOf(words[k]!, at) + words[k]!.length;
  return value.slice(0, at);
}
