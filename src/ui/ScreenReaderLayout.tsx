// The screen-reader layout: it only ever appends lines. Each announcement (a move in words, a passage,
// a search hit) is printed once through <Static> and never redrawn; the only live line is the prompt
// while typing after `:` or `/`. No box drawing, no spinner, nothing said by colour alone.
import { Static, Text } from 'ink';
import type { ReaderState } from '../reader/state.js';

export function ScreenReaderLayout({ state }: { state: ReaderState }) {
  const prompt = state.mode === 'goto' ? `跳到: ${state.input}` : state.mode === 'search' ? `搜索: ${state.input}` : null;
  return (
    <>
      <Static items={state.log as ReaderState['log'][number][]}>{(line) => <Text key={line.seq}>{line.text}</Text>}</Static>
      {prompt !== null && <Text>{prompt}</Text>}
    </>
  );
}
