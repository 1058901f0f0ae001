import { fileURLToPath } from 'node:url';

// Resolved from this file, which sits one level below the package root both as src/paths.ts and
// bundled into dist/langdu.js, so the bundled report is found from any working directory.
export const DEFAULT_DOCUMENT = fileURLToPath(new URL('../content/shangyu-2024-rule-of-law-report.txt', import.meta.url));
