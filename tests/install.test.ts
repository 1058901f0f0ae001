// The install path the README gives a newcomer: `npm install -g .` puts a `langdu` command on PATH that
// works from any folder (npx would ask the registry for a package named langdu outside the repository).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { ROOT, SEED_PATH } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'langdu-install-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm install -g .', () => {
  it('gives a langdu command that opens a report from any folder', () => {
    const prefix = join(work, 'prefix');
    // A private global prefix, so the test installs nothing for the user.
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', ROOT], { encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const elsewhere = join(work, 'Documents');
    spawnSync('mkdir', ['-p', elsewhere]);
    copyFileSync(SEED_PATH, join(elsewhere, '报告.txt'));
    const env = { ...process.env, PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}` };
    const version = spawnSync('langdu', ['--version'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(pkg.version);
    const outline = spawnSync('langdu', ['outline', '报告.txt'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(outline.status, outline.stderr).toBe(0);
    expect(outline.stdout).toContain('一、2024年法治政府建設主要舉措及成效');
    // With no FILE, the bundled report is found from the install, not from the working folder.
    const bundled = spawnSync('langdu', ['outline'], { cwd: elsewhere, env, encoding: 'utf8' });
    expect(bundled.stdout.split('\n')[0]).toContain('法治政府建設工作情況報告');
  }, 120_000);
});
