// A text's lines as offsets, for header.ts: made a Line (start, end, text) only when asked for.

export interface Line {
  start: number;
  end: number; // exclusive, before the "\n"
  text: string;
}

/**
 * The text's lines as offsets only (4 bytes a line), each made a Line when asked for: an object and a
 * string per line held at once cost some 60 bytes a line, 4 GB for a file of 64 MiB of blank lines.
 */
export class Lines {
  readonly length: number;
  private readonly starts: Uint32Array;
  constructor(private readonly source: string) {
    let count = 1;
    for (let k = source.indexOf('\n'); k !== -1; k = source.indexOf('\n', k + 1)) count++;
    this.starts = new Uint32Array(count);
    let li = 1;
    for (let k = source.indexOf('\n'); k !== -1; k = source.indexOf('\n', k + 1)) this.starts[li++] = k + 1;
    this.length = count;
  }
  at(li: number): Line {
    const start = this.starts[li]!;
    const end = li + 1 < this.length ? this.starts[li + 1]! - 1 : this.source.length;
    return { start, end, text: this.source.slice(start, end) };
  }
}

/** How a row of the page's top is taken. */
export type RowKind = 'furniture' | 'meta' | 'candidate' | 'kept';
export interface Row {
  li: number;
  kind: RowKind;
  /** A title candidate's text (the cell of a one-cell table row). */
  text: string;
  /** Where the body goes on inside this row's line (a subtitle joined to the title, a run-on paragraph). */
  rest?: number;
}

/** A line of a table as scrapers write it: | cell | cell |. */
export function isTableRow(text: string): boolean {
  const t = text.trim();
  return t.startsWith('|') || t.endsWith('|');
}
