// The first frame the reader draws itself, before Ink has loaded, must be the frame Ink then draws over
// it, cell for cell, or the screen would show a mix of the two.

import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import stripAnsi from 'strip-ansi';
import { describe, expect, it } from 'vitest';
import { DocIndex } from '../../src/document/address.js';
import { parse } from '../../src/document/parse.js';
import { createState, type ReaderState, reduce } from '../../src/reader/state.js';
import { colourOn, firstFrameText } from '../../src/ui/first-frame.js';
import { VisualLayout } from '../../src/ui/VisualLayout.js';
import { fixture, seedText } from '../helpers.js';

const lines = (s: string) =>
  stripAnsi(s)
    .split('\n')
    .map((l) => l.trimEnd());

function inkFrame(state: ReaderState): string {
  const app = render(<VisualLayout state={state} />);
  const frame = app.lastFrame() ?? '';
  app.unmount();
  return frame;
}

describe('the first frame, drawn without Ink', () => {
  const seed = new DocIndex(parse(seedText()));
  const plain = new DocIndex(parse(readFileSync(fixture('no-numbering.txt'), 'utf8')));
  const states: [string, ReaderState][] = [
    ['wide', createState(seed, { rows: 30, cols: 100 })],
    ['narrow, with blank lines between paragraphs', createState(seed, { rows: 30, cols: 60 })],
    ['tiny', createState(seed, { rows: 10, cols: 40 })],
    ['an opened node', reduce(reduce(reduce(createState(seed, { rows: 24, cols: 90 }), { type: 'down' }), { type: 'down' }), { type: 'open' })],
    ['the help', reduce(createState(seed, { rows: 30, cols: 100 }), { type: 'help' })],
    ['a report with no numbering', createState(plain, { rows: 30, cols: 100 })],
  ];
  for (const [name, state] of states) {
    it(`is the frame Ink draws: ${name}`, () => {
      expect(lines(firstFrameText(state, true))).toEqual(lines(inkFrame(state)));
      expect(lines(firstFrameText(state, false))).toEqual(lines(inkFrame(state)));
    });
  }

  it('marks the selection in reverse video only when colour is on', () => {
    const state = createState(seed, { rows: 30, cols: 100 });
    expect(firstFrameText(state, true)).toContain('\x1b[7m❯');
    expect(firstFrameText(state, false)).not.toContain('\x1b[');
    expect(colourOn({ FORCE_COLOR: '0' })).toBe(false);
    expect(colourOn({ TERM: 'dumb' })).toBe(false);
    expect(colourOn({ TERM: 'xterm-256color' })).toBe(true);
  });
});
