// What the talking-book tests share: the tools they check with (EPUBCheck, sox, daisy-player) and how
// they read a book back.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { readEntry, zipEntries } from '../../src/document/formats/zip.js';
import { needTool, Tmux } from '../e2e/tmux.js';

export const EPUBCHECK = '/usr/share/java/epubcheck.jar';
export const CI = process.env.CI === 'true' || process.env.CI === '1';
/** A file a test needs: under CI its absence is a failure, elsewhere a printed skip. */
export function needFile(path: string, pkg: string): boolean {
  if (existsSync(path)) return true;
  if (CI) throw new Error(`${path} is required under CI (apt-get install -y ${pkg})`);
  console.warn(`skipping: ${path} is missing (apt-get install -y ${pkg})`);
  return false;
}
export const haveSpeech = needTool('espeak-ng') && needTool('sox');
export const haveEpubcheck = needTool('java') && needFile(EPUBCHECK, 'epubcheck');
export const haveDaisy = needTool('daisy-player') && needTool('tmux') && needTool('unshare') && needTool('setpriv');

/** The EPUB's files, read with the document reader's own ZIP code (not the writer's). */
export function unzip(file: string): Map<string, string> {
  const bytes = readFileSync(file);
  const out = new Map<string, string>();
  for (const [name, entry] of zipEntries(bytes)) if (!name.endsWith('.mp3')) out.set(name, readEntry(bytes, entry, 1 << 24).toString('utf8'));
  return out;
}

export function epubcheck(file: string): string {
  const r = spawnSync('java', ['-jar', EPUBCHECK, file], { encoding: 'utf8', timeout: 120_000 });
  return `${r.stdout}\n${r.stderr}`;
}

/** The decoded samples of an MP3 (16-bit mono) and their rate. */
export function decode(mp3: string): { pcm: Int16Array; rate: number } {
  const rate = Number(execFileSync('soxi', ['-r', mp3], { encoding: 'utf8' }).trim());
  const raw = execFileSync('sox', [mp3, '-t', 'raw', '-e', 'signed', '-b', '16', '-c', '1', '-'], { maxBuffer: 1 << 28 });
  return { pcm: new Int16Array(raw.buffer, raw.byteOffset, raw.length / 2), rate };
}

/**
 * daisy-player lists a book's items only on a machine with a sound card and for a member of the group
 * audio: on a machine without (a container, CI) it runs in a mount namespace of its own whose /proc
 * lists one card, under the group audio. It plays nothing: the test reads its list and quits.
 */
export async function expectDaisyPlayerShows(tmp: string, book: string, headings: string[]): Promise<void> {
  const home = mkdtempSync(join(tmp, 'home-'));
  const script = join(home, 'daisy.sh');
  writeFileSync(
    script,
    [
      // A machine with a sound card, and a user in the group audio: as it is.
      'if [ -r /proc/asound/cards ] && id -nG | grep -qw audio; then exec daisy-player -i -d default:alsa "$1"; fi',
      // Otherwise (root in a container, CI): a mount namespace whose /proc lists one card, under the group audio.
      'exec unshare -m sh -c \'mount -t tmpfs none /proc && mkdir /proc/asound && printf " 0 [Dummy          ]: Dummy - Dummy\\n                      Dummy 1\\n" > /proc/asound/cards && exec setpriv --regid=audio --groups=audio daisy-player -i -d default:alsa "$0"\' "$1"',
      '',
    ].join('\n'),
  );
  const shell = `sh ${script} ${book}`;
  const t = new Tmux(shell, { HOME: home, LANG: 'C.UTF-8' }, { cols: 100, rows: 30 });
  try {
    // The title bar comes first; the list of items once the book is read.
    const screen = await t.waitFor((s) => (/total length/.test(s) && headings.every((h) => s.includes(h))) || /EXIT=\d/.test(s), 30_000);
    expect(screen).toMatch(/total length: 00:0\d:\d\d/);
    for (const h of headings) expect(screen).toContain(h);
    t.send('q');
    await t.waitFor(/EXIT=0/, 15_000);
  } finally {
    t.kill();
  }
}
