// Talking books through the real program and the clients their makers use: EPUBCheck must find no error
// and no warning in the EPUB, daisy-player must open the DAISY book and list its headings. The clips are
// checked against the decoded audio (sox): they tile each MP3 from 0 to its end, and where a point's or
// a section's earcon sounds is where its clip begins plus the silence before that earcon (to 10 ms).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEntry, zipEntries } from '../../src/document/formats/zip.js';
import { PAUSES } from '../../src/speech/earcons.js';
import { makeDocx } from '../fixtures/gen/docx.js';
import { layoutReport, makePdf } from '../fixtures/gen/pdf.js';
import { PDF_PARAGRAPHS, PDF_TITLE } from '../fixtures/gen/samples.js';
import { failSynthesesUntilExit, fixture, newTag, ROOT, syntheses } from '../helpers.js';
import { decode, EPUBCHECK, epubcheck, expectDaisyPlayerShows, haveDaisy, haveEpubcheck, haveSpeech, unzip } from './book-helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const REPORT = join(ROOT, 'content/shangyu-2024-rule-of-law-report.txt');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-books-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function langdu(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const seconds = (clock: string) => clock.split(':').reduce((n, p) => n * 60 + Number(p), 0);
const attrs = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );

interface Clip {
  text: string;
  begin: number;
  end: number;
}

/**
 * What a listener would notice about one audio file's clips: they follow one another with no gap from 0
 * to the end of the decoded audio, and a point's or section's clip begins exactly its pause before the
 * earcon: the first sound after its begin is the earcon, after the pause's silence (to 10 ms).
 */
function checkClips(mp3: string, clips: Clip[], earconAt: (text: string) => number | null, duration: number): void {
  const { pcm, rate } = decode(mp3);
  expectAudioLength(mp3, duration, pcm.length / rate);
  expect(clips[0]!.begin).toBe(0);
  for (let k = 1; k < clips.length; k++) expect(clips[k]!.begin).toBeCloseTo(clips[k - 1]!.end, 6);
  expect(clips.at(-1)!.end).toBeCloseTo(duration, 3);
  let earcons = 0;
  for (const c of clips) {
    expect(c.end).toBeGreaterThan(c.begin);
    const silence = earconAt(c.text);
    if (silence === null) continue;
    let i = Math.round(c.begin * rate);
    while (i < pcm.length && Math.abs(pcm[i]!) < 1000) i++;
    expect(Math.abs(i / rate - c.begin - silence), `${c.text} at ${c.begin}`).toBeLessThan(0.01);
    earcons++;
  }
  expect(earcons).toBeGreaterThan(0);
}

/**
 * A duration the book states is the MP3's: what soxi says (estimated from the frames' size, to a few ms),
 * and what sox decodes, which is one frame (576 samples) less: libmad does not put out the last frame.
 */
function expectAudioLength(mp3: string, stated: number, decoded: number): void {
  const soxi = Number(execFileSync('soxi', ['-D', mp3], { encoding: 'utf8' }).trim());
  expect(Math.abs(stated - soxi), `soxi says ${soxi} s`).toBeLessThan(0.02);
  expect(stated - decoded).toBeGreaterThanOrEqual(0);
  expect(stated - decoded).toBeLessThan(0.03);
}

/** The silence before the earcon of a boundary (earcons.ts: pause − tones − 150 ms after them). */
const before = (b: 'part' | 'section' | 'point') => {
  const tones = { 1: 200, 2: 120, 3: 50 }[PAUSES[b].earcon!];
  return (PAUSES[b].pauseMs - tones - 150) / 1000;
};

/** Files made once for several tests: part 2 of the bundled report (1 min 20 s of audio) as EPUB and DAISY. */
const EPUB = join(tmp, 'part2.epub');
const DAISY = join(tmp, 'part2-daisy');

