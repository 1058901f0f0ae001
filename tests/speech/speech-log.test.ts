// LANGDU_SPEECH_LOG: one JSON line a clip. A listener may point it at the terminal (/dev/stderr) to
// watch what langdu hands the engine, so the document's text in it passes the door: C1 and bidi
// controls, which JSON.stringify leaves raw, are written as \u escapes and read back as the same text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { speechLogFromEnv } from '../../src/speech/speech-log.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-speech-log-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('writes a clip whose text holds CSI (U+009B) and a right-to-left override as escapes that read back the same', () => {
  const file = join(tmp, 'log.jsonl');
  const log = speechLogFromEnv({ LANGDU_SPEECH_LOG: file })!;
  const text = '第一\u009b2J条\u202e款\u0007';
  log({ kind: 'words', text, input: text, rate: 260 });
  const written = readFileSync(file, 'utf8');
  expect(written).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  expect(written.endsWith('\n')).toBe(true);
  expect(JSON.parse(written)).toEqual({ kind: 'words', text, input: text, rate: 260 });
});
