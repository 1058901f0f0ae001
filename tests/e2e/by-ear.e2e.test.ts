// Issue 19 by ear and by braille, in the real program in tmux: a player that plays nothing is reported,
// each answer reaches the player (a recording player keeps each clip; its length is compared with what
// espeak-ng makes of the words), and the screen-reader layout prints a line for each change.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ClipRecord } from '../../src/speech/speech-log.js';
import { spokenForm } from '../../src/speech/spoken.js';
import { espeakSpeed, RATE_RANGE } from '../../src/speech/types.js';
import { fixture, newTag } from '../helpers.js';
import { BIN, needTool, Tmux } from './tmux.js';

const ready = needTool('tmux') && needTool('espeak-ng') && needTool('sox');
const sessions: Tmux[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.kill();
});
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function until(ok: () => boolean, what: string, ms = 10_000, shown: () => string = () => '') {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never happened: ${what}${shown() && `; the screen:\n${shown()}`}`);
}

/** langdu in tmux with a fresh state folder; `player` a script's path; clips recorded in root/heard. */
function start(args: string, player: string, extraEnv: Record<string, string> = {}, size = { cols: 100, rows: 40 }) {
  const root = mkdtempSync(join(tmpdir(), 'langdu-by-ear-'));
  roots.push(root);
  const record = join(root, 'heard');
  mkdirSync(record);
  const logFile = join(root, 'speech.jsonl');
  const env = {
    LANGDU_SPEECH_LOG: logFile,
    XDG_STATE_HOME: join(root, 's'),
    XDG_CONFIG_HOME: join(root, 'c'),
    XDG_RUNTIME_DIR: root,
    LANGDU_TEST_RECORD: record,
    LANGDU_TEST_TAG: newTag(),
    ...extraEnv,
  };
  const t = new Tmux(`node ${BIN} ${args} --player "sh ${player}"`, env, size);
  sessions.push(t);
  const heard = () =>
    readdirSync(record)
      .filter((f) => f.endsWith('.wav'))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
      .map((f) => join(record, f));
  const lines = () => t.capture(false, true).split('\n');
  /** What langdu handed the engine, a clip a line, in the order the player got them (LANGDU_SPEECH_LOG). */
  const said = (): ClipRecord[] =>
    existsSync(logFile)
      ? readFileSync(logFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as ClipRecord)
      : [];
  return { t, root, heard, lines, said };
}

/** A clip's length: a WAV streamed to a player carries no length in its header, so sox counts samples. */
function seconds(file: string): number {
  const r = spawnSync('sox', ['--ignore-length', file, '-n', 'stat'], { encoding: 'utf8' });
  return Number(/Length \(seconds\):\s+([\d.]+)/.exec(r.stderr)![1]);
}
/** How long espeak-ng takes to say `text` (in its spoken form, numbers and symbols written out, as langdu sends it) at `rate` 字/分钟 (langdu's default unless given). */
function spokenSeconds(root: string, text: string, rate: number = RATE_RANGE.default): number {
  const out = join(root, 'expected.wav');
  execFileSync('espeak-ng', ['-v', 'cmn-latn-pinyin', '-s', String(espeakSpeed(rate)), '-w', out], { input: spokenForm(text) });
  return Number(execFileSync('soxi', ['-D', out], { encoding: 'utf8' }));
}
function expectSaid(root: string, clip: string, text: string, rate?: number) {
  const ratio = seconds(clip) / spokenSeconds(root, text, rate);
  expect(ratio, `the clip says ${text}`).toBeGreaterThan(0.8);
  expect(ratio, `the clip says ${text}`).toBeLessThan(1.2);
}

describe.skipIf(!ready)('a player that plays nothing, in tmux', () => {
  it.each([
    ['exits 0 at once', 'exit 0\n', /没有放出声音（[\d.]+ 秒的声音，[\d.]+ 秒就结束了）/],
    [
      'prints ffplay’s failure and exits 0',
      'cat > /dev/null\necho "SDL_OpenAudio (2 channels, 22050 Hz): ALSA: Couldn\'t open audio device" >&2\necho "No more combinations to try, audio open failed" >&2\nexit 0\n',
      /没有放出声音（它报告“[^”]*(?:Couldn't open audio|audio open failed)/,
    ],
  ])('a player that %s: the reader says in one line that no sound came out, and what to do', async (_what, script, why) => {
    const dir = mkdtempSync(join(tmpdir(), 'langdu-silent-player-'));
    roots.push(dir);
    const player = join(dir, 'player.sh');
    writeFileSync(player, script);
    chmodSync(player, 0o755);
    const { t, lines } = start('--no-self-voicing', player, {}, { cols: 260, rows: 30 });
    await t.waitFor('未朗读');
    t.send('3', 'Space');
    await until(() => lines().some((l) => why.test(l)), 'the no-sound line shown');
    const line = lines().find((l) => why.test(l))!;
    expect(line).toMatch(/^朗读出错：播放程序 sh \S+player\.sh 没有放出声音（.*）；可用 --player CMD 换一个播放程序，或用 langdu export 写成音频文件$/);
    // It is not taken for a reading that finished.
    expect(t.capture()).not.toContain('朗读完毕');
    t.send('q');
    await t.waitFor('EXIT=0');
  });
});

describe.skipIf(!ready)('self-voicing answers in the visual layout, in tmux', () => {
  it('what is typed after / is echoed, an unknown key is answered, Esc on the help says 已关闭帮助', async () => {
    const { t, root, heard, said } = start('', fixture('recording-player.sh'));
    await t.waitFor('未朗读');
    await until(() => heard().length === 1, 'the launch said');
    // The launch words: the title and where the reader is.
    expect(said()[0]!.text).toMatch(/^朗读:.+，/);
    let n = 1;
    const next = async (what: string) => {
      await until(() => heard().length > n, what);
      n = heard().length;
      return heard()[n - 1]!;
    };
    t.send('/');
    await next('the search prompt said');
    t.type('法');
    expectSaid(root, await next('the typed character echoed'), '法');
    expect(said()[n - 1]!.text).toBe('法');
    t.send('Escape');
    await next('the search closed');
    t.send('z');
    await t.waitFor('“z”没有用处');
    expectSaid(root, await next('the unknown key answered'), '“z”没有用处：按 ? 查看按键');
    expect(said()[n - 1]!.text).toContain('没有用处');
    t.send('?');
    await next('the help said');
    t.send('Escape');
    await t.waitFor('已关闭帮助');
    expectSaid(root, await next('closing the help said'), '已关闭帮助');
    expect(said()[n - 1]!.text).toBe('已关闭帮助');
    expect(said().length).toBe(heard().length);
    t.send('q');
    await t.waitFor('EXIT=0');
  }, 60_000);
});

/** A short report made for the test: two parts, a section, a closing. */
function smallReport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'langdu-by-ear-doc-'));
  roots.push(dir);
  const file = join(dir, 'report.txt');
  writeFileSync(
    file,
    '某市2024年工作报告\n\n一、总体情况\n推进工作。加强管理。\n\n（一）重点工作\n完成任务。\n\n二、存在问题\n仍有不足。\n\n某市人民政府\n2025年3月1日\n',
  );
  return file;
}

/** In the screen-reader layout: v until the voice list opens (the engine is found after the first frame: v answers 语音引擎还在准备，请稍候再试 until it is). */
async function openVoiceList(t: Tmux, lines: () => string[]): Promise<void> {
  let sent = 0;
  await until(
    () => {
      // One capture per look: with two, the list could open between them and a second v close it.
      const now = lines();
      if (now.some((l) => l.includes('当前语音：'))) return true;
      if (now.filter((l) => l === '语音引擎还在准备，请稍候再试' || l.startsWith('选择语音：')).length === sent) t.send('v'), sent++;
      return false;
    },
    'the voice list opened',
    15_000,
  );
}

describe.skipIf(!ready)('the screen-reader layout, by braille (capture-pane -J)', () => {
  it('say-all prints a line as it reaches each sentence, section and part; ) prints its sentence; the voice list says 当前语音', async () => {
    const { t, lines } = start(`${smallReport()} --screen-reader`, fixture('paced-player.sh'), { LANGDU_TEST_PACE: '0.6' }, { cols: 100, rows: 60 });
    await t.waitFor('按 ? 查看按键');
    await openVoiceList(t, lines);
    const current = /当前语音：(.+)$/.exec(lines().find((l) => l.includes('当前语音：'))!)![1]!;
    // Moving onto another voice and back: the current one is marked in words, the other is not.
    t.send('Down', 'Up');
    await until(
      () => lines().some((l) => l.startsWith(`${current}（`)),
      'the current voice said',
      10_000,
      () => t.capture(false, true),
    );
    expect(lines().find((l) => l.startsWith(`${current}（`))).toMatch(/^[^（]+（[^）]+），当前语音$/);
    const other = lines().find((l) => /^[^（：]+（[^）]+）/.test(l) && !l.startsWith(`${current}（`));
    if (other !== undefined) expect(other).not.toContain('当前语音');
    t.send('Escape');
    await until(() => lines().includes('已关闭语音列表'), 'the list closed');
    t.send('a');
    await until(() => lines().includes('连续朗读到结尾'), 'say-all started');
    await until(() => lines().includes('推进工作。'), 'say-all reached the first sentence', 20_000);
    t.send(')');
    await until(
      () => lines().some((l) => /^第\d+句：加强管理。$/.test(l)),
      ') during say-all printed its sentence',
      10_000,
      () => t.capture(false, true),
    );
    await until(() => lines().includes('仍有不足。'), 'say-all reached the last sentence', 30_000);
    // Each sentence, section and part reached is a line of its own, in reading order.
    const after = lines().slice(lines().lastIndexOf('连续朗读到结尾'));
    const order = [
      '第一部分（共两部分）：总体情况',
      '推进工作。',
      '第一部分 第一节（共一节）：重点工作',
      '完成任务。',
      '第二部分（共两部分）：存在问题',
      '仍有不足。',
    ];
    const at = order.map((l) => after.indexOf(l));
    expect(at, after.join('\n')).not.toContain(-1);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    t.send('q');
    await t.waitFor('EXIT=0');
  }, 60_000);
});

describe.skipIf(!ready)('a talking-book player’s comforts, in tmux', () => {
  it('w says and shows the time heard and left; T shows 定时 15 分 and says it; M shows the closing (落款)', async () => {
    const { t, root, heard, said: log } = start(smallReport(), fixture('recording-player.sh'), {}, { cols: 200, rows: 40 });
    await t.waitFor('未朗读');
    await until(() => heard().length === 1, 'the launch said');
    const said = async (count: number, text: string) => {
      await until(
        () => heard().length === count,
        `${text} said`,
        10_000,
        () => String(heard().map(seconds)),
      );
      expectSaid(root, heard()[count - 1]!, text);
      expect(log()[count - 1]!.text).toBe(spokenForm(text));
    };
    t.send('w');
    const w = /\S*已听约 不到 1 分钟，还剩约 不到 1 分钟/;
    const where = w.exec(await t.waitFor(w))![0]!;
    await said(2, where);
    t.send('T');
    await t.waitFor('睡眠定时：15 分钟后停止朗读');
    expect(
      t
        .capture()
        .split('\n')
        .find((l) => l.includes('? 帮助')),
    ).toContain('定时 15 分');
    await said(3, '睡眠定时：15 分钟后停止朗读');
    t.send('M');
    await t.waitFor('落款：某市人民政府，2025年3月1日');
    await until(() => heard().length === 4, 'the card said', 10_000);
    t.send('q'); // closes the card, said
    await t.waitFor('已关闭文档信息');
    await said(5, '已关闭文档信息');
    t.send('q');
    await t.waitFor('EXIT=0');
  }, 60_000);
});

describe.skipIf(!ready)('a rate change during say-all, in tmux', () => {
  it('is said when the sentence playing ends, at the new rate, and the reading goes on at that rate', async () => {
    const { t, root, heard, said } = start(smallReport(), fixture('paced-player.sh'), {}, { cols: 120, rows: 40 });
    await t.waitFor('未朗读');
    // A clip cut off before its player has read it leaves a log line and no recording: let the launch words reach it.
    await until(() => heard().length === 1, 'the launch said');
    t.send('a');
    await until(() => said().some((c) => c.text === '推进工作。'), 'say-all reached the first sentence', 20_000);
    const before = said().find((c) => c.text === '推进工作。')!.rate!;
    t.send('+');
    const shown = /语速 (\d+) 字\/分钟/.exec(await t.waitFor(/语速 \d+ 字\/分钟/))!;
    const rate = Number(shown[1]);
    expect(rate).toBeGreaterThan(before);
    await until(() => said().some((c) => c.text === '加强管理。'), 'the reading went on', 30_000);
    const log = said();
    const aside = log.findIndex((c) => c.aside);
    expect(aside, JSON.stringify(log)).toBeGreaterThan(-1);
    // Said right after the sentence that was playing, in words, at the new rate.
    expect(log[aside - 1]!.text).toBe('推进工作。');
    expect(log[aside]).toMatchObject({ kind: 'words', rate });
    expect(log[aside]!.text).toContain(spokenForm(`语速 ${rate}`));
    // The reading goes on at the new rate (the prefetched sentence re-made).
    expect(log.slice(aside + 1).find((c) => c.kind === 'words')).toMatchObject({ text: '加强管理。', rate });
    // And that is what the player received: clip n is line n; the aside's clip is as long as its words at that rate.
    await until(() => heard().length >= aside + 1, 'the aside played');
    const out = join(root, 'aside.wav');
    execFileSync('espeak-ng', ['-v', 'cmn-latn-pinyin', '-s', String(espeakSpeed(rate)), '-b', '1', '-w', out], { input: log[aside]!.input! });
    const ratio = seconds(heard()[aside]!) / Number(execFileSync('soxi', ['-D', out], { encoding: 'utf8' }));
    expect(ratio).toBeGreaterThan(0.98);
    expect(ratio).toBeLessThan(1.02);
    // Every line of the log is a clip the player received (no clip unlogged, none logged and lost).
    await until(
      () => heard().length === said().length,
      'each logged clip recorded',
      10_000,
      () => `${heard().length} clips, ${said().length} lines`,
    );
    t.send('q');
    await t.waitFor('EXIT=0');
  }, 60_000);
});

describe.skipIf(!ready)('the screen-reader layout in tmux: every change is a line', () => {
  it('closing a list, an unknown key, folds, say-all reaching each sentence and ) are lines; langdu does not speak over the screen reader', async () => {
    const { t, heard, lines, said } = start('--screen-reader', fixture('paced-player.sh'), {}, { cols: 100, rows: 50 });
    await t.waitFor('按 ? 查看按键');
    await openVoiceList(t, lines);
    t.send('Escape');
    await until(() => lines().includes('已关闭语音列表'), 'closing the voice list printed');
    t.send('z');
    await until(() => lines().includes('“z”没有用处：按 ? 查看按键'), 'the unknown key answered');
    t.send('1');
    await until(() => lines().some((l) => /^已展开，其下 \d+ 项$/.test(l)), 'the fold said');
    t.send('a');
    await until(() => lines().includes('连续朗读到结尾'), 'say-all started');
    // The reading goes on by itself (the player takes as long as the sound): each sentence becomes a line.
    await until(() => lines().some((l) => /^第一部分 第一节（共/.test(l)), 'say-all reached the first section, printed', 30_000);
    t.send(')');
    await until(() => lines().some((l) => /^第\d+句：/.test(l)), ') printed its sentence', 10_000);
    // Only the reading was heard: no answer in langdu's own voice (the screen reader speaks the lines).
    // An answer during say-all would be said before the next sentence, so once the reading has moved on
    // past w, the log of what was said settles it.
    t.send('w');
    await until(() => lines().some((l) => /句，共\d+句/.test(l)), 'w printed');
    const upTo = said().length;
    await until(() => said().filter((c, k) => k >= upTo && c.kind === 'words').length > 0, 'the reading went on after w', 30_000);
    expect(said().filter((c) => c.aside || /句，共/.test(c.text ?? ''))).toEqual([]);
    expect(heard().length).toBeGreaterThan(0);
    t.send('q');
    await t.waitFor('EXIT=0');
  }, 60_000);
});
