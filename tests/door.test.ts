import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needTool } from './e2e/tmux.js';
import { makePdf } from './fixtures/gen/pdf.js';
import { makeZip } from './fixtures/gen/zip.js';
import { runLangdu, SEED_PATH, seedText } from './helpers.js';
import { HOSTILE, OBEYED_IN_TEXT } from './hostile.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-door-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Run langdu (not spawnSync: the test's own server must keep answering meanwhile). */
const langdu = (args: string[], env: Record<string, string> = {}) => runLangdu(args, { env, cwd: tmp });

/** Nothing a terminal would obey, and the injected text is there, visible (so the path was taken). */
function harmless(r: Awaited<ReturnType<typeof runLangdu>>, shown: RegExp = /PWNED/i): void {
  expect(r.out).not.toMatch(OBEYED_IN_TEXT);
  expect(r.err).not.toMatch(OBEYED_IN_TEXT);
  expect(r.out + r.err).toMatch(shown);
}

const write = (name: string, data: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('a server', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    // A raw response, as no HTTP library would write it: the status line carries the hostile string.
    server = createServer((socket) => {
      socket.on('error', () => {});
      socket.once('data', () => socket.end(`HTTP/1.1 500 ${HOSTILE}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('whose status line carries escape sequences', async () => {
    const r = await langdu(['outline', `http://127.0.0.1:${port}/report.html`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^langdu: cannot open http:\/\/127\.0\.0\.1:\d+\/report\.html: the server answered 500 ␛\]0;PWNED␇␛\[2J/);
    harmless(r);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('documents', () => {
  it('a .docx whose XML error quotes a bad tag', async () => {
    // xmldom reads C0 controls as white space, so the tag carries 8-bit ones (CSI, OSC, ST) and bidi.
    const tag = '\x9b2J\x9d0;PWNED\x9c\u202Eevil\u2066';
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const file = write(
      'broken.docx',
      makeZip({
        '[Content_Types].xml':
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
        '_rels/.rels':
          '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>一、总体</w:t></w:r></w:p><w:p${tag}></w:p></w:body></w:document>`,
      }),
    );
    const r = await langdu(['outline', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/invalid tagName:w:p<U\+009B>2J<U\+009D>0;PWNED<U\+009C><U\+202E>evil<U\+2066>/);
    harmless(r);
  });

  it('a PDF whose error quotes a bad filter name', async () => {
    const pdf = makePdf([{ lines: [{ text: '一、总体情况', x: 90, y: 700 }] }]).toString('latin1');
    // The page's content stream gets a filter that is a string, not a name: pdf.js says `Bad filter name "…"`.
    const broken = pdf.replace(/<< \/Length (\d+) >>\nstream\nBT/, `<< /Length $1 /Filter [(${Buffer.from(HOSTILE).toString('latin1')})] >>\nstream\nBT`);
    expect(broken).not.toBe(pdf);
    const r = await langdu(['outline', write('broken.pdf', Buffer.from(broken, 'latin1'))]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Bad filter name "␛\]0;PWNED␇␛\[2J/);
    harmless(r);
  });

  it('a text, a web page and their titles and metadata: shown and spoken without bidi or control characters', async () => {
    const text = write('report.txt', seedText().replace('存在問題', `存在${HOSTILE}問題`).replace('思想引領強根基', `思想\u202E引領\u2066強根基`));
    const page = write(
      'page.html',
      `<html><head><title>报告${HOSTILE}</title><meta name="author" content="某${HOSTILE}"></head><body><h1>报告${HOSTILE}</h1><p>一、总体\u202E情况</p><p>正文\u2028继续。</p></body></html>`,
    );
    const runs = await Promise.all([
      langdu(['outline', text]),
      langdu(['outline', '--json', text]),
      langdu(['show', '--at', '2', text]),
      langdu(['speak', '--dry-run', '--at', '1.1.1', text]),
      langdu(['outline', '--json', page]),
      langdu(['show', page]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(0);
      harmless(r, /\S/);
    }
    for (const k of [1, 2, 4, 5]) expect(runs[k]!.out).toContain(']0;PWNED'); // the text around them stays
    // Bidi controls carry nothing in a Chinese report: dropped at load, so the heading reads whole.
    expect(runs[3]!.out).toContain('思想引领强根基'); // speak says it in Simplified
    expect(runs[0]!.out).toMatch(/^ {2}二、存在$/m);
  });
});

describe('a bad line of pronunciations.tsv, quoted in its warning', () => {
  it('langdu speak --dry-run', async () => {
    const config = join(tmp, 'config');
    mkdirSync(join(config, 'langdu'), { recursive: true });
    writeFileSync(join(config, 'langdu', 'pronunciations.tsv'), `银行\tyin2 ${HOSTILE}\n`);
    const r = await langdu(['speak', '--dry-run', '--pinyin', '--at', '1.1.1', SEED_PATH], { XDG_CONFIG_HOME: config });
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/pronunciations\.tsv line 1: "␛\]0;pwned␇␛\[2j/);
    harmless(r, /pwned/);
  });
});

describe('command-line values echoed in messages', () => {
  const missing = join(tmp, `${HOSTILE}.txt`);
  it.each([
    ['a web address', ['outline', `http://exa${HOSTILE}mple/`]],
    ['a file name', ['outline', missing]],
    ['two file names', ['show', missing, HOSTILE]],
    ['-o', ['export', '-o', HOSTILE]],
    ['-o with an extension', ['export', '-o', `x.${HOSTILE}`]],
    ['--at', ['show', '--at', HOSTILE, SEED_PATH]],
    ['an unknown option', ['outline', `--${HOSTILE}`]],
    ['an unknown short option', [`-${HOSTILE}`]],
    ['--script', ['outline', '--script', HOSTILE, SEED_PATH]],
    ['--engine', ['speak', '--engine', HOSTILE, SEED_PATH]],
    ['--rate', ['speak', '--rate', HOSTILE, SEED_PATH]],
    ['--format', ['export', '-o', 'x.wav', '--format', HOSTILE]],
    ['--player', ['voices', '--player', `"${HOSTILE}`]],
  ])('%s', async (_name, args) => {
    const r = await langdu(args);
    expect(r.code).not.toBe(0);
    harmless(r);
    expect(r.err.split('\n')[0]).toMatch(/^langdu: /);
  });

  it('--player echoed by voices', async () => {
    const r = await langdu(['voices', '--player', `aplay ${HOSTILE}`]);
    harmless(r);
  });

  it.skipIf(!needTool('espeak-ng'))('--voice, and the "wrote …" line of export', async () => {
    const voice = await langdu(['speak', '--voice', HOSTILE, '--at', '1.1.1', SEED_PATH]);
    expect(voice.code).not.toBe(0);
    harmless(voice);
    const out = `${HOSTILE}.wav`;
    const wrote = await langdu(['export', '--at', '1.1.1', '-o', out, SEED_PATH]);
    expect(wrote.code).toBe(0);
    expect(wrote.out).toMatch(/^wrote ␛\]0;PWNED␇.*\.wav \(/);
    harmless(wrote);
  });
});
