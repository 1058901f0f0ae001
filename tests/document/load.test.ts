import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBytes, loadFile, MAX_BYTES } from '../../src/document/load.js';
import { parse } from '../../src/document/parse.js';
import { LangduError } from '../../src/errors.js';
import { makeZip } from '../fixtures/gen/zip.js';
import { fixture, seedText } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('decoding', () => {
  it.each([
    ['gbk-report.txt', 'GB18030', '某市2024年法治政府建设情况报告', '主要举措'],
    ['big5-report.txt', 'Big5', '某縣2024年度法治政府建設報告', '主要舉措'],
    ['utf16le-bom-report.txt', 'UTF-16LE', '某市2024年法治政府建设情况报告', '主要举措'],
    ['utf16be-bom-report.txt', 'UTF-16BE', '某市2024年法治政府建设情况报告', '主要举措'],
    ['utf8-bom-crlf-report.txt', 'UTF-8', '某市2024年法治政府建设情况报告', '主要举措'],
  ])('%s decodes as %s and parses', async (name, encoding, title, firstPart) => {
    const loaded = await loadFile(fixture(name));
    expect(loaded.encoding).toBe(encoding);
    expect(loaded.text).not.toContain('\r');
    expect(loaded.text.charCodeAt(0)).not.toBe(0xfeff);
    const doc = parse(loaded.text);
    expect(doc.title).toBe(title);
    expect(doc.nodes[0]!.title).toBe(firstPart);
    expect(doc.nodes[0]!.children[0]!.children.length).toBeGreaterThan(0);
  });

  it.each([
    ['UTF-16LE', (s: string) => Buffer.from(s, 'utf16le')],
    ['UTF-16BE', (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ])('reads %s without a byte-order mark (the bundled report re-encoded)', async (encoding, encode) => {
    const seed = seedText();
    const loaded = await loadBytes(encode(seed), 'report.txt');
    expect(loaded.encoding).toBe(encoding);
    expect(loaded.text).toBe((await loadBytes(Buffer.from(seed), 'report.txt')).text);
    // Han only, where 一 (U+4E00) and 退 (U+9000) put zero bytes on the low side; and English only.
    expect((await loadBytes(encode('一是退出一线。二是进一步完善。'), 'han.txt')).text).toBe('一是退出一线。二是进一步完善。');
    expect((await loadBytes(encode('Annual report\n1. Progress\n'), 'en.txt')).text).toBe('Annual report\n1. Progress\n');
  });

  it('turns CRLF and lone CR into LF', async () => {
    const { text } = await loadBytes(Buffer.from('甲\r\n乙\r丙\n'), 'x.txt');
    expect(text).toBe('甲\n乙\n丙\n');
  });
});

describe('HTML', () => {
  it('becomes text through a parser: paragraphs kept, scripts and navigation dropped, metadata table read', async () => {
    const loaded = await loadFile(fixture('report.html'));
    expect(loaded.format).toBe('html');
    expect(loaded.text).not.toMatch(/<|tracker|首页/);
    const doc = parse(loaded.text);
    expect(doc.title).toBe('某区2024年法治政府建设年度报告');
    expect(doc.meta).toEqual([
      { key: '索引号', value: '001/2025-00012' },
      { key: '发布日期', value: '2025-03-01' },
      { key: '发布机构', value: '区司法局' },
    ]);
    expect(doc.nodes.map((n) => n.title)).toEqual(['主要举措及成效', '存在的问题']);
    expect(doc.nodes[0]!.children[0]!.children.map((n) => [n.title, n.body])).toEqual([
      ['强化统筹', '召开专题会议5次&发文3件。'],
      ['压实责任', '签订责任书 60份。'],
    ]);
    expect(doc.nodes[1]!.body).toBe('基层执法力量不足。\n执法规范化水平有待提升。');
  });

  it('is recognised by content without an .html name', async () => {
    const { format, text } = await loadBytes(Buffer.from('<html><body><p>第一段。</p><p>第二段。</p></body></html>'), 'saved-page');
    expect(format).toBe('html');
    expect(text).toBe('第一段。\n第二段。\n');
  });
});

// C0 and C1 controls other than tab and newline: what must never reach the terminal or the synthesizer.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters never leave the loader', () => {
  // (NUL has a test of its own: in the first 8 KB it marks a binary file.)
  const hostile = '\x1b]0;PWNED\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\x9b31m\x01\x08\x7f\x0b\x0c\x85';

  it('each becomes one space, so offsets hold; tab and newline stay', async () => {
    const source = `标题${hostile}\n一、总体\t情况\n正文${hostile}继续。\n`;
    const { text } = await loadBytes(Buffer.from(source), 'x.txt');
    expect(text).not.toMatch(CONTROLS);
    expect(text.length).toBe(source.length);
    expect(text).toContain('\t情况\n');
    expect(text).toContain(' ]0;PWNED ');
    const doc = parse(text);
    expect(doc.nodes.map((n) => n.marker)).toEqual(['一、']);
    expect(doc.nodes[0]!.body).toContain('继续。');
  });

  it('in every encoding, and in HTML where they arrive as entities (&#27; &#155; &#7;)', async () => {
    const le = Buffer.from('\ufeff一、甲\x1b[2J乙\n', 'utf16le');
    expect((await loadBytes(le, 'u16.txt')).text).toBe('一、甲 [2J乙\n');
    const html = '<html><body><h1>报告&#27;]0;PWNED&#7;</h1><p>一、总体&#155;31m&#x1b;[2J正文。</p></body></html>';
    const { text, format } = await loadBytes(Buffer.from(html), 'page.html');
    expect(format).toBe('html');
    expect(text).not.toMatch(CONTROLS);
    expect(text).toContain('正文。');
  });

  it('a NUL past the first 8 KB is a space and the text after it is kept; frequent NULs are a binary file', async () => {
    const seed = Buffer.from(seedText());
    expect(seed.length).toBeGreaterThan(8192);
    const withNul = Buffer.concat([seed, Buffer.from('甲乙丙丁\0戊己庚辛。\n')]);
    const { text } = await loadBytes(withNul, 'nul.txt');
    expect(text).not.toContain('\0');
    expect(text).toContain('甲乙丙丁 戊己庚辛。');
    // Text for 8 KB, then a binary tail (zeros and small numbers): refused, not read as text.
    const tail = Buffer.alloc(64 * 1024).map((_, k) => (k % 4 === 0 ? k % 251 : 0));
    const err = await loadBytes(Buffer.concat([seed, tail]), 'mixed.dat').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LangduError);
    expect((err as Error).message).toMatch(/mixed\.dat looks like a binary file/);
  });
});

