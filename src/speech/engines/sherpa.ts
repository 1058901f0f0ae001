// sherpa-onnx: natural Mandarin from a neural voice the user installed (see sherpa-models.ts), through
// the optional package sherpa-onnx-node, in a child process (sherpa-host.ts). Nothing of it loads at
// start-up: without a voice folder the probe only looks at the folder; the package is loaded by the
// child, never by langdu. The voice is given langdu's reading, syllable by syllable, through a lexicon
// of our own before the model's (sherpa-lexicon.ts), so numbers, symbols and polyphones are ours.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readStateFile, writeAtomic } from '../../state-file.js';
import type { Player } from '../player.js';
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
import { wavOf } from '../wav.js';
import { probeCacheFile } from './espeak-cache.js';
import { OUT_RATE, SherpaHost, sherpaPackage } from './sherpa-host.js';
import { inputSyllable, LEXICON_VERSION, lexiconText, parseKept, type SyllableLexicon, syllableLexicon } from './sherpa-lexicon.js';
import { type FoundModel, findModels, type SherpaModel, voicesDir } from './sherpa-models.js';
import { playWavBytes } from './wav-out.js';

/** Speed 1 is taken to be 260 字/分钟: not calibrated, no real voice could be measured here. */
export function sherpaSpeed(charsPerMinute: number): number {
  return Math.max(0.3, Math.min(3, charsPerMinute / RATE_RANGE.default));
}

/** `NAME` is a voice's first speaker, `NAME:k` its speaker k. */
function parseVoice(id: string | undefined, models: SherpaModel[]): { model: SherpaModel; sid: number } | null {
  if (!id) return models[0] ? { model: models[0], sid: 0 } : null;
  const m = /^(.*?)(?::(\d+))?$/.exec(id)!;
  const model = models.find((x) => x.name === m[1]);
  const sid = Number(m[2] ?? 0);
  return model && sid < model.speakers ? { model, sid } : null;
}

/**
 * The input for the voice: our reading (`yin2 hang2`) with ü as v, or Han text if no reading was made.
 * A Latin word our lexicon does not hold (an English word the reading keeps: chat, harmony) is left
 * out: sherpa-onnx would skip it, and an utterance of nothing else makes it throw.
 */
export function sherpaInput(text: string, known: ReadonlyMap<string, unknown>): string {
  return inputSyllable(text)
    .split(/\s+/)
    .filter((w) => !/^[a-z]+[0-9]?$/i.test(w) || known.has(w.toLowerCase()))
    .join(' ');
}

const isFile = (f: string) => {
  try {
    return statSync(f).isFile();
  } catch {
    return false;
  }
};

/** A kept lexicon's name: the version and the identity of the model's tokens.txt and lexicon.txt. */
function lexiconKey(model: SherpaModel): string | null {
  try {
    const id = [model.tokens, model.lexicon].map((f) => {
      const s = statSync(f);
      return [f, s.dev, s.ino, s.size, s.mtimeMs, s.ctimeMs];
    });
    return `lexicon-${createHash('sha256')
      .update(JSON.stringify([LEXICON_VERSION, id]))
      .digest('hex')
      .slice(0, 32)}`;
  } catch {
    return null;
  }
}

export class SherpaEngine implements Engine {
  readonly id = 'sherpa-onnx';
  readonly label = 'sherpa-onnx';
  readonly defaultRate = RATE_RANGE.default;
  private host: { name: string; host: SherpaHost } | null = null;
  private lexicons = new Map<string, Promise<{ file: string; lexicon: SyllableLexicon }>>();
  private work: Promise<string> | null = null;
  /** Where our lexicons are kept between runs ($XDG_CACHE_HOME/langdu/sherpa-onnx). */
  private readonly cache = join(dirname(probeCacheFile()), 'sherpa-onnx');

  /** `pkg`: where sherpa-onnx-node is (a test gives a broken copy). */
  constructor(
    private readonly player: () => Promise<Player | null>,
    readonly dir = voicesDir(),
    private readonly pkg: () => { main: string; version: string } | null = sherpaPackage,
  ) {}

