// speech-dispatcher, used only when its server answers: without an audio server `spd-say` returns 0
// and says nothing, and `spd-say -w` hangs, so every call has a timeout and the probe asks the server
// for its voices first. It cannot write files, so it has no export.
import { onPath, run } from '../proc.js';
import {
  type Availability,
  chineseVoiceName,
  type Engine,
  type Prepared,
  RATE_RANGE,
  type SpeakOptions,
  SpeechError,
  speechTimeoutMs,
  type Voice,
} from '../types.js';

export class SpeechDispatcherEngine implements Engine {
  readonly id = 'speech-dispatcher';
  readonly label = 'speech-dispatcher';
  readonly defaultRate = RATE_RANGE.default;

  async probe(): Promise<Availability> {
    if (!(await onPath('spd-say'))) return { ok: false, detail: 'spd-say is not installed' };
    const r = await run('spd-say', ['-L'], { timeoutMs: 2000 });
    if (r.signal || r.code !== 0 || r.stdout.length === 0) return { ok: false, detail: 'the speech-dispatcher server does not answer' };
    return (await this.voices()).length ? { ok: true, detail: 'server answers' } : { ok: false, detail: 'no Chinese voice in speech-dispatcher' };
  }

  async voices(): Promise<Voice[]> {
    const r = await run('spd-say', ['-L'], { timeoutMs: 2000 });
    return r.stdout
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => /^(zh|cmn|yue)/i.test(c[1] ?? ''))
      .map((c) => ({ id: c[0]!, name: chineseVoiceName(c[1]!, c[0]!), lang: c[1]!, script: /tw|hk|yue/i.test(c[1]!) ? 'traditional' : 'simplified' }));
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    const rate = Math.max(-100, Math.min(100, Math.round(((opts.rate ?? this.defaultRate) - this.defaultRate) / 3)));
    return {
      cancel: () => {},
      play: async (signal, started) => {
        // -e: text from stdin; -w: wait until spoken (bounded by the timeout).
        const args = ['-e', '-w', '-l', 'zh', '-r', String(rate), ...(opts.voice ? ['-y', opts.voice] : [])];
        started?.();
        const r = await run('spd-say', args, { input: text, timeoutMs: speechTimeoutMs(text), signal });
        if (signal.aborted) {
          await run('spd-say', ['-C'], { timeoutMs: 2000 }); // cancel what the server still has
          return;
        }
        if (r.error || r.code !== 0) throw new SpeechError(`spd-say failed: ${r.error?.message ?? r.stderr.trim().split('\n')[0]}`);
      },
    };
  }
}
