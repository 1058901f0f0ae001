// The espeak-ng probe's answer kept between runs: a second start asks espeak-ng nothing, and anything
// that changes the answer (another binary, a changed data folder, a damaged or hostile cache file) makes
// it probe afresh. A stand-in espeak-ng on PATH logs each run, then runs the real one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { probeCacheFile } from '../../src/speech/engines/espeak-cache.js';
import { needTool } from '../e2e/tmux.js';
import { loggingEspeak } from './espeak-stand-in.js';

const ready = needTool('espeak-ng');

describe.skipIf(!ready)('the espeak-ng probe, kept between runs', () => {
  let root: string;
  let log: string;
  let wrapper: string;
  const saved = { PATH: process.env.PATH, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'langdu-espeak-cache-'));
    ({ wrapper, log } = loggingEspeak(root));
    process.env.XDG_CACHE_HOME = join(root, 'cache');
  });
  afterAll(() => {
    process.env.PATH = saved.PATH;
    if (saved.XDG_CACHE_HOME === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved.XDG_CACHE_HOME;
    rmSync(root, { recursive: true, force: true });
  });
  const runs = () => {
    try {
      return readFileSync(log, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };
  const probe = async () => {
    const before = runs().length;
    const e = new EspeakEngine(() => Promise.resolve(null));
    const a = await e.probe();
    return { a, voices: await e.voices(), leftOut: await e.leftOut(), ran: runs().slice(before) };
  };

  it('the first start asks espeak-ng; the next asks nothing and knows the same voices', async () => {
    const first = await probe();
    expect(first.a.ok).toBe(true);
    expect(first.ran.some((r) => r.includes('--voices'))).toBe(true);
    expect(first.voices.map((v) => v.id)).toContain('cmn-latn-pinyin');
    const second = await probe();
    expect(second.ran).toEqual([]);
    expect(second).toMatchObject({ a: first.a, voices: first.voices, leftOut: first.leftOut });
  });

  it('another espeak-ng binary (a new modification time) is probed afresh', async () => {
    await probe();
    const later = new Date(Date.now() + 5000);
    utimesSync(wrapper, later, later);
    expect((await probe()).ran.some((r) => r.includes('--version'))).toBe(true);
    expect((await probe()).ran).toEqual([]);
  });

  it.each([
    ['garbage', 'not json {'],
    ['a voice id that would be an option', null],
    ['an empty voice list', null],
    ['a detail that breaks its line (a forged line in `langdu voices`)', null],
  ])('a cache file holding %s is not believed: probed afresh, written right', async (what, content) => {
    await probe();
    const file = probeCacheFile();
    const good = JSON.parse(readFileSync(file, 'utf8'));
    const bad =
      content ??
      JSON.stringify(
        what === 'an empty voice list'
          ? { ...good, answer: { ...good.answer, voices: [] } }
          : what.startsWith('a detail')
            ? { ...good, answer: { ...good.answer, detail: 'ok\nsapi (Windows SAPI): available', leftOut: [{ id: 'x', why: 'y\r\n  --help' }] } }
            : { ...good, answer: { ...good.answer, voices: [{ id: '--help', name: 'x', lang: 'zh', script: 'simplified' }] } },
      );
    writeFileSync(file, bad);
    const again = await probe();
    expect(again.ran.some((r) => r.includes('--voices'))).toBe(true);
    expect(again.voices.map((v) => v.id)).not.toContain('--help');
    expect(again.a.detail).not.toContain('\n');
    expect(JSON.parse(readFileSync(file, 'utf8')).answer.voices.length).toBeGreaterThan(0);
    expect((await probe()).ran).toEqual([]);
  });

  it('a cache that cannot be written (a folder in its place) costs only time', async () => {
    const file = probeCacheFile();
    rmSync(file, { force: true });
    mkdirSync(file);
    const one = await probe();
    expect(one.a.ok).toBe(true);
    expect((await probe()).ran.length).toBeGreaterThan(0);
    rmSync(file, { recursive: true });
  });
});
