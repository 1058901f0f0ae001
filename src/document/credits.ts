// A news page's credit block: where the text came from, when it was posted, who reported, wrote, edited,
// checked or shot it (2021/12/14/ 15:58 来源:新甘肃 记者 张文博, (2024/12/20 22:12:40) 来源:… 打印本页,
// 责任编辑：王某 审核：李某, 【編輯：…】). It is metadata wherever the page prints it: on a line under the
// headline, glued after the headline, on a line of its own inside the text, at the foot before the site's
// comment, share and copyright lines. A role may go without its colon (记者 张文博) once a keyed credit stands
// on the line; a byline inside the text ((本报记者 …), 本报讯（记者 …）) is the text's, no pair (bylines.ts).
// Lines are short: one over 160 characters is none, so every pattern here runs on a bounded string.

import { gluedNames, isNameAlone, ownLineBylines } from './bylines.js';
import { CREDIT_MARK, CREDIT_MARK_WORD, DESK_ROLE, FIELD_ROLE, REPORTER_ROLE, ROLE_WORD } from './credit-roles.js';
import { startsWithMarker } from './markers.js';
import { DATE, metaPairs } from './meta.js';
import { PIECE_END, PIECE_GAP, SEPARATOR_BARS } from './meta-card.js';
import { CLOCK } from './meta-forms.js';
import { COUNT_KEY, COUNT_WORD, isCount, TOOLBAR_KEY } from './meta-kinds.js';
import type { MetaEntry } from './model.js';
import { isFurniture, withoutPinyin } from './page.js';
import { cleanTitle, looksLikeTitle } from './title.js';

// The credit grammar, one for every printing (round 16): a credit is a ROLE (any of the roles below, in both
// scripts, or several joined by / or 、 as in 采写/摄影), a MARK (a colon, a space, or none: 记者姚强), one or more
// NAMES (joined by 、 or spaces, or glued to the next credit's role: 记者：姚强编辑：章虹), and perhaps the OUTLET in
// brackets after them (记者 张婧怡 (大理日报)). A line of credits is credits and nothing else, set apart by spaces
// or bars, a forum's anti-copy junk (/ T6 z) r* \) perhaps before the first. Without a colon the names must read
// as names (surnames, bylines.ts), so 作者简介 or 审核通过 is never a credit.

/** Roles joined: 采写/摄影, 文字、摄影 is one credit of both. */
const ROLE = `(?:${ROLE_WORD}(?:[/／、]${ROLE_WORD}){0,3})`;
/** Where it came from. */
const ORIGIN = '(?:(?:信息|新闻|新聞|稿件|文章|本文|内容|內容|资料|資料)?(?:来源|來源))';
/** When it was posted. */
const WHEN = '(?:(?:发布|發布|發佈|发稿|發稿|更新|发表|發表)(?:时间|時間|日期)|日期|时间|時間)';

/** A credit's key, both scripts. */
export const CREDIT_KEY = new RegExp(`^(?:${ROLE}|${ORIGIN}|${WHEN})$`, 'u');
/** A key a news page's foot prints: a credit's, or a counter's (浏览次数). */
export const isFootKey = (key: string): boolean => CREDIT_KEY.test(key) || COUNT_KEY.test(key);
const ROLE_KEY = new RegExp(`^${ROLE}$`, 'u');
/** A role's key (记者, 本报记者, 指導老師, 编辑): someone who made the text, no source and no day. */
export const isRoleKey = (key: string): boolean => ROLE_KEY.test(key);
/** A reporter's role (记者, 本报记者, 全媒體記者). */
const REPORTER = /(?:记者|記者)$/;
const WHEN_KEY = new RegExp(`^${WHEN}$`);
const ORIGIN_KEY = new RegExp(`^${ORIGIN}$`);
/** The editing desk's roles: a line of nothing else inside a text is the page's credit, never a sentence of the report. */
const EDITOR_KEY = new RegExp(`^${DESK_ROLE}$`);

