import type { Hono } from 'hono';
import { afterAll, beforeAll, describe } from 'vitest';
import { createApp } from '../../src/api/create-app.js';
import { storeArticle } from '../../src/db/store-article.js';
import { allFixtureArticles, fixtureExtract } from './fixtures.js';
import { testDatabases, type TestDatabase } from './test-databases.js';

export interface ApiContext {
  app: () => Hono;
  database: () => TestDatabase;
  /** GET a path: status, parsed JSON (or text), headers. */
  get: (path: string) => Promise<{ status: number; body: any; headers: Headers }>;
  /** The id of the best match for a company search. */
  companyId: (q: string) => Promise<number>;
}

/** Runs `suite` against each test database, seeded with the fixture articles, with an app over it (no server). */
export function describeApi(name: string, suite: (ctx: ApiContext) => void): void {
  for (const target of testDatabases) {
    describe.skipIf(target.skip)(`${name} (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
      let database: TestDatabase;
      let app: Hono;
      beforeAll(async () => {
        database = await target.open();
        for (const a of allFixtureArticles) await storeArticle(database.db, null, a, fixtureExtract);
        app = createApp(database.db);
      });
      afterAll(async () => { await database?.destroy(); });
      const get: ApiContext['get'] = async (path) => {
        const res = await app.request(path);
        const type = res.headers.get('content-type') ?? '';
        return { status: res.status, body: type.includes('json') && !type.includes('ndjson') ? await res.json() : await res.text(), headers: res.headers };
      };
      suite({
        app: () => app, database: () => database, get,
        companyId: async (q) => (await get(`/api/companies?q=${encodeURIComponent(q)}`)).body.items[0].id as number,
      });
    });
  }
}
