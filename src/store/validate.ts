// What state files hold (a document's state, the settings) and their validation: a file that parses as
// JSON but has the wrong shape is as corrupt as one that does not.
import type { Bookmark } from '../reader/bookmarks.js';
import type { Position } from '../reader/position.js';
import { isScript, type Script } from '../script/index.js';
import { RATE_RANGE, rateFromWordsPerMinute } from '../speech/types.js';

export interface DocState {
  position: Position | null;
  bookmarks: Bookmark[];
  script: Script | null;
}

export interface Settings {
  script?: Script;
  /** Speech rate in 字/分钟 (characters per minute) and voice id, as last chosen. */
  rate?: number;
  /** The unit `rate` is in; a settings file without it was saved in espeak-ng words per minute. */
  rateUnit?: 'cpm';
  voice?: string;
  /** Earcons (short tones) at parts, sections and points in say-all and export; pauses stay either way. */
  earcons?: boolean;
  /** Say-all announces each part and section it enters. */
  announceHeadings?: boolean;
  /** How much a move says: brief (level and title) or full (the whole position and the count). */
  verbosity?: 'brief' | 'full';
  /** Speak every key's answer (the visual layout; the screen-reader layout asks on the command line). */
  selfVoicing?: boolean;
  [key: string]: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parsePosition(v: unknown): Position | null {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.sentence !== 'number' || !Number.isSafeInteger(v.sentence) || v.sentence < 0) return null;
  return { id: v.id, sentence: v.sentence };
}

export function parseDocState(v: unknown): DocState | null {
  if (!isObject(v) || !Array.isArray(v.bookmarks)) return null;
  const position = v.position === null ? null : parsePosition(v.position);
  if (v.position !== null && position === null) return null;
  const bookmarks: Bookmark[] = [];
  for (const b of v.bookmarks) {
    const p = parsePosition(b);
    if (!p || !isObject(b) || typeof b.label !== 'string') return null;
    bookmarks.push({ ...p, label: b.label, created: typeof b.created === 'string' ? b.created : '' });
  }
  const script = typeof v.script === 'string' && isScript(v.script) ? v.script : null;
  return { position, bookmarks, script };
}

/**
 * Whether a value nests deeper than `limit` (arrays and objects), found without recursion. Settings keep
 * keys they do not know (a newer langdu's) and write them back, and JSON.stringify recurses: a file
 * nested 100 000 deep would make every save fail on the stack.
 */
function nestsDeeper(v: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, depth] = stack.pop()!;
    if (typeof x !== 'object' || x === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(x)) stack.push([child, depth + 1]);
  }
  return false;
}

export function parseSettings(v: unknown): Settings | null {
  if (!isObject(v) || nestsDeeper(v, 32)) return null;
  if (v.script !== undefined && !(typeof v.script === 'string' && isScript(v.script))) delete v.script;
  // Rates saved before 字/分钟 were espeak-ng words per minute (80–450): converted, never taken as 字/分钟.
  if (v.rate !== undefined && v.rateUnit !== 'cpm') {
    if (typeof v.rate === 'number' && v.rate >= 80 && v.rate <= 450) v.rate = rateFromWordsPerMinute(v.rate);
    else delete v.rate;
    v.rateUnit = 'cpm';
  }
  if (v.rate !== undefined && !(typeof v.rate === 'number' && v.rate >= RATE_RANGE.min && v.rate <= RATE_RANGE.max)) delete v.rate;
  // A voice id is a short name; a long one would only make the engine's command line fail (E2BIG).
  if (v.voice !== undefined && !(typeof v.voice === 'string' && v.voice.length <= 200)) delete v.voice;
  if (v.announceHeadings !== undefined && typeof v.announceHeadings !== 'boolean') delete v.announceHeadings;
  if (v.earcons !== undefined && typeof v.earcons !== 'boolean') delete v.earcons;
  if (v.verbosity !== undefined && v.verbosity !== 'brief' && v.verbosity !== 'full') delete v.verbosity;
  if (v.selfVoicing !== undefined && typeof v.selfVoicing !== 'boolean') delete v.selfVoicing;
  return v as Settings;
}
