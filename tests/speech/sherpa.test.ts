// The sherpa-onnx engine on a voice generated at test time (tests/speech/sherpa-model.ts): its audio
// encodes the tokens, the speaker and the rate it was given, so each test reads back what reached the
// model. No real voice can be downloaded where langdu is developed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enginesFor } from '../../src/speech/engines/index.js';
import { SherpaEngine } from '../../src/speech/engines/sherpa.js';
import { SherpaHost, sherpaPackage } from '../../src/speech/engines/sherpa-host.js';
import { syllableLexicon } from '../../src/speech/engines/sherpa-lexicon.js';
import { findModels } from '../../src/speech/engines/sherpa-models.js';
import { customPlayer } from '../../src/speech/player.js';
import { SpeechQueue } from '../../src/speech/queue.js';
import { loadReading, pinyinInput, readingTokens } from '../../src/speech/reading.js';
import { spokenForReading } from '../../src/speech/spoken.js';
import { readWavLayout } from '../../src/speech/wav.js';
import { until } from '../helpers.js';
import { DEFAULT_META, decodeClip, sherpaLoads, wavTokens, writeTestVoice } from './sherpa-model.js';

const tmp = mkdtempSync(join(tmpdir(), 'langdu-sherpa-'));
const data = join(tmp, 'data');
const voices = join(data, 'langdu', 'voices');
writeTestVoice(voices, 'test-voice');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const loads = await sherpaLoads();

/** The sherpa children (`node -e`) of this test process now. */
function taggedChildren(): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && !/\) Z/.test(stat) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith(`${process.execPath}\0-e\0`);
      } catch {
        return false;
      }
    });
}
/** What the queue gives the engine for a sentence: the reading of its spoken form. */
const reading = (text: string) => pinyinInput(readingTokens(spokenForReading(text)));

