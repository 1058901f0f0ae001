import { openDocument } from '../document/open.js';
import { outlineLines, toJson } from '../document/text-views.js';
import { loadScript, type Script } from '../script/index.js';
import { safeJson } from '../terminal-safe.js';
import type { Io } from './io.js';

export async function outline(io: Io, opts: { file?: string; script: Script; json: boolean }): Promise<number> {
  const { doc } = await openDocument(opts.file);
  await loadScript(opts.script);
  if (opts.json) io.out(safeJson(toJson(doc, opts.script), 2) + '\n');
  else io.out(outlineLines(doc, opts.script).join('\n') + '\n');
  if (doc.nodes.length === 0) io.err('langdu: note: this document has no numbered headings; `langdu show` prints its text\n');
  return 0;
}
