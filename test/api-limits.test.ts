import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiOptions } from '../src/api/api-options.js';
import { createApp } from '../src/api/create-app.js';
import { openApiDocument } from '../src/api/openapi/openapi-document.js';
import { routeDocs } from '../src/api/openapi/route-docs.js';
import { loadConfig } from '../src/config.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { expectErrorBody, tableChecksums } from './support/api-fuzz-kit.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const doc = openApiDocument(routeDocs) as { paths: Record<string, Record<string, { security?: unknown }>> };
/** Every write route of the OpenAPI document, with an id where the path has one. */
const writeRoutes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops)
  .filter(([, op]) => op.security).map(([method, _op]) => ({ method: method.toUpperCase(), path: path.replace('{id}', '1') })));

describe('API limits: configuration', () => {
  it('defaults: 1 MiB bodies, 5 MiB for ingest, 600 requests a minute in bursts of 120, no proxy trusted', () => {
    expect(apiOptions(loadConfig({}))).toEqual({
      reads: 'open', bodyLimits: { maxBodyBytes: 1024 * 1024, maxIngestBytes: 5 * 1024 * 1024 },
      rateLimit: { perMinute: 600, burst: 120, trustProxy: false },
    });
  });

  it('reads the keys, turns rate limits off at 0, and names a bad value', () => {
    const o = apiOptions(loadConfig({ API_MAX_BODY_BYTES: '2048', API_MAX_INGEST_BYTES: '4096', RATE_LIMIT_PER_MINUTE: '0', TRUST_PROXY: '1' }));
    expect(o).toMatchObject({ bodyLimits: { maxBodyBytes: 2048, maxIngestBytes: 4096 }, rateLimit: undefined });
    expect(apiOptions(loadConfig({ TRUST_PROXY: '1', RATE_LIMIT_BURST: '7' })).rateLimit).toEqual({ perMinute: 600, burst: 7, trustProxy: true });
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-1', API_MAX_BODY_BYTES: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE[\s\S]*API_MAX_BODY_BYTES|API_MAX_BODY_BYTES[\s\S]*RATE_LIMIT_PER_MINUTE/);
  });
});

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`API limits: request bodies (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let token: string;
    let app: Hono;
    beforeAll(async () => {
      database = await target.open();
      token = (await createToken(database.db, 'capped')).token;
      app = createApp(database.db, undefined, { bodyLimits: { maxBodyBytes: 4096, maxIngestBytes: 16_384 } });
    });
    afterAll(async () => { await database?.destroy(); });

    const post = (method: string, path: string, body: string | ReadableStream, headers: Record<string, string> = {}) =>
      app.request(path, { method, body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, duplex: 'half' } as RequestInit);

    it.each(writeRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s refuses a body over its cap with a 413 naming the limit, storing nothing', async (_n, r) => {
      const before = await tableChecksums(database.db);
      const limit = r.path === '/api/ingest' ? '16 KiB' : '4 KiB';
      const size = r.path === '/api/ingest' ? 16_385 : 4097;
      const res = await post(r.method, r.path, JSON.stringify({ pad: 'x'.repeat(size) }));
      expect(res.status).toBe(413);
      const body = await res.json();
      expectErrorBody(body, r.path);
      expect(body.error).toEqual({ code: 'too_large', message: `the request body is over the ${limit} limit` });
      expect(await tableChecksums(database.db)).toEqual(before);
    });

    it('counts a streamed body with no Content-Length as it arrives', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({ pull(c) { if (sent++ < 8) c.enqueue(chunk); else c.close(); } });
      const res = await post('POST', '/api/feeds', stream);
      expect(res.status).toBe(413);
      expect(sent).toBeLessThan(8);
    });

    it('lets a body at the cap through to validation', async () => {
      const body = JSON.stringify({ url: 'https://example.invalid/feed.xml', tags: [], pad: '' });
      const res = await post('POST', '/api/feeds', body.replace('""', `"${'x'.repeat(4096 - body.length)}"`));
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toBe('unknown body field "pad"');
    });

    it('checks the token before reading a body: no token is a 401 however large the body', async () => {
      const res = await app.request('/api/ingest', { method: 'POST', body: 'x'.repeat(100_000), headers: { 'content-type': 'text/plain' } });
      expect(res.status).toBe(401);
    });
  });
}

describe('API limits: rate limits', () => {
  let database: TestDatabase;
  beforeAll(async () => { database = await testDatabases[0]!.open(); });
  afterAll(async () => { await database?.destroy(); });
  const appWith = (perMinute: number, burst: number, trustProxy = false) =>
    createApp(database.db, undefined, { rateLimit: { perMinute, burst, trustProxy } });
  /** A request as @hono/node-server hands it over: the socket's peer address in the bindings. */
  const from = (app: Hono, address: string, headers: Record<string, string> = {}, path = '/api/openapi.json') =>
    app.request(path, { headers }, { incoming: { socket: { remoteAddress: address } } });

  it('limits each address to its burst, then answers 429 with Retry-After and a JSON error', async () => {
    const app = appWith(60, 3);
    for (let i = 0; i < 3; i++) expect((await from(app, '10.0.0.1')).status).toBe(200);
    const refused = await from(app, '10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");
    const body = await refused.json();
    expectErrorBody(body, '429');
    expect(body.error).toEqual({ code: 'rate_limited', message: 'too many requests from this address (at most 60 requests a minute, in bursts of up to 3); retry in 1 s' });
    expect((await from(app, '10.0.0.2')).status).toBe(200);
  });

  it('limits each API token on its own, from any address, valid or not', async () => {
    const app = appWith(60, 2);
    const auth = { authorization: `Bearer ni_${'t'.repeat(43)}` };
    expect((await from(app, '10.0.1.1', auth)).status).toBe(200);
    expect((await from(app, '10.0.1.2', auth)).status).toBe(200);
    const refused = await from(app, '10.0.1.3', auth);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.message).toMatch(/^too many requests from this API token/);
    expect((await from(app, '10.0.1.3')).status).toBe(200);
  });

  it('never limits the health check', async () => {
    const app = appWith(1, 1);
    expect((await from(app, '10.0.2.1')).status).toBe(200);
    expect((await from(app, '10.0.2.1')).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await from(app, '10.0.2.1', {}, '/healthz')).status).toBe(200);
  });

  it('takes the address from the last X-Forwarded-For entry only when the proxy is trusted', async () => {
    const trusting = appWith(60, 1, true);
    const spoofed = { 'x-forwarded-for': '1.1.1.1, 10.9.9.9' };
    expect((await from(trusting, '127.0.0.1', spoofed)).status).toBe(200);
    expect((await from(trusting, '127.0.0.1', { 'x-forwarded-for': '2.2.2.2, 10.9.9.9' })).status).toBe(429);
    expect((await from(trusting, '127.0.0.1', { 'x-forwarded-for': '10.9.9.8' })).status).toBe(200);
    const plain = appWith(60, 1, false);
    expect((await from(plain, '127.0.0.1', spoofed)).status).toBe(200);
    expect((await from(plain, '127.0.0.1', { 'x-forwarded-for': '3.3.3.3' })).status).toBe(429);
  });

  describe('over a real server', () => {
    let server: ServerType;
    let url: string;
    beforeAll(async () => {
      const app = appWith(60, 2);
      await new Promise<void>((resolve) => {
        server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => { url = `http://127.0.0.1:${info.port}`; resolve(); });
      });
    });
    afterAll(() => new Promise<void>((resolve) => { server?.close(() => resolve()); }));

    it('keys on the socket address the connection came from', async () => {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${url}/api/openapi.json`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });
  });
});
