import { sql } from 'drizzle-orm';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { openApiDocument } from '../src/api/openapi/openapi-document.js';
import { routeDocs } from '../src/api/openapi/route-docs.js';
import { mergeCompanies } from '../src/db/curation/merge-companies.js';
import { registerFeed } from '../src/db/feed-register.js';
import { storeArticle } from '../src/db/store-article.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { revokeToken } from '../src/db/tokens/revoke-token.js';
import {
  BROKEN_CURSORS, EDGE_VALUES, expectErrorBody, HOSTILE_STRINGS, MEGABYTE_STRING, pick, RAW_QUERY_VALUES, seededRandom, tableChecksums, urlEncode,
} from './support/api-fuzz-kit.js';
import { allFixtureArticles, fixtureExtract } from './support/fixtures.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

type JsonSchema = {
  type?: string | string[]; enum?: unknown[]; anyOf?: JsonSchema[]; format?: string; items?: JsonSchema;
  properties?: Record<string, JsonSchema>; required?: string[];
};
interface Operation {
  parameters: { name: string; in: 'query' | 'path'; schema: JsonSchema }[];
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } };
  security?: unknown[];
  responses: Record<string, unknown>;
}
interface Route { method: string; path: string; op: Operation }

/** The document the app serves (a test below checks the app serves exactly this and that it names every route the app has). */
const doc = openApiDocument(routeDocs) as { paths: Record<string, Record<string, Operation>> };
const routes: Route[] = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })));

/** A fixed seed, so a run is repeatable, and one per run, so runs explore: both are printed and named in every failure. */
const SEEDS = [20261127, (Date.now() ^ (process.pid << 16)) >>> 0];
const READ_REQUESTS = 25;
const WRITE_REQUESTS = 30;
console.log(`api fuzz: seeds ${SEEDS.join(', ')} (a failure names its seed and request)`);

/** Plausible values by parameter name, so requests also reach the queries behind the validation. A new parameter gets its schema's first enum value or "1". */
const PLAUSIBLE: Record<string, string[]> = {
  type: ['funding', 'acquisition,funding'], status: ['completed'], round: ['Series B', 'Seed'], currency: ['USD', 'eur'], company: ['Orbitwell', 'Quenta'],
  investor: ['Tallgrass'], acquirer: ['Marrowby'], min_usd: ['1000', '0'], max_usd: ['50000000'], from: ['2024-01-01'], to: ['2025-12-31'],
  min_confidence: ['0.5', '0'], max_confidence: ['0.9'], q: ['Orbitwell', 'Series', 'orb'], sort: ['amount', 'date'], limit: ['1', '2', '500'], bom: ['0', '1'],
  interval: ['year', 'day', 'quarter'], depth: ['1', '2'], types: ['invested', 'co_mentioned,acquired'], max_nodes: ['2', '3'], target_type: ['company', 'deal'],
  target_id: ['1'], feed: ['1'],
};
const HOSTILE_IDS = ['0', '-1', '1e308', '99999999999999999999', '2147483648', '999999999', '000000000', '1.5', 'NaN', 'abc', urlEncode("1' or 1=1 --"),
  urlEncode('1;drop table deals'), '%00', '%2e%2e', '..%2F..%2Fpackage.json', urlEncode('😀'), '%ED%A0%80', '1%20', '%201', 'x'.repeat(5000)];
/** Bodies that are not a JSON object at all. */
const NOT_OBJECTS = ['', 'null', '[]', '[{}]', '"text"', '1e308', '{', '{"a":', '\u0000', 'true', JSON.stringify(MEGABYTE_STRING), `{"x": ${'['.repeat(5000)}}`];

const plausible = (name: string, schema: JsonSchema, ids: number[], rand: () => number): string =>
  pick(rand, PLAUSIBLE[name] ?? (schema.enum?.length ? schema.enum.map(String) : [String(ids.length ? pick(rand, ids) : 1)]));

