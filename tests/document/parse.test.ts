import { describe, expect, it } from 'vitest';
import { type Document, parse } from '../../src/document/parse.js';
import { splitSentences } from '../../src/document/sentences.js';
import { outlineLines } from '../../src/document/text-views.js';
import { accountedText, allNodes, seedText } from '../helpers.js';

const titles = (doc: Document) => allNodes(doc.nodes).map((n) => `${n.id} ${n.marker}${n.title}`);

describe('the bundled report', () => {
  const doc = parse(seedText());

  it('has the title, metadata in order, and the preamble', () => {
    expect(doc.title).toBe('紹興市上虞區2024年度法治政府建設工作情況報告');
    expect(doc.meta).toEqual([
      { key: '索引號', value: '無' },
      { key: '公開方式', value: '主動公開' },
      { key: '文號', value: '無' },
      { key: '公開日期', value: '2025-02-08 15:56' },
      { key: '發布單位', value: '無' },
    ]);
    expect(doc.preamble.startsWith('2024年,在區委、區政府的堅強領導下')).toBe(true);
    expect(doc.preamble.endsWith('現將2024年度法治政府建設工作情況報告如下:')).toBe(true);
  });

  it('has exactly this outline', () => {
    expect(outlineLines(doc, 'original')).toEqual([
      '紹興市上虞區2024年度法治政府建設工作情況報告',
      '  一、2024年法治政府建設主要舉措及成效',
      '    (一)聚焦政治引領“根本點”,法治統籌全面推進',
      '      一是思想引領強根基',
      '      二是精心謀劃抓統籌',
      '      三是助力創建重實效',
      '    (二)聚焦惠企便民“著眼點”,服務效能持續升級',
      '      一是優化法治化營商環境',
      '      二是深化法律服務保障',
      '      三是強化普法宣傳教育',
      '    (三)聚焦決策關口“關鍵點”,依法行政深入推進',
      '      一是依法決策水平持續提升',
      '      二是區級審查中心實體化運作',
      '      三是基層合法性審查有序開展',
      '    (四)聚焦執法改革“切入點”,執法質效不斷提升',
      '      一是行政執法改革縱深推進',
      '      二是行政執法行為嚴格規范',
      '      三是行政執法監督更有力度',
      '    (五)聚焦依法治理“落腳點”,基層基礎更加牢固',
      '      一是推動行政爭議化解',
      '      二是構建多元化解體系',
      '      三是筑牢基層治理根基',
      '  二、存在問題',
      '    一是思想認識不夠到位',
      '    二是依法決策仍需完善',
      '    三是行政執法有待規范',
      '  三、2025年法治政府建設工作思路',
      '    一是優化法治化營商環境',
      '    二是強化涉企法治化服務',
      '    三是構建預防式法治體系',
      '    四是規范依法決策程序',
      '    五是強化法律服務效能',
      '    六是提升爭議化解質效',
    ]);
  });

  it('gives ids, levels and ordinals by position', () => {
    const byId = new Map(allNodes(doc.nodes).map((n) => [n.id, n]));
    expect(byId.get('1.1.1')).toMatchObject({ level: 3, marker: '一是', ordinal: 1, title: '思想引領強根基' });
    expect(byId.get('2.1')).toMatchObject({ level: 2, kind: 'shi' }); // a point straight under a part
    expect(byId.get('3.6')).toMatchObject({ ordinal: 6, title: '提升爭議化解質效' });
    expect(byId.get('1.1.1')!.body.startsWith('制定年度習近平法治思想“八進”工作方案')).toBe(true);
    expect(byId.get('2')!.body).toBe('法治政府建設工作在取得成績的同時,仍存在不少問題和難點,主要表現在:');
    expect(byId.get('1')!.body).toBe('');
  });

  it('loses nothing and drops the page residue', () => {
    const { source, parts } = accountedText(doc);
    expect(parts).toBe(source);
    const all = [doc.preamble, ...allNodes(doc.nodes).flatMap((n) => [n.title, n.body])].join('');
    expect(all).not.toContain('|');
    expect(all).not.toContain('>>');
    expect(doc.masked.length).toBe(seedText().replace(/\r\n?/g, '\n').length);
  });
});

