// A table in a talking book is a real <table> (caption, header cells with their scope, spans), not a
// paragraph of cells, and each row is heard where the overlay (EPUB) or the SMIL (DAISY) says: the
// row's clip starts and ends in the quiet between rows and holds the row's speech. Checked on a real
// budget table (tests/fixtures/tables: two header rows, 项目 merged down, 金额（万元） merged across).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntry, zipEntries } from '../../src/document/formats/zip.js';
import { fixture, ROOT } from '../helpers.js';
import { decode, epubcheck, expectDaisyPlayerShows, haveDaisy, haveEpubcheck, haveSpeech, unzip } from './book-helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const TABLE = fixture('tables/dayao-budget-2024-04.html');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-book-tables-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const EPUB = join(tmp, 'budget.epub');
const DAISY = join(tmp, 'budget-daisy');

const rowsOf = (html: string) => [...html.matchAll(/<tr id="([^"]+)">(.*?)<\/tr>/g)].map((m) => ({ id: m[1]!, html: m[2]! }));

/** Each heard row's clip holds speech and starts and ends in quiet (no sound within 5 ms of either end). */
function expectRowClips(mp3: string, clips: { begin: number; end: number }[]): void {
  const { pcm, rate } = decode(mp3);
  const loud = (from: number, to: number) => {
    let n = 0;
    for (let i = Math.max(0, Math.round(from * rate)); i < Math.min(pcm.length, Math.round(to * rate)); i++) if (Math.abs(pcm[i]!) >= 1000) n++;
    return n;
  };
  for (const c of clips) {
    expect(c.end - c.begin).toBeGreaterThan(1);
    expect(loud(c.begin, c.end) / rate, `speech in ${c.begin}–${c.end}`).toBeGreaterThan(0.3);
    expect(loud(c.begin - 0.005, c.begin + 0.005), `quiet at ${c.begin}`).toBe(0);
    expect(loud(c.end - 0.005, c.end + 0.005), `quiet at ${c.end}`).toBe(0);
  }
}

describe.skipIf(!haveSpeech)('a table in a talking book', () => {
  beforeAll(() => {
    for (const args of [
      ['-o', EPUB],
      ['-o', DAISY, '--format', 'daisy'],
    ]) {
      const r = spawnSync(process.execPath, [BIN, 'export', TABLE, ...args], { cwd: tmp, encoding: 'utf8', timeout: 180_000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  }, 400_000);

  it('the EPUB draws the table with its headers and spans, and its overlay reads it row by row', () => {
    const files = unzip(EPUB);
    const part = [...files].find(([name, text]) => name.endsWith('.xhtml') && text.includes('<table>'));
    expect(part, 'a part with a <table>').toBeDefined();
    const [name, html] = part!;
    // The header rows: 项目 down both, 金额（万元） across two columns over 累计完成 and 年初预算.
    expect(html).toContain('<thead>');
    expect(html).toContain('<th scope="col" rowspan="2">项目</th><th scope="col" colspan="2">金额（万元）</th>');
    expect(html).toContain('<th scope="col">累计完成</th><th scope="col">年初预算</th>');
    // A data row: its name a row header, its figures cells; the cells are not also a paragraph of text.
    expect(html).toContain('<th scope="row">一般公共预算收入</th><td>24627</td><td>60999</td><td>40.4</td><td>-4.2</td>');
    expect(html).not.toMatch(/<span[^>]*>[^<]*24627\s*60999/);
    expect(html.match(/<td>24627<\/td>/g)).toHaveLength(1);
    const rows = rowsOf(html);
    const data = rows.filter((r) => r.html.includes('scope="row"'));
    expect(data.map((r) => /<th scope="row">([^<]+)/.exec(r.html)![1])).toEqual([
      '一般公共预算收入',
      '其中：税收收入',
      '非税收入',
      '一般公共预算支出',
      '政府性基金预算收入',
      '政府性基金预算支出',
    ]);
    // Every data row is heard: the overlay points at its <tr>, and the rows' clips follow one another.
    const smil = files.get(name.replace(/\.xhtml$/, '.smil'))!;
    const file = name.replace(/^EPUB\//, '');
    const clock = (c: string) => c.split(':').reduce((n, p) => n * 60 + Number(p), 0);
    const clips = data.map((r) => {
      const m = new RegExp(`<text src="${file}#${r.id}"/><audio src="audio/([^"]+)" clipBegin="([^"]+)" clipEnd="([^"]+)"/>`).exec(smil);
      expect(m, `a clip for row ${r.id}`).not.toBeNull();
      return { audio: m![1]!, begin: clock(m![2]!), end: clock(m![3]!) };
    });
    for (let k = 1; k < clips.length; k++) expect(clips[k]!.begin).toBeCloseTo(clips[k - 1]!.end, 6);
    const mp3 = join(tmp, 'budget-part.mp3');
    const bytes = readFileSync(EPUB);
    writeFileSync(mp3, readEntry(bytes, zipEntries(bytes).get(`EPUB/audio/${clips[0]!.audio}`)!, 1 << 26));
    expectRowClips(mp3, clips);
  }, 60_000);

  it.skipIf(!haveEpubcheck)(
    'EPUBCheck finds no error and no warning in the book with a table',
    () => {
      expect(epubcheck(EPUB)).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
    },
    150_000,
  );

  it('the DAISY book draws the same table, and its SMIL points each heard row at its <tr>', () => {
    const html = readFileSync(join(DAISY, 'content.html'), 'utf8');
    expect(html).toContain('<th scope="col" rowspan="2">项目</th><th scope="col" colspan="2">金额（万元）</th>');
    const data = rowsOf(html).filter((r) => r.html.includes('scope="row"'));
    expect(data).toHaveLength(6);
    const smil = readdirSync(DAISY)
      .filter((f) => f.endsWith('.smil'))
      .map((f) => readFileSync(join(DAISY, f), 'utf8'))
      .join('\n');
    const clips = data.map((r) => {
      const m = new RegExp(
        `<text src="content\\.html#${r.id}" id="t-${r.id}"/><audio src="([^"]+)" clip-begin="npt=([\\d.]+)s" clip-end="npt=([\\d.]+)s"`,
      ).exec(smil);
      expect(m, `a clip for row ${r.id}`).not.toBeNull();
      return { audio: m![1]!, begin: Number(m![2]), end: Number(m![3]) };
    });
    expectRowClips(join(DAISY, clips[0]!.audio), clips);
  }, 60_000);

  it.skipIf(!haveDaisy)(
    'daisy-player opens the DAISY book with a table',
    async () => {
      await expectDaisyPlayerShows(tmp, DAISY, ['大姚县']);
    },
    60_000,
  );
});
