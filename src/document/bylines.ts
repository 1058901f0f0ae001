// Who wrote, reported or photographed a page's text, in every form sites print it: a news byline
// (記者李華峻/南投報導, 聯合報／ 記者葉德正／新北即時報導, 〔記者羅國嘉／新北報導〕, 本报讯（记者 张三 通讯员
// 李四）), roles and names (本报记者 王某 通讯员 李某), a credit (文/摄 东华, 撰文：…　攝影：…), an author's
// unit and name (青岛市崂山区审计局 徐卓慧, 南京审计大学政府审计学院 剧 杰 庄碧琛, a journal's (某学院 某部,福建
// 福州350001)). None of them is a title: over it, under it, or glued after it on its line (…修訂 文:冼樂石).
// One lexicon (the roles: credit-roles.ts), used by title.ts (isNeverTitle, the title's tail) and header.ts (a byline row opens the body).

import { CREDIT_MARK_WORD, FIELD_ROLE, MEDIUM_WORD, REPORTER_ROLE } from './credit-roles.js';

/** Common surnames, Simplified and Traditional: a line of two or three characters opening with one is a name. */
export const SURNAME = new Set([
  ...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔汤湯温溫康施牛樊葛邢齐齊乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹欧歐耿兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢季裴霍涂苗谷盛曲翁冉骆駱蓝藍游辛靳管柴蒙鲍鮑喻祁蒲滕屈饶饒牟艾尤穆卓缪繆简簡项項麦麥褚娄婁窦竇戚岑景宫宮费費卜冷晏卫衛柏瞿桂佟臧闵閔苟邬鄔卞姬栾欒隋刁巫寇桑郎甄丛叢仲虞敖巩鞏佘池迟遲邝鄺谈談匡鞠荆荊冀郁胥储儲栗燕楚鄢谌諶奚粟冼蔺藺楼樓阎閻帅帥剧劇',
]);
const COMPOUND_SURNAME = /^(?:欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|令狐|慕容|夏侯|端木)\p{Script=Han}{1,2}$/u;

/**
 * Words of two or three characters that open with a surname's character but are no one's name: a place by
 * its last character (温州市, 周村, 江宁区), a paper or a document by its noun (周报, 简报, 周刊), a province
 * (江苏, 宁夏).
 */
const NOT_A_NAME = /[省市县縣区區州乡鄉村旗盟庄莊岛島湾灣报報刊讯訊录錄稿单單函]$|^(?:江苏|江蘇|江西|甘肃|甘肅|宁夏|寧夏)$/;

/** A person's name alone (婁勝華, 歐陽儀雄, spaced out letter by letter: 王 志 强): an author's or a speaker's, no title. */
export function isNameAlone(text: string): boolean {
  const t = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,3}$/u.test(text) ? text.replace(/[ \u3000]+/g, '') : text;
  return (/^\p{Script=Han}{2,3}$/u.test(t) && SURNAME.has(t[0]!) && !NOT_A_NAME.test(t)) || COMPOUND_SURNAME.test(t);
}

