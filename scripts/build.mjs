// Bundles the CLI into one file, dist/langdu.js: one module to load is what makes start-up fast
// (unbundled Ink alone takes ~0.6 s to import here).

import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Ink (and the helpers it uses) measure text with string-width; in the bundle those imports go to our
// range-table front (src/ui/fast-string-width.ts), which itself falls back to the real package.
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    const shim = fileURLToPath(new URL('../src/ui/fast-string-width.ts', import.meta.url));
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === shim ? undefined : { path: shim }));
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = process.argv.includes('--bench');
// Chunk names carry a content hash: clear the old ones so dist/ holds only what the entry imports.
const chunks = bench ? 'bench-chunks' : 'chunks';
rmSync(new URL(`../dist/${chunks}`, import.meta.url), { recursive: true, force: true });
// See yoga-without-fetch.mjs: the same Yoga, loaded without waking Node's fetch.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    const shim = fileURLToPath(new URL('./yoga-without-fetch.mjs', import.meta.url));
    b.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: shim }));
  },
};

// string-width, slice-ansi and ansi-tokenize (Ink's helpers) each make an Intl.Segmenter when loaded, which costs ~10 ms of start-up
// apiece (ICU's break rules); the reader's first frame needs neither (its widths come from the range
// table), and Ink rarely does. Here each is made on first use instead; the build fails if the line moved.
const LAZY_SEGMENTERS = [
  [
    /[\\/]string-width[\\/]index\.js$/,
    'const segmenter = new Intl.Segmenter();',
    'let made; const segmenter = { segment: (s) => (made ??= new Intl.Segmenter()).segment(s) };',
  ],
  [
    /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
    "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
    "let made; const GRAPHEME_SEGMENTER = { segment: (s) => (made ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(s) };",
  ],
  [
    /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
    'let made; const segmenter = { segment: (s) => (made ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(s) };',
  ],
];
const lazySegmenters = {
  name: 'lazy-segmenters',
  setup(b) {
    for (const [filter, from, to] of LAZY_SEGMENTERS) {
      b.onLoad({ filter }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(from)) throw new Error(`${args.path}: expected "${from}" (update scripts/build.mjs)`);
        return { contents: source.replace(from, to), loader: 'js' };
      });
    }
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { [bench ? 'bench' : 'langdu']: bench ? 'bench/bench.ts' : 'src/bin.ts' },
  outdir: 'dist',
  // Code that only some commands need (the TUI, speech, cn→tw, encodings, HTML) goes into chunks that
  // load when first imported, so `langdu outline` does not compile Ink and the TUI does not compile
  // the cn→tw dictionaries.
  splitting: true,
  chunkNames: `${chunks}/[name]-[hash]`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies inside an ESM bundle need a real `require`.
  banner: { js: "import { createRequire as __langduCreateRequire } from 'node:module'; const require = __langduCreateRequire(import.meta.url);" },
  // Ink imports react-devtools-core only when DEV is set; marking it external crashes at start-up.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  // pdf.js runs from node_modules as published: it loads its worker module and its CJK character maps
  // (cmaps/) from files beside it. It is imported only when a PDF is opened.
  // lamejs (LGPL) stays its own module in node_modules, replaceable as its licence asks, and is
  // loaded only when an MP3 is written.
  external: ['pdfjs-dist', 'pdfjs-dist/*', '@breezystack/lamejs'],
  legalComments: 'none',
  // Less source for V8 to scan at start-up; errors are reported as one line, never as a stack.
  minify: true,
  logLevel: 'warning',
  plugins: [fastStringWidth, yogaWithoutFetch, lazySegmenters],
});
