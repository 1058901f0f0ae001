// The user's pronunciations.tsv as it may be found: 200 000 entries (a spread over its keys overflowed
// the stack), hundreds of bad lines (each was a warning), a FIFO (read whole, it blocked for ever).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-pron-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `count` distinct two-character words, each read ma1 ma1, then 思想 read si1 xiang4 (which it is not). */
function bigDictionary(count: number, bad: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${String.fromCodePoint(0x4e00 + (i % 500), 0x5000 + Math.floor(i / 500))}\tma1 ma1`);
  for (let i = 0; i < bad; i++) lines.push(`bad${i}\tma1`);
  lines.push('思想\tsi1 xiang4');
  return `${lines.join('\n')}\n`;
}

const langdu = (args: string[], config: string) =>
  new Promise<{ code: number | null; out: string; err: string; ms: number }>((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'dist/langdu.js'), ...args], {
      env: { ...process.env, XDG_CONFIG_HOME: config, XDG_STATE_HOME: join(config, 'state') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    // A langdu that blocks is a failure, not a hung test run.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, out, err, ms: performance.now() - t0 });
    });
  });

describe('pronunciations.tsv', () => {
  it('a "word" longer than 16 characters is a bad line (each sentence would try every length up to it)', async () => {
    const { parsePronunciations } = await import('../../src/speech/reading.js');
    const long = '法'.repeat(17);
    const { entries, warnings } = parsePronunciations(`${long}\t${'fa3 '.repeat(17)}\n${'法'.repeat(16)}\t${'fa3 '.repeat(16)}`);
    expect(warnings).toEqual(['langdu: pronunciations.tsv line 1: the word is longer than 16 characters; line ignored']);
    expect(entries.size).toBe(1);
  });

  it('200 000 entries load; figures: time and memory of the dictionary alone', async () => {
    const file = join(dir, 'big.tsv');
    const text = bigDictionary(200_000, 0);
    writeFileSync(file, text);
    writeFileSync(join(dir, 'empty.tsv'), '');
    // A fresh module each time (loadReading loads once per process): the first warms pinyin-pro.
    vi.resetModules();
    await (await import('../../src/speech/reading.js')).loadReading(join(dir, 'empty.tsv'));
    vi.resetModules();
    const reading = await import('../../src/speech/reading.js');
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    expect(await reading.loadReading(file)).toEqual([]);
    const ms = performance.now() - t0;
    const mb = (process.memoryUsage().heapUsed - heap0) / 1048576;
    console.log(
      `pronunciations.tsv of 200 000 entries (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB): loaded in ${ms.toFixed(0)} ms, heap +${mb.toFixed(0)} MB`,
    );
    expect(reading.pinyinInput(reading.readingTokens('思想'))).toBe('si1 xiang4');
    expect(reading.pinyinInput(reading.readingTokens(String.fromCodePoint(0x4e00 + 7, 0x5000 + 399)))).toBe('ma1 ma1');
    expect(mb).toBeLessThan(200);
  }, 60_000);

  it('through the command: 200 000 entries and 300 bad lines give 5 warnings and a count, and the readings', async () => {
    const config = join(dir, 'cli');
    mkdirSync(join(config, 'langdu'), { recursive: true });
    writeFileSync(join(config, 'langdu', 'pronunciations.tsv'), bigDictionary(200_000, 300));
    const r = await langdu(['speak', '--dry-run', '--pinyin', '--at', '1.1.1'], config);
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n')[0]).toBe('yī shì sī xiàng yǐn lǐng qiáng gēn jī。');
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/pronunciations\.tsv line 200001: the word must be Han characters; line ignored$/);
    expect(lines[5]).toMatch(/pronunciations\.tsv: 295 more bad lines ignored too$/);
  }, 90_000);

  it('a FIFO in its place: a warning, no wait, and the reading goes on without it', async () => {
    const config = join(dir, 'fifo');
    mkdirSync(join(config, 'langdu'), { recursive: true });
    execFileSync('mkfifo', [join(config, 'langdu', 'pronunciations.tsv')]);
    const r = await langdu(['speak', '--dry-run', '--pinyin', '--at', '1.1.1'], config);
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n')[0]).toBe('yī shì sī xiǎng yǐn lǐng qiáng gēn jī。');
    expect(r.err).toMatch(/^langdu: cannot read .*pronunciations\.tsv \(it is a FIFO \(named pipe\)\); your pronunciations are not used\n$/);
  }, 90_000);
});