/** A reporter's byline ending in 報導 (报导 as a converter writes it in Simplified) or a dateline's place, day and 電 (記者王某／新竹19日電), a paper's name and a slash perhaps before it. */
const REPORTED =
  /^(?:[\p{Script=Han}A-Za-z]{1,12} ?[/／|｜] ?)?[\p{Script=Han}A-Za-z]{0,12}(?:記者|记者)(?: ?[\p{Script=Han}·、 ]{2,16}?)(?:(?: ?[/／] ?\p{Script=Han}{2,8})? ?(?:報導|报道|報道|报导)| ?[/／] ?\p{Script=Han}{2,8}?(?:[\d０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日(?:電|电))$/u; // …／新竹19日電: the dateline's place and day
/** A desk's byline with no reporter named (政治中心/基隆報導, 生活中心／綜合報導, 地方中心/台中即時報導). */
const DESK_REPORTED = /^\p{Script=Han}{2,8}\s*[/／]\s*\p{Script=Han}{2,6}?(?:即時|即时)?(?:報導|报道|報道|报导)$/u;
/** A photographer's credit alone (王玉震 攝, 记者 李明 摄, 张三、李四摄影): the names checked as names below. */
const PHOTO_CREDIT = /^(?:(?:本报|本報)?(?:记者|記者)\s*)?([\p{Script=Han}·]{2,4}(?:\s*[、，,]\s*[\p{Script=Han}·]{2,4})*)\s*(?:攝影|摄影|攝|摄)$/u;
const isPhotoCredit = (t: string): boolean => {
  const m = PHOTO_CREDIT.exec(t);
  return m !== null && (/^(?:本报|本報)?(?:记者|記者)/.test(t) || m[1]!.split(/\s*[、，,]\s*/).every(isNameAlone));
};
/**
 * A photo's caption that ends in its photographer's credit in brackets (…會見傳媒(中評社 陸文煜攝), …（记者 张三 摄）):
 * the picture's, never a title.
 */
export const CAPTION_CREDIT =
  /[(（]\s*(?:[\p{Script=Han}A-Za-z]{1,8}\s+|(?:本报|本報)?(?:记者|記者)\s*)?[\p{Script=Han}·]{2,4}(?:\s*[、，,]\s*[\p{Script=Han}·]{2,4})*\s*(?:攝影|摄影|攝|摄)\s*[)）]\s*[|｜]?$/u;

/** A photographer's credit set after a caption by a space, with no brackets (…營養價值 李建泉攝, …现场 记者 张三 摄). */
// Or right after an image's name in its title marks (《江山如画》叶书有 摄): the mark sets the credit apart as a space does.
const BARE_CREDIT =
  /(?:[ \u3000]|(?<=[》」』]))((?:本报|本報)?(?:记者|記者)?[ \u3000]?[\p{Script=Han}·]{2,4}(?:[ \u3000]?[、，,][ \u3000]?[\p{Script=Han}·]{2,4}){0,3})[ \u3000]?(?:攝影|摄影|攝|摄)$/u;
/**
 * A photo's caption ending in its photographer's credit after a space (同學們聽農業專家講解火龍果的營養價值 李建泉攝): the
 * picture's, never a title. The names checked as names, six Han at least before them; only the last 40 characters tried.
 */
export function isCreditedCaption(text: string): boolean {
  const t = text.trim();
  // The credit ends the line (…李建泉攝): a cheap test first, as this runs on every line of a page.
  if (t.length > 160 || !/[攝摄]影?$/.test(t)) return false;
  const from = Math.max(0, t.length - 40);
  const m = BARE_CREDIT.exec(t.slice(from));
  // The credit itself read as a credit alone is (its names checked as names, or a reporter's).
  if (m === null || !isPhotoCredit(m[0].trim())) return false;
  // A gallery names its picture in title marks (《天竺山》): a short name is a caption's when its marks hold it whole.
  const before = t.slice(0, from + m.index).trim();
  return (before.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6 || /^[《「『][^《》「」『』]{2,30}[》」』]$/.test(before);
}

/** What a credit says was made, before its slash (文/, 图／, 视频/, 文/图): the kind of work, not a role's word. */
const MEDIUM_ALONE = new RegExp(`^${MEDIUM_WORD}$`, 'u');
const MEDIUM_LEAD = new RegExp(`^${MEDIUM_WORD}(?:\\s{0,2}[/／、]\\s{0,2}${MEDIUM_WORD})*\\s{0,2}[/／]\\s{0,2}`, 'u');
/** A reporter's role, perhaps after the outlet glued before it (羊城晚报全媒体记者, 本報記者, 通讯员). */
const MAKER_ROLE = new RegExp(`^[\\p{Script=Han}A-Za-z]{0,14}?(?:记者|記者|${FIELD_ROLE}|摄影师|攝影師)$`, 'u');
/**
 * A credit line that opens with what was made and a slash (文/羊城晚报全媒体记者 张璐瑶, 图／本報記者 李明, 视频/王某 张某,
 * 文/图 某某): the makers of the text or its pictures, never a headline. After the mark only roles and names.
 */
export function isMediumCredit(text: string): boolean {
  const t = text.trim();
  if (t.length > 60) return false;
  const lead = MEDIUM_LEAD.exec(t);
  if (!lead) return false;
  const words = t
    .slice(lead[0].length)
    .split(/[\s\u3000、，,]+/)
    .filter((w) => w !== '');
  let names = 0;
  let role = false; // the word before was a role: a name after it need not open with a common surname (通讯员 穗仁宣)
  for (const [k, w] of words.entries()) {
    if (k === 0 && MEDIUM_ALONE.test(w)) continue; // 文/图 某某: the second kind set apart by a space
    const after = role;
    role = false;
    if (isNameAlone(w) || (after && /^\p{Script=Han}{2,4}$/u.test(w))) names++;
    else if (MAKER_ROLE.test(w)) role = true;
    else {
      // A role with its name glued on (记者张三, 羊城晚报记者陶奕燃).
      const glued = /(?:记者|記者|通讯员|通訊員)(\p{Script=Han}{2,3})$/u.exec(w);
      if (!glued || !isNameAlone(glued[1]!)) return false;
      names++;
    }
  }
  return names > 0;
}

/** A paper's own-news mark before a byline: 本报讯, 本報訊, 【明報專訊】, 香港商報網訊, 央视网消息. */
const OWN_NEWS =
  /^[【[(（〔]?(?:本|[\p{Script=Han}A-Za-z]{2,8})(?:报讯|報訊|报消息|報消息|专讯|專訊|网讯|網訊|网消息|網消息|台讯|臺訊|刊讯|刊訊)[】\])）〕]?\s*/u;
/**
 * A news copy's dateline: the outlet and the place, the day, then 电/讯/报道 (参考消息网2026-01-26号报道, 新华社北京1月25日电,
 * 中央社記者王某台北5日電 with the day alone, 新华社北京十二月一日電 in Han digits, 人民政协网克拉玛依8月4日电). One grammar for
 * the three places that meet one: a byline alone (isByline), a bracketed dateline glued before the text (title-furniture.ts),
 * a dateline opening the story where a title would stand (title-plausible.ts).
 */
const DATELINE_SOURCE =
  '^[\\p{Script=Han}A-Za-z]{2,16}?(?:(?:\\d{4}\\s*[-年/.]\\s*)?(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})\\s*[-月/.]\\s*(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})\\s*(?:日|号|號)?|(?:\\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})\\s*[日号號])\\s*(?:电|電|讯|訊|报道|報道|消息)';
const DATELINE = new RegExp(`${DATELINE_SOURCE}$`, 'u');
const DATELINE_LEAD = new RegExp(DATELINE_SOURCE, 'u');
/** Whether `text` is a dateline or an own-news mark (【香港商報網訊】) and nothing else. */
export const isDateline = (text: string): boolean => DATELINE.test(text) || OWN_NEWS.exec(text)?.[0].trimEnd().length === text.length;
/** The length of the dateline or own-news mark (本报讯) that opens `text`, or 0. Only its first 40 characters are looked at. */
export function datelineLead(text: string): number {
  const head = text.slice(0, 40);
  // Cheap test first: a dateline ends in 电/讯/报道/消息, and its pattern (Unicode classes) is costly to compile on a document's first title.
  const dated = /[电電讯訊]|报道|報道|消息/.test(head) ? DATELINE_LEAD.exec(head) : null;
  return dated?.[0].length ?? OWN_NEWS.exec(head)?.[0].trimEnd().length ?? 0;
}
const BYLINE_ROLE = new RegExp(`^\\p{Script=Han}{0,6}(?:记者|記者|${FIELD_ROLE})[\\p{Script=Han}·]{0,4}$`, 'u');
/** A writer's or photographer's role in a credit: 文/摄, 撰文：, 攝影 . */
const CREDIT_ROLE =
  '(?:文|图|圖|摄|攝|文字|撰文|撰稿|摄影|攝影|图文|圖文|视频|視頻|作者)(?:\\s*[/／、]\\s*(?:图|圖|摄|攝|文|视频|視頻))*(?:\\s*[/／:：|｜]\\s*|\\s+)';
/** A credit's name: a reporter's perhaps (文／記者冼樂石), two to four characters. */
const CREDIT_NAME = '(?:(?:本报|本報)?(?:记者|記者)\\s*)?[\\p{Script=Han}·]{2,4}';
const CREDIT = new RegExp(`^${CREDIT_ROLE}${CREDIT_NAME}(?:\\s*[、，,]\\s*${CREDIT_NAME})*(?:\\s+(?:${CREDIT_ROLE})?${CREDIT_NAME}){0,3}$`, 'u');

/** Words that are each a role with or without a name, or a name (2–4 characters), the first a role. */
function bylineNames(t: string): boolean {
  const words = t.split(/[\s、,，]+/).filter((w) => w !== '');
  // One word: a role with its name glued on (记者张三, 新华社记者李四).
  const glued = words.length === 1 ? /^\p{Script=Han}{0,6}(?:记者|記者|通讯员|通訊員)(\p{Script=Han}{2,3})$/u.exec(words[0]!) : null;
  if (glued) return SURNAME.has(glued[1]![0]!);
  return words.length >= 2 && BYLINE_ROLE.test(words[0]!) && words.every((w) => BYLINE_ROLE.test(w) || /^[\p{Script=Han}·]{2,4}$/u.test(w));
}

/** The last word of an author's unit (审计局, 政府审计学院, 党校, 教研部). */
const UNIT_END =
  /(?:大学|大學|学院|學院|党校|黨校|学校|學校|研究院|研究所|研究中心|研究室|中心|医院|醫院|公司|集团|集團|银行|銀行|教研部|教研室|系|局|厅|廳|委员会|委員會|委|办公室|辦公室|处|處|科|法院|检察院|檢察院|部|署|社|馆|館|政府|街道办事处|办事处|辦事處)$/;
/** A unit's name: two to thirty characters ending in a unit's word, brackets inside allowed (中共某市委党校). */
const isUnit = (w: string): boolean => w.length >= 3 && w.length <= 30 && /^[\p{Script=Han}（）()]+$/u.test(w) && UNIT_END.test(w);

const ACADEMIC = /(?:副教授|教授|博士生|博士|硕士生|碩士生|硕士|碩士|副研究员|副研究員|研究员|研究員|讲师|講師|研究生)$/;
const ACADEMIC_ALONE = new RegExp(`^${ACADEMIC.source}`);
/** Names after a unit: each a name, a compound surname's, or one spaced out letter by letter (剧 杰). */
function allNames(words: string[]): boolean {
  const names: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // Letters of a spaced-out name: a surname, then one or two single characters.
    if (w.length === 1 && SURNAME.has(w) && words[k + 1]?.length === 1) {
      const single = words[k + 2]?.length === 1 && words[k + 3]?.length !== 1 ? 3 : 2;
      names.push(words.slice(k, k + single).join(''));
      k += single - 1;
      continue;
    }
    names.push(w);
  }
  // A name may carry its academic title (张某某 教授, 李某博士).
  return names.length >= 1 && names.length <= 5 && names.every((n) => isNameAlone(n.replace(ACADEMIC, '')) || ACADEMIC_ALONE.test(n));
}

/**
 * An author's line: a unit and the names under it (青岛市崂山区审计局 徐卓慧), the names then the unit in brackets
 * (徐卓慧（青岛市崂山区审计局）), or a journal's unit line with its post code ((福建行政学院 工商管理教研部,福建 福州350001)).
 */
export function isAuthorLine(text: string): boolean {
  const t = text.trim().replace(/^(?:作者|作者单位|作者單位)\s*[:：]\s*/, '');
  if (t.length > 80) return false;
  if (/^[(（][^()（）]{2,78}[)）]$/.test(t)) {
    // Several units numbered (1.某大学 经济学院,北京 100871;2.某研究所,上海 200030).
    const inner = t.slice(1, -1);
    return /\d{6}$/.test(inner) && inner.split(/[\s,，、;；]+/).some((w) => isUnit(w.replace(/^\d+\s*[.．、]?|\d+$/g, '')));
  }
  const bracketed = /^([^()（）]{2,24}?)\s*[(（]([^()（）]{3,40})[)）]$/.exec(t);
  if (bracketed) return allNames(bracketed[1]!.split(/[\s\u3000、,，]+/).filter((w) => w !== '')) && isUnit(bracketed[2]!.split(/[\s,，]+/)[0]!);
  const words = t.split(/[\s\u3000、,，]+/).filter((w) => w !== '');
  // The unit may be two words (某大学 马克思主义学院): the names start after the last one that is a unit.
  let names = 0;
  while (names < words.length && names < 2 && isUnit(words[names]!)) names++;
  return names > 0 && names < words.length && allNames(words.slice(names));
}

/**
 * A news page's byline, a credit or an author's line (see the head of this file). Lines are short: one
 * longer than 60 characters is none, so the patterns' neighbouring spaces cannot make a long line slow.
 */
export function isByline(text: string): boolean {
  let t = text.trim().replace(/\s+/g, ' ');
  if (t.length > 80) return false;
  t = t.replace(/^[□■●◎▲△◆◇]\s*/, '');
  if (isAuthorLine(t)) return true; // before its brackets go: a journal's (unit, post code) keeps them
  if (t.length > 60) return false;
  // A dateline alone, or with the reporters after it in brackets (新华社北京3月5日电（记者 张某 李某）).
  const dated = /^([^(（]{4,30})[(（]([^()（）]+)[)）]$/.exec(t);
  if (DATELINE.test(t) || (dated && DATELINE.test(dated[1]!.trim()) && isByline(dated[2]!))) return true;
  // A dateline in brackets alone on its line (【中新社北京1月18日電】, 〔新华社北京3月5日电〕, [ 人民网南京1月18日电 ]).
  const framed = /^[〔【[(（]\s*([^〔〕【】[\]()（）]{4,30}?)\s*[〕】\])）]$/.exec(t);
  if (framed && DATELINE.test(framed[1]!)) return true;
  const own = OWN_NEWS.exec(t);
  if (own) {
    t = t.slice(own[0].length);
    if (t === '') return true;
  }
  // A byline in brackets whole (〔記者羅國嘉／新北報導〕, 【记者 张三 通讯员 李四】), or after 本报讯.
  const inner = /^[〔【[(（]\s*([^〔〕【】[\]()（）]+?)\s*[〕】\])）]$/.exec(t);
  if (inner) t = inner[1]!;
  return REPORTED.test(t) || DESK_REPORTED.test(t) || isPhotoCredit(t) || (t.length <= 40 && bylineNames(t)) || CREDIT.test(t) || isAuthorLine(t);
}

/**
 * A byline or a credit glued after a title on its line, after a space, a bar, a dash or an opening bracket
 * (也談議事規則修訂 文:冼樂石, …政策願景 聯合報／ 記者江婉儀／新北即時報導, …修訂（文/李明）, …培训班——记者 张明): where it starts,
 * or -1. An author's unit and name is not looked for here: a title may end in an office's name.
 */
export function bylineTail(text: string): number {
  const from = Math.max(0, text.length - 60);
  for (let at = from; at < text.length; at++) {
    if (!/[\s|｜(（【〔—―－]/.test(text[at]!) || (at > 0 && /[\s|｜—―－]/.test(text[at - 1]!))) continue;
    const rest = text.slice(at).replace(/^[\s|｜—―－]+/, '');
    if (rest === '' || isAuthorLine(rest)) continue;
    if (isByline(rest) && !isNameAlone(rest.replace(/^[(（【〔]|[)）】〕]$/g, ''))) return at;
  }
  return -1;
}

/**
 * A column's name and its writer's, as a paper prints them over the headline (政治誅心學 黃永, hkej.com): two
 * words, the second a name. A headline may have that shape too (聚焦发展 高质量), so it only loses to a
 * headline under it (title-choice.ts), never is ruled out.
 */
export function isColumnCredit(text: string): boolean {
  const words = text.trim().split(/[ \u3000]+/);
  return words.length === 2 && /^\p{Script=Han}{2,8}$/u.test(words[0]!) && isNameAlone(words[1]!);
}

/** A byline's role opening its own line: bare (记者), or the paper's, the outlet's or 本报's (本报记者, 某某日报全媒体记者, 新聞記者). */
const OWN_LINE_ROLE = new RegExp(`^${REPORTER_ROLE}`, 'u');
/** A writer's or photographer's credit mark before a byline's role: 文 /, 撰文：, 图/ (credit-roles.ts). */
const WRITER_MARK = new RegExp(`^${CREDIT_MARK_WORD}[ \\u3000]{0,2}[/／:：|｜][ \\u3000]{0,2}(?=\\p{Script=Han})`, 'u');
/** Another role later on the line, after a space (… 通讯员 李某, … 實習生 王某). */
const FIELD_ROLE_LEAD = new RegExp(`^${FIELD_ROLE}`, 'u');
const NEXT_ROLE = new RegExp(`[ \\u3000]+(?=${FIELD_ROLE}[ \\u3000]*\\p{Script=Han})`, 'u');
/** Names set apart by spaces or list marks, perhaps a credit's marks after them (义永华/文 杨波/摄, 张某 李某 /文 王某/图). */
const SPACED_NAMES =
  /^[\p{Script=Han}·]{2,4}(?:[ \u3000、，,]+[\p{Script=Han}·]{2,4}){0,5}(?:[ \u3000]*[/／][ \u3000]?(?:文|图|圖|摄|攝)(?:[ \u3000]+[\p{Script=Han}·]{2,4}[ \u3000]?[/／][ \u3000]?(?:文|图|圖|摄|攝))?)?$/u;

/** Names glued with no mark between them (王芳李强赵敏, names with no space): can the run be cut into two- and three-character names? */
export function gluedNames(run: string): boolean {
  if (!/^\p{Script=Han}{2,15}$/u.test(run)) return false;
  const ok: boolean[] = [true]; // ok[i]: the first i characters are names
  for (let i = 2; i <= run.length; i++) ok[i] = [2, 3].some((n) => i >= n && ok[i - n] === true && isNameAlone(run.slice(i - n, i)));
  return ok[run.length] === true;
}

/**
 * A byline standing alone on its line, however it is marked (本报记者 张某 李某 /文 王某/图, ■记者杨海云, 新闻记者王芳李强…,
 * 记者 张某 通讯员 李某): a pair for each role, keyed by the role as printed, its value the names after it; or null. One
 * in brackets or inside the first sentence (本报讯（记者 …）) is the text's, and not this; a Taiwan credit joining a
 * place by a slash (記者 某某/台北報導) is a dateline, no pair.
 */
export function ownLineBylines(text: string): { key: string; value: string }[] | null {
  // A writer's credit mark before the byline (文 / 云南日報記者 張寅, 文：本报记者 张某) says the same: who wrote it.
  const t = text
    .trim()
    .replace(/^[□■●◎▲△◆◇][ \u3000]*/, '')
    .replace(WRITER_MARK, '');
  const head = t.length <= 60 ? OWN_LINE_ROLE.exec(t) : null;
  if (!head) return null;
  const paper = head[0] !== '记者' && head[0] !== '記者';
  const [first, ...others] = t.slice(head[0].length).split(NEXT_ROLE);
  const pairs = [{ key: head[0], value: first! }];
  for (const o of others) {
    const role = FIELD_ROLE_LEAD.exec(o)![0];
    pairs.push({ key: role, value: o.slice(role.length) });
  }
  for (const p of pairs) {
    const glued = !/^[ \u3000]/.test(p.value);
    p.value = p.value.trim();
    const spaced = SPACED_NAMES.test(p.value);
    if (glued ? !gluedNames(p.value) && !(spaced && /[/／]/.test(p.value)) : !spaced) return null;
    // A bare 记者 with one name after a space and nothing else (记者 手记) is a name only when it reads as one.
    if (!glued && !paper && pairs.length === 1 && !/[/／]/.test(p.value) && !isNameAlone(p.value.split(/[ \u3000、，,]+/)[0]!)) return null;
  }
  return pairs;
}
