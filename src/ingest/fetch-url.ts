import { lookup } from 'node:dns/promises';
import { isPrivateAddress } from './private-address.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  allowPrivateNetworks: boolean;
  maxRedirects?: number;
}

async function checkHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`fetch: ${url.href}: only http and https are fetched`);
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addrs = await lookup(host, { all: true }).catch((err: unknown) => {
    throw new Error(`fetch: ${url.href}: cannot resolve host (${(err as Error).message})`, { cause: err });
  });
  const bad = addrs.find((a) => isPrivateAddress(a.address));
  if (bad) throw new Error(`fetch: ${url.href}: refused, ${host} resolves to private address ${bad.address} (set ALLOW_PRIVATE_NETWORKS=1 to allow)`);
}

async function readCapped(res: Response, url: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  if (!res.body) return Buffer.alloc(0);
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new Error(`fetch: ${url}: body larger than ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

const isTimeout = (err: unknown) => err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');

/** GET a URL as text, following redirects by hand so that every hop is checked; time and size capped. */
export async function fetchUrl(href: string, opts: FetchOptions): Promise<{ url: string; text: string; contentType: string }> {
  try {
    return await fetchWithin(href, opts, AbortSignal.timeout(opts.timeoutMs));
  } catch (err) {
    if (isTimeout(err)) throw new Error(`fetch: ${href}: timed out after ${opts.timeoutMs} ms`, { cause: err });
    throw err;
  }
}

async function fetchWithin(href: string, opts: FetchOptions, signal: AbortSignal): Promise<{ url: string; text: string; contentType: string }> {
  let url = new URL(href);
  for (let hop = 0; hop <= (opts.maxRedirects ?? 5); hop++) {
    await checkHost(url, opts.allowPrivateNetworks);
    let res: Response;
    try {
      res = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'news-intel/0.1', accept: '*/*' } });
    } catch (err) {
      if (isTimeout(err)) throw err;
      throw new Error(`fetch: ${url.href}: ${(err as Error).message}`, { cause: err });
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`fetch: ${url.href}: HTTP ${res.status}`);
    }
    const body = await readCapped(res, url.href, opts.maxBytes);
    return { url: url.href, text: new TextDecoder('utf-8').decode(body), contentType: res.headers.get('content-type') ?? '' };
  }
  throw new Error(`fetch: ${href}: more than ${opts.maxRedirects ?? 5} redirects`);
}
