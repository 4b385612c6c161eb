import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database.js';
import { CurationError } from '../src/db/curation/curation-error.js';
import { curationLog } from '../src/db/curation/curation-log.js';
import { listMerges } from '../src/db/curation/list-merges.js';
import { mergeCompanies } from '../src/db/curation/merge-companies.js';
import { undoMerge } from '../src/db/curation/undo-merge.js';
import { articles, companies, companyAliases, companyMerges, dealParties, deals, dealSources, mentions } from '../src/db/schema.js';
import { storeArticle } from '../src/db/store-article.js';
import type { ArticleInput, Deal, Extraction } from '../src/extract/types.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const deal = (d: Partial<Deal> & Pick<Deal, 'type' | 'subject'>): Deal => ({
  counterparties: [], leadInvestors: [], amount: null, round: null, status: 'completed', salience: 'main',
  evidence: 'evidence', evidenceStart: 0, evidenceEnd: 8, confidence: 0.8, ...d,
});
const co = (name: string, mentions: number, confidence = 0.9, aliases = [name]) => ({ name, aliases, mentions, confidence });
const usd = (v: number) => ({ value: v, currency: 'USD', usd: v, usdConverted: false });

/** Tallgrass VC and Tallgrass Ventures are one investor the extractor saw as two. */
const fixtures: { article: ArticleInput; extraction: Omit<Extraction, 'id' | 'title' | 'money'> }[] = [
  { article: { id: 'm-1', title: 'Orbitwell raises $20 million', body: 'Orbitwell raised $20 million led by Tallgrass Ventures.', published: '2024-03-05' },
    extraction: { companies: [co('Orbitwell', 2), co('Tallgrass Ventures', 2, 0.9, ['Tallgrass Ventures', 'Tallgrass'])],
      deals: [deal({ type: 'funding', subject: 'Orbitwell', counterparties: ['Tallgrass Ventures'], leadInvestors: ['Tallgrass Ventures'], amount: usd(20e6), round: 'Series B' })] } },
  { article: { id: 'm-2', title: 'Quenta raises a $5 million seed round', body: 'Quenta raised $5 million from Tallgrass VC and Tallgrass Ventures.', published: '2024-04-01' },
    extraction: { companies: [co('Quenta', 2), co('Tallgrass VC', 1, 0.7), co('Tallgrass Ventures', 1)],
      deals: [deal({ type: 'funding', subject: 'Quenta', counterparties: ['Tallgrass VC', 'Tallgrass Ventures'], leadInvestors: ['Tallgrass VC'], amount: usd(5e6), round: 'Seed' })] } },
  { article: { id: 'm-3', title: 'Tallgrass VC closes a $100 million fund', body: 'Tallgrass Venture Capital closed its third fund.', published: '2024-05-01' },
    extraction: { companies: [co('Tallgrass Venture Capital', 3, 0.8, ['Tallgrass Venture Capital', 'Tallgrass VC'])],
      deals: [deal({ type: 'fund', subject: 'Tallgrass VC', amount: usd(100e6) })] } },
  { article: { id: 'm-4', title: 'Marrowby raises $8 million', body: 'Marrowby raised $8 million from Tallgrass VC.', published: '2024-06-01' },
    extraction: { companies: [co('Marrowby', 2), co('Tallgrass VC', 1)],
      deals: [deal({ type: 'funding', subject: 'Marrowby', counterparties: ['Tallgrass VC'], amount: usd(8e6), round: 'Series A' })] } },
];
const later: ArticleInput = { id: 'm-5', title: 'Fennick raises $3 million', body: 'Fennick raised $3 million from Tallgrass Venture Capital.', published: '2024-07-01' };
const laterExtraction = { companies: [co('Fennick', 1), co('Tallgrass Venture Capital', 1)],
  deals: [deal({ type: 'funding', subject: 'Fennick', counterparties: ['Tallgrass Venture Capital'], amount: usd(3e6) })] };

const extract = (a: ArticleInput): Extraction => {
  const e = a.id === later.id ? laterExtraction : fixtures.find((f) => f.article.id === a.id)?.extraction;
  if (!e) throw new Error(`no fixture for ${a.id}`);
  return { id: a.id, title: a.title, money: [], ...e };
};

