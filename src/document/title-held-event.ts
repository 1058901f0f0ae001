// A headline broken between its verb of holding and the event it held: one headline, run together.

/**
 * A headline broken after its verb of holding, its object on the next line (…代表團召開 ⏎ 第一次全體會議, 某局舉行 ⏎
 * 2025年度工作会议): the verb needs the event it held, so the line under it is the headline's rest. A headline that
 * names its event before the verb (…会议在某地召开, 市委常委会召开) is whole.
 */
const HOLD_END = /(?:召开|召開|举行|舉行|举办|舉辦)$/;
const EVENT_LINE = /^[^\s，,。；;：:！!？?]{4,20}(?:会议|會議|大会|大會|座谈会|座談會|仪式|儀式|典礼|典禮|论坛|論壇)$/u;
export const heldEvent = (a: string, b: string): boolean =>
  HOLD_END.test(a) && !/(?:[会會]|[会會]议|[會会]議|在\p{Script=Han}{1,8})(?:召开|召開|举行|舉行|举办|舉辦)$/u.test(a) && EVENT_LINE.test(b);
