// Web addresses that go wrong, on servers made here on 127.0.0.1: each failure is one line in langdu's
// words that says whose it is (langdu's refusal, the server's fault, the network's), never undici's raw
// code; and LANGDU_TIMEOUT out of its range is wrong usage, not an internal error.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchTimeoutMs, fetchUrl } from '../../src/document/source.js';
import { LangduError, UsageError } from '../../src/errors.js';
import { needTool } from '../e2e/tmux.js';
import { ROOT } from '../helpers.js';

const timers: NodeJS.Timeout[] = [];
// 80 MiB of newlines, gzipped to some 80 KB: fetch inflates it as it comes.
const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024, 10), { level: 9 });

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  const redirect = (location: string) => {
    res.writeHead(302, { location });
    res.end();
  };
  if (url.startsWith('/loop')) redirect(`/loop${Number(url.slice(5) || 0) + 1}`);
  else if (url.startsWith('/down')) redirect(url === '/down0' ? '/' : `/down${Number(url.slice(5)) - 1}`);
  else if (url === '/huge-headers') {
    req.socket.end(`HTTP/1.1 200 OK\r\nx-pad: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
  } else if (url === '/gzip-bomb') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(bomb);
  } else if (url === '/to-file') redirect('file:///etc/passwd');
  else if (url === '/to-ftp') redirect('ftp://127.0.0.1/report.txt');
  else if (url === '/to-bad-port') redirect('http://127.0.0.1:6000/report.html');
  else if (url === '/reset') req.socket.resetAndDestroy();
  else if (url === '/lie') {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
    res.write('一、总体要求');
    timers.push(setTimeout(() => req.socket.end(), 50));
  } else if (url === '/trickle') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    const t = setInterval(() => res.write('。'), 50);
    timers.push(t);
    res.on('close', () => clearInterval(t));
  } else {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('一、总体要求\n');
  }
}

const listen = async <T extends Server | NetServer>(server: T): Promise<number> => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
};

let http: Server;
let notHttp: NetServer;
let base = '';
let plainPort = 0;
let notHttpPort = 0;

beforeAll(async () => {
  http = createServer(route);
  plainPort = await listen(http);
  base = `http://127.0.0.1:${plainPort}`;
  // Answers anything with bytes that are not HTTP.
  notHttp = createNetServer((s) => s.on('data', () => s.end('SSH-2.0-OpenSSH_9.6\r\n\r\n')));
  notHttpPort = await listen(notHttp);
});

afterAll(async () => {
  for (const t of timers) clearInterval(t);
  http.closeAllConnections();
  await new Promise((r) => http.close(r));
  await new Promise((r) => notHttp.close(r));
});

const failure = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LangduError);
  const msg = (e as Error).message;
  expect(msg).not.toContain('\n');
  expect(msg).not.toMatch(/UND_ERR|ERR_SSL|HPE_|fetch failed|undefined/);
  return msg;
};

