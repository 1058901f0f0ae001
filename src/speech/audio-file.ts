// One export file being written, WAV or MP3: the synthesized pieces (WAV files) and the pauses and
// earcons between them go in one after another, and where each chapter (part, section, the head) starts
// is counted in samples as they go in. Into a file, the header (WAV) or the ID3 tag (MP3) is written
// first at its final size and written again with the real length and times at the end, so nothing is
// copied twice and memory stays small whatever the length. A stream (standard output) cannot be
// written twice: it is given the plan (length and chapter starts, counted from the pieces already
// synthesized) and gets the final header first.
import { once } from 'node:events';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import { type Cue, cuePcm } from './earcons.js';
import { type Chapter, type Id3Tags, id3Tag } from './id3.js';
import { type Mp3Encoding, mp3Encoder } from './mp3.js';
import { readWavLayout, type WavFormat, wavHeader } from './wav.js';

export type AudioFormat = 'wav' | 'mp3';

/** What goes into the audio, in order: a synthesized piece, a pause (with its earcon), a chapter's start. */
export type AudioItem = { wav: string } | { cue: Cue } | { chapter: true };

/** The length and the chapter starts, in samples, known before anything is written. */
export interface AudioPlan {
  fmt: WavFormat;
  samples: number;
  starts: number[];
}

export interface AudioFileOptions {
  format: AudioFormat;
  /** MP3 only: the tags, and every chapter's title in order. */
  tags?: Omit<Id3Tags, 'chapters'>;
  chapters?: string[];
  /** Needed for a stream; a file counts as it goes. */
  plan?: AudioPlan;
  /** Checked between blocks of samples: a stop ends the writing at once. */
  signal?: AbortSignal;
}

/** Where the bytes go: a file, whose start can be written again at the end, or a stream, which cannot. */
export interface AudioSink {
  write(buf: Buffer): void | Promise<void>;
  rewriteStart?(buf: Buffer): void;
  close(): void;
}

export function fileSink(path: string): AudioSink {
  let fd = openSync(path, 'w');
  return {
    write(buf) {
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    },
    rewriteStart: (buf) => void writeSync(fd, buf, 0, buf.length, 0),
    close() {
      if (fd >= 0) closeSync(fd);
      fd = -1;
    },
  };
}

/** A stream such as standard output, minding back-pressure; a stop ends a wait for it. */
export function streamSink(stream: NodeJS.WritableStream, signal?: AbortSignal): AudioSink {
  return {
    async write(buf) {
      if (!stream.write(buf)) await once(stream, 'drain', signal ? { signal } : {});
    },
    close() {},
  };
}

const BLOCK_BYTES = 1 << 17; // 64 k samples of 16-bit mono: ~3 s at 22050 Hz
const frameBytes = (fmt: WavFormat) => fmt.channels * (fmt.bitsPerSample / 8);

/** The plan of items whose pieces are all synthesized: null when there is no audio among them. */
export function planOf(items: AudioItem[]): AudioPlan | null {
  const first = items.find((i): i is { wav: string } => 'wav' in i);
  if (!first) return null;
  const fmt = readWavLayout(first.wav).fmt;
  let samples = 0;
  const starts: number[] = [];
  for (const item of items) {
    if ('chapter' in item) starts.push(samples);
    else if ('cue' in item) samples += cuePcm(item.cue, true, fmt).length / frameBytes(fmt);
    else samples += Math.floor(readWavLayout(item.wav).dataBytes / frameBytes(fmt));
  }
  return { fmt, samples, starts };
}

export class AudioFile {
  private fmt: WavFormat | null = null;
  private encoder: Mp3Encoding | null = null;
  /** Cues and chapter starts that came before the first piece, whose format they need. */
  private waiting: AudioItem[] = [];
  private samples = 0;
  private readonly starts: number[] = [];
  private prefixBytes = 0;

  private constructor(
    private readonly sink: AudioSink,
    private readonly opts: AudioFileOptions,
  ) {}

  static async open(sink: AudioSink, opts: AudioFileOptions): Promise<AudioFile> {
    const file = new AudioFile(sink, opts);
    if (opts.plan) await file.begin(opts.plan.fmt);
    // Room for the header or tag, the same size as the final one (its size depends on the texts alone).
    const prefix = file.prefix();
    file.prefixBytes = prefix.length;
    await sink.write(prefix);
    return file;
  }