describe.skipIf(!haveSpeech)('a talking book of part 2 of the bundled report', () => {
  beforeAll(() => {
    const e = langdu(['export', '--at', '2', '-o', EPUB]);
    expect(e.err).toBe('');
    expect(e.out).toMatch(/^wrote the EPUB 3 .*part2\.epub \(1:\d\d of audio; /);
    const d = langdu(['export', '--at', '2', '-o', DAISY, '--format', 'daisy']);
    expect(d.err).toBe('');
    expect(d.out).toMatch(/^wrote the DAISY 2\.02 book /);
  }, 240_000);

  it.skipIf(!haveEpubcheck)(
    'EPUBCheck finds no error and no warning',
    () => {
      const report = epubcheck(EPUB);
      expect(report).toMatch(/No errors or warnings detected/);
      expect(report).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
    },
    120_000,
  );

  it('the EPUB: mimetype first and stored, the metadata (Traditional as written, source, narrator, durations, active class)', () => {
    const bytes = readFileSync(EPUB);
    // The first entry's name and its uncompressed content, as EPUB readers sniff them.
    expect(bytes.toString('latin1', 30, 38)).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.toString('latin1', 38, 58)).toBe('application/epub+zip');
    const files = unzip(EPUB);
    const opf = files.get('EPUB/package.opf')!;
    expect(opf).toContain('<dc:title>二、存在問題</dc:title>');
    expect(opf).toContain('<dc:language>zh-Hant</dc:language>');
    expect(opf).toContain('<dc:source>shangyu-2024-rule-of-law-report.txt</dc:source>');
    expect(opf).toMatch(/<meta property="media:narrator">\S.*\(eSpeak NG\)<\/meta>/);
    expect(opf).toMatch(/<dc:identifier id="uid">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/dc:identifier>/);
    const active = /<meta property="media:active-class">([^<]+)<\/meta>/.exec(opf)![1]!;
    expect(files.get('EPUB/style.css')).toMatch(new RegExp(`\\.${active.replace(/-/g, '\\-')} \\{[^}]*background`));
    // The DAISY book of the same text has the same identifier: it names the book, not the run.
    expect(readFileSync(join(DAISY, 'ncc.html'), 'utf8')).toContain(`content="${/urn:uuid:[^<]+/.exec(opf)![0]}"`);
  });

  it('every sentence of the text is marked and heard: the overlay pairs each with its clip, which matches the audio', () => {
    const files = unzip(EPUB);
    const xhtml = files.get('EPUB/part0.xhtml')!;
    const smil = files.get('EPUB/part0.smil')!;
    const spans = attrs(xhtml, 'span').map((a) => a.id!);
    // The words of the part, as shown, are all inside the spans.
    const shown = langdu(['show', '--at', '2']).out.replace(/\s/g, '');
    const inSpans = [...xhtml.matchAll(/<span id="[^"]+">([^<]*)<\/span>/g)].map((m) => m[1]).join('');
    expect(inSpans.replace(/\s/g, '').replaceAll('&quot;', '"')).toBe(shown);
    const texts = attrs(smil, 'text').map((a) => a.src!.split('#')[1]);
    expect(texts).toEqual(spans);
    const clips = attrs(smil, 'audio').map((a, k) => ({ text: texts[k]!, begin: seconds(a.clipBegin!), end: seconds(a.clipEnd!) }));
    const opf = files.get('EPUB/package.opf')!;
    const duration = seconds(/<meta property="media:duration" refines="#mo-part0">([^<]+)</.exec(opf)![1]!);
    expect(seconds(/<meta property="media:duration">([^<]+)</.exec(opf)![1]!)).toBe(duration);
    const mp3 = join(tmp, 'part0.mp3');
    const bytes = readFileSync(EPUB);
    writeFileSync(mp3, readEntry(bytes, zipEntries(bytes).get('EPUB/audio/part0.mp3')!, 1 << 28));
    // Part 2's own heading has no pause before it (it starts the book); its three points each have theirs.
    checkClips(mp3, clips, (id) => (/^n2-\d-s0$/.test(id) ? before('point') : null), duration);
  }, 60_000);

  it('the navigation nests the part and its points, and reaches every heading', () => {
    const files = unzip(EPUB);
    const nav = files.get('EPUB/nav.xhtml')!;
    const xhtml = files.get('EPUB/part0.xhtml')!;
    expect(nav.replace(/\n/g, '')).toMatch(
      /<ol><li><a href="part0\.xhtml#n2">二、存在問題<\/a><ol><li><a href="part0\.xhtml#n2-1">一是思想認識不夠到位<\/a><\/li>/,
    );
    const targets = attrs(nav, 'a').map((a) => a.href!.split('#')[1]);
    const headings = [...xhtml.matchAll(/<section id="([^"]+)">\n<h\d>/g)].map((m) => m[1]);
    expect(targets).toEqual(headings);
    expect(headings).toEqual(['n2', 'n2-1', 'n2-2', 'n2-3']);
  });

  it('the DAISY book: ncc.html has the headings by level and the metadata players read; each heading leads to its SMIL and text', () => {
    const ncc = readFileSync(join(DAISY, 'ncc.html'), 'utf8');
    const meta = Object.fromEntries(attrs(ncc, 'meta').map((a) => [a.name, a.content]));
    expect(meta['dc:title']).toBe('二、存在問題');
    expect(meta['dc:language']).toBe('zh-Hant');
    expect(meta['dc:format']).toBe('Daisy 2.02');
    expect(meta['ncc:depth']).toBe('2');
    expect(meta['ncc:tocItems']).toBe('4');
    expect(meta['ncc:multimediaType']).toBe('audioFullText');
    const headings = [...ncc.matchAll(/<h(\d) id="[^"]+"><a href="([^"#]+)#([^"]+)">([^<]+)<\/a>/g)].map((m) => ({
      level: Number(m[1]),
      smil: m[2]!,
      id: m[3]!,
      text: m[4]!,
    }));
    expect(headings.map((h) => `${h.level} ${h.text}`)).toEqual([
      '1 二、存在問題',
      '2 一是思想認識不夠到位',
      '2 二是依法決策仍需完善',
      '2 三是行政執法有待規范',
    ]);
    const content = readFileSync(join(DAISY, 'content.html'), 'utf8');
    const clips: Clip[] = [];
    let total = 0;
    for (const h of headings) {
      const smil = readFileSync(join(DAISY, h.smil), 'utf8');
      expect(attrs(smil, 'text').map((a) => a.id)).toContain(h.id);
      for (const [k, t] of attrs(smil, 'text').entries()) {
        // Each text element points at a marked sentence of the content document.
        expect(content).toContain(`<span id="${t.src!.split('#')[1]}">`);
        const a = attrs(smil, 'audio')[k]!;
        expect(a.src).toBe('part0.mp3');
        clips.push({ text: t.src!.split('#')[1]!, begin: Number(a['clip-begin']!.slice(4, -1)), end: Number(a['clip-end']!.slice(4, -1)) });
      }
      total += Number(/<seq dur="([\d.]+)s">/.exec(smil)![1]);
    }
    // The total time is the audio's, to the second (hh:mm:ss); the SMIL files' durations add up to it.
    const { pcm, rate } = decode(join(DAISY, 'part0.mp3'));
    expect(Math.abs(seconds(meta['ncc:totalTime']!) - pcm.length / rate)).toBeLessThanOrEqual(1);
    expectAudioLength(join(DAISY, 'part0.mp3'), total, pcm.length / rate);
    checkClips(join(DAISY, 'part0.mp3'), clips, (id) => (/^n2-\d-s0$/.test(id) ? before('point') : null), clips.at(-1)!.end);
  }, 60_000);

  it.skipIf(!haveDaisy)(
    'daisy-player opens the DAISY book and lists its headings',
    async () => {
      await expectDaisyPlayerShows(tmp, DAISY, ['二、存在問題', '一是思想認識不夠到位', '二是依法決策仍需完善', '三是行政執法有待規范']);
    },
    60_000,
  );
});