describe('whose fault a failed fetch is, in one line', () => {
  it('a redirect loop is the server’s', async () => {
    expect(await failure(fetchUrl(`${base}/loop`, 10_000))).toBe(
      `127.0.0.1:${plainPort} sent ${base}/loop round more than 10 redirects (a loop); the address is broken on the server's side`,
    );
  });

  it('a redirect to file:// or ftp:// is never followed, and names where it led', async () => {
    expect(await failure(fetchUrl(`${base}/to-file`, 10_000))).toBe(
      `127.0.0.1:${plainPort} sent ${base}/to-file on to file:///etc/passwd; langdu follows only http:// and https:// addresses, never to a file or another scheme`,
    );
    expect(await failure(fetchUrl(`${base}/to-ftp`, 10_000))).toMatch(/ on to ftp:\/\/127\.0\.0\.1\/report\.txt; langdu follows only http/);
  });

  it('a blocked port is langdu’s refusal, straight or by redirect', async () => {
    const said =
      'langdu does not open http://127.0.0.1:6000/report.html: port 6000 belongs to another kind of service (browsers refuse it too); check the address';
    expect(await failure(fetchUrl('http://127.0.0.1:6000/report.html', 10_000))).toBe(said);
    expect(await failure(fetchUrl(`${base}/to-bad-port`, 10_000))).toBe(said);
  });

  it('https on a plain-HTTP port, and an answer that is not HTTP, are the server’s', async () => {
    expect(await failure(fetchUrl(`https://127.0.0.1:${plainPort}/`, 10_000))).toBe(
      `127.0.0.1:${plainPort} does not speak https on port ${plainPort}; try the address with http:// instead`,
    );
    expect(await failure(fetchUrl(`http://127.0.0.1:${notHttpPort}/`, 10_000))).toBe(
      `127.0.0.1:${notHttpPort} answered with something that is not HTTP; check the address and port`,
    );
  });

  it('headers of 64 KiB are the server’s fault', async () => {
    expect(await failure(fetchUrl(`${base}/huge-headers`, 10_000))).toBe(
      `127.0.0.1:${plainPort} answered with headers too large to be a web page; check the address`,
    );
  });

  it('a gzip bomb stops at the 64 MiB limit as it inflates, and memory stays within it', async () => {
    const rss0 = process.memoryUsage().rss;
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await failure(fetchUrl(`${base}/gzip-bomb`, 30_000))).toMatch(/\/gzip-bomb is over langdu's 64 MiB limit; save a smaller part of it$/);
    expect((process.memoryUsage().rss - rss0) / 1048576).toBeLessThan(200);
  });

  it('a reset connection is the network’s', async () => {
    expect(await failure(fetchUrl(`${base}/reset`, 10_000))).toMatch(
      new RegExp(`^cannot reach 127\\.0\\.0\\.1:${plainPort}: the connection (was reset|closed); check the address and your network$`),
    );
  });

  it('a Content-Length that lies: broke off, with what was promised and sent', async () => {
    expect(await failure(fetchUrl(`${base}/lie`, 10_000))).toMatch(
      /^127\.0\.0\.1:\d+ broke off while sending .*\/lie \(the connection (closed|was reset): it announced 1000 bytes and sent 18\); try again$/,
    );
  });

  it('a body sent slower than the time limit: too slowly, not "did not answer"', async () => {
    expect(await failure(fetchUrl(`${base}/trickle`, 400))).toMatch(/^127\.0\.0\.1:\d+ sent .*\/trickle too slowly: \d+ bytes within 0\.4 s; try again later/);
  });

  it('a certificate nobody signed is the server’s, and nothing is read from it', async (ctx) => {
    if (!needTool('openssl')) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'langdu-tls-'));
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost'].concat([
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ]),
        { stdio: 'ignore' },
      );
      const tls = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_, res) =>
        res.end('一、总体要求\n'),
      );
      const port = await listen(tls);
      try {
        expect(await failure(fetchUrl(`https://127.0.0.1:${port}/`, 10_000))).toBe(
          `127.0.0.1:${port}'s certificate is not trusted (it signed its own certificate), so langdu did not read from it; check the address`,
        );
      } finally {
        tls.closeAllConnections();
        await new Promise((r) => tls.close(r));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a good page still opens after as many redirects as allowed (ten), one more is a loop', async () => {
    expect(await failure(fetchUrl(`${base}/down10`, 10_000))).toMatch(/round more than 10 redirects/);
    const { bytes, url } = await fetchUrl(`${base}/down9`, 10_000);
    expect(Buffer.from(bytes).toString('utf8')).toBe('一、总体要求\n');
    expect(url).toBe(`${base}/`);
  });
});

describe('LANGDU_TIMEOUT', () => {
  it.each(['1e-9', '0', '-5', '1e12', '86401', 'abc', '30s', 'Infinity', 'NaN'])('"%s" is wrong usage, said in one line', (value) => {
    let e: unknown;
    try {
      fetchTimeoutMs({ LANGDU_TIMEOUT: value });
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).message).toBe(
      `LANGDU_TIMEOUT is the seconds to wait for a web page, a number from 0.1 to 86400, not "${value}"; unset it to wait 30 s`,
    );
  });

  it('takes seconds from 0.1 to a day; unset or empty is 30', () => {
    expect(fetchTimeoutMs({ LANGDU_TIMEOUT: '0.1' })).toBe(100);
    expect(fetchTimeoutMs({ LANGDU_TIMEOUT: ' 2.5 ' })).toBe(2500);
    expect(fetchTimeoutMs({ LANGDU_TIMEOUT: '86400' })).toBe(86_400_000);
    expect(fetchTimeoutMs({ LANGDU_TIMEOUT: '' })).toBe(30_000);
    expect(fetchTimeoutMs({})).toBe(30_000);
  });

  it('through the command: both ends are exit 2 with a usage line, not an internal error', async () => {
    const run = (value: string) =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [join(ROOT, 'dist/langdu.js'), 'outline', `${base}/`], {
          env: { ...process.env, LANGDU_TIMEOUT: value },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('close', (code) => resolve({ code, err }));
      });
    for (const value of ['1e-9', '1e12']) {
      const r = await run(value);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `langdu: LANGDU_TIMEOUT is the seconds to wait for a web page, a number from 0.1 to 86400, not "${value}"; unset it to wait 30 s\nTry \`langdu --help\`.\n`,
      );
    }
  }, 60_000);
});
