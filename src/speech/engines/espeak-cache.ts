// What the espeak-ng probe learned (its version, the voices that read Han text, those left out and why),
// kept between runs. The probe starts 5–8 espeak-ng processes: ~100 ms on an idle 2-core machine, seconds
// on a loaded one, before every `langdu speak`. The answer is kept with the identity of the binary and of
// its data folder, so an upgrade, a new voice or another ESPEAK_DATA_PATH probes afresh. A cache file
// that cannot be read, or reads wrong, is ignored and written again; one that cannot be written is
// given up: it only ever saves time.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import { readStateFile, writeAtomic } from '../../state-file.js';
import { isSafeLine } from '../../terminal-safe.js';
import type { Voice } from '../types.js';

export interface ProbeAnswer {
  detail: string;
  cmnFallsBack: boolean;
  voices: Voice[];
  leftOut: { id: string; why: string }[];
}

const VERSION = 1;
const LIMIT = 64 * 1024;

export function probeCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'langdu') : envPaths('langdu', { suffix: '' }).cache;
  return join(base, 'espeak-ng.json');
}

/** What must be unchanged for a kept answer to hold: the binary, ESPEAK_DATA_PATH, and the data folder's files. */
function identity(bin: string, dataDir: string): string | null {
  const of = (p: string) => {
    try {
      const s = statSync(p);
      return [s.ino, s.size, s.mtimeMs];
    } catch {
      return null;
    }
  };
  const b = of(bin);
  if (!b) return null;
  const data = ['', 'lang', 'voices', 'phondata', 'cmn_dict', 'yue_dict'].map((f) => of(join(dataDir, f)));
  return JSON.stringify({ bin, b, env: process.env.ESPEAK_DATA_PATH ?? null, dataDir, data });
}

// One line each, as `langdu voices` prints them: a control or line break (a hostile cache forging a
// line of its own) makes the answer not believed.
const text = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max && isSafeLine(x);

function validAnswer(x: unknown): ProbeAnswer | null {
  if (!x || typeof x !== 'object') return null;
  const a = x as Record<string, unknown>;
  if (!text(a.detail, 400) || typeof a.cmnFallsBack !== 'boolean' || !Array.isArray(a.voices) || !Array.isArray(a.leftOut)) return null;
  if (a.voices.length === 0 || a.voices.length > 64 || a.leftOut.length > 64) return null;
  for (const v of a.voices as Record<string, unknown>[]) {
    if (!v || !text(v.id, 64) || !/^[A-Za-z0-9][\w.-]*$/.test(v.id) || !text(v.name, 64) || !text(v.lang, 32)) return null;
    if (v.script !== 'simplified' && v.script !== 'traditional') return null;
  }
  for (const l of a.leftOut as Record<string, unknown>[]) if (!l || !text(l.id, 64) || !text(l.why, 400)) return null;
  return {
    detail: a.detail,
    cmnFallsBack: a.cmnFallsBack,
    voices: (a.voices as Voice[]).map(({ id, name, lang, script }) => ({ id, name, lang, script })),
    leftOut: (a.leftOut as { id: string; why: string }[]).map(({ id, why }) => ({ id, why })),
  };
}

/** The kept answer for the espeak-ng at `bin`, if it still holds. */
export function readProbeCache(bin: string, file = probeCacheFile()): ProbeAnswer | null {
  const r = readStateFile(file, LIMIT);
  if (r.kind !== 'text') return null;
  try {
    const kept = JSON.parse(r.text) as { v?: unknown; dataDir?: unknown; identity?: unknown; answer?: unknown };
    if (kept.v !== VERSION || !text(kept.dataDir, 4096) || !text(kept.identity, 16384)) return null;
    if (identity(bin, kept.dataDir) !== kept.identity) return null;
    return validAnswer(kept.answer);
  } catch {
    return null;
  }
}

/** Keep `answer` for the espeak-ng at `bin` whose data folder is `dataDir` (from its --version line). */
export function writeProbeCache(bin: string, dataDir: string, answer: ProbeAnswer, file = probeCacheFile()): void {
  const id = identity(bin, dataDir);
  if (!id) return;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeAtomic(file, `${JSON.stringify({ v: VERSION, dataDir, identity: id, answer })}\n`);
  } catch {
    // Not kept: the next run probes again.
  }
}
