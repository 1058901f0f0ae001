// One export file being written, WAV or MP3: the synthesized pieces (WAV files) and the pauses and
// earcons between them go in one after another, and where each chapter (part, section, the head) starts
// is counted in samples as they go in. The header (WAV) or the ID3 tag (MP3) is written first with its
// final size, and written again with the real lengths and times at the end, so nothing is copied twice
// and memory stays small whatever the length.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { setImmediate as tick } from 'node:timers/promises';
import { type Cue, cuePcm } from './earcons.js';
import { type Chapter, type Id3Tags, id3Tag } from './id3.js';
import { type Mp3Encoding, mp3Encoder } from './mp3.js';
import { readWavLayout, type WavFormat, wavHeader } from './wav.js';

export const AUDIO_FORMATS = ['wav', 'mp3'] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

export interface AudioFileOptions {
  format: AudioFormat;
  /** MP3 only: the tags, and every chapter's title in order (their times are counted as they come). */
  tags?: Omit<Id3Tags, 'chapters'>;
  chapters?: string[];
  /** Checked between blocks of samples: a stop ends the writing at once. */
  signal?: AbortSignal;
}

const BLOCK_BYTES = 1 << 17; // 64 k samples of 16-bit mono: ~3 s at 22050 Hz

export class AudioFile {
  private fd: number;
  private fmt: WavFormat | null = null;
  private encoder: Mp3Encoding | null = null;
  /** Cues and chapter starts that came before the first piece, whose format they need. */
  private waiting: (Cue | { chapter: true })[] = [];
  private samples = 0;
  private bytes = 0;
  private readonly starts: number[] = [];
  private readonly prefixBytes: number;

  constructor(
    readonly path: string,
    private readonly opts: AudioFileOptions,
  ) {
    this.fd = openSync(path, 'w');
    // Room for the header or tag, the same size as the final one.
    const prefix = this.prefix();
    this.prefixBytes = prefix.length;
    this.write(prefix);
    this.bytes = 0;
  }

  /** Where the next chapter starts: here. */
  chapter(): void {
    if (this.fmt) this.starts.push(this.samples);
    else this.waiting.push({ chapter: true });
  }

  cue(cue: Cue): void {
    if (this.fmt) this.pcm(cuePcm(cue, true, this.fmt));
    else this.waiting.push(cue);
  }

  /** A synthesized piece: its samples, which must be in the first piece's format. */
  async add(wav: string): Promise<void> {
    const layout = readWavLayout(wav);
    if (!this.fmt) await this.begin(layout.fmt);
    const fmt = this.fmt!;
    if (layout.fmt.sampleRate !== fmt.sampleRate || layout.fmt.channels !== fmt.channels || layout.fmt.bitsPerSample !== fmt.bitsPerSample) {
      throw new Error(`${wav} has a different audio format; cannot join`);
    }
    const src = openSync(wav, 'r');
    try {
      const frame = fmt.channels * (fmt.bitsPerSample / 8);
      const buf = Buffer.alloc(BLOCK_BYTES - (BLOCK_BYTES % frame));
      for (let done = 0; done < layout.dataBytes; ) {
        const n = readSync(src, buf, 0, Math.min(buf.length, layout.dataBytes - done), layout.dataOffset + done);
        if (n <= 0) break;
        this.pcm(buf.subarray(0, n - (n % frame)));
        done += n;
        // Encoding takes a while: let a stop signal in between blocks.
        if (this.encoder) await tick();
        if (this.opts.signal?.aborted) throw new Error('stopped');
      }
    } finally {
      closeSync(src);
    }
  }

  /** Whether any audio went in (a file with none is not written). */
  get empty(): boolean {
    return this.fmt === null;
  }

  /** The last frames, then the header or tag again with the real sizes and times. Returns the length in seconds. */
  finish(): { seconds: number } {
    const fmt = this.fmt;
    if (this.encoder) this.write(this.encoder.flush());
    const seconds = fmt ? this.samples / fmt.sampleRate : 0;
    const prefix = this.prefix();
    if (prefix.length !== this.prefixBytes) throw new Error('the header changed size');
    writeSync(this.fd, prefix, 0, prefix.length, 0);
    this.close();
    return { seconds };
  }

  /** Close without finishing (after a stop or an error); the caller removes the file. */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }

  /** The chapters so far, each ending where the next begins (the last at the end). */
  chapters(): Chapter[] {
    const rate = this.fmt?.sampleRate ?? 1;
    const titles = this.opts.chapters ?? [];
    return titles.map((title, k) => {
      const start = this.starts[k] ?? this.samples;
      const end = this.starts[k + 1] ?? this.samples;
      return { title, startMs: (start * 1000) / rate, endMs: (end * 1000) / rate };
    });
  }

  private prefix(): Buffer {
    if (this.opts.format === 'wav') return wavHeader(this.fmt ?? { channels: 1, sampleRate: 22050, bitsPerSample: 16 }, this.bytes);
    return id3Tag({ ...this.opts.tags, chapters: this.chapters() });
  }

  private async begin(fmt: WavFormat): Promise<void> {
    if (this.opts.format === 'mp3') this.encoder = await mp3Encoder(fmt);
    this.fmt = fmt;
    for (const w of this.waiting.splice(0)) {
      if ('chapter' in w) this.starts.push(this.samples);
      else this.cue(w);
    }
  }

  private pcm(pcm: Buffer): void {
    const fmt = this.fmt!;
    this.samples += pcm.length / (fmt.channels * (fmt.bitsPerSample / 8));
    this.write(this.encoder ? this.encoder.encode(pcm) : pcm);
  }

  private write(buf: Buffer): void {
    for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
  }
}
