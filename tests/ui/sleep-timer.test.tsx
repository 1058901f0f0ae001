// The sleep timer in the TUI with a short fake minute: say-all stops when the time is up, and a minute
// before it the listener is told (through the engine: the warning is heard).
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
  for (let k = 0; k < 2000 && !ok(); k++) await tick(); // generous: a loaded machine
  if (!ok()) throw new Error(`never happened: ${what}`);
}

describe('the sleep timer', () => {
  it('T sets 15 minutes; a minute before, it is said; then say-all stops, and the status line shows the time left', async () => {
    // Each sentence plays 30 ms (the whole report takes far longer than the timer); a minute is 200 ms.
    const engine = new FakeEngine(30);
    const app = render(
      <App
        initial={createState(index, { rows: 30, cols: 120, speech: { status: 'starting', selfVoicing: false } })}
        engine={Promise.resolve({ engine, reason: 'fake' })}
        minuteMs={200}
      />,
    );
    const frame = () => app.lastFrame() ?? '';
    await until(() => frame().includes('未朗读'), 'speech ready');
    app.stdin.write('a');
    await until(() => frame().includes('▶ 连续朗读'), 'say-all');
    expect(frame()).toMatch(/剩 \d+ 分钟/); // the listening time left, at the rate in use
    app.stdin.write('T');
    await until(() => frame().includes('定时 15 分'), 'the timer set');
    await until(() => frame().includes('睡眠定时：一分钟后停止朗读'), 'the warning shown');
    await until(() => frame().includes('睡眠定时到：已停止朗读'), 'stopped when the time was up');
    expect(frame()).toContain('■ 未朗读');
    expect(frame()).not.toContain('定时 15 分');
    app.unmount();
  });
});
