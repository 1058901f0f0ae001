// A stand-in espeak-ng for tests that count espeak-ng's starts: a script first on PATH that logs each
// start ("pid args") to a file, then runs the real one with the same arguments.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Put the stand-in in root/bin, first on PATH; returns its path and the log it writes. */
export function loggingEspeak(root: string): { wrapper: string; log: string } {
  const bin = join(root, 'bin');
  mkdirSync(bin, { recursive: true });
  const log = join(root, 'runs.log');
  const wrapper = join(bin, 'espeak-ng');
  const real = process.env
    .PATH!.split(delimiter)
    .map((d) => join(d, 'espeak-ng'))
    .find((f) => {
      try {
        return readFileSync(f).length > 0;
      } catch {
        return false;
      }
    })!;
  writeFileSync(wrapper, `#!/bin/sh\necho "$$ $*" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(real)} "$@"\n`);
  chmodSync(wrapper, 0o755);
  process.env.PATH = `${bin}${delimiter}${process.env.PATH}`;
  return { wrapper, log };
}
