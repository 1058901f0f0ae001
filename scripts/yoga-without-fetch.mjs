// Stands in for `yoga-layout` in the bundle. Its Emscripten loader fetch()es its own base64 data: URL
// whenever fetch exists, and touching fetch loads Node's whole fetch implementation (undici) at
// start-up. With fetch hidden for that one moment it decodes the same bytes itself (atob), so the
// layout engine is identical and start-up is ~10 ms shorter.
import loadYoga from '../node_modules/yoga-layout/dist/binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from '../node_modules/yoga-layout/dist/src/wrapAssembly.js';

const saved = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
let assembly;
if (saved?.configurable) {
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    assembly = await loadYoga();
  } finally {
    Object.defineProperty(globalThis, 'fetch', saved);
  }
} else assembly = await loadYoga();

const Yoga = wrapAssembly(assembly);
export default Yoga;
export * from '../node_modules/yoga-layout/dist/src/generated/YGEnums.js';
