// Round 19 of issue 26, theme N: credits and dates outside the head's card. A credit is a role with names wherever the
// page prints it: the outlet is part of a reporter's role (羊城晚报全媒体记者, 新華社記者, 闪电新闻记者), a writer's or
// photographer's mark may stand before it (文/, 图/), the names may be glued on and listed (记者贾政、魏丽娜), the credits
// may run on after the text's last sentence with no bracket, a mirror may print ?? for its spaces, and a role with
// names but no colon between credit lines is the block's (2604, 2609, 2706, 2523). The printings are generated
// (outlets × names × marks × places on the page × scripts), with look-alikes that must stay as they are: a sentence
// naming a reporter, 图1/图2 captions, a headline with 文 or 图 in it, a text closing on one source; and hostile long lines.
import { describe, expect, it } from 'vitest';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

/** Reporters' roles with their outlets, both scripts. */
const OUTLETS = ['羊城晚报全媒体记者', '广州日报全媒体记者', '新華社記者', '閃電新聞記者', '人民网记者', '南方日報記者', '本報記者', '某某县融媒体中心记者'];
const NAMES = ['张璐瑶', '陶奕燃', '陳志明', '李文华', '欧阳晓', '黄珊', '劉青', '周伟力'];
const MARKS = ['文/', '图/', '圖／', '摄/', '文／', '图文/'];
const CORRESPONDENT = ['通讯员', '通訊員', '实习生', '實習生'];
const ODD_NAMES = ['穗仁宣', '粤宣', '区融宣', '市委宣'];
const LEAD = '1月31日下午，历时3天的市十五届人大六次会议圆满完成各项议程，胜利闭幕。\n下午3时，大会第三次全体会议在会议中心举行。\n';
const LEAD_TW = '1月31日下午，歷時3天的市十五屆人大六次會議圓滿完成各項議程，勝利閉幕。\n下午3時，大會第三次全體會議在會議中心舉行。\n';

describe('credit lines first on a page with no headline, a correspondent between them (2604): outlets × marks × names × scripts', () => {
  const cases = cross(OUTLETS, MARKS).map(([o, m], k) => {
    const n1 = NAMES[k % NAMES.length]!;
    const n2 = NAMES[(k + 3) % NAMES.length]!;
    const role = CORRESPONDENT[k % CORRESPONDENT.length]!;
    const odd = ODD_NAMES[k % ODD_NAMES.length]!;
    const second = OUTLETS[(k + 1) % OUTLETS.length]!;
    return [`${m}${o} ${n1} / ${role} ${odd}`, m, o, n1, role, odd, second, n2, k] as const;
  });
  it.each(cases)('%s', (_, mark, outlet, n1, role, odd, second, n2, k) => {
    const page = `文/${outlet} ${n1}\n${role} ${odd}\n${mark}${second} ${n2}\n${k % 2 ? LEAD_TW : LEAD}`;
    const got = readPage(page);
    expect(got.meta).toEqual([`${outlet}=${n1}`, `${role}=${odd}`, `${second}=${n2}`]);
    expect(got.title).toBeNull();
  });
});

describe('credit lines at the foot, names glued to the role and listed (2609): outlets × marks × lists × notes', () => {
  const lists = [
    ['贾政', '魏丽娜', '章程', '何瑞琪', '申卉'],
    ['庄小龙', '苏俊杰', '杨耀烨'],
    ['陳志明', '黃珊', '劉青', '畢林豐'],
    ['张三', '李四'],
  ];
  const notes = ['', '(部分图片由受访者提供)', '（图片由某某局提供）', '(部分圖片由受訪者提供)'];
  const cases = cross(
    OUTLETS.filter((o) => o !== '本報記者'),
    cross(lists, notes),
  ).map(([o, [l, n]], k) => [`${o}${l.join('、')}${n}`, o, l, n, k] as const);
  it.each(cases)('%s', (_, outlet, list, note, k) => {
    const mark = MARKS[k % MARKS.length]!;
    const other = OUTLETS[(k + 2) % OUTLETS.length]!;
    const page = `${k % 2 ? LEAD_TW : LEAD}代表们表示，将认真履职。\n${mark}${outlet}${list.join('、')}\n图/${other}${NAMES[k % NAMES.length]}、${NAMES[(k + 1) % NAMES.length]}${note}\n`;
    expect(readPage(page).meta).toEqual([`${outlet}=${list.join('、')}`, `${other}=${NAMES[k % NAMES.length]}、${NAMES[(k + 1) % NAMES.length]}`]);
  });
});

