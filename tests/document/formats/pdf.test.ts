// PDF: the text layer read back as paragraphs. The PDFs are made here (tests/fixtures/gen/pdf.ts) in the
// standard CJK font STSong-Light, so extraction goes through pdf.js's bundled CJK character maps.
import { describe, expect, it } from 'vitest';
import { preferAdapter } from '../../../src/document/formats/index.js';
import { joinPages, type PdfTextLine, toLines } from '../../../src/document/formats/pdf.js';
import { loadBytes } from '../../../src/document/load.js';
import { parse } from '../../../src/document/parse.js';
import { LangduError } from '../../../src/errors.js';
import { layoutReport, makePdf } from '../../fixtures/gen/pdf.js';
import { PDF_PARAGRAPHS, PDF_TITLE } from '../../fixtures/gen/samples.js';

const errorOf = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('a PDF report', () => {
  // Six lines a page: paragraphs run across pages, and a sentence breaks at a page end.
  const pages = layoutReport(PDF_TITLE, PDF_PARAGRAPHS, { header: '某市人民政府文件', linesPerPage: 6 });

  it('comes back as its paragraphs: lines joined without spaces, across pages, page numbers and running headers gone', async () => {
    expect(pages.length).toBeGreaterThan(3);
    const loaded = await loadBytes(makePdf(pages), 'report.pdf');
    expect(loaded.format).toBe('pdf');
    expect(loaded.text).toBe([PDF_TITLE, ...PDF_PARAGRAPHS].join('\n') + '\n');
  });

  it('parses into its title and outline', async () => {
    const loaded = await loadBytes(makePdf(pages), 'report.pdf');
    const doc = preferAdapter(parse(loaded.text), loaded);
    expect(doc.title).toBe(PDF_TITLE);
    expect(doc.nodes.map((n) => n.title)).toEqual(['主要举措及成效', '存在的问题']);
    expect(doc.nodes[0]!.children.map((n) => n.title)).toEqual(['坚持党的领导', '严格规范执法']);
    expect(doc.nodes[0]!.children[0]!.children.map((n) => n.title)).toEqual(['思想引领强根基', '制度保障强基础']);
  });

  it.each([
    ['- 3 -', (n: number) => `- ${n} -`],
    ['第3页', (n: number) => `第${n}页`],
    ['第 3 页 共 N 页', (n: number) => `第 ${n} 页 共 9 页`],
    ['3', (n: number) => String(n)],
    ['3/9', (n: number) => `${n}/9`],
  ])('drops page numbers written %s', async (_, pageNumber) => {
    const loaded = await loadBytes(makePdf(layoutReport(PDF_TITLE, PDF_PARAGRAPHS, { linesPerPage: 6, pageNumber })), 'report.pdf');
    expect(loaded.text).toBe([PDF_TITLE, ...PDF_PARAGRAPHS].join('\n') + '\n');
  });

  it('a PDF with only images (a scan) is refused in one line that says so', async () => {
    const err = await errorOf(loadBytes(makePdf([{ image: true }, { image: true }]), 'scan.pdf'));
    expect(err).toBeInstanceOf(LangduError);
    expect((err as Error).message).toMatch(/^scan\.pdf is a PDF with no text layer \(a scanned image\?\); .*OCR/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('a damaged PDF is refused in one line', async () => {
    const bytes = makePdf(pages).subarray(0, 300);
    const err = await errorOf(loadBytes(bytes, 'cut.pdf'));
    expect(err).toBeInstanceOf(LangduError);
    expect((err as Error).message).toMatch(/^cut\.pdf /);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('joining lines', () => {
  const line = (text: string, left: number, right: number, y: number, size = 10): PdfTextLine => ({ text, left, right, y, size });

  it('puts a space between Latin words broken at the margin, none between CJK characters', () => {
    const text = joinPages([
      [
        line('The report covers the', 50, 300, 700),
        line('year 2024 and 法治政府建', 50, 301, 688),
        line('设工作。', 50, 90, 676),
        line('Next paragraph.', 70, 150, 664),
      ],
    ]);
    expect(text).toBe('The report covers the year 2024 and 法治政府建设工作。\nNext paragraph.\n');
  });

  it('keeps a short line, an indented line and a line in other type as lines of their own', () => {
    const text = joinPages([
      [
        line('标题', 120, 160, 760, 16),
        line('正文第一行写到右边的页边', 50, 300, 700),
        line('接着一行。', 50, 120, 688),
        line('一、标题', 50, 100, 676),
        line('　　缩进的段落写满整一行', 70, 300, 664),
        line('续行。', 50, 80, 652),
      ],
    ]);
    expect(text).toBe('标题\n正文第一行写到右边的页边接着一行。\n一、标题\n缩进的段落写满整一行续行。\n');
  });

  it('a heading after a full line that ends a sentence starts its own line', () => {
    const text = joinPages([[line('这一段正好写满了一整行。', 50, 300, 700), line('二、下一部分', 50, 110, 688), line('正文写满一整行', 70, 300, 676)]]);
    expect(text).toBe('这一段正好写满了一整行。\n二、下一部分\n正文写满一整行\n');
  });
});

describe('a title in large type', () => {
  const line = (text: string, left: number, right: number, y: number, size = 10): PdfTextLine => ({ text, left, right, y, size });

  it('wrapped onto two centred lines is one line; the body after it is not joined to it', () => {
    const text = joinPages([
      [
        line('某市人民政府关于2024年法治政府', 100, 260, 780, 18),
        line('建设情况的报告', 140, 220, 752, 18),
        line('各区县人民政府，市政府各部门：', 50, 210, 700),
        line('　　现将有关情况报告如下。', 50, 200, 688),
      ],
    ]);
    expect(text).toBe('某市人民政府关于2024年法治政府建设情况的报告\n各区县人民政府，市政府各部门：\n现将有关情况报告如下。\n');
  });

  it('in a real PDF, comes back as the title', async () => {
    const pages = layoutReport('某市人民政府关于2024年法治政府', PDF_PARAGRAPHS, { linesPerPage: 8 });
    // A second title line under the first, in the same type.
    const first = pages[0]! as { lines: { text: string; x: number; y: number; size?: number }[] };
    const at = first.lines.findIndex((l) => l.size === 22);
    first.lines.splice(at + 1, 0, { text: '建设情况的报告', x: 220, y: first.lines[at]!.y - 30, size: 22 });
    for (const l of first.lines.slice(at + 2)) l.y -= 30;
    const loaded = await loadBytes(makePdf(pages), 'two-line-title.pdf');
    expect(loaded.text.split('\n')[0]).toBe('某市人民政府关于2024年法治政府建设情况的报告');
    expect(preferAdapter(parse(loaded.text), loaded).title).toBe('某市人民政府关于2024年法治政府建设情况的报告');
  });
});

describe('items on a line', () => {
  const item = (str: string, x: number, width: number, y = 700, size = 10) => ({ str, x, y, width, size });

  it('spaces a producer put between Chinese characters go; a space between Latin words stays (none is added next to a Chinese character)', () => {
    const lines = toLines([item('法 治', 50, 25), item(' ', 75, 3), item('政 府', 78, 25), item('建设', 103, 20), item('PDF', 140, 15), item('text', 160, 20)]);
    expect(lines.map((l) => l.text)).toEqual(['法治政府建设PDF text']);
  });

  it('a letter-spaced title keeps its leading indent and loses its gaps', () => {
    expect(toLines([item('　　工 作 报 告', 80, 120, 760, 18)]).map((l) => l.text)).toEqual(['　　工作报告']);
  });
});
