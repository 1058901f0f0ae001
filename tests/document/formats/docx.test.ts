// Word files: heading styles and numbering become the outline, the Title style the title.
import { describe, expect, it } from 'vitest';
import { preferAdapter } from '../../../src/document/formats/index.js';
import { loadBytes } from '../../../src/document/load.js';
import { type Node, parse } from '../../../src/document/parse.js';
import { makeDocx } from '../../fixtures/gen/docx.js';

const outline = (nodes: Node[], depth = 0): string[] => nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.marker}${n.title}`, ...outline(n.children, depth + 1)]);

describe('a Word report', () => {
  it('heading styles without typed numbers become parts and sections; automatic numbering becomes points', async () => {
    const loaded = await loadBytes(
      makeDocx([
        { text: '某市2024年法治政府建设情况报告', style: 'Title' },
        { text: '今年以来，我市全面推进依法行政。现将有关情况报告如下。' },
        { text: '主要举措及成效', style: 'Heading1' },
        { text: '坚持党的领导', style: 'Heading2' },
        { text: '制定年度学法计划。组织专题学习12次。', numbered: 0 },
        { text: '完善重大行政决策程序。', numbered: 0 },
        { text: '严格规范执法', style: 'Heading2' },
        { text: '评查行政执法案卷156件。' },
        { text: '存在的问题', style: 'Heading1' },
        { text: '基层执法力量不足。' },
      ]),
      'report.docx',
    );
    expect(loaded.format).toBe('docx');
    expect(loaded.title).toBe('某市2024年法治政府建设情况报告');
    const doc = preferAdapter(parse(loaded.text), loaded);
    expect(doc.title).toBe('某市2024年法治政府建设情况报告');
    expect(doc.preamble).toBe('今年以来，我市全面推进依法行政。现将有关情况报告如下。');
    expect(outline(doc.nodes)).toEqual([
      '一、主要举措及成效',
      '  （一）坚持党的领导',
      '    1.制定年度学法计划',
      '    2.完善重大行政决策程序',
      '  （二）严格规范执法',
      '二、存在的问题',
    ]);
    expect(doc.nodes[0]!.children[1]!.body).toBe('评查行政执法案卷156件。');
  });

  it('numbers typed in the text are kept as they are, not doubled', async () => {
    const loaded = await loadBytes(
      makeDocx([
        { text: '某县工作报告', style: 'Title' },
        { text: '一、总体要求', style: 'Heading1' },
        { text: '（一）指导思想', style: 'Heading2' },
        { text: '坚持以人民为中心。' },
        { text: '二、重点任务', style: 'Heading1' },
        { text: '一是扩大投资。二是提振消费。' },
      ]),
      'typed.docx',
    );
    const doc = preferAdapter(parse(loaded.text), loaded);
    expect(outline(doc.nodes)).toEqual(['一、总体要求', '  （一）指导思想', '二、重点任务', '  一是扩大投资', '  二是提振消费']);
  });

  it('without a Title style, the first line is the title as in a text file', async () => {
    const loaded = await loadBytes(makeDocx([{ text: '关于某事的报告' }, { text: '一、情况', style: 'Heading1' }, { text: '正文。' }]), 'plain.docx');
    expect(loaded.title).toBeUndefined();
    expect(preferAdapter(parse(loaded.text), loaded).title).toBe('关于某事的报告');
  });

  it('a Word file with no text is refused in one line', async () => {
    const err = await loadBytes(makeDocx([]), 'empty.docx').then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBe('empty.docx is a Word file with no text in it; give a report with some text');
  });
});
