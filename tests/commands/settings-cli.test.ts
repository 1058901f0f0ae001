// speak and export read as the reader last did: the rate, voice and earcons saved in settings.json, under
// whatever the command line says. Checked on the exported audio itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const dir = mkdtempSync(join(tmpdir(), 'langdu-settings-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Export node `at` with these saved settings and arguments; the WAV's bytes. */
function exported(name: string, settings: object | null, args: string[] = [], at = '1.1'): Buffer {
  return exportedWith(name, settings, args, at).wav;
}

function exportedWith(name: string, settings: object | null, args: string[], at: string): { wav: Buffer; said: string } {
  const config = join(dir, name, 'config');
  mkdirSync(join(config, 'langdu'), { recursive: true });
  if (settings) writeFileSync(join(config, 'langdu', 'settings.json'), JSON.stringify(settings));
  const out = join(dir, name, 'out.wav');
  const r = spawnSync(process.execPath, [BIN, 'export', '--at', at, '-o', out, ...args], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: config, XDG_STATE_HOME: join(dir, name, 'state'), XDG_RUNTIME_DIR: dir },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return { wav: readFileSync(out), said: r.stdout };
}

// Three exports of a part each: minutes on a loaded 2-core machine, so each test has as long as one export may take.
describe.skipIf(!needTool('espeak-ng'))('export reads the saved settings', { timeout: 240_000 }, () => {
  it('the saved rate, unless --rate says otherwise', () => {
    const plain = exported('plain', null);
    const saved = exported('saved-rate', { rate: 400, rateUnit: 'cpm' });
    expect(saved.equals(exported('flag-rate', null, ['--rate', '400']))).toBe(true);
    expect(saved.length).toBeLessThan(plain.length * 0.8); // faster is shorter
    expect(exported('both', { rate: 400, rateUnit: 'cpm' }, ['--rate', '260']).equals(exported('flag-default', null, ['--rate', '260']))).toBe(true);
  });

  it('the "wrote" line says the rate and voice it read with, and when they came from the reader', () => {
    expect(exportedWith('said-saved', { rate: 400, rateUnit: 'cpm' }, [], '1.1.1').said).toMatch(
      / of audio; 普通话, 400 字\/分钟; the rate saved in the reader\)\n$/,
    );
    expect(exportedWith('said-flag', { rate: 400, rateUnit: 'cpm' }, ['--rate', '300'], '1.1.1').said).toMatch(/ of audio; 普通话, 300 字\/分钟\)\n$/);
  });

  it('earcons saved off leave them out, as --no-earcons does', () => {
    const withTones = exported('tones', null, [], '1');
    const off = exported('earcons-off', { earcons: false }, [], '1');
    expect(off.equals(exported('flag-off', null, ['--no-earcons'], '1'))).toBe(true);
    expect(off.equals(withTones)).toBe(false);
  });

  it('a saved voice the engine does not have is passed over (a --voice it does not have is an error)', () => {
    expect(exported('gone-voice', { voice: 'no-such-voice' }).equals(exported('plain2', null))).toBe(true);
  });
});

describe.skipIf(!needTool('espeak-ng'))('a settings.json that is a FIFO', () => {
  it('export goes on with its defaults and one warning, at once (it waited for a writer for ever)', async () => {
    const { execFileSync } = await import('node:child_process');
    const config = join(dir, 'fifo', 'config');
    mkdirSync(join(config, 'langdu'), { recursive: true });
    execFileSync('mkfifo', [join(config, 'langdu', 'settings.json')]);
    const out = join(dir, 'fifo', 'out.wav');
    const r = spawnSync(process.execPath, [BIN, 'export', '--at', '1.1.1', '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: config, XDG_STATE_HOME: join(dir, 'fifo', 'state'), XDG_RUNTIME_DIR: dir },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /^langdu: warning: cannot read .*settings\.json: it is a FIFO \(named pipe\); starting without it, and not saving over it \(remove it, or move it away\)\n/,
    );
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('RIFF');
  });
});
