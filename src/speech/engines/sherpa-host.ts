// sherpa-onnx runs in a child process of its own, never in langdu's: its synthesis is synchronous
// native code (a worker would still finish the sentence before a stop), and a bad voice can end the
// process that loaded it (exit 255). A stop while the child synthesizes kills it (SIGKILL, at once);
// what was still wanted is sent again to a new one. The child's code is a string run with `node -e`,
// so it is the same from the sources and from the bundle, and needs no file of its own.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { type Started, start } from '../proc.js';
import { SpeechError } from '../types.js';

/** Output: 16-bit mono at 22050 Hz, the format of the pauses and earcons, so all joins unchanged. */
export const OUT_RATE = 22050;

// Messages are handled one at a time with a turn of the event loop between, so a `drop` that arrives
// while a sentence is made takes the queued ones out before their turn.
const CHILD = String.raw`
let sherpa = null, tts = null;
const queue = [];
let busy = false;
const send = (m) => { try { process.send(m); } catch {} };
function next() {
  if (busy || queue.length === 0) return;
  busy = true;
  const m = queue.shift();
  setImmediate(() => {
    try {
      const a = tts.generate({ text: m.text, generationConfig: new sherpa.GenerationConfig({ sid: m.sid, speed: m.speed, silenceScale: 1 }) });
      const from = a.samples, rate = a.sampleRate, out = ${OUT_RATE};
      const n = rate === out ? from.length : Math.floor((from.length * out) / rate);
      const pcm = Buffer.alloc(n * 2);
      for (let k = 0; k < n; k++) {
        let v;
        if (rate === out) v = from[k];
        else { const x = (k * rate) / out, i = Math.floor(x), f = x - i; v = from[i] * (1 - f) + (i + 1 < from.length ? from[i + 1] : from[i]) * f; }
        pcm.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), k * 2);
      }
      send({ type: 'audio', id: m.id, pcm });
    } catch (e) {
      send({ type: 'error', id: m.id, message: String((e && e.message) || e) });
    }
    busy = false;
    next();
  });
}
process.on('message', (m) => {
  try {
    if (m.type === 'init') { sherpa = require(m.pkg); send({ type: 'ready' }); }
    else if (m.type === 'load') { tts = new sherpa.OfflineTts(m.config); send({ type: 'loaded', sampleRate: tts.sampleRate, speakers: tts.numSpeakers }); }
    else if (m.type === 'say') { queue.push(m); next(); }
    else if (m.type === 'drop') { const k = queue.findIndex((q) => q.id === m.id); if (k >= 0) queue.splice(k, 1); }
  } catch (e) {
    send({ type: 'error', id: m.id, message: String((e && e.message) || e).split('\n')[0] });
  }
});
process.on('disconnect', () => process.exit(0));
`;

/** Where sherpa-onnx-node is installed, or null (it is an optional dependency). Nothing is loaded. */
export function sherpaPackage(): { main: string; version: string } | null {
  try {
    const req = createRequire(import.meta.url);
    const main = req.resolve('sherpa-onnx-node');
    const version = (req(`${dirname(main)}/package.json`) as { version?: string }).version ?? '?';
    return { main, version: String(version).slice(0, 20) };
  } catch {
    return null;
  }
}

interface Request {
  id: number;
  text: string;
  sid: number;
  speed: number;
  resolve(pcm: Buffer): void;
  reject(e: Error): void;
  sent: boolean;
}

type Reply = { type: 'ready' } | { type: 'loaded' } | { type: 'audio'; id: number; pcm: Uint8Array } | { type: 'error'; id?: number; message: string };

/** One line of at most 200 characters: what onnxruntime throws can be a whole dump. */
const brief = (message: string) => (message.split('\n')[0] ?? '').slice(0, 200);

/** The first line of what the child said on stderr (sherpa-onnx's own message when it exits). */
const lastWords = (stderr: string) =>
  stderr
    .trim()
    .split('\n')
    .filter((l) => !/OOV|Duplicated word/.test(l))
    .pop()
    ?.replace(/^\s*what\(\):\s*/, '')
    .slice(0, 200) ?? '';

const HINT = 'try another voice (langdu voices), or --engine espeak-ng';

export interface HostConfig {
  model: string;
  tokens: string;
  lexicon: string;
}

/** One child holding one voice; `say` resolves with the PCM, or rejects with a one-line reason. */
export class SherpaHost {
  private proc: Started | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Request>();
  private n = 0;
  private starting = false;

  constructor(
    private readonly pkg: string,
    private readonly config: HostConfig | null,
  ) {}

