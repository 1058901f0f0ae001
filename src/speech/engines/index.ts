// Detection is data: an ordered list of engines per platform, each with its own probe, probed once.
// An engine asked for by name (--engine say) is taken on any system where its probe succeeds (the
// command is on PATH and answers as documented), which is how the macOS and Windows engines are tested
// here, with faithful stand-ins first on PATH.
import { customPlayer, findPlayer, type Player } from '../player.js';
import type { Availability, Engine } from '../types.js';
import { EspeakEngine } from './espeak.js';
import { MacSayEngine } from './macos.js';
import { SapiEngine } from './sapi.js';
import { SherpaEngine } from './sherpa.js';
import { anyVoiceFolder } from './sherpa-models.js';
import { SpeechDispatcherEngine } from './spd.js';

export interface EngineOptions {
  /** A command that plays WAV from stdin, instead of the detected player. */
  player?: string;
}

export function enginesFor(platform: NodeJS.Platform, opts: EngineOptions = {}): Engine[] {
  // Parsed once, here (the CLI has already checked it), not again for every sentence.
  const custom = opts.player !== undefined ? customPlayer(opts.player) : null;
  const player: () => Promise<Player | null> = custom ? () => Promise.resolve(custom) : () => findPlayer().then((r) => r.player);
  // A neural voice the user installed goes first on Linux (it sounds natural); without one it is last, and
  // its probe only looks at the empty folder.
  const sherpa = new SherpaEngine(player);
  switch (platform) {
    case 'darwin':
      return [new MacSayEngine(custom), new EspeakEngine(player), sherpa];
    case 'win32':
      return [new SapiEngine(custom), new EspeakEngine(player), sherpa];
    default:
      return anyVoiceFolder(sherpa.dir)
        ? [sherpa, new EspeakEngine(player), new SpeechDispatcherEngine()]
        : [new EspeakEngine(player), new SpeechDispatcherEngine(), sherpa];
  }
}

export interface Probed {
  engine: Engine;
  availability: Availability;
}

/** Probe each engine once (in parallel) and report all of them, in order. */
export async function probeAll(engines: Engine[]): Promise<Probed[]> {
  return Promise.all(engines.map(async (engine) => ({ engine, availability: await engine.probe().catch((e: Error) => ({ ok: false, detail: e.message })) })));
}

/**
 * The engine to speak with: the one asked for, or the first available. Null with a one-line reason
 * (what to install) when there is none.
 */
export async function chooseEngine(id: string | undefined, opts: EngineOptions = {}): Promise<{ engine: Engine | null; reason: string }> {
  const engines = enginesFor(process.platform, opts);
  if (id) {
    // The platform's own first, then the others (made only when asked for).
    const custom = opts.player !== undefined ? customPlayer(opts.player) : null;
    const others: Record<string, () => Engine> = { say: () => new MacSayEngine(custom), sapi: () => new SapiEngine(custom) };
    const engine = engines.find((e) => e.id === id) ?? others[id]?.();
    if (!engine) return { engine: null, reason: `no engine "${id}" on this system; choose one of ${engines.map((e) => e.id).join(', ')}` };
    const a = await engine.probe();
    return a.ok ? { engine, reason: a.detail } : { engine: null, reason: `${engine.id} is not available: ${a.detail}` };
  }
  // All probed at once, taken in order: the first that answers yes wins without waiting for the others.
  const probes = engines.map((engine) => engine.probe().catch((e: Error) => ({ ok: false, detail: e.message })));
  for (const [k, probe] of probes.entries()) {
    const availability = await probe;
    if (availability.ok) return { engine: engines[k]!, reason: availability.detail };
  }
  const install =
    process.platform === 'darwin'
      ? 'add a Chinese voice in System Settings › Spoken Content'
      : process.platform === 'win32'
        ? 'add the Chinese speech pack in Settings › Speech'
        : 'install espeak-ng (apt-get install espeak-ng)';
  return { engine: null, reason: `no speech engine found: ${install}` };
}