describe("credits run on after the text's last sentence, no bracket (2706): outlets × desks × separators", () => {
  const desks = [
    ['编辑', '责编', '审校', '主编'],
    ['編輯', '責編', '審核', '主編'],
    ['责任编辑', '审核', '终审'],
  ];
  const seps = ['', ' ', ' | ', '　'];
  const cases = cross(OUTLETS.slice(0, 6), cross(desks, seps)).map(([o, [d, sep]], k) => [`${o}…${d.join(',')}[${sep}]`, o, d, sep, k] as const);
  it.each(cases)('%s', (_, outlet, desk, sep, k) => {
    const reporter = NAMES[k % NAMES.length]!;
    const names = desk.map((_, j) => NAMES[(k + j + 1) % NAMES.length]!);
    const source = ['闪电新闻', '新華社', '羊城晚报'][k % 3]!;
    const credits = desk.map((d, j) => `${d}:${names[j]}`).join(sep);
    const page = `某某网3月8日讯 3月6日下午，代表团举行全体会议，审议政府工作报告。一问一答间，呈现出一个充满活力的新面貌。${outlet} ${reporter} 报道来源:${source}${sep}${credits}`;
    expect(readPage(page).meta).toEqual([`${outlet}=${reporter}`, `来源=${source}`, ...desk.map((d, j) => `${d}=${names[j]}`)]);
  });
});

describe("a mirror's reporters' line with ?? for its wide spaces, pinyin inside a role (2523): outlets × names", () => {
  const spaced = ['林??暉', '王??芳', '李??明'];
  const cases = cross(['新華社記者', '人民網記者', '新华社记者'], cross(NAMES.slice(0, 4), spaced)).map(
    ([o, [n, s]]) => [`${o}??${n}??${s}`, o, n, s] as const,
  );
  it.each(cases)('%s', (_, outlet, name, two) => {
    const page = `努力成為先行區示範區\n\n${outlet}??${name}??${two}??本報(bào)記者??桂從路\n2023年05月14日13:04 | 來源:人民網\n\n4年前，總書記調研京津冀協同發展並主持召開相關座談會。\n`;
    const got = readPage(page);
    expect(got.meta.slice(0, 2)).toEqual([`${outlet}=${name}??${two}`, '本報記者=桂從路']);
    expect(got.title).toBe('努力成為先行區示範區');
  });
});

describe("an English page's credits on lines of their own, at its top and inside it (2615): roles × names × places", () => {
  const roles = ['Author:', 'Translated by', 'Written by', 'Editor:', 'Reported by', 'Compiled by'];
  const names = ['WuhuW', 'Yuan Mengwen from Foreign Affairs Office of Wuhu Municipal People’s Government', 'Li Wei and Zhang Min', 'Mary O’Neil', 'J. Smith'];
  const HEADLINE = 'Wuhu-Xuanzhou Airport Plans to Open Routes to Kunming and Other Cities';
  const TEXT =
    'The reporter learned from the airline that the airport plans to open new routes.\n\nThe airport is a key project of the province, with six boarding bridges in place.\n';
  const cases = cross(roles, names).map(([r, n], k) => [`${r} ${n}`, r, n, k] as const);
  it.each(cases)('%s', (_, role, name, k) => {
    const key = role.replace(/:$/, '');
    const line = `${role} ${name}`;
    const page =
      k % 2 === 0
        ? `Skip to content Skip to footer\n\n${line}\n\n${HEADLINE}\n\n${TEXT}`
        : `Skip to content Skip to footer\n\n${HEADLINE}\n\n${TEXT}\n${line}\n\nStrongest Sandstorm in Decade Affects Anhui\n`;
    expect(readPage(page).meta).toEqual([`${key}=${name}`]);
  });
  it.each([
    ['Edited by the time we arrived, the plan had changed.'],
    ['Author of the plan said the airport will open soon.'],
    ['Photo by Li Wei'],
    ['Written by the people, for the people.'],
  ])("a sentence that opens with a role, or a photo's credit, is no pair: %s", (sentence) => {
    const page = `Wuhu Airport Opens\n\nThe airport opened today in the city.\n\n${sentence}\n\nMore flights follow in May.\n`;
    expect(readPage(page).meta).toEqual([]);
  });
  // The metamorphic printing of 2615 (header-metamorphic's "value on the next line"): a role and its colon alone, the names under it.
  const keyed = cross(['Author:', 'Editor:', 'Translator:', 'Reporter：'], names.slice(0, 4));
  it.each(keyed.map(([r, n]) => [`${r} ⏎ ${n}`, r, n] as const))('%s', (_, role, name) => {
    const page = `Skip to content Skip to footer\n\n${role}\n${name}\n\n${HEADLINE}\n\n${TEXT}`;
    expect(readPage(page).meta).toEqual([`${role.replace(/[:：]$/, '')}=${name}`]);
  });
  it('a role alone over a sentence is no pair', () => {
    const page = `Skip to content\n\nAuthor:\nThe airport opened today in the city, the first in the province.\n\n${HEADLINE}\n\n${TEXT}`;
    expect(readPage(page).meta).toEqual([]);
  });
});

