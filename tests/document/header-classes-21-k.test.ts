// Round 21 of issue 26, theme K: a headline printed over several lines, and the spaces it prints. A reader hears one
// headline, with a pause where the page puts a space between two phrases and none where a word was merely broken:
// two parallel clauses opening with the same preposition keep their space (在继承中创新 在创新中发展: 3502); a genre
// word spaced out on the line under a meeting's heading is the heading's end, read solid (…第二次会议 ⏎ 公 告: 3429);
// a headline broken after its verb of holding runs on into the event it held (…代表團召開 ⏎ 第一次全體會議: 3316); a
// kicker clause a blank line over a main line of two slogans is one headline (…奋斗豪情 ⏎ ⏎ 不负韶华 乘势而上: 3311);
// three short slogans over a main line that a subtitle closes are its kicker (谈感受 谋发展 绘愿景 ⏎ 凝聚…: 3315).
// The printings are generated (words × scripts × separators × places); the look-alikes (a predicate after its subject,
// a headline whole before its verb, a deck, a menu over a headline) stay as they were read.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const title = (text: string) => readPage(text).title;
const BODY = '\n\n今年以来，全市上下坚持稳中求进工作总基调，经济社会发展取得新成效，全年地区生产总值增长5.2%。\n';
const BODY_TW = '\n\n今年以來，全市上下堅持穩中求進工作總基調，經濟社會發展取得新成效，全年地區生產總值增長5.2%。\n';

describe('two parallel clauses opening with the same preposition keep their space (3502): clauses × spaces × places', () => {
  const PAIRS: [string, string][] = [
    ['在继承中创新', '在创新中发展'],
    ['在改革中前进', '在开放中发展'],
    ['在學習中提高', '在實踐中成長'],
    ['向榜样学习', '向英雄致敬'],
    ['向人民匯報', '向歷史交卷'],
    ['从小事做起', '从细节抓起'],
    ['從嚴治黨', '從嚴治吏'],
    ['把目标定高', '把措施落细'],
  ];
  const SPACES = [' ', '\u3000', '  '];
  const PLACES = [
    (t: string) => `${t}${BODY}`,
    (t: string) => `${t}\n——省政协十三届二次会议开幕掠影${BODY}`,
    (t: string) => `${t}\n${t}\n——市政协会议开幕掠影${BODY_TW}`,
  ];
  const cases = cross(PAIRS, SPACES).flatMap(([pair, sp]) => PLACES.map((_place, p) => [pair[0], pair[1], sp, p] as const));
  it.each(cases)('%s|%s (%j, place %i)', (a, b, sp, p) => {
    expect(title(PLACES[p]!(`${a}${sp}${b}`))).toBe(`${a} ${b}`);
  });
  // Look-alikes: a subject and its predicate opening with a preposition (…会议 在昆明开幕) run on; so do two pieces of
  // very different length (在全省经济工作会议上 在讲话), and a clause over a preposition's line the page wrapped.
  it.each([
    ['全省经济工作会议 在昆明开幕', '全省经济工作会议在昆明开幕'],
    ['省政协十三届二次会议 在贵阳开幕', '省政协十三届二次会议在贵阳开幕'],
    ['在全省经济工作会议上的讲话 在会上', '在全省经济工作会议上的讲话在会上'],
    ['市人大常委会 向全市人民报告', '市人大常委会向全市人民报告'],
  ])('held: %s', (printed, read) => {
    expect(title(`${printed}${BODY}`)).toBe(read);
  });
});

describe("a genre word spaced out under a meeting's heading is the heading's end (3429): headings × words × numbers", () => {
  const HEADINGS = [
    '攸县第十八届人民代表大会第二次会议',
    '某市第十六届人民代表大会第三次会议',
    '某縣第十屆人民代表大會第一次會議',
    '政协某县第九届委员会第四次会议',
  ];
  const WORDS = ['公 告', '公　告', '通 告', '决 定', '決 定', '公  告'];
  const cases = cross(HEADINGS, WORDS);
  it.each(cases)('%s ⏎ %s', (heading, word) => {
    const page = `\n${heading}\n${word}\n(第4号)\n2022年2月25日,${heading}表决通过了议事规则。\n`;
    expect(title(page)).toBe(heading + word.replace(/[ \u3000]/g, ''));
  });
  // Look-alikes: a heading that already names its genre over a spaced word stays itself; so does a heading over a
  // chapter's spaced name.
  it.each([
    ['某县人民政府关于调整工作时间的通知', '附 件'],
    ['某县人民代表大会议事规则', '总 则'],
  ])('held: %s ⏎ %s', (heading, word) => {
    expect(title(`\n${heading}\n${word}\n第一条 为保障县人民代表大会依法行使职权，制定本规则。\n`)).toBe(heading);
  });
  it("held: a site's name over its column's spaced name over a notice", () => {
    expect(title('某某县人民政府门户网站\n通 知 公 告\n关于调整工作时间的通知\n\n各乡镇人民政府：现将有关事项通知如下。\n')).toBe('关于调整工作时间的通知');
  });
});

