// The README is what a newcomer reads: every key of every mode's table is in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_TABLES, type KeyMode, keyLabel } from '../src/reader/keys.js';
import { ROOT } from './helpers.js';

describe('README', () => {
  it('names every key of every mode', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Keys'), readme.indexOf('## Command line'));
    // The normal mode's keys: each is a key of the table's first column.
    const tableKeys = new Set(
      section
        .split('\n')
        .filter((l) => l.startsWith('| ') && !l.startsWith('| keys') && !l.startsWith('| ---'))
        .map((l) => l.split('|')[1]!.trim())
        // "↑ k / ↓ j": a lone / separates keys, unless it is the whole cell (the search key).
        .flatMap((cell) => (cell === '/' ? ['/'] : cell.split(/\s+/).filter((k) => k !== '/'))),
    );
    const missing = KEY_TABLES.normal.flatMap((b) =>
      keyLabel(b)
        .split(' ')
        .filter((k) => !tableKeys.has(k))
        .map((k) => `${k} (${b.command})`),
    );
    expect(missing).toEqual([]);
    // The other modes' keys are in the paragraph after the table.
    const prose = section.slice(section.indexOf('In a prompt'));
    for (const mode of ['prompt', 'list', 'overlay'] as KeyMode[]) {
      for (const b of KEY_TABLES[mode]) for (const k of keyLabel(b).split(' ')) if (k !== '文字') expect(prose, `${mode}: ${k}`).toContain(k);
    }
  });
});
