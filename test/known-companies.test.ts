import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { markCompanyWrong } from '../src/db/curation/mark-company-wrong.js';
import { mergeCompanies } from '../src/db/curation/merge-companies.js';
import type { Db } from '../src/db/database.js';
import { loadKnownCompanies } from '../src/db/queries/load-known-companies.js';
import { refreshKnownCompanies } from '../src/db/refresh-known-companies.js';
import { articles, companies, deals, dealSources, mentions } from '../src/db/schema.js';
import { storeArticle } from '../src/db/store-article.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { ArticleInput } from '../src/extract/types.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

// Articles written for this test: invented companies and people.
const withCues: ArticleInput = {
  id: 'known-1', title: 'Brindle Ltd raises $12 million', published: '2024-01-10T09:00:00Z',
  body: 'Brindle Ltd, a London-based logistics startup, has raised $12 million in a Series A round led by Northgate Ventures. '
    + 'Brindle said in a statement that it would hire 40 engineers.',
};
const withoutCues: ArticleInput = {
  id: 'known-2', title: 'Markets wrap', published: '2024-02-01T09:00:00Z',
  body: 'The new rules worry Brindle too. Brindle has asked regulators for more time.',
};

async function companiesOf(db: Db, guid: string): Promise<string[]> {
  const rows = await db.select({ name: companies.name }).from(mentions)
    .innerJoin(articles, eq(articles.id, mentions.articleId)).innerJoin(companies, eq(companies.id, mentions.companyId))
    .where(eq(articles.entryKey, guid));
  return rows.map((r) => r.name).sort();
}

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`known companies (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); });
    afterAll(async () => { await database?.destroy(); });

    it('links a company named without cues to the one an earlier article established', async () => {
      const db = database.db;
      expect(extractArticle(withoutCues).companies).toEqual([]);
      await storeArticle(db, null, withCues, (a) => extractArticle(a));
      // Known companies are a snapshot: what was just stored counts only once a new one is taken.
      expect((await loadKnownCompanies(db)).size).toBe(0);
      expect(await refreshKnownCompanies(db)).toBeGreaterThan(0);
      const known = await loadKnownCompanies(db);
      expect(known.get('brindle')?.name).toMatch(/^Brindle/);
      await storeArticle(db, null, withoutCues, (a) => extractArticle(a, known));
      const first = await companiesOf(db, 'known-1');
      const second = await companiesOf(db, 'known-2');
      expect(second).toHaveLength(1);
      expect(first).toContain(second[0]);
    });

    it('extracts an article posted to /api/ingest with the companies earlier articles established', async () => {
      const db = database.db;
      const app = createApp(db);
      const { token } = await createToken(db, 'known-companies-test');
      const res = await app.request('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ ...withoutCues, id: 'known-api', title: 'Regulators wrap' }) });
      expect(res.status).toBe(200);
      const viaApi = await companiesOf(db, 'known-api');
      expect(viaApi).toHaveLength(1);
      expect(viaApi).toEqual(await companiesOf(db, 'known-2'));
    });

    it('leaves out companies curators marked wrong, and maps a merged company’s names to the one kept', async () => {
      const db = database.db;
      const [brindle] = await db.select().from(companies).where(eq(companies.normName, 'brindle'));
      const [northgate] = await db.select().from(companies).where(eq(companies.normName, 'northgate ventures'));
      expect(brindle && northgate).toBeTruthy();
      await storeArticle(db, null, { id: 'known-3', title: 'Northgate Ventures backs Quillmark', published: '2024-02-02',
        body: 'Northgate Ventures led a $5 million round in Quillmark. Northgate Ventures said the deal closed in January.' }, (a) => extractArticle(a));
      await refreshKnownCompanies(db);
      expect((await loadKnownCompanies(db)).get('northgate ventures')?.name).toBe('Northgate Ventures');

      await markCompanyWrong(db, northgate!.id, true, 'test');
      expect((await loadKnownCompanies(db)).has('northgate ventures')).toBe(false);
      await markCompanyWrong(db, northgate!.id, false, 'test');

      await mergeCompanies(db, northgate!.id, brindle!.id, 'test');
      let known = await loadKnownCompanies(db);
      expect(known.get('northgate ventures')?.name).toBe(brindle!.name);
      await refreshKnownCompanies(db); // and the next snapshot agrees
      known = await loadKnownCompanies(db);
      expect(known.get('northgate ventures')?.name).toBe(brindle!.name);
      expect([...known.values()].some((c) => c.name === 'Northgate Ventures')).toBe(false);
    });

    it('dates a deal by its own words, the article’s news by the article, and leaves a passing mention undated', async () => {
      const db = database.db;
      await storeArticle(db, null, { id: 'dates-1', title: 'Tessaro raises $20 million', published: '2024-05-20T08:00:00Z',
        body: 'Tessaro, a Milan-based robotics startup, has raised $20 million in a Series B round led by Halden Capital.\n\n'
          + 'In 2019, Tessaro acquired Ferrowick for $3 million.\n\n'
          + 'Halden Capital is also an investor in Quorvane Labs, which Marlowe Group acquired from its founders.' }, (a) => extractArticle(a));
      const rows = await db.select({ subject: deals.subjectName, type: deals.type, on: deals.announcedOn }).from(deals);
      const on = (subject: string, type: string) => rows.find((r) => r.subject === subject && r.type === type)?.on;
      expect(on('Tessaro', 'funding')).toBe('2024-05-20');
      expect(on('Ferrowick', 'acquisition')).toBe('2019-01-01');
      expect(on('Quorvane Labs', 'funding')).toBeNull();
    });

    it('joins an undated passing mention, months later, to the dated deal it names', async () => {
      const db = database.db;
      const before = await db.select({ id: deals.id }).from(deals).where(eq(deals.subjectName, 'Tessaro'));
      await storeArticle(db, null, { id: 'dates-2', title: 'Robotics makers hire', published: '2024-09-30T08:00:00Z',
        body: 'Robot makers in Italy are hiring again.\n\nMarlowe Group opened a plant near Turin.\n\n'
          + 'Tessaro, which raised $20 million in a Series B round led by Halden Capital, plans to double its staff.' }, (a) => extractArticle(a));
      const after = await db.select({ id: deals.id, on: deals.announcedOn }).from(deals).where(eq(deals.subjectName, 'Tessaro'));
      expect(after).toEqual(before.map((b) => ({ id: b.id, on: '2024-05-20' })));
      const sources = await db.select().from(dealSources).where(eq(dealSources.dealId, after[0]!.id));
      expect(sources.map((x) => x.salience).sort()).toEqual(['background', 'main']);
    });
  });
}
