// `langdu speak` reads its first sentence with what that sentence needs only (a script converter made
// for it, see src/script/index.ts; the whole one is built while it is heard). What the engine is given
// must be exactly what the full path gives: the built program speaks real report sentences (Traditional
// ones, numbers, polyphones, a user's pronunciation) into a speech log, and the test makes the same
// utterances here, from the sources, with the whole converter and the reading loaded first.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocIndex, HEAD } from '../../src/document/address.js';
import { openDocument } from '../../src/document/open.js';
import { sentenceStream } from '../../src/document/reading.js';
import { loadScript } from '../../src/script/index.js';
import { loadReading } from '../../src/speech/reading.js';
import type { ClipRecord } from '../../src/speech/speech-log.js';
import { engineText, spokenUtterances } from '../../src/speech/utterances.js';
import { needTool } from '../e2e/tmux.js';
import { fixture, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const ready = needTool('espeak-ng');
const root = mkdtempSync(join(tmpdir(), 'langdu-first-sentence-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

const CLIPS = 2;

/** What `langdu speak FILE ARGS` hands the engine for its first CLIPS utterances (the speech log). */
async function spoken(name: string, file: string, args: string[], config: string): Promise<ClipRecord[]> {
  const log = join(root, `${name}.jsonl`);
  const child = spawn(process.execPath, [BIN, 'speak', file, ...args, '--player', `sh ${fixture('paced-player.sh')}`], {
    stdio: 'ignore',
    env: {
      ...process.env,
      LANGDU_SPEECH_LOG: log,
      // A quick player, still slow enough not to count as one that played nothing.
      LANGDU_TEST_PACE: '0.6',
      XDG_CONFIG_HOME: config,
      XDG_STATE_HOME: join(root, 'state'),
      XDG_CACHE_HOME: join(root, 'cache'),
    },
  });
  children.push(child);
  const exited = new Promise((r) => child.on('exit', r));
  const words = () =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as ClipRecord)
          .filter((r) => r.kind === 'words')
      : [];
  // Until CLIPS are logged, or all there is was said (a short document).
  for (const end = Date.now() + 60_000; words().length < CLIPS && child.exitCode === null; ) {
    if (Date.now() > end) throw new Error(`speak ${name}: ${words().length} clips logged`);
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGTERM');
  await exited;
  expect(words().length, `speak ${name}`).toBeGreaterThanOrEqual(2);
  return words().slice(0, CLIPS);
}

/** The same utterances made the full way: the whole converter and the reading loaded before the first. */
async function expected(file: string, at: string | undefined, pronunciations: string): Promise<{ text: string; input: string }[]> {
  await loadScript('simplified');
  const warnings = await loadReading(pronunciations);
  expect(warnings).toEqual([]);
  const { doc } = await openDocument(file);
  const index = new DocIndex(doc);
  const item = at ? index.byId.get(at)!.index : HEAD;
  const next = spokenUtterances(sentenceStream(index, { item, sentence: 0 }, at ? 'node' : 'all'), 'simplified');
  const out: { text: string; input: string }[] = [];
  for (let u = next(); u && out.length < CLIPS; u = next()) out.push({ text: u.text, input: engineText(u, true) });
  return out;
}

describe.skipIf(!ready)('the first sentence is read as the full path reads it', () => {
  // One user dictionary for the whole file (the reading is loaded once here): 持平 read wrongly on purpose,
  // so the test can tell it was used.
  const config = join(root, 'config');
  mkdirSync(join(config, 'langdu'), { recursive: true });
  const dictionary = join(config, 'langdu', 'pronunciations.tsv');
  writeFileSync(dictionary, '持平\tchi2 ping4\n');

  it('a Traditional report (the bundled one, 1.1.1): converted to Simplified, then read', async () => {
    const file = join(ROOT, 'content/shangyu-2024-rule-of-law-report.txt');
    const got = await spoken('bundled', file, ['--at', '1.1.1'], config);
    expect(got.map((r) => ({ text: r.text, input: r.input }))).toEqual(await expected(file, '1.1.1', dictionary));
    expect(got[0]!.text).toBe('一是思想引领强根基。');
  }, 90_000);

  it('Traditional text with numbers and polyphones (長者, 為)', async () => {
    const file = join(root, 'hk.txt');
    writeFileSync(
      file,
      '三十年後，香港 65歲及以上的長者將由 94萬人急升至 256萬人，老年社會將為香港的經濟和社會發展帶來新的負擔，也會為政府服務和公共財政帶來新的需要。制訂和執行這份藍圖要考慮 4個因素。\n',
    );
    const got = await spoken('hk', file, [], config);
    expect(got.map((r) => ({ text: r.text, input: r.input }))).toEqual(await expected(file, undefined, dictionary));
    expect(got[0]!.input).toContain('zhang3 zhe3');
    expect(got[0]!.input).toContain('liu4 shi2 wu3');
  }, 90_000);

  it('Simplified report sentences with numbers, polyphones and a word from the user’s dictionary', async () => {
    const file = join(root, 'xizang.txt');
    writeFileSync(file, '城镇调查失业率平均为5.2%，居民消费价格指数持平。这一年，自治区成立60周年庆祝活动隆重举行。民航年旅客吞吐量突破800万人次。\n');
    const got = await spoken('xizang', file, [], config);
    expect(got.map((r) => ({ text: r.text, input: r.input }))).toEqual(await expected(file, undefined, dictionary));
    expect(got[0]!.input).toContain('diao4 cha2');
    expect(got[0]!.input).toContain('chi2 ping4');
  }, 90_000);
});