describe('markers', () => {
  const nodesOf = (text: string) => titles(parse(text));

  it('reads numerals past ten: (十一), (十二), 二十三是', () => {
    const items = Array.from(
      { length: 12 },
      (_, k) => `（${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][k]}）第${k + 1}项工作`,
    ).join('\n');
    const doc = parse(`标题\n一、总体\n${items}\n`);
    expect(doc.nodes[0]!.children).toHaveLength(12);
    expect(doc.nodes[0]!.children[11]).toMatchObject({ marker: '（十二）', ordinal: 12, title: '第12项工作' });
    const pts = Array.from(
      { length: 23 },
      (_, k) =>
        `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十', '二十一', '二十二', '二十三'][k]}是做事。`,
    ).join('');
    expect(parse(`一、总体\n${pts}`).nodes[0]!.children[22]).toMatchObject({ marker: '二十三是', ordinal: 23 });
  });

  it('accepts half- and full-width punctuation alike', () => {
    expect(nodesOf('一、甲\n(一)乙\n（二）丙\n1.丁\n2、戊\n3，己\n（1）庚\n(2)辛\n')).toEqual([
      '1 一、甲',
      '1.1 (一)乙',
      '1.2 （二）丙',
      '1.2.1 1.丁',
      '1.2.2 2、戊',
      '1.2.3 3，己',
      '1.2.3.1 （1）庚',
      '1.2.3.2 (2)辛',
    ]);
  });

  it('reads Arabic-numbered points past 99 (1. … 120.), and still not a year or a decimal', () => {
    // Each point's body starts sentences with 2024. and 3.5, which must stay text inside the run.
    const items = Array.from({ length: 120 }, (_, k) => `${k + 1}.第${k + 1}项措施。2024.全年完成。3.5倍于上年。`).join('\n');
    const doc = parse(`标题\n一、总体\n${items}\n`);
    const points = doc.nodes[0]!.children;
    expect(points).toHaveLength(120);
    expect(points.map((n) => n.ordinal)).toEqual(Array.from({ length: 120 }, (_, k) => k + 1));
    expect(points[119]).toMatchObject({ marker: '120.', title: '第120项措施', body: '2024.全年完成。3.5倍于上年。' });
    expect(accountedText(doc).parts).toBe(accountedText(doc).source);
    const paren = Array.from({ length: 120 }, (_, k) => `（${k + 1}）第${k + 1}项`).join('\n');
    expect(parse(`一、总体\n${paren}\n`).nodes[0]!.children.map((n) => n.ordinal)).toEqual(Array.from({ length: 120 }, (_, k) => k + 1));
  });

  it('puts 第一章 / 第一部分 above 一、', () => {
    expect(nodesOf('第一章 总则\n一、目的\n二、范围\n第二章 措施\n一、组织\n')).toEqual([
      '1 第一章总则',
      '1.1 一、目的',
      '1.2 二、范围',
      '2 第二章措施',
      '2.1 一、组织',
    ]);
    const doc = parse('第一部分 成效\n一是抓统筹。开会。\n第二部分 问题\n一是不到位。\n');
    expect(doc.nodes.map((n) => n.word)).toEqual(['部分', '部分']);
    expect(doc.nodes[1]!.children[0]!.title).toBe('不到位');
  });

  it('lets a numbering run on across parents (1. 2. under (一), 3. 4. under (二))', () => {
    expect(nodesOf('（一）甲\n1.a事。\n2.b事。\n（二）乙\n3.c事。\n4.d事。\n')).toEqual([
      '1 （一）甲',
      '1.1 1.a事',
      '1.2 2.b事',
      '2 （二）乙',
      '2.1 3.c事',
      '2.2 4.d事',
    ]);
  });

  it('lets a document skip levels (一是 directly under 一、)', () => {
    const doc = parse('一、成效 一是甲。内容。二是乙。内容。 二、问题 一是丙。内容。');
    expect(titles(doc)).toEqual(['1 一、成效', '1.1 一是甲', '1.2 二是乙', '2 二、问题', '2.1 一是丙']);
    expect(doc.nodes[0]!.children[0]!.level).toBe(2);
  });

  it.each([
    ['第一產業 inside text', '一、總體\n大力發展第一產業。第二產業穩步增長。'],
    ['單一、 inside a sentence', '一、總體\n手段單一、力度不夠。'],
    ['质量第一、 inside a sentence', '一、总体\n坚持质量第一、效益优先。'],
    ['首先…其次 inside a sentence', '一、总体\n我们首先要统一思想，其次要压实责任。'],
    ['a ratio 6.2:40.1:53.7', '一、总体\n三次产业结构比为\n6.2:40.1:53.7。'],
    ['a percentage 5.5%', '一、总体\n增长率为\n5.5%，高于全省。'],
    ['a year 2024,', '一、总体\n2024,全区完成任务。'],
    ['a year 2024. at a sentence start', '一、总体\n2024.全区完成任务。'],
    ['a decimal 3.5 at a sentence start', '一、总体\n3.5倍于去年。'],
    ['a number past 199: 200.', '一、总体\n200.项任务完成。'],
    ['a second 二是 with no 一是 before it', '一、总体\n他说二是关键。\n二是不算。'],
    ['a marker in the middle of a sentence', '一、总体\n全区共有一是二是三是的说法，一、二、三等奖。'],
  ])('does not take %s as a marker', (_name, text) => {
    const doc = parse(text);
    expect(titles(doc)).toEqual([`1 ${text.slice(0, 2)}${text.slice(2, 4)}`]);
    expect(doc.nodes[0]!.children).toEqual([]);
    expect(accountedText(doc).parts).toBe(accountedText(doc).source);
  });

  it('ends a heading at the space before the next marker, and a run-in point at its 。', () => {
    const doc = parse('一、成效 (一)聚焦政治引領“根本點”,法治統籌全面推進 一是思想引領強根基。制定方案。 二是精心謀劃。組織會議。');
    const sec = doc.nodes[0]!.children[0]!;
    expect(sec.title).toBe('聚焦政治引領“根本點”,法治統籌全面推進');
    expect(sec.children.map((n) => [n.title, n.body])).toEqual([
      ['思想引領強根基', '制定方案。'],
      ['精心謀劃', '組織會議。'],
    ]);
  });

  it('reads points run together with semicolons: 一是…；二是…；三是…。', () => {
    const doc = parse('一、问题\n一是法治意识有待增强；二是执法规范化水平不高；三是队伍建设滞后。下一步将改进。\n');
    expect(doc.nodes[0]!.children.map((n) => [n.marker, n.title, n.body])).toEqual([
      ['一是', '法治意识有待增强', ''],
      ['二是', '执法规范化水平不高', ''],
      ['三是', '队伍建设滞后', '下一步将改进。'],
    ]);
    expect(accountedText(doc).parts).toBe(accountedText(doc).source);
  });

  it('keeps a document with no numbering as title, metadata and paragraphs', () => {
    const doc = parse('关于做好冬季安全生产工作的通知\n发布日期：2025-11-01\n\n各单位：\n冬季是关键时期。\n第一产业要防冻。\n');
    expect(doc.title).toBe('关于做好冬季安全生产工作的通知');
    expect(doc.meta).toEqual([{ key: '发布日期', value: '2025-11-01' }]);
    expect(doc.nodes).toEqual([]);
    expect(doc.preamble).toBe('各单位：\n冬季是关键时期。\n第一产业要防冻。');
  });

  it('reads several key: value pairs on one line, as report pages print them', () => {
    const doc = parse('某报告\n发布日期：2024-01-01\u3000\u3000来源：司法局  浏览次数: 120\n\n正文开始。\n');
    expect(doc.meta).toEqual([
      { key: '发布日期', value: '2024-01-01' },
      { key: '来源', value: '司法局' },
      { key: '浏览次数', value: '120' },
    ]);
    expect(doc.preamble).toBe('正文开始。');
    expect(parse('某报告\n发布时间：2024-01-01  15:30\n\n正文。\n').meta).toEqual([{ key: '发布时间', value: '2024-01-01 15:30' }]);
  });

  it('reads key: value lines with either colon as metadata', () => {
    const doc = parse('某报告\n来源: 司法局\n发布日期：2025-01-01\n\n正文开始。\n');
    expect(doc.meta).toEqual([
      { key: '来源', value: '司法局' },
      { key: '发布日期', value: '2025-01-01' },
    ]);
  });
});