const MAX = 160;
/** A date and its time as a credit line prints it; a slash may trail the day (2021/12/14/ 15:58). */
const STAMP = new RegExp(`(?:${DATE})[/.]?(?:\\s{0,3}${CLOCK})?(?:\\s{1,3}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?(?![A-Za-z]))?`, 'uy'); // and an English weekday
/** A role and its colon (the MARK), or a source's or a time's key and its colon. */
const ROLE_MARKED = new RegExp(`(${ROLE})\\s{0,3}[:：]\\s{0,3}`, 'uy');
const KEYED = /(\p{Script=Han}{2,6})\s{0,3}[:：]\s{0,3}/uy;
/** A role written without its colon, then a space. */
const BARE_ROLE = new RegExp(`(${ROLE})[ \\u3000]{1,3}(?=[\\p{Script=Han}A-Za-z])`, 'uy');
/** A role with its names glued on (记者姚强, 编审钟俊怡周密); 作者 is no such role, as 作者简介 heads a note. */
const GLUED_ROLE = new RegExp(`(?!作者)(${ROLE})(?=\\p{Script=Han})`, 'uy');
/** A person's name (two to four characters, a dot inside for a transcribed one), or a Latin user name (admin). */
const NAME = new RegExp(
  `(?:[\\p{Script=Han}·]{2,4}?(?:[、，,][\\p{Script=Han}·]{2,4})*|[A-Za-z][\\w.-]{0,19}|\\p{Script=Han}[ \\u3000]{1,4}\\p{Script=Han})${PIECE_END}`,
  'uy',
); // the last a name of two spaced out to the width of three (林　立)
/** Names listed after their role with no mark between (记者贾政、魏丽娜、章程): each read by nameList. */
const GLUED_LIST = new RegExp(`[\\p{Script=Han}·]{2,4}(?:[、，,][\\p{Script=Han}·]{2,4}){1,40}${PIECE_END}`, 'uy');
/** Names glued after their role with no mark between (编审钟俊怡周密): cut into names by gluedNames. */
const GLUED_NAMES = new RegExp(`\\p{Script=Han}{2,15}${PIECE_END}`, 'uy');
/** A value of one word: a source's name, a user name. */
const WORD = new RegExp(`[^\\s\\u3000${SEPARATOR_BARS}:：]{1,30}?${PIECE_END}`, 'uy');
/** The outlet in brackets after a credit's names (记者 张婧怡 (大理日报)): kept in the value, as printed. */
const OUTLET =
  /[ \u3000]{0,3}[(（][ \u3000]{0,2}\p{Script=Han}{2,12}?(?:日报|日報|晚报|晚報|时报|時報|报|報|网|網|台|臺|社|中心|杂志|雜誌)[ \u3000]{0,2}[)）]/uy;
/** A forum's anti-copy junk before a line's first credit (/ T6 z) y6 w. h6 f( r* \记者 …): ASCII with no word of it, left out. */
const JUNK = new RegExp(`^(?:[!-~\\uff01-\\uff5e]{1,3}[ ]){2,12}[!-~\\uff01-\\uff5e]{0,3}(?=${ROLE})`, 'u'); // full-width forms too
/** A count as a counter prints it, in brackets or not, in tens of thousands or not (356, (356), 10万+, 1.2k, 21 次). */
const COUNT_PRINTED = '[(（]?\\s{0,2}\\d[\\d,.]{0,11}\\s{0,2}(?:万|萬|千|[wWkK])?\\s{0,2}次?\\+?\\s{0,2}[)）]?';
/**
 * A counter and its count among the credits (点击 (1024), 浏览次数：543次, 本文共阅读 1161 次): a pair as metaPairs keys it
 * (COUNT_KEY), the value as printed, but for the brackets round it.
 */
const COUNTER = new RegExp(`(\\p{Script=Han}{0,5}?${COUNT_WORD}\\p{Script=Han}{0,2})\\s{0,3}([:：]?)\\s{0,3}(${COUNT_PRINTED})${PIECE_END}`, 'uy');
/**
 * A comment box's or a like button's counter (评论(12), 回應 (0), 在看 123, 点赞 5): the site's, as its comment box's
 * 评论 0人参与 is (README, 710), passed over among the credits, so it neither breaks the line nor joins a value.
 */
const SOCIAL = new RegExp(
  `(?:评论|評論|回应|回應|回复|回覆|引用|点赞|點贊|點讚|在看|转发|轉發|收藏|分享|喜欢|喜歡|赞|讚|顶|頂|踩)\\s{0,3}(?:${COUNT_PRINTED})${PIECE_END}`,
  'uy',
);
/** The count glued before its counter's word (5446阅读, 21次浏览). */
const COUNT_FIRST = new RegExp(`(\\d{1,9}(?:\\s?次)?)\\s?(${COUNT_WORD})${PIECE_END}`, 'uy');
/** A byline's verb glued before the next credit's key (记者 孔然 报道来源:某某新闻): the byline ends there. */
const VERB_THEN_KEY = new RegExp(`(?:报道|報導|报导|報道)(?=(?:${ROLE}|${ORIGIN}|${WHEN})\\s{0,3}[:：])`, 'uy');
/** A note closing the line on where the pictures came from ((部分图片由受访者提供), （图片由某局提供）): the pictures', no name. */
const COURTESY = /[(（][^()（）]{2,24}?(?:提供|供图|供圖)[)）]\s*$/u;
/** A writer's or photographer's mark before a reporter's role (文/本报记者, 图／某报记者): the role says who; the mark is left out. Roles joined by a slash (撰文/摄影) are one key. */
const MARKED_ROLE = new RegExp(`(?<=^|[\\s\\u3000${SEPARATOR_BARS}])${CREDIT_MARK}(?=${REPORTER_ROLE})`, 'gu');
/** A mirror's ?? for a wide space it could not write (新華社記者??張曉松??林??立): a space to the grammar, kept in a value. */
const LOST_SPACE = /(?<=\p{Script=Han})\?\?(?=\p{Script=Han})/gu;
const blanked = (m: string): string => ' '.repeat(m.length);
/** A converter's pinyin after a character of a key (本報(bào)記者, 來(lái)源:), the key's end a few characters on. */
const KEY_PINYIN = /(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）](?=\p{Script=Han}{0,4}(?:[ \u3000]{0,2}[:：]|记者|記者))/gu; // a space before the colon too: 責(zé)任編輯 :
/** Names listed after a role (贾政、魏丽娜、章程、申卉): most read as names (a rarer surname among them is still one). */
function nameList(run: string): boolean {
  const names = run.split(/[、，,]/);
  return names.filter((n) => isNameAlone(n)).length * 3 >= names.length * 2;
}

