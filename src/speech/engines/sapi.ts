// Windows: SAPI5 (System.Speech) and OneCore (Windows.Media.SpeechSynthesis) voices, through one
// long-lived PowerShell helper per session (sapi-helper.ts has the script and its line protocol).
// Each utterance is synthesized into a 16-bit WAV file while the one before it plays, so pauses,
// earcons and prefetch work as with espeak-ng; the helper plays the files itself (System.Media's
// SoundPlayer, asynchronously), or a --player given reads them on stdin.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import type { Player } from '../player.js';
import { onPath, type Started, start } from '../proc.js';
import {
  type Availability,
  chineseVoiceName,
  type Engine,
  mainlandFirst,
  type Prepared,
  RATE_RANGE,
  type SpeakOptions,
  SpeechError,
  speechTimeoutMs,
  type Voice,
} from '../types.js';
import { readWavLayout } from '../wav.js';
import { HELPER_PS1, helperArgs, requestLine, stderrLine } from './sapi-helper.js';
import { fileSpeech, playWav, WorkFolder, wavClip, wavMs } from './wav-out.js';

/**
 * SAPI's Rate (-10…10) and OneCore's SpeakingRate (0.5…6, 1 normal) for a rate in 字/分钟. Not
 * calibrated: no Windows machine was at hand to measure Huihui's characters per minute; 260 字/分钟 is
 * taken to be each voice's normal rate, and SAPI's steps to be about 30 字/分钟 apart.
 */
export function sapiRates(charsPerMinute: number): { rate: number; speakingRate: number } {
  return {
    rate: Math.max(-10, Math.min(10, Math.round((charsPerMinute - RATE_RANGE.default) / 30))),
    speakingRate: Math.max(0.5, Math.min(6, Math.round((charsPerMinute / RATE_RANGE.default) * 100) / 100)),
  };
}

const HINT = '可在“设置 › 时间和语言 › 语音”中添加中文语音，或用 --engine espeak-ng';
const VOICES_MS = 60_000; // the first request also starts PowerShell and loads System.Speech and WinRT
const PLAY_MS = 15_000;

interface Reply {
  id: number | null;
  ok: boolean;
  error?: string;
  voices?: { name: string; lang: string; kind: string }[];
}

interface Waiting {
  line: string;
  timeoutMs: number;
  resolve(r: Reply): void;
  reject(e: Error): void;
}

/**
 * The PowerShell helper: started on the first request, one request in flight at a time. Play and stop
 * go ahead of waiting syntheses, so a prefetch never holds up the sentence that is due now.
 */
export class PowerShellHelper {
  private proc: Started | null = null;
  private buffer = '';
  private nextId = 1;
  private inFlight: (Waiting & { id: number; timer: NodeJS.Timeout }) | null = null;
  private readonly urgent: Waiting[] = [];
  private readonly later: Waiting[] = [];
  private readonly work: WorkFolder;

  constructor(work: WorkFolder) {
    this.work = work;
  }

