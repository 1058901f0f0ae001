/**
 * Lines round a page's headline that name a person or the site, not the page (round 21, theme C):
 * - a photo's caption naming a person and what they do on the picture (王某讲话, 王某在会上致辞): the report under
 *   it names the person again; a speech's own page titled so (某某讲话) is the speech and does not name its speaker;
 * - a speaker's line, a post and then a name (市长李某, 市長(zhǎng) 李某, 县委副书记 王某): whoever speaks is no headline;
 * - a 范文 site's series label before the title (第1篇 某某工作报告) and a copy site's source tag after it
 *   (…新气象--选自某某日报, …掌声 转自81.china.com): the site's words round the title, taken off it.
 */
import { isNameAlone } from './bylines.js';
import { namesGenre, withoutPinyin } from './page.js';

// What a person does on a photo of an occasion: speaks, presides, reports, visits (a caption's verb, with nothing after it).
const CAPTION_ACT =
  '(?:(?:作|做)?(?:重要)?(?:讲话|講話)|致辞|致辭|(?:作)?(?:发言|發言)|(?:作)?(?:工作)?(?:报告|報告)|主持(?:会议|會議)?|(?:讲|講)(?:党课|黨課|课|課)|宣讲|宣講|(?:调研|調研)|(?:汇报|匯報)|(?:作)?(?:说明|說明)|(?:答记者问|答記者問)|(?:接受)?(?:采访|採訪)|(?:作)?(?:总结|總結)(?:讲话|講話)?)';
// The name, optionally a place any occasion has (在会上, 在座谈会上, 在開幕式上: a headline names which meeting, 王某在
// 全市招商大会上讲话), then the act: 王某讲话, 王某 在会上致辞.
const CAPTION = new RegExp(
  `^(\\p{Script=Han}{2,4}?)[ \\u3000]?(?:在(?:会上|會上|会议上|會議上|座谈会上|座談會上|活动上|活動上|仪式上|儀式上|开幕式上|開幕式上|现场|現場)[ \\u3000]?)?${CAPTION_ACT}$`,
  'u',
);

/**
 * Whether `t` is a photo's caption naming a person and an act (王某講話) over a text that names the person again.
 * A page whose title names a speech (某某讲话) and carries the speech does not name its speaker in the speech.
 */
export function isPersonCaption(t: string, body: string): boolean {
  const s = t.trim();
  if (s.length > 24) return false;
  const m = CAPTION.exec(s);
  return m !== null && isNameAlone(m[1]!) && body.includes(m[1]!);
}

// A post a speaker's line gives (市长, 省長, 县委副书记, 常务副主任, 代理市长): the last word of the post, before the name.
const POST_END =
  '(?:[省市县縣区區州镇鎮乡鄉旗]长|[省市县縣区區州镇鎮乡鄉旗]長|主席|书记|書記|主任|总理|總理|部长|部長|秘书长|秘書長|院长|院長|检察长|檢察長|局长|局長|厅长|廳長)';
// Who the post is of, when the line says: a place and a body (省人大常委会, 县委, 市人民政府), an acting or deputy post.
const POST_OF =
  '(?:\\p{Script=Han}{0,12}?(?:人民政府|政府|人大常委会|人大常委會|常委会|常委會|人大|政协|政協|委员会|委員會|党委|黨委|党组|黨組|纪委|紀委|[省市县縣区區州旗]委|[省市县縣区區州旗]))?(?:常务|常務|代理|代)?副?';
const SPEAKER = new RegExp(`^${POST_OF}${POST_END}[ \\u3000]*(\\p{Script=Han}{2,4})$`, 'u');

/**
 * Whether `t` is a speaker's line: a post, then a name and nothing else (市长李某, 市長(zhǎng) 李某, 省人大常委会副主任
 * 王某某), over a text that does not name the person: a speech's. A headline about the person (专访县委书记王某, 致敬老
 * 书记张某) has its story name them again.
 */
export function isPostThenName(t: string, body: string): boolean {
  const s = withoutPinyin(t.trim());
  if (s.length > 32) return false;
  const m = SPEAKER.exec(s);
  return m !== null && isNameAlone(m[1]!) && !body.includes(m[1]!);
}

// A 范文 site's number of one of its texts (第1篇, 第2篇：), set before each text's title (the space after it may be
// gone: a layout's spaces are taken out of a title before).
const SERIES_LABEL = /^第\s?\d{1,2}\s?篇[ \u3000:：]*/;
// A copy site's note of where it took the text from, after the title (--选自山西日报, 转自81.china.com): an outlet or a
// site; a book a title quotes from (读书笔记 摘自《平凡的世界》) is the title's.
const SOURCE_TAG = /(?:[ \u3000]*(?:--|——|－－|-|—)[ \u3000]*|[ \u3000]+)(?:选自|選自|转自|轉自|摘自|转载自|轉載自)(?!《)[^\s，,。]{2,24}$/;

/**
 * `title` without the site's words round it: a 范文 site's series label before a document's name (第1篇 某区人大常委会
 * 工作报告: a book's part, 第一篇 总则, names no document and keeps it), a copy site's source tag after it.
 */
export function withoutSiteTags(title: string): string {
  let t = title;
  const label = SERIES_LABEL.exec(t);
  if (label && namesGenre(t.slice(label[0].length))) t = t.slice(label[0].length);
  if (t.length <= 120) {
    const tag = SOURCE_TAG.exec(t);
    if (tag && tag.index >= 6) t = t.slice(0, tag.index);
  }
  return t;
}

// A photo's caption whose credit names its maker by the role (…开幕式。本报记者张某李某摄, …会场。 新华社记者 某某 摄):
// the role says it is a credit, however the names are glued; the caption before it is a sentence or set apart by a space.
const LABELLED_CREDIT =
  /(?:[。！？!?][ \u3000]*|[ \u3000]+)(?:本报|本報|新华社|新華社)?(?:摄影记者|攝影記者|记者|記者|通讯员|通訊員)[ \u3000]?[\p{Script=Han}·]{2,12}(?:[ \u3000]?[、，,][ \u3000]?[\p{Script=Han}·]{2,4}){0,3}[ \u3000]?(?:攝影|摄影|攝|摄)$/u;
/** Whether `t` is a photo's caption ending in a credit by the maker's role: the picture's, over the page's headline. */
export function isLabelledCreditCaption(t: string): boolean {
  const s = t.trim();
  if (s.length > 200 || !/[攝摄]影?$/.test(s)) return false;
  const from = Math.max(0, s.length - 40);
  const m = LABELLED_CREDIT.exec(s.slice(from));
  return m !== null && (s.slice(0, from + m.index).match(/\p{Script=Han}/gu)?.length ?? 0) >= 4;
}

// A paper's news stamp opening its story, its outlets joined by slashes (某某日报/某某观/某报网讯 今天上午…): who reports,
// a dateline the grammar of bylines.ts does not read (it reads one outlet), never a headline.
const OUTLET_STAMP = /^[\p{Script=Han}A-Za-z·/／、]{2,40}(?:网讯|網訊|报讯|報訊|台讯|臺訊|社讯|社訊)$/u;
export const isOutletStamp = (t: string): boolean => t.length <= 42 && OUTLET_STAMP.test(t.trim());