describe("an archive's label of the day it shows (2525): labels × dates × scripts", () => {
  const labels: [string, string][] = [
    ['目前顯示的是 ', '的文章'],
    ['目前显示的是 ', '的文章'],
    ['Showing posts for ', ''],
    ['Showing posts from ', ''],
    ['Daily Archives: ', ''],
    ['日归档：', ''],
  ];
  const dates = ['3月 30, 2022', '2022年3月30日', 'March 30, 2022', '十二月 31, 2019', '2022-03-30'];
  const HEADLINE = '教育局重視學生健康 將「口腔保健」列入健康促進學校推動議題之一';
  const cases = cross(labels, dates).map(([[b, a], d]) => [`${b}${d}${a}`, d] as const);
  it.each(cases)('%s', (label, date) => {
    const page = `發表文章\n\n${label}\n\n${HEADLINE}\n\n鄭建勳\\臺中報導 臺中市政府教育局重視學生健康，要求全市學校落實學生午餐餐後潔牙。\n`;
    const got = readPage(page);
    expect(got.meta).toEqual([`日期=${date}`]);
    expect(got.title).toBe(HEADLINE);
  });
  it.each([['目前顯示的是 2022年3月30日舉行的會議'], ['Showing posts from March 30, 2022 about airports']])(
    'a label with other words after its date is no archive label: %s',
    (line) => {
      const page = `${line}\n\n某县召开春耕生产工作会议\n\n今天，各乡镇正抓紧春耕备耕，确保粮食生产。\n`;
      expect(readPage(page).meta).not.toContainEqual(expect.stringMatching(/^日期=/));
    },
  );
});

describe('a foot naming where the text was first printed and its day (2527): sources × from-words × dates', () => {
  const printed = [
    (s: string, d: string) => `「${s}」より${d}`,
    (s: string, d: string) => `『${s}』より ${d}`,
    (s: string, d: string) => `（摘自《${s}》${d}）`,
    (s: string, d: string) => `转自《${s}》 ${d}`,
    (s: string, d: string) => `選自「${s}」，${d}`,
  ];
  const sources = ['中国国際放送局 日本語部', '人民日报', '光明日報', '新华网'];
  const dates = ['2008年3月19日', '2008-03-19', '2024年12月3日'];
  const TEXT_JA = '温家宝総理は19日、国務院常務会議を主宰した。\n会議では、国務院指導作業の分担を確定した。\n';
  const cases = cross(printed, cross(sources, dates)).map(([p, [s, d]], k) => [p(s, d), d, k] as const);
  it.each(cases)('%s', (foot, date, k) => {
    const page = `${k % 2 ? TEXT_JA : LEAD}${foot}\n`;
    expect(readPage(page).meta).toEqual([`日期=${date}`]);
  });
  it.each([['《人民日报》2008年3月19日发表评论员文章。'], ['摘自《人民日报》'], ['「中国国際放送局」より']])('no day, or a sentence: %s', (foot) => {
    expect(readPage(`${LEAD}${foot}\n`).meta).toEqual([]);
  });
});

