// What `export -o` may replace, on a real file system: no engine needed.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTargetUnchanged, outputTarget, splitFolder, targetOf } from '../../src/commands/output-target.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-target-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

describe('outputTarget', () => {
  it('a new name in an existing folder, or a regular file, is itself', () => {
    expect(outputTarget(at('new.wav'))).toBe(at('new.wav'));
    writeFileSync(at('old.wav'), 'x');
    expect(outputTarget(at('old.wav'))).toBe(at('old.wav'));
  });

  it('follows a chain of links to the file at its end', () => {
    writeFileSync(at('end.wav'), 'x');
    symlinkSync('end.wav', at('l1.wav'));
    symlinkSync(at('l1.wav'), at('l2.wav'));
    expect(outputTarget(at('l2.wav'))).toBe(at('end.wav'));
  });

  it('refuses a loop of links, a path through a file, a folder, and a missing folder, each in one line', () => {
    symlinkSync('loop-b.wav', at('loop-a.wav'));
    symlinkSync('loop-a.wav', at('loop-b.wav'));
    expect(() => outputTarget(at('loop-a.wav'))).toThrow(/is a loop of symbolic links; choose another -o$/);
    writeFileSync(at('plain'), 'x');
    expect(() => outputTarget(at('plain/x.wav'))).toThrow(`${at('plain')} is not a folder; choose another -o`);
    expect(() => outputTarget(dir)).toThrow(`${dir} is a folder; give a file name such as report.wav (or use --split)`);
    symlinkSync('nowhere/x.wav', at('into-nowhere.wav'));
    expect(() => outputTarget(at('into-nowhere.wav'))).toThrow(
      `${at('into-nowhere.wav')} points into folder ${at('nowhere')}, which does not exist; create it or choose another -o`,
    );
  });

  it('before the rename: a link pointed elsewhere meanwhile is a change, and nothing is written', () => {
    writeFileSync(at('first.wav'), 'x');
    writeFileSync(at('second.wav'), 'x');
    symlinkSync('first.wav', at('moving.wav'));
    const target = outputTarget(at('moving.wav'));
    expect(() => checkTargetUnchanged(at('moving.wav'), target)).not.toThrow();
    unlinkSync(at('moving.wav'));
    symlinkSync('second.wav', at('moving.wav'));
    expect(() => checkTargetUnchanged(at('moving.wav'), target)).toThrow(
      `${at('moving.wav')} now leads to ${at('second.wav')}: it changed during the export, so it was left as it is and nothing was written`,
    );
  });

  it('targetOf says why, without throwing', () => {
    expect(targetOf(at('new2.wav'))).toEqual({ path: at('new2.wav') });
    expect(targetOf('/no/such/folder/x.wav')).toEqual({ why: 'folder /no/such/folder does not exist', hint: 'create it or choose another -o' });
  });
});

describe('splitFolder', () => {
  it('an existing folder is used, a new one is made only where its parent exists', () => {
    mkdirSync(at('parts'));
    expect(splitFolder(at('parts'))).toEqual({ create: false });
    expect(splitFolder(at('new-parts'))).toEqual({ create: true });
    expect(() => splitFolder(at('no/parts'))).toThrow(`folder ${at('no')} does not exist; create it or choose another -o`);
    expect(() => splitFolder(at('old.wav'))).toThrow(/is not a folder; --split writes one file per part into a folder$/);
  });
});

describe('folderProblem', () => {
  it('names the folder and the fix for a full, read-only or missing one', async () => {
    const { folderProblem } = await import('../../src/commands/export.js');
    const err = (code: string) => Object.assign(new Error(code), { code });
    const tmp = 'the temporary folder /tmp';
    const hint = 'or set TMPDIR to another folder';
    expect(folderProblem(tmp, err('ENOSPC'), hint)).toBe(
      'no space left in the temporary folder /tmp (ENOSPC); free some space there or set TMPDIR to another folder',
    );
    expect(folderProblem(tmp, err('EACCES'), hint)).toBe(
      'cannot write in the temporary folder /tmp (EACCES); fix its permissions or set TMPDIR to another folder',
    );
    expect(folderProblem(tmp, err('EROFS'), hint)).toBe(
      'cannot write in the temporary folder /tmp (EROFS); fix its permissions or set TMPDIR to another folder',
    );
    expect(folderProblem('folder /x', err('ENOENT'), 'or choose another -o')).toBe('folder /x does not exist; create it or choose another -o');
  });
});

describe('audioSummary', () => {
  it('rounds the length as a whole (59.6 s is 1:00, never 0:60) and names what read it', async () => {
    const { audioSummary } = await import('../../src/commands/export.js');
    const by = { name: '普通话', rate: 260, voiceSaved: false, rateSaved: false };
    expect(audioSummary(59.6, by)).toBe('1:00 of audio; 普通话, 260 字/分钟');
    expect(audioSummary(119.5, by)).toBe('2:00 of audio; 普通话, 260 字/分钟');
    expect(audioSummary(61.4, { ...by, voiceSaved: true, rateSaved: true })).toBe('1:01 of audio; 普通话, 260 字/分钟; the voice and rate saved in the reader');
  });
});
