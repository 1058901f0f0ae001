// Round 19 of issue 26, theme M: a pair's value is the run of text after its key up to where the next thing of another
// kind starts — the next key (spaced or glued, any colon's width), a toolbar's or a button's words, a table's key cell
// left empty — and a key with nothing of its kind after it is empty, never the next thing's value. The printings are
// generated (keys × values × controls × separators × scripts; dates × glued keys × colons; empty keys × toolbars; table
// keys × values), each with look-alikes that must stay as they are: a source whose name ends in 网 or 报, a value that
// holds a control's word inside it, a list of terms naming controls, a title with a colon; and hostile long lines.
import { describe, expect, it } from 'vitest';
import { hostileBudget, readPage } from '../helpers.js';

const cross = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const meta = (text: string) => readPage(text).meta;

const TITLE = '某县2024年政府工作报告';
const TITLE_T = '某縣2024年政府工作報告';
const TEXT = '各位代表：现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。';
const TEXT_T = '各位代表：現在，我代表縣人民政府，向大會報告工作，請予審議，並請縣政協委員和其他列席人員提出意見。';
const page = (line: string, t = false) => `${t ? TITLE_T : TITLE}\n${line}\n${t ? TEXT_T : TEXT}\n`;

describe("a value runs on into a toolbar's or a button's words (2521, 2720): keys × values × controls × separators", () => {
  const keys: [string, boolean][] = [
    ['来源', false],
    ['信息来源', false],
    ['來源', true],
    ['文章來源', true],
  ];
  // No name ending in 网 or 报 but one a converter spoiled: a news outlet's name ends the value already (sourceName).
  const values = ['区政府办公室', '县融媒体中心', '中國新聞網(wǎng)', '市發展和改革委員會', '某某街道办事处'];
  // Each a toolbar's or a button's words, none a list's whole word: an action, perhaps its object, perhaps twice over.
  const controls = [
    '打印页面 关闭页面',
    '參與互動(dòng)參與互動(dòng)',
    '参与互动',
    '收藏本文',
    '我要评论',
    '分享本文',
    '關閉頁面 列印頁面',
    '点击打印',
    '转发 收藏',
    '發表評論',
  ];
  // A gap of three spaces or more before one short word already parts it from a full value: the gap before a run of words.
  const seps = [' ', '\u3000'];
  const wide = cross(['打印页面 关闭页面', '參與互動(dòng)參與互動(dòng)', '转发 收藏', '關閉頁面 列印頁面'], ['   ']);
  const cases = [...cross(controls, seps), ...wide]
    .flatMap((c) => cross(cross(keys, values), [c]))
    .map(([[[key, t], value], [control, sep]], i) => [`${key}:${value}${sep}${control}`, key, value, t, i]) as [string, string, string, boolean, number][];
  it.each(cases)('%s', (line, key, value, t, i) => {
    const date = i % 2 === 0 ? '日期:2021-03-03 16:10 ' : '2018年03月02日 12:39   ';
    expect(meta(page(`${date}${line}`, t))).toContain(`${key}=${value}`);
  });
});

describe("a key left empty, a toolbar's key and its letters after it (2719): empty keys × toolbars", () => {
  const empties = ['作者:', '编辑:', '責任編輯:', '作者：'];
  // A toolbar's key with its letters (T|T, A A): the letters are the toolbar's, no word of the key left empty before it.
  const toolbars = ['字号: T|T', '字号: T | T', '字號：A|A|A', '字體：T|T', '字体: A|A'];
  it.each(cross(empties, toolbars).map(([e, b]) => [`2015-03-02 16:02:56     ${e}    ${b}    来源: 中国新闻网`, e] as const))('%s', (line, empty) => {
    const got = meta(page(line));
    expect(got).toContain('来源=中国新闻网');
    expect(got.some((m) => m.startsWith(`${empty.replace(/[:：]/, '')}=`))).toBe(false);
  });
});

describe("a table's key cell left empty after a value (2718): keys × values", () => {
  // Keys no list knows, each ending in a field's noun (a listed key, 责任部门, is a key alone already).
  const keys = ['制发机构', '所属单位', '印发机构', '印發機構', '主办机关'];
  const values = ['金政发〔2025〕33号', '某府办发〔2024〕7号', '縣政發〔2023〕12號'];
  it.each(cross(keys, values).map(([k, v]) => [`发文字号 | ${v} | ${k} | |`, v] as const))('%s', (row, value) => {
    const text = `索 引 号 | 11620300013909010R/2025-48086 | 主题分类 | 综合政务 |\n${row}\n成文日期 | 2025-06-13 | 发布日期 | 2025-06-30 |\n${TITLE}\n${TEXT}\n`;
    expect(meta(text)).toContain(`发文字号=${value}`);
  });
});

