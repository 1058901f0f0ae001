// Many syntheses through one small helper: a `sh` started once, which starts espeak-ng for each text in
// turn. Why: every process Node starts is a fork of the whole langdu process, and while the MP3 encoder
// runs, each fork costs langdu ~50–90 ms of CPU of its own (its memory marked copy-on-write, then
// faulted back page by page): a talking book's one espeak-ng per sentence made a hundred more forks
// than the MP3 export's one per stretch. A shell is cheap to fork, and each text is still its own
// espeak-ng run, so its audio (and the clip a book gives it) is exactly what it would be alone.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start } from '../proc.js';
import { type Batch, SpeechError, speechTimeoutMs } from '../types.js';

/** Reads a number k a line; synthesizes $dir/k.txt into $dir/k.wav (stderr kept in k.err); answers "k status". */
const LOOP = 'dir=$1; shift; while read -r k; do "$@" -w "$dir/$k.wav" < "$dir/$k.txt" 2> "$dir/$k.err"; echo "$k $?"; done';

interface Pending {
  k: number;
  text: string;
  resolve: (wav: string) => void;
  reject: (e: Error) => void;
}

export function espeakBatch(bin: string, args: string[], dir: string, signal: AbortSignal): Batch {
  const helper = start('sh', ['-c', LOOP, 'sh', dir, bin, ...args], { timeoutMs: 2 ** 31 - 1, signal });
  const queue: Pending[] = [];
  let next = 0;
  let failed: Error | null = null;
  let timer: NodeJS.Timeout | null = null;
  const fail = (e: Error) => {
    failed ??= e;
    if (timer) clearTimeout(timer);
    helper.kill();
    for (const p of queue.splice(0)) p.reject(failed);
  };
  // Only the text being synthesized is timed (the rest wait their turn).
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const head = queue[0];
    if (head) timer = setTimeout(() => fail(new SpeechError('espeak-ng took too long and was stopped')), speechTimeoutMs(head.text));
  };
  let buffered = '';
  helper.child.stdout!.setEncoding('utf8');
  helper.child.stdout!.on('data', (d: string) => {
    buffered += d;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const [k, status] = buffered.slice(0, nl).split(' ');
      buffered = buffered.slice(nl + 1);
      const p = queue.shift();
      if (!p || String(p.k) !== k) return fail(new SpeechError('espeak-ng helper answered out of turn'));
      arm();
      settle(p, Number(status));
    }
  });
  const settle = (p: Pending, status: number) => {
    const base = join(dir, String(p.k));
    let err = '';
    try {
      err = readFileSync(`${base}.err`, 'utf8').trim();
    } catch {
      // no stderr file: nothing was said there
    }
    rmSync(`${base}.err`, { force: true });
    rmSync(`${base}.txt`, { force: true });
    const wav = `${base}.wav`;
    // As for one espeak-ng (espeak.ts): it exits 0 after many failures, so stderr and the file are looked at.
    if (status !== 0 || err) p.reject(new SpeechError(`espeak-ng failed: ${err.split('\n')[0] || `exit ${status}`}`));
    else if (!existsSync(wav) || statSync(wav).size <= 44) p.reject(new SpeechError(`espeak-ng wrote no audio to ${wav}`));
    else p.resolve(wav);
  };
  void helper.exited.then((r) => {
    if (queue.length === 0 && !failed) return;
    fail(
      signal.aborted
        ? new SpeechError('stopped')
        : new SpeechError(
            `espeak-ng could not run: ${r.error?.message ?? (r.stderr.trim().split('\n')[0] || `the helper shell ended (${r.code ?? r.signal})`)}`,
          ),
    );
  });
  return {
    say(text) {
      if (failed) return Promise.reject(failed);
      const k = next++;
      return new Promise<string>((resolve, reject) => {
        try {
          writeFileSync(join(dir, `${k}.txt`), text);
        } catch (e) {
          return reject(e as Error);
        }
        queue.push({ k, text, resolve, reject });
        if (queue.length === 1) arm();
        helper.child.stdin!.write(`${k}\n`);
      });
    },
    close() {
      if (timer) clearTimeout(timer);
      helper.child.stdin!.end();
      helper.kill();
      for (const p of queue.splice(0)) p.reject(new SpeechError('stopped'));
    },
  };
}
