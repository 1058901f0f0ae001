// The house rules, checked: layers run one way (no two folders of src/ import each other), and the core
// folders never import the UI, Ink or the commands.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** src/FOLDER of a file; a file at the top of src/ (cli, errors, paths) is a layer of its own. */
const folderOf = (file: string) => {
  const rel = relative(SRC, file).split('/');
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.tsx?$/, '').replace(/^bin$/, 'cli');
};

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

const edges = new Map<string, Set<string>>();
const packagesOf = new Map<string, Set<string>>();
for (const file of files(SRC)) {
  const from = folderOf(file);
  for (const spec of imports(file)) {
    if (spec.startsWith('.')) {
      const to = folderOf(resolve(dirname(file), spec));
      if (to !== from) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
    } else (packagesOf.get(from) ?? packagesOf.set(from, new Set()).get(from)!).add(spec);
  }
}

describe('architecture', () => {
  it('no two folders of src/ import each other, directly or round a cycle', () => {
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of edges.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const start of edges.keys()) visit(start, [start]);
    expect(cycles).toEqual([]);
  });

  it('the core (document, script, speech, reader, store) never imports ui, commands, Ink or React', () => {
    for (const core of ['document', 'script', 'speech', 'reader', 'store']) {
      expect(
        [...(edges.get(core) ?? [])].filter((f) => f === 'ui' || f === 'commands' || f === 'cli'),
        core,
      ).toEqual([]);
      expect(
        [...(packagesOf.get(core) ?? [])].filter((p) => p === 'ink' || p === 'react'),
        core,
      ).toEqual([]);
    }
  });
});
