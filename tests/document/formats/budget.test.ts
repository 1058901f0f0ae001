// The budget machinery on its own: the ZIP reader that inflates on a budget, the XML shape count, the
// PDF stream scan and its decoders (their counts are exact), and the layout code that once spread or
// re-read what the input sized.
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { joinPages, type PdfTextLine, toLines } from '../../../src/document/formats/pdf.js';
import { checkStreams, StreamsOverBudget } from '../../../src/document/formats/pdf-streams.js';
import { readEntry, xmlShape, ZipBudgetError, zipEntries } from '../../../src/document/formats/zip.js';
import { loadBytes } from '../../../src/document/load.js';
import { parse } from '../../../src/document/parse.js';
import { documentParagraphs } from '../../../src/document/text-views.js';
import { docxBomb, pdfOf } from '../../fixtures/gen/bombs.js';
import { makeZip } from '../../fixtures/gen/zip.js';

describe('the ZIP reader', () => {
  it('reads what an entry holds, inflated, whatever size the archive declares', () => {
    const zip = makeZip({ 'a.xml': '<a>甲</a>', 'b.bin': Buffer.alloc(1000, 7) });
    const entries = zipEntries(zip);
    expect([...entries.keys()]).toEqual(['a.xml', 'b.bin']);
    expect(readEntry(zip, entries.get('a.xml')!, 100).toString()).toBe('<a>甲</a>');
    expect(readEntry(zip, entries.get('b.bin')!, 1000)).toEqual(Buffer.alloc(1000, 7));
  });

  it('stops inflating one byte past the budget, though the entry claims to be small', () => {
    const zip = docxBomb(100_000, { claim: 10 }); // 3.6 MB of XML
    const entry = zipEntries(zip).get('word/document.xml')!;
    expect(() => readEntry(zip, entry, 1_000_000)).toThrow(ZipBudgetError);
    expect(readEntry(zip, entry, 5_000_000).length).toBe(36 * 100_000 + 151); // 100 000 paragraphs, and the document around them
  });

  it('counts XML elements and depth before any parser sees them', () => {
    expect(xmlShape(Buffer.from('<?xml version="1.0"?><!-- c --><a x="1"><b/><c><d>t</d></c></a>'))).toEqual({ elements: 4, depth: 3 });
    const deep = `<r>${'<s>'.repeat(1000)}${'</s>'.repeat(1000)}</r>`;
    expect(xmlShape(Buffer.from(deep)).depth).toBe(1001);
  });
});

const streamObj = (dict: string, data: Buffer | string) =>
  Buffer.concat([Buffer.from(`<< ${dict} /Length ${Buffer.byteLength(data)} >>\nstream\n`), Buffer.from(data), Buffer.from('\nendstream')]);