/** Every row of every table a merge may touch, in a stable order. */
async function snapshot(db: Db) {
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    companies: await db.select().from(companies).orderBy(asc(companies.id)),
    aliases: sorted(await db.select().from(companyAliases)),
    mentions: sorted(await db.select().from(mentions)),
    deals: await db.select().from(deals).orderBy(asc(deals.id)),
    parties: sorted(await db.select().from(dealParties)),
    sources: sorted(await db.select().from(dealSources)),
    articles: await db.select().from(articles).orderBy(asc(articles.id)),
  };
}

async function idOf(db: Db, name: string): Promise<number> {
  const row = (await db.select().from(companies)).find((c) => c.name === name);
  if (!row) throw new Error(`no company ${name}`);
  return row.id;
}

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`curation: merge (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    let db: Db;
    let vc: number, ventures: number, quenta: number;
    beforeAll(async () => {
      database = await target.open();
      db = database.db;
      for (const f of fixtures) await storeArticle(db, null, f.article, extract);
      [vc, ventures, quenta] = [await idOf(db, 'Tallgrass VC'), await idOf(db, 'Tallgrass Ventures'), await idOf(db, 'Quenta')];
    });
    afterAll(async () => { await database?.destroy(); });

    it('moves aliases, mentions (summed), parties (one row kept) and subjects, and records exactly what moved', async () => {
      const before = await snapshot(db);
      const { mergeId, moves } = await mergeCompanies(db, vc, ventures, 'ana');
      expect(moves.aliases).toEqual(['tallgrass vc', 'tallgrass venture capital']);
      const m2 = before.articles.find((a) => a.entryKey === 'm-2')!.id;
      expect(moves.mentions).toContainEqual({ articleId: m2, count: 1, confidence: expect.closeTo(0.7, 5), hadTarget: true, targetCount: 1 });
      expect(moves.mentions.filter((m) => !m.hadTarget)).toHaveLength(2);
      const quentaDeal = before.deals.find((d) => d.subjectId === quenta)!.id;
      expect(moves.parties).toContainEqual({ dealId: quentaDeal, role: 'lead_investor', hadTarget: true, targetRole: 'investor' });
      expect(moves.subjectDeals).toHaveLength(1);

      const after = await snapshot(db);
      expect(after.companies.find((c) => c.id === vc)).toMatchObject({ mergedIntoId: ventures });
      const rowsOf = (rows: string[], id: number) => rows.map((r) => JSON.parse(r)).filter((r) => r.companyId === id);
      expect(rowsOf(after.aliases, vc)).toEqual([]);
      expect(rowsOf(after.mentions, vc)).toEqual([]);
      expect(rowsOf(after.parties, vc)).toEqual([]);
      expect(rowsOf(after.mentions, ventures).find((m) => m.articleId === m2)).toMatchObject({ count: 2 });
      expect(rowsOf(after.parties, ventures).find((p) => p.dealId === quentaDeal)).toMatchObject({ role: 'lead_investor' });
      expect(after.deals.filter((d) => d.subjectId === vc)).toEqual([]);
      const sum = (rows: string[]) => rows.map((r) => JSON.parse(r).count as number).reduce((a, b) => a + b, 0);
      expect(sum(after.mentions)).toBe(sum(before.mentions));

      const [stored] = await db.select().from(companyMerges);
      expect(stored).toMatchObject({ id: mergeId, fromId: vc, intoId: ventures, actor: 'ana', undoneAt: null, moves });
      expect((await listMerges(db))[0]).toMatchObject({ id: mergeId, from: { id: vc, name: 'Tallgrass VC' }, into: { id: ventures }, moved: { aliases: 2, mentions: 3, parties: 2, subjectDeals: 1 } });

      await undoMerge(db, mergeId, 'bo');
      expect(await snapshot(db)).toEqual(before);
      const [undone] = await db.select().from(companyMerges);
      expect(undone).toMatchObject({ undoneBy: 'bo', undoneAt: expect.any(Date) });
    });

    it('refuses to merge a company into itself, into a merged company, or a merged company, and unknown ids', async () => {
      const fail = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e: CurationError) => ({ kind: e.kind, message: e.message }));
      expect(await fail(mergeCompanies(db, vc, vc, 'ana'))).toEqual({ kind: 'invalid', message: `cannot merge company ${vc} into itself` });
      expect(await fail(mergeCompanies(db, 999999, vc, 'ana'))).toMatchObject({ kind: 'not_found', message: 'no company with id 999999' });
      const { mergeId } = await mergeCompanies(db, vc, ventures, 'ana');
      expect(await fail(mergeCompanies(db, quenta, vc, 'ana'))).toMatchObject({ kind: 'conflict', message: expect.stringContaining('merge into that one instead') });
      expect(await fail(mergeCompanies(db, vc, quenta, 'ana'))).toMatchObject({ kind: 'conflict', message: expect.stringContaining('already merged') });
      await undoMerge(db, mergeId, 'ana');
      expect(await fail(undoMerge(db, mergeId, 'ana'))).toMatchObject({ kind: 'conflict', message: expect.stringContaining(`merge ${mergeId} was already undone`) });
      expect(await fail(undoMerge(db, 999999, 'ana'))).toMatchObject({ kind: 'not_found' });
    });

    it('undoes chained merges newest first only, and the whole chain round-trips', async () => {
      const before = await snapshot(db);
      const first = await mergeCompanies(db, vc, ventures, 'ana');
      const second = await mergeCompanies(db, ventures, quenta, 'ana');
      await expect(undoMerge(db, first.mergeId, 'ana')).rejects.toThrow(/undo that merge first/);
      await undoMerge(db, second.mergeId, 'ana');
      await undoMerge(db, first.mergeId, 'ana');
      expect(await snapshot(db)).toEqual(before);
    });

    it('resolves later articles naming the merged company to the target, and undo leaves them there', async () => {
      const { mergeId } = await mergeCompanies(db, vc, ventures, 'ana');
      expect(await storeArticle(db, null, later, extract)).toBe('inserted');
      const fennickDeal = (await db.select().from(deals)).find((d) => d.subjectName === 'Fennick')!;
      const parties = (await db.select().from(dealParties)).filter((p) => p.dealId === fennickDeal.id);
      expect(parties.map((p) => p.companyId)).toEqual([ventures]);
      const laterArticle = (await db.select().from(articles)).find((a) => a.entryKey === 'm-5')!;
      const laterMentions = (await db.select().from(mentions)).filter((m) => m.articleId === laterArticle.id).map((m) => m.companyId);
      expect(laterMentions).not.toContain(vc);
      expect(laterMentions).toContain(ventures);

      await undoMerge(db, mergeId, 'ana');
      const aliases = (await db.select().from(companyAliases)).filter((a) => a.companyId === vc).map((a) => a.normAlias).sort();
      expect(aliases).toEqual(['tallgrass vc', 'tallgrass venture capital']);
      expect((await db.select().from(dealParties)).filter((p) => p.dealId === fennickDeal.id).map((p) => p.companyId)).toEqual([ventures]);
      const again = { ...later, id: 'm-6', body: `${later.body} Again.` };
      await storeArticle(db, null, again, (a) => ({ ...extract(later), id: a.id }));
      const againArticle = (await db.select().from(articles)).find((a) => a.entryKey === 'm-6')!;
      expect((await db.select().from(mentions)).filter((m) => m.articleId === againArticle.id).map((m) => m.companyId)).toContain(vc);
    });

    it('lets one of two opposite merges made at once win, refusing the other', async () => {
      const before = await snapshot(db);
      const results = await Promise.allSettled([mergeCompanies(db, vc, ventures, 'ana'), mergeCompanies(db, ventures, vc, 'bo')]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toMatchObject({ kind: 'conflict' });
      await undoMerge(db, (won[0] as PromiseFulfilledResult<{ mergeId: number }>).value.mergeId, 'ana');
      expect(await snapshot(db)).toEqual(before);
    });

    it('logs every merge and undo with its actor and time', async () => {
      const start = Date.now() - 60_000;
      const entries = await curationLog(db, { targetType: 'company', targetId: vc, limit: 100 });
      const actions = entries.map((e) => e.action).reverse();
      expect(actions.length).toBeGreaterThanOrEqual(8);
      expect(actions).toEqual(actions.map((_, i) => (i % 2 ? 'unmerge' : 'merge')));
      for (const e of entries) {
        expect(['ana', 'bo']).toContain(e.actor);
        expect(e.createdAt.getTime()).toBeGreaterThan(start);
        expect(e.details).toMatchObject({ mergeId: expect.any(Number), intoId: ventures });
      }
      expect(await curationLog(db, { targetType: 'deal', limit: 10 })).toEqual([]);
      expect(await curationLog(db, { limit: 2 })).toHaveLength(2);
    });
  });
}