function queryValue(name: string, schema: JsonSchema, ctx: FuzzContext, rand: () => number): string {
  const r = rand();
  if (name === 'cursor') return r < 0.3 && ctx.cursors.length ? pick(rand, ctx.cursors) : r < 0.8 ? pick(rand, BROKEN_CURSORS) : urlEncode(pick(rand, HOSTILE_STRINGS));
  if (r < 0.35) return urlEncode(plausible(name, schema, ctx.ids.companies, rand));
  if (r < 0.85) return urlEncode(pick(rand, HOSTILE_STRINGS));
  return pick(rand, RAW_QUERY_VALUES);
}

/** A query string over the route's documented parameters: each left out, plausible or hostile, sometimes repeated or as an array, plus now and then an unknown one. */
function queryString(route: Route, ctx: FuzzContext, rand: () => number): string {
  const parts: string[] = [];
  for (const p of route.op.parameters.filter((x) => x.in === 'query')) {
    if (rand() < 0.3) continue;
    parts.push(`${p.name}=${queryValue(p.name, p.schema, ctx, rand)}`);
    if (rand() < 0.08) parts.push(`${p.name}=${queryValue(p.name, p.schema, ctx, rand)}`);
    if (rand() < 0.04) parts.push(`${p.name}[]=${queryValue(p.name, p.schema, ctx, rand)}`);
  }
  if (rand() < 0.08) parts.push(`${urlEncode(pick(rand, HOSTILE_STRINGS.filter((s) => s.length < 300)))}=1`);
  if (rand() < 0.04) parts.push(pick(rand, RAW_QUERY_VALUES));
  return parts.length ? `?${parts.sort(() => rand() - 0.5).join('&')}` : '';
}

/** A JSON value the schema does not accept: the wrong type, out of range, not in the enum, or a list of wrong items. */
function invalidValue(schema: JsonSchema, rand: () => number): unknown {
  const types = [schema.type, ...(schema.anyOf ?? []).map((s) => s.type)].flat();
  const wrongType: unknown[] = [
    ...(types.includes('string') ? [] : HOSTILE_STRINGS.filter((s) => s.length < 300), ''),
    ...(types.includes('integer') || types.includes('number') ? [-1, 0, 1.5, 1e308, -1e308, 2 ** 63] : [1, 1e308, -0]),
    ...(types.includes('boolean') ? [] : [true, false]), ...(types.includes('null') ? [] : [null]),
    ...(types.includes('array') ? [[1, {}], ['', ' '], ['x'.repeat(101)], Array.from({ length: 51 }, (_, i) => `t${i}`)] : [[], [1], ['a']]),
    {}, { $gt: '' }, { toString: 'x' },
  ];
  if (schema.enum) wrongType.push(...HOSTILE_STRINGS.filter((s) => s.length < 300 && !schema.enum!.includes(s)));
  if (schema.format === 'uri') wrongType.push('javascript:alert(1)', 'file:///etc/passwd', 'ftp://x', 'not a url', "http://' or 1=1 --", MEGABYTE_STRING);
  return pick(rand, wrongType);
}

/** A JSON value the schema accepts, often carrying hostile text where text is allowed. */
function validValue(name: string, schema: JsonSchema, ctx: FuzzContext, rand: () => number): unknown {
  if (schema.enum) return pick(rand, schema.enum);
  if (schema.anyOf) return validValue(name, pick(rand, schema.anyOf), ctx, rand);
  if (schema.type === 'null') return null;
  if (schema.type === 'integer') return pick(rand, ctx.ids.companies);
  if (schema.type === 'boolean') return rand() < 0.5;
  if (schema.type === 'array') return [pick(rand, ['tech', 'Ω', '😀'])];
  if (schema.format === 'uri') return 'https://example.invalid/feed.xml';
  return 'text';
}

/**
 * A request body for a write route that must be refused: not an object, or an object with at least one field wrong, missing
 * or unknown (with a valid token, a body that could be accepted would change data, which this fuzz forbids).
 */
