// A sherpa-onnx voice made at test time: a VITS-shaped ONNX graph of twelve nodes, written by the small
// protobuf writer below, whose audio encodes what it was given. Each token id becomes a run of samples
// of value (id + 1000 × sid) / 10000, round(64 × length_scale) samples long, so a test reads back the
// very tokens (so the readings), the speaker and the rate that reached the model.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { SherpaHost, sherpaPackage } from '../../src/speech/engines/sherpa-host.js';
import { readWavLayout } from '../../src/speech/wav.js';

// ---- protobuf, the few wire types ONNX needs ----
function varint(n: number | bigint): Buffer {
  let v = BigInt.asUintN(64, BigInt(n));
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return Buffer.from(out);
}
const key = (field: number, wire: number) => varint((field << 3) | wire);
const int = (field: number, n: number | bigint) => Buffer.concat([key(field, 0), varint(n)]);
const bytes = (field: number, b: Buffer | string) => {
  const buf = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return Buffer.concat([key(field, 2), varint(buf.length), buf]);
};
const msg = (field: number, ...parts: Buffer[]) => bytes(field, Buffer.concat(parts));

const FLOAT = 1;
const INT64 = 7;

function tensor(field: number, name: string, type: number, dims: number[], values: number[]): Buffer {
  const raw = Buffer.alloc(values.length * (type === FLOAT ? 4 : 8));
  for (const [k, v] of values.entries()) {
    if (type === FLOAT) raw.writeFloatLE(v, k * 4);
    else raw.writeBigInt64LE(BigInt(v), k * 8);
  }
  return msg(field, ...dims.map((d) => int(1, d)), int(2, type), bytes(8, name), bytes(9, raw));
}

function valueInfo(field: number, name: string, type: number, dims: (number | string)[]): Buffer {
  const dim = (d: number | string) => msg(1, typeof d === 'number' ? int(1, d) : bytes(2, d));
  return msg(field, bytes(1, name), msg(2, msg(1, int(1, type), msg(2, ...dims.map(dim)))));
}

function node(op: string, inputs: string[], outputs: string[], attrs: Buffer[] = []): Buffer {
  return msg(1, ...inputs.map((i) => bytes(1, i)), ...outputs.map((o) => bytes(2, o)), bytes(3, `${op}_${outputs[0]}`), bytes(4, op), ...attrs);
}
const intAttr = (name: string, v: number) => msg(5, bytes(1, name), int(3, v), int(20, 2));

/** The model's bytes, with these metadata entries. */
export function modelBytes(meta: Record<string, string>): Buffer {
  const nodes = [
    node('Cast', ['x'], ['xf'], [intAttr('to', FLOAT)]),
    node('Cast', ['sid'], ['sidf'], [intAttr('to', FLOAT)]),
    node('Mul', ['sidf', 'k1000'], ['sid1000']),
    node('Add', ['xf', 'sid1000'], ['v']),
    node('Mul', ['v', 'kscale'], ['a']),
    node('Unsqueeze', ['a', 'axis2'], ['a3']),
    node('Mul', ['length_scale', 'k64'], ['ls64']),
    node('Round', ['ls64'], ['lsr']),
    node('Cast', ['lsr'], ['n'], [intAttr('to', INT64)]),
    node('Concat', ['ones', 'n'], ['reps'], [intAttr('axis', 0)]),
    node('Tile', ['a3', 'reps'], ['tiled']),
    node('Reshape', ['tiled', 'shape'], ['y']),
  ];
  const graph = msg(
    7,
    ...nodes,
    bytes(2, 'langdu-test-vits'),
    tensor(5, 'k1000', FLOAT, [1], [1000]),
    tensor(5, 'kscale', FLOAT, [1], [1 / 10000]),
    tensor(5, 'axis2', INT64, [1], [2]),
    tensor(5, 'k64', FLOAT, [1], [64]),
    tensor(5, 'ones', INT64, [2], [1, 1]),
    tensor(5, 'shape', INT64, [3], [1, 1, -1]),
    valueInfo(11, 'x', INT64, [1, 'L']),
    valueInfo(11, 'x_length', INT64, [1]),
    valueInfo(11, 'noise_scale', FLOAT, [1]),
    valueInfo(11, 'length_scale', FLOAT, [1]),
    valueInfo(11, 'noise_scale_w', FLOAT, [1]),
    valueInfo(11, 'sid', INT64, [1]),
    valueInfo(12, 'y', FLOAT, [1, 1, 'T']),
  );
  return Buffer.concat([
    int(1, 8), // ir_version
    bytes(2, 'langdu-tests'),
    graph,
    msg(8, bytes(1, ''), int(2, 13)), // opset 13
    ...Object.entries(meta).map(([k, v]) => msg(14, bytes(1, k), bytes(2, v))),
  ]);
}

