// `langdu voices`: every engine this platform knows, whether it is available (and why not), its
// Chinese voices, and (on Linux) which audio player was found.
import { enginesFor, probeAll } from '../speech/engines/index.js';
import { findPlayer } from '../speech/player.js';
import type { Io } from './io.js';
import type { SpeechOptions } from './speak.js';

export async function voices(io: Io, opts: SpeechOptions): Promise<number> {
  const probed = await probeAll(enginesFor(process.platform, { player: opts.player }));
  let any = false;
  for (const { engine, availability } of probed) {
    io.out(`${engine.id} (${engine.label}): ${availability.ok ? 'available' : 'not available'} — ${availability.detail}\n`);
    if (!availability.ok) continue;
    any = true;
    const list = await engine.voices();
    for (const [k, v] of list.entries()) io.out(`  ${v.id.padEnd(20)} ${v.name} ${v.lang.padEnd(6)} reads ${v.script}${k === 0 ? '  (default)' : ''}\n`);
    for (const l of (await engine.leftOut?.()) ?? []) io.out(`  ${l.id.padEnd(20)} left out: ${l.why}\n`);
  }
  if (process.platform === 'linux') {
    if (opts.player) io.out(`player: ${opts.player} (--player)\n`);
    else {
      const { player, notes } = await findPlayer();
      io.out(player ? `player: ${player.label}\n` : `player: none works (${notes.join('; ')}); espeak-ng plays directly\n`);
    }
  }
  if (!any) io.err('langdu: no speech engine is available; reading works, listening does not (install espeak-ng)\n');
  return 0;
}
