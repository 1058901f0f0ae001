// Round 20 of issue 26, theme M: the pairs of a page's card printed the site's own way. A reader knows a key by its shape
// and its place, not by a list: a short noun phrase before a colon in a run of the card's pairs (录入人员, 移动端, 创建时间,
// an English Date among Han keys: 2910, 3130, 3220), the run counting the keys the page left empty (访问次数:) and the
// card's keyless date (2019-11-18 08:39栏目:历史进展: 2917, the date glued before the key). What stands before the run and
// is no pair is the publisher's signature: an office's full name (3001), its name and its address (3130). The printings
// are generated (keys × values × companions × scripts × separators × places) and every positive case failed before.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/document/parse.js';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const meta = (text: string) => readPage(text).meta;

const TITLE = '某县2023年政府信息公开工作年度报告';
const TITLE_T = '某縣2023年政府資訊公開工作年度報告';
const BODY = '\n\n  本年度报告是根据《中华人民共和国政府信息公开条例》要求，由县人民政府办公室编制，现予公布。全文包括总体情况、主动公开政府信息情况等内容。\n';
const page = (title: string, line: string) => `您的位置：首页 > 信息公开年报\n${title}\n${line}${BODY}`;

/** Keys no list knows, of a card's shape: who entered it, where it shows, when it was made, a column; in both scripts. */
const UNLISTED: [string, string][] = [
  ['录入人员', 'zlxzwgk'],
  ['錄入人員', '王小明'],
  ['移动端', '区政府工作报告'],
  ['创建时刻', '2015/10/15 16:55:00'],
  ['经办人', '张三'],
  ['栏目', '工作动态'],
  ['欄目', '工作動態'],
  ['责任科室', '综合科'],
  ['Date', '2014-03-19 16:54:42'],
  ['Author', 'Wang'],
];
/** The card's known keys beside it, one full and one the page left empty (its counter filled by a script). */
const COMPANIONS: [string, string, string][] = [
  ['发布时间', '2024-01-19', '访问次数:'],
  ['來源', '縣政府', '瀏覽次數：'],
  ['来源', '互联网', '访问:'],
  ['信息来源', '县政府办公室', '点击数：'],
];
const GAPS = [' ', '   ', '\u3000', '  '];

describe('a key no list knows, of a card’s shape, in a run with a full pair and an empty one (2910, 3220): keys × companions × gaps', () => {
  const cases = cross(UNLISTED, COMPANIONS).flatMap(([[k, v], [ck, cv, label]], i) => {
    const gap = GAPS[i % GAPS.length]!;
    const colon = i % 2 === 0 ? ':' : '：';
    return [
      [`${k}${colon}${v}${gap}${ck}${colon}${cv}${gap}${label}`, k, v, ck, cv] as const,
      [`${ck}${colon}${cv}${gap}${k}${colon}${v}${gap}${label}`, k, v, ck, cv] as const,
    ];
  });
  it.each(cases)('%s', (line, k, v, ck, cv) => {
    const got = meta(page(i18n(k), line));
    expect(got).toContain(`${k}=${v}`);
    expect(got).toContain(`${ck}=${cv}`);
  });
});
/** The title in the script of the key (a Traditional card under a Traditional title). */
const i18n = (k: string) => (/[錄欄]/.test(k) ? TITLE_T : TITLE);

describe('a keyless date glued before a short column pair (2917): dates × keys × values', () => {
  const DATES = ['2019-11-18 08:39', '2024年1月5日', '2023/03/05 10:20:30', '2025-02-11'];
  const KEYS: [string, string][] = [
    ['栏目', '历史进展'],
    ['欄目', '歷史進展'],
    ['频道', '本地新闻'],
    ['頻道', '本地新聞'],
    ['专栏', '学习园地'],
  ];
  it.each(
    cross(DATES, KEYS).flatMap(([d, [k, v]]) => [
      [`${d}${k}:${v}`, d, k, v] as const,
      [`${d}  ${k}：${v}`, d, k, v] as const,
      [`${d}${k} :${v}`, d, k, v] as const,
    ]),
  )('%s', (line, d, k, v) => {
    const got = meta(`${TITLE}\n\n${line}\nTAG:\n${BODY}`);
    expect(got).toContain(`日期=${d}`);
    expect(got).toContain(`${k}=${v}`);
  });
});