/** The day glued after a source's name by 于 (来源: 某报/某网 于2020-07-13 9:54:15): the page's date. */
const AT_DAY = /[ \u3000]{0,3}[于於][ \u3000]{0,2}(?=\d)/uy;
/** A site's disclaimer among the credits (提示:新闻观点不代表本网立场, 声明：本文仅代表作者观点): the site's, passed over. */
const DISCLAIMER = new RegExp(
  `\\p{Script=Han}{0,4}[:：]?[ \\u3000]{0,2}[^\\s\\u3000|｜]{0,30}?(?:不代表|仅代表|僅代表)[^\\s\\u3000|｜]{0,20}?(?:立场|立場|观点|觀點)${PIECE_END}`,
  'uy',
);

/** What sets the pieces apart: the separators of a line of pairs (meta-card.ts). */
const GAP = new RegExp(PIECE_GAP, 'y');
const BAR_OR_SPACE = new RegExp(`[\\s\\u3000${SEPARATOR_BARS}]`);

const at = (re: RegExp, s: string, i: number): RegExpExecArray | null => {
  re.lastIndex = i;
  return re.exec(s);
};

/**
 * Brackets round a piece of the line ((2024/12/20 22:12:40), 【来源：…】) set it apart; a round bracket opened
 * inside a word (聞雷人才網(wǎng), 新华社（北京）) stays, and so does its closing one.
 */
function unbracket(line: string): string {
  const open: boolean[] = []; // per round bracket still open: was it a piece's own (set apart)?
  let out = '';
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if ('【】〔〕[]'.includes(c)) out += ' ';
    else if (c === '(' || c === '（') {
      const apart = k === 0 || /[\s\u3000]/.test(line[k - 1]!);
      open.push(apart);
      out += apart ? ' ' : c;
    } else if (c === ')' || c === '）') out += open.pop() ? ' ' : c;
    else out += c;
  }
  return out;
}

