// Where a document comes from when it is not a file: a web address. The page is fetched (redirects
// followed, a time limit on the whole transfer, the 64 MiB cap kept while reading), then loaded like
// any file: the charset the server declares is honoured, and the format decides the rest (load.ts).
import { LangduError } from '../errors.js';
import { type Loaded, loadBytes, MAX_BYTES } from './load.js';

/** A web address (http or https): fetched here rather than read from disk. */
export function isUrl(arg: string | undefined): arg is string {
  return arg !== undefined && /^https?:\/\/\S+$/i.test(arg);
}

/** Seconds to wait for a page: LANGDU_TIMEOUT, else 30. */
export function fetchTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.LANGDU_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 30_000;
}

export interface Fetched {
  bytes: Uint8Array;
  /** The charset of the Content-Type header, if any. */
  charset?: string;
  /** Where the redirects ended. */
  url: string;
}

export async function fetchUrl(url: string, timeoutMs = fetchTimeoutMs()): Promise<Fetched> {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    throw new LangduError(`${url} is not a web address langdu understands; check it`);
  }
  const signal = AbortSignal.timeout(timeoutMs);
  const late = () => new LangduError(`${host} did not answer within ${timeoutMs / 1000} s; try again later (LANGDU_TIMEOUT=SECONDS waits longer)`);
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { 'user-agent': 'langdu (terminal reader)', accept: 'text/html,application/pdf,*/*;q=0.8' },
    });
  } catch (e) {
    if (signal.aborted) throw late();
    throw new LangduError(`cannot reach ${host}: ${networkReason(e)}; check the address and your network`);
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
    if (signal.aborted) throw late();
    throw new LangduError(`${host} broke off while sending ${url} (${networkReason(e)}); try again`);
  }
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
  return { bytes: Buffer.concat(chunks), url: res.url || url, ...(charset ? { charset } : {}) };
}

/** A web page (or a PDF or Word file on the web) as a loaded document. */
export async function loadUrl(url: string): Promise<Loaded> {
  const { bytes, charset } = await fetchUrl(url);
  return loadBytes(bytes, url, charset ? { charset } : {});
}

function tooBig(url: string): LangduError {
  return new LangduError(`${url} is over langdu's ${MAX_BYTES / 1048576} MiB limit; save a smaller part of it`);
}

/** Why a request failed, in words: undici wraps the system error in `cause`. */
function networkReason(e: unknown): string {
  let cause = e as { code?: string; message?: string; cause?: unknown; errors?: unknown[] } | undefined;
  for (let k = 0; k < 4 && cause && !cause.code; k++) cause = (cause.cause ?? cause.errors?.[0]) as typeof cause;
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
    case 'UND_ERR_SOCKET':
      return 'the connection closed';
    default:
      return cause?.code ?? ((e as Error)?.message || 'network error');
  }
}