function refusedBody(route: Route, ctx: FuzzContext, rand: () => number): { type: string; body: string } {
  const schema = route.op.requestBody?.content['application/json'].schema;
  if (!schema) return ingestBody(rand);
  if (rand() < 0.15) return { type: 'application/json', body: pick(rand, NOT_OBJECTS) };
  const out: Record<string, unknown> = {};
  let wrong = false;
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    const r = rand();
    if (r < 0.15) { wrong ||= (schema.required ?? []).includes(key); continue; }
    if (r < 0.6) { out[key] = invalidValue(s, rand); wrong = true; } else out[key] = validValue(key, s, ctx, rand);
  }
  if (!wrong || rand() < 0.2) {
    // defineProperty, so "__proto__" is an own key as JSON.parse makes it, not the object's prototype.
    Object.defineProperty(out, pick(rand, ['extra', '__proto__', 'constructor', "' or 1=1 --", '']), { value: pick(rand, HOSTILE_STRINGS), enumerable: true });
  }
  return { type: pick(rand, ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded']), body: JSON.stringify(out) };
}

/** A body /api/ingest must refuse: no articles in it, articles with a field of the wrong type, or a content type it does not take. */
function ingestBody(rand: () => number): { type: string; body: string } {
  const h = () => pick(rand, HOSTILE_STRINGS.filter((s) => !/^By\s/m.test(s)));
  const badArticle = () => ({ id: pick(rand, ['', null, {}, []]), title: pick(rand, [1, null, [], {}]), body: h() });
  const r = rand();
  if (r < 0.2) return { type: pick(rand, ['application/json', 'text/plain']), body: pick(rand, NOT_OBJECTS.filter((b) => !b.startsWith('[{'))) };
  if (r < 0.45) return { type: 'application/json', body: JSON.stringify({ articles: pick(rand, [h(), 1e308, null, {}, [badArticle()], [{ title: h(), body: h() }]]) }) };
  if (r < 0.65) return { type: 'application/json', body: JSON.stringify(pick(rand, [badArticle(), [badArticle(), badArticle()], { title: h() }])) };
  if (r < 0.85) return { type: 'text/plain; charset=utf-8', body: [h(), '', h(), h()].join('\n') };
  return { type: pick(rand, ['application/xml', 'multipart/form-data; boundary=x', '', 'application/jsonx', 'text/html']), body: h() };
}

interface FuzzContext {
  app: Hono;
  ids: { companies: number[]; deals: number[]; feeds: number[]; merges: number[] };
  cursors: string[];
  tokens: { live: string; revoked: string };
}

async function send(ctx: FuzzContext, method: string, url: string, init: { auth?: string; type?: string; body?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.auth !== undefined) headers.authorization = init.auth;
  if (init.type !== undefined) headers['content-type'] = init.type;
  const res = await ctx.app.request(url, { method, headers, body: init.body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

/** Checks one answer: never a 5xx, a status the document lists for the route, a well-formed error body, an export that did not break. */
function expectSafeAnswer(route: Route, res: { status: number; type: string; text: string }, where: string): void {
  expect(res.status, `${where}: status ${res.status}: ${res.text.slice(0, 300)}`).toBeLessThan(500);
  expect(Object.keys(route.op.responses), `${where}: status ${res.status} is not in the OpenAPI document`).toContain(String(res.status));
  if (res.status >= 400) {
    expect(res.type, where).toContain('application/json');
    expectErrorBody(JSON.parse(res.text), where);
  } else if (route.path.endsWith('.csv') || route.path.endsWith('.jsonl')) {
    expect(res.text, where).not.toContain('export failed');
  } else {
    expect(() => JSON.parse(res.text), where).not.toThrow();
  }
}

const routeUrl = (route: Route, id: string) => route.path.replace('{id}', id);

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`API fuzz (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let ctx: FuzzContext;
    let before: Record<string, string>;

    beforeAll(async () => {
      database = await target.open();
      const { db } = database;
      for (const a of allFixtureArticles) await storeArticle(db, null, a, fixtureExtract);
      await registerFeed(db, { source: 'https://example.invalid/feed.xml', kind: 'url', tags: ['tech'] });
      const ids = async (table: string) => ((await db.execute(sql`select id from ${sql.identifier(table)} order by id`)) as unknown as { rows: { id: number }[] }).rows.map((r) => r.id);
      const companies = await ids('companies');
      await mergeCompanies(db, companies.at(-1)!, companies[0]!, 'fuzz-seed');
      const live = (await createToken(db, 'fuzzer')).token;
      const revoked = await createToken(db, 'revoked');
      await revokeToken(db, revoked.id);
      const app = createApp(db);
      ctx = { app, ids: { companies, deals: await ids('deals'), feeds: await ids('feeds'), merges: await ids('company_merges') }, cursors: [], tokens: { live, revoked: revoked.token } };
      for (const path of ['/api/deals?limit=1', '/api/deals?limit=1&sort=amount', '/api/articles?limit=1']) {
        ctx.cursors.push(String((await (await app.request(path)).json()).nextCursor));
      }
      before = await tableChecksums(db);
    }, 60_000);
    afterAll(async () => { await database?.destroy(); });

    it('serves the OpenAPI document, and the document names every route the app has', async () => {
      const res = await ctx.app.request('/api/openapi.json');
      expect(await res.json()).toEqual(doc);
      const documented = new Set(routes.map((r) => `${r.method} ${r.path}`));
      const inApp = new Set(ctx.app.routes.filter((r) => r.method !== 'ALL' && r.path !== '/*')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`));
      expect([...inApp].filter((r) => !documented.has(r)), 'routes of the app missing from /api/openapi.json').toEqual([]);
      expect([...documented].filter((r) => !inApp.has(r)), 'routes in /api/openapi.json the app does not have').toEqual([]);
    });

    it.each(routes.filter((r) => !r.op.security).map((r) => [`${r.method} ${r.path}`, r] as const))('%s: hostile query and path values', async (_name, route) => {
      const start = await tableChecksums(database.db);
      // Every parameter with every edge value (every broken cursor for a cursor), the others left out.
      const id = String((route.path.startsWith('/api/deals/') ? ctx.ids.deals : ctx.ids.companies)[0]);
      for (const p of route.op.parameters.filter((x) => x.in === 'query')) {
        for (const value of p.name === 'cursor' ? BROKEN_CURSORS : EDGE_VALUES.map(urlEncode)) {
          const url = `${routeUrl(route, id)}?${p.name}=${value}`;
          expectSafeAnswer(route, await send(ctx, route.method, url), `sweep: ${route.method} ${url.slice(0, 300)}`);
        }
      }
      for (const seed of SEEDS) {
        const rand = seededRandom(seed ^ hash(route.path));
        for (let i = 0; i < READ_REQUESTS; i++) {
          const id = rand() < 0.4 ? String(pick(rand, [...ctx.ids.companies, ...ctx.ids.deals])) : pick(rand, HOSTILE_IDS);
          const url = `${routeUrl(route, id)}${queryString(route, ctx, rand)}`;
          expectSafeAnswer(route, await send(ctx, route.method, url), `seed ${seed} #${i}: ${route.method} ${url.slice(0, 300)}`);
        }
      }
      expect(await tableChecksums(database.db), 'rows changed').toEqual(start);
    }, 60_000);

    it.each(routes.filter((r) => r.op.security).map((r) => [`${r.method} ${r.path}`, r] as const))('%s: hostile bodies, with and without a valid token', async (_name, route) => {
      const start = await tableChecksums(database.db);
      const noBody = !route.op.requestBody && route.path !== '/api/ingest';
      for (const seed of SEEDS) {
        const rand = seededRandom(seed ^ hash(route.path));
        for (let i = 0; i < WRITE_REQUESTS; i++) {
          const kind = pick(rand, ['live', 'live', 'live', 'none', 'revoked', 'wrong', 'malformed'] as const);
          // With a live token a route without a body could only be refused for its id: only ids that cannot be acted on.
          const id = kind === 'live' && noBody ? pick(rand, HOSTILE_IDS) : rand() < 0.5 ? String(pick(rand, [...ctx.ids.companies, ...ctx.ids.merges])) : pick(rand, HOSTILE_IDS);
          const body = kind === 'live' || rand() < 0.5 ? refusedBody(route, ctx, rand) : { type: 'application/json', body: '{"into": 1, "wrong": true, "review": null, "url": "https://example.invalid/x"}' };
          const auth = {
            live: `Bearer ${ctx.tokens.live}`, none: undefined, revoked: `Bearer ${ctx.tokens.revoked}`,
            wrong: `Bearer ni_${'A'.repeat(43)}`, malformed: pick(rand, ['Bearer', 'Basic YTpi', `Bearer ${ctx.tokens.live} x`, `Token ${ctx.tokens.live}`, 'Bearer \u0000']),
          }[kind];
          const url = `${routeUrl(route, id)}${rand() < 0.2 ? queryString(route, ctx, rand) : ''}`;
          const where = `seed ${seed} #${i}: ${route.method} ${url.slice(0, 200)} (${kind} token) ${body.type} ${body.body.slice(0, 200)}`;
          let res;
          try {
            res = await send(ctx, route.method, url, { auth, ...body });
          } catch (err) {
            // A header the Fetch API itself refuses (a NUL in it) never reaches a server: nothing to check.
            if (err instanceof TypeError && /header/i.test(err.message)) continue;
            throw err;
          }
          expectSafeAnswer(route, res, where);
          if (kind === 'live') expect(res.status, where).toBeGreaterThanOrEqual(400);
          else expect(res.status, where).toBe(401);
        }
      }
      expect(await tableChecksums(database.db), 'rows changed').toEqual(start);
    }, 60_000);

    it('left every table as it was: same rows, same checksums', async () => {
      expect(await tableChecksums(database.db)).toEqual(before);
    });

    it('stores hostile text where text is allowed exactly as sent (as UTF-8), or refuses it by name; never a 5xx', async () => {
      const auth = `Bearer ${ctx.tokens.live}`;
      // Lone surrogates go to the database as UTF-8 (U+FFFD); PGlite's reader drops a byte-order mark that starts a text.
      const asStored = (s: string) => Buffer.from(s, 'utf8').toString('utf8').replace(/^\uFEFF/, '');
      const texts = HOSTILE_STRINGS.filter((h) => h.length <= 1000);
      for (const [i, h] of texts.entries()) {
        const where = `text #${i} ${JSON.stringify(h.slice(0, 60))}`;
        const article = { id: `hostile-${i}`, title: h, body: `${h}\n\nMore text.`, url: `https://example.invalid/${urlEncode(h).slice(0, 500)}`, author: h };
        const ingest = await send(ctx, 'POST', '/api/ingest', { auth, type: 'application/json', body: JSON.stringify({ articles: [article] }) });
        expect(ingest.status, `${where}: ${ingest.text}`).toBeLessThan(500);
        if (h.includes('\u0000')) {
          expect([ingest.status, JSON.parse(ingest.text).error.message], where).toEqual([400, expect.stringContaining('NUL')]);
        } else {
          expect([ingest.status, JSON.parse(ingest.text).inserted], where).toEqual([200, 1]);
          const stored = await database.db.execute(sql`select title, author from articles where url = ${article.url}`);
          const rows = (stored as unknown as { rows: { title: string; author: string }[] }).rows.map((r) => ({ title: asStored(r.title), author: asStored(r.author) }));
          expect(rows, where).toEqual([{ title: asStored(h), author: asStored(h) }]);
        }
        const tag = h.trim();
        if (!tag || tag.length > 100) continue;
        const feed = await send(ctx, 'POST', '/api/feeds', { auth, type: 'application/json', body: JSON.stringify({ url: `https://example.invalid/f/${i}?q=${urlEncode(h)}`, tags: [h] }) });
        expect(feed.status, `${where}: ${feed.text}`).toBeLessThan(500);
        if (/\p{Cc}/u.test(tag)) expect([feed.status, JSON.parse(feed.text).error.message], where).toEqual([400, expect.stringContaining('"tags"')]);
        else expect([feed.status, JSON.parse(feed.text).tags.map(asStored)], where).toEqual([201, [asStored(tag)]]);
      }
      expect((await send(ctx, 'GET', '/api/deals')).status).toBe(200);
    }, 120_000);
  });
}

/** A small stable hash of a route, so each route gets its own request sequence from a seed. */
function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}