  /** Start the child (and load the voice, if one was given); rejects with why it could not. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    const p = start(process.execPath, ['-e', CHILD], { timeoutMs: 2 ** 31 - 1, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    this.proc = p;
    const ready = new Promise<void>((resolve, reject) => {
      let phase: 'init' | 'load' | 'ok' = 'init';
      p.child.on('message', (m: Reply) => {
        if (m.type === 'ready') {
          if (!this.config) {
            phase = 'ok';
            return resolve();
          }
          phase = 'load';
          p.child.send({ type: 'load', config: { model: { vits: this.config, numThreads: 1, provider: 'cpu', debug: false }, maxNumSentences: 1 } });
        } else if (m.type === 'loaded') {
          phase = 'ok';
          resolve();
          for (const r of this.pending.values()) this.send(r);
        } else if (m.type === 'error' && m.id === undefined) {
          // The package or the voice did not load: what waits gets the reason, and the child goes.
          const e = new SpeechError(`sherpa-onnx could not ${phase === 'init' ? 'load' : 'load the voice'}: ${brief(m.message)}; ${HINT}`);
          reject(e);
          this.fail(p, e);
        } else if (m.type === 'audio' || m.type === 'error') {
          const r = this.pending.get(m.id!);
          if (!r) return;
          this.pending.delete(r.id);
          this.hold();
          if (m.type === 'audio') r.resolve(Buffer.from(m.pcm.buffer, m.pcm.byteOffset, m.pcm.byteLength));
          else r.reject(new SpeechError(`sherpa-onnx failed: ${brief(m.message)}`));
        }
      });
      void p.exited.then((r) => {
        if (this.proc !== p) return;
        const why = r.error?.message ?? (lastWords(r.stderr) || `exit ${r.code ?? r.signal}`);
        const e = new SpeechError(`sherpa-onnx stopped (${why}); ${HINT}`);
        reject(e);
        this.fail(p, e);
      });
      p.child.send({ type: 'init', pkg: this.pkg });
    });
    this.ready = ready;
    this.starting = true;
    this.hold();
    const settled = () => {
      this.starting = false;
      this.hold();
    };
    ready.then(settled, settled);
    return ready;
  }

  /** Speech for `text` (PCM, 16-bit mono, 22050 Hz). Aborting drops it; if it is being made, the child is killed. */
  say(text: string, sid: number, speed: number, signal: AbortSignal, timeoutMs: number): Promise<Buffer> {
    if (signal.aborted) return Promise.reject(new SpeechError('stopped'));
    return new Promise<Buffer>((resolve, reject) => {
      const id = ++this.n;
      const timer = setTimeout(() => {
        this.kill();
        reject(new SpeechError('sherpa-onnx took too long; try a shorter text or another voice'));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      const r: Request = { id, text, sid, speed, sent: false, resolve: (b) => (done(), resolve(b)), reject: (e) => (done(), reject(e)) };
      const onAbort = () => {
        const first = this.pending.keys().next().value === id;
        this.pending.delete(id);
        r.reject(new SpeechError('stopped'));
        if (!r.sent) return;
        // The oldest request is the one the child works on now: only killing it stops that.
        if (first) this.restart();
        else this.proc?.child.send({ type: 'drop', id });
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, r);
      this.hold();
      this.start().then(
        () => this.send(r),
        (e: Error) => r.reject(e),
      );
    });
  }

  private send(r: Request): void {
    if (r.sent || !this.pending.has(r.id) || !this.proc) return;
    r.sent = true;
    this.proc.child.send({ type: 'say', id: r.id, text: r.text, sid: r.sid, speed: r.speed });
  }

  /** Kill the child; what is still wanted goes to a new one. */
  private restart(): void {
    const left = [...this.pending.values()];
    const old = this.proc;
    this.proc = null;
    this.ready = null;
    old?.kill();
    if (left.length === 0) return;
    for (const r of left) r.sent = false;
    this.start().catch((e: Error) => {
      for (const r of left) r.reject(e);
    });
  }

  /** The child `p` is of no more use: every request waiting gets `e`, and it is killed. */
  private fail(p: Started, e: Error): void {
    p.kill();
    if (this.proc !== p) return;
    this.proc = null;
    this.ready = null;
    for (const r of this.pending.values()) r.reject(e);
    this.pending.clear();
  }

  kill(): void {
    const old = this.proc;
    this.proc = null;
    this.ready = null;
    old?.kill();
    const e = new SpeechError('sherpa-onnx was stopped');
    for (const r of this.pending.values()) r.reject(e);
    this.pending.clear();
  }

  /** The child keeps langdu running only while something waits for it. */
  private hold(): void {
    const c = this.proc?.child;
    if (!c) return;
    const busy = this.pending.size > 0 || this.starting;
    for (const h of [c, c.channel, c.stderr] as ({ ref?(): void; unref?(): void } | null | undefined)[]) {
      if (busy) h?.ref?.();
      else h?.unref?.();
    }
  }
}
