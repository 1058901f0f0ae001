// Lines the site's software prints round a title, as classes (issue 26, round 20): a reader skips each for what it is,
// not for its words. A read-aloud widget's text (语音朗读 … 单击按钮 …), a video script's labels glued after a
// headline (【同期】, 【解说】), a forum's edit stamp over a post (本帖最后由 某某 于 2015-4-13 00:37 编辑), a betting
// mirror's spam words put into a headline (皇冠体育:…, …新澳门正版资料免费更新1181…) and a channel's name with the
// page's date in brackets under a headline (央视国际 (2005年03月08日 14:12)). Lexicons are written in one form and
// matched in either script (script-forms.ts); every pattern is anchored or bounded, so it stays linear on a long line.

import { dateAt } from './date-reader.js';
import { anyScriptPattern, oneForm } from './script-forms.js';

/** What a read-aloud widget is about: reading the page aloud (语音朗读, 听全文, 语音播报). */
const READ_ALOUD = anyScriptPattern(/朗读|语音|播报|听全文|收听|听新闻|听文章|读给你听/);
/**
 * A widget's controls and its instructions (单击按钮, 默认不朗读, 再次点击, 取消朗读, 设置朗读按钮): the software's words, a
 * click on its button or a turn of its reading. Not its name (语音播报, 朗读本文): a headline names the thing
 * (语音播报系统在全市公交车上线); the name counts among the widget's pieces. Nor a word a headline shares with the widget
 * (政务大厅设置语音呼叫按钮, 电台暂停播报天气预报, 朗读亭点击量突破十万): a button, a pause or a click that is no click
 * on the reading.
 */
const WIDGET_CONTROL = anyScriptPattern(
  /(?:单击|双击|点击)(?:此?按钮|这里|此处|(?:即可)?(?:朗读|收听|播放))|(?:朗读|播放)按钮|再次(?:单击|双击|点击)|默认不?(?:朗读|播放|开启)|(?:取消|开始|停止|关闭|开启|设置)朗读/,
);
/** A widget's piece alone (播放, 暂停, 1.5x, 00:00): a line of them and a read-aloud word is the widget's toolbar. */
const WIDGET_PIECE = anyScriptPattern(
  /^(?:播放|暂停|继续|停止|重播|语速|音量|倍速|男声|女声|关闭|朗读本文|朗读全文|全文朗读|本文朗读|语音朗读|语音播报|语音阅读|听全文|[\d.]{1,4}[xX倍]|\d{1,2}:\d{2}(?:\/\d{1,2}:\d{2})?|[\u25B6\u23F8\u23F9\u25A0]+)$/,
);

/**
 * A read-aloud widget's line (语音朗读,设置朗读按钮,默认不 ⏎ 朗读,老年人用户单击按钮即可对当前 ⏎ …取消朗读。; 听全文 播放
 * 1.0x): it names reading aloud and a control of the widget, and it is short, as a widget's box wraps it. A headline
 * about a reading campaign (全民朗读活动启动) names no control; one sentence of news ends on its 。 past 40 characters.
 */
export function isReadAloudWidget(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > 40) return false;
  // A line of pairs naming the widget among its keys (刊发日期:2020-05-18 作者: 语音阅读:) is read for its pairs.
  if (/[:：]\s*\S/.test(t)) return false;
  const f = oneForm(t);
  if (!READ_ALOUD.test(f) && !/^(?:朗读|读)/.test(f)) {
    return false;
  }
  if (WIDGET_CONTROL.test(f)) return true;
  const pieces = f.split(/[\s\u3000,，|｜、/]+/).filter((p) => p !== '');
  // A toolbar: short names of the reading and a control of it (播放, 暂停, 语速, 1.0x). A headline of two phrases naming
  // reading (第二届朗读大赛启幕 百名选手同台朗读, 全民朗读 语音播报进社区) has no control piece.
  return (
    pieces.length >= 2 &&
    pieces.some((p) => READ_ALOUD.test(p)) &&
    pieces.some((p) => WIDGET_PIECE.test(p) && !READ_ALOUD.test(p)) &&
    pieces.every((p) => WIDGET_PIECE.test(p) || (READ_ALOUD.test(p) && p.length <= 6))
  );
}

/**
 * A video script's label in square brackets (【同期】, 【解说】, 【现场声】, 【画外音】, [字幕]): a clip's transcript
 * prints them before its lines; after a headline it is the transcript glued on, never the headline's own (a page's own
 * tag, 【视频】, 【专题】 or 【现场】, is no script label: 全国两会【现场】李强作政府工作报告 is one headline).
 */