describe.skipIf(!haveSpeech)('books of a web page, a PDF and a Word file', () => {
  const pdf = join(tmp, '报告.pdf');
  const docx = join(tmp, 'report.docx');
  const sources = [
    { name: 'web', file: fixture('web/city-work-report.html'), at: ['--at', '1.1'], heading: '（一）坚持稳中求进，经济运行回升向好' },
    { name: 'pdf', file: pdf, at: [], heading: PDF_TITLE },
    { name: 'docx', file: docx, at: [], heading: PDF_TITLE },
  ];
  const stem = (name: string) => join(tmp, `from-${name}`);
  beforeAll(async () => {
    writeFileSync(pdf, makePdf(layoutReport(PDF_TITLE, PDF_PARAGRAPHS.slice(0, 4), { header: '某市人民政府文件', linesPerPage: 6 })));
    writeFileSync(
      docx,
      makeDocx([
        { text: PDF_TITLE, style: 'Title' },
        { text: '主要举措及成效', style: 'Heading1' },
        { text: '坚持党的领导', style: 'Heading2' },
        { text: '制定年度学法计划。', numbered: 0 },
      ]),
    );
    // Six small exports at once: most of their time is process starts.
    const runs = sources.flatMap((s) => [
      [s.file, ...s.at, '-o', `${stem(s.name)}.epub`],
      [s.file, ...s.at, '-o', stem(s.name), '--format', 'daisy'],
    ]);
    for (const r of await Promise.all(runs.map((args) => run(process.execPath, [BIN, 'export', ...args])))) expect(r.err).toBe('');
  }, 240_000);

  it.skipIf(!haveEpubcheck)(
    'EPUBCheck passes each EPUB: no error, no warning',
    async () => {
      const reports = await Promise.all(sources.map((s) => run('java', ['-jar', EPUBCHECK, `${stem(s.name)}.epub`])));
      for (const r of reports) expect(r.out + r.err).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
    },
    240_000,
  );

  it.each(sources)('$name: the navigation and ncc.html reach its heading, in Simplified as written', ({ name, heading }) => {
    const files = unzip(`${stem(name)}.epub`);
    expect(files.get('EPUB/nav.xhtml')).toContain(`>${heading}</a>`);
    expect(files.get('EPUB/package.opf')).toContain('<dc:language>zh-Hans</dc:language>');
    expect(readFileSync(join(stem(name), 'ncc.html'), 'utf8')).toContain(`>${heading}</a>`);
  });

  it.skipIf(!haveDaisy).each(sources)(
    '$name: daisy-player lists the DAISY book',
    async ({ name, heading }) => {
      await expectDaisyPlayerShows(tmp, stem(name), [heading]);
    },
    60_000,
  );
});

