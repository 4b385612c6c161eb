import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, feeds } from '../src/db/schema.js';
import type { ArticleInput, Extraction } from '../src/extract/types.js';
import { ingestSources } from '../src/ingest/ingest-sources.js';
import { startFixtureServer, type FixtureServer } from './feeds-fixture-server.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const fetchOpts = { timeoutMs: 5000, maxBytes: 1 << 20, allowPrivateAddresses: true };
const extract = (a: ArticleInput): Extraction => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`ingest of a URL goes through the feed poller (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let server: FixtureServer;
    beforeAll(async () => { [database, server] = await Promise.all([target.open(), startFixtureServer()]); });
    afterAll(async () => { await Promise.all([database?.destroy(), server?.close()]); });

    it('registers the feed, stores its items, and a second ingest is a conditional GET that stores nothing', async () => {
      const url = `${server.url}/wire.xml`;
      const [first] = await ingestSources(database.db, [url], fetchOpts, extract);
      expect(first).toEqual({ source: url, articles: 3, inserted: 3, updated: 0, unchanged: 0, failed: [] });
      const [feed] = await database.db.select().from(feeds).where(eq(feeds.source, url));
      expect(feed).toMatchObject({ kind: 'url', etag: '"wire-v1"', title: 'Fixture Wire', lastItemCount: 3 });
      const [second] = await ingestSources(database.db, [url], fetchOpts, extract);
      expect(second).toMatchObject({ articles: 0, inserted: 0, failed: [] });
      expect(server.headers.get('/wire.xml')!['if-none-match']).toBe('"wire-v1"');
      expect(await database.db.$count(articles)).toBe(3);
    });

    it('reports a failing URL without stopping the next source', async () => {
      const reports = await ingestSources(database.db, [`${server.url}/broken.xml`, `${server.url}/ledger.atom`], fetchOpts, extract);
      expect(reports[0]!.error).toMatch(/^fetch: .*broken\.xml: HTTP 500/);
      expect(reports[1]).toMatchObject({ articles: 2, inserted: 2 });
    });
  });
}
