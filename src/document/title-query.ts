// A copy site's search phrase put before the headline it copied, joined by an underscore (十三届人大常委会几次会议_
// 省十三届人大常委会第十四次会议开幕): the phrase is a query the site ranks for, not the headline's words.

/**
 * Words a search asks with: how many (几次, 几届: 几 alone is in 几内亚 and 茶几), what, how, which, whether (both
 * scripts). An open kind: a question's words; the what and how of 'shenme' and 'zenme' are left out, their
 * Traditional character being one script-forms.ts cannot map one way.
 */
const QUERY_WORD = /[几幾](?:次|个|個|年|月|号|號|天|点|點|届|屆|位|种|種|时|時|岁|歲|人|名)|多少|如何|哪些|哪个|哪個|哪里|哪裡|是否|吗|嗎/;
/** A site's own name after the underscore (…_人民网, …_某某县人民政府门户网站): then the phrase before it is the title. */
const SITE_END = /(?:网|網|网站|網站|官网|官網|频道|頻道|平台|门户|門戶|报|報|社|台)$/;

/**
 * How many characters of `text` a search phrase and its underscore take before the headline, or 0. The phrase asks a
 * question with no sentence mark, shorter than the headline after it, which is no site's name. Bounded: the phrase
 * is 30 characters at most, so a long line is read in its first few dozen.
 */
export function queryLead(text: string): number {
  const m = /^([^_\s。！？!?，,；;：:]{4,30})_\s*/u.exec(text.slice(0, 40));
  if (!m) return 0;
  const phrase = m[1]!;
  const rest = text.slice(m[0].length);
  if (!QUERY_WORD.test(phrase) || rest.length <= phrase.length || rest.includes('_') || SITE_END.test(rest.trim())) return 0;
  return m[0].length;
}