/**
 * Text no book file may break: markup, a CDATA end, comment dashes, both quotes, controls (bell, escape,
 * SOH), U+FFFE and U+FFFF, in the preamble, a heading and the body; from standard input, with no title and
 * no closing. EPUBCheck's parser is strict XML 1.0; the DAISY book must carry the same marked text.
 */
describe.skipIf(!haveSpeech)('a hostile report from standard input, with no title and no closing', () => {
  const text = [
    '各位代表："引号"与\'单引号\'，<b>标记</b>&amp;实体]]>结束--注释\u0007响铃\u001b[31m。',
    '一、主要工作\ufffe]]>',
    '过去一年<!-- x -->做了\uffff工作\u0001。',
    '二、存在问题',
    '一是认识"不到位"。',
  ].join('\n\n');
  const epub = join(tmp, 'hostile.epub');
  const daisy = join(tmp, 'hostile-daisy');
  const fromStdin = (out: string[]) => spawnSync(process.execPath, [BIN, 'export', '-', ...out], { cwd: tmp, input: text, encoding: 'utf8', timeout: 120_000 });
  beforeAll(() => {
    for (const out of [
      ['-o', epub],
      ['-o', daisy, '--format', 'daisy'],
    ]) {
      const r = fromStdin(out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  }, 240_000);

  it.skipIf(!haveEpubcheck)('EPUBCheck finds no error and no warning', () => expect(epubcheck(epub)).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/), 120_000);

  it('every file of both books: no character XML forbids, the markup escaped, the same marked sentences in both', () => {
    const files = unzip(epub);
    const daisyFiles = readdirSync(daisy).filter((f) => !f.endsWith('.mp3'));
    const all = [...files.values(), ...daisyFiles.map((f) => readFileSync(join(daisy, f), 'utf8'))];
    for (const xml of all) expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    const spans = (xml: string) => [...xml.matchAll(/<span id="([^"]+)">([^<]*)<\/span>/g)].map((m) => `${m[1]} ${m[2]}`);
    const inEpub = [...files.keys()]
      .filter((n) => /part\d+\.xhtml$/.test(n))
      .sort()
      .flatMap((n) => spans(files.get(n)!));
    // The words, as written, across the spans (the sentence splitter may cut at ; or !).
    const words = inEpub.map((s) => s.slice(s.indexOf(' ') + 1)).join('');
    expect(words).toContain('&quot;引号&quot;与&#39;单引号&#39;，&lt;b&gt;标记&lt;/b&gt;&amp;amp;实体]]&gt;结束--注释');
    expect(words).toContain('过去一年&lt;!-- x --&gt;做了工作');
    expect(spans(readFileSync(join(daisy, 'content.html'), 'utf8'))).toEqual(inEpub);
  });

  it('the title is the first heading (not "-", the name of standard input); no closing: no creator named, DAISY says unknown', () => {
    const opf = unzip(epub).get('EPUB/package.opf')!;
    expect(opf).toContain('<dc:title>前言</dc:title>');
    expect(opf).not.toContain('<dc:creator>');
    const meta = Object.fromEntries(attrs(readFileSync(join(daisy, 'ncc.html'), 'utf8'), 'meta').map((a) => [a.name, a.content]));
    expect(meta['dc:title']).toBe('前言');
    expect(meta['dc:creator']).toBe('unknown');
    expect(unzip(epub).get('EPUB/nav.xhtml')).toContain('>一、主要工作]]&gt;</a>');
  });

  it.skipIf(!haveDaisy)(
    'daisy-player opens the DAISY book and lists its headings',
    async () => {
      await expectDaisyPlayerShows(tmp, daisy, ['前言', '一、主要工作]]>', '二、存在问题']);
    },
    60_000,
  );
});

/** A program run without blocking the test process, so that several run at once. */
function run(cmd: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: tmp });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe.skipIf(!haveSpeech)('--script, -o checks and stops', () => {
  const docx = join(tmp, 'short.docx');
  beforeAll(() => {
    writeFileSync(
      docx,
      makeDocx([
        { text: '某县发展报告', style: 'Title' },
        { text: '经济发展', style: 'Heading1' },
        { text: '产业转型升级。', numbered: 0 },
        { text: '问题与不足', style: 'Heading1' },
        { text: '创新驱动不强。', numbered: 0 },
      ]),
    );
  });

  it('--script traditional: the book, the MP3 chapter titles and the --split file names are all in Traditional', () => {
    const book = join(tmp, 'trad.epub');
    expect(langdu(['export', docx, '-o', book, '--script', 'traditional']).code).toBe(0);
    const files = unzip(book);
    expect(files.get('EPUB/package.opf')).toContain('<dc:language>zh-Hant</dc:language>');
    expect(files.get('EPUB/package.opf')).toContain('<dc:title>某縣發展報告</dc:title>');
    expect(files.get('EPUB/nav.xhtml')).toContain('>一、經濟發展</a>');
    const split = join(tmp, 'trad-split');
    expect(langdu(['export', docx, '-o', split, '--split', '--format', 'mp3', '--script', 'traditional']).code).toBe(0);
    expect(readdirSync(split).sort()).toEqual(['0-某縣發展報告.mp3', '1-經濟發展.mp3', '2-問題與不足.mp3']);
    const tags = readFileSync(join(split, '1-經濟發展.mp3')).subarray(0, 2000);
    expect(tags.includes(Buffer.from('經濟發展', 'utf16le'))).toBe(true);
    expect(tags.includes(Buffer.from('经济发展', 'utf16le'))).toBe(false);
  }, 120_000);

  it.each([
    [['-o', '-', '--format', 'epub'], /^langdu: a talking book cannot go to standard output/],
    [['-o', 'x', '--format', 'daisy', '--split'], /^langdu: --split writes audio files; a DAISY book is already cut into parts/],
    [['-o', 'x.mp3', '--format', 'epub'], /^langdu: --format epub does not agree with -o x\.mp3/],
    [['-o', 'x.ogg'], /^langdu: \.ogg is not a format export writes: the extension of -o chooses the format, \.wav, \.mp3 or \.epub/],
  ])('export %j is wrong usage, and writes nothing', (args, message) => {
    const dir = mkdtempSync(join(tmp, 'usage-'));
    const r = spawnSync(process.execPath, [BIN, 'export', docx, ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a DAISY book is not written into a folder holding other files; a missing parent folder is one line', () => {
    const busy = mkdtempSync(join(tmp, 'busy-'));
    writeFileSync(join(busy, 'notes.txt'), 'mine');
    const r = langdu(['export', docx, '-o', busy, '--format', 'daisy']);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`langdu: ${busy} is a folder with other files in it; give a new or empty folder for the DAISY book\n`);
    expect(readdirSync(busy)).toEqual(['notes.txt']);
    const r2 = langdu(['export', docx, '-o', join(tmp, 'nowhere', 'book.epub')]);
    expect(r2.err).toMatch(/^langdu: folder .*nowhere does not exist; create it or choose another -o\n$/);
  });

  it('a DAISY book written again replaces the old one, whole', () => {
    const dir = join(tmp, 'again');
    mkdirSync(dir);
    expect(langdu(['export', docx, '-o', dir, '--format', 'daisy']).code).toBe(0);
    const first = readdirSync(dir).sort();
    expect(first).toContain('ncc.html');
    expect(langdu(['export', docx, '--at', '1', '-o', dir, '--format', 'daisy']).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['content.html', 'n1-1.smil', 'n1.smil', 'ncc.html', 'part0.mp3']);
    expect(readdirSync(tmp).filter((f) => f.includes('.partial-'))).toEqual([]);
  }, 60_000);

  /** A whole-report book export with its own TMPDIR and tag, once its partial book is there and it synthesizes. */
  async function startExport(format: string) {
    const dir = mkdtempSync(join(tmp, 'stop-'));
    const work = mkdtempSync(join(tmp, 'work-'));
    const tag = newTag();
    const out = format === 'epub' ? ['-o', 'book.epub'] : ['-o', 'book', '--format', 'daisy'];
    const child = spawn(process.execPath, [BIN, 'export', REPORT, ...out], {
      cwd: dir,
      env: { ...process.env, TMPDIR: work, XDG_RUNTIME_DIR: mkdtempSync(join(tmp, 'run-')), LANGDU_TEST_TAG: tag },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    // A DAISY book's partial folder is there from the start; an EPUB's audio is in the work folder until it is zipped.
    await until(() => (format === 'epub' || readdirSync(dir).some((f) => f.includes('.partial-'))) && syntheses(tag).length > 0, 'the book being written');
    return { child, exited, err: () => err, dir, work, tag };
  }

  it.each([['epub'], ['daisy']])(
    'Ctrl+C during a %s export leaves nothing half-written and no work folder',
    async (format) => {
      const run = await startExport(format);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      expect(run.err()).toBe('langdu: export stopped; no partial book was left\n');
      expect(readdirSync(run.dir)).toEqual([]);
      expect(readdirSync(run.work)).toEqual([]);
    },
    60_000,
  );

  it('an engine that fails midway is one line, and leaves no partial book and no work folder', async () => {
    const run = await startExport('epub');
    // Synthesis and encoding take turns: every synthesis from now on is killed while it runs.
    expect(await failSynthesesUntilExit(run.tag, run.exited)).toBe(1);
    expect(run.err()).toMatch(/^langdu: .+\n$/);
    expect(readdirSync(run.dir)).toEqual([]);
    expect(readdirSync(run.work)).toEqual([]);
  }, 90_000);
});

async function until(ok: () => boolean, what: string, ms = 60_000) {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
  }
}