/** An opening bracket right before a role (… (記者 …), 【记者 …】): the byline is in brackets. */
const BYLINE_BRACKET = /[(（【[［〔〖][ \u3000]{0,2}$/;

/** A credit as read, whether its role was glued to its names (记者姚强), and where its names stand (from, to). */
type Credit = MetaEntry & { glued?: boolean; from?: number; to?: number };

/**
 * A line that is a credit block and nothing else (the grammar above): its pairs (a date with no key as 日期), or null.
 * A toolbar word among them (打印本页, 【关闭】) is the site's and left out.
 */
export function creditLine(line: string, bare = false): MetaEntry[] | null {
  if (line.length > MAX || /[。！？；;，]/.test(line)) return null;
  if (/^\s*[A-Za-z]/.test(line) && EN_ROLE.test(line.trim())) return englishCredit(line);
  // A converter's pinyin residue inside a key (本報(bào)記者, 來(lái)源:) is none of the key's; a value keeps its own, as printed.
  if (/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][)）]/.test(line)) line = line.replace(KEY_PINYIN, ''); // a final with its tone mark too: 責(zé)任編輯
  const spaced = line; // the line as printed, for the values: a lost space (??) stays in them
  line = line.replace(LOST_SPACE, blanked).replace(COURTESY, blanked).replace(MARKED_ROLE, blanked);
  const respaced = line.includes('  ') && spaced.includes('??'); // every rewrite above keeps the line's length
  const junk = JUNK.exec(line);
  if (junk) line = ' '.repeat(junk[0].length) + line.slice(junk[0].length);
  const s = unbracket(line);
  const pairs: Credit[] = [];
  let keyed = 0;
  let counted = 0; // counters with their counts (5446阅读): a pair each, as a keyed one is
  let named = true; // every credit without a colon has names that read as names
  let last: Credit | null = null; // the pair a name may still join (记者 张三 李四)
  let i = 0;
  for (;;) {
    // The outlet after the names, in brackets as printed (记者 张婧怡 (大理日报)): the credit's.
    const outlet = last && last.value !== '' && ROLE_KEY.test(last.key) ? at(OUTLET, line, i) : null;
    if (outlet) {
      last!.value += ` ${outlet[0].trim()}`;
      i += outlet[0].length;
      continue;
    }
    const gap = at(GAP, s, i);
    if (gap) i += gap[0].length;
    if (i >= s.length) break;
    const stamp = at(STAMP, s, i);
    if (stamp) {
      // A time after a key's date joins it; a date of its own is the page's date.
      if (last && WHEN_KEY.test(last.key) && last.value === '') last.value = stamp[0].trim().replace(/\s{2,}/g, ' ');
      else if (pairs.some((p) => p.key === '日期' || WHEN_KEY.test(p.key))) return null;
      else pairs.push({ key: '日期', value: stamp[0].trim().replace(/\s{2,}/g, ' ') });
      last = null;
      i += stamp[0].length;
      continue;
    }
    const key = at(ROLE_MARKED, s, i) ?? at(KEYED, s, i);
    if (key && CREDIT_KEY.test(key[1]!)) {
      last = { key: key[1]!, value: '' };
      pairs.push(last);
      keyed++;
      i += key[0].length;
      if (WHEN_KEY.test(last.key)) continue; // its date comes next
      // The names run up to the next credit's role, glued on or not (记者：姚强编辑：章虹).
      const upto = s.slice(0, nextRole(s, i));
      const value = at(NAME, upto, i) ?? at(WORD, upto, i);
      if (!value) continue; // a key left empty (日期： 浏览：0): dropped below
      last.value = value[0];
      last.from = i;
      last.to = i + value[0].length;
      i += value[0].length;
      // A source's name then its day after 于 (来源: 某网 于2020-07-13 9:54): the day is the page's date.
      const day = ORIGIN_KEY.test(last.key) ? at(AT_DAY, s, i) : null;
      const posted = day ? at(STAMP, s, i + day[0].length) : null;
      if (day && posted && !pairs.some((p) => p.key === '日期' || WHEN_KEY.test(p.key))) {
        pairs.push({ key: '日期', value: posted[0].trim().replace(/\s{2,}/g, ' ') });
        i += day[0].length + posted[0].length;
      }
      if (!ROLE_KEY.test(last.key)) last = null; // a source is one name
      continue;
    }
    // A role glued to its names opens the line's credits (记者姚强, 记者姚强编辑章虹); after a source, 記者王小明 is the
    // source's reporter (來源：中央社 記者王小明, sourceName reads it so), no credit of the page's.
    const opens = pairs.every((p) => p.glued === true);
    const role = at(BARE_ROLE, s, i) ?? (opens ? at(GLUED_ROLE, s, i) : null);
    const glued = role !== null && !/[ \u3000]$/.test(role[0]);
    const upto = role ? s.slice(0, nextRole(s, i + role[0].length)) : s;
    const run = role && glued ? at(GLUED_NAMES, upto, i + role[0].length) : null;
    const list = role && glued && !(run && gluedNames(run[0])) ? at(GLUED_LIST, upto, i + role[0].length) : null;
    const names = role ? (glued ? (list && nameList(list[0]) ? list : run) : at(NAME, upto, i + role[0].length)) : null;
    if (role && names && (!glued || names === list || gluedNames(names[0]))) {
      // A byline in brackets with no colon (來源:某報記者站 (記者 吳勇 劉策) 編輯:…) is the text's, as one in the first sentence
      // is (bylines.ts): no pair when its roles are the field's (记者, 通讯员); the credits round it stand. A desk's role in
      // brackets (来源：新华社 【责任编辑 章虹】) is a credit, as it was.
      const field = role[1]!.split(/[/／、]/).every((r) => FIELD_ROLE_KEY.test(r));
      const close = field && BYLINE_BRACKET.test(line.slice(Math.max(0, i - 3), i)) ? line.slice(i, i + 40).search(/[)）】\]］〕〗]/) : -1;
      if (close >= 0) {
        last = null;
        i += close + 1;
        continue;
      }
      // Set apart by a space, the names alone make a credit only after a reporter's role (记者 张三), as a byline on its own
      // line is (bylines.ts); 摄影 张伟 alone is a caption's.
      named &&= glued || (REPORTER.test(role[1]!) && names[0].split(/[、，,]/).every(isNameAlone));
      last = { key: role[1]!, value: names[0], glued, from: i + role[0].length, to: i + role[0].length + names[0].length };
      pairs.push(last);
      i += role[0].length + names[0].length;
      continue;
    }
    const count = at(COUNTER, s, i);
    if (count && COUNT_KEY.test(count[1]!) && isCount(count[3]!)) {
      // Brackets round the count (阅读 (9843次), 浏览(356)) are gone: the count is glued back together.
      // Keyed (浏览量：（543）) the count is kept as printed.
      const bracketed = s.slice(i, i + count[0].length) !== line.slice(i, i + count[0].length) || (count[2] === '' && /[(（]/.test(count[3]!));
      pairs.push({ key: count[1]!, value: bracketed ? count[3]!.replace(/[\s(（)）]+/g, '') : count[3]!.trim() });
      counted++;
      last = null;
      i += count[0].length;
      continue;
    }
    const first = at(COUNT_FIRST, s, i);
    if (first) {
      pairs.push({ key: first[2]!, value: first[1]! });
      counted++;
      last = null;
      i += first[0].length;
      continue;
    }
    const social = at(SOCIAL, s, i) ?? at(DISCLAIMER, s, i);
    if (social) {
      i += social[0].length;
      continue;
    }
    const verb = last && last.value !== '' ? at(VERB_THEN_KEY, s, i) : null;
    if (verb) {
      last = null;
      i += verb[0].length;
      continue;
    }
    // A toolbar's key with nothing after its colon (选择字号:, meta-kinds.ts) is the reader's control, left out.
    const tool = at(KEYED, s, i);
    if (tool && TOOLBAR_KEY.test(tool[1]!)) {
      i += tool[0].length;
      continue;
    }
    const word = at(WORD, s, i);
    if (word && isFurniture(word[0])) {
      i += word[0].length;
      continue;
    }
    const name = last && last.value !== '' ? at(NAME, s, i) : null;
    // 来源：某报 记者 张三 报道: a byline's verb after the names; the line is the byline's, no block of credits.
    if (name && /^(?:报道|報導|报导|報道|摄影|攝影|整理|编译|編譯|发自|發自)$/.test(name[0])) return null;
    if (name && last) {
      named &&= keyed > 0 || isNameAlone(name[0]);
      last.value += ` ${name[0]}`;
      last.to = i + name[0].length;
      i += name[0].length;
      continue;
    }
    return null;
  }
  // A key the page left empty among others (日期： between 作者：阿布 and 浏览：0) is none; a role left empty is no credit line.
  const filled = pairs.filter((p) => p.value !== '' || !WHEN_KEY.test(p.key));
  // A block names each credit once; a key twice is a list of items, not one text's credits.
  const once = new Set(filled.map((p) => p.key)).size === filled.length;
  const roles = filled.length > 0 && filled.every((p) => ROLE_KEY.test(p.key));
  // Roles and names alone (校对 徐珩, 记者姚强) will do when the names read as names, or with `bare`: the caller
  // knows the line stands in a credit block.
  // A byline in brackets whole ((本报记者 张三)) is the text's, closing it.
  const framed = /^\s*[(（【〔[]/.test(line) && /[)）】〕\]]\s*$/.test(line);
  const credited = keyed + counted > 0 || (roles && (bare || (named && !framed)));
  if (!(credited && once && filled.length > 0 && filled.every((p) => p.value !== ''))) return null;
  // Read with the lost spaces as spaces; given as printed (張曉松??林??立).
  return filled.map(({ key, value, from, to }) => ({ key, value: respaced && from !== undefined && to !== undefined ? spaced.slice(from, to) : value }));
}