describe('a headline broken after its verb of holding runs on into the event (3316): bodies × verbs × events × scripts', () => {
  const HEADS = [
    '遼寧省第十四屆人民代表大會第三次會議盤錦代表團召開',
    '辽宁省第十四届人民代表大会第三次会议盘锦代表团召开',
    '某市第十五届人民代表大会第二次会议某某代表团举行',
    '某縣人民政府辦公室舉行',
    '某市政协机关党支部召开',
    '某区市场监督管理局举办',
  ];
  const EVENTS = ['第一次全体会议', '第一次全體會議', '2025年度工作总结会议', '青年干部座谈会', '新办公楼启用仪式', '第二次全体会议'];
  const cases = cross(HEADS, EVENTS);
  it.each(cases)('%s ⏎ %s', (head, event) => {
    const page = `${head}\n${event}\n1月15日下午,某代表团在住地召开会议,传达代表团召集人会议精神。\n`;
    expect(title(page)).toBe(head + event);
  });
  // Look-alikes: a headline that names its event before the verb (…会议在某地召开, …常委会召开) is whole, the line under
  // it another line; a line under the verb that is not an event (a deck of who attended) stays out.
  it.each([
    ['市政协十三届二次会议在贵阳召开', '第一次全体会议'],
    ['某县人大常委会召开', '第二十次会议'],
    ['全市经济工作会议召开', '第一次全体会议'],
  ])('held: %s ⏎ %s', (head, event) => {
    expect(title(`${head}\n${event}\n1月15日下午,某代表团在住地召开会议,传达代表团召集人会议精神。\n`)).toBe(head);
  });
  // A headline whole before its verb: the event (开幕式举行), an adverb (隆重召开); another headline under it stays out.
  it.each([
    ['第二届数字经济博览会开幕式举行', '第三届数字经济发展论坛'],
    ['市第十五届人民代表大会第四次会议隆重召开', '第一次全体会议'],
    ['全省文化旅游发展活动举办', '第二届文化旅游论坛'],
  ])('held: %s ⏎ %s', (head, next) => {
    expect(title(`${head}\n${next}\n\n1月5日，第二届数字经济博览会在某市开幕。\n`)).toBe(head);
  });
  it('held: a deck of who attended under a verb of holding', () => {
    expect(title(`某县人民政府召开\n张三主持并讲话\n1月15日下午,某县人民政府召开常务会议。\n`)).toBe('某县人民政府召开');
  });
});

describe('a kicker clause a blank line over a main line of two slogans (3311): kickers × slogans × indents × scripts', () => {
  const KICKERS = [
    '习近平总书记在我省考察重要讲话激荡干部群众奋斗豪情',
    '全市上下深入学习贯彻党的二十届三中全会精神',
    '全縣上下深入學習貫徹黨的二十屆三中全會精神',
    '全市干部群众热议市委全会精神纷纷表示',
  ];
  const SLOGANS = ['不负韶华 乘势而上', '凝心聚力 共謀發展', '踔厉奋发 勇毅前行', '牢记嘱托 感恩奋进'];
  const INDENTS = ['', '      ', '\u3000\u3000'];
  // One blank line or two between them, as a page sets all its head's lines apart.
  const GAPS = ['\n\n', '\n\n\n'];
  const cases = cross(KICKERS, SLOGANS).flatMap(([k, s]) => INDENTS.flatMap((ind) => GAPS.map((gap) => [k, s, ind, gap] as const)));
  it.each(cases)('%s ⏎ ⏎ %s (%j %j)', (kicker, slogans, indent, gap) => {
    const page = `大同新闻网${gap}${kicker}${gap}${indent}${slogans}${gap}  孟夏时节,三晋大地沃土千里、草木葱茏,一派生机勃发景象。\n`;
    expect(title(page)).toBe(`${kicker} ${slogans}`);
  });
  // Look-alikes: slogans of unequal length, a deck of who attended, or a kicker that names a genre (a whole title of
  // its own), a blank line over the slogans, are not joined to them.
  it.each([
    ['全市经济工作会议召开', '不负韶华 乘势而上奋进'],
    ['全市经济工作会议召开', '张三主持 李四出席'],
    ['代表委员热议政府工作报告', '不负韶华 乘势而上'],
    ['某县全面推进乡村振兴工作', '奋进新时代 建功新征程'],
    ['某縣全面推進鄉村振興工作', '凝心聚力 共謀發展'],
  ])('held apart: %s ⏎ ⏎ %s', (headline, under) => {
    expect(title(`${headline}\n\n${under}\n\n  孟夏时节,三晋大地沃土千里、草木葱茏,一派生机勃发景象。\n`)).not.toBe(`${headline} ${under}`);
  });
});

