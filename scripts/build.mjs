// Bundles the CLI into dist/langdu.js and the chunks it loads when it needs them (dist/chunks): few
// modules to load is what makes start-up fast (unbundled Ink alone takes ~0.6 s to import here).

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

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
const REQUIRE_BANNER = "import { createRequire as __langduCreateRequire } from 'node:module'; const require = __langduCreateRequire(import.meta.url);";
const bench = process.argv.includes('--bench');
const entryFile = `dist/${bench ? 'bench' : 'langdu'}.js`;
// Chunk names carry a content hash: clear the old ones so dist/ holds only what the entry imports.
const chunks = bench ? 'bench-chunks' : 'chunks';
const WORKER_ENTRY = `${chunks}/open-worker`;
// open.ts holds this mark where the worker's path goes: replaced below by the path from its file.
const WORKER_MARK = '@@langdu-open-worker@@';
rmSync(new URL(`../dist/${chunks}`, import.meta.url), { recursive: true, force: true });
for (const old of [entryFile, entryFile.replace(/\.js$/, '.mjs')]) rmSync(new URL(`../${old}`, import.meta.url), { force: true });
// See yoga-at-once.mjs: the same Yoga, started without a top-level await (nor Node's fetch). Its loader
// keeps the WebAssembly as a data: URL inside a function; the shim needs the bytes at load.
const YOGA_WASM = /H="(data:application\/octet-stream;base64,[A-Za-z0-9+/=]+)"/;
const yogaAtOnce = {
  name: 'yoga-at-once',
  setup(b) {
    const shim = fileURLToPath(new URL('./yoga-at-once.mjs', import.meta.url));
    b.onResolve({ filter: /^yoga-layout$/ }, () => ({ path: shim }));
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const url = YOGA_WASM.exec(source)?.[1];
      if (!url) throw new Error(`${args.path}: expected the WebAssembly as H="data:…" (update scripts/build.mjs)`);
      return { contents: `${source.replace(YOGA_WASM, () => 'H=wasmDataUrl')}\nexport const wasmDataUrl = ${JSON.stringify(url)};\n`, loader: 'js' };
    });
  },
};