describe("an interview's card under the title, a biography in its first value, a key no lexicon knows among them (2612): keys × scripts", () => {
  const firsts = ['口述人', '口述者', '受访者', '受訪者', '访谈对象', '訪談對象'];
  const teams = ['访谈组', '訪談組', '采访人', '採訪人', '整理人'];
  const days = ['访谈时间', '訪談時間', '每日天期', '时间'];
  const places = ['地点', '地點', '访谈地点', '地址'];
  const bios = [
    '子克拉格，彝族，1964年生，四川金阳人。2012年4月至2017年2月，任昭觉县委书记。现任四川省农业农村厅一级巡视员。',
    '王某某,1958年出生,曾任某县县长。',
  ];
  const TITLE = '驱走愚蠢落后贫穷这些“鬼”(上)——四川昭觉脱贫攻坚口述';
  const BODY = '冷凉多山的“独立王国”\n\n在脱贫攻坚之前，凉山彝族自治州一共17个县市，深度贫困的就有11个。我是金阳县人，在这4个县生活工作了大半辈子。\n';
  const cases = firsts.flatMap((f, i) =>
    teams.map((t, j) => [`${f} ${t}`, f, t, days[(i + j) % days.length]!, places[(i + 2 * j) % places.length]!, i + j] as const),
  );
  it.each(cases)('%s', (_, first, team, day, place, k) => {
    const bio = bios[k % bios.length]!;
    const sep = k % 4 === 3 ? '：\n' : k % 2 ? ':' : '：'; // the value alone on the next line, as cells print it
    const gap = k % 3 ? '\n\n' : '\n';
    const values = ['黄珊 李志明 毕林丰 吴忧 刘青', '2024年10月22——23日、2024年12月23日', '中央党校(国家行政学院)南校区474办公室'];
    const page = `${TITLE}\n\n${first}${sep}${bio}${gap}${team}${sep}${values[0]}${gap}${day}${sep}${values[1]}${gap}${place}${sep}${values[2]}\n\n${BODY}`;
    const got = readPage(page);
    expect(got.meta).toEqual([`${first}=${bio}`, `${team}=${values[0]}`, `${day}=${values[1]}`, `${place}=${values[2]}`]);
    expect(got.title).toBe(TITLE);
  });
  it('a transcript that opens with an interview key is no card', () => {
    const page = `某县脱贫攻坚访谈录\n\n访谈人：您好，请介绍一下您的工作。\n受访者：好的。我在昭觉工作了十年。\n访谈人：最难的是什么？\n受访者：是观念的转变。\n`;
    expect(readPage(page).meta).toEqual([]);
  });
  it('one interview key alone is a label of the text', () => {
    const page = `某县脱贫攻坚访谈录\n\n受访者：子克拉格，彝族，1964年生，四川金阳人。\n\n在脱贫攻坚之前，凉山彝族自治州一共17个县市，深度贫困的就有11个。\n`;
    expect(readPage(page).meta).toEqual([]);
  });
});

describe("a source's name that runs on into its day after 于 (2827): sources × days × scripts × places", () => {
  const keys = ['新闻来源', '來源', '来源', '稿件來源'];
  const sources = ['国是直通车/新京报/凤凰网', '新華社', '某某日报'];
  const days = ['2020-07-13 9:54:15', '2024年5月1日 08:30', '2019/12/31'];
  const HEAD = '特大洪水会再现 千万别以为与你无关';
  const TEXT = '连日来，受持续强降雨天气影响，南方多地遭受洪涝灾害侵袭。7月11日10时，江西省将防汛应急响应等级由二级提升至一级。\n';
  const cases = cross(keys, cross(sources, days)).map(([k, [s, d]], i) => [`${k}: ${s} ${i % 2 ? '於' : '于'}${d}`, k, s, d, i] as const);
  it.each(cases)('%s', (line, key, source, day, i) => {
    const tail = i % 3 ? '  提示:新闻观点不代表本网立场' : '';
    const page =
      i % 2
        ? `${HEAD}\n\n${line}${tail}\n\n${TEXT}`
        : `【繁體閱讀】 【网友评论:103 条】 【 热评新闻排行 】\n\n全线告急!特大洪水会再现?\n\n${line}${tail}\n\n${TEXT}`;
    expect(readPage(page).meta).toEqual([`${key}=${source}`, `日期=${day}`]);
  });
  it.each([['来源：赣州日报 于都县融媒体中心'], ['来源：某某网 于是我们'], ['来源：于都县融媒体中心']])(
    'a place or a word that starts with 于 stays the source: %s',
    (line) => {
      const got = readPage(`${HEAD}\n\n${line}\n\n${TEXT}`);
      expect(got.meta.filter((m) => m.startsWith('日期='))).toEqual([]);
    },
  );
});

