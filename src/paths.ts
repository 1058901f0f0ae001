import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED = join('content', 'shangyu-2024-rule-of-law-report.txt');

/**
 * The bundled report, found by walking up from this module (src/, dist/ or dist/chunks/ in the
 * installed package) rather than from the working directory, so `langdu` works from anywhere.
 */
function findBundled(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let k = 0; k < 4; k++) {
    const candidate = join(dir, BUNDLED);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(dirname(fileURLToPath(import.meta.url))), BUNDLED);
}

export const DEFAULT_DOCUMENT = findBundled();
