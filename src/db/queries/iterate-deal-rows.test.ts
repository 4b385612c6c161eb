import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../../../test/support/test-databases.js';
import type { Db } from '../database.js';
import { dealFiltersSchema } from './deal-filters.js';
import { iterateDealRows, type DealRow } from './iterate-deal-rows.js';

async function seed(db: Db) {
  await db.execute(sql`insert into companies (id, name, norm_name, marked_wrong) values
    (1, 'Orbitwell', 'orbitwell', false), (2, 'Tallgrass Capital', 'tallgrass capital', false), (3, 'Fenmoor Ventures', 'fenmoor ventures', false),
    (4, 'Not A Company', 'not a company', true), (5, 'Quenta', 'quenta', false)`);
  await db.execute(sql`insert into company_aliases (norm_alias, alias, company_id) select norm_name, name, id from companies`);
  await db.execute(sql`insert into articles (id, entry_key, content_hash, title, body, url, published_at) values
    (1, 'a1', 'h1', 'Orbitwell raises $5M', 'x', 'https://n.example/1', '2024-03-01T09:00:00Z'),
    (2, 'a2', 'h2', 'Orbitwell funding, a second report', 'x', null, '2024-03-02T09:00:00Z'),
    (3, 'a3', 'h3', 'Quenta bought', 'x', 'https://n.example/3', '2024-02-01T09:00:00Z')`);
  // Seven deals: two on one day, one without a day, one rejected (never exported); ids not in date order.
  await db.execute(sql`insert into deals (id, type, subject_id, subject_name, amount_value, amount_currency, amount_usd, round, status, announced_on, confidence, review) values
    (1, 'funding', 1, 'Orbitwell Inc', 5000000, 'USD', 5000000, 'Seed', 'completed', '2024-03-01', 0.91234, null),
    (2, 'acquisition', 5, 'Quenta', null, null, null, null, 'announced', '2024-02-01', 0.7, null),
    (3, 'partnership', null, null, null, null, null, null, 'announced', '2024-03-01', 0.6, null),
    (4, 'funding', 1, 'Orbitwell', 2000000, 'EUR', 2200000, 'Series A', 'completed', null, 0.8, null),
    (5, 'funding', 5, 'Quenta', 1000000, 'USD', 1000000, 'Seed', 'completed', '2024-04-01', 0.9, 'rejected'),
    (6, 'fund', null, 'Fenmoor Fund II', 90000000, 'USD', 90000000, null, 'completed', '2023-12-31', 0.8, 'accepted'),
    (7, 'ipo', 5, 'Quenta', null, null, null, null, 'planned', '2024-01-15', 0.5, null)`);
  await db.execute(sql`insert into deal_parties (deal_id, company_id, role) values
    (1, 3, 'investor'), (1, 2, 'lead_investor'), (1, 4, 'investor'), (2, 1, 'acquirer'), (3, 1, 'partner'), (3, 5, 'partner')`);
  await db.execute(sql`insert into deal_sources (deal_id, article_id, salience, evidence, evidence_start, evidence_end, confidence) values
    (1, 2, 'main', 'A second report of the round.', 0, 10, 0.8), (1, 1, 'main', 'Orbitwell raised $5M led by Tallgrass.', 0, 10, 0.9),
    (2, 3, 'main', 'Orbitwell bought Quenta.', 0, 10, 0.7)`);
}

async function all(db: Db, query: Record<string, string>, pageSize: number): Promise<DealRow[]> {
  const rows: DealRow[] = [];
  for await (const page of iterateDealRows(db, dealFiltersSchema.parse(query), pageSize)) {
    expect(page.length).toBeLessThanOrEqual(pageSize);
    rows.push(...page);
  }
  return rows;
}

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`iterateDealRows (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); await seed(database.db); });
    afterAll(async () => { await database?.destroy(); });

    it('pages through every deal once, in search order, whatever the page size', async () => {
      const byDate = [4, 3, 1, 2, 7, 6]; // undated first (as search sorts nulls), then newest first, ties by id descending
      for (const size of [1, 2, 4, 100]) expect((await all(database.db, {}, size)).map((r) => r.deal_id)).toEqual(byDate);
      // Largest USD first; undisclosed amounts last, by id descending.
      expect((await all(database.db, { sort: 'amount' }, 2)).map((r) => r.deal_id)).toEqual([6, 1, 4, 7, 3, 2]);
    });

    it('flattens parties by role and sources by date, leaving out companies marked wrong', async () => {
      const [row] = (await all(database.db, {}, 2)).filter((r) => r.deal_id === 1);
      expect(row).toEqual({
        deal_id: 1, type: 'funding', subject: 'Orbitwell', round: 'Seed', amount_value: 5000000, amount_currency: 'USD', amount_usd: 5000000,
        usd_converted: false, status: 'completed', announced_on: '2024-03-01', lead_investors: ['Tallgrass Capital'], investors: ['Fenmoor Ventures'],
        acquirers: [], partners: [], members: [], confidence: 0.912, source_count: 2, source_titles: ['Orbitwell raises $5M', 'Orbitwell funding, a second report'],
        source_urls: ['https://n.example/1'], evidence: 'Orbitwell raised $5M led by Tallgrass.',
      });
      const fund = (await all(database.db, {}, 2)).find((r) => r.deal_id === 6);
      expect(fund).toMatchObject({ subject: 'Fenmoor Fund II', source_count: 0, source_titles: [], evidence: null });
      const ipo = (await all(database.db, {}, 2)).find((r) => r.deal_id === 7);
      expect(ipo).toMatchObject({ amount_value: null, amount_currency: null, amount_usd: null, usd_converted: null });
    });

    it('applies the search filters and stops at a company that does not exist', async () => {
      expect((await all(database.db, { company: 'Orbitwell' }, 1)).map((r) => r.deal_id)).toEqual([4, 3, 1, 2]);
      expect((await all(database.db, { investor: 'Tallgrass Capital', type: 'funding' }, 1)).map((r) => r.deal_id)).toEqual([1]);
      expect((await all(database.db, { from: '2024-01-01', to: '2024-02-28' }, 1)).map((r) => r.deal_id)).toEqual([2, 7]);
      expect(await all(database.db, { company: 'Nobody Ltd' }, 1)).toEqual([]);
    });
  });
}