const SCRIPT_LABEL = anyScriptPattern(
  /[【[［〖]\s*(?:现场同期|同期声|同期|解说词|解说|现场声|现场音|画外音|旁白|字幕|导语|口播|出镜|记者出镜|配音|演播室|空镜|片头|片尾|音乐|采访|主持人|记者|画面|标版|串场)\s*[】\]］〗]/,
);

/** Where a video script's label starts after a headline on its line (…全文來了! 【同期】香港特區…), or -1. */
export function scriptLabelAt(text: string): number {
  if (!text.includes('【') && !text.includes('[') && !text.includes('［') && !text.includes('〖')) return -1;
  const m = SCRIPT_LABEL.exec(oneForm(text));
  return m ? m.index : -1;
}

const STAMP_DATE = String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
/**
 * A forum's stamp of an edit over a post, the editor's name and the edit's day and time: 本帖最后由 某某 于 2015-4-13 00:37
 * 编辑, 本帖最後由 某某 於 … 編輯, 此帖于 … 被 某某 编辑, 某某 最后编辑于 …, Last edited by … on …. The forum's line, not
 * the post's: its name is no title, its date no page's date. A bare 编辑于 2023-03-05 10:20 is no forum's: a blog's or an
 * answer site's stamp of the post itself, the page's date.
 */
const EDIT_STAMP = anyScriptPattern(
  new RegExp(
    String.raw`^(?:本帖最后由\s*[^\s于]{1,30}\s*于\s*${STAMP_DATE}\s*编辑|此帖[于由]\s*${STAMP_DATE}\s*被\s*[^\s]{1,30}\s*(?:重新)?编辑(?:过)?|(?:[^\s]{1,30}\s*)?最后编辑于\s*[:：]?\s*${STAMP_DATE}|(?:本帖|此帖|本文最后)(?:最后)?(?:编辑|修改)于\s*[:：]?\s*${STAMP_DATE}\s*(?:由\s*[^\s]{1,30}\s*编辑)?|Last edited by\s+\S{1,30}\s+(?:on\s+)?${STAMP_DATE})`,
    'i',
  ),
);

/**
 * The length of a forum's edit stamp at a line's start and the markup or spaces a scraper left after it
 * (本帖最后由 某某 于 2015-4-13 00:37 编辑 <br /><br />…), or 0. What follows on the line is the post.
 */
export function editStampEnd(line: string): number {
  if (line.length < 6) return 0;
  const head = line.slice(0, 120);
  const m = EDIT_STAMP.exec(oneForm(head));
  if (!m) return 0;
  let end = m[0].length;
  const after = /^(?:\s|<br\s*\/?>|&nbsp;)*/i.exec(line.slice(end, end + 200));
  end += after?.[0].length ?? 0;
  return end;
}

/**
 * A betting site's brand before its kind (皇冠体育, 365bet娱乐, 亚博彩票): a mirror's spam puts one before a headline
 * or in a breadcrumb. The brand alone is a word of other things (皇冠, 星空); with a betting kind after it, it is the
 * site's. Macau and Hong Kong are no brand (澳门体育 is a city's sport), nor a listed casino company a paper reports on
 * (银河娱乐, 金沙中国, 永利澳门: real headlines name them), nor 半岛, a Qingdao paper's name (半岛体育 青岛市…).
 */
const BET_BRAND =
  '(?:皇冠|亚博|开云|乐鱼|九游|米乐|华体会|必威|威廉希尔|立博|太阳城|星空|爱游戏|雷竞技|沙巴|凯发|尊龙|龙8|乐天堂|博天堂|金博宝|天博|火狐|云顶|鸿运|大发|万博|明升|伟德|博狗|\\d{2,3}(?:bet|BET)?|(?:bet|BET)\\d{2,3})';
const BET_KIND = '(?:体育|娱乐|彩票|棋牌|真人|电竞|博彩|网投|投注|赌场|足彩|彩经)';
const BET_LEAD = anyScriptPattern(new RegExp(`^${BET_BRAND}\\s?${BET_KIND}\\s?(?:[:：|｜]\\s*|[\\s\\u3000]+)`, 'u'));

/** Where a headline starts after a betting site's name glued before it (皇冠体育:工作报告, 188体育 某县…), or 0. */
export function betLead(text: string): number {
  const m = BET_LEAD.exec(oneForm(text.slice(0, 40)));
  return m ? m[0].length : 0;
}

