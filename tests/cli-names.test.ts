// What the command line gives as it is: a file name that is not UTF-8 (a GBK name from a Chinese
// Windows archive) opens, and is shown with its bytes as \xNN; `--at -1` and `--rate -5` are values
// with their own hints, not "ambiguous" options.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeBytes } from '../src/file-names.js';
import { RATE_RANGE } from '../src/speech/types.js';
import { fixture, ROOT } from './helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const dir = mkdtempSync(join(tmpdir(), 'langdu-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 报告 in GBK, then .txt: as a name from a Windows archive unpacked on Linux.
const GBK_NAME = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]);
const octal = (b: Buffer) => [...b].map((x) => `\\${x.toString(8).padStart(3, '0')}`).join('');

/** langdu with `args`, then the name's raw bytes as the last word (made by printf: no string can carry them). */
function withRawName(args: string[], name: Buffer) {
  const r = spawnSync('sh', ['-c', `exec "$0" "$1" ${args.join(' ')} "$(printf '${octal(name)}')"`, process.execPath, BIN], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('a file name that is not UTF-8', () => {
  it('opens: outline and show read it by its bytes', () => {
    copyFileSync(fixture('gbk-report.txt'), Buffer.concat([Buffer.from(`${dir}/`), GBK_NAME]));
    const outline = withRawName(['outline'], GBK_NAME);
    expect(outline.err).toBe('');
    expect(outline.code).toBe(0);
    expect(outline.out.split('\n')[0]).toBe('某市2024年法治政府建设情况报告');
    const show = withRawName(['show', '--at', '1'], GBK_NAME);
    expect(show.code, show.err).toBe(0);
    expect(show.out).toContain('一、');
  });

  it('a missing one is named with its bytes, never U+FFFD or a raw byte', () => {
    const missing = Buffer.concat([Buffer.from('no-'), GBK_NAME]);
    const r = withRawName(['outline'], missing);
    expect(r.code).toBe(1);
    expect(r.err).toBe('langdu: no such file: no-\\xB1\\xA8\\xB8\\xE6.txt; check the path (run without FILE to open the bundled report)\n');
  });
});

describe('a name shown with its bytes', () => {
  it('well-formed UTF-8 stays, every other byte is \\xNN: stray continuation, overlong, surrogate, past U+10FFFF, cut short', () => {
    const hex = (s: string) => Buffer.from(s.replace(/ /g, ''), 'hex');
    expect(escapeBytes(hex('e68aa5 e5918a 2e747874'))).toBe('报告.txt');
    expect(escapeBytes(hex('b1a8b8e6'))).toBe('\\xB1\\xA8\\xB8\\xE6');
    expect(escapeBytes(hex('c0af'))).toBe('\\xC0\\xAF'); // an overlong /
    expect(escapeBytes(hex('eda080'))).toBe('\\xED\\xA0\\x80'); // a UTF-16 surrogate
    expect(escapeBytes(hex('f4908080'))).toBe('\\xF4\\x90\\x80\\x80'); // past U+10FFFF
    expect(escapeBytes(hex('41e68a'))).toBe('A\\xE6\\x8A'); // cut short at the end
  });
});

describe('negative values', () => {
  const langdu = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, err: r.stderr };
  };

  it('--at -1 says there is no such node and how to see the ids', () => {
    expect(langdu(['show', '--at', '-1'])).toEqual({ code: 1, err: 'langdu: no node with id -1; run `langdu outline --json` to see the ids\n' });
  });

  it('--rate -5 says what a rate is', () => {
    const r = langdu(['speak', '--rate', '-5']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(`langdu: --rate is characters per minute (字/分钟), a number from ${RATE_RANGE.min} to ${RATE_RANGE.max}, not "-5"`);
  });
});
