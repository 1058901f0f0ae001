// The passage pane's lines, found lazily: paragraphs are made and wrapped only as far as the screen (or
// the sentence being read) needs, and a line is turned into spans only when it is drawn. A node of
// millions of characters opens as fast as a short one; scrolling on wraps on from where it stopped.
//
// The lines are exactly those of wrapping every paragraph whole (wrapSpans) with a blank line between
// paragraphs. The highlighted sentence (▶ plus reverse video) changes only its own paragraph's lines, so
// that paragraph is wrapped on its own and the others are shared by every highlight.
import { type Block, blockSpans, highlightedSentence, passageBlocks, type Span } from '../reader/passage.js';
import type { ReaderState } from '../reader/state.js';
import { cellText, lineEnd, slicePieces, textWidth } from './text.js';

/** One paragraph's lines, as [start, end) offsets into its text, found as far as asked. */
export class ParagraphLines {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  done = false;
  private at = 0;
  private segEnd = -1;
  private lastSeg = false;
  readonly text: string;

  readonly spans: Span[];

  constructor(
    spans: Span[],
    private readonly width: number,
  ) {
    // Through the door before measuring (the text is clean from load; this keeps the frame's widths
    // true even for text that was not).
    this.spans = spans.map((s) => {
      const text = cellText(s.text, true);
      return text === s.text ? s : { ...s, text };
    });
    this.text = this.spans.length === 1 ? this.spans[0]!.text : this.spans.map((s) => s.text).join('');
    this.segment(0);
  }

  /** Start the line-break-separated segment at `from` (as wrapSpans splits at '\n'). */
  private segment(from: number): void {
    this.at = from;
    const nl = this.text.indexOf('\n', from);
    this.lastSeg = nl < 0;
    this.segEnd = nl < 0 ? this.text.length : nl;
  }

  /** Find lines until there are `n` or the paragraph ends; the number found. */
  reach(n: number): number {
    while (!this.done && this.starts.length < n) {
      const a = this.at;
      if (a < this.segEnd) {
        const b = lineEnd(this.text, a, this.segEnd, this.width);
        this.starts.push(a);
        this.ends.push(b);
        this.at = b;
        if (b < this.segEnd) continue;
      } else if (!this.lastSeg || this.starts.length === 0) {
        // An empty segment is an empty line, except a last one after a line break ("a\n").
        this.starts.push(a);
        this.ends.push(a);
      }
      if (this.lastSeg) this.done = true;
      else this.segment(this.segEnd + 1);
    }
    return this.starts.length;
  }

  line(k: number): Span[] {
    return slicePieces(this.spans, this.starts[k]!, this.ends[k]!);
  }

  /** The line holding text offset `at` (found by wrapping on as needed; the last line if past the end). */
  lineOf(at: number): number {
    while (!this.done && (this.ends.length === 0 || this.ends[this.ends.length - 1]! <= at)) this.reach(this.starts.length + 64);
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! > at) hi = mid;
      else lo = mid + 1;
    }
    return Math.max(0, lo);
  }
}

type Source = Pick<ReaderState, 'index' | 'opened' | 'script'>;

/** The lines of one opened item at one width, shared by every highlight and scroll position. */
export class PassageLayout {
  private readonly blocks: Block[] = [];
  private readonly plain: ParagraphLines[] = [];
  private more: Generator<Block> | null;
  /** The highlighted sentence's paragraph, wrapped with its ▶. */
  private lit: { sentence: number; review: number | null; block: number; lines: ParagraphLines; firstLine: number; offset: number } | null = null;
  private highlight: number | null = null;
  private review: number | null = null;
  /** Tables are drawn to the pane's width by the width the frame is measured with. */
  private readonly draw: { measure: (s: string) => number; width: number };

  constructor(
    private readonly source: Source,
    private readonly width: number,
  ) {
    this.draw = { measure: textWidth, width };
    this.more = passageBlocks(source, this.draw);
  }

  private block(b: number): Block | undefined {
    while (this.more && this.blocks.length <= b) {
      const next = this.more.next();
      if (next.done) this.more = null;
      else this.blocks.push(next.value);
    }
    return this.blocks[b];
  }

  /** Paragraph b's lines: its own wrapping, or the highlighted one's. */
  private lines(b: number): ParagraphLines | null {
    const block = this.block(b);
    if (!block) return null;
    if (this.highlight !== null && this.litBlock() === b) return this.lit!.lines;
    let p = this.plain[b];
    if (!p) {
      p = new ParagraphLines(blockSpans(this.source, block, null, null, this.draw), this.width);
      this.plain[b] = p;
    }
    return p;
  }

