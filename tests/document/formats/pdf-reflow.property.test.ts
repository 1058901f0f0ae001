// PDF reflow as a property: take any report (headings and indented paragraphs of Chinese text with
// numbers, Latin words and quotes), set it in type at any width the way a Chinese typesetter does (no
// line starts with a closing mark, none ends with an opening one, a number or a word is never split),
// read the lines back with joinPages, and get the report back: no sentence broken by a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinPages, type PdfTextLine } from '../../../src/document/formats/pdf.js';

const SIZE = 10;
const LEFT = 50;
const CLOSING = '。，、；：？！”’」』）》';
const OPENING = '“‘「『（《';

/** A unit that is never split: one Han character or mark, or a run of Latin letters and digits. */
type Unit = string;
const width = (u: Unit) => ([...u].every((c) => /[\x20-\x7e]/.test(c)) ? u.length * 0.5 : [...u].length);

const han = fc.constantFrom(...'法治政府建设推进依法行政严格执法监督全面加强组织领导落实责任提升能力水平'.split(''));
const latin = fc.constantFrom('GDP', '12.5%', '2024', 'AI', '5G', '3.6', 'PM2.5', '100');
/** A sentence: Han words with now and then a number, a Latin word or a quotation, and its end mark. */
const sentence = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: fc.array(han, { minLength: 1, maxLength: 6 }) },
        { weight: 1, arbitrary: latin.map((l) => [l]) },
        {
          weight: 1,
          arbitrary: fc.array(han, { minLength: 2, maxLength: 5 }).map((h) => ['“', ...h, '”']),
        },
      ),
      { minLength: 2, maxLength: 8 },
    ),
    fc.constantFrom('。', '。', '！', '；'),
    fc.boolean(),
  )
  .map(([words, end, comma]) => {
    // A Latin run always sits between Han characters or marks, as it does in Chinese text.
    const units: Unit[] = [];
    words.forEach((w, k) => {
      if (k > 0 && /[\x20-\x7e]/.test(units.at(-1) ?? '') && /[\x20-\x7e]/.test(w[0]!)) units.push('的');
      if (k > 0 && comma && k === Math.floor(words.length / 2)) units.push('，');
      units.push(...w);
    });
    if (/[\x20-\x7e]/.test(units.at(-1)!)) units.push('等');
    return [...units, end];
  });
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 5 }).map((s) => s.flat());
const heading = fc
  .tuple(fc.constantFrom('一、', '二、', '（一）', '（二）', '第一章 '), fc.array(han, { minLength: 2, maxLength: 8 }))
  .map(([m, h]) => [m, ...h].join(''));
const report = fc.array(
  fc.oneof({ weight: 1, arbitrary: heading.map((h) => ({ heading: h })) }, { weight: 3, arbitrary: paragraph.map((p) => ({ units: p })) }),
  {
    minLength: 2,
    maxLength: 8,
  },
);

/** Lines of at most `cap` (first) / `full` (others) units' width, set the way Chinese type is set. */
function wrap(units: Unit[], first: number, full: number): Unit[][] {
  const lines: Unit[][] = [[]];
  let w = 0;
  for (const u of units) {
    const cap = lines.length === 1 ? first : full;
    if (w + width(u) > cap && lines.at(-1)!.length > 0) {
      const next: Unit[] = [];
      const prev = lines.at(-1)!;
      // A closing mark may not start the next line: the character before goes down with it.
      if (CLOSING.includes(u)) while (prev.length > 1 && CLOSING.includes(prev.at(-1)!)) next.unshift(prev.pop()!);
      if (CLOSING.includes(u) && prev.length > 1) next.unshift(prev.pop()!);
      // An opening mark may not end a line.
      while (prev.length > 1 && OPENING.includes(prev.at(-1)!)) next.unshift(prev.pop()!);
      lines.push(next);
      w = next.reduce((n, x) => n + width(x), 0);
    }
    lines.at(-1)!.push(u);
    w += width(u);
  }
  return lines;
}

function typeset(blocks: ({ heading: string } | { units: Unit[] })[], cols: number): PdfTextLine[] {
  const out: PdfTextLine[] = [];
  let y = 800;
  const put = (units: Unit[], indent: number) => {
    const left = LEFT + indent * SIZE;
    out.push({ text: units.join(''), left, right: left + units.reduce((n, u) => n + width(u), 0) * SIZE, y, size: SIZE });
    y -= SIZE * 1.5;
  };
  for (const b of blocks) {
    if ('heading' in b) put([...b.heading], 0);
    else for (const [k, line] of wrap(b.units, cols - 2, cols).entries()) put(line, k === 0 ? 2 : 0);
  }
  return out;
}

describe('PDF reflow', () => {
  it('join-then-wrap: any report set at any width comes back as its headings and paragraphs', () => {
    fc.assert(
      fc.property(report, fc.integer({ min: 14, max: 40 }), (blocks, cols) => {
        // The paragraphs must fill most lines, so the right margin can be told (as in any real report).
        const long = blocks.filter((b) => 'units' in b && b.units.reduce((n, u) => n + width(u), 0) > cols * 2.5);
        fc.pre(long.length >= 1 && blocks.filter((b) => 'units' in b).length === long.length);
        const want = blocks.map((b) => ('heading' in b ? b.heading : b.units.join(''))).join('\n') + '\n';
        expect(joinPages([typeset(blocks, cols)])).toBe(want);
      }),
      { numRuns: 300 },
    );
  });

  it('a line pushed down with its closing mark, or stopped short by a number, is joined', () => {
    const l = (text: string, left: number, right: number, y: number): PdfTextLine => ({ text, left, right, y, size: SIZE });
    const text = joinPages([
      [
        l('全年完成投资额同比增长达到了预期目标', 70, 300, 700),
        l('的百分之十二点五，比上年提高了两个百分', 50, 300, 688),
        l('点。', 50, 70, 676), // 点 went down with 。: the line before stopped one character short
        l('　　区域生产总值达到', 50, 280, 664),
        l('12.5%以上，其中第三产业增长较快，成为拉动', 50, 300, 652), // 12.5% did not fit above
        l('增长的主要力量。', 50, 130, 640),
      ],
    ]);
    expect(text).toBe(
      '全年完成投资额同比增长达到了预期目标的百分之十二点五，比上年提高了两个百分点。\n区域生产总值达到12.5%以上，其中第三产业增长较快，成为拉动增长的主要力量。\n',
    );
  });
});
