// Real page shapes (tests/fixtures/pages, see its README): the title, the metadata, the outline and the
// closing come out right; page furniture is never the title, never body text, never read aloud.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { loadBytes } from '../../src/document/load.js';
import { CAPTION, isFurniture } from '../../src/document/page.js';
import { type Document, parse } from '../../src/document/parse.js';
import { sentenceStream } from '../../src/document/reading.js';
import { outlineLines, toJson } from '../../src/document/text-views.js';
import { accountedText, allNodes, fixture, seedText } from '../helpers.js';

interface Expected {
  title: string;
  meta: [string, string][];
  parts: string[];
  preambleStart: string;
  closing: string | null;
}
const expected = JSON.parse(readFileSync(fixture('pages/expected.json'), 'utf8')) as Record<string, Expected>;

/** Words that only page furniture has; none may be read aloud or land in the report's text. */
const FURNITURE = [
  ':::',
  '回首頁',
  '網站導覽',
  '友善列印',
  '回上一頁',
  'Facebook',
  '版權所有',
  '打印',
  '关闭窗口',
  '關閉窗口',
  '字号',
  '字號',
  '字体',
  '返回顶部',
  '返回頂部',
  '分享到',
  'www.',
  'ICP',
  '您所在的位置',
  '当前位置',
  '今天是',
  '无障碍',
  '关怀版',
  '下载',
  '首页',
  '首頁',
  '上一篇',
  '下一篇',
  '![',
  '浏览次数',
  '瀏覽次數',
  '主办单位',
  '版权所有',
  '标识码',
  '门户网站',
  '范文',
  '转载',
];

async function open(name: string): Promise<Document> {
  const { text } = await loadBytes(readFileSync(fixture(`pages/${name}`)), name);
  return parse(text);
}

/** Everything a listener hears reading the whole document, in order. */
function heard(doc: Document): string[] {
  const next = sentenceStream(new DocIndex(doc), { item: 0, sentence: 0 }, 'all');
  const out: string[] = [];
  for (let s = next(); s; s = next()) out.push(s.text);
  return out;
}

function bodyText(doc: Document): string {
  return [doc.preamble, ...allNodes(doc.nodes).flatMap((n) => [n.marker, n.title, n.body]), doc.closing?.text ?? ''].join('\n');
}

describe.each(Object.keys(expected))('page %s', (name) => {
  const want = expected[name]!;

  it('has its real title, its metadata, its outline and its closing', async () => {
    const doc = await open(name);
    expect(doc.title).toBe(want.title);
    expect(doc.meta.map((m) => [m.key, m.value])).toEqual(want.meta);
    expect(doc.nodes.map((n) => n.title)).toEqual(want.parts);
    expect(doc.preamble.startsWith(want.preambleStart)).toBe(true);
    expect(doc.closing?.text ?? null).toBe(want.closing);
    if (doc.closing) expect(doc.masked.slice(doc.closing.range.start, doc.closing.range.end).replace(/\s*\n\s*/g, '\n')).toBe(doc.closing.text);
  });

  it('loses no character of the report and keeps every offset', async () => {
    const doc = await open(name);
    const { source, parts } = accountedText(doc);
    expect(parts).toBe(source);
    if (doc.titleRange) expect(doc.masked.slice(doc.titleRange.start, doc.titleRange.end).trim()).toBe('');
  });

  it('keeps furniture out of the text and out of what is read aloud', async () => {
    const doc = await open(name);
    const said = heard(doc).join('\n');
    const text = bodyText(doc);
    for (const word of FURNITURE) {
      expect(said, word).not.toContain(word);
      expect(text, word).not.toContain(word);
    }
    expect(said.startsWith(want.title)).toBe(true);
  });
});

