// The one way a command gets a Document: load the file (or the bundled report) and parse it.
import { DEFAULT_DOCUMENT } from '../paths.js';
import { preferAdapter } from './formats/index.js';
import { loadFile, type Loaded } from './load.js';
import { parse, type Document } from './parse.js';
import { isUrl, loadUrl } from './source.js';

export interface Opened {
  path: string;
  loaded: Loaded;
  doc: Document;
}

export async function openDocument(file?: string): Promise<Opened> {
  const path = file ?? DEFAULT_DOCUMENT;
  // A web address is fetched (source.ts); everything else is a file.
  const loaded = isUrl(path) ? await loadUrl(path) : await loadFile(path);
  return { path, loaded, doc: preferAdapter(parse(loaded.text), loaded) };
}