describe('sentences', () => {
  const split = (s: string) => splitSentences(s, 0, s.length).map((x) => x.text);

  it('goes on across a hard wrap before a closing mark, as a text layer scraped from a PDF has it', () => {
    // tests/fixtures/real-pages/69: (以下简称《条例》 ⏎ )和《市政府信息公开规定》, 受理点 ⏎ ；开辟…
    const text = '本报告根据《条例》(以下简称《条例》\n)和《规定》要求编制。设立受理点\n；开辟查阅中心。他说\n”好。\n一行\n二行';
    expect(split(text)).toEqual([
      '本报告根据《条例》(以下简称《条例》\n)和《规定》要求编制。',
      '设立受理点\n；',
      '开辟查阅中心。',
      '他说\n”好。',
      '一行',
      '二行',
    ]);
  });

  it('splits on 。！？；!?… and line ends, keeping offsets', () => {
    const text = '第一句。第二句！第三句？第四句；第五句!第六句?第七句……第八句\n第九句;第十句';
    const out = splitSentences(text, 0, text.length);
    expect(out.map((s) => s.text)).toEqual(['第一句。', '第二句！', '第三句？', '第四句；', '第五句!', '第六句?', '第七句……', '第八句', '第九句;', '第十句']);
    for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never splits inside quotes, book titles or numbers', () => {
    expect(split('他说“好，走吧。再见”然后离开。下一句。')).toEqual(['他说“好，走吧。再见”然后离开。', '下一句。']);
    expect(split('印发《关于加强管理。的通知》等文件。完成。')).toEqual(['印发《关于加强管理。的通知》等文件。', '完成。']);
    expect(split('「甲。乙」丙。丁。')).toEqual(['「甲。乙」丙。', '丁。']);
    expect(split('比值3.08，增长1.08%。调撤率51.5%。')).toEqual(['比值3.08，增长1.08%。', '调撤率51.5%。']);
    expect(split('数值３．０８。下一句。')).toEqual(['数值３．０８。', '下一句。']);
  });

  it('keeps a closing quote with its sentence and survives an unclosed quote', () => {
    expect(split('他说：“好。”我们走。')).toEqual(['他说：“好。”', '我们走。']);
    expect(split('一个“没有关上的引号。下一句。')).toEqual(['一个“没有关上的引号。', '下一句。']);
  });
});

