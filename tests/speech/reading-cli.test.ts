// The reading from the command line: `speak --dry-run --pinyin`, the user's pronunciation dictionary,
// and pinyin-pro loaded only when speech needs it (never by `outline` or `show`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const dir = mkdtempSync(join(tmpdir(), 'langdu-reading-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function langdu(args: string[], env: Record<string, string> = {}, node: string[] = []) {
  const r = spawnSync('node', [...node, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: join(dir, 'config'), XDG_STATE_HOME: join(dir, 'state'), ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The files a command loads, and whether pinyin-pro (its dictionary chunk) is among them. */
function loadsPinyinPro(args: string[]): boolean {
  const log = join(dir, `modules-${args.join('-')}.log`);
  const r = langdu(args, { LANGDU_MODULE_LOG: log }, ['--import', fixture('log-modules.mjs')]);
  expect(r.code, r.err).toBe(0);
  const files = readFileSync(log, 'utf8').trim().split('\n');
  expect(files.some((f) => f.endsWith('/dist/langdu.js'))).toBe(true);
  return files.some((f) => readFileSync(fileURLToPath(f), 'utf8').includes('="Surname"'));
}

describe('the reading on the command line', () => {
  it('speak --dry-run prints the spoken form in Han; with --pinyin the reading with tone marks', () => {
    const han = langdu(['speak', '--dry-run', '--at', '1.1.1']);
    expect(han.code, han.err).toBe(0);
    expect(han.out.split('\n')[0]).toBe('一是思想引领强根基。');
    expect(han.out).toMatch(/二零二四年/);
    const py = langdu(['speak', '--dry-run', '--pinyin', '--at', '1.1.1']);
    expect(py.code, py.err).toBe(0);
    expect(py.out.split('\n')[0]).toBe('yī shì sī xiǎng yǐn lǐng qiáng gēn jī。');
    expect(py.out.split('\n')).toHaveLength(han.out.split('\n').length);
  });

  it('speak --dry-run --pinyin keeps a syllable a word where a long sentence was cut into pieces', () => {
    // No clause mark: the sentence is cut between two words, and the pieces' readings are joined again.
    const text = '我们要坚持以人民为中心的发展思想'.repeat(12);
    const file = join(dir, 'long-sentence.txt');
    writeFileSync(file, `${text}。\n`);
    const r = langdu(['speak', '--dry-run', '--pinyin', file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().replace(/。$/, '').split(' ')).toHaveLength([...text].length);
  });

  it('--pinyin without --dry-run is wrong usage', () => {
    const r = langdu(['speak', '--pinyin']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--pinyin goes with `langdu speak --dry-run`/);
  });

  it('the user dictionary goes first; a bad line is one warning naming the line', () => {
    mkdirSync(join(dir, 'config', 'langdu'), { recursive: true });
    writeFileSync(join(dir, 'config', 'langdu', 'pronunciations.tsv'), '思想\tsi1 xiang4\n引领\n');
    const r = langdu(['speak', '--dry-run', '--pinyin', '--at', '1.1.1']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('yī shì sī xiàng yǐn lǐng qiáng gēn jī。');
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/pronunciations\.tsv line 2: no reading after the tab .*; line ignored$/)]);
    rmSync(join(dir, 'config', 'langdu', 'pronunciations.tsv'));
  });

  it('outline and show never load pinyin-pro; the reading does', () => {
    expect(loadsPinyinPro(['outline'])).toBe(false);
    expect(loadsPinyinPro(['show', '--at', '1.1'])).toBe(false);
    expect(loadsPinyinPro(['speak', '--dry-run', '--at', '1.1.1'])).toBe(false);
    expect(loadsPinyinPro(['speak', '--dry-run', '--pinyin', '--at', '1.1.1'])).toBe(true);
  });
});