describe('bad input gives one actionable line', () => {
  const fails = async (p: Promise<unknown>, pattern: RegExp) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LangduError);
    const msg = (err as LangduError).message;
    expect(msg).toMatch(pattern);
    expect(msg).not.toContain('\n');
  };

  it('missing file', () => fails(loadFile(join(tmp, 'nope.txt')), /no such file: .*nope\.txt; check the path/));
  it('a folder', () => fails(loadFile(tmp), /is a folder, not a report/));
  it('empty file', () => fails(loadFile(write('empty.txt', '')), /empty\.txt is empty/));
  it('only whitespace', () => fails(loadFile(write('blank.txt', ' \n\t\n')), /has no text in it/));
  it('binary file', () => fails(loadFile(write('data.bin', Buffer.from([1, 2, 0, 3, 0, 0, 5]))), /binary file \(it has NUL bytes\)/));
  it.each([
    // ASCII read in pairs looks like Han either way round.
    ['a NUL-separated list (find -print0)', Buffer.from('./report-2024.txt\0./notes/a.md\0./b/c.html\0./docs/index.txt\0'.repeat(40))],
    ['an environment block (/proc/PID/environ)', Buffer.from('HOME=/root\0USER=root\0LANG=C.UTF-8\0TERM=xterm\0'.repeat(60))],
    ['little-endian 16-bit samples', Buffer.from(Int16Array.from({ length: 4096 }, (_, k) => Math.round(300 * Math.sin(k / 7))).buffer)],
    ['random bytes', Buffer.from(Array.from({ length: 8192 }, (_, k) => (k * 2654435761) >>> 24))],
    ['zeros', Buffer.alloc(4096)],
  ])('a binary that is not UTF-16 either: %s', (_name, bytes) => fails(loadBytes(bytes, 'blob'), /^blob looks like a binary file|^blob is not valid UTF-8/));
  it('a PDF that is not a whole PDF', () =>
    fails(loadFile(write('r.pdf', '%PDF-1.7\n...')), /^r\.pdf is not a PDF langdu can read .*; check that the file is complete$/));
  it('a ZIP archive that is not a Word file', () =>
    fails(
      loadFile(write('a.zip', makeZip({ 'notes.txt': '笔记' }))),
      /^a\.zip is a ZIP archive but not a Word \.docx file \(no word\/document\.xml\); give a \.docx/,
    ));
  it('a damaged ZIP archive', () =>
    fails(loadFile(write('cut.docx', makeZip({ 'notes.txt': '笔记' }).subarray(0, 40))), /^cut\.docx is a damaged ZIP archive; give a \.docx/));
  it('undecodable bytes', () =>
    fails(
      loadFile(write('bad.txt', Buffer.from([0xe4, 0xb8, 0x80, 0xff, 0xfe, 0xfd, 0x80, 0x80, 0xc0, 0xff, 0x81]))),
      /not valid UTF-8, GB18030\/GBK or Big5 .*iconv/,
    ));
  it('a file over the size cap', () => {
    const p = join(tmp, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, MAX_BYTES + 1); // sparse: costs no disk
    closeSync(fd);
    return fails(loadFile(p), /huge\.txt is 64 MiB, over langdu's 64 MiB limit; split/);
  });
  it('a UTF-16 BOM followed by garbage', () =>
    fails(loadFile(write('u16.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]))), /byte-order mark but has undecodable bytes/));
  it('a file name with control characters is shown safely, on one line', async () => {
    await fails(loadFile(join(tmp, '\x1b]0;x\x07.txt')), /^no such file: .*␛\]0;x␇\.txt; check the path/);
    const named = write('\x1b]0;y\x07\nz.txt', '');
    const err = (await loadFile(named).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^␛\]0;y␇␊z\.txt is empty/);
    expect(err.message).not.toMatch(CONTROLS);
    await fails(loadBytes(Buffer.from([0xff, 0x81, 0xff]), 'a\x1b[2Jb.txt'), /^a␛\[2Jb\.txt is not valid UTF-8.*iconv -f GBK -t UTF-8 a␛\[2Jb\.txt >/);
  });
  it('fixtures are really in their encodings', () => {
    // Guard against a fixture silently saved as UTF-8: the GBK file must not decode as UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(fixture('gbk-report.txt')))).toThrow();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(fixture('big5-report.txt')))).toThrow();
  });
});