// English roles: a noun's role takes its colon (Author: …); with a space alone it heads a link or a section (Editor Picks,
// Author Guidelines, Reporters Without Borders). A "… by" role may take a space.
const EN_NOUN_ROLE = '(?:Authors?|Writers?|Reporters?|Editors?|Translators?|Correspondents?)';
const EN_BY_ROLE = '(?:(?:Written|Reported|Edited|Translated|Compiled|Text|Story|Reviewed|Proofread)\\s+by)';
const EN_ROLE = new RegExp(`^(?:(${EN_NOUN_ROLE})\\s*[:：]\\s*|(${EN_BY_ROLE})(?:\\s*[:：]\\s*|\\s+))(?=\\S)`, 'i');
const EN_ROLE_ALONE = new RegExp(`^(?:${EN_NOUN_ROLE}|${EN_BY_ROLE})\\s*[:：]$`, 'i');
/** A name's word, or a word joining names and their office (from, of, the, and): the value's words. */
const EN_NAME_WORD =
  /^(?:[A-Z][\p{L}’'.-]*|\p{Script=Han}{2,4}|[A-Z]\.|from|of|the|and|at|for|in|de|van|von|du|da|&|[(（][A-Z][\p{L}’'.-]*|[A-Z][\p{L}’'.-]*[)）],?|[A-Z][\p{L}’'.-]*,)$/u;

