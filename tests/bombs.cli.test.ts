// Budgets before work, through the real program: each kind of bomb (a file that unpacks or parses into
// far more than its size) is refused in one line that names the limit, with no stack trace, a non-zero
// exit, within a memory budget measured from /proc and a generous time; real documents still open.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blankLines, deepHtml, docxBomb, docxDeep, pdfCircularPages, pdfFlateBomb, tinyParagraphs } from './fixtures/gen/bombs.js';
import { makeDocx } from './fixtures/gen/docx.js';
import { fixture, ROOT, SEED_PATH } from './helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const PEAK = fixture('peak-memory.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-bombs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What any input may cost langdu (README, Documents: Budgets); the refusals below stay well under it. */
const BUDGET_MIB = 1024;
const REFUSAL_MIB = 512;
const TIME_LIMIT_MS = 60_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  peakMiB: number;
}

/** `langdu outline FILE` in a child process, its peak memory polled from /proc and read at its exit. */
function outline(file: string): Promise<Run> {
  const peakFile = join(tmp, `peak-${Math.random().toString(36).slice(2)}`);
  const child = spawn(process.execPath, ['--import', PEAK, BIN, 'outline', file], {
    cwd: tmp,
    env: { ...process.env, LANGDU_PEAK_FILE: peakFile },
  });
  let out = '';
  let err = '';
  let polled = 0;
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const poll = setInterval(() => {
    try {
      polled = Math.max(polled, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // exited between two polls
    }
    // Past the budget the test has failed already: stop it before it takes the machine down.
    if (polled > 2 * BUDGET_MIB * 1024) child.kill('SIGKILL');
  }, 10);
  const timer = setTimeout(() => child.kill('SIGKILL'), TIME_LIMIT_MS);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const atExit = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : 0;
      resolve({ code, signal, out, err, peakMiB: Math.max(polled, atExit) / 1024 });
    });
  });
}

function expectRefused(r: Run, limit: RegExp): void {
  expect(r.signal).toBeNull();
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  const lines = r.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^langdu: /);
  expect(lines[0]).toMatch(limit);
  expect(lines[0]).not.toMatch(/internal error|\bat .*:\d+/);
  expect(r.peakMiB).toBeGreaterThan(0);
  expect(r.peakMiB).toBeLessThan(REFUSAL_MIB);
}

const write = (name: string, data: Buffer | string) => {
  const path = join(tmp, name);
  writeFileSync(path, data);
  return path;
};

describe('bombs are refused in one line that names the limit, within the memory budget', { timeout: 2 * TIME_LIMIT_MS }, () => {
  it('a Word file whose document.xml unpacks to 84 MB from 200 KB (its size declared as small)', async () => {
    const file = write('bomb.docx', docxBomb(2_000_000, { claim: 1000 }));
    expect(readFileSync(file).length).toBeLessThan(400_000);
    expectRefused(await outline(file), /unpacks to more than langdu's 16 MiB limit for a Word file's text .*; .*save it in smaller parts/);
  });

  it('a Word file of 300 000 tiny paragraphs, small enough to unpack (mammoth would need 2.5 GB)', async () => {
    expectRefused(await outline(write('elements.docx', docxBomb(300_000))), /more than langdu's limit of 300,000 XML elements in a Word file/);
  });

  it('a Word file nested 5000 deep', async () => {
    expectRefused(await outline(write('deep.docx', docxDeep(5000))), /more than langdu's limit of 256 levels of nesting in a Word file/);
  });

  it('a PDF whose content stream unpacks to 300 MiB', async () => {
    expectRefused(await outline(write('flate.pdf', pdfFlateBomb(300))), /unpacks to more than langdu's 64 MiB limit for a PDF's streams/);
  });

  it('a PDF whose stream is deflated twice (/Filter [/FlateDecode /FlateDecode]): 5 KB for 300 MiB', async () => {
    const file = write('nested.pdf', pdfFlateBomb(300, { nested: true }));
    expect(readFileSync(file).length).toBeLessThan(20_000);
    expectRefused(await outline(file), /unpacks to more than langdu's 64 MiB limit for a PDF's streams/);
  });

  it("a PDF whose page tree points back at itself is a damaged file, not langdu's error", async () => {
    expectRefused(await outline(write('circular.pdf', pdfCircularPages())), /circular.pdf is a damaged PDF .*; check that the file is complete/);
  });

  it('a text of 40 MiB of blank lines', async () => {
    expectRefused(
      await outline(write('blank.txt', Buffer.concat([Buffer.from('报告\n一、总则\n'), blankLines(40), Buffer.from('正文。\n')]))),
      /more than langdu's limit of 1,000,000 lines; split the report/,
    );
  });

  it('a page of a million tiny paragraphs', async () => {
    expectRefused(await outline(write('tiny.html', tinyParagraphs(1_000_000))), /more than langdu's limit of 100,000 elements in a web page/);
  });

  it('a page nested 5000 deep', async () => {
    expectRefused(await outline(write('deep.html', deepHtml(5000))), /more than langdu's limit of 256 levels of nesting in a web page/);
  });
});

describe('real documents still open, well within the budget', { timeout: 2 * TIME_LIMIT_MS }, () => {
  it('the bundled report', async () => {
    const r = await outline(SEED_PATH);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('紹興市上虞區2024年度法治政府建設工作情況報告');
    expect(r.peakMiB).toBeLessThan(300);
  });

  it('a Word file that carries a bomb it never reads (an embedded archive, a huge image)', async () => {
    const docx = makeDocx([{ text: '某市2025年工作报告', style: 'Title' }, { text: '主要举措', style: 'Heading1' }, { text: '正文。' }], {
      'word/embeddings/bomb.docx': docxBomb(2_000_000),
      'word/media/image1.png': Buffer.alloc(20_000_000),
    });
    const r = await outline(write('carrier.docx', docx));
    expect(r.err).toBe('');
    expect(r.out.split('\n').slice(0, 2)).toEqual(['某市2025年工作报告', '  一、主要举措']);
    expect(r.peakMiB).toBeLessThan(REFUSAL_MIB);
  });

  it('a saved page from the fixtures', async () => {
    const page = await outline(fixture('web/city-work-report.html'));
    expect(page.code).toBe(0);
    expect(page.out.split('\n')[0]).toBe('2025年某市政府工作报告');
    expect(page.peakMiB).toBeLessThan(300);
  });
});
