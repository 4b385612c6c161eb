import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companies, dealParties, deals, dealSources, mentions, articles } from '../src/db/schema.js';
import { resolveCompany } from '../src/db/resolve-company.js';
import { storeArticle } from '../src/db/store-article.js';
import type { Db } from '../src/db/database.js';
import { articleA, articleB, articleC, fixtureExtract } from './support/fixtures.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

async function counts(db: Db) {
  const n = async (t: PgTable) => (await db.select({ n: count() }).from(t))[0]!.n;
  return {
    articles: await n(articles), companies: await n(companies), mentions: await n(mentions),
    deals: await n(deals), parties: await n(dealParties), sources: await n(dealSources),
  };
}

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`store (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); });
    afterAll(async () => { await database?.destroy(); });

    it('stores an article, its companies, mentions and deal', async () => {
      expect(await storeArticle(database.db, null, articleA, fixtureExtract)).toBe('inserted');
      expect(await counts(database.db)).toEqual({ articles: 1, companies: 3, mentions: 3, deals: 1, parties: 2, sources: 1 });
      const [d] = await database.db.select().from(deals);
      expect(d).toMatchObject({ type: 'funding', round: 'Series B', amountValue: 20e6, amountCurrency: 'USD', amountUsd: 20e6, announcedOn: '2024-03-05' });
      const roles = await database.db.select({ role: dealParties.role }).from(dealParties);
      expect(roles.map((r) => r.role).sort()).toEqual(['investor', 'lead_investor']);
    });

    it('stores the same entry a second time as unchanged, with no new rows', async () => {
      const before = await counts(database.db);
      expect(await storeArticle(database.db, null, articleA, fixtureExtract)).toBe('unchanged');
      expect(await counts(database.db)).toEqual(before);
    });

    it('keeps one deal with two sources when a second article reports it, and each source keeps its own figure', async () => {
      expect(await storeArticle(database.db, null, articleB, fixtureExtract)).toBe('inserted');
      const c = await counts(database.db);
      expect(c).toMatchObject({ articles: 2, companies: 3, deals: 1, sources: 2 });
      const figures = await database.db.select({ v: dealSources.amountValue }).from(dealSources);
      expect(figures.map((f) => f.v).sort()).toEqual([20e6, 22e6]);
    });

    it('replaces an article whose content changed, leaving no orphan deal', async () => {
      await storeArticle(database.db, null, articleC, fixtureExtract);
      expect((await counts(database.db)).deals).toBe(2);
      const changed = { ...articleC, body: `${articleC.body} Updated.` };
      expect(await storeArticle(database.db, null, changed, (a) => ({ ...fixtureExtract(articleC), id: a.id, deals: [] }))).toBe('updated');
      const c = await counts(database.db);
      expect(c.articles).toBe(3);
      expect(c.deals).toBe(1);
    });

    it('rolls back an article whose extraction fails, keeping what was stored before', async () => {
      const before = await counts(database.db);
      const bad = { ...articleA, id: 'fixture-unknown', url: 'https://example.invalid/other', body: 'Different text.' };
      await expect(storeArticle(database.db, null, bad, fixtureExtract)).rejects.toThrow(/no fixture extraction/);
      expect(await counts(database.db)).toEqual(before);
    });
  });
}

describe.skipIf(testDatabases[0]!.skip)('company names (pglite)', () => {
  it('shows the fuller name once an article uses it, keeping both as aliases', async () => {
    const database = await testDatabases[0]!.open();
    try {
      const id = await resolveCompany(database.db, ['Orbitwell'], 0.5);
      expect(await resolveCompany(database.db, ['Orbitwell Systems', 'Orbitwell'], 0.7)).toBe(id);
      const [row] = await database.db.select().from(companies);
      expect(row).toMatchObject({ name: 'Orbitwell Systems', confidence: 0.7 });
    } finally {
      await database.destroy();
    }
  });
});

describe.skipIf(testDatabases[0]!.skip)('article identity (pglite)', () => {
  it('stores the same page from two feeds once (URL without tracking), and the same pasted text once', async () => {
    const database = await testDatabases[0]!.open();
    const noDeals = (a: { id: string; title: string }) => ({ id: a.id, title: a.title, companies: [], money: [], deals: [] });
    try {
      const base = { title: 'Hollin buys Vetch', body: 'Hollin bought Vetch.', published: '2024-02-02' };
      expect(await storeArticle(database.db, null, { ...base, id: 'feed1-guid', url: 'https://n.example/hollin?utm_source=rss' }, noDeals)).toBe('inserted');
      expect(await storeArticle(database.db, null, { ...base, id: 'feed2-guid', url: 'http://n.example/hollin#top' }, noDeals)).toBe('unchanged');
      expect(await storeArticle(database.db, null, { ...base, id: 'pasted-copy', url: null }, noDeals)).toBe('unchanged');
      expect(await storeArticle(database.db, null, { ...base, id: 'feed2-guid', url: 'http://n.example/hollin', body: 'Hollin bought Vetch. More detail.' }, noDeals)).toBe('updated');
      const rows = await database.db.select().from(articles);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entryKey: 'feed1-guid', body: 'Hollin bought Vetch. More detail.', canonicalUrl: 'n.example/hollin' });
    } finally {
      await database.destroy();
    }
  });
});

describe.skipIf(testDatabases[0]!.skip)('partnerships without a subject (pglite)', () => {
  it('matches the same set of partners whatever their ids sort as text', async () => {
    const database = await testDatabases[0]!.open();
    try {
      // Ids 9 and 10: "10" sorts before "9" as text, after it as a number.
      for (let i = 1; i <= 8; i++) await resolveCompany(database.db, [`Filler ${i}`], 0.5);
      const partnership = (id: string, day: string) => ({
        id, title: `Pact ${id}`, body: 'Ninebark and Tenpenny partnered.', url: `https://example.invalid/${id}`, published: day,
      });
      const extract = (a: { id: string; title: string }) => ({
        id: a.id, title: a.title, money: [], companies: [],
        deals: [{ type: 'partnership' as const, subject: null, counterparties: ['Ninebark', 'Tenpenny'], leadInvestors: [], amount: null, round: null,
          status: 'completed' as const, salience: 'main' as const, evidence: 'Ninebark and Tenpenny partnered.', evidenceStart: 0, evidenceEnd: 10, confidence: 0.7 }],
      });
      await storeArticle(database.db, null, partnership('p1', '2024-01-01'), extract);
      await storeArticle(database.db, null, { ...partnership('p2', '2024-01-09'), body: 'Tenpenny and Ninebark extend their partnership.' }, extract);
      expect(await database.db.select().from(deals)).toHaveLength(1);
      expect(await database.db.select().from(dealSources)).toHaveLength(2);
    } finally {
      await database.destroy();
    }
  });
});
