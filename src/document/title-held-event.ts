/** A verb of holding at a line's end; an event's name alone on a line. */
const HOLD_END = /(?:召开|召開|举行|舉行|举办|舉辦)$/;
const EVENT_LINE = /^[^\s，,。；;：:！!？?]{4,20}(?:会议|會議|大会|大會|座谈会|座談會|仪式|儀式|典礼|典禮|论坛|論壇)$/u;
/**
 * What before the verb makes the headline whole: the event it names (…会议召开, …开幕式举行, …活动举办, …论坛举行), its
 * place (…在贵阳召开) or an adverb of how or when (…隆重召开, …近日举行).
 */
const WHOLE_BEFORE =
  /(?:[会會议議式礼禮坛壇赛賽节節展动動班仪儀]|在\p{Script=Han}{1,8}|隆重|顺利|順利|正式|胜利|勝利|盛大|如期|今日|今天|昨日|昨天|日前|近日)(?:召开|召開|举行|舉行|举办|舉辦)$/u;
/**
 * A headline broken after its verb of holding, its object on the next line (…代表團召開 ⏎ 第一次全體會議, 某局舉行 ⏎
 * 2025年度工作会议): the verb needs the event it held, so the line under it is the headline's rest. A headline that
 * names its event before the verb (…会议在某地召开, 市委常委会召开) is whole.
 */
export const heldEvent = (a: string, b: string): boolean => HOLD_END.test(a) && !WHOLE_BEFORE.test(a) && EVENT_LINE.test(b);