describe("keyed credit lines together inside the text, the site's lines under them (2420): roles × names × scripts × separators", () => {
  const pairsOf: [string, string][][] = [
    [
      ['記者', '高小柔、朱佩瑩'],
      ['指導老師', '呂秉權'],
    ],
    [
      ['记者', '张三、李四'],
      ['指导教师', '王五'],
    ],
    [
      ['實習記者', '陳志明'],
      ['編輯', '黃珊'],
    ],
    [
      ['本报记者', '刘青'],
      ['责任编辑', '周伟力'],
      ['审核', '李文华'],
    ],
  ];
  const seps = [':', '：', ' : '];
  const SITE =
    '《San Po Yan Magazine 新報人》\n新報人(SPY)是香港歷史最悠久的大學生實驗報紙，以實踐新聞教育為宗旨。\n\n【理大衝突案】其中11人被控暴動今再提堂\n\n消委會指六成染髮產品含致敏成份\n留言\n';
  const TEXT =
    '全國人大通過《完善香港選舉制度的決定》，由於選舉委員會的組成有變，各界關注。\n有上屆特首選委擔心選舉被操控，但仍考慮參與，繼續為港人發聲。\n有建制派區議員就表示，會把握機會參選。\n';
  const cases = cross(pairsOf, seps).map(([p, sep], k) => [p.map(([a, b]) => `${a}${sep}${b}`).join(' / '), p, sep, k] as const);
  it.each(cases)('%s', (_, pairs, sep, k) => {
    const gap = k % 2 ? '\n\n' : '\n';
    const over = k % 3 === 2 ? '\n' : ''; // a key alone over its value, as cells print them
    const page = `${TEXT}${pairs.map(([a, b]) => `${a}${sep.trimEnd()}${over || sep.slice(sep.trimEnd().length)}${b}`).join(gap)}\n${SITE}`;
    expect(readPage(page).meta).toEqual(pairs.map(([a, b]) => `${a}=${b}`));
  });
  it.each([['记者：今年的收成怎么样？\n张三：很好，比去年多了两成。'], ['记者：张三\n他说，今年的收成很好。']])(
    'a transcript, or one credit line, inside the text stays text: %s',
    (inner) => {
      expect(readPage(`${TEXT}${inner}\n${TEXT}`).meta).toEqual([]);
    },
  );
});

describe('look-alikes stay as they are', () => {
  it.each(NAMES.map((n) => [n]))('a sentence naming a reporter: %s', (name) => {
    const page = `某县召开春耕生产工作会议\n本报记者${name}、李四在现场看到，各乡镇正抓紧春耕备耕。\n${LEAD}`;
    const got = readPage(page);
    expect(got.meta).toEqual([]);
    expect(got.title).toBe('某县召开春耕生产工作会议');
  });
  it.each([['图1/会议现场'], ['圖2／代表們認真審議'], ['图3/ 广州日报记者节特别报道']])('a caption numbered 图1: %s', (caption) => {
    const page = `某县召开春耕生产工作会议\n${caption}\n${LEAD}`;
    expect(readPage(page).meta).toEqual([]);
  });
  it.each([['文化强市 图强奋进'], ['广州日报记者节特别活动举行'], ['图文：记者走进社区看变化']])('a headline with 文, 图 or 记者 in it: %s', (headline) => {
    const page = `${headline}\n\n${LEAD}`;
    const got = readPage(page);
    expect(got.title).toBe(headline.replace(/^图文：/, '图文：'));
    expect(got.meta).toEqual([]);
  });
  it.each([['来源:新华社'], ['记者 张三'], ['编辑:李四']])('a text closing on one credit after its last sentence: %s', (tail) => {
    const page = `${LEAD}代表们表示，将认真履职。${tail}`;
    expect(readPage(page).meta).toEqual([]);
  });
  it.each([['通讯员 穗仁宣'], ['实习生 某某']])('a role and names with no colon and no credit line beside it: %s', (line) => {
    const page = `${line}\n${LEAD}`;
    expect(readPage(page).meta).toEqual([]);
  });
});

