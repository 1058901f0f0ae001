// A headline the page set out over two lines, one right under the other, read as one (河北省政协十二届一次会议开幕 ⏎
// 讲话报告鼓舞人心 委员听完感受深; a kicker's slogans over the main line), and the title's text from its rows: which
// lines are read with a space between them. Split from title-choice.ts, which joins the rows (wrappedTitle).
import type { Row } from './lines.js';
import { isSubtitle, isTopFurniture, namesGenre } from './page.js';
import { isIssuingOffice, isMeetingLine, isNeverTitle, isPartNumber, isSpeakerLine } from './title.js';
import { isJoinedKicker, isKicker, isMainLine } from './title-block.js';
import { isDeck } from './title-deck.js';
import { notATitle } from './title-plausible.js';

/** A line a news headline's deck opens with, a verb of its own: 决定…, 强调…. */
export const DECK_VERB = /^(?:决定|決定|强调|強調|要求|指出|表示|部署|审议|審議)/;

/**
 * A news headline set as two whole lines, one right under the other, the lower one in phrases with a space
 * between them (河北省政协十二届一次会议开幕 ⏎ 讲话报告鼓舞人心 委员听完感受深; a line over a slogan, 凝聚共識
 * 同向發力 …): one headline, read with a space between its lines. A deck in one phrase under a headline
 * (某省出台十条措施稳就业 ⏎ 重点支持高校毕业生等群体) and a second headline (總統接見「…」得獎人) stay apart.
 */
