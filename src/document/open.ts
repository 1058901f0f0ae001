// The one way a command gets a Document: load the file (or the bundled report) and parse it.
import { DEFAULT_DOCUMENT } from '../paths.js';
import { preferAdapter } from './formats/index.js';
import { loadFile, type Loaded } from './load.js';
import { parse, type Document } from './parse.js';

export interface Opened {
  path: string;
  loaded: Loaded;
  doc: Document;
}

export async function openDocument(file?: string): Promise<Opened> {
  const path = file ?? DEFAULT_DOCUMENT;
  const loaded = await loadFile(path);
  return { path, loaded, doc: preferAdapter(parse(loaded.text), loaded) };
}