describe('two pairs glued with no space, the value read by its kind (2828): dates × glued keys × colons', () => {
  const dates = ['01-20', '2024-01-20', '2024年1月20日', '5月12日 08:30', '2024-01-20 10:30:05'];
  const glued = ['人气', '热度', '人氣', '围观'];
  const colons = [':', '：'];
  it.each(cross(cross(dates, glued), colons).map(([[d, g], c]) => [`时间${c}${d}${g}${c}13作者:流云碎月`, d, g] as const))('%s', (line, date, key) => {
    const got = meta(`${line}\n${TEXT}\n`);
    expect(got).toContain(`时间=${date}`);
    expect(got).toContain(`${key}=13`);
  });
});

describe("a key of a validity left empty takes no other kind's value under it (2624): numbers × scripts", () => {
  const numbers = ['来苏委发〔2021〕68号', '某府办发〔2024〕7号', '縣政發〔2023〕12號', '2024-00012'];
  const keys = ['有效性:', '时效性：', '時效:'];
  it.each(cross(keys, numbers))('%s %s', (key, number) => {
    const text = `索引号: 11500383009338112H/2021-00021 发文字号: ${number}\n发布机构: 永川区来苏镇 成文日期: 2021-03-11\n主题分类: 人事工作\n${key}\n\n${number}\n\n${TITLE}\n${TEXT}\n`;
    expect(meta(text).some((m) => /^(?:有效性|时效性|時效)=/.test(m))).toBe(false);
  });
});

describe('look-alikes that stay as they are', () => {
  it.each([
    // a source whose name ends in 网 or 报, a word of a control inside a name
    ['日期:2021-03-03 16:10 来源:中国打印网', '来源=中国打印网'],
    ['日期:2021-03-03 16:10 来源:某市日报 某县融媒体中心', '来源=某市日报 某县融媒体中心'],
    ['日期:2021-03-03 16:10 来源:市打印服务中心', '来源=市打印服务中心'],
    ['日期:2021-03-03 16:10 作者:张三 李四', '作者=张三 李四'],
    // one verb alone after a value, no prompt, object or second control: the value's own word (review)
    ['日期:2021-03-03 16:10 来源:网友 投稿', '来源=网友 投稿'],
    ['日期:2021-03-03 16:10 分类:信息 推荐', '分类=信息 推荐'],
    ['日期:2021-03-03 16:10 來源:網友 投稿', '來源=網友 投稿'],
    // a time's own words after its date stay the date's
    ['时间:2024年1月5日下午 来源:某报', '来源=某报'],
    // a validity's date, and its words
    ['有效性: 2025-12-31', '有效性=2025-12-31'],
    ['有效性: 现行有效', '有效性=现行有效'],
    // a validity's year alone or its span of years (review)
    ['时效: 2025年', '时效=2025年'],
    ['有效性: 2025年底前', '有效性=2025年底前'],
    ['时效性: 5年', '时效性=5年'],
  ])('%s', (line, want) => {
    expect(meta(page(line))).toContain(want);
  });
  it('a list of terms keeps words a control could be', () => {
    expect(meta(page('关键词: 打印 复印 收藏'))).toContain('关键词=打印 复印 收藏');
  });
  it('a headline with a colon is no pair', () => {
    expect(meta(`专访｜县长：打印页面的背后\n${TEXT}\n`)).toEqual([]);
  });
});

describe('hostile long lines parse fast', () => {
  it.each([
    ['controls', `来源:某报 ${'打印页面 '.repeat(40_000)}`],
    ['glued keys', `时间:01-20${'人气:1'.repeat(40_000)}`],
    ['colons', `时间:${':'.repeat(200_000)}`],
    ['cells', `发文字号 | ${'制发机构 | '.repeat(20_000)}`],
  ])('%s', (_name, line) => {
    const t0 = performance.now();
    readPage(`${TITLE}\n${line}\n${TEXT}\n`);
    expect(performance.now() - t0).toBeLessThan(hostileBudget(1000));
  });
});

describe("a date after the site's or the office's names, no key (2517, 2802): names × addresses × dates", () => {
  const names = ['银川市人民政府门户网站', '某县人民政府', '芜湖市人民政府(办公室)', '某市人民政府办公室', '某縣人民政府辦公室', '某区发展和改革委员会'];
  const addresses = ['', ' www.yinchuan.gov.cn', ' www.example.gov.cn'];
  const dates = ['2023-01-28', '2016年01月30日', '2023/01/28'];
  it.each(cross(cross(names, addresses), dates).map(([[n, a], d]) => [`${n}${a} ${d}`, d] as const))('%s', (line, date) => {
    expect(meta(`某县2022年政府信息公开工作年度报告\n\n${line}\n\n${TEXT}\n`)).toContain(`日期=${date}`);
  });
});