/** A model with the metadata sherpa-onnx needs but a graph that is not one (onnxruntime refuses it). */
export function brokenGraphBytes(meta: Record<string, string>): Buffer {
  return Buffer.concat([int(1, 8), bytes(7, Buffer.from([0x0a, 0x05, 0x01])), ...Object.entries(meta).map(([k, v]) => msg(14, bytes(1, k), bytes(2, v)))]);
}

export const INITIALS = ['b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w'];
const FINALS = [
  'a',
  'o',
  'e',
  'i',
  'u',
  'v',
  'ai',
  'ei',
  'ao',
  'ou',
  'an',
  'en',
  'ang',
  'eng',
  'ong',
  'er',
  'ia',
  'ie',
  'iao',
  'iu',
  'ian',
  'in',
  'iang',
  'ing',
  'iong',
  'ua',
  'uo',
  'uai',
  'ui',
  'uan',
  'un',
  'uang',
  've',
  'van',
  'vn',
];

/** tokens.txt as icefall's Chinese models have it: initials, and finals with a tone 1–5; id 0 is the pad. */
export function testTokens(): string[] {
  return ['_', ',', '.', ...INITIALS, ...FINALS.flatMap((f) => [1, 2, 3, 4, 5].map((t) => `${f}${t}`))];
}

export const DEFAULT_META = {
  model_type: 'vits',
  sample_rate: '22050',
  n_speakers: '2',
  language: 'Chinese',
  comment: 'langdu test voice',
  add_blank: '0',
  jieba: '1',
};

/**
 * Write a voice folder NAME under `voicesDir` as sherpa-onnx's releases unpack one. Its lexicon reads
 * 银行 as yín xíng and 行 as xíng first, so Han text reaching the model's own lexicon is heard as wrong.
 */
export function writeTestVoice(voicesDir: string, name: string, meta: Record<string, string> = DEFAULT_META): string {
  const dir = join(voicesDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.onnx'), modelBytes(meta));
  writeFileSync(
    join(dir, 'tokens.txt'),
    testTokens()
      .map((t, k) => `${t} ${k}\n`)
      .join(''),
  );
  const lexicon = ['银行 y in2 x ing2', '银 y in2', '行 x ing2', '行 h ang2', '长 ch ang2', '长 zh ang3', '好 h ao3', '人 r en2'];
  writeFileSync(join(dir, 'lexicon.txt'), `${lexicon.join('\n')}\n`);
  return dir;
}

/** The tokens a clip encodes (runs of one value; silence left out), with the speaker and the run length. */
export function decodeClip(pcm: Int16Array | Buffer, tokens = testTokens()): { tokens: string[]; sids: number[]; runs: number[] } {
  const samples = pcm instanceof Int16Array ? pcm : new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.length / 2));
  const out = { tokens: [] as string[], sids: [] as number[], runs: [] as number[] };
  let k = 0;
  while (k < samples.length) {
    const v = samples[k]!;
    let end = k + 1;
    while (end < samples.length && samples[end] === v) end++;
    const code = Math.round((v * 10000) / 32767);
    if (code > 0) {
      out.tokens.push(tokens[code % 1000] ?? `?${code}`);
      out.sids.push(Math.floor(code / 1000));
      out.runs.push(end - k);
    }
    k = end;
  }
  return out;
}

/** Whether sherpa-onnx-node loads here; under CI it must. */
export async function sherpaLoads(): Promise<boolean> {
  const pkg = sherpaPackage();
  let why = pkg ? '' : 'the optional package sherpa-onnx-node is not installed';
  if (pkg) {
    const h = new SherpaHost(pkg.main, null);
    why = await h.start().then(
      () => '',
      (e: Error) => `sherpa-onnx-node does not load here (${e.message})`,
    );
    h.kill();
  }
  if (!why) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`${why}: required under CI`);
  console.warn(`skipping: ${why}`);
  return false;
}

/** The tokens a WAV file (16-bit mono, 22050 Hz) encodes. */
export const wavTokens = (file: string): ReturnType<typeof decodeClip> => {
  const { dataOffset, dataBytes, fmt } = readWavLayout(file);
  expect(fmt.sampleRate).toBe(22050);
  return decodeClip(readFileSync(file).subarray(dataOffset, dataOffset + dataBytes));
};
