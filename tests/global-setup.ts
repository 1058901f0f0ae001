// The CLI and end-to-end tests run the real bundled program, so build it once before any test runs.
// Every test runs with a config, state and cache folder of its own: the tester's real settings (a rate, a
// voice, earcons off) must neither change what a test hears nor be changed by one, and nothing is left
// behind in /tmp.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const home = mkdtempSync(join(tmpdir(), 'langdu-test-home-'));
  process.env.XDG_CONFIG_HOME = join(home, 'config');
  process.env.XDG_STATE_HOME = join(home, 'state');
  // The espeak-ng probe's kept answer too: each run of the suite starts with none.
  process.env.XDG_CACHE_HOME = join(home, 'cache');
  // Nor a sherpa-onnx voice the tester installed (it would go before espeak-ng).
  process.env.XDG_DATA_HOME = join(home, 'data');
  // espeak-ng's PulseAudio library makes a /tmp/pulse-* folder when there is no runtime folder.
  process.env.XDG_RUNTIME_DIR = home;
  return () => rmSync(home, { recursive: true, force: true });
}
