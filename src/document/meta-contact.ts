// A press release's contact at its foot: who to call about it and at what number, two lines together (新聞稿聯絡人─范瑞耘 ⏎
// 聯絡電話─5532220轉3912; 聯絡人:台中市政府民政局 黃先生 ⏎ 聯絡電話:04-22289111 分機29117). The pair of lines is the
// release's, not the site's footer: a footer gives a phone among an address and a licence, never a named person over it.
// The key is set off by a colon or by a long dash, as such feet print either (a dash after a headline's words, ——在…会议上,
// is no key's: the key here must name a contact). Each value is of its key's kind: a person (a name, an office and a
// name) or a phone number.

import type { MetaEntry } from './model.js';

/** A contact person's key: (新聞稿)聯絡人, 联系人, 承办人, 发言人, both scripts. */
const PERSON_KEY = /^\p{Script=Han}{0,5}(?:联络人|聯絡人|连络人|連絡人|联系人|聯繫人|聯系人|承办人|承辦人|发言人|發言人)$/u;
/** A contact phone's key: 聯絡電話, 联系电话, 电话, 諮詢專線. */
const PHONE_KEY = /^\p{Script=Han}{0,5}(?:电话|電話|专线|專線|手机|手機)$/u;
/** A key, its mark (a colon, a long dash, a box-drawing line), the value. */
const PAIR = /^(\p{Script=Han}{2,10})[ \u3000]{0,2}(?:[:：]|[─━—－]{1,2}|-{2})[ \u3000]{0,2}(\S.{0,40})$/u;
/** A person: a name, or an office and a name or a title (台中市政府民政局 黃先生), no sentence's marks. */
const PERSON = /^[\p{Script=Han}A-Za-z·．. \u3000]{2,30}$/u;
/** A phone: digits with the marks a number takes, an extension after it (轉3912, 分機29117, ext. 12). */
const PHONE = /^[(（]?\d[\d\- ()（）]{4,20}(?:[ \u3000]{0,2}(?:转|轉|分机|分機|ext\.?|#)[ \u3000]{0,2}\d{1,6})?$/iu;

/** A contact line: its pair and whether it names the person or the phone, or null. */
function contactLine(line: string): { pair: MetaEntry; person: boolean } | null {
  const t = line.trim();
  if (t.length > 60) return null;
  const m = PAIR.exec(t);
  if (!m) return null;
  const key = m[1]!;
  const value = m[2]!.trim();
  if (PERSON_KEY.test(key) && PERSON.test(value)) return { pair: { key, value }, person: true };
  if (PHONE_KEY.test(key) && PHONE.test(value)) return { pair: { key, value }, person: false };
  return null;
}

/**
 * A contact line at the end of `texts` (the lines with text, top-down), or its key alone over its value (聯絡人: ⏎ 黃先生):
 * the line read and how many lines it took, or null.
 */
function contactAtEnd(texts: string[]): { line: { pair: MetaEntry; person: boolean }; used: number } | null {
  const one = texts.length >= 1 ? contactLine(texts.at(-1)!) : null;
  if (one) return { line: one, used: 1 };
  const key = texts.length >= 2 ? texts.at(-2)!.trim() : '';
  const two = KEY_ALONE.test(key) ? contactLine(key + texts.at(-1)!.trim()) : null;
  return two ? { line: two, used: 2 } : null;
}

/**
 * A person's contact over a phone's ending at the last of `texts` (the lines with text, top-down, a few), each on its
 * line or its key over its value, and `below` (the line under them) no site footer's: the pairs and how many lines they took.
 */
export function contactBlock(texts: string[], below = ''): { pairs: MetaEntry[]; used: number } | null {
  const low = contactAtEnd(texts);
  if (!low || low.line.person) return null;
  const high = contactAtEnd(texts.slice(0, texts.length - low.used));
  if (!high?.line.person) return null;
  const used = low.used + high.used;
  const over = texts.length > used ? texts[texts.length - used - 1]! : '';
  return [over, below].some((t) => FOOTER_LINE.test(t.trim())) ? null : { pairs: [high.line.pair, low.line.pair], used };
}

/** A key alone on its line, its value on the next (聯絡人: ⏎ 黃先生). */
const KEY_ALONE = /^\p{Script=Han}{2,10}[ \u3000]{0,2}(?:[:：]|[─━—－]{1,2}|-{2})$/u;

/** A site footer's line: an address, a fax, a mailbox, a licence, a copyright (地址：…, 传真：…, ©…). */
const FOOTER_LINE =
  /^(?:地址|地點|网址|網址|邮编|郵編|郵遞區號|(?:电子)?邮箱|(?:電子)?郵箱|(?:电子|電子)信箱|传真|傳真|E-?mail|QQ|微信|备案|備案|版权|版權|Copyright|©)/i;
