// Bundles the CLI into one file, dist/langdu.js: one module to load is what makes start-up fast
// (unbundled Ink alone takes ~0.6 s to import here).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bench = process.argv.includes('--bench');
await build({
  absWorkingDir: root,
  entryPoints: [bench ? 'bench/bench.ts' : 'src/bin.ts'],
  outfile: bench ? 'dist/bench.js' : 'dist/langdu.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies inside an ESM bundle need a real `require`.
  banner: { js: "import { createRequire as __langduCreateRequire } from 'node:module'; const require = __langduCreateRequire(import.meta.url);" },
  // Ink imports react-devtools-core only when DEV is set; marking it external crashes at start-up.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
