// PDF, Word and saved pages through the real program: every command opens them, furniture is never
// read aloud, what cannot be opened is one line; and a text file never loads the format adapters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from './fixtures/gen/docx.js';
import { layoutReport, makePdf } from './fixtures/gen/pdf.js';
import { FURNITURE, PDF_PARAGRAPHS, PDF_TITLE } from './fixtures/gen/samples.js';
import { fixture, ROOT, SEED_PATH } from './helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-formats-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function langdu(args: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const pdf = join(tmp, '报告.pdf');
writeFileSync(pdf, makePdf(layoutReport(PDF_TITLE, PDF_PARAGRAPHS, { header: '某市人民政府文件', linesPerPage: 6 })));
const scan = join(tmp, 'scan.pdf');
writeFileSync(scan, makePdf([{ image: true }]));
const docx = join(tmp, 'report.docx');
writeFileSync(
  docx,
  makeDocx([
    { text: PDF_TITLE, style: 'Title' },
    { text: '主要举措及成效', style: 'Heading1' },
    { text: '坚持党的领导', style: 'Heading2' },
    { text: '制定年度学法计划。', numbered: 0 },
  ]),
);

describe('every command opens each format', () => {
  it.each([
    ['a PDF', pdf, [PDF_TITLE, '  一、主要举措及成效', '    （一）坚持党的领导', '      一是思想引领强根基']],
    ['a Word file', docx, [PDF_TITLE, '  一、主要举措及成效', '    （一）坚持党的领导', '      1.制定年度学法计划']],
    ['a saved page', fixture('web/city-work-report.html'), ['2025年某市政府工作报告', '  一、2024年工作回顾', '    （一）坚持稳中求进，经济运行回升向好']],
  ])('%s: outline, show --at, speak --dry-run, and the reader (not a terminal)', (_, file, head) => {
    const outline = langdu(['outline', file]);
    expect(outline.err).toBe('');
    expect(outline.out.split('\n').slice(0, head.length)).toEqual(head);
    const show = langdu(['show', file, '--at', '1.1']);
    expect(show.code).toBe(0);
    // show prints the point's heading as written, with the 。 that ends a run-in one; the outline leaves it out.
    expect(show.out.split('\n')[0]!.replace(/。$/, '')).toBe(head[2]!.trim());
    const reader = langdu([file]);
    expect(reader.out.split('\n').slice(0, head.length)).toEqual(head);
    const json = JSON.parse(langdu(['outline', '--json', file]).out) as { title: string };
    expect(json.title).toBe(head[0]);
  });

  it('speak --dry-run reads the report and none of the page around it: no navigation, share links, page numbers or footer', () => {
    for (const file of [
      fixture('web/city-work-report.html'),
      fixture('web/county-plan.gbk.html'),
      fixture('web/district-traditional.html'),
      fixture('web/province-policy.html'),
    ]) {
      const r = langdu(['speak', '--dry-run', file]);
      expect(r.code).toBe(0);
      expect(r.out.split('\n').filter((l) => FURNITURE.test(l) && !l.includes('版权所有人'))).toEqual([]);
    }
    const spoken = langdu(['speak', '--dry-run', pdf]).out;
    expect(spoken).not.toMatch(/某市人民政府文件|—|第.页/);
    // A sentence broken across the page is one sentence.
    expect(spoken).toContain('有力推动了各项工作落实到位，全市法治政府建设水平稳步提升，群众满意度持续提高。');
  });
});

describe('piped in', () => {
  it('a PDF, a Word file and a GBK page on standard input open as from a file', () => {
    const piped = (bytes: Buffer, args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, input: bytes, encoding: 'utf8' });
    expect(piped(readFileSync(pdf), ['outline', '-']).stdout.split('\n').slice(0, 2)).toEqual([PDF_TITLE, '  一、主要举措及成效']);
    expect(piped(readFileSync(docx), ['show']).stdout.split('\n')[0]).toBe(PDF_TITLE);
    const page = piped(readFileSync(fixture('web/county-plan.gbk.html')), ['speak', '--dry-run']);
    expect(page.stdout.split('\n')[0]).toBe('某县关于二零二四年法治政府建设情况的报告');
    expect(page.stdout).not.toMatch(FURNITURE);
    const scanned = piped(readFileSync(scan), ['outline', '-']);
    expect(scanned.status).toBe(1);
    expect(scanned.stderr).toMatch(/^langdu: standard input is a PDF with no text layer[^\n]*\n$/);
  });
});

describe('what cannot be opened is one line, exit 1', () => {
  it.each([
    ['a scanned PDF', () => scan, /^langdu: scan\.pdf is a PDF with no text layer \(a scanned image\?\); [^\n]*OCR[^\n]*\n$/],
    [
      'a cut PDF',
      () => {
        const p = join(tmp, 'cut.pdf');
        writeFileSync(p, readFileSync(pdf).subarray(0, 200));
        return p;
      },
      /^langdu: cut\.pdf is not a PDF langdu can read [^\n]*\n$/,
    ],
    [
      'an old .doc',
      () => {
        const p = join(tmp, 'old.doc');
        writeFileSync(p, Buffer.from('d0cf11e0a1b11ae1000000', 'hex'));
        return p;
      },
      /^langdu: old\.doc is an old Word\/Excel file \(\.doc\/\.xls\); save the report as \.docx, PDF, text or HTML first\n$/,
    ],
  ])('%s', (_, make, pattern) => {
    const r = langdu(['outline', make()]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(pattern);
    expect(r.out).toBe('');
  });
});

describe('start-up: a text file never loads the format adapters', () => {
  const trace = ['--import', fileURLToPath(new URL('./fixtures/trace-imports.mjs', import.meta.url))];
  /** The source of every module a command loaded. */
  const loaded = (args: string[]) => {
    const file = join(tmp, `trace-${Math.random().toString(36).slice(2)}.txt`);
    const r = langdu(args, { LANGDU_TRACE_FILE: file }, trace);
    expect(r.code).toBe(0);
    const urls = readFileSync(file, 'utf8').trim().split('\n');
    return {
      urls,
      source: urls
        .filter((u) => u.startsWith('file:'))
        .map((u) => readFileSync(fileURLToPath(u), 'utf8'))
        .join('\n'),
    };
  };
  // Strings only the bundled adapters hold: Readability's page id, mammoth's part name.
  const ADAPTERS = /readability-page-|word\/document\.xml/;

  it('outline on a text file loads no PDF, Word or article code', () => {
    const { urls, source } = loaded(['outline', SEED_PATH]);
    expect(urls.filter((u) => u.includes('pdfjs-dist'))).toEqual([]);
    expect(source).not.toMatch(ADAPTERS);
  });

  it('(the check can fail: a saved page does load the article code, and a PDF loads pdf.js)', () => {
    expect(loaded(['outline', fixture('web/city-work-report.html')]).source).toMatch(ADAPTERS);
    expect(loaded(['outline', pdf]).urls.some((u) => u.includes('pdfjs-dist'))).toBe(true);
  });
});
