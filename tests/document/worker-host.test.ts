// The worker that opens documents, seen from the main thread: its errors keep their class across the
// boundary, a worker that runs out of its heap is one line naming the limit, and an abort ends it.
// The workers here are small scripts written at test time (the real one is bundled: tests/commands/
// stop-heavy.test.ts runs it through the built program).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inWorker } from '../../src/document/worker-host.js';
import { LangduError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'langdu-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function worker(name: string, code: string): URL {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, `import { parentPort, workerData } from 'node:worker_threads';\n${code}\n`);
  return pathToFileURL(path);
}
/** A job of its own each time: its bytes are handed over (transferred) to the worker. */
const job = () => ({ bytes: new Uint8Array([1, 2, 3]), name: 'report.pdf', load: {} });

describe('inWorker', { timeout: 30_000 }, () => {
  it('gives back what the worker posts, after the bytes went over', async () => {
    const echo = worker('echo', 'parentPort.postMessage({ opened: { loaded: { text: String(workerData.bytes.length) }, doc: { title: workerData.name } } });');
    const bytes = Buffer.from('某市报告');
    const got = await inWorker(echo, { ...job(), bytes }, 256);
    expect(got).toEqual({ loaded: { text: '12' }, doc: { title: 'report.pdf' } });
    expect(bytes.toString()).toBe('某市报告'); // a view of a shared buffer is copied, not taken away
  });

  it("a LangduError stays one, with its exit code; anything else is a bug, not the file's fault", async () => {
    const bad = worker('bad', "parentPort.postMessage({ error: { langdu: true, message: 'report.pdf is not a PDF', exitCode: 2 } });");
    const e = await inWorker(bad, job(), 256).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LangduError);
    expect((e as LangduError).message).toBe('report.pdf is not a PDF');
    expect((e as LangduError).exitCode).toBe(2);

    const bug = worker('bug', "throw new TypeError('x is not a function');");
    const b = await inWorker(bug, job(), 256).catch((x: unknown) => x);
    expect(b).not.toBeInstanceOf(LangduError);
    expect((b as Error).message).toBe('x is not a function');
  });

  it('a worker that would take all memory ends at its limit, with one line that names it', async () => {
    const hog = worker('hog', 'const kept = []; for (;;) kept.push({ n: kept.length, s: String(kept.length) });');
    const e = await inWorker(hog, job(), 32).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LangduError);
    expect((e as Error).message).toBe(
      "report.pdf needs more than langdu's 32 MiB to open; split it into smaller files, or allow more with LANGDU_MEMORY_MB=64",
    );
  });

  it('an abort ends a busy worker at once', async () => {
    const busy = worker('busy', 'for (;;) {}');
    const ctl = new AbortController();
    const p = inWorker(busy, job(), 256, ctl.signal).catch((x: unknown) => x);
    const t = performance.now();
    ctl.abort(new Error('stopped'));
    expect(((await p) as Error).message).toBe('stopped');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
