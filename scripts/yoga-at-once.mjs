// Stands in for `yoga-layout` in the bundle. Its Emscripten loader compiles the WebAssembly
// asynchronously, so yoga-layout awaits it at the top level, and a module with a top-level await (and
// every module that imports it, Ink and the App among them) cannot be CommonJS, which Node loads with
// less work (build.mjs). Here the same bytes are compiled synchronously, through the loader's own
// instantiateWasm hook: the layout engine is identical. Nor does this wake Node's fetch, which the
// loader reaches for whenever fetch exists (that loads undici: ~10 ms).
import loadYoga, { wasmDataUrl } from '../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from '../node_modules/yoga-layout/dist/src/wrapAssembly.js';

const bytes = Buffer.from(wasmDataUrl.slice(wasmDataUrl.indexOf(',') + 1), 'base64');
// This Emscripten build fills in the object it is given as its module.
const assembly = {
  instantiateWasm(imports, receive) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
    receive(instance);
    return instance.exports;
  },
};
loadYoga(assembly).catch(() => {}); // settled already; a failure is thrown below
if (!assembly.calledRun) throw new Error('Yoga did not start synchronously (update scripts/yoga-at-once.mjs)');

const Yoga = wrapAssembly(assembly);
export default Yoga;
export * from '../node_modules/yoga-layout/dist/src/generated/YGEnums.js';
