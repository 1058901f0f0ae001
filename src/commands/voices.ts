// `langdu voices`: every engine this platform knows, whether it is available (and why not), its
// Chinese voices, and (on Linux) which audio player was found.
import { enginesFor, probeAll } from '../speech/engines/index.js';
import { checkPlayer, customPlayer, findPlayer } from '../speech/player.js';
import type { Io } from './io.js';
import type { SpeechOptions } from './speak.js';

const VOICES_SHOWN = 24;

export async function voices(io: Io, opts: SpeechOptions): Promise<number> {
  const probed = await probeAll(enginesFor(process.platform, { player: opts.player }));
  let any = false;
  for (const { engine, availability } of probed) {
    io.out(`${engine.id} (${engine.label}): ${availability.ok ? 'available' : 'not available'} — ${availability.detail}\n`);
    // Installed voices (and the folders that are not usable, with why) are listed even when the engine is not.
    const installed = engine.installed?.();
    for (const line of installed ?? []) io.out(`  voice ${line}\n`);
    if (!availability.ok) {
      if (installed) for (const l of (await engine.leftOut?.()) ?? []) io.out(`  ${l.id.padEnd(20)} left out: ${l.why}\n`);
      continue;
    }
    any = true;
    const list = await engine.voices();
    // A voice of hundreds of speakers (aishell3: 174) is shown by its first few.
    for (const [k, v] of list.slice(0, VOICES_SHOWN).entries())
      io.out(`  ${v.id.padEnd(20)} ${v.name} ${v.lang.padEnd(6)} reads ${v.script}${k === 0 ? '  (default)' : ''}\n`);
    if (list.length > VOICES_SHOWN) io.out(`  … and ${list.length - VOICES_SHOWN} more (up to ${list.at(-1)!.id})\n`);
    for (const l of (await engine.leftOut?.()) ?? []) io.out(`  ${l.id.padEnd(20)} left out: ${l.why}\n`);
  }
  let sound = true;
  if (process.platform === 'linux') {
    const player = opts.player ? customPlayer(opts.player) : (await findPlayer()).player;
    if (!player) io.out(`player: none works (${(await findPlayer()).notes.join('; ')}); espeak-ng plays directly\n`);
    else {
      // A player that exits 0 is not proof of sound: a second of silence is played through it, timed.
      const check = await checkPlayer(player);
      io.out(`player: ${player.label}${opts.player ? ' (--player)' : ''} — ${check.ok ? check.detail : 'no sound'}\n`);
      if (!check.ok) io.err(`langdu: ${check.detail}\n`);
      sound = check.ok;
    }
  }
  if (!any) io.err('langdu: no speech engine is available; reading works, listening does not (install espeak-ng, or a sherpa-onnx voice: see the README)\n');
  return sound ? 0 : 1;
}