/**
 * A lottery spam run a mirror pushes into a headline (新澳门正版资料免费更新1181, 香港六合彩开奖结果今晚, 管家婆一肖一码
 * 资料大全): a lottery's place or name, then the lottery's words and numbers, three pieces at least. A headline about
 * Macau (澳门特区政府…) or its lottery law (澳门博彩法修订…) has no run of them after the name.
 */
const LOTTERY_HEAD = anyScriptPattern(/(?:新澳门|澳门|新澳|香港|澳彩|港彩|管家婆|王中王|白小姐|六合彩|天天彩|二四六|246)/g);
const LOTTERY_PIECE = anyScriptPattern(
  /(?:正版|资料|免费|更新|开奖|结果|记录|大全|精准|最准|内部|今晚|今期|一码|一肖|必中|特马|生肖|彩票|全年|历史|网站|官方|六合彩|天天彩|精选|四不像|彩图|挂牌|跑狗图|[\d]{1,8}|期|码|准)/y,
);

/**
 * A word only a lottery's spam says (正版, 开奖, 一肖, 六合彩) or a lottery's own name (新澳门, 管家婆): one must be in the
 * run. A city and words of any notice (澳门历史资料免费向公众开放, 香港官方网站更新施政报告全文) are no lottery.
 */
const LOTTERY_OWN = anyScriptPattern(
  /^(?:新澳门|新澳|澳彩|港彩|管家婆|王中王|白小姐|六合彩|天天彩|正版|开奖|一码|一肖|必中|特马|四不像|彩图|挂牌|跑狗图|彩票)$/,
);

/** The lottery spam runs inside a title, as [start, end) spans, in order. */
function lotterySpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (text.length > 2000) return out;
  const f = oneForm(text);
  LOTTERY_HEAD.lastIndex = 0;
  for (let m = LOTTERY_HEAD.exec(f); m; m = LOTTERY_HEAD.exec(f)) {
    let at = m.index + m[0].length;
    let pieces = 0;
    let words = 0;
    let lottery = LOTTERY_OWN.test(m[0]);
    for (;;) {
      LOTTERY_PIECE.lastIndex = at;
      const p = LOTTERY_PIECE.exec(f);
      if (!p) break;
      pieces++;
      if (!/^\d/.test(p[0])) words++;
      if (LOTTERY_OWN.test(p[0])) lottery = true;
      at += p[0].length;
    }
    if (pieces >= 3 && words >= 2 && lottery) {
      out.push([m.index, at]);
      LOTTERY_HEAD.lastIndex = at;
    }
  }
  return out;
}

/** A title with the lottery spam runs a mirror pushed into it taken out: 新疆“两会新澳门正版资料免费更新1181”:… → 新疆“两会”:…. */
export function withoutLotterySpam(title: string): string {
  const spans = lotterySpans(title);
  if (spans.length === 0) return title;
  let out = '';
  let from = 0;
  for (const [a, b] of spans) {
    out += title.slice(from, a);
    from = b;
  }
  out += title.slice(from);
  // What is left must still be a headline: a line of spam alone is left to the spam rules.
  return out.replace(/\p{P}|\s/gu, '').length >= 4 ? out.trim() : title;
}

/**
 * A channel's or an outlet's name with the page's date in brackets after it, alone on its line under a headline
 * (央视国际 (2005年03月08日 14:12), 新华网（2024-03-05 10:12）): the page's date; the name is the site's, no source
 * the page states. The date in brackets is the whole bracket.
 */
export function outletDate(line: string): string | null {
  const t = line.trim();
  if (t.length > 48) return null;
  // The name an outlet's (…网, …国际, …社, …台, …报, …频道, CCTV.com), not a title with its day (政府工作报告（2024年1月10日）
  // under a site's name: the page's headline).
  const m =
    /^((?:[\p{Script=Han}A-Za-z.·]{1,10}(?:网|網|国际|國際|社|台|报|報|频道|頻道|新闻|新聞|在线|在線))|[A-Za-z][A-Za-z.]{1,14})[ \u3000]*[(（][ \u3000]*/u.exec(
      t,
    );
  if (!m || !/[)）]$/.test(t)) return null;
  const d = dateAt(t, m[0].length);
  if (!d || !/^[ \u3000]*[)）]$/.test(t.slice(d.end))) return null;
  return d.value;
}
