// The sherpa-onnx voices the user installed: each a folder under $XDG_DATA_HOME/langdu/voices/NAME/ as
// sherpa-onnx's releases unpack one (vits-zh-hf-fanchen-C, vits-icefall-zh-aishell3): a VITS model
// (model.onnx, or the one .onnx file there), tokens.txt, lexicon.txt (a dict/ for jieba beside them is not needed: langdu
// gives the model its words already read).
// Everything is checked here, from the files, without loading sherpa-onnx: a voice that would make it
// exit (a metadata key missing) or that is not a Chinese VITS voice is one line saying why.
import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';
import { safeLine as forTerminal } from '../../terminal-safe.js';
import { OnnxMetaError, readOnnxMetadata } from './onnx-meta.js';

export function voicesDir(env: NodeJS.ProcessEnv = process.env): string {
  const data = env.XDG_DATA_HOME ? join(env.XDG_DATA_HOME, 'langdu') : envPaths('langdu', { suffix: '' }).data;
  return join(data, 'voices');
}

export interface SherpaModel {
  name: string;
  dir: string;
  model: string;
  tokens: string;
  lexicon: string;
  /** As the model says: "Chinese", "Chinese+English" … */
  language: string;
  speakers: number;
  sampleRate: number;
}

export type FoundModel = { ok: true; model: SherpaModel } | { ok: false; name: string; why: string };

/** sherpa-onnx reads these and ends the process if one is missing. */
const REQUIRED = ['sample_rate', 'n_speakers', 'language', 'comment'] as const;
/** A voice folder's files, at most: a real VITS model is ~120 MB, its lexicon a few MB. */
const MODEL_LIMIT = 2 * 1024 ** 3;
const TEXT_LIMIT = 64 * 1024 * 1024;
/** At most this many voice folders are looked at. */
const MAX_VOICES = 64;

/** A voice folder: a folder, or a link to one (a voice unpacked elsewhere and linked here); not hidden. */
function folder(dir: string, e: Dirent): boolean {
  if (e.name.startsWith('.')) return false;
  if (e.isDirectory()) return true;
  if (!e.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, e.name)).isDirectory();
  } catch {
    return false; // a dangling link or a loop
  }
}

/** Whether there is any voice folder at all (cheap: for the engine order at start-up). */
export function anyVoiceFolder(dir = voicesDir()): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) => folder(dir, e));
  } catch {
    return false;
  }
}

/** Every voice folder, each usable or with the reason it is not; sorted by name. */
export function findModels(dir = voicesDir()): FoundModel[] {
  let names: string[];
  try {
    names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => folder(dir, e))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
  return names.slice(0, MAX_VOICES).map((name) => checkModel(join(dir, name), name));
}

function regular(file: string, limit: number): string | null {
  try {
    const s = statSync(file);
    if (!s.isFile()) return 'is not a regular file';
    if (s.size === 0) return 'is empty';
    if (s.size > limit) return `is larger than ${Math.round(limit / 1024 ** 2)} MB`;
    return null;
  } catch {
    return 'is missing';
  }
}

export function checkModel(dir: string, name: string): FoundModel {
  const safeName = forTerminal(name);
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u.test(name))
    return { ok: false, name: safeName, why: 'the folder name must be letters, digits, . _ or - (at most 64)' };
  const no = (why: string): FoundModel => ({ ok: false, name, why });
  let onnx: string[];
  try {
    onnx = readdirSync(dir).filter((f) => f.endsWith('.onnx'));
  } catch (e) {
    return no(`cannot read the folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const modelName = onnx.includes('model.onnx') ? 'model.onnx' : onnx.length === 1 ? onnx[0]! : null;
  if (!modelName)
    return no(
      onnx.length === 0
        ? 'no .onnx model in it (unpack a sherpa-onnx VITS voice here: model.onnx, tokens.txt, lexicon.txt)'
        : `${onnx.length} .onnx files and none named model.onnx (a Matcha voice needs a vocoder, which langdu does not support yet)`,
    );
  const files = { model: join(dir, modelName), tokens: join(dir, 'tokens.txt'), lexicon: join(dir, 'lexicon.txt') };
  for (const [k, f] of Object.entries(files)) {
    const bad = regular(f, k === 'model' ? MODEL_LIMIT : TEXT_LIMIT);
    if (bad) return no(`${k === 'model' ? modelName : `${k}.txt`} ${bad}`);
  }
  let meta: Map<string, string>;
  try {
    meta = readOnnxMetadata(files.model);
  } catch (e) {
    return no(`${modelName}: ${e instanceof OnnxMetaError ? e.message : `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`}`);
  }
  const missing = REQUIRED.filter((k) => !meta.has(k));
  if (missing.length) return no(`${modelName} lacks the metadata ${missing.join(', ')} that sherpa-onnx needs (not a sherpa-onnx VITS voice)`);
  const type = meta.get('model_type');
  if (type && type !== 'vits') return no(`a ${forTerminal(type.slice(0, 32))} model; langdu speaks with VITS voices only`);
  // These read characters or words of their own kind, not a lexicon langdu can put its readings in.
  if (meta.get('frontend') === 'characters') return no('a voice that reads characters without a lexicon; langdu cannot give it its readings');
  if (/melo/i.test(meta.get('comment')!)) return no('a MeloTTS voice (its lexicon has tones of its own); not supported yet');
  const sampleRate = Number(meta.get('sample_rate'));
  const speakers = Number(meta.get('n_speakers'));
  if (!Number.isInteger(sampleRate) || sampleRate < 8000 || sampleRate > 48000)
    return no(`sample_rate "${forTerminal(meta.get('sample_rate')!.slice(0, 16))}" is not 8000–48000`);
  if (!Number.isInteger(speakers) || speakers < 0 || speakers > 10_000)
    return no(`n_speakers "${forTerminal(meta.get('n_speakers')!.slice(0, 16))}" is not a number of speakers`);
  const language = forTerminal(meta.get('language')!.slice(0, 40));
  if (!/chinese|mandarin|^zh/i.test(language)) return no(`reads ${language}, not Chinese`);
  return {
    ok: true,
    model: {
      name,
      dir,
      ...files,
      language,
      speakers: Math.max(1, speakers),
      sampleRate,
    },
  };
}