describe('real reports (tests/fixtures/reports): the title, not the speaker line under the subtitle', () => {
  it.each([
    ['01-hongkong-policy-address-2013-legco-record.txt', '香港特別行政區行政長官發表施政報告'],
    ['02-xizang-government-work-report-2026.txt', '2026年西藏自治区政府工作报告'],
    ['03-xinjiang-government-work-report-2026.txt', '2026年新疆维吾尔自治区政府工作报告'],
    // A title that is only the genre, then ――在…会议上 (U+2015 dashes) and 省长 罗东川.
    ['04-qinghai-government-work-report-2026.txt', '政府工作报告'],
    ['05-ningxia-government-work-report-2026.txt', '2026年宁夏回族自治区政府工作报告'],
  ])('%s', (file, title) => {
    const doc = parse(readFileSync(fixture(`reports/${file}`), 'utf8'));
    expect(doc.title).toBe(title);
    expect(doc.nodes.length).toBeGreaterThanOrEqual(3);
    const { source, parts } = accountedText(doc);
    expect(parts).toBe(source);
    // No heading cut at a space that only sets off a number (the Hong Kong record is autospaced: 在 2018年起的 5年內).
    const short = allNodes(doc.nodes).filter((n) => [...n.title.replace(/\s/g, '')].length < 2);
    expect(short.map((n) => n.marker + n.title)).toEqual([]);
  });

  it('in an autospaced text a run-in heading still ends where its body starts with a number', () => {
    const filler = '全年 1 次，第 2 次，共 3 个，约 4 项，达 5 成，有 6 家，近 7 年，超 8 万，逾 9 亿，计 10 件。';
    const doc = parse(`报告\n一、主要工作 2024 年，全区完成投资 5 亿元。\n（一）加强组织领导 2024 年共召开会议 4 次。\n二、存在问题 部分 2 项。\n${filler}\n`);
    expect(allNodes(doc.nodes).map((n) => n.title)).toEqual(['主要工作', '加强组织领导', '存在问题']);
  });

  it('an autospaced report keeps its numbers in its headings', () => {
    const doc = parse(readFileSync(fixture('reports/01-hongkong-policy-address-2013-legco-record.txt'), 'utf8'));
    expect(allNodes(doc.nodes).find((n) => n.marker === '(1)')!.title).toMatch(/^在 2018年起的 5年內，公屋的總供應/);
  });
});

describe('the closing', () => {
  it('is read after the last point, announced as 落款, and is no part of its body', async () => {
    const doc = await open('06-bullet-meta.txt');
    const said = heard(doc);
    expect(said.slice(-4)).toEqual(['落款', '浙江省人民政府办公厅', '2025年6月10日', '（此件公开发布）']);
    const last = allNodes(doc.nodes).at(-1)!;
    expect(last.body).toBe('扩大普惠小微贷款规模。');
    expect(outlineLines(doc, 'original').at(-1)).toBe('  落款：浙江省人民政府办公厅 2025年6月10日 （此件公开发布）');
    expect(toJson(doc, 'original').closing).toBe('浙江省人民政府办公厅\n2025年6月10日\n（此件公开发布）');
  });

  it('is found on a one-line page too, after a sentence end', () => {
    const doc = parse('某报告\n一、工作 一是抓落实。加强领导。 二是强监督。开展检查。 某县人民政府 2025年2月8日');
    expect(doc.closing?.text).toBe('某县人民政府 2025年2月8日');
    expect(allNodes(doc.nodes).at(-1)!.body).toBe('开展检查。');
  });

  it('is not taken from a heading or from a sentence', () => {
    expect(parse('某报告\n一、总体\n全区各级政府\n二、县人民政府').closing).toBeNull();
    expect(parse('某报告\n一、总体\n截至2025年2月8日').closing).toBeNull();
    expect(parse('某报告\n正文。\n2025年2月8日').closing?.text).toBe('2025年2月8日');
    expect(parse(seedText()).closing).toBeNull();
  });
});