describe('a speaker before a short clause after a date is a headline, no column pair (review): dates × speakers', () => {
  const DATES = ['2024-03-05', '2024年3月5日', '2023/03/05 10:20:30'];
  const SAID: [string, string][] = [
    ['李强', '稳中求进'],
    ['省长', '真抓实干'],
    ['习近平', '奋斗正当时'],
    ['央行', '降准'],
  ];
  it.each(cross(DATES, SAID).map(([d, [who, what]]) => [`${d} ${who}：${what}`, d] as const))('under the title: %s', (line, d) => {
    expect(meta(page(TITLE, line))).toEqual([`日期=${d}`]);
  });
  // (a clause this short is no title for other reasons; a longer one stays the title)
  it.each(DATES.map((d) => [`${d} 习近平：奋斗正当时`, '习近平：奋斗正当时'] as const))('as the title: %s', (line, title) => {
    expect(readPage(`您的位置：首页 > 要闻\n${line}${BODY}`).title).toBe(title);
  });
});

describe('the publisher’s signature before the run: an office’s full name, its name and its address (3001, 3130): offices × pairs', () => {
  const OFFICES = ['中国人民政治协商会议湖南省委员会', '某市机关事务管理局', '某縣人民政府辦公室', '某省发展和改革委员会'];
  const lines = (office: string) => [
    `${office}     时间:2018-01-28    来源:`,
    `${office}:http://www.example.com    来源:    创建时间:2015/10/15 16:55:00`,
    `${office}   發布時間：2018-01-28   來源：   錄入人員：王小明`,
  ];
  it.each(OFFICES.flatMap((o) => lines(o).map((l) => [l] as const)))('%s', (line) => {
    const got = meta(page(TITLE, line));
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((m) => /^(?:时间|创建时间|發布時間)=\d{4}/.test(m))).toBe(true);
    if (line.includes('錄入')) expect(got).toContain('錄入人員=王小明');
    expect(got.join(' ')).not.toMatch(/委员会|管理局|辦公室|example/);
  });
});

describe('look-alikes that stay as they were', () => {
  it.each([
    // beside one known pair only, an unknown key is no key of its own (a remark, a note)
    ['来源：县政府 备注：另行通知', ['来源=县政府']],
    // a headline after a date states a clause: no pair
    ['2024-01-05 央行:保持流动性合理充裕', ['日期=2024-01-05']],
    // a URL's scheme is no key
    ['来源：县政府   http://www.example.com   浏览次数：12', ['来源=县政府', '浏览次数=12']],
  ])('%s', (line, want) => {
    expect(meta(page(TITLE, line))).toEqual(want);
  });
  it('a sentence with a colon under the title is text', () => {
    expect(meta(page(TITLE, '各位代表：现在，我代表县人民政府向大会报告工作，请予审议。'))).toEqual([]);
  });
  it('a headline X:Y before a run is not a pair', () => {
    const got = meta(`政治副中心:保定回应没听说 不清楚\n\nDate:2014-03-19 16:54:42   来源:互联网   访问:\n${BODY}`);
    expect(got).toEqual(['Date=2014-03-19 16:54:42', '来源=互联网']);
  });
  it('a headline of a head and a statement after a breadcrumb is the title', () => {
    expect(readPage(`当前位置：首页 > 要闻\n央行：保持流动性合理充裕\n来源：新华社 时间：2024-01-05\n${BODY}`).title).toBe('央行：保持流动性合理充裕');
  });
});

