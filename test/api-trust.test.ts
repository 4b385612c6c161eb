import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { dashboardAssets } from '../src/api/dashboard-assets.js';
import { openApiDocument } from '../src/api/openapi/openapi-document.js';
import { routeDocs } from '../src/api/openapi/route-docs.js';
import { storeArticle } from '../src/db/store-article.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { hashToken } from '../src/db/tokens/hash-token.js';
import { revokeToken } from '../src/db/tokens/revoke-token.js';
import { expectErrorBody, tableChecksums } from './support/api-fuzz-kit.js';
import { allFixtureArticles, fixtureExtract } from './support/fixtures.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const doc = openApiDocument(routeDocs) as { paths: Record<string, Record<string, { security?: unknown; requestBody?: unknown }>> };
/** Every write route of the OpenAPI document with a body it would accept from a live token. */
const writes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security)
  .map(([method]) => ({ method: method.toUpperCase(), path: path.replace('{id}', '1') })));
const ACCEPTABLE: Record<string, string> = {
  '/api/ingest': JSON.stringify({ articles: [{ id: 'trust-1', title: 'Quenta hires', body: 'Quenta hired people.' }] }),
  '/api/feeds': JSON.stringify({ url: 'https://example.invalid/trust.xml' }),
  '/api/companies/1/merge': JSON.stringify({ into: 2 }), '/api/companies/1/wrong': JSON.stringify({ wrong: true }),
  '/api/deals/1/review': JSON.stringify({ review: 'rejected' }),
};

/** What a browser needs to refuse inline script, sniffing, framing and referrer leaks; on every kind of answer. */
function expectSecureHeaders(headers: Headers, where: string): void {
  const csp = headers.get('content-security-policy') ?? '';
  const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive('script-src'), `${where}: script-src`).toBe("script-src 'self'");
  expect(directive('default-src'), where).toBe("default-src 'self'");
  expect(csp, where).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(directive('frame-ancestors'), where).toBe("frame-ancestors 'none'");
  expect(directive('object-src'), where).toBe("object-src 'none'");
  expect(directive('base-uri'), where).toBe("base-uri 'none'");
  expect(headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(headers.get('x-frame-options'), where).toBe('DENY');
  expect(headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy'), where).toBe('same-origin');
}

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`API trust (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let app: Hono;
    let live: string;
    let revoked: string;
    let seeded: Record<string, string>;
    beforeAll(async () => {
      database = await target.open();
      for (const a of allFixtureArticles) await storeArticle(database.db, null, a, fixtureExtract);
      live = (await createToken(database.db, 'live')).token;
      const r = await createToken(database.db, 'revoked');
      await revokeToken(database.db, r.id);
      revoked = r.token;
      app = createApp(database.db, await dashboardAssets(), { extract: fixtureExtract });
      seeded = await tableChecksums(database.db);
    });
    afterAll(async () => { await database?.destroy(); });

    it.each([
      ['the dashboard page', '/', 'text/html'], ['a dashboard script', '/app.js', 'text/javascript'], ['a stylesheet', '/style.css', 'text/css'],
      ['a vendored library', '/vendor/chart.umd.js', 'text/javascript'], ['the API docs page', '/api/docs', 'text/html'],
      ['a JSON answer', '/api/deals', 'application/json'], ['a CSV export', '/api/deals.csv', 'text/csv'], ['a 400', '/api/deals?limit=0', 'application/json'],
      ['a 404', '/api/nothing', 'application/json'], ['the health check', '/healthz', 'application/json'],
    ])('sends the security headers with %s', async (what, path, type) => {
      const res = await app.request(path);
      expect(res.headers.get('content-type')).toContain(type);
      expectSecureHeaders(res.headers, what);
      await res.arrayBuffer();
    });

    it('sends them with a refused write too', async () => {
      expectSecureHeaders((await app.request('/api/feeds', { method: 'POST' })).headers, '401');
    });

    describe.each(writes.map((w) => [`${w.method} ${w.path}`, w] as const))('%s', (_name, w) => {
      it.each([
        ['no Authorization header', undefined, 'this route needs an API token'],
        ['an empty bearer', 'Bearer ', 'this route needs an API token'],
        ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`, 'this route needs an API token'],
        ['a token with junk after it', `Bearer ${'ni_'.padEnd(46, 'a')} extra`, 'this route needs an API token'],
        ['a malformed token', 'Bearer not-a-token', 'the API token is not valid'],
        ['a well-formed unknown token', `Bearer ni_${'Q'.repeat(43)}`, 'the API token is not valid'],
        ['the hash of a live token', 'hash', 'the API token is not valid'],
        ['a revoked token', 'revoked', 'the API token is not valid'],
      ])('refuses %s with a 401 JSON error, changing nothing', async (_what, auth, message) => {
        const header = auth === 'revoked' ? `Bearer ${revoked}` : auth === 'hash'
          ? `Bearer ${hashToken(live)}` : auth;
        const res = await app.request(w.path, {
          method: w.method, body: ACCEPTABLE[w.path],
          headers: { 'content-type': 'application/json', ...(header === undefined ? {} : { authorization: header }) },
        });
        expect(res.status).toBe(401);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="news-intel"/);
        const body = await res.json();
        expectErrorBody(body, w.path);
        expect(body.error.code).toBe('unauthorized');
        expect(body.error.message).toContain(message);
      });
    });

    it('changed nothing through all those refused writes', async () => {
      expect(await tableChecksums(database.db)).toEqual(seeded);
    });

    it('lets the same writes through with a live token (so the refusals above are about the token)', async () => {
      for (const w of writes) {
        const res = await app.request(w.path, { method: w.method, body: ACCEPTABLE[w.path], headers: { 'content-type': 'application/json', authorization: `Bearer ${live}` } });
        expect(res.status, `${w.method} ${w.path}: ${await res.clone().text()}`).not.toBe(401);
        expect(res.status, `${w.method} ${w.path}`).toBeLessThan(500);
      }
    });
  });
}