// string-width, slice-ansi and ansi-tokenize (Ink's helpers) each make an Intl.Segmenter when loaded, which costs ~10 ms of start-up
// apiece (ICU's break rules), and string-width compiles /^\p{RGI_Emoji}$/v, which costs ~16 ms (V8 expands
// the emoji sequences when the pattern is parsed); the reader's first frame needs none of them (its widths
// come from the range table), and Ink rarely does. Here each is made on first use instead; the build fails
// if a line moved.
const LAZY_AT_LOAD = [
  [
    /[\\/]string-width[\\/]index\.js$/,
    ['const segmenter = new Intl.Segmenter();', 'let made; const segmenter = { segment: (s) => (made ??= new Intl.Segmenter()).segment(s) };'],
    [
      'const visibleCharacterRegex = /[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]/v;',
      "let visibleMade; const visible = () => (visibleMade ??= new RegExp('[^\\\\p{Default_Ignorable_Code_Point}\\\\p{Control}\\\\p{Format}\\\\p{Nonspacing_Mark}\\\\p{Enclosing_Mark}\\\\p{Surrogate}]', 'v')); const visibleCharacterRegex = { test: (s) => visible().test(s), [Symbol.search]: (s) => visible()[Symbol.search](s) };",
    ],
    [
      'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
      "let rgiMade; const rgiEmojiRegex = { test: (s) => (rgiMade ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s) };",
    ],
  ],
  // Ink's reconciler awaits, at the top level, two things it does only when DEV=true (React DevTools,
  // which this bundle stubs out, and Ink's package.json for them): without the awaits it can be CommonJS.
  [
    /[\\/]ink[\\/]build[\\/]reconciler\.js$/,
    ["        await import('./devtools.js');", "        import('./devtools.js');"],
    ['    ? await loadPackageJson()', '    ? { name: undefined, version: undefined }'],
  ],
  // env-paths imports node:process, the global `process`: as an ES module Node reads every property of
  // it first (~2.5 ms).
  [/[\\/]env-paths[\\/]index\.js$/, ["import process from 'node:process';\n", '']],
  // pinyin-pro builds one automaton of all its ~9 000 words on its first reading (~30 ms and much
  // garbage, before `speak`'s first sentence). __langduWordsFor(text) builds one of only the words found
  // in `text`; a reading of text inside it gives the same matches in the same order (every word that
  // occurs in it is kept, so the same suffixes are found, longest first), and any other text, or a
  // dictionary added, builds the whole automaton first. Tested in tests/speech/pinyin-bundle.test.ts.
  [
    /[\\/]pinyin-pro[\\/]dist[\\/]esm[\\/]common[\\/]segmentit[\\/]index\.mjs$/,
    [
      'let acBuilt = false;\nconst acTree = new AC();\nfunction ensureAcBuilt() {\n    if (!acBuilt) {\n        acTree.build(PatternsNormal);\n        acBuilt = true;\n    }\n}',
      'let acBuilt = false;\nlet acTree = new AC();\nlet acPartial = null;\nfunction ensureAcBuilt(text) {\n    if (!acBuilt) {\n        if (acPartial !== null && typeof text === "string" && acPartial.includes(text)) return;\n        acTree = new AC();\n        acPartial = null;\n        acTree.build(PatternsNormal);\n        acBuilt = true;\n    }\n}\nfunction prepareAcFor(text) {\n    if (acBuilt) return;\n    acTree = new AC();\n    acTree.build(PatternsNormal.filter((p) => text.includes(p.zh)));\n    acPartial = text;\n}',
    ],
    [
      'export { AC, TokenizationAlgorithm, acTree, ensureAcBuilt, scheduleAcBuild };',
      'export { AC, TokenizationAlgorithm, acTree, ensureAcBuilt, prepareAcFor, scheduleAcBuild };',
    ],
  ],
  // Its character table is an array indexed by UTF-16 code, filled from 0x3007 up: begun empty, V8
  // keeps it as a slow dictionary after the first far index; made 65536 long, as fast elements.
  [
    /[\\/]pinyin-pro[\\/]dist[\\/]esm[\\/]common[\\/]utils\.mjs$/,
    ['    constructor() {\n        this.NumberDICT = [];\n', '    constructor() {\n        this.NumberDICT = new Array(65536);\n'],
  ],
  [
    /[\\/]pinyin-pro[\\/]dist[\\/]esm[\\/]core[\\/]pinyin[\\/]handle\.mjs$/,
    [
      '    ensureAcBuilt();\n    const searchWord = traditional ? getTraditionalWords(word) : word;\n',
      '    const searchWord = traditional ? getTraditionalWords(word) : word;\n    ensureAcBuilt(searchWord);\n',
    ],
  ],
  [
    /[\\/]pinyin-pro[\\/]dist[\\/]esm[\\/]index\.mjs$/,
    [
      "export { OutputFormat } from './core/segment/middlewares.mjs';",
      "export { OutputFormat } from './core/segment/middlewares.mjs';\nexport { prepareAcFor as __langduWordsFor } from './common/segmentit/index.mjs';",
    ],
  ],
  [
    /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
    [
      "const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});",
      "let made; const GRAPHEME_SEGMENTER = { segment: (s) => (made ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(s) };",
    ],
  ],
  [
    /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
    [
      'const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });',
      'let made; const segmenter = { segment: (s) => (made ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(s) };',
    ],
  ],
];
const lazyAtLoad = {
  name: 'lazy-at-load',
  setup(b) {
    for (const [filter, ...edits] of LAZY_AT_LOAD) {
      b.onLoad({ filter }, (args) => {
        // Line ends made LF (some packages mix CRLF in), which JavaScript reads the same.
        let source = readFileSync(args.path, 'utf8').replace(/\r\n/g, '\n');
        for (const [from, to] of edits) {
          if (!source.includes(from)) throw new Error(`${args.path}: expected "${from}" (update scripts/build.mjs)`);
          source = source.replace(from, () => to); // a function, so $' in `to` is not a replacement pattern
        }
        return { contents: source, loader: 'js' };
      });
    }
  },
};

