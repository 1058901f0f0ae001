// The reader with a voice the engine does not have (`langdu --voice nosuch`, or a saved one that is
// gone): it opens anyway and says, on its message line, which voice it uses instead.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState } from '../../src/reader/state.js';
import { App } from '../../src/ui/App.js';
import { seedText } from '../helpers.js';
import { FakeEngine } from '../speech/fake-engine.js';

const index = new DocIndex(parse(seedText()));

async function until(ok: () => boolean, what: string, ms = 10_000) {
  for (const end = Date.now() + ms; !ok(); await new Promise((r) => setTimeout(r, 10))) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
  }
}

function mount(voice: string | null) {
  const engine = new FakeEngine(10);
  const app = render(
    <App initial={createState(index, { rows: 30, cols: 100, speech: { status: 'starting' } })} engine={Promise.resolve({ engine, reason: 'fake', voice })} />,
  );
  return { app, frame: () => app.lastFrame() ?? '' };
}

describe('an unknown voice in the reader', () => {
  it('is named on the message line with the voice used instead', async () => {
    const { app, frame } = mount('nosuch');
    await until(() => frame().includes('未朗读'), 'speech ready');
    await until(() => frame().includes('没有语音“nosuch”，改用 zh-a（langdu voices 列出全部语音）'), 'the note');
    app.unmount();
  });

  it('a known voice is used without a note', async () => {
    const { app, frame } = mount('zh-b');
    await until(() => frame().includes('未朗读'), 'speech ready');
    expect(frame()).not.toContain('没有语音');
    app.unmount();
  });
});