/** An English role and its colon alone on a line (Author:), its names on the next: the pair the two lines give, or null. */
export function englishCreditSplit(line: string, next: string): MetaEntry[] | null {
  const t = line.trim();
  return t.length <= 40 && EN_ROLE_ALONE.test(t) && next.trim() !== '' ? englishCredit(`${t} ${next.trim()}`) : null;
}

/**
 * A credit in English, as an English edition or archive prints it on its own line (Author: WuhuW, Translated by Yuan
 * Mengwen from Foreign Affairs Office…, Editor: 王芳): the role as printed and the names, or null. A photo's credit (Photo by …)
 * is the picture's, as 摄影 张伟 alone is.
 */
export function englishCredit(line: string): MetaEntry[] | null {
  const t = line.trim();
  const role = t.length <= MAX ? EN_ROLE.exec(t) : null;
  if (!role) return null;
  const value = t.slice(role[0].length);
  const words = value.split(/\s+/);
  // Names and their office, no sentence: capitalised words or a Han name, the joining words between them.
  const named =
    words.length <= 16 &&
    /^(?:[A-Z]|\p{Script=Han})/u.test(value) &&
    words.every((w) => EN_NAME_WORD.test(w)) &&
    !/[.!?]$/.test(value.replace(/\b[A-Z]\.$/, ''));
  return named ? [{ key: (role[1] ?? role[2])!, value }] : null;
}

/** Where the next credit's role and its colon start inside a run of characters from `i` (姚强|编辑：章虹), or the line's end. */
function nextRole(s: string, i: number): number {
  if (at(ROLE_MARKED, s, i)) return i; // a key left empty before the next one (作者： 责任编辑：张三)
  for (let j = i + 2; j < Math.min(s.length, i + 20); j++) {
    if (BAR_OR_SPACE.test(s[j]!)) return s.length;
    if (at(ROLE_MARKED, s, j) || (j > i + 2 && at(GLUED_ROLE, s, j) && gluedNames(s.slice(i, j)))) return j;
  }
  return s.length;
}

/**
 * A foot line of roles and names with no colon (校对 徐珩, 審核　陳志明): its pairs, or null. Only ever asked of a
 * line in a foot's block of credits, next to a keyed one, so a list's 审核 通过 alone is never a credit.
 */
export function bareCredits(line: string): MetaEntry[] | null {
  const t = line.trim();
  return /[:：]/.test(t) ? null : creditLine(t, true);
}

/** A writer's or photographer's mark alone, its separator (a bar, a colon or a slash) and names (文 | 胡协, 图：邹金修, 攝／王某 李某). */
const MARK_CREDIT = new RegExp(
  `^(${CREDIT_MARK_WORD})[ \\u3000]{0,2}[|｜:：/／][ \\u3000]{0,2}([\\p{Script=Han}·]{2,4}(?:[ \\u3000、，,]{1,2}[\\p{Script=Han}·]{2,4}){0,5})$`,
  'u',
);

/**
 * A foot line crediting the words or the pictures by their mark alone (文 | 胡协 ⏎ 图 | 邹金修, 文：某某): a pair keyed by the mark
 * as printed, when every name reads as a name (a surname first: bylines.ts), so 文：无 or 图 | 会议现场 is none.
 */
export function markCredit(line: string): MetaEntry | null {
  const t = line.trim();
  if (t.length > 40) return null;
  const m = MARK_CREDIT.exec(t);
  return m && m[2]!.split(/[ \u3000、，,]+/).every(isNameAlone) ? { key: m[1]!, value: m[2]! } : null;
}

/** Credits in brackets glued after a sentence at a line's end: …取得新成效。（来源：湖南日报）, …。【作者：某 编辑：某】. */
const GLUED = /[。！？”」][ \u3000]{0,3}[(（【[]([^()（）【】[\]]{3,60})[)）】\]][ \u3000\r]*$/u; // a CRLF page's \r too

/** Where such credits start in a line (the text's last), and their pairs, or null; only the line's last 80 characters are tried. */
export function gluedCredits(text: string): { at: number; pairs: MetaEntry[] } | null {
  const from = Math.max(0, text.length - 80);
  const m = GLUED.exec(text.slice(from));
  // Keyed (（来源：…）): a byline in brackets closing the text ((记者 张三)) is the text's, no pair.
  const pairs = m && /[:：]/.test(m[1]!) ? footCredits(m[1]!.trim()) : null;
  return m && pairs ? { at: from + m.index + 1, pairs } : sentenceThenCredits(text);
}

/**
 * Credits run on after the text's last sentence with no bracket (…新山东。某某新闻记者 孔然 报道来源:某某新闻编辑:孔然责编:…):
 * where they start and their pairs, or null. Two credits at least, one keyed, so a sentence's end that names a reporter
 * (…。记者 张三) stays the text's; only the line's last 160 characters are tried.
 */