// pinyin-pro keeps its dictionaries as JavaScript literals: dict1 maps each reading to an array of
// ~21 000 one-character strings, dict2–5 and the surnames are objects of ~9 000 words. V8 compiles such
// literals far more slowly than JSON.parse reads the same data (and a code cache of them is as slow to
// read back), so here each becomes JSON.parse of the same data; dict1's arrays become strings of their
// characters, which its `for (let char of chars)` walks the same way, one code point at a time. The
// build fails if a file no longer has the shape this expects.
const PINYIN_DATA = [
  ['dict1', 'map', 'DICT1'],
  ['dict2', 'DICT2', 'Pattern2'],
  ['dict3', 'DICT3', 'Pattern3'],
  ['dict4', 'DICT4', 'Pattern4'],
  ['dict5', 'DICT5', 'Pattern5'],
  ['surname', 'Surnames', 'PatternSurname'],
];
const pinyinAsJson = {
  name: 'pinyin-as-json',
  setup(b) {
    for (const [file, name, next] of PINYIN_DATA) {
      b.onLoad({ filter: new RegExp(`[\\\\/]pinyin-pro[\\\\/]dist[\\\\/]esm[\\\\/]data[\\\\/]${file}\\.mjs$`) }, (args) => {
        // Its files mix CRLF and LF line ends.
        const source = readFileSync(args.path, 'utf8').replace(/\r\n/g, '\n');
        const start = source.indexOf(`\nconst ${name} = {\n`);
        const end = source.indexOf(`\n};\nconst ${next} = `, start);
        if (start < 0 || end < 0) throw new Error(`${args.path}: expected "const ${name} = {" … "};" (update scripts/build.mjs)`);
        const literal = source.slice(start + `\nconst ${name} = `.length, end + 3);
        const data = new Function(`return ${literal}`)();
        const out = {};
        for (const [k, v] of Object.entries(data)) {
          if (typeof v === 'string' && file !== 'dict1') out[k] = v;
          else if (Array.isArray(v) && file === 'dict1' && v.every((c) => typeof c === 'string' && [...c].length === 1)) out[k] = v.join('');
          else throw new Error(`${args.path}: ${name}[${JSON.stringify(k)}] is not what the build expects (update scripts/build.mjs)`);
        }
        const json = `JSON.parse(${JSON.stringify(JSON.stringify(out))})`;
        return { contents: `${source.slice(0, start)}\nconst ${name} = ${json};${source.slice(end + 3)}`, loader: 'js' };
      });
    }
  },
};

const result = await build({
  absWorkingDir: root,
  metafile: true,
  // The worker that opens documents (src/document/open.ts) is an entry of its own, beside the chunks.
  entryPoints: bench ? { bench: 'bench/bench.ts' } : { langdu: 'src/bin.ts', [WORKER_ENTRY]: 'src/document/open-worker.ts' },
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
  // CommonJS dependencies inside an ESM bundle need a real `require` (only the files that use it keep
  // this line: see the end of this file).
  banner: { js: REQUIRE_BANNER },
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
  plugins: [fastStringWidth, yogaAtOnce, lazyAtLoad, pinyinAsJson],
});