  private foundList: FoundModel[] | null = null;
  /** The voice folders, looked at once (not for every sentence). */
  private found = () => (this.foundList ??= findModels(this.dir));
  private models = () => this.found().flatMap((f) => (f.ok ? [f.model] : []));

  async probe(): Promise<Availability> {
    const found = this.found();
    const usable = found.filter((f) => f.ok).length;
    if (found.length === 0) return { ok: false, detail: `no voice installed in ${this.dir} (see the README: a natural voice on Linux)` };
    if (usable === 0) return { ok: false, detail: `no usable voice in ${this.dir} (each is listed below with why)` };
    const pkg = this.pkg();
    if (!pkg) return { ok: false, detail: 'the package sherpa-onnx-node is not installed (npm install -g sherpa-onnx-node, beside langdu)' };
    // Loaded in a child, to learn that it loads here (a prebuilt for this system), then the child ends.
    const check = new SherpaHost(pkg.main, null);
    try {
      await check.start();
    } catch (e) {
      return { ok: false, detail: `sherpa-onnx-node ${pkg.version} does not load here: ${(e as Error).message}` };
    } finally {
      check.kill();
    }
    return { ok: true, detail: `sherpa-onnx-node ${pkg.version}; ${usable} voice${usable > 1 ? 's' : ''} in ${this.dir}` };
  }

  async voices(): Promise<Voice[]> {
    return this.models().flatMap((m) =>
      Array.from({ length: m.speakers }, (_, k): Voice => {
        const own = m.speakers > 1 ? `${m.name} 说话人 ${k}` : m.name;
        return { id: k === 0 ? m.name : `${m.name}:${k}`, name: chineseVoiceName('zh-CN', own), lang: 'zh-CN', script: 'simplified' };
      }),
    );
  }

  /** Each voice with what it is, and each folder that is not a usable voice with why. */
  async leftOut(): Promise<{ id: string; why: string }[]> {
    return this.found().flatMap((f) => (f.ok ? [] : [{ id: f.name, why: `not usable: ${f.why}` }]));
  }

  /** What `langdu voices` says of each voice: language, speakers, sample rate. */
  installed(): string[] {
    return this.models().map((m) => `${m.name}: ${m.language}, ${m.speakers} speaker${m.speakers > 1 ? 's' : ''}, ${m.sampleRate} Hz`);
  }

  /** It is given the reading, as espeak-ng's cmn-latn-pinyin is. */
  readsPinyin(): boolean {
    return true;
  }

  /**
   * Our lexicon for a model. Making it reads the model's lexicon through pinyin-pro (about a second for
   * a lexicon of 100 000 words on a loaded machine), so it is kept in the cache folder, under the
   * identity of the model's tokens.txt and lexicon.txt; where it cannot be kept it goes to a temporary folder.
   */
  lexiconFor(model: SherpaModel): Promise<{ file: string; lexicon: SyllableLexicon }> {
    let made = this.lexicons.get(model.dir);
    if (!made) {
      made = (async () => {
        const key = lexiconKey(model);
        const kept = key ? join(this.cache, key) : null;
        if (kept) {
          const json = readStateFile(`${kept}.json`, 1024 * 1024);
          const entries = json.kind === 'text' ? parseKept(json.text) : null;
          if (entries && isFile(`${kept}.txt`)) return { file: `${kept}.txt`, lexicon: { entries, missing: [] } };
        }
        const pp = await import('pinyin-pro');
        const readingsOf = (c: string) => pp.pinyin(c, { multiple: true, type: 'array', toneType: 'num' });
        const modelLexicon = readFileSync(model.lexicon, 'utf8');
        const lexicon = syllableLexicon(readFileSync(model.tokens, 'utf8'), modelLexicon, readingsOf);
        const text = lexiconText(lexicon, modelLexicon);
        if (kept) {
          try {
            mkdirSync(this.cache, { recursive: true, mode: 0o700 });
            writeAtomic(`${kept}.txt`, text);
            writeAtomic(`${kept}.json`, JSON.stringify({ v: LEXICON_VERSION, entries: Object.fromEntries(lexicon.entries) }));
            return { file: `${kept}.txt`, lexicon };
          } catch {
            // not kept: a temporary file below
          }
        }
        this.work ??= mkdtemp(join(tmpdir(), 'langdu-sherpa-')).then((dir) => {
          process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
          return dir;
        });
        const file = join(await this.work, `${this.lexicons.size}-lexicon.txt`);
        writeAtomic(file, text);
        return { file, lexicon };
      })();
      this.lexicons.set(model.dir, made);
    }
    return made;
  }

