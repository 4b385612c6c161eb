import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource.js';
import { FetchError, type FetchLimits } from './fetch-types.js';
import { startTestServer } from './start-test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let base: string;
let seen: string[] = [];
const limits: FetchLimits = { timeoutMs: 3000, maxBytes: 100_000, maxRedirects: 3, allowPrivateAddresses: true };
const retryDate = () => new Date(Date.now() + 90_000).toUTCString();

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', 'http://x');
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (url.pathname === '/feed') {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Tue, 01 Sep 2026 10:00:00 GMT') {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 01 Sep 2026 10:00:00 GMT',
        'cache-control': 'public, max-age=600', expires: 'Wed, 02 Sep 2026 10:00:00 GMT' }).end('<rss version="2.0"></rss>');
    } else if (hop) {
      const n = Number(hop[1]);
      if (n === 0) res.writeHead(200, { 'content-type': 'text/plain' }).end(`arrived ${req.method}`);
      else res.writeHead(n % 2 ? 302 : 301, { location: n === 2 ? `../hop/${n - 1}` : `${base}/hop/${n - 1}` }).end();
    } else if (url.pathname === '/loop') {
      res.writeHead(302, { location: '/loop' }).end();
    } else if (url.pathname === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    } else if (url.pathname === '/login') {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        if (url.searchParams.has('see-other')) { res.writeHead(303, { location: '/hop/0' }).end(); return; }
        if (url.searchParams.has('cross')) { res.writeHead(307, { location: `http://localhost:${server.port}/login` }).end(); return; }
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`${req.method} ${req.headers['content-type']} ${req.headers.authorization} ${body}`);
      });
    } else if (url.pathname === '/busy') {
      res.writeHead(429, { 'retry-after': url.searchParams.has('date') ? retryDate() : '120' }).end('slow down');
    } else if (url.pathname === '/down') {
      res.writeHead(503, { 'retry-after': '30' }).end();
    } else if (url.pathname === '/no-location') {
      res.writeHead(302).end();
    } else {
      res.writeHead(404).end();
    }
  });
  base = server.base;
});
afterAll(() => server.close());

describe('fetchResource: conditional GET and hints', () => {
  it('returns the body with its validators and caching hints, then not-modified on the conditional request', async () => {
    const first = await fetchResource({ url: `${base}/feed` }, limits);
    expect(first).toMatchObject({
      status: 'ok', url: `${base}/feed`, finalUrl: `${base}/feed`, httpStatus: 200, contentType: 'application/rss+xml',
      charset: 'utf-8', text: '<rss version="2.0"></rss>', bytes: 25,
      hints: { etag: '"v1"', lastModified: 'Tue, 01 Sep 2026 10:00:00 GMT', maxAgeSeconds: 600,
        expires: new Date('2026-09-02T10:00:00Z'), retryAfterSeconds: null },
    });
    const again = await fetchResource({ url: `${base}/feed`, etag: first.hints.etag, lastModified: first.hints.lastModified }, limits);
    expect(again).toEqual({ status: 'not-modified', url: `${base}/feed`, finalUrl: `${base}/feed`,
      hints: { etag: '"v1"', lastModified: null, maxAgeSeconds: null, expires: null, retryAfterSeconds: null } });
  });
});

describe('fetchResource: redirects', () => {
  it('follows a chain within the limit, resolving relative locations', async () => {
    const result = await fetchResource({ url: `${base}/hop/3` }, limits);
    expect(result).toMatchObject({ status: 'ok', url: `${base}/hop/3`, finalUrl: `${base}/hop/0`, text: 'arrived GET' });
  });

  it('stops a chain over the limit and a loop with too-many-redirects', async () => {
    await expect(fetchResource({ url: `${base}/hop/3` }, { ...limits, maxRedirects: 2 })).rejects.toMatchObject({
      kind: 'too-many-redirects', message: `fetch: ${base}/hop/3 (redirected to ${base}/hop/1): more than 2 redirects` });
    seen = [];
    await expect(fetchResource({ url: `${base}/loop` }, limits)).rejects.toMatchObject({ kind: 'too-many-redirects' });
    expect(seen).toEqual(['GET /loop', 'GET /loop', 'GET /loop', 'GET /loop']);
  });

  it('refuses a redirect out of http(s) and a redirect without a Location', async () => {
    await expect(fetchResource({ url: `${base}/to-file` }, limits)).rejects.toMatchObject({
      kind: 'protocol', message: `fetch: ${base}/to-file (redirected to file:///etc/passwd): only http and https are fetched, not file:` });
    await expect(fetchResource({ url: `${base}/no-location` }, limits)).rejects.toMatchObject({
      kind: 'http', httpStatus: 302, message: `fetch: ${base}/no-location: HTTP 302 Found without a Location` });
  });
});

