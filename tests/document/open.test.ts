// Where a command's report comes from: FILE, `-` (standard input), or nothing (standard input when it
// is not a terminal and sends something, else the bundled report).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, readStream } from '../../src/document/load.js';
import { openDocument } from '../../src/document/open.js';
import { LangduError } from '../../src/errors.js';
import { fixture } from '../helpers.js';

/** A stand-in for process.stdin: a terminal or a pipe, with what it sends. */
function stdin(text: string | null, isTTY = false) {
  const s = Readable.from(text === null ? [] : [Buffer.from(text)]) as Readable & { isTTY?: boolean };
  s.isTTY = isTTY;
  return s;
}
/** A terminal: reading it would wait for someone to type. */
function terminal() {
  return {
    isTTY: true,
    [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
      throw new Error('read the terminal');
    },
  };
}

describe('openDocument', () => {
  const bundledTitle = '紹興市上虞區2024年度法治政府建設工作情況報告';

  it('no FILE, stdin a terminal: the bundled report, without reading stdin', async () => {
    const { doc, path } = await openDocument(undefined, terminal());
    expect(doc.title).toBe(bundledTitle);
    expect(path).not.toBe('-');
  });

  it('no FILE, stdin piped: the report on stdin; nothing on it: the bundled report', async () => {
    const piped = await openDocument(undefined, stdin('某市报告\n一、总体\n（一）甲\n'));
    expect(piped.path).toBe('-');
    expect(piped.doc.title).toBe('某市报告');
    expect((await openDocument(undefined, stdin(null))).doc.title).toBe(bundledTitle);
  });

  it('FILE `-`: stdin even if it is empty (then a one-line error)', async () => {
    expect((await openDocument('-', stdin('某市报告\n一、总体\n'))).doc.title).toBe('某市报告');
    await expect(openDocument('-', stdin(null))).rejects.toThrow(/^standard input is empty; give a report with some text in it$/);
  });

  it('a FILE wins over a piped stdin, which is left unread', async () => {
    const { doc } = await openDocument(fixture('gbk-report.txt'), terminal());
    expect(doc.title).toBe('某市2024年法治政府建设情况报告');
  });

  it('a stream is read to the cap and no further: one chunk over, and the error says so', async () => {
    const chunk = new Uint8Array(1 << 20);
    let sent = 0;
    const endless = (async function* () {
      for (;;) {
        sent++;
        yield chunk;
      }
    })();
    const err = await readStream(endless, 'standard input').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LangduError);
    expect((err as Error).message).toBe("standard input is over langdu's 64 MiB limit (reading stopped there); split the report into smaller files");
    expect(sent).toBe(MAX_BYTES / chunk.length + 1);
  });
});