  /** The child for this model (one voice is held at a time). */
  private async hostFor(model: SherpaModel): Promise<SherpaHost> {
    if (this.host?.name === model.dir) return this.host.host;
    const pkg = this.pkg();
    if (!pkg) throw new SpeechError('the package sherpa-onnx-node is not installed; npm install -g sherpa-onnx-node, or use --engine espeak-ng', true);
    const { file } = await this.lexiconFor(model);
    if (this.host?.name === model.dir) return this.host.host;
    this.host?.host.kill();
    const host = new SherpaHost(pkg.main, { model: model.model, tokens: model.tokens, lexicon: file });
    this.host = { name: model.dir, host };
    return host;
  }

  /** Speech for `text` as PCM (16-bit mono, 22050 Hz). */
  private async pcm(text: string, opts: SpeakOptions, signal: AbortSignal): Promise<Buffer> {
    const voice = parseVoice(opts.voice, this.models());
    if (!voice) throw new SpeechError(`sherpa-onnx has no voice "${opts.voice ?? ''}"; run langdu voices to list them`, true);
    const host = await this.hostFor(voice.model);
    const input = sherpaInput(text, (await this.lexiconFor(voice.model)).lexicon.entries);
    // Text with nothing to say (only marks) makes sherpa-onnx throw: it is silence.
    if (!/[\p{L}\p{N}]/u.test(input)) return Buffer.alloc(0);
    if (signal.aborted) throw new SpeechError('stopped');
    return host.say(input, voice.sid, sherpaSpeed(opts.rate ?? this.defaultRate), signal, speechTimeoutMs(text));
  }

  warm(opts: SpeakOptions): void {
    const voice = parseVoice(opts.voice, this.models());
    if (voice)
      void this.hostFor(voice.model)
        .then((h) => h.start())
        .catch(() => {});
  }

  prepare(text: string, opts: SpeakOptions): Prepared {
    const synthAbort = new AbortController();
    const made = this.pcm(text, opts, synthAbort.signal);
    made.catch(() => {});
    return {
      cancel: () => synthAbort.abort(),
      play: async (signal, started) => {
        const onAbort = () => synthAbort.abort();
        signal.addEventListener('abort', onAbort, { once: true });
        try {
          if (signal.aborted) return synthAbort.abort();
          const pcm = await made.catch((e: unknown) => (signal.aborted ? null : Promise.reject(e)));
          if (!pcm || signal.aborted) return;
          await this.playPcm(pcm, signal, started);
        } finally {
          signal.removeEventListener('abort', onAbort);
        }
      },
    };
  }

  private async playPcm(pcm: Buffer, signal: AbortSignal, started?: () => void): Promise<void> {
    const player = await this.player();
    if (signal.aborted) return;
    if (!player) throw new SpeechError('没有找到播放程序；可用 --player CMD 指定一个，或用 langdu export 写成音频文件', true);
    started?.();
    if (pcm.length === 0) return;
    await playWavBytes(player, wavOf(pcm), (pcm.length / 2 / OUT_RATE) * 1000, signal);
  }

  prepareAudio(pcm: Buffer): Prepared {
    return { cancel: () => {}, play: (signal, started) => this.playPcm(pcm, signal, started) };
  }

  async synthesize(text: string, opts: SpeakOptions, file: string, signal?: AbortSignal): Promise<void> {
    const pcm = await this.pcm(text, opts, signal ?? new AbortController().signal);
    if (signal?.aborted) throw new SpeechError('stopped');
    writeFileSync(file, wavOf(pcm));
  }
}
