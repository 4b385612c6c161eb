import type { ServerResponse } from 'node:http';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from './fetch-resource.js';
import type { FetchLimits } from './fetch-types.js';
import { startTestServer } from './start-test-server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let base: string;
let bomb: Buffer;
const MiB = 1024 * 1024;
const limits: FetchLimits = { timeoutMs: 5000, maxBytes: MiB, maxRedirects: 3, allowPrivateAddresses: true };
const feed = '<rss version="2.0"><channel><title>Zürich – news “quoted”</title></channel></rss>';

/** 50 MiB of zeros gzipped (about 50 KB), made in 1 MiB steps so the test itself stays small. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const zeros = Buffer.alloc(MiB);
  for (let i = 0; i < 50; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  await new Promise((r) => gzip.end(r));
  return Buffer.concat(out);
}

function writeForever(res: ServerResponse, chunk: Buffer): void {
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

const bytes = (...b: number[]) => Buffer.from(b);
const CHARSETS: Record<string, [string, Buffer]> = {
  latin1: ['text/xml; charset=ISO-8859-1', Buffer.concat([Buffer.from('<t>caf'), bytes(0xe9, 0x20, 0xfc, 0x62, 0x65, 0x72), Buffer.from('</t>')])],
  cp1252: ['application/rss+xml', Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), bytes(0x93, 0x80, 0x35, 0x94), Buffer.from('</t>')])],
  gbk: ['application/xml', Buffer.concat([Buffer.from("<?xml version='1.0' encoding='GB2312'?><t>"), bytes(0xd6, 0xd0, 0xce, 0xc4), Buffer.from('</t>')])],
  sjis: ['text/html; charset=Shift_JIS', Buffer.concat([Buffer.from('<p>'), bytes(0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea), Buffer.from('</p>')])],
  bom: ['text/xml', Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><t>€</t>')])],
  meta: ['text/html', Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'), bytes(0xe9), Buffer.from('</html>')])],
  unknown: ['text/plain; charset=x-klingon', Buffer.from('plain é')],
};

beforeAll(async () => {
  bomb = await gzipBomb();
  server = await startTestServer((req, res) => {
    const path = req.url ?? '/';
    const charset = CHARSETS[path.slice(1)];
    if (charset) res.writeHead(200, { 'content-type': charset[0] }).end(charset[1]);
    else if (path === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(feed));
    else if (path === '/deflate') res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(feed));
    else if (path === '/br') res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(feed));
    else if (path === '/accept') res.end(req.headers['accept-encoding']);
    else if (path === '/corrupt') res.writeHead(200, { 'content-encoding': 'gzip' }).end('this is not gzip at all');
    else if (path === '/zstd') res.writeHead(200, { 'content-encoding': 'zstd' }).end('?');
    else if (path === '/bomb') res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/xml' }).end(bomb);
    else if (path === '/endless') writeForever(res.writeHead(200, { 'content-type': 'text/plain' }), Buffer.alloc(64 * 1024, 'a'));
    else if (path === '/drip') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('x'), 200);
      res.on('close', () => clearInterval(timer));
    } else if (path === '/silent') {
      // never answers
    } else res.writeHead(404).end();
  });
  base = server.base;
});
afterAll(() => server.close());

describe('fetchResource: compressed bodies', () => {
  it.each(['gzip', 'deflate', 'br'])('decompresses %s', async (encoding) => {
    expect(await fetchResource({ url: `${base}/${encoding}` }, limits)).toMatchObject({ status: 'ok', text: feed, bytes: Buffer.byteLength(feed) });
  });

  it('asks for gzip, deflate and br', async () => {
    expect(await fetchResource({ url: `${base}/accept` }, limits)).toMatchObject({ text: 'gzip, deflate, br' });
  });

  it('names a corrupt body and an encoding it cannot undo', async () => {
    await expect(fetchResource({ url: `${base}/corrupt` }, limits)).rejects.toMatchObject({
      kind: 'decode', message: `fetch: ${base}/corrupt: cannot decompress the gzip body (incorrect header check)` });
    await expect(fetchResource({ url: `${base}/zstd` }, limits)).rejects.toMatchObject({
      kind: 'protocol', message: `fetch: ${base}/zstd: unsupported Content-Encoding zstd` });
  });
});

describe('fetchResource: caps', () => {
  it('stops a gzip bomb at the cap after decompression, quickly and in bounded memory', async () => {
    const used = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
    const before = used();
    let peak = before;
    const sampler = setInterval(() => { peak = Math.max(peak, used()); }, 2);
    const started = Date.now();
    const err = await fetchResource({ url: `${base}/bomb` }, limits).catch((e: unknown) => e);
    clearInterval(sampler);
    peak = Math.max(peak, used());
    expect(err).toMatchObject({ kind: 'too-large',
      message: `fetch: ${base}/bomb: body larger than ${MiB} bytes after decompression (Content-Encoding gzip)` });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(peak - before).toBeLessThan(30 * MiB);
  });

  it('stops an endless body at the cap', async () => {
    await expect(fetchResource({ url: `${base}/endless` }, limits)).rejects.toMatchObject({
      kind: 'too-large', message: `fetch: ${base}/endless: body larger than ${MiB} bytes` });
  });

  it('times out a slow drip and a server that never answers, within the one time cap', async () => {
    const started = Date.now();
    await expect(fetchResource({ url: `${base}/drip` }, { ...limits, timeoutMs: 700 })).rejects.toMatchObject({
      kind: 'timeout', message: `fetch: ${base}/drip: timed out after 700 ms` });
    expect(Date.now() - started).toBeLessThan(1500);
    await expect(fetchResource({ url: `${base}/silent` }, { ...limits, timeoutMs: 300 })).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('fetchResource: charsets', () => {
  it.each([
    ['latin1', 'ISO-8859-1 by header', 'windows-1252', '<t>café über</t>'],
    ['cp1252', 'windows-1252 by XML declaration', 'windows-1252', '“€5”</t>'],
    ['gbk', 'GB2312/GBK by XML declaration', 'gbk', '<t>中文</t>'],
    ['sjis', 'Shift_JIS by header', 'shift_jis', '<p>日本語</p>'],
    ['bom', 'UTF-8 by BOM (over the declaration), BOM dropped', 'utf-8', '<t>€</t>'],
    ['meta', 'windows-1252 by HTML meta http-equiv', 'windows-1252', '</head>é</html>'],
  ])('%s: %s', async (path, _what, charset, tail) => {
    const result = await fetchResource({ url: `${base}/${path}` }, limits);
    expect(result).toMatchObject({ status: 'ok', charset });
    if (result.status !== 'ok') return;
    expect(result.text.endsWith(tail)).toBe(true);
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(result.notes).toBeUndefined();
  });

  it('reads an unknown charset as UTF-8 and says so', async () => {
    expect(await fetchResource({ url: `${base}/unknown` }, limits)).toMatchObject({
      charset: 'utf-8', text: 'plain é', notes: ['unknown charset "x-klingon" (from the header), read as UTF-8'] });
  });
});
