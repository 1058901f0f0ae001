// The book writers on their own: text escaped into XML whatever it holds, SMIL clock values, the nested
// navigation lists, the ZIP (read back by the document reader's ZIP code, and with the EPUB mimetype
// first and stored), and the MP3 frame count that gives an overlay its duration.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntry, zipEntries } from '../../src/document/formats/zip.js';
import { itemHtml, nestedList } from '../../src/export/epub.js';
import { clock, xmlText } from '../../src/export/xml.js';
import { MAX_ENTRIES, ZipWriter } from '../../src/export/zip.js';
import { mp3Encoder, mp3Samples } from '../../src/speech/mp3.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-writers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('text into XML', () => {
  it('escapes markup and drops what XML forbids (controls, lone surrogates), keeping every other character', () => {
    expect(xmlText('一、<script>alert("x")</script> & \'引\'')).toBe('一、&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;引&#39;');
    expect(xmlText('铃\u0007声\u0000\u001b[31m红\ud800字\uffff')).toBe('铃声[31m红字');
    expect(xmlText('𠀀\t\n')).toBe('𠀀\t\n');
  });

  it('a hostile sentence stays inside its span', () => {
    const html = itemHtml({
      item: 1,
      id: 'n1',
      level: 1,
      heading: '一、</h1><p>',
      titled: true,
      sentences: [
        { id: 'n1-s0', text: '一、</h1><p>', para: false, clip: null },
        { id: 'n1-s1', text: ']]><!--&amp;', para: true, clip: null },
      ],
    });
    expect(html).toBe(
      '<section id="n1">\n<h1><span id="n1-s0">一、&lt;/h1&gt;&lt;p&gt;</span></h1>\n<p><span id="n1-s1">]]&gt;&lt;!--&amp;amp;</span></p>\n</section>',
    );
  });

  it('clock values are h:mm:ss.fff', () => {
    expect(clock(0)).toBe('0:00:00.000');
    expect(clock(61.2345)).toBe('0:01:01.235');
    expect(clock(3725.5)).toBe('1:02:05.500');
  });
});

describe('navigation lists', () => {
  const li = (level: number, name: string) => ({ level, html: name });
  it('nest one level at a time and close every list', () => {
    const out = nestedList([li(1, 'title'), li(1, 'a'), li(2, 'a1'), li(3, 'a1x'), li(1, 'b'), li(2, 'b1')]).replace(/\n/g, '');
    expect(out).toBe('<ol><li>title</li><li>a<ol><li>a1<ol><li>a1x</li></ol></li></ol></li><li>b<ol><li>b1</li></ol></li></ol>');
  });
  it('a level skipped (a point straight under a part) still nests only one list deeper', () => {
    expect(nestedList([li(1, 'a'), li(3, 'x'), li(1, 'b')]).replace(/\n/g, '')).toBe('<ol><li>a<ol><li>x</li></ol></li><li>b</li></ol>');
  });
  it('a report with more headings than a call takes arguments (300 000 points) still gets its list', () => {
    const many = Array.from({ length: 300_000 }, (_, k) => li(k === 0 ? 1 : 2, 'x'));
    const out = nestedList(many);
    expect(out.match(/<li>/g)).toHaveLength(300_000);
    expect(out.startsWith('<ol>\n<li>x\n<ol>')).toBe(true);
  });
});

describe('ZIP', () => {
  it('writes entries the document reader reads back, the first stored with its name at byte 30', () => {
    const audio = join(tmp, 'a.bin');
    const big = Buffer.alloc(3 << 20, 7);
    big.write('end', big.length - 3);
    writeFileSync(audio, big);
    const path = join(tmp, 'x.epub');
    const zip = new ZipWriter(path);
    zip.addBuffer('mimetype', Buffer.from('application/epub+zip'), true);
    zip.addBuffer('EPUB/文字.xhtml', Buffer.from('<p>报告</p>'.repeat(100)));
    zip.addFile('EPUB/audio/a.mp3', audio);
    zip.finish();
    const bytes = readFileSync(path);
    expect(bytes.toString('latin1', 30, 58)).toBe('mimetypeapplication/epub+zip');
    const entries = zipEntries(bytes);
    expect([...entries.keys()]).toEqual(['mimetype', 'EPUB/文字.xhtml', 'EPUB/audio/a.mp3']);
    expect(entries.get('mimetype')!.method).toBe(0);
    expect(entries.get('EPUB/audio/a.mp3')!.method).toBe(0);
    expect(readEntry(bytes, entries.get('EPUB/文字.xhtml')!, 1 << 20).toString()).toBe('<p>报告</p>'.repeat(100));
    expect(readEntry(bytes, entries.get('EPUB/audio/a.mp3')!, 1 << 23).equals(big)).toBe(true);
  });
});

describe('MP3 length', () => {
  it('counts the frames an encoded MP3 holds: whole frames covering the samples and the encoder delay', async () => {
    const fmt = { channels: 1, sampleRate: 22050, bitsPerSample: 16 };
    const enc = await mp3Encoder(fmt);
    const pcm = Buffer.alloc(22050 * 2 * 3);
    const mp3 = Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00', 'latin1'), enc.encode(pcm), enc.flush()]);
    const { samples, sampleRate } = mp3Samples(mp3);
    expect(sampleRate).toBe(22050);
    expect(samples % 576).toBe(0);
    expect(samples).toBeGreaterThanOrEqual(22050 * 3);
    expect(samples).toBeLessThan(22050 * 3 + 1105 + 3 * 576);
  });
});

describe('the ZIP count limit', () => {
  it('a 65 536th file is refused, not written into a count that wraps to 0', () => {
    const path = join(tmp, 'many.zip');
    const zip = new ZipWriter(path);
    const empty = Buffer.alloc(0);
    for (let k = 0; k < MAX_ENTRIES; k++) zip.addBuffer(`${k}`, empty, true);
    expect(() => zip.addBuffer('one-more', empty, true)).toThrow(/at most 65535 files/);
    zip.close();
  }, 60_000);
});