describe('sherpa-onnx voices found from their files (nothing loaded)', () => {
  it('a voice folder as sherpa-onnx releases unpack it is found with its language, speakers and sample rate', () => {
    const [found] = findModels(voices);
    expect(found).toMatchObject({ ok: true, model: { name: 'test-voice', language: 'Chinese', speakers: 2, sampleRate: 22050 } });
  });

  it('a voice unpacked elsewhere and linked into the folder is found; a dangling link or a loop is passed over', () => {
    const dir = join(tmp, 'linked');
    mkdirSync(dir);
    symlinkSync(join(voices, 'test-voice'), join(dir, 'linked-voice'));
    symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
    symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
    symlinkSync(join(tmp, 'nowhere'), join(dir, 'dangling'));
    expect(findModels(dir)).toMatchObject([{ ok: true, model: { name: 'linked-voice', speakers: 2 } }]);
  });

  it('a broken folder is one line saying why, each kind', () => {
    const dir = join(tmp, 'broken');
    writeTestVoice(dir, 'a-no-tokens');
    rmSync(join(dir, 'a-no-tokens', 'tokens.txt'));
    const { comment: _, ...noComment } = DEFAULT_META;
    writeTestVoice(dir, 'b-no-comment', noComment);
    writeTestVoice(dir, 'c-garbage');
    writeFileSync(join(dir, 'c-garbage', 'model.onnx'), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    writeTestVoice(dir, 'd-english', { ...DEFAULT_META, language: 'English' });
    writeTestVoice(dir, 'd-melo', { ...DEFAULT_META, comment: 'melo' });
    mkdirSync(join(dir, 'e-empty'));
    const why = findModels(dir).map((f) => (f.ok ? `${f.model.name} ok` : `${f.name}: ${f.why}`));
    expect(why).toEqual([
      'a-no-tokens: tokens.txt is missing',
      'b-no-comment: model.onnx lacks the metadata comment that sherpa-onnx needs (not a sherpa-onnx VITS voice)',
      expect.stringMatching(/^c-garbage: model\.onnx: not an ONNX model/),
      'd-english: reads English, not Chinese',
      'd-melo: a MeloTTS voice (its lexicon has tones of its own); not supported yet',
      expect.stringMatching(/^e-empty: no \.onnx model in it/),
    ]);
  });

  it('without sherpa-onnx-node, or with one that cannot load here, the engine says so in one line', async () => {
    const none = new SherpaEngine(
      () => Promise.resolve(null),
      voices,
      () => null,
    );
    expect(await none.probe()).toEqual({ ok: false, detail: 'the package sherpa-onnx-node is not installed (npm install -g sherpa-onnx-node, beside langdu)' });
    // The package's JavaScript without its prebuilt native part (as where none exists for the system).
    const copy = join(tmp, 'no-prebuilt', 'sherpa-onnx-node');
    mkdirSync(copy, { recursive: true });
    writeFileSync(join(copy, 'index.js'), "require('./missing-native-part.node');\n");
    const broken = new SherpaEngine(
      () => Promise.resolve(null),
      voices,
      () => ({ main: join(copy, 'index.js'), version: '1.13.8' }),
    );
    const a = await broken.probe();
    expect(a.ok).toBe(false);
    expect(a.detail).toMatch(/^sherpa-onnx-node 1\.13\.8 does not load here: sherpa-onnx could not load: Cannot find module '\.\/missing-native-part\.node'; /);
    await expect(broken.synthesize('hao3', {}, join(tmp, 'x.wav'))).rejects.toThrow(/^sherpa-onnx could not load: Cannot find module/);
  });

  it('our lexicon learns the tokens of a syllable from characters of one reading, and splits the rest', async () => {
    const pp = await import('pinyin-pro');
    const readingsOf = (c: string) => pp.pinyin(c, { multiple: true, type: 'array', toneType: 'num' });
    // A voice whose tokens are whole syllables (as some are), with 银 (one reading) and 行 (four).
    const tokens = ['_ 0', 'YIN-2 1', 'XING-2 2', 'h 3', 'ang2 4'].join('\n');
    const { entries, missing } = syllableLexicon(tokens, '银 YIN-2\n行 XING-2\n', readingsOf);
    expect(entries.get('yin2')).toEqual(['YIN-2']);
    // 行 has other readings: xing2 is not learnt from it; hang2 is split into tokens the voice has.
    expect(entries.get('xing2')).toBeUndefined();
    expect(entries.get('hang2')).toEqual(['h', 'ang2']);
    expect(missing).toContain('xing2');
  });

  it('our lexicon for a voice is kept between runs, and made again when the voice changes or the kept one reads wrong', async () => {
    const dir = join(tmp, 'kept');
    const vdir = writeTestVoice(dir, 'kept-voice');
    const model = () => {
      const f = findModels(dir)[0]!;
      return f.ok ? f.model : expect.fail(f.why);
    };
    const first = await new SherpaEngine(() => Promise.resolve(null), dir).lexiconFor(model());
    expect(first.file.startsWith(join(process.env.XDG_CACHE_HOME!, 'langdu', 'sherpa-onnx'))).toBe(true);
    expect(readFileSync(first.file, 'utf8')).toMatch(/^a1 a1\n[\s\S]*\nhang2 h ang2\n[\s\S]*\n银行 y in2 x ing2\n/);
    const again = await new SherpaEngine(() => Promise.resolve(null), dir).lexiconFor(model());
    expect(again.file).toBe(first.file);
    expect([...again.lexicon.entries]).toEqual([...first.lexicon.entries]);
    writeFileSync(first.file.replace(/\.txt$/, '.json'), '{"v":1,"entries":{"hang2":["h ang2\\nx"]}}');
    const mended = await new SherpaEngine(() => Promise.resolve(null), dir).lexiconFor(model());
    expect(mended.lexicon.entries.get('hang2')).toEqual(['h', 'ang2']);
    writeFileSync(join(vdir, 'lexicon.txt'), '行 h ang2\n');
    const changed = await new SherpaEngine(() => Promise.resolve(null), dir).lexiconFor(model());
    expect(changed.file).not.toBe(first.file);
    expect(readFileSync(changed.file, 'utf8')).toMatch(/\n行 h ang2\n$/);
  });

  it('a voice folder puts sherpa-onnx first on Linux; without one it comes after espeak-ng', () => {
    const was = process.env.XDG_DATA_HOME;
    try {
      process.env.XDG_DATA_HOME = data;
      expect(enginesFor('linux').map((e) => e.id)).toEqual(['sherpa-onnx', 'espeak-ng', 'speech-dispatcher']);
      process.env.XDG_DATA_HOME = join(tmp, 'nothing');
      expect(enginesFor('linux').map((e) => e.id)).toEqual(['espeak-ng', 'speech-dispatcher', 'sherpa-onnx']);
    } finally {
      process.env.XDG_DATA_HOME = was;
    }
  });
});

describe.runIf(loads)('sherpa-onnx speaking on a generated voice', () => {
  const engine = new SherpaEngine(() => Promise.resolve(null), voices);
  beforeAll(async () => {
    const user = join(tmp, 'pronunciations.tsv');
    // The user's reading of 好人 (hào rén) against the model's 好 hǎo.
    writeFileSync(user, '好人\thao4 ren2\n');
    await loadReading(user);
  });

  it('is available, and lists each speaker as a voice', async () => {
    expect(await engine.probe()).toMatchObject({ ok: true, detail: expect.stringMatching(/^sherpa-onnx-node \d+\.\d+\.\d+; 1 voice in /) });
    expect((await engine.voices()).map((v) => [v.id, v.name])).toEqual([
      ['test-voice', '普通话（test-voice 说话人 0）'],
      ['test-voice:1', '普通话（test-voice 说话人 1）'],
    ]);
  });

  it('银行行长 reaches the model as our reading (háng zhǎng), the user dictionary word as the user reads it', async () => {
    const file = join(tmp, 'bank.wav');
    await engine.synthesize(reading('银行行长，好人。'), { voice: 'test-voice' }, file);
    expect(wavTokens(file).tokens.join(' ')).toBe('y in2 h ang2 h ang2 zh ang3 , h ao4 r en2 .');
    // Numbers and symbols arrive in our spoken form, read by us: 2024年 二零二四年, 5% 百分之五.
    await engine.synthesize(reading('2024年增长5%'), { voice: 'test-voice' }, file);
    expect(wavTokens(file).tokens.join(' ')).toBe('er4 l ing2 er4 s i4 n ian2 z eng1 zh ang3 b ai3 f en1 zh i1 w u3');
    // (The check can fail: Han text given to the model's own lexicon is read yín xíng xíng cháng.)
    await engine.synthesize('银行行长', { voice: 'test-voice' }, file);
    expect(wavTokens(file).tokens.join(' ')).toBe('y in2 x ing2 x ing2 ch ang2');
  });

  it('an English word the voice cannot say is left out, and an utterance of nothing else is silence, not an error', async () => {
    const file = join(tmp, 'english.wav');
    await engine.synthesize(reading('ChatGPT'), { voice: 'test-voice' }, file);
    expect(reading('ChatGPT')).toMatch(/^chat /);
    expect(wavTokens(file).tokens.join(' ')).toBe('j i4 p i4 t i4');
    await engine.synthesize('chat', { voice: 'test-voice' }, file);
    expect(wavTokens(file).tokens).toEqual([]);
  });

  it('a voice without jieba (the plain lexicon of sherpa-onnx, one character a word) gets our reading too', async () => {
    const plain = join(tmp, 'plain');
    writeTestVoice(plain, 'plain-voice', { ...DEFAULT_META, jieba: '0', n_speakers: '1' });
    const file = join(tmp, 'plain.wav');
    await new SherpaEngine(() => Promise.resolve(null), plain).synthesize(reading('银行行长'), { voice: 'plain-voice' }, file);
    expect(wavTokens(file).tokens.join(' ')).toBe('y in2 h ang2 h ang2 zh ang3');
  });

  it('the speaker and the rate reach the model', async () => {
    const file = join(tmp, 'rate.wav');
    await engine.synthesize('hao3', { voice: 'test-voice:1', rate: 520 }, file);
    const fast = wavTokens(file);
    expect(fast.sids).toEqual([1, 1]);
    await engine.synthesize('hao3', { voice: 'test-voice', rate: 130 }, file);
    const slow = wavTokens(file);
    expect(slow.sids).toEqual([0, 0]);
    // length_scale = 1 / speed: 260 字/分钟 is 64 samples a token here, twice as fast half as long.
    expect(fast.runs).toEqual([32, 32]);
    expect(slow.runs).toEqual([128, 128]);
  });

  it('a stop while the child synthesizes kills it; what is still wanted is made by a new one', async () => {
    const pkg = sherpaPackage()!;
    const found = findModels(voices)[0];
    if (!found?.ok) return expect.fail('the test voice is not usable');
    const { file } = await engine.lexiconFor(found.model);
    const dir = join(voices, 'test-voice');
    const others = taggedChildren();
    const children = () => taggedChildren().filter((p) => !others.includes(p));
    const host = new SherpaHost(pkg.main, { model: join(dir, 'model.onnx'), tokens: join(dir, 'tokens.txt'), lexicon: file });
    await host.start();
    const before = children();
    expect(before).toHaveLength(1);
    const stop = new AbortController();
    const dropped = host.say('yin2 hang2', 0, 1, stop.signal, 60_000);
    const wanted = host.say('hang2 zhang3', 0, 1, new AbortController().signal, 60_000);
    await Promise.resolve(); // sent to the child, which works on the first
    stop.abort();
    await expect(dropped).rejects.toThrow('stopped');
    const pcm = await wanted;
    expect(decodeClip(pcm).tokens).toEqual(['h', 'ang2', 'zh', 'ang3']);
    // The first child was killed and a second one made what was still wanted.
    const after = children();
    expect(after).toHaveLength(1);
    expect(after).not.toContain(before[0]);
    host.kill();
  });

  describe('through the queue and a player', () => {
    const out = join(tmp, 'played');
    mkdirSync(out, { recursive: true });
    // Each clip the player is given is kept as a file, in order.
    const keep = customPlayer(`sh -c 'cat > "${out}/$(date +%s%N).wav"'`);
    const pidFile = join(tmp, 'player.pid');
    const slow = customPlayer(`sh -c 'echo $$ > "${pidFile}"; cat > /dev/null; exec sleep 30'`);
    /** Whether a process runs (a zombie, killed and not yet reaped, does not). */
    const running = (pid: number) => {
      try {
        return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      } catch {
        return false;
      }
    };
    /** Whether a process is gone or has SIGKILL pending (sent, not yet acted on by a loaded kernel). */
    const killed = (pid: number) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        if (/^State:\s+Z/m.test(status)) return true;
        const pending = [...status.matchAll(/^(?:SigPnd|ShdPnd):\s+([0-9a-f]+)/gm)].map((m) => BigInt(`0x${m[1]}`));
        return pending.some((bits) => (bits & (1n << 8n)) !== 0n);
      } catch {
        return true;
      }
    };

    it('speaks the utterances in order, the pause and earcon before one played first', async () => {
      const q = new SpeechQueue<number>(new SherpaEngine(() => Promise.resolve(keep), voices), { voice: 'test-voice' }, null);
      const items = [
        { key: 1, text: '银行', reading: reading('银行') },
        { key: 2, text: '行长', reading: reading('行长'), pauseMs: 300, earcon: 2 as const },
      ];
      let ended = false;
      q.start(() => items.shift() ?? null, { onStart: () => {}, onEnd: () => (ended = true), onError: (m) => expect.fail(m) });
      await until(() => ended);
      const clips = readdirSync(out)
        .sort()
        .map((f) => join(out, f));
      expect(clips).toHaveLength(3);
      expect(wavTokens(clips[0]!).tokens).toEqual(['y', 'in2', 'h', 'ang2']);
      const pause = readWavLayout(clips[1]!);
      expect(pause.dataBytes / 2 / 22050).toBeCloseTo(0.3, 1);
      // The earcon: a tone at the end of the pause, through the same player.
      const cue = readFileSync(clips[1]!).subarray(pause.dataOffset);
      let peak = 0;
      for (let k = 0; k + 1 < cue.length; k += 2) peak = Math.max(peak, Math.abs(cue.readInt16LE(k)));
      expect(peak).toBeGreaterThan(1000);
      expect(wavTokens(clips[2]!).tokens).toEqual(['h', 'ang2', 'zh', 'ang3']);
    });

    it('stop kills the player before it returns, well within 20 ms', async () => {
      const q = new SpeechQueue<number>(new SherpaEngine(() => Promise.resolve(slow), voices), { voice: 'test-voice' }, null);
      let k = 0;
      let started = false;
      q.start(() => (k++ < 3 ? { key: k, text: '银行', reading: 'yin2 hang2' } : null), {
        onStart: () => (started = true),
        onEnd: () => {},
        onError: (m) => expect.fail(m),
      });
      await until(() => started && existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n'));
      const pid = Number(readFileSync(pidFile, 'utf8'));
      expect(running(pid)).toBe(true);
      const t = performance.now();
      q.stop();
      const returned = performance.now() - t;
      // The kill was sent before stop() returned (the kernel may take a moment more on a loaded machine).
      expect(killed(pid)).toBe(true);
      expect(returned).toBeLessThan(20);
      while (running(pid) && performance.now() - t < 5000) await new Promise((r) => setImmediate(r));
      const gone = performance.now() - t;
      console.log(`sherpa-onnx: stop() returned in ${returned.toFixed(2)} ms, the player was gone in ${gone.toFixed(1)} ms`);
      expect(running(pid)).toBe(false);
      expect(q.speaking).toBe(false);
    });
  });
});