describe('three short slogans over a main line that its subtitle closes (3315): slogans × main lines × scripts', () => {
  const KICKERS = ['谈感受 谋发展 绘愿景', '講政治 顧大局 守紀律', '抓项目 促投资 稳增长', '强基础 补短板 增后劲 促发展'];
  const MAINS = ['凝聚奋进新征程的共识与力量', '全力推動高質量發展邁上新台階', '奋力谱写现代化建设新篇章'];
  const cases = cross(KICKERS, MAINS);
  it.each(cases)('%s ⏎ %s ⏎ ——…', (kicker, main) => {
    const page = `${kicker}\n${main}\n\n——市七届人大四次会议代表分组审议政府工作报告等报告\n\n●本报记者 冯可欣${BODY}`;
    expect(title(page)).toBe(`${kicker} ${main}`);
  });
  // Look-alikes: a menu of three equal items over a headline, with or without a subtitle: the headline alone.
  it.each(MAINS)('held: a menu over %s and its subtitle', (main) => {
    expect(title(`新闻中心 政务公开 互动交流\n${main}\n\n——在全市经济工作会议上的讲话\n\n同志们：今年以来，全市上下坚持稳中求进。\n`)).toBe(main);
  });
  it.each(MAINS)('held: a menu over %s', (main) => {
    expect(title(`新闻中心 政务公开 互动交流\n${main}${BODY}`)).toBe(main);
  });
});

describe("a copy site's search phrase joined before the headline by an underscore (3304): phrases × headlines × spaces", () => {
  const PHRASES = ['十三届人大常委会几次会议', '人大常委会多少人', '政府工作报告如何写', '兩會是否如期召開', '如何写好工作总结', '常委会议是否公开'];
  const HEADLINES = ['省十三届人大常委会第十四次会议开幕', '市政府召开第十二次常务会议研究部署重点工作', '縣人大常委會舉行第二十次會議'];
  const SPACES = ['', ' '];
  const cases = cross(PHRASES, HEADLINES).flatMap(([p, h]) => SPACES.map((sp) => [p, h, sp] as const));
  it.each(cases)('%s_%j%s', (phrase, headline, sp) => {
    expect(title(`${phrase}_${sp}${headline}${BODY}`)).toBe(headline);
  });
  // Look-alikes: a question headline before its site's name stays the title; a headline with no question word before
  // an underscore is read as it was.
  it.each([
    ['如何做好基层治理工作_人民网', '如何做好基层治理工作'],
    ['代表委员热议如何稳就业_某某县人民政府门户网站', '代表委员热议如何稳就业'],
    ['几内亚总统访华期间双方签署合作文件_ 中国与几内亚签署多项合作协议', '几内亚总统访华期间双方签署合作文件'],
  ])('held: %s', (printed, read) => {
    expect(title(`${printed}${BODY}`)).toBe(read);
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['parallel clauses', '在继承中创新 '.repeat(30000)],
    ['a spaced-out word', '公 '.repeat(100000)],
    ['verbs of holding', '代表团召开'.repeat(40000)],
    ['slogans', '不负韶华 '.repeat(40000)],
    ['search phrases', '几次会议_'.repeat(40000)],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n第一次全体会议\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});
