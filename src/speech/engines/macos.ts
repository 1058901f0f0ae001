// macOS: the system `say` through the npm `say` package, whose macOS path spawns `say` without a shell
// with the text as one argument. Two guards remain ours: a text starting with `-` would be read as an
// option, and `[[ … ]]` is say's embedded-command syntax (`[[inpt PHON]]`, `[[rate 500]]`).
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { onPath, run } from '../proc.js';
import {
  type Availability,
  chineseVoiceName,
  type Engine,
  mainlandFirst,
  type Prepared,
  RATE_RANGE,
  type SpeakOptions,
  SpeechError,
  type Voice,
} from '../types.js';

/** Text as say should get it: never an option, never an embedded command. */
export function guardSayText(text: string): string {
  const t = text.replace(/\[\[/g, '[ [').replace(/\]\]/g, '] ]');
  return /^\s*-/.test(t) ? ` ${t.trimStart()}` : t;
}

interface SayInstance {
  speak(text: string, voice?: string, speed?: number, cb?: (err: unknown) => void): void;
  export(text: string, voice?: string, speed?: number, file?: string, cb?: (err: unknown) => void): void;
  stop(): void;
}

function sayFor(): SayInstance {
  // The package is CommonJS; one instance per utterance so stop() kills the right child.
  const require = createRequire(import.meta.url);
  const mod = require('say') as { Say: new (platform: string) => SayInstance };
  return new mod.Say('darwin');
}

export class MacSayEngine implements Engine {
  readonly id = 'say';
  readonly label = 'macOS say';
  readonly defaultRate = RATE_RANGE.default;

  async probe(): Promise<Availability> {
    if (process.platform !== 'darwin') return { ok: false, detail: 'only on macOS' };
    if (!(await onPath('say'))) return { ok: false, detail: 'the say command is missing' };
    const voices = await this.voices();
    return voices.length
      ? { ok: true, detail: `${voices.length} Chinese voices` }
      : { ok: false, detail: 'no Chinese voice: add one in System Settings › Accessibility › Spoken Content' };
  }

  async voices(): Promise<Voice[]> {
    const r = await run('say', ['-v', '?'], { timeoutMs: 5000 });
    const out: Voice[] = [];
    for (const line of r.stdout.toString('utf8').split('\n')) {
      const m = /^(.+?)\s+(zh[_-](CN|TW|HK))\s+#/.exec(line);
      if (m)
        out.push({
          id: m[1]!.trim(),
          name: chineseVoiceName(m[2]!.replace('_', '-'), m[1]!.trim()),
          lang: m[2]!.replace('_', '-'),
          script: m[3] === 'CN' ? 'simplified' : 'traditional',
        });
    }
    return out.sort(mainlandFirst);
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    return {
      cancel: () => {},
      play: (signal, started) =>
        new Promise<void>((resolve, reject) => {
          if (signal.aborted) return resolve();
          const say = sayFor();
          const onAbort = () => {
            try {
              say.stop();
            } catch {
              // nothing was speaking
            }
            resolve();
          };
          signal.addEventListener('abort', onAbort, { once: true });
          started?.();
          say.speak(guardSayText(text), opts.voice, (opts.rate ?? this.defaultRate) / RATE_RANGE.default, (err) => {
            signal.removeEventListener('abort', onAbort);
            if (err && !signal.aborted) reject(new SpeechError(`say failed: ${String(err)}`));
            else resolve();
          });
        }),
    };
  }

  synthesize(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const say = sayFor();
      signal?.addEventListener('abort', () => say.stop(), { once: true });
      say.export(guardSayText(text), opts.voice, (opts.rate ?? this.defaultRate) / RATE_RANGE.default, file, (err) => {
        if (err) return reject(new SpeechError(`say failed: ${String(err)}`));
        if (!existsSync(file) || statSync(file).size <= 44) return reject(new SpeechError(`say wrote no audio to ${file}`));
        resolve();
      });
    });
  }
}