  async put(item: AudioItem): Promise<void> {
    if (!this.fmt && !('wav' in item)) this.waiting.push(item);
    else if ('chapter' in item) this.starts.push(this.samples);
    else if ('cue' in item) await this.pcm(cuePcm(item.cue, true, this.fmt!));
    else await this.add(item.wav);
  }

  /** Samples in so far (a book's sentence starts), and their rate (0 before the first piece). */
  get position(): number {
    return this.samples;
  }
  get sampleRate(): number {
    return this.fmt?.sampleRate ?? 0;
  }

  /** Whether any audio went in (a file with none is not written). */
  get empty(): boolean {
    return this.fmt === null;
  }

  /** The last frames, then (into a file) the header or tag again with the real length and times. */
  async finish(): Promise<{ seconds: number }> {
    const fmt = this.fmt;
    if (this.encoder) await this.sink.write(this.encoder.flush());
    const plan = this.opts.plan;
    if (plan && (this.samples !== plan.samples || this.starts.join() !== plan.starts.join()))
      throw new Error('the audio came out longer or shorter than planned');
    if (this.sink.rewriteStart) {
      const prefix = this.prefix();
      if (prefix.length !== this.prefixBytes) throw new Error('the header changed size');
      this.sink.rewriteStart(prefix);
    }
    this.close();
    return { seconds: fmt ? this.samples / fmt.sampleRate : 0 };
  }

  /** Close without finishing (after a stop or an error); the caller removes the file. */
  close(): void {
    this.sink.close();
  }

  /** The chapters (planned, or so far), each ending where the next begins (the last at the end). */
  chapters(): Chapter[] {
    const rate = this.fmt?.sampleRate ?? 1;
    const starts = this.opts.plan?.starts ?? this.starts;
    const total = this.opts.plan?.samples ?? this.samples;
    return (this.opts.chapters ?? []).map((title, k) => {
      const start = starts[k] ?? total;
      const end = starts[k + 1] ?? total;
      return { title, startMs: (start * 1000) / rate, endMs: (end * 1000) / rate };
    });
  }

  /** A synthesized piece: its samples, which must be in the first piece's format. */
  private async add(wav: string): Promise<void> {
    const layout = readWavLayout(wav);
    if (!this.fmt) await this.begin(layout.fmt);
    const fmt = this.fmt!;
    if (layout.fmt.sampleRate !== fmt.sampleRate || layout.fmt.channels !== fmt.channels || layout.fmt.bitsPerSample !== fmt.bitsPerSample) {
      throw new Error(`${wav} has a different audio format; cannot join`);
    }
    const src = openSync(wav, 'r');
    try {
      const frame = frameBytes(fmt);
      const buf = Buffer.alloc(BLOCK_BYTES - (BLOCK_BYTES % frame));
      const whole = layout.dataBytes - (layout.dataBytes % frame);
      for (let done = 0; done < whole; ) {
        const n = readSync(src, buf, 0, Math.min(buf.length, whole - done), layout.dataOffset + done);
        if (n <= 0) break;
        await this.pcm(buf.subarray(0, n - (n % frame)));
        done += n;
        // Encoding takes a while: let a stop signal in between blocks.
        if (this.encoder) await tick();
        if (this.opts.signal?.aborted) throw new Error('stopped');
      }
    } finally {
      closeSync(src);
    }
  }

  private prefix(): Buffer {
    if (this.opts.format === 'wav') {
      const fmt = this.fmt ?? { channels: 1, sampleRate: 22050, bitsPerSample: 16 };
      return wavHeader(fmt, (this.opts.plan?.samples ?? this.samples) * frameBytes(fmt));
    }
    return id3Tag({ ...this.opts.tags, chapters: this.chapters() });
  }

  private async begin(fmt: WavFormat): Promise<void> {
    if (this.opts.format === 'mp3') this.encoder = await mp3Encoder(fmt);
    this.fmt = fmt;
    for (const item of this.waiting.splice(0)) await this.put(item);
  }

  private async pcm(pcm: Buffer): Promise<void> {
    this.samples += pcm.length / frameBytes(this.fmt!);
    await this.sink.write(this.encoder ? this.encoder.encode(pcm) : pcm);
  }
}