function sentenceThenCredits(text: string): { at: number; pairs: MetaEntry[] } | null {
  const from = Math.max(0, text.trimEnd().length - MAX);
  const end = Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？'));
  if (end < from || !/[:：]/.test(text.slice(end))) return null;
  const pairs = footCredits(text.slice(end + 1).trim());
  // Someone who made the text among them: a notice's last sentence then its meeting's time and place is the text's.
  return pairs && pairs.length >= 2 && pairs.some((p) => ROLE_KEY.test(p.key)) ? { at: end + 1, pairs } : null;
}

/** Brackets closing a line, perhaps a desk's code after them (…。(编辑：李某)1121221, 【責編：某某】). */
const CLOSING = /[（(【[]([^（()）【】[\]]{3,40})[)）】\]]\s{0,3}\d{0,12}\s*$/u;

/** An editor's credits in brackets closing a paragraph's line: where they start and their pairs, or null; the line's last 60 characters tried. */
export function editorTail(text: string): { at: number; pairs: MetaEntry[] } | null {
  const from = Math.max(0, text.length - 60);
  const m = CLOSING.exec(text.slice(from));
  const pairs = m && /[:：]/.test(m[1]!) ? editorLine(m[1]!) : null;
  return m && pairs ? { at: from + m.index, pairs } : null;
}

/** A copy site's name (第一范文网, 某某文库): (来源：…) naming one is its stamp, not the text's source. */
const COPY_SITE = /(?:范文|範文|文库|文庫|文秘|作文|论文|論文|文档|文檔)/;

/** A foot line of credits, a news source in brackets among them ((来源：新华网)), but no copy site's stamp. */
export function footCredits(line: string): MetaEntry[] | null {
  const pairs = creditLine(line);
  return pairs && !pairs.some((p) => COPY_SITE.test(p.value)) ? pairs : null;
}

/**
 * A line of who made the text and where it came from (来源：… 作者：…), no date: among a text's first lines, under
 * its summary, the page's. A date there may be a notice's own (时间：1月5日上午9:00 is when its meeting is).
 */
export function leadCredits(line: string): MetaEntry[] | null {
  const pairs = footCredits(line.trim());
  // The day a source's name gives after 于 (来源：某网 于2020-07-13) is when the text was posted: the page's.
  const posted = (p: MetaEntry): boolean => p.key === '日期' && /[于於][ \u3000]{0,2}$/.test(line.slice(0, line.indexOf(p.value)));
  return pairs?.every((p) => (p.key === '日期' ? posted(p) : !WHEN_KEY.test(p.key))) ? pairs : null;
}

/**
 * A line of a role and names with no colon (通讯员 穗仁宣, 实习生 某某) next to a credit line of the head (文/某报记者 张三 ⏎
 * 通讯员 某某 ⏎ 图/某报记者 李四): the block's credit, its names whatever they are. Alone, 摄影 张伟 could be a caption's.
 */
export function blockCredits(line: string, above: string, below: string): MetaEntry[] | null {
  const t = line.trim();
  if (t.length > 60 || /[:：]/.test(t)) return null;
  // The line beside it names someone's role (文/某报记者 张三, 编辑：某某): a source's line alone (来源：某某网) may stand over a heading.
  const credit = (n: string): boolean => n.length <= MAX && (creditLine(n)?.some((p) => ROLE_KEY.test(p.key)) || ownLineBylines(n) !== null);
  const pairs = credit(above.trim()) || credit(below.trim()) ? creditLine(t, true) : null;
  // A name no lexicon knows (穗仁宣, 区融宣) only after a reporter's or a correspondent's role: another role's word is a
  // heading's under a credit line (作者 简介, 摄影 大赛) unless its names read as names, and 作者 heads its note.
  const named = (p: MetaEntry): boolean => FIELD_ROLE_KEY.test(p.key) || (p.key !== '作者' && p.value.split(/[、，,\s]+/).every(isNameAlone));
  return pairs?.every(named) ? pairs : null;
}
/** The roles sent out for the story: a reporter (新华社记者), a correspondent, an intern. */
const FIELD_ROLE_KEY = new RegExp(`^(?:${REPORTER_ROLE}|${FIELD_ROLE})$`, 'u');

/** A line of the desk's roles and names with no colon (校对 徐珩, 监制 刘强 责编 赵敏): its pairs, or null. */
export function bareEditors(line: string): MetaEntry[] | null {
  const pairs = bareCredits(line);
  return pairs?.every((p) => EDITOR_KEY.test(p.key)) ? pairs : null;
}

/** A line of editorial credits alone (责任编辑：王某 审核：李某, 【责编：某某】): its pairs, or null. */
export function editorLine(line: string): MetaEntry[] | null {
  const pairs = creditLine(line.trim());
  return pairs?.every((p) => EDITOR_KEY.test(p.key)) ? pairs : null;
}

