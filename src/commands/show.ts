import { DocIndex } from '../document/address.js';
import { openDocument } from '../document/open.js';
import { documentParagraphs, nodeParagraphs, wholeDocumentConverter } from '../document/text-views.js';
import { LangduError } from '../errors.js';
import { convertUncachedInTurns, loadScript, type Script } from '../script/index.js';
import { textWidth } from '../ui/text.js';
import type { Io } from './io.js';

export async function show(io: Io, opts: { file?: string; script: Script; at?: string }): Promise<number> {
  const { doc } = await openDocument(opts.file);
  await loadScript(opts.script);
  // Tables are drawn in columns aligned by the terminal's display width (the one the TUI measures by).
  const tables = { list: doc.tables, measure: textWidth };
  let paragraphs: string[];
  if (opts.at === undefined) {
    // The whole text is converted a piece at a time with a turn of the event loop between, so Ctrl+C,
    // SIGTERM and SIGHUP are answered even while a long document is converted to the other script.
    const whole = opts.script === 'original' ? undefined : await convertUncachedInTurns(doc.masked, opts.script);
    paragraphs = documentParagraphs(doc, opts.script, wholeDocumentConverter(doc, opts.script, whole), tables);
  } else {
    const entry = new DocIndex(doc).byId.get(opts.at.trim());
    if (!entry) throw new LangduError(`no node with id ${opts.at}; run \`langdu outline --json\` to see the ids`);
    paragraphs = nodeParagraphs(entry.node, opts.script, doc.masked, undefined, tables);
  }
  io.out(paragraphs.join('\n\n') + '\n');
  return 0;
}