// Then every file that can be CommonJS becomes CommonJS. Node 20 loads an ES module with much more
// work than a CommonJS one: the ES module loader itself (~8 ms the first time), and for each module an
// asynchronous read, URL resolution and linking, and an ES module made of each Node built-in it imports.
// Before the reader's first frame that was ~20% of all the instructions (callgrind). The files are the
// same chunks, each loaded once: they only change how they import and export. A file stays an ES module
// (.mjs) if it has a top-level await (Ink's chunk: Yoga's WebAssembly is awaited) or imports one; an
// ES module imports a CommonJS chunk by name (esbuild writes the export names where Node's ES module
// loader reads them), and CommonJS code imports an ES module with import().
const dir = `${root}/dist`;
const outputs = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
const code = new Map(outputs.map((f) => [f, readFileSync(`${root}/${f}`, 'utf8')]));
// The line esbuild puts first in every file; CommonJS has its own require, and an ES module keeps the
// line only if its code names `require` (making one costs each module that loads it).
const withoutBanner = (f) => {
  const text = code.get(f);
  const shebang = /^#!.*\n/.exec(text)?.[0] ?? '';
  if (!text.startsWith(`${REQUIRE_BANNER}\n`, shebang.length)) throw new Error(`${f}: expected the require banner first (update scripts/build.mjs)`);
  return { shebang, body: text.slice(shebang.length + REQUIRE_BANNER.length + 1) };
};
const esm = new Set();
for (const f of outputs) {
  try {
    await transform(withoutBanner(f).body, { format: 'cjs', platform: 'node', target: 'node20', logLevel: 'silent' });
  } catch (e) {
    if (!e.errors?.every((x) => x.text.startsWith('Top-level await'))) throw e;
    esm.add(f);
  }
}
for (let grew = true; grew; ) {
  grew = false;
  for (const f of outputs) {
    if (esm.has(f)) continue;
    if (result.metafile.outputs[f].imports.some((i) => i.kind === 'import-statement' && esm.has(i.path))) grew = esm.add(f);
  }
}
const renamed = (f) => (esm.has(f) ? f.replace(/\.js$/, '.mjs') : f);
const relative = (from, to) => {
  const r = path.posix.relative(path.posix.dirname(from), to);
  return r.startsWith('.') ? r : `./${r}`;
};
const workerOut = `dist/${WORKER_ENTRY}.js`;
let marks = 0;
for (const f of outputs) {
  let { shebang, body } = withoutBanner(f);
  if (body.includes(WORKER_MARK)) {
    marks += body.split(WORKER_MARK).length - 1;
    body = body.replaceAll(WORKER_MARK, relative(f, renamed(workerOut)));
  }
  for (const i of result.metafile.outputs[f].imports) {
    if (i.external) continue;
    const was = JSON.stringify(relative(f, i.path));
    const now = JSON.stringify(relative(f, renamed(i.path)));
    if (!body.includes(was)) throw new Error(`${f}: expected ${was} in its code (update scripts/build.mjs)`);
    // CommonJS code loads a CommonJS chunk with require, synchronously; import() would start the ES
    // module loader for it.
    if (!esm.has(f) && !esm.has(i.path) && i.kind === 'dynamic-import') body = body.replaceAll(`import(${was})`, `Promise.resolve().then(()=>require(${now}))`);
    else body = body.replaceAll(was, now);
  }
  if (esm.has(f)) {
    if (/\brequire\b/.test(body)) body = `${REQUIRE_BANNER}\n${body}`;
  } else {
    const uses = body.includes('import.meta');
    body = (
      await transform(body, {
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        minify: true,
        legalComments: 'none',
        ...(uses ? { define: { 'import.meta.url': '__langduUrl' }, banner: 'var __langduUrl=require("node:url").pathToFileURL(__filename).href;' } : {}),
      })
    ).code;
    if (body.includes('import.meta')) throw new Error(`${f}: import.meta left in CommonJS (update scripts/build.mjs)`);
  }
  rmSync(`${root}/${f}`);
  writeFileSync(`${root}/${renamed(f)}`, shebang + body, { mode: f === entryFile ? 0o755 : 0o644 });
}
if (!bench && (marks !== 1 || !outputs.includes(workerOut)))
  throw new Error(`expected one worker mark (found ${marks}) and ${workerOut} (update scripts/build.mjs)`);
// dist/ is CommonJS by default (the package is "type": "module"); its ES modules are .mjs.
writeFileSync(`${dir}/package.json`, '{ "type": "commonjs" }\n');