// Furniture lines of every shape, with random parts, put around a report: none becomes the title or text.
const han = fc.constantFrom(...'某市县区镇街道政府办公室司法局统计发展改革委员会卫生健康教育文化旅游'.split(''));
const name = fc.array(han, { minLength: 2, maxLength: 6 }).map((a) => a.join(''));
const date = fc.record({ y: fc.integer({ min: 2000, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const domain = fc.stringMatching(/^[a-z]{3,10}$/).map((s) => `www.${s}.com`);
const furnitureLine = fc.oneof(
  fc.shuffledSubarray(['下载', '打印', '全屏', '收藏', '【字号： 加大 还原 减小 】'], { minLength: 2 }).map((a) => a.join(' ')),
  fc.shuffledSubarray(['无障碍阅读', '关怀版', '返回首页', 'English', '登录'], { minLength: 1 }).map((a) => a.join(' ')),
  fc.array(name, { minLength: 1, maxLength: 3 }).map((a) => ['首页', ...a, '正文'].join(' > ')),
  fc.array(name, { minLength: 1, maxLength: 3 }).map((a) => `您所在的位置：首页 > ${a.join(' > ')}`),
  date.map(({ y, m, d }) => `今天是 ${y}年${m}月${d}日 星期${'一二三四五六日'[(y + m + d) % 7]}`),
  fc.constantFrom('返回顶部', '【字号：大 中 小】 打印本页 关闭窗口', '分享到：', '扫一扫在手机打开当前页', '![]()', '上一篇：无', '【打印本页】【关闭窗口】'),
  fc.tuple(name, domain).map(([n, d]) => `${n}网 ${d}`),
  fc.tuple(name, fc.integer({ min: 10000000, max: 99999999 })).map(([n, k]) => `版权所有：${n} 浙ICP备${k}号`),
);
const furniture = fc.array(furnitureLine, { maxLength: 4 });
// Inside the report only what is never text anywhere (a footer line such as 版权所有：… is text there).
const insideLine = furnitureLine.filter((l) => !/版权所有|ICP/.test(l));
const inside = fc.array(insideLine, { maxLength: 2 });

describe('furniture around a real report', () => {
  const report = (title: string) =>
    `${title}\n来源：某市司法局　时间：2026-01-22\n现将有关情况报告如下：\n一、主要成效\n（一）依法决策。制定决策目录。\n（二）严格执法。开展案卷评查。\n二、存在问题\n一是意识不强；二是能力不足。\n`;
  const genreTitle = fc
    .tuple(name, fc.integer({ min: 2000, max: 2030 }), fc.constantFrom('工作报告', '法治政府建设情况报告', '工作总结', '实施方案'))
    .map(([n, y, g]) => `${n}${y}年${g}`);

  it('never becomes the title or body text, and nothing of the report is lost', () => {
    fc.assert(
      fc.property(genreTitle, furniture, furniture, inside, furniture, (title, top, middle, within, foot) => {
        const [head, ...rest] = report(title).split('\n');
        rest.splice(4, 0, ...within); // between the two sections of part 一
        const text = [...top, head, ...middle, ...rest, ...foot].join('\n');
        const doc = parse(text);
        expect(doc.title).toBe(title);
        expect(doc.meta.map((m) => m.key)).toEqual(['来源', '时间']);
        expect(outlineLines(doc, 'original').slice(1)).toEqual([
          '  一、主要成效',
          '    （一）依法决策',
          '    （二）严格执法',
          '  二、存在问题',
          '    一是意识不强',
          '    二是能力不足',
        ]);
        expect(doc.preamble).toBe('现将有关情况报告如下：');
        expect(allNodes(doc.nodes).map((n) => n.body)).toEqual(['', '制定决策目录。', '开展案卷评查。', '', '', '']);
        const { source, parts } = accountedText(doc);
        expect(parts).toBe(source);
        const said = heard(doc).join('\n');
        for (const line of [...top, ...middle, ...within, ...foot]) expect(said).not.toContain(line.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('a title wrapped onto two lines', () => {
  it('is joined, and both lines are blanked', () => {
    const doc = parse('首页 > 信息公开\n关于2025年度法治政府建设\n情况的报告\n来源：区司法局\n现将有关情况报告如下：\n一、成效\n开展工作。\n');
    expect(doc.title).toBe('关于2025年度法治政府建设情况的报告');
    expect(doc.meta).toEqual([{ key: '来源', value: '区司法局' }]);
    expect(doc.preamble).toBe('现将有关情况报告如下：');
    expect(doc.masked.slice(doc.titleRange!.start, doc.titleRange!.end).trim()).toBe('');
    const two = parse('浙江省人民政府办公厅关于进一步加强安全生产工作的\n通知\n发布日期：2025-01-01\n各市人民政府：\n正文。\n');
    expect(two.title).toBe('浙江省人民政府办公厅关于进一步加强安全生产工作的通知');
    expect(two.preamble).toBe('各市人民政府：\n正文。');
  });
});

describe('a menu line above a short title', () => {
  it('is not joined to it', () => {
    expect(parse('走进柯城\n柯城区工作报告\n来源：区府办\n正文。\n').title).toBe('柯城区工作报告');
    expect(parse('政务公开\n某区2025年工作报告\n来源：区府办\n正文。\n').title).toBe('某区2025年工作报告');
  });
});

describe('the closing in the reader', () => {
  it('is shown in the passage after the last point, under 落款, and is not in the point above it', async () => {
    const { passageParagraphs } = await import('../../src/reader/passage.js');
    const doc = await open('05-markdown-scrape.txt');
    const index = new DocIndex(doc);
    const last = index.items.length - 1;
    const shown = passageParagraphs({ index, opened: last, script: 'original' }, null).map((p) => p.map((s) => s.text).join(''));
    expect(shown.slice(-4)).toEqual(['落款', '宁波市江北区人民政府', '2026年1月24日', '（此件公开发布）']);
    const before = passageParagraphs({ index, opened: last - 1, script: 'original' }, null).map((p) => p.map((s) => s.text).join(''));
    expect(before.join('\n')).not.toContain('落款');
    // Each closing sentence points at its text; the 落款 announcement covers none.
    const sentences = index.sentences(last);
    const k = sentences.findIndex((s) => s.text === '落款');
    expect(sentences[k]!.start).toBe(sentences[k]!.end);
    for (const s of sentences.slice(k + 1)) expect(doc.masked.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('report text that looks like furniture', () => {
  it('is kept: a heading on copyright, an address the report gives, a menu word as a heading', () => {
    const doc = parse('某报告\n来源：某局\n一、加强版权所有人权益保护\n开展专项行动。\n二、政务公开\n办事指南见网址：www.hzjs.org.cn\n详见 www.example.com\n');
    expect(doc.nodes.map((n) => n.title)).toEqual(['加强版权所有人权益保护', '政务公开']);
    expect(doc.nodes[1]!.body).toBe('办事指南见网址：www.hzjs.org.cn\n详见 www.example.com');
    expect(accountedText(doc).parts).toBe(accountedText(doc).source);
  });
});

describe('lines that are furniture only at the edges of a page', () => {
  it('are text inside the report: 主办单位：… in a notice, 今天是 in a sentence', () => {
    const doc = parse(
      '关于举办读书月活动的通知\n来源：市文明办\n一、活动安排\n主办单位：市文明办\n承办单位：市图书馆\n今天是读书月的第一天\n二、其他\n请各单位做好准备。\n版权所有：某市人民政府办公室\n',
    );
    expect(doc.nodes[0]!.body).toBe('主办单位：市文明办\n承办单位：市图书馆\n今天是读书月的第一天');
    expect(doc.nodes[1]!.body).toBe('请各单位做好准备。');
  });
});

describe('a report made of short lines', () => {
  it('has its first line as the title, keeps every line, and parses in linear time', () => {
    const names = Array.from({ length: 50_000 }, (_, k) => `张三${k}`);
    const t0 = performance.now();
    const doc = parse(`首页 > 公示公告\n2025年度先进个人名单\n${names.join('\n')}\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took minutes; 5 s leaves room for a loaded machine
    expect(doc.title).toBe('2025年度先进个人名单');
    expect(doc.preamble.split('\n')).toEqual(names);
  });
});

describe('a line with a long run of spaces inside', () => {
  it('is read in linear time, and residue after the spaces still leaves the title', () => {
    // The title's tail patterns and the breadcrumb trim end in $: tried at every offset of such a
    // line they were quadratic (200 000 spaces took minutes).
    const t0 = performance.now();
    const doc = parse(`某县2024年政府工作报告${' '.repeat(200_000)}x\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took minutes; 5 s leaves room for a loaded machine
    expect(doc.nodes.length).toBe(1);
    expect(parse(`某县2024年政府工作报告${' '.repeat(300)}(PDF, 1.2 MB)\n一、工作回顾\n我们做了工作。\n`).title).toBe('某县2024年政府工作报告');
  });
});

describe("a page count's and a site clock's spaces", () => {
  it('are read in linear time, and the count and the clock are still furniture', () => {
    // \s*[,，]?\s* and \s*日?\s+ split a run of spaces every way: 200 000 spaces took minutes.
    const S = ' '.repeat(200_000);
    const t0 = performance.now();
    parse(`第1页${S}-\n一、工作回顾\n我们做了工作。\n`);
    parse(`2024-01-01${S}日\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(isFurniture('第1页 ， 共34页')).toBe(true);
    expect(isFurniture('共12页 第1页')).toBe(true);
  });
});

describe('a line of many colons', () => {
  it('is read in linear time, and a key glued to the value before it is still split off', () => {
    // Each colon once re-read all the text before it to find a glued key: 200 000 colons took minutes.
    const t0 = performance.now();
    const doc = parse(`${'：'.repeat(200_000)}\n\n某县2024年政府工作报告\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took minutes; 5 s leaves room for a loaded machine
    expect(doc.nodes.length).toBe(1);
    const glued = parse('某县2024年政府工作报告\n來源:澎湃新聞發(fā)布時間:2019-10-09\n一、工作回顾\n我们做了工作。\n');
    expect(glued.meta).toContainEqual({ key: '來源', value: '澎湃新聞' });
  });
});

describe('a bracket with a long run of spaces inside', () => {
  it("is read in linear time, and a speech's (date) under its title is still its date", () => {
    const t0 = performance.now();
    const doc = parse(`(${' '.repeat(20_000)}x\n\n某县2024年政府工作报告\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took minutes; 5 s leaves room for a loaded machine
    expect(doc.nodes.length).toBe(1);
    const dated = parse('在全县经济工作会议上的讲话\n（ 2019年3月31日 ）\n同志们：\n一、工作回顾\n我们做了工作。\n');
    expect(dated.meta).toContainEqual({ key: '日期', value: '2019年3月31日' });
  });
});

describe("a reporter's line with a long run of spaces", () => {
  it('is read in linear time, and a spaced byline is still no title', () => {
    const t0 = performance.now();
    const doc = parse(`本报记者${' '.repeat(20_000)}王某\n\n某县2024年政府工作报告\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took minutes; 5 s leaves room for a loaded machine
    expect(doc.nodes.length).toBe(1);
    expect(parse('某县召开经济工作会议\n本报记者   王某某   报道\n一、工作回顾\n我们做了工作。\n').title).toBe('某县召开经济工作会议');
  });
});

describe('a year or a bracket, then a long run of spaces', () => {
  it("is read in linear time, and a copy site's 2025最新 and a photo's (记者 某某 摄) are still known", () => {
    // \s*年?\s* (a site's tag before a title) and \s*\S{0,12}\s* (a photo's credit) split a run of spaces every
    // way: 200 000 spaces after 2024 took about 45 s, after （ about 30 s.
    const S = ' '.repeat(200_000);
    const t0 = performance.now();
    parse(`2024${S}第一季度\n一、工作回顾\n我们做了工作。\n`);
    parse(`（${S}第一季度\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took most of a minute; 5 s leaves room for a loaded machine
    expect(parse('2025年 最新版 某县人民政府工作报告\n一、工作回顾\n我们做了工作。\n').title).toBe('某县人民政府工作报告');
    expect(CAPTION.test('（记者 张三 摄）')).toBe(true);
    expect(CAPTION.test('(通讯员   李四  摄)')).toBe(true);
  });
});

describe('a title with a long row of separators after it', () => {
  it('is read in linear time, and the title is still cut before them', () => {
    // The title's tail was cut one bar a turn, each turn trying every residue pattern: 200 000 characters took ~15 s.
    const t0 = performance.now();
    const doc = parse(`某县2024年政府工作报告${'｜ '.repeat(100_000)}\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // ~15 s before; 5 s leaves room for a loaded machine
    expect(doc.title).toBe('某县2024年政府工作报告');
    expect(parse('某县2024年政府工作报告 - - _\n一、工作回顾\n我们做了工作。\n').title).toBe('某县2024年政府工作报告');
  });
});

describe('a line of many dates', () => {
  it("is read in linear time, and a date after a source's value is still the page's date", () => {
    // Each date after the first was tested against the value grown from all before it: 200 000 characters took ~17 s.
    const t0 = performance.now();
    parse(`${'2024-01-01\u3000'.repeat(18_000)}\n一、工作回顾\n我们做了工作。\n`);
    expect(performance.now() - t0).toBeLessThan(5000); // quadratic took ~17 s; 5 s leaves room for a loaded machine
    const doc = parse('某县2024年政府工作报告\n来源：县政府办   2023-01-10\n一、工作回顾\n我们做了工作。\n');
    expect(doc.meta).toContainEqual({ key: '日期', value: '2023-01-10' });
    expect(parse('某县2024年政府工作报告\n发布时间：2023-01-10   2023-01-11\n一、工作回顾\n我们做了工作。\n').meta).not.toContainEqual({
      key: '日期',
      value: '2023-01-11',
    });
  });
});

describe('searching a page', () => {
  it('finds the closing (in the last item, after 落款) and never the furniture', async () => {
    const { loadScript } = await import('../../src/script/index.js');
    await loadScript('simplified');
    const { searchHits } = await import('../../src/reader/search.js');
    const doc = await open('05-markdown-scrape.txt');
    const index = new DocIndex(doc);
    const last = index.items.length - 1;
    const hits = searchHits(index, '江北区人民政府');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.item).toBe(last);
    expect(index.sentences(last)[hits[0]!.sentence]!.text).toBe('宁波市江北区人民政府');
    expect(searchHits(index, '首页')).toEqual([]);
    expect(searchHits(index, '信息公开')).toEqual([]);
  });
});