describe('numerals', () => {
  it('reads and writes Han numerals both ways', async () => {
    const { hanToInt, intToHan } = await import('../../src/document/markers.js');
    for (const [han, n] of [
      ['一', 1],
      ['十', 10],
      ['十一', 11],
      ['二十', 20],
      ['二十三', 23],
      ['九十九', 99],
      ['一百', 100],
      ['一百零五', 105],
      ['一百一十', 110],
      ['两千', 2000],
      ['一千零一', 1001],
      ['一千九百九十九', 1999],
    ] as const) {
      expect(hanToInt(han)).toBe(n);
    }
    for (let n = 1; n <= 2500; n++) expect(hanToInt(intToHan(n))).toBe(n);
    expect(hanToInt('二三')).toBeNaN();
  });

  it('takes chapters past a thousand, as a very long report has', async () => {
    const { intToHan } = await import('../../src/document/markers.js');
    const text = '汇编\n' + Array.from({ length: 1001 }, (_, k) => `第${intToHan(k + 1)}章 标题${k + 1}\n一、甲\n二、乙\n`).join('');
    const doc = parse(text);
    expect(doc.nodes).toHaveLength(1001);
    expect(doc.nodes[1000]).toMatchObject({ marker: '第一千零一章', ordinal: 1001, title: '标题1001' });
    expect(doc.nodes[1000]!.children.map((n) => n.title)).toEqual(['甲', '乙']);
  });
});
