// Run first in dist/langdu.js, before the chunks load (scripts/build.mjs puts it there): the chunks
// beside it are compiled with the code cache in langdu's cache folder (src/code-cache.ts).
// LANGDU_NO_CODE_CACHE=1 turns it off (to compare, or to rule it out).
import { join } from 'node:path';
import envPaths from 'env-paths';
import { installCodeCache } from './code-cache.js';

export function startCodeCache(entryDir: string, env: NodeJS.ProcessEnv = process.env): void {
  if (env.LANGDU_NO_CODE_CACHE) return;
  const root = env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'langdu') : envPaths('langdu', { suffix: '' }).cache;
  installCodeCache(join(entryDir, 'chunks'), root);
}
