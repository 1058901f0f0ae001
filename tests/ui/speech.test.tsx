// The TUI with a recording fake engine: reading follows the sentence, a move stops and reads on.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { App } from '../../src/ui/App.js';
import { seedText } from '../helpers.js';
import { FakeEngine } from '../speech/fake-engine.js';

const index = new DocIndex(parse(seedText()));
const tick = (ms = 15) => new Promise((r) => setTimeout(r, ms));
async function until(ok: () => boolean, what: string) {
  for (let k = 0; k < 300 && !ok(); k++) await tick();
  if (!ok()) throw new Error(`never happened: ${what}`);
}

async function mount(engine: FakeEngine | null) {
  const app = render(
    <App
      initial={createState(index, { rows: 30, cols: 100, speech: { status: 'starting', selfVoicing: false } })}
      engine={Promise.resolve(
        engine ? { engine, reason: 'fake' } : { engine: null, reason: 'no speech engine found: install espeak-ng (apt-get install espeak-ng)' },
      )}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  await until(() => /未朗读|无语音/.test(frame()), 'speech ready');
  return { app, frame };
}

describe('reading aloud in the TUI', () => {
  it('Space reads the point; the highlight (▶ and reverse video) follows each sentence', async () => {
    const engine = new FakeEngine(40);
    const { app, frame } = await mount(engine);
    app.stdin.write('3');
    await tick();
    app.stdin.write(' ');
    await until(() => frame().includes('▶ 朗读中'), 'playing');
    await until(() => engine.played.length >= 3, 'three sentences');
    expect(engine.played[0]!.text).toBe('一是思想引领强根基。'); // Simplified spoken form for a zh-CN voice
    expect(engine.played[1]!.text).toMatch(/^制定年度习近平法治思想八进工作方案/); // quotes dropped
    expect(frame()).toMatch(/▶/);
    await until(() => frame().includes('朗读完毕'), 'the end of the point');
    expect(engine.played.every((p) => !/[0-9]/.test(p.text))).toBe(true);
    app.unmount();
  });

  it('j while reading stops the voice at once and reads the next point', async () => {
    // Each sentence "plays" until stopped: under load no sentence may end on its own and move the
    // reading on before j arrives. Every step waits for what the user would see, not for a time.
    const engine = new FakeEngine(600_000);
    const { app, frame } = await mount(engine);
    app.stdin.write('3');
    await until(() => frame().includes('第一部分 › 第一节 › 第一点'), 'the first point selected');
    app.stdin.write(' ');
    await until(() => engine.played.length === 1, 'first sentence playing');
    await until(() => frame().includes('│ ▶一是思想引領強根基。'), 'the sentence being read is highlighted');
    app.stdin.write('j');
    await until(() => engine.played.length === 2, 'next point started');
    expect(engine.played[0]!.outcome).toBe('aborted');
    expect(engine.played[1]!.text).toBe('二是精心谋划抓统筹。');
    await until(() => frame().includes('第一部分 › 第一节 › 第二点'), 'the status line at the second point');
    await until(() => frame().includes('│ ▶二是精心謀劃抓統籌。'), 'the highlight moved with the reading');
    app.stdin.write('q');
    await until(() => engine.played[1]!.outcome === 'aborted', 'q stops the voice');
    app.unmount();
  });

  it('+ changes the rate of the next sentence without stopping say-all', async () => {
    const engine = new FakeEngine(60);
    const { app } = await mount(engine);
    app.stdin.write('3');
    await tick();
    app.stdin.write('a');
    await until(() => engine.played.length === 1, 'say-all started');
    app.stdin.write('+');
    await until(() => engine.played.length >= 3, 'two more sentences');
    expect(engine.played[0]!.opts.rate).toBe(260);
    expect(engine.played[2]!.opts.rate).toBe(280);
    expect(engine.played.slice(0, 2).every((p) => p.outcome === 'done')).toBe(true); // never stopped
    app.stdin.write('s');
    app.unmount();
  });

  it('with no engine the reader says what to install and everything else works', async () => {
    const { app, frame } = await mount(null);
    app.stdin.write(' ');
    await until(() => frame().includes('不能朗读：没有找到语音引擎：请安装 espeak-ng'), 'the message');
    expect(frame()).toContain('无语音');
    app.stdin.write('j');
    await until(() => frame().includes('第一部分（共三部分）'), 'moving still works');
    app.unmount();
  });

  it('M shows the estimated listening time at the current rate', async () => {
    const { app, frame } = await mount(new FakeEngine(10));
    app.stdin.write('M');
    await until(() => frame().includes('听完约需'), 'the card');
    const minutes = Number(/听完约需：(\d+) 分钟（语速 260 字\/分钟）/.exec(frame())![1]);
    expect(minutes).toBeGreaterThan(10);
    expect(minutes).toBeLessThan(40);
    app.unmount();
  });
});
