// What a format adapter hands on. The parser stays one parser for all formats: an adapter gives it
// plain text with line breaks where the author had them (one paragraph or heading a line), and, where
// the format knows them, the title and metadata on their own. An adapter that knows them also writes
// them at the head of the text (the title on the first line, then one `| key: | value |` row per
// pair), the shape parse() already reads as page residue, so they are never read aloud as body text;
// openDocument() then prefers the adapter's own values (see preferAdapter in ./index.ts).
import type { MetaEntry } from '../parse.js';

export interface Extracted {
  text: string;
  title?: string;
  meta?: MetaEntry[];
}
