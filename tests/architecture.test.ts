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

  it('inside a folder too, files import one way: no file of src/ or bench/ imports itself round a cycle', () => {
    for (const root of [SRC, join(ROOT, 'bench')]) {
      const all = files(root);
      const next = new Map<string, string[]>();
      for (const file of all) {
        const to: string[] = [];
        for (const spec of imports(file)) {
          if (!spec.startsWith('.')) continue;
          const base = resolve(dirname(file), spec).replace(/\.js$/, '');
          const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => all.includes(c));
          if (hit) to.push(hit);
        }
        next.set(file, to);
      }
      // Depth-first with colours: a grey file met again is a cycle (each file is finished once).
      const colour = new Map<string, 'grey' | 'black'>();
      const cycles: string[] = [];
      const visit = (file: string, path: string[]) => {
        colour.set(file, 'grey');
        for (const to of next.get(file) ?? []) {
          if (colour.get(to) === 'grey') cycles.push([...path.slice(path.indexOf(to)), to].map((p) => relative(root, p)).join(' → '));
          else if (!colour.has(to)) visit(to, [...path, to]);
        }
        colour.set(file, 'black');
      };
      for (const file of all) if (!colour.has(file)) visit(file, [file]);
      expect(cycles, relative(ROOT, root)).toEqual([]);
    }
  });
});