describe('look-alikes of the round-19 rules, from a second reading', () => {
  it.each([['Editor Picks'], ['Writers Wanted'], ['Author Guidelines'], ['Reporters Without Borders']])(
    "an English link or heading that opens with a role's noun and no colon is no credit: %s",
    (line) => {
      expect(readPage(`Wuhu Airport Opens\n\nThe airport opened today in the city.\n\n${line}\n\nMore flights follow in May.\n`).meta).toEqual([]);
    },
  );
  it("a quoted item's day and source on two lines inside the text, no one's role among them, stay the text's", () => {
    const text = '全國人大通過《完善香港選舉制度的決定》，由於選舉委員會的組成有變，各界關注。\n有上屆特首選委擔心選舉被操控，但仍考慮參與。\n';
    expect(readPage(`${text}发布时间：2024年5月1日\n信息来源：某局\n${text}`).meta).toEqual([]);
  });
  it("a notice's last sentence then its meeting's time and a source, no one's role, stays the text's", () => {
    expect(readPage(`某县召开会议\n${LEAD}请各单位准时参加。时间：2024年5月1日 来源：某局\n`).meta).toEqual([]);
  });
  it.each([['作者 简介'], ['摄影 大赛']])("a heading of a role's word under a credit line is no credit: %s", (line) => {
    expect(readPage(`某县召开会议\n来源：某某网 作者：张三\n${line}\n${LEAD}`).meta).toEqual(['来源=某某网', '作者=张三']);
  });
  it("a role and an odd name under a source's line alone is no credit (通讯员 培训班)", () => {
    expect(readPage(`来源：某某网\n通讯员 培训班\n${LEAD}`).meta).toEqual(['来源=某某网']);
  });
  it("a Q&A's labels under an interview key are no card (受访者：张三 ⏎ 主持人：大家好，… ⏎ 记者：…)", () => {
    const page = `关于政务公开的问答\n访谈：今年政务公开工作有哪些重点\n答复：今年重点是推进基层政务公开\n问题：如何参与\n${LEAD}`;
    expect(readPage(page).meta).toEqual([]);
    const hosted = readPage(`某某访谈录\n受访者：张三\n主持人：大家好，欢迎来到访谈\n记者：请您介绍一下今年的工作\n${LEAD}`);
    expect(hosted.meta).not.toContain('受访者=张三');
    expect(hosted.meta).not.toContain('主持人=大家好，欢迎来到访谈');
  });
});

describe('hostile long lines parse fast', () => {
  it.each([
    ['glued list', `文/某某日报全媒体记者${'张三、'.repeat(40000)}`],
    ['run-on credits', `一句话。${'编辑:张三责编:'.repeat(20000)}`],
    ['lost spaces', `新華社記者${'??張'.repeat(60000)}`],
    ['marks', '文/图/'.repeat(50000)],
    ['English credit', `Translated by ${'Yuan '.repeat(40000)}`],
    ['archive label', `目前顯示的是 ${'3月 30, '.repeat(25000)}`],
    ['interview card', `某县访谈录\n口述人：${'某，'.repeat(100000)}\n访谈组：张三`],
    ['source then day', `来源：${'某 于'.repeat(50000)}2020-07-13`],
    ['quoted source', `「${'」より「'.repeat(40000)}」より2008年3月19日`],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    readPage(`${line}\n${LEAD}`);
    readPage(`${LEAD}${line}`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
