// Loading as a user meets it, through the real bundled program: what a document may hold (control
// characters, NULs) and what FILE may be.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, seedText } from './helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-cli-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function langdu(args: string[], opts: { input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000, ...opts });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const write = (name: string, data: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

// C0 and C1 controls other than tab and newline.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const TITLE = '\x1b]0;PWNED\x07';
const CLIPBOARD = '\x1b]52;c;cHduZWQ=\x07';
const CLEAR = '\x1b[2J';

/** The bundled report with terminal commands in its title, a heading and a body. */
function hostileReport(): string {
  return seedText()
    .replace('紹興市上虞區2024年度', `紹興市${TITLE}上虞區2024年度`)
    .replace('存在問題', `存在${CLEAR}問題`)
    .replace('思想引領強根基', `思想引領強根基${CLIPBOARD}\x9b31m`);
}

describe('terminal control sequences in a document never reach the terminal', () => {
  const file = write('hostile.txt', hostileReport());
  const html = write('hostile.html', '<html><body><h1>报告&#27;]0;PWNED&#7;</h1><p>一、总体&#x1b;[2J情况</p><p>正文&#155;31m继续。</p></body></html>');

  it.each([
    [['outline', file]],
    [['outline', '--json', file]],
    [['show', file]],
    [['show', '--at', '1.1.1', file]],
    [['speak', '--dry-run', file]],
    [[file]], // the reader, not on a terminal: the outline
    [['outline', html]],
    [['show', html]],
  ])('langdu %j', (args) => {
    const r = langdu(args);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(CONTROLS);
    expect(r.err).not.toMatch(CONTROLS);
    expect(r.out).not.toMatch(/\\u00(1b|07|9b)/); // nor escaped in the JSON
  });

  it('the text around them is still there', () => {
    const lines = langdu(['outline', file]).out.split('\n');
    expect(lines[0]).toBe('紹興市 ]0;PWNED 上虞區2024年度法治政府建設工作情況報告');
    // Each became a space, which (between Han characters) ends a heading as any space does.
    expect(lines).toContain('  二、存在');
    expect(langdu(['show', '--at', '2', file]).out).toMatch(/^二、存在\n\n\[2J問題/);
  });

  it('a file name with them is shown with ? in the one-line error', () => {
    const r = langdu(['outline', join(tmp, `${TITLE}.txt`)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^langdu: no such file: .*\?\]0;PWNED\?\.txt; check the path/);
    expect(r.err).not.toMatch(CONTROLS);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('a NUL in a text file', () => {
  it('past the first 8 KB is not spoken (espeak-ng would stop there) and the text after it is', () => {
    const file = write('nul.txt', Buffer.concat([Buffer.from(seedText()), Buffer.from('\n甲乙丙丁\0戊己庚辛。\n')]));
    const r = langdu(['speak', '--dry-run', file]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\0');
    expect(r.out).toMatch(/甲乙丙丁 ?戊己庚辛。/);
  });

  it('frequent NULs past the first 8 KB: refused as a binary file', () => {
    const tail = Buffer.alloc(32 * 1024).map((_, k) => (k % 4 === 0 ? 1 + (k % 200) : 0));
    const r = langdu(['outline', write('text-then-binary.dat', Buffer.concat([Buffer.from(seedText()), tail]))]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('langdu: text-then-binary.dat looks like a binary file (it has NUL bytes), not a text report; give a text or HTML file\n');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each([
    ['le', (t: string) => Buffer.from(t, 'utf16le')],
    ['be', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('%s: the same outline as the report in UTF-8', (name, encode) => {
    const r = langdu(['outline', write(`report-utf16${name}.txt`, encode(seedText()))]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(langdu(['outline']).out);
  });
});
