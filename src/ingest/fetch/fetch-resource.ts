import type { IncomingMessage } from 'node:http';
import { decodeBody } from './decode-body.js';
import { fetchFailure, type FetchWhere } from './fetch-failure.js';
import { FetchError, type FetchLimits, type FetchRequest, type FetchResult } from './fetch-types.js';
import { guardedLookup } from './guarded-lookup.js';
import { networkFailure } from './network-failure.js';
import { readBody } from './read-body.js';
import { readHints } from './read-hints.js';
import { requestHeaders } from './request-headers.js';
import { sendRequest } from './send-request.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function parseHttpUrl(href: string, base: URL | undefined, where: FetchWhere): URL {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    throw fetchFailure(where, 'protocol', base ? `redirect to an invalid URL ${JSON.stringify(href)}` : 'not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fetchFailure(base ? { ...where, at: url.href } : where, 'protocol', `only http and https are fetched, not ${url.protocol}`);
  }
  return url;
}

function httpFailure(where: FetchWhere, res: IncomingMessage, retryAfterSeconds: number | null): FetchError {
  const status = res.statusCode ?? 0;
  const retry = status === 429 || status === 503 ? retryAfterSeconds : null;
  const problem = `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}${REDIRECTS.has(status) ? ' without a Location' : ''}`
    + (retry === null ? '' : `, retry after ${retry} s`);
  return fetchFailure(where, 'http', problem, { httpStatus: status, retryAfterSeconds: retry });
}

async function fetchHops(req: FetchRequest, limits: FetchLimits, where: FetchWhere, signal: AbortSignal): Promise<FetchResult> {
  const first = parseHttpUrl(req.url, undefined, where);
  let url = first;
  let method = req.method ?? 'GET';
  let body = req.body ?? null;
  let crossOrigin = false;
  for (let redirects = 0; ; redirects++) {
    where.at = redirects === 0 ? req.url : url.href;
    crossOrigin ||= url.origin !== first.origin;
    const headers = requestHeaders(req, limits, { crossOrigin, withBody: body !== null });
    const lookup = guardedLookup({ ...where }, limits.allowPrivateAddresses);
    const res = await sendRequest(url, { method, headers, body, lookup, signal });
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location) {
      res.destroy();
      if (redirects >= limits.maxRedirects) throw fetchFailure(where, 'too-many-redirects', `more than ${limits.maxRedirects} redirects`);
      url = parseHttpUrl(location, url, where);
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) [method, body] = ['GET', null];
      continue;
    }
    const hints = readHints(res.headers);
    if (status === 304) {
      res.destroy();
      return { status: 'not-modified', url: req.url, finalUrl: url.href, hints };
    }
    if (status < 200 || status >= 300) {
      res.destroy();
      throw httpFailure(where, res, hints.retryAfterSeconds);
    }
    const bytes = await readBody(res, { where, maxBytes: limits.maxBytes, signal });
    const contentType = res.headers['content-type'] ?? '';
    const decoded = decodeBody(contentType, bytes);
    return {
      status: 'ok', url: req.url, finalUrl: url.href, httpStatus: status, contentType, charset: decoded.charset,
      text: decoded.text, bytes: bytes.byteLength, hints, ...(decoded.note ? { notes: [decoded.note] } : {}),
    };
  }
}

/**
 * Fetches one http(s) resource like a careful feed reader: every hop's address checked as it is connected to (private
 * networks refused unless allowed), redirects followed by hand up to `maxRedirects`, one time cap over connect,
 * headers and body, a size cap after decompression, conditional GET (304 → `not-modified`), the body decoded in its
 * declared charset, and the response's caching and retry hints. Fails with a FetchError whose message names the URL.
 */
export async function fetchResource(req: FetchRequest, limits: FetchLimits): Promise<FetchResult> {
  const where: FetchWhere = { url: req.url, at: req.url };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), limits.timeoutMs);
  try {
    return await fetchHops(req, limits, where, deadline.signal);
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (deadline.signal.aborted) throw fetchFailure(where, 'timeout', `timed out after ${limits.timeoutMs} ms`, { cause: err });
    throw networkFailure(where, err);
  } finally {
    clearTimeout(timer);
  }
}