  request(req: { op: string } & Record<string, unknown>, timeoutMs: number, urgent = false): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const id = this.nextId++;
      (urgent ? this.urgent : this.later).push({ line: requestLine({ id, ...req }), timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private startProcess(): Started {
    const script = this.work.file('ps1');
    writeFileSync(script, HELPER_PS1);
    // Long-lived: the registry kills it on quit; each request has its own timeout.
    const p = start('powershell', helperArgs(script), { timeoutMs: 2 ** 31 - 1 });
    p.child.stdout!.setEncoding('utf8');
    p.child.stdout!.on('data', (d: string) => this.onData(d));
    void p.exited.then((r) => {
      if (this.proc !== p) return;
      this.proc = null;
      const why = r.error ? r.error.message : stderrLine(r.stderr) || `exit ${r.code ?? r.signal}`;
      this.failAll(new SpeechError(`Windows 语音（PowerShell）意外退出：${why}；${HINT}`));
    });
    return p;
  }

  private pump(): void {
    if (this.inFlight) return;
    const next = this.urgent.shift() ?? this.later.shift();
    if (!next) {
      this.idle(true);
      return;
    }
    this.proc ??= this.startProcess();
    this.idle(false);
    const id = JSON.parse(next.line).id as number;
    const timer = setTimeout(() => {
      // A helper that does not answer is ended; the next request starts a new one.
      const p = this.proc;
      this.proc = null;
      p?.child.kill('SIGKILL');
      this.inFlight = null;
      next.reject(new SpeechError(`Windows 语音（PowerShell）没有在 ${Math.round(next.timeoutMs / 1000)} 秒内回答；${HINT}`));
      this.pump();
    }, next.timeoutMs);
    this.inFlight = { ...next, id, timer };
    this.proc.child.stdin!.write(next.line);
  }

  /** While nothing is asked, the helper does not keep langdu running (it is killed on exit). */
  private idle(yes: boolean): void {
    const c = this.proc?.child;
    if (!c) return;
    for (const h of [c, c.stdin, c.stdout, c.stderr] as ({ ref?(): void; unref?(): void } | null)[]) {
      if (yes) h?.unref?.();
      else h?.ref?.();
    }
  }

  private onData(d: string): void {
    this.buffer += d;
    for (let nl = this.buffer.indexOf('\n'); nl >= 0; nl = this.buffer.indexOf('\n')) {
      const line = this.buffer.slice(0, nl).trim();
      this.buffer = this.buffer.slice(nl + 1);
      let reply: Reply;
      try {
        reply = JSON.parse(line) as Reply;
      } catch {
        continue; // not ours (a stray line from a module)
      }
      const w = this.inFlight;
      if (!w || (reply.id !== null && reply.id !== w.id)) continue;
      clearTimeout(w.timer);
      this.inFlight = null;
      w.resolve(reply);
      this.pump();
    }
  }

  private failAll(e: Error): void {
    const all = [...(this.inFlight ? [this.inFlight] : []), ...this.urgent.splice(0), ...this.later.splice(0)];
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = null;
    for (const w of all) w.reject(e);
  }
}

export class SapiEngine implements Engine {
  readonly id = 'sapi';
  readonly label = 'Windows SAPI';
  readonly defaultRate = RATE_RANGE.default;
  private readonly work = new WorkFolder('langdu-sapi-');
  private readonly helper = new PowerShellHelper(this.work);
  private voiceList: Promise<{ voices: Voice[]; kinds: Map<string, string>; error?: string }> | null = null;

  /** `custom`: a player given with --player (reads WAV on stdin); otherwise the helper plays. */
  constructor(private readonly custom: Player | null = null) {}

  async probe(): Promise<Availability> {
    if (!(await onPath('powershell'))) return { ok: false, detail: 'PowerShell is missing (Windows has it)' };
    const { voices, error } = await this.survey();
    if (error) return { ok: false, detail: error };
    return voices.length
      ? { ok: true, detail: `${voices.length} Chinese voices (SAPI5 and OneCore); ${voices[0]!.id} first` }
      : { ok: false, detail: 'no Chinese voice: add the Chinese speech pack in Settings › Time & language › Speech' };
  }

  async voices(): Promise<Voice[]> {
    return (await this.survey()).voices;
  }

  /** Asked once a session: the helper lists SAPI5 voices, then OneCore ones; a name seen twice is kept once. */
  private survey(): Promise<{ voices: Voice[]; kinds: Map<string, string>; error?: string }> {
    this.voiceList ??= this.helper.request({ op: 'voices' }, VOICES_MS).then(
      (r) => {
        const kinds = new Map<string, string>();
        const voices: Voice[] = [];
        if (!r.ok) return { voices, kinds, error: `the PowerShell helper could not list voices: ${r.error}` };
        for (const v of r.voices ?? []) {
          if (!/^zh(-|$)/i.test(v.lang) || kinds.has(v.name)) continue;
          kinds.set(v.name, v.kind);
          const own = v.name.replace(/^Microsoft /, '').replace(/ Desktop$/, '');
          voices.push({ id: v.name, name: chineseVoiceName(v.lang, own), lang: v.lang, script: v.lang === 'zh-CN' ? 'simplified' : 'traditional' });
        }
        return { voices: voices.sort(mainlandFirst), kinds };
      },
      (e: Error) => ({ voices: [], kinds: new Map<string, string>(), error: e.message }),
    );
    return this.voiceList;
  }

  /** Synthesize into `file` through the helper; rejects with one line in Chinese. */
  private async render(text: string, opts: SpeakOptions, file: string): Promise<void> {
    const { kinds, voices } = await this.survey();
    const voice = opts.voice ?? voices[0]?.id;
    // A turn of the event loop first: the play that the queue asks for right after this prefetch then
    // reaches the helper ahead of it, instead of waiting for the synthesis to finish.
    await new Promise((resolve) => setImmediate(resolve));
    const r = await this.helper.request(
      { op: 'synth', text, file, ...(voice ? { voice, kind: kinds.get(voice) ?? 'sapi' } : {}), ...sapiRates(opts.rate ?? this.defaultRate) },
      speechTimeoutMs(text),
    );
    if (!r.ok) throw new SpeechError(`Windows 语音合成失败：${r.error ?? '没有说明'}；${HINT}`);
    if (!existsSync(file) || statSync(file).size <= 44) throw new SpeechError(`Windows 语音没有写出声音（${file}）；${HINT}`);
    try {
      readWavLayout(file);
    } catch (e) {
      throw new SpeechError(`Windows 语音写出的不是可用的 WAV（${(e as Error).message}）；${HINT}`);
    }
  }

  /** Play a WAV file: through --player, or by the helper (which returns at once; the length is waited out). */
  private async play(file: string, signal: AbortSignal, started?: () => void): Promise<void> {
    if (signal.aborted) return;
    started?.();
    if (this.custom) return playWav(this.custom, file, signal);
    const ms = wavMs(file);
    const r = await this.helper.request({ op: 'play', file }, PLAY_MS, true);
    if (!r.ok) throw new SpeechError(`Windows 无法播放声音：${r.error ?? '没有说明'}；可用 --player CMD 换一个播放程序，或用 langdu export 写成音频文件`, true);
    await new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        signal.removeEventListener('abort', stop);
        resolve();
      }
      const stop = () => {
        void this.helper.request({ op: 'stop' }, PLAY_MS, true).catch(() => {});
        done();
      };
      signal.addEventListener('abort', stop, { once: true });
    });
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    // Synthesis is asked for now, so the sentence is ready when the one before it has played. The
    // helper cannot be interrupted mid-synthesis: a dropped one finishes and its file is removed.
    return fileSpeech(
      this.work,
      (file) => this.render(text, opts, file),
      (file, signal, started) => this.play(file, signal, started),
    );
  }

  /** Pauses and earcons: the samples as a WAV file, played the same way. */
  prepareAudio(pcm: Buffer): Prepared {
    return wavClip(this.work, pcm, (file, signal, started) => this.play(file, signal, started));
  }

  async synthesize(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw new SpeechError('stopped');
    await this.render(text, opts, file);
    if (signal?.aborted) throw new SpeechError('stopped');
  }
}