/**
 * Credits glued after a headline on its line, after a space (…纲要 发布时间:2021-03-01 17:50, …会议  来源：某县融媒体中心
 * 2024-12-20): where they start and their pairs, or null.
 */
export function creditTail(line: string): { at: number; pairs: MetaEntry[] } | null {
  if (creditLine(line.trim())) return null; // the whole line is credits: no headline before them
  const from = Math.max(0, line.length - MAX);
  const re = new RegExp(`[\\s\\u3000](?=(?:${ROLE}|${ORIGIN}|${WHEN})\\s{0,3}[:：])`, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const pairs = creditLine(line.slice(m.index + 1));
    // A headline names something: four Han characters at least (a date before the credits is none), and looks
    // like one, no pairs of its own.
    // A date set apart just before them (…会议 2024-12-20 来源：…) is theirs: the page's date, no part of the headline.
    const stamp = pairs ? STAMP_BEFORE.exec(line.slice(Math.max(0, m.index - 40), m.index)) : null;
    const at = stamp ? m.index - stamp[0].length : m.index;
    const dated = stamp ? creditLine(line.slice(at + 1)) : null;
    const head = line.slice(0, at);
    if (!pairs || (head.slice(-40).match(/\p{Script=Han}/gu)?.length ?? 0) < 4) continue;
    return looksLikeTitle(cleanTitle(head)) && !metaPairs(head.trim(), startsWithMarker) ? { at, pairs: dated ?? pairs } : null;
  }
  return null;
}
/** A date and its time set apart at the end of a headline's run, before its credits. */
const STAMP_BEFORE = new RegExp(`[\\s\\u3000][(（]?(?:${DATE})[/.]?(?:\\s{0,3}${CLOCK})?[)）]?[\\s\\u3000]{0,3}$`, 'u');

/** A comment box's heading (网友评论, 熱門評論 (12), 我要留言): the readers' lines under it are the site's. */
export const COMMENT_HEADING =
  /^[【[]?\s*(?:热门|熱門|最新|网友|網友|全部|精彩|读者|讀者|我要|发表|發表|查看)?(?:评论|評論|跟帖|留言)(?:区|區|列表)?\s*(?:[(（]\s*\d{0,7}\s*[)）]\s*)?[】\]]?$/; // one run of spaces before the end: two side by side were quadratic

/** The site's lines under a news text's credits: its comment box, share and like buttons, a login prompt. */
const SITE_ACTION =
  /(?:[上下]一(?:篇|條|条)|评论|評論|跟帖|留言|登录|登錄|登入|注册|註冊|点赞|點贊|點讚|分享|转发|轉發|收藏|打赏|打賞|举报|舉報|纠错|糾錯|更多|扫一扫|掃一掃)/;
/** Its copyright statement, a sentence or two. */
const RIGHTS =
  /(?:版权|版權|著作权|著作權)[\s\S]{0,80}(?:所有|归|歸|属于|屬於|授权|授權|转载|轉載)|(?:未经|未經)[\s\S]{0,20}(?:授权|授權|许可|許可)[\s\S]{0,20}(?:转载|轉載)|^(?:如需|如)?(?:转载|轉載)[^。]{0,8}(?:注明|註明)(?:出处|出處|来源|來源)/; // 转载请注明出处。

/** The site's own hotline or mailbox (举报电话：12318…, 新闻热线:…, 举报邮箱：…): its contact, not the text's. */
const SITE_CONTACT = /^[\p{Script=Han}A-Za-z]{0,16}(?:电话|電話|热线|熱線|邮箱|郵箱)\s{0,3}[:：]/u;

/** A line of the site's under the credits at a news page's foot; only ever passed over when credits stand above it. */
export function isFootFurniture(line: string): boolean {
  const t = line.trim();
  return (
    (t.length <= 30 && !/[。！？]/.test(t) && SITE_ACTION.test(t)) ||
    (t.length <= 200 && RIGHTS.test(t)) ||
    (t.length <= 160 && !/[。！？]/.test(t) && SITE_CONTACT.test(withoutPinyin(t))) ||
    isFurniture(t)
  );
}

/**
 * A line of the head that is a credit block or a document site's posting line, as header.ts reads pairs: or null.
 * Over any title (`titled` false), one role glued to one run of names (记者姚强) is a headline as well (摄影王国,
 * 校对高手, 记者万里行: a surname opens many words), and left to the title rules.
 */
export function headCredits(line: string, titled = true): { pairs: MetaEntry[]; pending: false; bare?: boolean } | null {
  const pairs = creditLine(line);
  if (pairs?.length === 1 && !titled && /^\p{Script=Han}+$/u.test(line.trim())) return null;
  return pairs ? { pairs, pending: false } : null;
}
