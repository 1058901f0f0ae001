// The reader's voice list (v) with a sherpa-onnx voice generated at test time: each speaker is a voice
// of its own (NAME, NAME:1 … as `langdu voices` lists them), the one chosen is the speaker the model is
// given, and a voice of 174 speakers (as vits-icefall-zh-aishell3 has) scrolls in the frame and is said
// one line at a time in the screen-reader layout.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { SherpaEngine } from '../../src/speech/engines/sherpa.js';
import { customPlayer } from '../../src/speech/player.js';
import { App } from '../../src/ui/App.js';
import { textWidth } from '../../src/ui/text.js';
import { DEFAULT_META, sherpaLoads, wavTokens, writeTestVoice } from '../speech/sherpa-model.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-ui-sherpa-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const loads = await sherpaLoads();

const index = new DocIndex(parse('某县报告\n\n一、主要工作\n\n银行行长好。人好。\n'));
const tick = () => new Promise((r) => setTimeout(r, 15));
async function until(ok: () => boolean, what: string, ms = 15_000) {
  for (const end = Date.now() + ms; !ok(); await tick()) if (Date.now() > end) throw new Error(`never happened: ${what}`);
}

/** The reader on a sherpa-onnx engine whose voices are in `voices`; what it plays lands in `heard`. */
function mount(voices: string, heard: string, opts: { screenReader?: boolean; rows?: number } = {}) {
  const rows = opts.rows ?? 30;
  // Each clip is written whole under a .part name, then renamed: the test never reads one half-written.
  const engine = new SherpaEngine(async () => customPlayer(`sh -c 'f="${heard}/$(date +%s%N)"; cat > "$f.part" && mv "$f.part" "$f.wav"'`), voices);
  const initial = createState(index, { rows, cols: 100, screenReader: opts.screenReader ?? false, speech: { status: 'starting' } });
  const app = render(<App initial={initial} engine={Promise.resolve({ engine, reason: 'sherpa-onnx', voice: null })} onSave={() => {}} onQuit={() => {}} />);
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick();
    }
  };
  const frame = () => app.lastFrame() ?? '';
  return { app, press, frame, rows };
}

const DOWN = '\u001b[B';
const UP = '\u001b[A';

describe.runIf(loads)('the voice list with a sherpa-onnx voice', () => {
  it('lists the voice and its speakers; speaker 1 chosen is the speaker the model is given', async () => {
    const voices = join(tmp, 'two', 'voices');
    writeTestVoice(voices, 'test-voice');
    const heard = join(tmp, 'heard-two');
    mkdirSync(heard, { recursive: true });
    const { app, press, frame } = mount(voices, heard);
    try {
      await until(() => frame().includes('未朗读'), 'speech ready');
      await press('v');
      await until(() => frame().includes('语音：↑↓ 选择'), 'the voice list');
      const lines = frame().split('\n');
      // The speakers in order, the model's default (speaker 0) current until one is chosen.
      expect(lines.filter((l) => /^[❯ ] /.test(l) && l.includes('说话人'))).toEqual([
        '❯ 普通话（test-voice 说话人 0）（zh-CN，读简体） ✓ 当前',
        '  普通话（test-voice 说话人 1）（zh-CN，读简体）',
      ]);
      await press(DOWN, '\r');
      await until(() => frame().includes('语音：普通话（test-voice 说话人 1）'), 'the voice chosen');
      await press(DOWN, DOWN, '\r'); // a sentence opened and read
      const clips = () =>
        readdirSync(heard)
          .filter((f) => f.endsWith('.wav'))
          .sort();
      await until(() => clips().length > 0, 'a sentence heard');
      const said = wavTokens(join(heard, clips()[0]!));
      expect(said.tokens.length).toBeGreaterThan(0);
      expect(said.sids.every((s) => s === 1)).toBe(true);
    } finally {
      app.unmount();
    }
  }, 30_000);

  const many = join(tmp, 'many', 'voices');
  writeTestVoice(many, 'aishell3-like', { ...DEFAULT_META, n_speakers: '174' });

  it('174 speakers: the frame shows a window of them that follows the selection, never more rows than the terminal', async () => {
    const { app, press, frame, rows } = mount(many, tmp, { rows: 24 });
    try {
      await until(() => frame().includes('未朗读'), 'speech ready');
      await press('v');
      await until(() => frame().includes('语音：↑↓ 选择'), 'the voice list');
      const fits = () => {
        const lines = frame().split('\n');
        expect(lines.length).toBeLessThanOrEqual(rows - 1);
        for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(100);
        return lines.filter((l) => l.includes('说话人'));
      };
      const first = fits();
      expect(first.length).toBeGreaterThan(5);
      expect(first.length).toBeLessThan(rows);
      expect(frame()).toMatch(/语音：↑↓ 选择，回车确定，Esc 关闭（还有 \d+ 行，↓ 翻看）/);
      expect(first[0]).toMatch(/^❯ 普通话（aishell3-like 说话人 0）/);
      await press(UP); // from the first to the last
      await until(() => frame().includes('❯ 普通话（aishell3-like 说话人 173）'), 'the last speaker selected and shown');
      expect(fits().at(-1)).toMatch(/说话人 173）/);
      expect(frame()).not.toContain('说话人 0）');
      await press('\r');
      await until(() => frame().includes('语音：普通话（aishell3-like 说话人 173）'), 'the last speaker chosen');
    } finally {
      app.unmount();
    }
  }, 30_000);

  it('174 speakers in the screen-reader layout: each move says one line, the list is never written out whole', async () => {
    const { app, press, frame } = mount(many, tmp, { screenReader: true });
    try {
      // This layout shows no speech state: v is pressed until the engine has answered with its voices, each
      // time only once the last press was answered (say-so or list): a v the reader had not yet read when the
      // list opened would close it again, as it did on a loaded machine.
      const announced = '选择语音：↑↓ 选择，回车确定，Esc 关闭。当前语音：普通话（aishell3-like 说话人 0）';
      const preparing = '语音引擎还在准备，请稍候再试';
      const since = (seen: number, text: string) => app.frames.slice(seen).some((f) => f.includes(text));
      for (const end = Date.now() + 60_000; ; ) {
        const seen = app.frames.length;
        await press('v');
        await until(() => since(seen, announced) || since(seen, preparing), 'v answered', 30_000);
        if (since(seen, announced)) break;
        if (Date.now() > end) throw new Error('the engine never answered with its voices');
      }
      await press(DOWN, DOWN);
      await until(() => frame().includes('普通话（aishell3-like 说话人 2）（zh-CN）'), 'the third speaker said', 30_000);
      // Everything written so far: the announcement and one line per move, not 174 lines.
      const all = app.frames.join('\n');
      const said = new Set(
        all
          .split('\n')
          .filter((l) => l.includes('说话人'))
          .map((l) => l.trim()),
      );
      expect(said.size).toBeLessThanOrEqual(4);
      expect(all).not.toContain('说话人 3）');
    } finally {
      app.unmount();
    }
  }, 120_000);
});
