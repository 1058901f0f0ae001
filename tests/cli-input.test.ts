// Loading as a user meets it, through the real bundled program: what a document may hold (control
// characters, NULs) and what FILE may be.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { holdsOpen } from './fifo.js';
import { fixture, ROOT, seedText } from './helpers.js';

const BIN = join(ROOT, 'dist/langdu.js');
const tmp = mkdtempSync(join(tmpdir(), 'langdu-cli-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function langdu(args: string[], opts: { input?: string | Buffer; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000, ...opts });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const write = (name: string, data: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

// C0 and C1 controls other than tab and newline.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const TITLE = '\x1b]0;PWNED\x07';
const CLIPBOARD = '\x1b]52;c;cHduZWQ=\x07';
const CLEAR = '\x1b[2J';

/** The bundled report with terminal commands in its title, a heading and a body. */
function hostileReport(): string {
  return seedText()
    .replace('紹興市上虞區2024年度', `紹興市${TITLE}上虞區2024年度`)
    .replace('存在問題', `存在${CLEAR}問題`)
    .replace('思想引領強根基', `思想引領強根基${CLIPBOARD}\x9b31m`);
}

describe('terminal control sequences in a document never reach the terminal', () => {
  const file = write('hostile.txt', hostileReport());
  const html = write('hostile.html', '<html><body><h1>报告&#27;]0;PWNED&#7;</h1><p>一、总体&#x1b;[2J情况</p><p>正文&#155;31m继续。</p></body></html>');

  it.each([
    [['outline', file]],
    [['outline', '--json', file]],
    [['show', file]],
    [['show', '--at', '1.1.1', file]],
    [['speak', '--dry-run', file]],
    [[file]], // the reader, not on a terminal: the outline
    [['outline', html]],
    [['show', html]],
  ])('langdu %j', (args) => {
    const r = langdu(args);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(CONTROLS);
    expect(r.err).not.toMatch(CONTROLS);
    expect(r.out).not.toMatch(/\\u00(1b|07|9b)/); // nor escaped in the JSON
  });

  it('the text around them is still there', () => {
    const lines = langdu(['outline', file]).out.split('\n');
    expect(lines[0]).toBe('紹興市 ]0;PWNED 上虞區2024年度法治政府建設工作情況報告');
    // Each became a space, which (between Han characters) ends a heading as any space does.
    expect(lines).toContain('  二、存在');
    expect(langdu(['show', '--at', '2', file]).out).toMatch(/^二、存在\n\n\[2J問題/);
  });

  it('a file name with them is shown with visible forms (␛ ␇ ␊) in the one-line error', () => {
    const r = langdu(['outline', join(tmp, `${TITLE}.txt`)]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^langdu: no such file: .*␛\]0;PWNED␇\.txt; check the path/);
    expect(r.err).not.toMatch(CONTROLS);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    const two = langdu(['outline', `${TITLE}a.txt`, `b\n${CLEAR}.txt`]);
    expect(two.code).toBe(2);
    expect(two.err.split('\n')[0]).toBe('langdu: expected at most one FILE, got 2: ␛]0;PWNED␇a.txt b␊␛[2J.txt');
  });
});

describe('a NUL in a text file', () => {
  it('past the first 8 KB is not spoken (espeak-ng would stop there) and the text after it is', () => {
    const file = write('nul.txt', Buffer.concat([Buffer.from(seedText()), Buffer.from('\n甲乙丙丁\0戊己庚辛。\n')]));
    const r = langdu(['speak', '--dry-run', file]);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('\0');
    expect(r.out).toMatch(/甲乙丙丁 ?戊己庚辛。/);
  });

  it('frequent NULs past the first 8 KB: refused as a binary file', () => {
    const tail = Buffer.alloc(32 * 1024).map((_, k) => (k % 4 === 0 ? 1 + (k % 200) : 0));
    const r = langdu(['outline', write('text-then-binary.dat', Buffer.concat([Buffer.from(seedText()), tail]))]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'langdu: text-then-binary.dat looks like a binary file (it has NUL bytes), not a text report; give a report as text, HTML, PDF or Word (.docx)\n',
    );
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it.each([
    ['le', (t: string) => Buffer.from(t, 'utf16le')],
    ['be', (t: string) => Buffer.from(t, 'utf16le').swap16()],
  ])('%s: the same outline as the report in UTF-8', (name, encode) => {
    const r = langdu(['outline', write(`report-utf16${name}.txt`, encode(seedText()))]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(langdu(['outline']).out);
  });
});

// Whatever a test started is killed after it, even when the test failed or timed out half-way.
const started: ChildProcess[] = [];
afterEach(() => {
  for (const p of started.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});
const track = <T extends ChildProcess>(p: T): T => (started.push(p), p);

/** The real program, started and left running; `done` settles when it has exited. */
function start(args: string[]) {
  const child = track(spawn(process.execPath, [BIN, ...args], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'] }));
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, done };
}
const ended = (p: ChildProcess) => (p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => p.once('close', () => r())));
/** Poll (never a fixed sleep) until `ok`; the test's timeout bounds it. */
async function until(ok: () => boolean) {
  while (!ok()) await new Promise((r) => setTimeout(r, 20));
}
const fifo = (name: string) => {
  const p = join(tmp, name);
  execFileSync('mkfifo', [p]);
  return p;
};
const LIMIT = "over langdu's 64 MiB limit (reading stopped there); split the report into smaller files";

// Generous: a loaded 2-core CI machine may take seconds to start node, and 64 MiB must pass a pipe.
describe('files that never end', { timeout: 90_000 }, () => {
  it.each(['/dev/zero', '/dev/null'])('%s is refused at once as a device, without reading it', (dev) => {
    // Reading /dev/zero would stop at the cap with another message: this one comes from stat alone.
    const r = langdu(['outline', dev], { timeout: 30_000 });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`langdu: ${dev} is a character device, not a report; give the path of a report: text, HTML, PDF or Word (.docx)\n`);
  });

  it('a FIFO is read as a stream: a report through it opens', async () => {
    const path = fifo('report.fifo');
    const writer = track(spawn('sh', ['-c', 'exec cat "$1" > "$2"', 'sh', fixture('gbk-report.txt'), path], { stdio: 'ignore' }));
    const r = await start(['outline', path]).done;
    await ended(writer);
    expect(r.err).toBe('');
    expect(r.out).toBe(langdu(['outline', fixture('gbk-report.txt')]).out);
  });

  it('a FIFO that never ends stops at the cap with one line, and the writer is cut off', async () => {
    const path = fifo('endless.fifo');
    const writer = track(spawn('sh', ['-c', 'exec yes 一二三四五六七八九十 > "$1"', 'sh', path], { stdio: 'ignore' }));
    const r = await start(['outline', path]).done;
    expect(r.code).toBe(1);
    expect(r.err).toBe(`langdu: endless.fifo is ${LIMIT}\n`);
    await ended(writer); // SIGPIPE: langdu closed its end
  });

  it.each([
    ['SIGINT', 'no writer'],
    ['SIGTERM', 'no writer'],
    ['SIGINT', 'a writer that never writes'],
  ] as const)('%s ends the wait on a FIFO with %s, and nothing is printed but "stopped"', async (signal, writer) => {
    const path = fifo(`waiting-${signal}-${writer.length}.fifo`);
    const { child, done } = start(['outline', path]);
    await until(() => holdsOpen(child.pid!, path));
    // A writer that opens its end and then says nothing: langdu is then waiting to read, not to open.
    const silent = writer === 'no writer' ? null : openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      child.kill(signal);
      const r = await done;
      expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(r.out).toBe('');
      expect(r.err).toBe('langdu: stopped\n');
    } finally {
      if (silent !== null) closeSync(silent);
    }
  });
});

describe('standard input', { timeout: 90_000 }, () => {
  const viaFile = (args: string[]) => langdu([...args, fixture('gbk-report.txt')]).out;
  const gbk = readFileSync(fixture('gbk-report.txt'));

  it.each([[['outline']], [['outline', '--json']], [['show']], [['show', '--at', '1.1']], [['speak', '--dry-run']]])(
    'langdu %j < report: the report on stdin, as if it were FILE',
    (args) => {
      const r = langdu(args, { input: gbk });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toBe(viaFile(args));
    },
  );

  it('through a shell pipe (cat FILE | langdu outline) and with FILE `-`', () => {
    const piped = spawnSync('sh', ['-c', 'cat "$1" | exec "$2" "$3" outline', 'sh', fixture('gbk-report.txt'), process.execPath, BIN], {
      cwd: tmp,
      encoding: 'utf8',
    });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(viaFile(['outline']));
    expect(langdu(['outline', '-'], { input: gbk }).out).toBe(viaFile(['outline']));
  });

  it('the reader with stdin piped and no FILE prints the outline of what came, and says how to open the reader', () => {
    const r = langdu([], { input: gbk });
    expect(r.code).toBe(0);
    expect(r.out).toBe(viaFile(['outline']));
    expect(r.err).toBe('langdu: the report came on standard input, so this is its outline; to open the reader, give a FILE: langdu report.txt\n');
  });

  it('nothing on stdin: `-` is an error, no FILE is the bundled report', () => {
    const r = langdu(['outline', '-'], { input: '' });
    expect(r.code).toBe(1);
    expect(r.err).toBe('langdu: standard input is empty; give a report with some text in it\n');
    expect(langdu(['outline'], { input: '' }).out.split('\n')[0]).toBe('紹興市上虞區2024年度法治政府建設工作情況報告');
  });

  it('--help says how: FILE - and a piped stdin', () => {
    const help = langdu(['--help']).out;
    expect(help).toContain('FILE - reads the report from standard input');
    expect(help).toContain('cat report.txt | langdu outline');
  });

  it('stdin that never ends stops at the cap with one line', () => {
    const r = spawnSync('sh', ['-c', 'yes 一二三四五六七八九十 | exec "$1" "$2" outline', 'sh', process.execPath, BIN], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`langdu: standard input is ${LIMIT}\n`);
  });
});
