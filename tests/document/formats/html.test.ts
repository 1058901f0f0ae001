// Saved web pages: the article, its title and its metadata, never the page around it. Each fixture
// under tests/fixtures/web/ is a government article page of a different shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preferAdapter } from '../../../src/document/formats/index.js';
import { loadBytes, loadFile } from '../../../src/document/load.js';
import { type Document, type Node, parse } from '../../../src/document/parse.js';
import { FURNITURE } from '../../fixtures/gen/samples.js';
import { fixture } from '../../helpers.js';

async function open(name: string): Promise<{ text: string; doc: Document; encoding: string }> {
  const loaded = await loadFile(fixture(`web/${name}`));
  expect(loaded.format).toBe('html');
  return { text: loaded.text, doc: preferAdapter(parse(loaded.text), loaded), encoding: loaded.encoding };
}
const outline = (nodes: Node[], depth = 0): string[] => nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.marker}${n.title}`, ...outline(n.children, depth + 1)]);

describe('a city government work report page (UTF-8, metadata table before the <h1>, site name in <title>)', async () => {
  const { text, doc } = await open('city-work-report.html');

  it('has the article title, not the navigation or the <title> with the site name', () => {
    expect(doc.title).toBe('2025年某市政府工作报告');
  });

  it('has the metadata of the table and of the line under the title, without 浏览次数 or 字体', () => {
    expect(doc.meta).toEqual([
      { key: '索引号', value: '002490837/2025-00123' },
      { key: '主题分类', value: '综合政务/政府工作报告' },
      { key: '发布机构', value: '市政府办公室' },
      { key: '成文日期', value: '2025-02-08' },
      { key: '发布日期', value: '2025-02-08' },
      { key: '发布时间', value: '2025-02-08 15:56' },
      { key: '信息来源', value: '市政府办公室' },
    ]);
  });

  it('has the outline of the article', () => {
    expect(outline(doc.nodes)).toEqual([
      '一、2024年工作回顾',
      '  （一）坚持稳中求进，经济运行回升向好',
      '  （二）坚持创新驱动，发展动能持续增强',
      '二、2025年工作安排',
      '  （一）全力扩大有效需求',
      '    一是扩大有效投资',
      '    二是提振消费',
      '  （二）加快建设现代化产业体系',
    ]);
  });

  it('keeps the article from its first line to its last, and nothing of the page', () => {
    expect(doc.preamble.split('\n')[0]).toBe('——2025年1月20日在某市第十七届人民代表大会第五次会议上');
    expect(doc.nodes[1]!.children[1]!.body).toBe('深入实施制造业高质量发展行动。\n各位代表！让我们凝心聚力、实干争先，奋力谱写新篇章！');
    expect(text.split('\n').filter((l) => FURNITURE.test(l))).toEqual([]);
  });
});

describe('a county page in GB2312 (declared in http-equiv), title in a div, metadata on one line', async () => {
  const { text, doc, encoding } = await open('county-plan.gbk.html');

  it('is decoded as the page declares', () => {
    expect(encoding).toBe('GB18030');
    expect(text).toContain('某县关于2024年法治政府建设情况的报告');
  });

  it('has its title, metadata and outline', () => {
    expect(doc.title).toBe('某县关于2024年法治政府建设情况的报告');
    expect(doc.meta).toEqual([
      { key: '发布日期', value: '2025-03-15' },
      { key: '来源', value: '县司法局' },
      { key: '作者', value: '县司法局' },
    ]);
    expect(outline(doc.nodes)).toEqual([
      '一、主要工作及成效',
      '  （一）强化组织保障',
      '  （二）严格规范执法',
      '二、存在的不足',
      '  一是部分干部法治意识有待提升',
      '  二是基层执法力量相对薄弱',
      '三、2025年工作打算',
    ]);
    expect(doc.nodes[2]!.body).toBe('我县将持续深化法治政府建设，为高质量发展提供坚实法治保障。');
    // The article's own signature and date reach the parser, which takes them as the closing.
    expect(doc.closing?.text).toBe('某县人民政府\n2025年3月10日');
  });

  it('has no page furniture in its text', () => {
    expect(text.split('\n').filter((l) => FURNITURE.test(l))).toEqual([]);
  });
});

describe('a district page in Traditional characters (<article>, th/td metadata, "Title | Site")', async () => {
  const { text, doc } = await open('district-traditional.html');

  it('has its title, metadata and outline', () => {
    expect(doc.title).toBe('某區2024年度法治政府建設工作情況報告');
    expect(doc.meta.map((m) => `${m.key}=${m.value}`)).toEqual([
      '索引號=11330604002562025A/2025-100123',
      '公開方式=主動公開',
      '文號=無',
      '公開日期=2025-02-08 15:56',
      '發布單位=區司法局',
    ]);
    expect(outline(doc.nodes)).toEqual([
      '一、2024年法治政府建設主要舉措及成效',
      '  (一)聚焦政治引領，法治統籌全面推進',
      '    一是思想引領強根基',
      '    二是制度保障強基礎',
      '  (二)聚焦依法行政，執法規範持續提升',
      '二、存在問題',
      '  一是依法決策仍需完善',
      '  二是執法隊伍建設有待加強',
      '三、2025年法治政府建設工作思路',
    ]);
  });

  it('has no page furniture in its text', () => {
    expect(text.split('\n').filter((l) => FURNITURE.test(l))).toEqual([]);
  });
});

describe('a province notice: <title> names only the site, the title is a div, metadata one per <p>, 上一篇/下一篇', async () => {
  const { text, doc } = await open('province-policy.html');

  it('has its title (not the site name), metadata and outline', () => {
    expect(doc.title).toBe('某省人民政府办公厅关于印发某省2025年优化营商环境工作要点的通知');
    expect(doc.meta).toEqual([
      { key: '发文机关', value: '省政府办公厅' },
      { key: '发文字号', value: '某政办发〔2025〕8号' },
      { key: '成文日期', value: '2025年2月20日' },
      { key: '公开方式', value: '主动公开' },
    ]);
    expect(outline(doc.nodes)).toEqual(['一、提升政务服务效能', '  1.深化“一件事”改革', '  2.推进政务服务标准化', '二、优化市场准入环境', '  3.破除隐性壁垒']);
  });

  it('keeps a paragraph that mentions 版权所有, and no furniture', () => {
    expect(doc.preamble).toContain('涉及版权所有人权益保护的事项，由省知识产权局牵头负责。');
    expect(text.split('\n').filter((l) => FURNITURE.test(l) && !l.includes('版权所有人'))).toEqual([]);
  });
});

describe('pages of other shapes', () => {
  it('a page that is not an article (a few paragraphs) keeps its text', async () => {
    const { text, title } = await loadBytes(Buffer.from('<html><body><p>第一段。</p><p>第二段。</p></body></html>'), 'x.html');
    expect(title).toBeUndefined();
    expect(text).toBe('第一段。\n第二段。\n');
  });

  it('GBK without any declaration is still detected', async () => {
    const iconv = (await import('iconv-lite')).default;
    const html = readFileSync(fixture('web/county-plan.gbk.html'));
    const utf8 = iconv.decode(html, 'gb18030').replace(/<meta http-equiv[^>]*>/, '');
    const loaded = await loadBytes(iconv.encode(utf8, 'gbk'), 'page.html');
    expect(loaded.encoding).toBe('GB18030');
    expect(loaded.title).toBe('某县关于2024年法治政府建设情况的报告');
  });

  it('a declared charset that does not fit the bytes is not believed', async () => {
    const page = '<html><head><meta charset="gbk"><title>标题 - 网站</title></head><body><h1>标题</h1><p>正文第一段，写得足够长一些。</p></body></html>';
    const loaded = await loadBytes(Buffer.from(page, 'utf8'), 'page.html');
    expect(loaded.encoding).toBe('UTF-8');
    expect(loaded.title).toBe('标题');
  });
});
