// `langdu describe TEXT [--json]`: each character of TEXT with its reading in context and a common word
// that holds it (權 quán，權力的權), as a Chinese screen reader describes characters.
import { readStream } from '../document/load.js';
import { UsageError } from '../errors.js';
import { convert, loadScript, type Script } from '../script/index.js';
import { describedLine, describeText, loadDescriptions, needsTraditional } from '../speech/describe.js';
import { safeJson } from '../terminal-safe.js';
import type { Io } from './io.js';

type Stdin = AsyncIterable<Uint8Array> & { isTTY?: boolean; destroy?(): void };

export async function describe(io: Io, opts: { words: string[]; json: boolean; script: Script }, stdin: Stdin = process.stdin): Promise<number> {
  let text = opts.words.join(' ');
  // No TEXT: a pipe gives it (echo 權力 | langdu describe); a terminal would wait for typing.
  if (!text && stdin.isTTY !== true) text = (await readStream(stdin, 'standard input')).toString('utf8');
  // Control characters become spaces, as in a loaded document: an escape sequence in pasted text must
  // not reach the terminal (nor be "described").
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .trim();
  if (!text) throw new UsageError('describe needs TEXT: langdu describe 权力 (or pipe it in: echo 权力 | langdu describe)');
  await Promise.all([loadDescriptions(), loadScript(opts.script)]);
  text = convert(text, opts.script);
  if (needsTraditional(text)) await loadScript('traditional');
  const described = describeText(text);
  if (opts.json) io.out(`${safeJson(described, 2)}\n`);
  else io.out(described.map((d) => `${describedLine(d)}\n`).join(''));
  return 0;
}