export function twoLineHeadline(rows: Row[], j: number): boolean {
  const a = rows[j];
  const b = rows[j + 1];
  // A line printed twice, one under the other, is one printing of one line, not two lines of a headline.
  if (a?.kind !== 'candidate' || b?.kind !== 'candidate' || a.text === b.text) return false;
  // Blank lines between them (three at most; rows are the head's filled lines, so a gap is blank lines) only for a
  // kicker clause over a main line of two slogans (…激荡干部群众奋斗豪情 ⏎ ⏎ 不负韶华 乘势而上): a page that sets its
  // head's lines apart sets the headline's apart too.
  const gap = b.li - a.li;
  if (gap !== 1 && !(gap <= 4 && sloganMain(a.text, b.text))) return false;
  const line = (r: Row) =>
    r.text.length >= 8 &&
    r.text.length <= 60 &&
    !/[>＞›»|｜/]/.test(r.text) && // a path (星島頭條 > 港聞), no headline
    !isTopFurniture(r.text) &&
    !isIssuingOffice(r.text) &&
    !isSpeakerLine(r.text) &&
    !isMeetingLine(r.text) &&
    !isSubtitle(r.text) &&
    !isNeverTitle(r.text) &&
    // A line that is no title by what it is (an account's name, a masthead: title-plausible.ts) is no half of one.
    notATitle(r.text, '') === null;
  // Two lines alone: no third headline line right above or under them.
  const over = rows[j - 1];
  const under = rows[j + 2];
  if ((over?.kind === 'candidate' && a.li - over.li <= gap && line(over)) || (under?.kind === 'candidate' && under.li - b.li <= gap && line(under)))
    return false;
  // The upper line a whole clause, not a site's label (臺北市政府新聞稿), nor a whole title naming its genre
  // (某县2025年工作要点 ⏎ 主要目标 全县生产总值增长6%: the line under it is the text's).
  const upper = a.text.length >= 10 && !/(?:新闻稿|新聞稿)$/.test(a.text) && !namesGenre(a.text);
  // The lower line's phrases are phrases, not a row of column names (时间 分类 内容).
  // Nor a signature: a date (某县人民政府 2025年1月5日) is no phrase of a headline.
  const phrases = b.text.split(/[ \u3000]+/);
  const phrase = (p: string) => p.length >= 3 && !/\d{4}\s*[-/.年]\s*\d{1,2}/.test(p);
  // Or the upper line a kicker in phrases (念好“山海經” 賡續“山海情”, 站在新起点 瞄准新目标) over a main line
  // that reports what was done (三明市黨政代表團來泉考察): the kicker's slogans and the news, one headline.
  // The slogans are parallel, of one length (不忘初心 牢记使命), a headline's two phrases are not (某某接見某某楷模 盼共同努力);
  // a document's name (某县2024年工作总结) under them is a title of its own.
  const slogans = a.text.split(/[ \u3000]+/);
  const bare = (p: string) => p.replace(/[“”「」『』"]/g, '').length;
  if (
    line(a) &&
    line(b) &&
    slogans.length >= 2 &&
    slogans.every(phrase) &&
    slogans.every((p) => bare(p) === bare(slogans[0]!)) &&
    !namesGenre(b.text) &&
    !slogans.some(isIssuingOffice) &&
    isKicker(a.text) &&
    isMainLine(b.text) &&
    !isDeck(b.text) &&
    !/[ \u3000]/.test(b.text)
  )
    return true;
  // A kicker of three or four short parallel slogans (谈感受 谋发展 绘愿景, 講政治 顧大局 守紀律) over a main line in
  // one phrase, the block closed by its subtitle (——…): one headline. A menu over a headline has no subtitle under it.
  const next = rows[j + 2];
  if (
    line(a) &&
    line(b) &&
    slogans.length >= 3 &&
    slogans.length <= 4 &&
    slogans.every((p) => /^\p{Script=Han}{3,8}$/u.test(p) && p.length === slogans[0]!.length) &&
    next?.kind === 'kept' &&
    isSubtitle(next.text) &&
    next.li - b.li <= 2 &&
    isMainLine(b.text) &&
    !isDeck(b.text) &&
    !namesGenre(b.text) &&
    !/[ \u3000]/.test(b.text)
  ) {
    SPACED_UNDER.add(b); // titleText sees only the title's rows, not the subtitle that closed them
    return true;
  }
  // Nor a deck that reports who chaired or attended (列确主持并讲话 土登才旺等出席): the story's, not its headline's.
  return (
    upper &&
    line(a) &&
    line(b) &&
    phrases.length >= 2 &&
    phrases.every(phrase) &&
    !DECK_VERB.test(b.text) &&
    !phrases.some((p) => ATTENDED.test(p)) &&
    !isMeetingDeck(b.text, a.text) &&
    !isDeck(b.text)
  );
}

/**
 * A kicker clause in one phrase, sixteen characters or more (…重要讲话激荡干部群众奋斗豪情), over a main line of two
 * slogans of one length, four to eight characters each (不负韶华 乘势而上, 凝心聚力 共謀發展): the 引题 and 主题 of one headline.
 */
function sloganMain(upper: string, lower: string): boolean {
  const slogans = lower.split(/[ \u3000]+/);
  return (
    // A kicker sets the scene in a long clause; a short headline over a slogan (某县全面推进乡村振兴工作 ⏎ ⏎ 奋进新时代
    // 建功新征程) is a headline over the site's banner.
    upper.length >= 16 &&
    !/[ \u3000，,。！？!?；;：:]/.test(upper) &&
    slogans.length === 2 &&
    slogans.every((p) => /^\p{Script=Han}{4,8}$/u.test(p) && p.length === slogans[0]!.length)
  );
}

/**
 * A phrase that says what a meeting did, opening with its verb (听取和研究项目建设情况, 部署抓好当前重点工作, 传达学习…精神):
 * a line of them under a meeting's headline is its deck, the story's.
 */
const MEETING_DEED = /^(?:听取|聽取|研究|部署|审议|審議|传达|傳達|安排|讨论|討論|通过|通過|分析|总结|總結|学习|學習|贯彻|貫徹|决定|決定|强调|強調)/;
/**
 * A headline that names a meeting (…常务会议, 縣委召開常委會擴大會議): the line a meeting's deck stands under. Under a
 * column's label or a kicker (评论员文章, 两会精神进基层) a line of such phrases is the headline itself (学习两会精神 贯彻两会部署).
 */
const MEETING_NAMED =
  /会议|會議|常务会|常務會|常委会|常委會|办公会|辦公會|座谈会|座談會|调度会|調度會|推进会|推進會|全会|全會|(?:召开|召開|举行|舉行|主持).{0,20}[会會]/;
export const isMeetingDeck = (text: string, above: string): boolean => {
  if (!MEETING_NAMED.test(above)) return false;
  const phrases = text.trim().split(/[ \u3000]+/);
  return phrases.length >= 2 && phrases.every((p) => p.length >= 4 && MEETING_DEED.test(p));
};

/** A phrase that says who chaired, spoke or attended: …主持并讲话, …等出席, …陪同. */
const ATTENDED = /(?:主持|出席|列席|讲话|講話|致辞|致辭|参加|參加|陪同|会见|會見)(?:会议|會議|活动|活動)?$/;

/** A dash closing a line: ——, ――, —, －－, --. */
export const DASH_END = /(?:—|―|－－|--)$/;

/** Lower lines of a two-line headline judged with rows titleText does not see: read with a space before them. */
const SPACED_UNDER = new WeakSet<Row>();

/** The title's text from its rows: a two-line headline's lines with a space between, a wrapped title's run together. */
export function titleText(rows: Row[]): string {
  let out = '';
  // A part's number is read apart from its title too: 第9章 就政府工作提出的質詢.
  // A line that ends at its dash (…宣传工作—— ⏎ 传递权威声音 …) runs on into the next: no space after the dash.
  for (let k = 0; k < rows.length; k++) {
    const prev = rows[k - 1];
    const spaced =
      prev !== undefined &&
      !DASH_END.test(prev.text) &&
      (SPACED_UNDER.has(rows[k]!) || twoLineHeadline(rows, k - 1) || isPartNumber(prev.text) || isJoinedKicker(prev));
    out += (spaced ? ' ' : '') + rows[k]!.text;
  }
  return out;
}