  private litBlock(): number {
    const h = this.highlight!;
    if (this.lit?.sentence !== h || this.lit.review !== this.review) {
      let b = 0;
      for (let blk = this.block(0); blk; blk = this.block(++b)) if (!('text' in blk) && blk.from <= h && h < blk.from + blk.sentences.length) break;
      const block = this.blocks[b];
      if (!block) {
        this.lit = { sentence: h, review: this.review, block: -1, lines: new ParagraphLines([], this.width), firstLine: -1, offset: 0 };
        return -1;
      }
      const spans = blockSpans(this.source, block, h, this.review, this.draw);
      // Where the ▶ is in the paragraph's text.
      let offset = 0;
      for (const s of spans) {
        if (s.highlight) break;
        offset += s.text.length;
      }
      this.lit = { sentence: h, review: this.review, block: b, lines: new ParagraphLines(spans, this.width), firstLine: -1, offset };
    }
    return this.lit.block;
  }

  /** Show sentence `sentence` marked (null: none), and in it the character at offset `review`. */
  setHighlight(sentence: number | null, review: number | null = null): void {
    this.highlight = sentence;
    this.review = review;
  }

  /**
   * Walk the paragraphs until line `n` is known or the passage ends; returns how many lines are known
   * (n, or the passage's length when shorter), and calls `visit` with each paragraph's first line.
   */
  reach(n: number, visit?: (b: number, first: number, lines: ParagraphLines) => boolean): number {
    let first = 0;
    for (let b = 0; ; b++) {
      const p = this.lines(b);
      if (!p) return Math.max(0, first - 1); // no blank line after the last paragraph
      if (visit?.(b, first, p)) return n;
      if (first + p.reach(n - first) >= n) return n;
      first += p.starts.length + 1;
    }
  }

  /** Lines [top, top + count) as spans (fewer at the end). */
  slice(top: number, count: number): Span[][] {
    const out: Span[][] = [];
    const end = top + count;
    this.reach(end, (_b, first, p) => {
      // The blank line before this paragraph, then its lines, as far as they are in the window.
      if (first > 0 && first - 1 >= top && first - 1 < end) out.push([]);
      if (first >= end) return true;
      p.reach(end - first);
      for (let k = Math.max(0, top - first); k < p.starts.length && first + k < end; k++) out.push(p.line(k));
      return false;
    });
    return out;
  }

  /** The first line with the highlighted sentence, or -1. */
  highlightLine(): number {
    if (this.highlight === null) return -1;
    const b = this.litBlock();
    if (b < 0) return -1;
    const lit = this.lit!;
    if (lit.firstLine < 0) {
      let found = -1;
      this.reach(Number.MAX_SAFE_INTEGER, (blk, first) => {
        if (blk !== b) return false;
        found = first;
        return true;
      });
      lit.firstLine = found;
    }
    return lit.firstLine + lit.lines.lineOf(lit.offset);
  }
}

let cached: { index: unknown; opened: number; script: string; width: number; layout: PassageLayout } | null = null;

/** The layout of the opened item at `width`, kept between frames (moving the cursor does not change it). */
export function passageLayout(state: Source, width: number): PassageLayout {
  if (!cached || cached.index !== state.index || cached.opened !== state.opened || cached.script !== state.script || cached.width !== width) {
    cached = { index: state.index, opened: state.opened, script: state.script, width, layout: new PassageLayout(state, width) };
  }
  return cached.layout;
}

/**
 * The passage rows for a pane `height` lines tall: from the scroll position, moved so the sentence
 * being read (or the search hit) is in view, never past the end.
 */
export function passageWindow(state: ReaderState, height: number, width: number): Span[][] {
  const layout = passageLayout(state, width);
  layout.setHighlight(highlightedSentence(state), state.review);
  // The top line the scroll (or the highlight) asks for, kept so the last page is full.
  const clamp = (want: number) => {
    const known = layout.reach(want + height);
    return known >= want + height ? want : Math.max(0, known - height);
  };
  let top = clamp(state.scroll);
  const hl = layout.highlightLine();
  if (hl >= 0 && (hl < top || hl >= top + height)) top = clamp(Math.max(0, hl - 1));
  return layout.slice(top, height);
}