describe('fetchResource: POST', () => {
  it('sends a body with its headers, and a 303 turns it into a GET', async () => {
    const form = { url: `${base}/login`, method: 'POST' as const, body: 'Email=a&Passwd=b',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'GoogleLogin auth=t' } };
    expect(await fetchResource(form, limits)).toMatchObject({ text: 'POST application/x-www-form-urlencoded GoogleLogin auth=t Email=a&Passwd=b' });
    expect(await fetchResource({ ...form, url: `${base}/login?see-other` }, limits)).toMatchObject({ finalUrl: `${base}/hop/0`, text: 'arrived GET' });
  });

  it('keeps method and body on a 307 but not the credentials when the origin changes', async () => {
    const form = { url: `${base}/login?cross`, method: 'POST' as const, body: '{"a":1}',
      headers: { 'content-type': 'application/json', authorization: 'GoogleLogin auth=t' } };
    expect(await fetchResource(form, limits)).toMatchObject({
      finalUrl: `http://localhost:${server.port}/login`, text: 'POST application/json undefined {"a":1}' });
  });
});

describe('fetchResource: errors', () => {
  it('refuses loopback unless private networks are allowed, by literal address and by name, before any request', async () => {
    seen = [];
    const closed = { ...limits, allowPrivateAddresses: false };
    await expect(fetchResource({ url: `${base}/feed` }, closed)).rejects.toMatchObject({ kind: 'private-address',
      message: `fetch: ${base}/feed: refused, 127.0.0.1 resolves to private address 127.0.0.1 (set ALLOW_PRIVATE_NETWORKS=1 to allow)` });
    const byName = `http://localhost:${server.port}/feed`;
    await expect(fetchResource({ url: byName }, closed)).rejects.toThrow(
      new RegExp(`^fetch: ${byName}: refused, localhost resolves to private address (127\\.0\\.0\\.1|::1)`));
    expect(seen).toEqual([]);
  });

  it('throws kind http with the status, and Retry-After in seconds on 429 and 503 (seconds and date forms)', async () => {
    await expect(fetchResource({ url: `${base}/missing` }, limits)).rejects.toMatchObject({
      kind: 'http', httpStatus: 404, retryAfterSeconds: null, message: `fetch: ${base}/missing: HTTP 404 Not Found` });
    await expect(fetchResource({ url: `${base}/busy` }, limits)).rejects.toMatchObject({
      kind: 'http', httpStatus: 429, retryAfterSeconds: 120, message: `fetch: ${base}/busy: HTTP 429 Too Many Requests, retry after 120 s` });
    const dated = await fetchResource({ url: `${base}/busy?date` }, limits).catch((e: unknown) => e as FetchError);
    expect(dated).toBeInstanceOf(FetchError);
    expect((dated as FetchError).retryAfterSeconds).toBeGreaterThanOrEqual(88);
    expect((dated as FetchError).retryAfterSeconds).toBeLessThanOrEqual(91);
    await expect(fetchResource({ url: `${base}/down` }, limits)).rejects.toMatchObject({ httpStatus: 503, retryAfterSeconds: 30 });
  });

  it('names network failures and bad URLs in plain words', async () => {
    const gone = await startTestServer(() => undefined);
    await gone.close();
    await expect(fetchResource({ url: `${gone.base}/x` }, limits)).rejects.toMatchObject({
      kind: 'network', message: `fetch: ${gone.base}/x: connection failed (connect ECONNREFUSED 127.0.0.1:${gone.port})` });
    await expect(fetchResource({ url: 'not a url' }, limits)).rejects.toMatchObject({ kind: 'protocol', message: 'fetch: not a url: not a valid URL' });
    await expect(fetchResource({ url: 'ftp://example.com/feed' }, limits)).rejects.toMatchObject({ kind: 'protocol' });
  });
});
