// The helper shell that runs espeak-ng once per sentence for a talking book (espeak-batch.ts): each
// text is data in a file, never part of a command line, so what a hostile document puts in a sentence
// is heard as the same audio one espeak-ng alone makes of it; a stop leaves no shell or espeak-ng behind.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { espeakBatch } from '../../src/speech/engines/espeak-batch.js';
import { needTool } from '../e2e/tmux.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const have = needTool('espeak-ng');

/** Processes whose parent is `pid` (the helper's espeak-ng) or that are `pid` itself, still running. */
function alive(pid: number): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .filter((p) => {
      try {
        const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
        const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return after[0] !== 'Z' && (p === pid || Number(after[1]) === pid);
      } catch {
        return false;
      }
    });
}

describe.skipIf(!have)('espeak-ng through the helper shell', () => {
  it('a sentence holding shell syntax, a leading dash, quotes, line ends or NUL is said as espeak-ng alone says it', async () => {
    const engine = new EspeakEngine(() => Promise.resolve(null));
    const opts = { rate: 260 };
    const texts = [
      '-w /tmp/x 你好',
      '$(touch pwned) `touch pwned2` 我们',
      '"引号" \'单引号\' ; exit 3 || true',
      '第一行\n第二行\r\n',
      'a\0b 北京',
      '-- --help',
    ];
    const ctl = new AbortController();
    const batch = engine.batch!(opts, mkdtempSync(join(dir, 'say-')), ctl.signal);
    const got = await Promise.all(texts.map((t) => batch.say(t).then((f) => readFileSync(f))));
    batch.close();
    for (const [k, t] of texts.entries()) {
      const alone = join(dir, `alone-${k}.wav`);
      await engine.synthesize(t, opts, alone);
      expect(got[k]!.equals(readFileSync(alone)), JSON.stringify(t)).toBe(true);
    }
    expect(readdirSync(process.cwd()).filter((f) => f.startsWith('pwned'))).toEqual([]);
  }, 60_000);

  it('a stop while a text is synthesized ends the shell and its espeak-ng, and what waits is told', async () => {
    const ctl = new AbortController();
    // A synthesizer that never ends on its own (a real espeak-ng would finish a long text in seconds,
    // hiding one left behind): the helper runs it as it runs espeak-ng, `"$@" -w FILE < TEXT`.
    const batch = espeakBatch('sh', ['-c', 'sleep 600', 'synth'], mkdtempSync(join(dir, 'stop-')), ctl.signal);
    const said = [batch.say('依法行政，建设法治政府。'), batch.say('你好')];
    for (const p of said) p.catch(() => {});
    // The synthesizer is running once the helper has a child.
    const shells = () =>
      readdirSync('/proc')
        .filter((n) => /^\d+$/.test(n))
        .map(Number)
        .filter((p) => {
          try {
            // This test's own helper (other runs may have theirs): a child of this process.
            const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            return ppid === process.pid && readFileSync(`/proc/${p}/cmdline`, 'utf8').startsWith('sh\0-c\0dir=$1') && alive(p).length > 1;
          } catch {
            return false;
          }
        });
    const end = Date.now() + 20_000;
    while (shells().length === 0) {
      if (Date.now() > end) throw new Error('the helper never started the synthesizer');
      await new Promise((r) => setTimeout(r, 10));
    }
    const [shell] = shells();
    const family = alive(shell!);
    ctl.abort();
    for (const p of said) await expect(p).rejects.toThrow(/stopped/);
    const gone = Date.now() + 10_000;
    while (family.some((p) => alive(p).includes(p))) {
      if (Date.now() > gone) throw new Error(`left running: ${family.filter((p) => alive(p).includes(p)).join(' ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }, 60_000);

  it('an espeak-ng that fails (it exits 0 after an unknown option), or is not there, rejects with its own first line, no hang', async () => {
    const bad = espeakBatch('espeak-ng', ['--no-such-option'], mkdtempSync(join(dir, 'bad-')), new AbortController().signal);
    await expect(bad.say('你好')).rejects.toThrow(/^espeak-ng failed: .*no-such-option/);
    bad.close();
    const missing = espeakBatch('no-such-espeak-xx', [], mkdtempSync(join(dir, 'missing-')), new AbortController().signal);
    await expect(missing.say('你好')).rejects.toThrow(/^espeak-ng failed: .*not found/);
    missing.close();
  }, 30_000);
});
