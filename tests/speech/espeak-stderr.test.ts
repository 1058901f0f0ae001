// espeak-ng's stderr reaches the user as one line: a failure that writes several lines (a broken data
// folder names each file it could not open) is cut to its first, as every other engine's is.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { EspeakEngine } from '../../src/speech/engines/espeak.js';
import { customPlayer } from '../../src/speech/player.js';

const root = mkdtempSync(join(tmpdir(), 'langdu-espeak-stderr-'));
const oldPath = process.env.PATH;
afterAll(() => {
  process.env.PATH = oldPath;
  rmSync(root, { recursive: true, force: true });
});

it('an espeak-ng that fails with several lines on stderr is one line of message', async () => {
  const bin = join(root, 'bin');
  mkdirSync(bin);
  const fake = join(bin, 'espeak-ng');
  writeFileSync(fake, '#!/bin/sh\ncat > /dev/null\necho "Error processing file phontab" >&2\necho "second line" >&2\nexit 1\n');
  chmodSync(fake, 0o755);
  process.env.PATH = `${bin}${delimiter}${oldPath}`;
  const e = new EspeakEngine(() => Promise.resolve(customPlayer(`sh -c 'cat > /dev/null'`)));
  const err = await e
    .prepare('ni3 hao3 .', { voice: 'cmn-latn-pinyin' })
    .play(new AbortController().signal)
    .then(
      () => null,
      (x: Error) => x,
    );
  expect(err?.message).toBe('espeak-ng failed: Error processing file phontab');
});
