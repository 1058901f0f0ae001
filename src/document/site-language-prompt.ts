// A site's offer of its edition in another language or script, addressed to the reader at the page's top (Your browser
// does not appear to support Traditional Chinese. Would you like to go to CNA's English website?, こちらのページは繁体字版
// です。日本語版「…」に移動しますか。, 是否前往简体中文版?): the site's machinery, in whatever language it offers, never the
// page's headline nor its text. A reader knows it by what it asks: the reader, a move, and an edition (a language, a
// script, a site). Imports nothing.

/** English: the reader addressed (you), an edition named (a language, a script, a site or a version), a question or a browser's lack. */
const EN_ADDRESSED = /\b(?:you|your)\b/i;
const EN_EDITION = /\b(?:English|Chinese|Japanese|Korean|Traditional|Simplified|language|website|site|version|edition)\b/i;
const EN_ASKED = /\?\s*$|\bdoes not (?:appear to |seem to )?support\b|\bswitch to\b|\bredirect(?:ed)? to\b/i;
/** Japanese: kana, an edition (版, ページ, サイト, 言語), and the polite question or the edition stated (…に移動しますか, …版です). */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]{2}/u;
const JA_EDITION = /版|ページ|サイト|言語/u;
const JA_ASKED = /(?:しますか|ますか|ですか|版です)[。？?]?/u;
/** Chinese, either script: a move to an edition in a language or a script, asked (是否前往简体中文版?, 要切換到英文網站？). */
const ZH_OFFER =
  /(?:是否|要不要|要)?(?:前往|切换到|切換到|转到|轉到|跳转至|跳轉至|进入|進入)[^。？?]{0,16}(?:英文|日文|韩文|韓文|简体|簡體|繁体|繁體|中文|英語|英语)[^。？?]{0,8}(?:版|网站|網站|页面|頁面)\p{Script=Han}?[?？]$/u;

/** Whether the line is a site's offer of another edition of itself (see above). Lines of 300 characters at most. */
export function isLanguagePrompt(text: string): boolean {
  const t = text.trim();
  if (t.length < 8 || t.length > 300) return false;
  if (KANA.test(t)) return JA_EDITION.test(t) && JA_ASKED.test(t);
  if (!/\p{Script=Han}/u.test(t)) return EN_ADDRESSED.test(t) && EN_EDITION.test(t) && EN_ASKED.test(t);
  return t.length <= 60 && ZH_OFFER.test(t);
}
