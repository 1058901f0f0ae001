import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocument } from '../../src/document/open.js';
import { fetchUrl, isUrl } from '../../src/document/source.js';
import { LangduError } from '../../src/errors.js';
import { documentKey } from '../../src/store/index.js';
import { layoutReport, makePdf } from '../fixtures/gen/pdf.js';
import { FURNITURE, PDF_PARAGRAPHS, PDF_TITLE } from '../fixtures/gen/samples.js';
import { fixture, runLangdu } from '../helpers.js';

const cityPage = readFileSync(fixture('web/city-work-report.html'), 'utf8');
const countyGbk = readFileSync(fixture('web/county-plan.gbk.html')); // declares gb2312 in a meta tag
let hits = 0;
const held: ServerResponse[] = [];

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '/';
  if (url === '/art/2025/2/8/art_1229_5000.html') {
    // A page counts its visitors: the count must not change the document (nor its saved state).
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(cityPage.replace('1024', String(++hits)));
  } else if (url === '/gbk-header') {
    const page = iconv.decode(countyGbk, 'gb18030').replace(/<meta http-equiv[^>]*>/, '');
    res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
    res.end(iconv.encode(page, 'gbk'));
  } else if (url === '/gbk-meta') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(countyGbk);
  } else if (url === '/old') {
    res.writeHead(301, { location: '/moved' });
    res.end();
  } else if (url === '/moved') {
    res.writeHead(302, { location: '/art/2025/2/8/art_1229_5000.html' });
    res.end();
  } else if (url === '/report.pdf') {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end(makePdf(layoutReport(PDF_TITLE, PDF_PARAGRAPHS, { linesPerPage: 6 })));
  } else if (url === '/slow') {
    held.push(res); // never answers; closed in afterAll
  } else {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><body><h1>404 页面不存在</h1></body></html>');
  }
}

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
});

afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const failure = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LangduError);
  const msg = (e as Error).message;
  expect(msg).not.toContain('\n');
  return msg;
};

describe('a web address', () => {
  it('is told from a file name', () => {
    expect(isUrl('https://www.example.gov.cn/art/2025/2/8/art_1229_5000.html')).toBe(true);
    expect(isUrl('http://x')).toBe(true);
    expect(isUrl('report.html')).toBe(false);
    expect(isUrl('./https:/x')).toBe(false);
  });

  it('opens as the article, with its title, metadata and outline', async () => {
    const { doc } = await openDocument(`${base}/art/2025/2/8/art_1229_5000.html`);
    expect(doc.title).toBe('2025年某市政府工作报告');
    expect(doc.meta[0]).toEqual({ key: '索引号', value: '002490837/2025-00123' });
    expect(doc.nodes.map((n) => n.title)).toEqual(['2024年工作回顾', '2025年工作安排']);
  });

  it('fetched again (its visitor count changed) gives the same text, so the same saved state', async () => {
    const a = await openDocument(`${base}/art/2025/2/8/art_1229_5000.html`);
    const b = await openDocument(`${base}/art/2025/2/8/art_1229_5000.html`);
    expect(documentKey(b.loaded.text)).toBe(documentKey(a.loaded.text));
  });

  it('follows redirects', async () => {
    const { doc } = await openDocument(`${base}/old`);
    expect(doc.title).toBe('2025年某市政府工作报告');
  });

  it.each([
    ['the HTTP header', '/gbk-header'],
    ['the page', '/gbk-meta'],
  ])('honours a GBK charset declared in %s', async (_, path) => {
    const { loaded, doc } = await openDocument(base + path);
    expect(loaded.encoding).toBe('GB18030');
    expect(doc.title).toBe('某县关于2024年法治政府建设情况的报告');
    expect(loaded.text).not.toMatch(FURNITURE);
  });

  it('a PDF on the web is read as a PDF', async () => {
    const { loaded, doc } = await openDocument(`${base}/report.pdf`);
    expect(loaded.format).toBe('pdf');
    expect(doc.title).toBe(PDF_TITLE);
  });

  it('404: one line', async () => {
    expect(await failure(openDocument(`${base}/art/none.html`))).toBe(`cannot open ${base}/art/none.html: no such page (404); check the address`);
  });

  it('a server that does not answer: one line after the time limit', async () => {
    expect(await failure(fetchUrl(`${base}/slow`, 300))).toMatch(/^127\.0\.0\.1:\d+ did not answer within 0\.3 s; try again later/);
  });

  it('nothing listening: one line, "cannot reach"', async () => {
    expect(await failure(openDocument(`http://127.0.0.1:${closedPort}/a.html`))).toBe(
      `cannot reach 127.0.0.1:${closedPort}: connection refused; check the address and your network`,
    );
  });
});

describe('the commands take a web address', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runLangdu(args, { env });

  it('outline, show and speak --dry-run; no furniture is read aloud', async () => {
    const url = `${base}/art/2025/2/8/art_1229_5000.html`;
    const outline = await run(['outline', url]);
    expect(outline.code).toBe(0);
    expect(outline.out.split('\n').slice(0, 2)).toEqual(['2025年某市政府工作报告', '  一、2024年工作回顾']);
    const show = await run(['show', url, '--at', '2.1']);
    expect(show.out).toContain('一是扩大有效投资');
    const speak = await run(['speak', '--dry-run', url]);
    expect(speak.code).toBe(0);
    expect(speak.out).toContain('各位代表');
    expect(speak.out).not.toMatch(FURNITURE);
  });

  it('a time limit from LANGDU_TIMEOUT, and a 404, are one line with exit 1', async () => {
    const slow = await run(['outline', `${base}/slow`], { LANGDU_TIMEOUT: '0.5' });
    expect(slow.code).toBe(1);
    expect(slow.err).toMatch(/^langdu: 127\.0\.0\.1:\d+ did not answer within 0\.5 s; [^\n]*\n$/);
    const missing = await run(['show', `${base}/nope`]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`langdu: cannot open ${base}/nope: no such page (404); check the address\n`);
  });
});
