import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { curationLog } from '../src/db/curation/curation-log.js';
import { lowConfidenceDeals } from '../src/db/curation/low-confidence-deals.js';
import { markCompanyWrong } from '../src/db/curation/mark-company-wrong.js';
import { mergeCompanies } from '../src/db/curation/merge-companies.js';
import { reviewDeal } from '../src/db/curation/review-deal.js';
import { suspectedDuplicates } from '../src/db/curation/suspected-duplicates.js';
import { companies, deals } from '../src/db/schema.js';
import { storeArticle } from '../src/db/store-article.js';
import type { ArticleInput, Deal, Extraction } from '../src/extract/types.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const article: ArticleInput = { id: 'r-1', title: 'A week of deals', body: 'Many companies raised money this week.', published: '2024-09-02' };
const names = ['Orbitwell', 'Orbitwell Labs', 'Hollin Foods', 'Hollin Food', 'IBM', 'International Business Machines',
  'Marrowby', 'Marrowbee', 'Quenta', 'Quenta Systems', 'Tallgrass'];
const funding = (subject: string, confidence: number): Deal => ({
  type: 'funding', subject, counterparties: [], leadInvestors: [], amount: null, round: null, status: 'completed', salience: 'main',
  evidence: `${subject} raised money.`, evidenceStart: 0, evidenceEnd: 10, confidence,
});
const extract = (a: ArticleInput): Extraction => ({
  id: a.id, title: a.title, money: [],
  companies: names.map((name, i) => ({ name, aliases: [name], mentions: i + 1, confidence: 0.8 })),
  deals: [funding('Orbitwell', 0.3), funding('Hollin Foods', 0.5), funding('Tallgrass', 0.9), funding('IBM', 0.4)],
});

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`curation: review (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let db: Db;
    const ids = new Map<string, number>();
    const dealOf = async (subject: string) => (await db.select().from(deals)).find((d) => d.subjectName === subject)!.id;
    beforeAll(async () => {
      database = await target.open();
      db = database.db;
      await storeArticle(db, null, article, extract);
      for (const c of await db.select().from(companies)) ids.set(c.name, c.id);
    });
    afterAll(async () => { await database?.destroy(); });

    it('marks a company wrong and back, logging each with actor and time', async () => {
      const id = ids.get('Marrowby')!;
      expect(await markCompanyWrong(db, id, true, 'ana')).toEqual({ id, markedWrong: true, changed: true });
      expect(await markCompanyWrong(db, id, true, 'ana')).toEqual({ id, markedWrong: true, changed: false });
      expect(await markCompanyWrong(db, id, false, 'bo')).toEqual({ id, markedWrong: false, changed: true });
      await markCompanyWrong(db, id, true, 'ana');
      const log = await curationLog(db, { targetType: 'company', targetId: id, limit: 10 });
      expect(log.map((e) => [e.action, e.actor])).toEqual([['mark_wrong', 'ana'], ['unmark_wrong', 'bo'], ['mark_wrong', 'ana'], ['mark_wrong', 'ana']]);
      expect(log[0]).toMatchObject({ targetType: 'company', details: { name: 'Marrowby', previous: false }, createdAt: expect.any(Date) });
      await expect(markCompanyWrong(db, 999999, true, 'ana')).rejects.toMatchObject({ kind: 'not_found' });
    });

    it('reviews a deal, logging accept, reject and clear', async () => {
      const id = await dealOf('IBM');
      expect(await reviewDeal(db, id, 'rejected', 'ana')).toEqual({ id, review: 'rejected', changed: true });
      expect(await reviewDeal(db, id, null, 'ana')).toEqual({ id, review: null, changed: true });
      expect(await reviewDeal(db, id, 'accepted', 'bo')).toEqual({ id, review: 'accepted', changed: true });
      const [row] = (await db.select().from(deals)).filter((d) => d.id === id);
      expect(row!.review).toBe('accepted');
      const log = await curationLog(db, { targetType: 'deal', targetId: id, limit: 10 });
      expect(log.map((e) => [e.action, e.actor, e.details])).toEqual([
        ['accept', 'bo', { previous: null, review: 'accepted' }], ['clear_review', 'ana', { previous: 'rejected', review: null }],
        ['reject', 'ana', { previous: null, review: 'rejected' }],
      ]);
      await expect(reviewDeal(db, 999999, 'accepted', 'ana')).rejects.toMatchObject({ kind: 'not_found', message: 'no deal with id 999999' });
    });

    it('lists unreviewed deals at or under a confidence, least confident first', async () => {
      const list = await lowConfidenceDeals(db, 0.5, 10);
      expect(list.map((d) => [d.subject?.name, d.confidence])).toEqual([['Orbitwell', expect.closeTo(0.3, 5)], ['Hollin Foods', 0.5]]);
      expect(list[0]!.sources[0]).toMatchObject({ evidence: 'Orbitwell raised money.' });
      expect(await lowConfidenceDeals(db, 0.5, 1)).toHaveLength(1);
      expect(await lowConfidenceDeals(db, 0.1, 10)).toEqual([]);
    });

    it('suggests duplicates by similar name, word prefix and acronym, skipping merged and wrong companies', async () => {
      await mergeCompanies(db, ids.get('Quenta')!, ids.get('Tallgrass')!, 'ana');
      const pairs = await suspectedDuplicates(db, 10);
      expect(pairs.map((p) => [p.a.name, p.b.name, p.reasons])).toEqual([
        ['Orbitwell', 'Orbitwell Labs', ['prefix', 'similar_name']],
        ['Hollin Foods', 'Hollin Food', ['similar_name']],
        ['IBM', 'International Business Machines', ['acronym']],
      ]);
      expect(pairs.map((p) => p.score)).toEqual([0.821, 0.786, 0.7]);
      expect(pairs[0]!.a).toEqual({ id: ids.get('Orbitwell'), name: 'Orbitwell', mentions: 1 });
      expect(pairs[2]!.b.mentions).toBe(6);
      expect(await suspectedDuplicates(db, 1)).toHaveLength(1);
    });
  });
}