describe("a portal's bar of links to other sites over the page (2820): site names × pairs", () => {
  const bars = [
    '中国政府网 | 重庆市人民政府网 | 万州经济技术开发区网 | |',
    '中国政府网 | 某省人民政府网 |',
    '中國政府網 | 臺中市政府網站 | 市議會網站 |',
    '国务院门户 | 省政府门户 | 政务服务平台 |',
  ];
  const pairs: [string, string[]][] = [
    ['日期:2021-03-24 来源:万州区政府', ['日期=2021-03-24', '来源=万州区政府']],
    ['发布时间：2024-01-05 信息来源：某县发改局', ['发布时间=2024-01-05', '信息来源=某县发改局']],
  ];
  it.each(cross(bars, pairs).map(([b, [p, want]]) => [`${b} / ${p}`, b, p, want] as const))('%s', (_name, bar, line, want) => {
    const got = meta(`${bar}\n\n${TITLE}\n\n${line}\n\n${TEXT}\n`);
    for (const w of want) expect(got).toContain(w);
  });
});

describe('look-alikes of a date after names', () => {
  it.each([
    // the site's clock: today's date with its weekday after the site's name
    [
      '天津市静海区人民政府 2019年12月3日星期二\n某区2019年法治政府建设报告\n发布时间：2024-03-28 09:18\n',
      '发布时间=2024-03-28 09:18',
      '日期=2019年12月3日星期二',
    ],
  ])('%s', (head, want, not) => {
    const got = meta(`${head}${TEXT}\n`);
    expect(got).toContain(want);
    expect(got).not.toContain(not);
  });
  it.each([
    '我县成立乡村振兴工作领导小组 2023-12-05',
    '省督导组莅临某县人民政府 2023-12-05',
    '市委书记调研某县人民医院 2023-12-05',
    '关于成立某县应急指挥部 2023-12-05',
    '我縣成立鄉村振興工作領導小組 2023年12月5日',
  ])("a list's headline ending in an office's name, its date after it, dates no page (review): %s", (line) => {
    expect(meta(`某县2024年政府工作报告\n${line}\n${TEXT}\n`).some((m) => m.startsWith('日期='))).toBe(false);
  });
  it("an office's own words that a headline could hold stay its name (review)", () => {
    expect(meta(`某县2024年政府工作报告\n某县纪律检查委员会 2023-12-05\n${TEXT}\n`)).toContain('日期=2023-12-05');
  });
  it("a notice's signature at its foot, the office and its date on one line, dates no page (review)", () => {
    const p = '为做好春节期间安全工作，现将有关事项通知如下，请认真贯彻执行。';
    const text = `关于做好春节期间安全工作的通知\n各乡镇人民政府，县直各部门：\n${p}\n一、加强领导。${p}\n二、落实责任。${p}\n三、强化值守。${p}\n\n`;
    expect(meta(`${text}某县人民政府办公室 2024年1月5日\n`)).toEqual([]);
    expect(meta(`${text}某縣人民政府辦公室 2024-01-05\n`)).toEqual([]);
  });
  it("a headline with its date after it stays a list's headline, no names", () => {
    expect(readPage(`某县召开2024年经济工作会议 2024-01-05\n${TEXT}\n`).title).toBe('某县召开2024年经济工作会议');
  });
});

describe("a one-line copy's meeting line after its title dates the speech, not the page (2819): titles × dates × meetings", () => {
  const titles = ['2024年重庆市万州区政府工作报告', '2023年某县政府工作报告', '2025年某市政府工作報告'];
  const dates = ['2024年2月2日', '2024-02-02', '2024年02月02日'];
  const meetings = ['在重庆市万州区第六届人民代表大会第五次会议上', '在某县第十八届人民代表大会第三次会议上', '在某市第十屆人民代表大會第四次會議上'];
  it.each(cross(cross(titles, dates), meetings).map(([[t, d], m]) => [`${t} ${d}${m}`, t] as const))('%s', (head, title) => {
    const got = readPage(`${head} 某区人民政府区长 李庆 各位代表: 现在,我代表区人民政府,向大会报告工作,请予审议,并请政协委员提出意见。\n`);
    expect(got.title).toBe(title);
    expect(got.meta.some((m) => m.startsWith('日期='))).toBe(false);
  });
  it.each([
    '某县召开经济工作会议 2024年2月2日 在全县经济工作会议上，县委书记强调，要坚定信心，真抓实干，推动高质量发展。',
    '市长出席全市工作会议 2024年2月2日 在今天召开的全市工作会议上，市长指出，要抓好项目建设，确保完成全年目标任务。',
  ])("a one-line news item's lead that opens at its meeting, a comma after it, keeps its date (review): %s", (line) => {
    expect(meta(`${line}\n`)).toContain('日期=2024年2月2日');
  });
  it("a one-line news item's date before its text stays the page's", () => {
    const got = meta('某县召开2024年经济工作会议 2024年2月2日 某县召开经济工作会议，总结2023年工作，部署2024年任务，县委书记出席会议并讲话。\n');
    expect(got).toContain('日期=2024年2月2日');
  });
});
