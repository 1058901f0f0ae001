// The sighted layout through Ink: the rows of frame.ts, highlighted pieces in reverse video.
import { Box, Text } from 'ink';
import type { Span } from '../reader/passage.js';
import type { ReaderState } from '../reader/state.js';
import { visualRows } from './frame.js';

export { statusLine } from './frame.js';

function SpanLine({ spans }: { spans: Span[] }) {
  return (
    <Text wrap="truncate-end">
      {spans.map((s, k) =>
        s.highlight ? (
          <Text key={k} inverse>
            {s.text}
          </Text>
        ) : (
          s.text
        ),
      )}
    </Text>
  );
}

export function VisualLayout({ state }: { state: ReaderState }) {
  return (
    <Box flexDirection="column">
      {visualRows(state).map((r, k) => (
        <SpanLine key={k} spans={r} />
      ))}
    </Box>
  );
}
