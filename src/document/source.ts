// Where a document comes from when it is not a file: a web address. The page is fetched (redirects
// followed, a time limit on the whole transfer, the 64 MiB cap kept while reading), then loaded like
// any file: the charset the server declares is honoured, and the format decides the rest (load.ts).
import { forTerminal, LangduError, UsageError } from '../errors.js';
import { type Loaded, loadBytes, MAX_BYTES } from './load.js';

/** A web address (http or https): fetched here rather than read from disk. */
export function isUrl(arg: string | undefined): arg is string {
  return arg !== undefined && /^https?:\/\/\S+$/i.test(arg);
}

/** What LANGDU_TIMEOUT may be, in seconds: below a tenth nothing answers; past a day is a mistake. */
export const TIMEOUT_RANGE = { min: 0.1, max: 86_400, default: 30 } as const;

/** Seconds to wait for a page: LANGDU_TIMEOUT, else 30; anything else is wrong usage, said in one line. */
export function fetchTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const given = (env.LANGDU_TIMEOUT ?? '').trim();
  if (given === '') return TIMEOUT_RANGE.default * 1000;
  const s = Number(given);
  if (!Number.isFinite(s) || s < TIMEOUT_RANGE.min || s > TIMEOUT_RANGE.max)
    throw new UsageError(
      `LANGDU_TIMEOUT is the seconds to wait for a web page, a number from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}, not "${forTerminal(given)}"; unset it to wait ${TIMEOUT_RANGE.default} s`,
    );
  return Math.round(s * 1000);
}

export interface Fetched {
  bytes: Uint8Array;
  /** The charset of the Content-Type header, if any. */
  charset?: string;
  /** Where the redirects ended. */
  url: string;
}

/** Redirects followed before the address is called a loop (browsers allow 20; a report needs two or three). */
const MAX_REDIRECTS = 10;

export async function fetchUrl(url: string, timeoutMs = fetchTimeoutMs()): Promise<Fetched> {
  let at: URL;
  try {
    at = new URL(url);
  } catch {
    throw new LangduError(`${url} is not a web address langdu understands; check it`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  const seconds = `${timeoutMs / 1000} s`;
  let res: Response;
  // Redirects are followed here, not by fetch, so that where one leads can be named and checked.
  for (let hops = 0; ; hops++) {
    try {
      res = await fetch(at, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'langdu (terminal reader)', accept: 'text/html,application/pdf,*/*;q=0.8' },
      });
    } catch (e) {
      if (signal.aborted) throw new LangduError(`${at.host} did not answer within ${seconds}; try again later (LANGDU_TIMEOUT=SECONDS waits longer)`);
      throw requestFailed(at, e);
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (location === null) break;
    void res.body?.cancel().catch(() => {});
    let next: URL;
    try {
      next = new URL(location, at);
    } catch {
      throw new LangduError(`${at.host} sent ${url} on to "${location}", which is not a web address; the link is broken (the server's fault)`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw new LangduError(`${at.host} sent ${url} on to ${next.href}; langdu follows only http:// and https:// addresses, never to a file or another scheme`);
    if (hops + 1 > MAX_REDIRECTS)
      throw new LangduError(`${at.host} sent ${url} round more than ${MAX_REDIRECTS} redirects (a loop); the address is broken on the server's side`);
    at = next;
  }
  if (!res.ok) {
    void res.body?.cancel().catch(() => {});
    const what = res.status === 404 ? 'no such page (404)' : `the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    throw new LangduError(`cannot open ${url}: ${what}; check the address`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > MAX_BYTES) throw tooBig(url);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > MAX_BYTES) throw tooBig(url);
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof LangduError) throw e;
    if (signal.aborted)
      throw new LangduError(`${at.host} sent ${url} too slowly: ${size} bytes within ${seconds}; try again later (LANGDU_TIMEOUT=SECONDS waits longer)`);
    const short = declared > size ? `: it announced ${declared} bytes and sent ${size}` : '';
    throw new LangduError(`${at.host} broke off while sending ${url} (${networkReason(e, at)}${short}); try again`);
  }
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
  return { bytes: Buffer.concat(chunks), url: at.href, ...(charset ? { charset } : {}) };
}

/** A web page (or a PDF or Word file on the web) as a loaded document. */
export async function loadUrl(url: string): Promise<Loaded> {
  const { bytes, charset } = await fetchUrl(url);
  return loadBytes(bytes, url, charset ? { charset } : {});
}

function tooBig(url: string): LangduError {
  return new LangduError(`${url} is over langdu's ${MAX_BYTES / 1048576} MiB limit; save a smaller part of it`);
}

type Cause = { code?: string; message?: string; cause?: unknown; errors?: unknown[] };

/** The error undici wraps (a system error, a TLS or parser error, or its own with only a message). */
function innermost(e: unknown): Cause | undefined {
  let cause = e as Cause | undefined;
  for (let k = 0; k < 5 && cause && (cause.cause || cause.errors?.[0]); k++) cause = (cause.cause ?? cause.errors?.[0]) as Cause;
  return cause;
}

/**
 * A request that failed, said as whose it is: langdu's own refusal (a port browsers block too), the
 * server's (it speaks no https there, its certificate is not trusted, its answer is not HTTP), or the
 * network's (refused, no such host, reset).
 */
function requestFailed(at: URL, e: unknown): LangduError {
  const cause = innermost(e);
  const code = cause?.code ?? '';
  if (cause?.message === 'bad port')
    return new LangduError(`langdu does not open ${at.href}: port ${at.port} belongs to another kind of service (browsers refuse it too); check the address`);
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG')
    return new LangduError(`${at.host} does not speak https on port ${at.port || 443}; try the address with http:// instead`);
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code))
    return new LangduError(`${at.host}'s certificate is not trusted (${certReason(code)}), so langdu did not read from it; check the address`);
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO')
    return new LangduError(`the secure connection (https) to ${at.host} failed; try again, or the address with http://`);
  if (code.startsWith('HPE_')) return new LangduError(`${at.host} answered with something that is not HTTP; check the address and port`);
  if (code === 'UND_ERR_HEADERS_OVERFLOW') return new LangduError(`${at.host} answered with headers too large to be a web page; check the address`);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return new LangduError(`${at.host} stopped answering; try again later`);
  return new LangduError(`cannot reach ${at.host}: ${networkReason(e, at)}; check the address and your network`);
}

function certReason(code: string): string {
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN') return 'it signed its own certificate';
  if (code === 'CERT_HAS_EXPIRED') return 'its certificate has expired';
  if (code === 'CERT_NOT_YET_VALID') return 'its certificate is not valid yet';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'the certificate is for another name';
  return 'no trusted authority signed it';
}

/** Why a connection failed or broke, in words: undici wraps the system error in `cause`. */
function networkReason(e: unknown, at: URL): string {
  const cause = innermost(e);
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'no such host, or no network';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return 'no route to it (no network?)';
    case 'ETIMEDOUT':
      return 'the connection timed out';
    case 'UND_ERR_SOCKET':
      return 'the connection closed';
    default:
      return `a network error${cause?.code ? ` (${cause.code})` : ''} on the way to ${at.host}`;
  }
}
