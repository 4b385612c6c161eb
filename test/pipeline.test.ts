import { existsSync } from 'node:fs';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import type { Db } from '../src/db/database.js';
import { articles, companies, companyAliases, dealParties, deals, dealSources, feeds, mentions } from '../src/db/schema.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { ingestSources } from '../src/ingest/ingest-sources.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const page = new URL('../../shared/samples/freshrss-page.txt', import.meta.url).pathname;
const fetchOpts = { timeoutMs: 5000, maxBytes: 5e7, allowPrivateAddresses: false };

async function rowCounts(db: Db) {
  const tables = { feeds, articles, companies, companyAliases, mentions, deals, dealParties, dealSources } as Record<string, PgTable>;
  const out: Record<string, number> = {};
  for (const [name, t] of Object.entries(tables)) out[name] = (await db.select({ n: count() }).from(t))[0]!.n;
  return out;
}

for (const target of testDatabases) {
  const skip = target.skip || (!existsSync(page) && 'the shared FreshRSS sample is not beside the checkout');
  describe.skipIf(skip)(`pipeline on the FreshRSS sample (${target.name})${skip ? `: ${skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); });
    afterAll(async () => { await database?.destroy(); });

    it('ingests the 20 articles, and a second ingest stores nothing twice', async () => {
      const [first] = await ingestSources(database.db, [page], fetchOpts, extractArticle);
      expect(first).toMatchObject({ articles: 20, inserted: 20, failed: [] });
      const after1 = await rowCounts(database.db);
      expect(after1.articles).toBe(20);
      expect(after1.deals).toBeGreaterThan(5);
      const [second] = await ingestSources(database.db, [page], fetchOpts, extractArticle);
      expect(second).toMatchObject({ articles: 20, inserted: 0, unchanged: 20 });
      expect(await rowCounts(database.db)).toEqual(after1);
    });

    it("finds Aspire's $32.5M Series A with its investors through the API", async () => {
      const app = createApp(database.db);
      const res = await app.request('/api/deals?company=Aspire&type=funding');
      expect(res.status).toBe(200);
      const { items } = await res.json() as { items: { round: string; amount: { value: number; currency: string; usd: number }; subject: { name: string }; parties: { name: string; role: string }[]; sources: { evidence: string }[] }[] };
      const round = items.find((d) => d.subject?.name === 'Aspire');
      expect(round).toBeDefined();
      expect(round!.round).toBe('Series A');
      expect(round!.amount).toMatchObject({ value: 32_500_000, currency: 'USD', usd: 32_500_000 });
      const investors = round!.parties.map((p) => p.name);
      for (const name of ['MassMutual Ventures South Asia', 'Y Combinator', 'Picus Capital']) expect(investors).toContain(name);
      expect(round!.sources[0]!.evidence).toMatch(/\$32\.5 ?(million|M)/);
    });
  });
}
