// A stop while langdu is busy opening a document: Ctrl+C (SIGINT), SIGTERM and SIGHUP end the real,
// built program within a moment, even while a big PDF, Word file, HTML page or text is still being
// loaded and parsed (in a worker thread: src/document/open.ts). Each input is made here, slow on
// purpose; the signal is sent once the program has spent CPU time well past its start-up (read from
// /proc), so it lands in the heavy phase, never after a fixed sleep.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/tmux.js';
import { makeDocx } from '../fixtures/gen/docx.js';
import { layoutReport, makePdf } from '../fixtures/gen/pdf.js';
import { busyFor, ROOT, seedText } from '../helpers.js';

const CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
/** Generous for a loaded 2-core machine; the bench measures the real figure (README). */
const LIMIT_MS = 2000;

let dir: string;
const files: Record<'pdf' | 'docx' | 'html' | 'text', string> = { pdf: '', docx: '', html: '', text: '' };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'langdu-stop-'));
  const seed = seedText();
  const paragraphs = seed.split('\n').filter((l) => l.trim() !== '');
  // Each takes seconds of CPU to open here; a signal is sent after 0.7 s of it.
  files.pdf = join(dir, 'many-pages.pdf');
  writeFileSync(files.pdf, makePdf(layoutReport('某市报告', Array.from({ length: 40 }, () => paragraphs).flat(), { linesPerPage: 40 })));
  // Big enough that opening outlasts the 0.7 s on a fast machine (120 copies opened in 0.4 s on an EPYC, and the
  // signal then landed in the export's speech), under the 16 MiB a Word file's text may unpack to.
  files.docx = join(dir, 'long.docx');
  writeFileSync(files.docx, makeDocx(Array.from({ length: 900 }, () => paragraphs.map((text) => ({ text }))).flat()));
  files.html = join(dir, 'many-paragraphs.html');
  writeFileSync(
    files.html,
    `<html><head><title>某市报告</title></head><body><article>${Array.from({ length: 90_000 }, (_, k) => `<p>第${k}段。依法行政，建设法治政府，推进严格规范公正文明执法。</p>`).join('\n')}</article></body></html>`,
  );
  // Numbered points on every line, each with a run of the report after it: the outline's scan has work on every line
  // (the report repeated whole opened 18 MB in 0.5 s on an EPYC, before the signal's 0.7 s).
  files.text = join(dir, 'huge.txt');
  const lead = seed.slice(0, 200).replace(/\s+/g, '');
  writeFileSync(
    files.text,
    Array.from({ length: 30_000 }, (_, k) => `${(k % 9) + 1}.第${k}项。依法行政，建设法治政府，推进严格规范公正文明执法。${lead}`).join('\n'),
  );
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Processes whose command line names `path` (an orphan left by a stopped langdu would). */
function processesNaming(path: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid)
    .filter((n) => {
      try {
        return readFileSync(`/proc/${n}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function run(args: string[], env: Record<string, string> = {}) {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const got = { out: '', err: '' };
  child.stdout!.on('data', (d: Buffer) => (got.out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (got.err += d.toString()));
  // A stop while the document worker is alive re-raises the signal (signals.ts endStopped): the status a
  // shell shows is then 128 + the signal's number, the same as the exit code of any other stop.
  const exited = new Promise<{ code: number | null; at: number }>((r) =>
    child.on('exit', (code, sig) => r({ code: code ?? (sig ? 128 + constants.signals[sig] : null), at: performance.now() })),
  );
  return { child, got, exited };
}

describe('a stop while a document is being opened', { timeout: 90_000 }, () => {
  it.each([
    ['pdf', 'outline', 'SIGINT'],
    ['docx', 'export', 'SIGTERM'],
    ['html', 'show', 'SIGHUP'],
    ['text', 'speak', 'SIGINT'],
    ['html', 'outline', 'SIGTERM'],
    ['text', 'outline', 'SIGHUP'],
  ] as const)('%s, langdu %s: %s ends it at once, with its code and one line', async (kind, command, signal) => {
    const file = files[kind];
    const args = command === 'export' ? ['export', '-o', join(dir, `${kind}.wav`), file] : command === 'speak' ? ['speak', '--dry-run', file] : [command, file];
    const { child, got, exited } = run(args);
    await busyFor(child.pid!, 700, `opening ${kind}`);
    expect(got.out).toBe('');
    const sent = performance.now();
    child.kill(signal);
    const { code, at } = await exited;
    const took = at - sent;
    expect(code).toBe(CODES[signal]);
    expect(got.err).toBe(command === 'export' ? 'langdu: export stopped; no partial file was left\n' : 'langdu: stopped\n');
    expect(got.out).toBe('');
    expect(took).toBeLessThan(LIMIT_MS);
    expect(processesNaming(file)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.wav'))).toEqual([]);
  });
});

describe("the worker's memory limit", { timeout: 90_000 }, () => {
  it('a document that needs more than LANGDU_MEMORY_MB ends in one line and exit 1, not a crash', async () => {
    const { got, exited } = run(['outline', files.html], { LANGDU_MEMORY_MB: '64' });
    expect((await exited).code).toBe(1);
    expect(got.err).toBe(
      "langdu: many-paragraphs.html needs more than langdu's 64 MiB to open; split it into smaller files, or allow more with LANGDU_MEMORY_MB=128\n",
    );
    expect(got.out).toBe('');
  });

  it('a LANGDU_MEMORY_MB that is not a size is one line, whatever the file', async () => {
    const { got, exited } = run(['outline'], { LANGDU_MEMORY_MB: '1e9' });
    expect((await exited).code).toBe(1);
    expect(got.err).toBe('langdu: LANGDU_MEMORY_MB must be a whole number of MiB from 64 to 16384, not "1e9"\n');
  });
});
