// Self-voicing: with speech on and no screen reader, every key's answer is spoken as well as shown, and
// the next key cuts it off. What the (recording) engine was given is what a listener hears.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { selfVoicingFor } from '../../src/commands/reader-session.js';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { App } from '../../src/ui/App.js';
import { seedText } from '../helpers.js';
import { FakeEngine } from '../speech/fake-engine.js';

const index = new DocIndex(parse(seedText()));
const tick = () => new Promise((r) => setTimeout(r, 10));
async function until(ok: () => boolean, what: string) {
  for (let k = 0; k < 500 && !ok(); k++) await tick();
  if (!ok()) throw new Error(`never happened: ${what}`);
}

async function mount(engine: FakeEngine, speech: object = {}, screenReader = false) {
  const app = render(
    <App
      initial={createState(index, { rows: 30, cols: 100, screenReader, speech: { status: 'starting', ...speech } })}
      engine={Promise.resolve({ engine, reason: 'fake' })}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  await until(() => frame().includes('未朗读') || screenReader, 'speech ready');
  await until(() => engine.voiceList.length > 0, 'voices');
  return { app, frame, said: () => engine.played.map((p) => p.text) };
}

describe('self-voicing', () => {
  it('says where a move lands (briefly), 已展开 / 已折叠, the script chosen, and 已是第一项', async () => {
    const engine = new FakeEngine(600_000);
    const { app, said } = await mount(engine);
    app.stdin.write('3');
    await until(() => said().length === 1, 'the move said');
    expect(said()[0]).toBe('第一点:思想引领强根基'); // brief: its own level and title, in Simplified
    app.stdin.write('t');
    await until(() => said().length === 2, 'the script said');
    expect(said()[1]).toBe('简繁:简体');
    expect(engine.played[0]!.outcome).toBe('aborted'); // the next key cut the first answer off
    app.stdin.write('g');
    await until(() => said().length === 3, 'first item');
    app.stdin.write('k');
    await until(() => said().length === 4, 'no further up');
    expect(said()[3]).toBe('已是第一项');
    app.unmount();
  });

  it('V says more on each move: the whole position and the count; r says it again', async () => {
    const engine = new FakeEngine(600_000);
    const { app, said } = await mount(engine);
    app.stdin.write('V');
    await until(() => said().length === 1, 'verbosity said');
    app.stdin.write('3');
    await until(() => said().length === 2, 'the move said');
    expect(said()[1]).toMatch(/^第一部分 第一节 第一点\W*共三点\W*思想引领强根基$/);
    app.stdin.write('r');
    await until(() => said().length === 3, 'said again');
    expect(said()[2]).toBe(said()[1]);
    app.unmount();
  });

  it('a key with nothing to say still cuts off what was being said', async () => {
    const engine = new FakeEngine(600_000);
    const { app, said } = await mount(engine);
    app.stdin.write('3');
    await until(() => said().length === 1, 'the move said');
    app.stdin.write('f'); // scrolls the passage: nothing to say
    await until(() => engine.played[0]!.outcome === 'aborted', 'cut off');
    expect(said()).toHaveLength(1);
    app.unmount();
  });

  it('while reading, a move says where it landed and then reads on from there', async () => {
    const engine = new FakeEngine(300); // each utterance "plays" 300 ms
    const { app, said } = await mount(engine);
    app.stdin.write('3');
    // Whether the launch words came first depends on how soon the engine was ready: count from the move.
    await until(() => said().at(-1) === '第一点:思想引领强根基', 'the move said');
    const n = said().length;
    app.stdin.write(' ');
    await until(() => said().length === n + 1, 'reading');
    expect(said()[n]).toBe('一是思想引领强根基。');
    app.stdin.write('j');
    await until(() => said().includes('二是精心谋划抓统筹。'), 'the next point read');
    const at = said().indexOf('第二点:精心谋划抓统筹');
    expect(at).toBeGreaterThan(1);
    expect(said()[at + 1]).toBe('二是精心谋划抓统筹。');
    app.unmount();
  });

  it('is off in the screen-reader layout (the screen reader speaks the lines), unless asked for', async () => {
    // What read() decides for each layout and command line.
    expect(selfVoicingFor(true, undefined, {})).toBe(false);
    expect(selfVoicingFor(true, true, {})).toBe(true);
    expect(selfVoicingFor(false, undefined, {})).toBe(true);
    expect(selfVoicingFor(false, undefined, { selfVoicing: false })).toBe(false);
    expect(selfVoicingFor(false, false, { selfVoicing: true })).toBe(false);
    const quiet = new FakeEngine(600_000);
    const a = await mount(quiet, { selfVoicing: false }, true);
    a.app.stdin.write('3');
    // Once the move's line is written, the speech bridge has seen that state: nothing was given to speak.
    await until(() => a.app.frames.join('').includes('第一点（共三点）'), 'the move printed');
    expect(quiet.prepared).toEqual([]);
    a.app.unmount();
    const forced = new FakeEngine(600_000);
    const b = await mount(forced, { selfVoicing: true }, true);
    b.app.stdin.write('3');
    await until(() => forced.played.length === 1, 'forced: the move said');
    expect(forced.played[0]!.text).toBe('第一点:思想引领强根基');
    b.app.unmount();
  });
});