describe('the PDF stream scan counts what each filter of a chain unpacks to', () => {
  it('Flate, and Flate twice (each stage counted: pdf.js holds each whole)', async () => {
    const text = Buffer.alloc(100_000, 'a');
    expect(await checkStreams(pdfOf([streamObj('/Filter /FlateDecode', deflateSync(text))]), 1e9)).toBe(100_000);
    const twice = deflateSync(deflateSync(text));
    const inner = deflateSync(text).length;
    expect(await checkStreams(pdfOf([streamObj('/Filter [/FlateDecode /FlateDecode]', twice)]), 1e9)).toBe(inner + 100_000);
  });

  it('LZW (the example in the PDF reference), RunLength, ASCIIHex and ASCII85, in chains', async () => {
    const lzw = Buffer.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]); // -----A---B
    expect(await checkStreams(pdfOf([streamObj('/Filter /LZWDecode', lzw)]), 1e9)).toBe(10);
    expect(await checkStreams(pdfOf([streamObj('/Filter [/AHx /LZW]', `${lzw.toString('hex')}>`)]), 1e9)).toBe(9 + 10);
    // RunLength: 3 literal bytes, then one byte repeated 128 times (257 − 129), then the end.
    expect(await checkStreams(pdfOf([streamObj('/Filter /RunLengthDecode', Buffer.from([2, 1, 2, 3, 129, 9, 128]))]), 1e9)).toBe(131);
    expect(await checkStreams(pdfOf([streamObj('/Filter /ASCII85Decode', '87cURD_*#4DfTZ)+T~>')]), 1e9)).toBe('Hello, World!'.length);
    const a85zeros = `${'z'.repeat(1000)}~>`; // 4000 zero bytes, then Flate can't read them: counted as far as they go
    expect(await checkStreams(pdfOf([streamObj('/Filter /A85', a85zeros)]), 1e9)).toBe(4000);
  });

  it('finds a stream whose /Length is an object of its own, and one whose /Length lies', async () => {
    const data = deflateSync(Buffer.alloc(50_000, 'b'));
    const indirect = pdfOf([
      Buffer.concat([Buffer.from('<< /Filter /FlateDecode /Length 2 0 R >>\nstream\n'), data, Buffer.from('\nendstream')]),
      String(data.length),
    ]);
    expect(await checkStreams(indirect, 1e9)).toBe(50_000);
    const lying = pdfOf([Buffer.concat([Buffer.from('<< /Filter /FlateDecode /Length 10 >>\nstream\n'), data, Buffer.from('\nendstream')])]);
    expect(await checkStreams(lying, 1e9)).toBe(50_000);
  });

  it('stops at the budget', async () => {
    const pdf = pdfOf([streamObj('/Filter /FlateDecode', deflateSync(Buffer.alloc(10_000_000)))]);
    await expect(checkStreams(pdf, 1_000_000)).rejects.toBeInstanceOf(StreamsOverBudget);
  });

  it('skips image filters and raw streams (pdf.js decodes neither for text)', async () => {
    const raw = deflateRawSync(Buffer.alloc(1000));
    expect(await checkStreams(pdfOf([streamObj('/Filter /DCTDecode', raw), streamObj('', 'BT ET')]), 1e9)).toBe(0);
  });
});

describe('a PDF past the page budget', () => {
  it('is refused before any page is read (pdf.js counts them: a /Count that lies is not believed)', async () => {
    const pages = Array.from({ length: 10_001 }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>');
    const kids = pages.map((_, k) => `${k + 3} 0 R`).join(' ');
    const pdf = pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count 10001 >>`, ...pages]);
    await expect(loadBytes(pdf, 'many.pdf')).rejects.toThrow(/^many\.pdf has more than langdu's limit of 10,000 pages in a PDF; save it in smaller parts$/);
  });
});

describe('no spread or re-read sized by the input', () => {
  it('joins 300 000 PDF lines (Math.min over them overflowed the stack at some 125 000)', () => {
    const pages: PdfTextLine[][] = [];
    for (let p = 0; p < 300; p++) {
      // Each line indented: a paragraph of its own.
      pages.push(Array.from({ length: 1000 }, (_, k) => ({ text: `\u3000\u3000第${p}页第${k}行。`, left: 90, right: 300, y: 800 - k, size: 12 })));
    }
    const text = joinPages(pages);
    expect(text.split('\n').length).toBeGreaterThan(290_000);
  });

  it('makes one line of 300 000 items on one baseline, in linear time', () => {
    const items = Array.from({ length: 300_000 }, (_, k) => ({ str: 'a', x: k * 6, y: 700, width: 6, size: 12 }));
    const t0 = performance.now();
    const [line] = toLines(items);
    expect(line!.text.length).toBe(300_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a heading with 160 000 points under it is written out as paragraphs (push(...) of them overflowed the stack)', () => {
    const cn = (n: number) =>
      (n < 10 ? '' : `${n >= 20 ? '一二三四五六七八九'[Math.floor(n / 10) - 1] : ''}十`) + (n % 10 ? '一二三四五六七八九'[(n % 10) - 1] : '');
    let text = '一、总则\n';
    for (let a = 1; a <= 99; a++) {
      text += `（${cn(a)}）分则\n`;
      for (let b = 1; b <= 40; b++) {
        text += `${b}.条\n`;
        for (let c = 1; c <= 40; c++) text += `（${c}）款。\n`;
      }
    }
    const doc = parse(text);
    expect(doc.nodes).toHaveLength(1);
    expect(documentParagraphs(doc, 'original')).toHaveLength(1 + 99 + 99 * 40 + 99 * 40 * 40);
  });
});