describe('hostile long lines parse in well under a second', () => {
  it.each([
    ['a run of unknown keys', '录入人员:甲 '.repeat(30_000)],
    ['a date glued before a long key', `2019-11-18 08:39${'栏'.repeat(200_000)}:历史进展`],
    ['an office and colons', `某市机关事务管理局:${'http://www.x.com:'.repeat(12_000)}`],
    ['a key, a run of spaces, a colon', `Date${' '.repeat(200_000)}:`],
    ['a value of Han characters, then a dash', `有效性: 有效 ${'发'.repeat(200_000)}   -`],
    ['a bare row of times', `发文时间 ${'13:43:52 '.repeat(22_000)}文号`],
  ])('%s', (_, line) => {
    const t0 = performance.now();
    parse(`${line}\n今年以来，全县经济社会发展取得新成效。\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});

// A card's table set as text, two pairs a line, keys spaced out, values the page left empty (3018, 3113, 3229): a dash or
// nothing is an empty value and the next key starts where it stands; a time's colon is no key's; a key of a kind a value is
// tested for (时效, 公开方式) holds a value of that kind on a line of its own.
const CARD_TITLE = '关于做好2025年村和社区组织换届选举工作的实施意见';
const cardPage = (rows: string[]) => `当前位置：首页 > 政府信息公开\n${rows.join('\n')}\n\n${CARD_TITLE}\n\n发布日期：2025-03-28 信息来源：县政府${BODY}`;

describe('a known key left empty at a value’s end, then a dash or nothing (3018): states × keys × placeholders × gaps', () => {
  const STATES: [string, string][] = [
    ['有效性', '有效'],
    ['有效性', '失效'],
    ['公开方式', '主动公开'],
    ['公開方式', '主動公開'],
  ];
  const EMPTY = ['发文字号', '發文字號', '发布机构', '统一编号', '成文日期'];
  const cases = cross(STATES, EMPTY).flatMap(([[k, v], e], i) =>
    ['   -', '  —', ''].map((tail) => [`${k}${i % 2 ? '：' : ': '}${v} ${e}${tail}`, k, v, e] as const),
  );
  it.each(cases)('%s', (line, k, v, e) => {
    const got = meta(cardPage([`索 引 号: 11330683742010670P/2025-84094 主题分类: 其他`, line]));
    expect(got).toContain(`${k}=${v}`);
    expect(got.join(' ')).not.toContain(e);
  });
});

describe('a row of bare keys with a time in a value, and a key left empty first (3113): keys × times × scripts', () => {
  const TIMES = ['2023-12-13 13:43:52', '2024-01-05 09:30', '2025年3月1日 10:20'];
  const ROWS: [string, string, string, string, string][] = [
    ['發文時間', '文號', '有效性', '公開方式', '主動公開'],
    ['发文时间', '文号', '有效性', '公开方式', '主动公开'],
    ['成文时间', '登记号', '时效', '公开范围', '面向全社会'],
    ['生成時間', '登記號', '時效', '公開範圍', '面向全社會'],
  ];
  it.each(cross(ROWS, TIMES))('%j at %s', ([timeKey, emptyKey, emptyFirst, key, value], time) => {
    const got = meta(
      cardPage([
        `索引号 113307847896978016/2023-99090 发布机构`,
        `${timeKey} ${time} ${emptyKey}`,
        '主题分类 综合政务 登记号',
        `${emptyFirst} ${key} ${value}`,
      ]),
    );
    expect(got).toContain(`${timeKey}=${time}`);
    expect(got).toContain(`${key}=${value}`);
    expect(got.join(' ')).not.toMatch(new RegExp(`${emptyKey}=|${emptyFirst}=`));
  });
});

describe('a key of a kind alone with its value, under a key left empty (3229): validity keys × states × spacings', () => {
  const KEYS = ['时 效', '时效', '時 效', '有 效 性', '时效性'];
  const STATES = ['有效', '失效', '现行有效', '已废止'];
  it.each(cross(KEYS, STATES))('%s %s', (key, state) => {
    const got = meta(cardPage(['索 引 号 63269453/2026-00057 分 类 / 报告', '发布机构 徐圩新区 发文日期 2026-02-05', '内容概述', `${key} ${state}`]));
    expect(got).toContain(`${key.replace(/ /g, '')}=${state}`);
    expect(got.join(' ')).not.toContain('内容概述');
  });
});

describe('look-alikes of the card’s table that stay', () => {
  it('a speaker’s line spaced out under a report’s title is no pair', () => {
    expect(
      meta(
        '政府工作报告\n\n  ——2023年1月15日在某省第十四届人民代表大会第一次会议上\n\n  省 长 吴晓军\n\n  各位代表:\n\n  现在,我代表省人民政府向大会报告工作,请予审议。\n',
      ),
    ).toEqual([]);
  });
  it('a document number with dashes keeps them', () => {
    expect(meta(cardPage(['文号: 金政发〔2025〕3-1号 有效性: 有效']))).toContain('文号=金政发〔2025〕3-1号');
  });
  it('a validity key followed by a headline is no pair', () => {
    expect(meta(cardPage(['时效 一个好题目的写法']))).not.toContain('时效=一个好题目的写法');
  });
  it('a row of column names is no pairs', () => {
    expect(meta(cardPage(['时间 分类 内容']))).toEqual(['发布日期=2025-03-28', '信息来源=县政府']);
  });
});

// A login box's labels over the title (会员账号:, 登录密码:) are the site's whatever space the site sets before their colon: a
// layout space (会员账号 :) leaves a label a label, and the card under the title is read (3126 under the metamorphic printing
// "a space before each colon after Han", which lost its whole card).
describe('a login box’s labels with a space before the colon, over a title and its card (3126): labels × spacings × titles', () => {
  const LABELS: [string, string][] = [
    ['会员账号', '登录密码'],
    ['會員帳號', '登錄密碼'],
    ['用户名', '密码'],
    ['手机号码', '验证码'],
  ];
  const TITLES = ['论地方公共文化服务立法:类型、体例与技术准则', '论地方公共文化服务立法 :类型、体例与技术准则', '某县2023年政府信息公开工作年度报告'];
  it.each(cross(cross(LABELS, [' :', ' ：', '\u3000:']), TITLES).map(([[[a, b], gap], t]) => [a, b, gap, t] as const))('%s%s %s / %s', (a, b, gap, t) => {
    const page = `中文 English | 会员登录\n会员登录\n\n${a}${gap}\n\n${b}${gap}\n\n当前位置:首页学术论文\n${t}\n时间 :2021-10-03 浏览 :1348 来源 :《某某学院学报》 作者 :周某 王某\n\n${t}\n\n周某 王某*\n\n摘 要:地方公共文化服务立法包括综合立法和专门立法两种类型。\n`;
    const got = readPage(page);
    expect(got.title).toBe(t);
    expect(got.meta).toContain('时间=2021-10-03');
    expect(got.meta).toContain('作者=周某 王某');
  });
});

// A menu's tabs are no pair though each looks like a field's key alone (按单位分类 ⏎ 按主题分类 ⏎ 申请: 2911), and the title the
// card named already (标题: X) printed again under an empty key (发文字号: ⏎ X) is the title, no value of that key (3226).
describe('a menu of tabs shaped like keys alone is no pair (2911): tabs × scripts × what follows', () => {
  const TABS: [string, string][] = [
    ['按单位分类', '按主题分类'],
    ['按單位分類', '按主題分類'],
    ['按机构分类', '按体裁分类'],
    ['按部门分类', '按年度分类'],
  ];
  const AFTER = ['申请', '查询', '主动公开'];
  it.each(cross(TABS, AFTER).map(([[a, b], c]) => [a, b, c] as const))('%s / %s / %s', (a, b, c) => {
    const page = `某区政府信息公开\n  您当前的位置：某区政府信息公开 > 制度规定 正文\n ${a}\n ${b}\n ${c}\n 查询\n\n文号：某政办发[2008] 20号\n\n${CARD_TITLE}\n${BODY}`;
    expect(meta(page).join(' ')).not.toMatch(/分类=|分類=/);
    // …and with a blank line between the tabs (the metamorphic printing "a blank line between the first 12 lines")
    expect(meta(page.replace(/\n (?=按)/g, '\n\n ')).join(' ')).not.toMatch(/分类=|分類=/);
  });
});

describe('the title the card named, under an empty key, is no value of that key (3226): keys × titles × bullets', () => {
  const KEYS = ['发文字号', '發文字號', '文号', '主题词'];
  // Titles naming no genre a title test knows (a catalogue): only the card's own 标题 says they are the title.
  const TITLES = ['济南市统计局2025年主动公开基本目录', '某县统计局2024年主动公开基本目录', '某區衛生局2025年政府資訊公開目錄'];
  it.each(cross(cross(KEYS, TITLES), ['- ', '• ']).map(([[k, t], b]) => [k, t, b] as const))('%s / %s', (k, t, b) => {
    const page = `${b}索引号: 113701000041890665/2025-00051 组配分类: 工作部门主动公开基本目录\n${b}发布机构: 某市统计局\n${b}标题: ${t}\n${b}${k}:\n${t}\n公开事项 | 公开内容 | 公开主体 |\n机关简介 | 机构职能 | 市统计局 |\n`;
    const got = readPage(page);
    expect(got.title).toBe(t);
    expect(got.meta.join(' ')).not.toContain(`${k}=`);
  });
});

describe('look-alikes of menus and echoes that stay', () => {
  it('a field key alone over its short value is a pair (新聞類別 ⏎ 中國)', () => {
    expect(meta(`新聞類別\n中國\n\n${CARD_TITLE}\n${BODY}`)).toContain('新聞類別=中國');
  });
});
