// The batched write path (storeArticleTexts + extractStoredArticles, a whole batch per transaction) against the
// one-article-at-a-time path (storeArticle): the same articles must leave the very same database, row for row,
// on both databases — deals reported by several articles of one batch, partnerships matched by their parties,
// fills of what a first report lacked, and re-extraction of changed texts included.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompanies } from '../bench/corpus/companies.js';
import { generateArticles as generateMixedNews } from '../bench/corpus/generate-articles.js';
import { extractStoredArticles } from '../src/db/extract-stored-articles.js';
import { storeArticle } from '../src/db/store-article.js';
import { storeArticleTexts } from '../src/db/store-article-texts.js';
import { extractArticle } from '../src/extract/extract-article.js';
import type { ArticleInput } from '../src/extract/types.js';
import type { Db } from '../src/db/database.js';
import { snapshotDatabase, snapshotDiff, type Snapshot } from './support/db-snapshot.js';
import { generateArticles } from './support/generated-articles.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const extract = (a: ArticleInput) => extractArticle(a);

/** Funding rounds reported by several articles each, then news of every kind (M&A, partnerships, other). */
function corpus(): ArticleInput[] {
  const rounds = generateArticles(90, 11).articles;
  const mixed = [...generateMixedNews(generateCompanies(60, 5), 90, 5)].map(({ kind: _k, ...a }) => a);
  // Interleaved, so that one batch holds several reports of one deal and news of every kind.
  return rounds.flatMap((a, i) => [a, mixed[i]!]);
}

/** The same articles with changed text (a new amount and a new sentence): re-extraction replaces what they said. */
function edited(articles: ArticleInput[]): ArticleInput[] {
  return articles.map((a) => ({ ...a, body: `${a.body.replace(/\$(\d+)/, (_m, n: string) => `$${Number(n) + 7}`)}\nThe company also named a new chief financial officer.` }));
}

async function oneByOne(db: Db, articles: ArticleInput[]) {
  for (const a of articles) await storeArticle(db, null, a, extract);
}

async function batched(db: Db, articles: ArticleInput[], size: number) {
  for (let i = 0; i < articles.length; i += size) {
    const saved = await storeArticleTexts(db, null, articles.slice(i, i + size));
    const pending = saved.filter((s) => s.pending && s.articleId !== null).map((s) => s.articleId!);
    const outcomes = await extractStoredArticles(db, pending, async (inputs) => inputs.map(extract));
    expect([...outcomes.values()].every((o) => o === 'extracted')).toBe(true);
  }
}

const total = async (db: Db, table: string) => Number(((await db.execute(sql.raw(`select count(*) as n from ${table}`))) as unknown as { rows: { n: string }[] }).rows[0]!.n);

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`batched writes (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let single: TestDatabase;
    let batch: TestDatabase;
    const articles = corpus();
    beforeAll(async () => { [single, batch] = await Promise.all([target.open(), target.open()]); }, 120_000);
    afterAll(async () => { await Promise.all([single?.destroy(), batch?.destroy()]); });

    it('stores a corpus in batches exactly as one article at a time would', async () => {
      await oneByOne(single.db, articles);
      await batched(batch.db, articles, 64);
      const [want, got] = [await snapshotDatabase(single.db), await snapshotDatabase(batch.db)];
      expect(snapshotDiff(want, got)).toEqual({});
      // The corpus does exercise what batching must get right.
      const multi = await single.db.execute(sql`select count(*) as n from (select deal_id from deal_sources group by deal_id having count(*) > 1) x`);
      expect(Number((multi as unknown as { rows: { n: string }[] }).rows[0]!.n)).toBeGreaterThan(10);
      expect(await total(single.db, `deals where subject_id is null`)).toBeGreaterThan(0);
      expect(await total(batch.db, `articles where extract_runs <> 1`)).toBe(0);
    }, 300_000);

    it('re-extracts changed texts in batches as one at a time would (but for the noted confidence), and stores nothing twice', async () => {
      const changed = edited(articles.slice(0, 60));
      await oneByOne(single.db, changed);
      await batched(batch.db, changed, 25);
      // One known difference: a batch first removes its articles' earlier output, so a deal all of whose sources are
      // re-extracted in one batch is stored anew from what they say now, where one at a time it keeps the higher
      // confidence an earlier extraction gave it. Everything else must be equal.
      const withoutDealConfidence = (s: Snapshot) => ({ ...s, deals: s.deals!.map((row) => row.replace(/"confidence":[\d.]+,/, '')) });
      expect(snapshotDiff(withoutDealConfidence(await snapshotDatabase(single.db)), withoutDealConfidence(await snapshotDatabase(batch.db)))).toEqual({});
      expect(await total(batch.db, `articles where extract_runs = 2`)).toBe(60);
      const before = await snapshotDatabase(batch.db);
      await batched(batch.db, changed, 25);
      expect(snapshotDiff(before, await snapshotDatabase(batch.db))).toEqual({});
    }, 300_000);

    it('fails only the article the database refuses, and writes the rest of its batch', async () => {
      const extra = generateArticles(6, 99).articles;
      expect(extract(extra[2]!).deals.length).toBeGreaterThan(0);
      const saved = await storeArticleTexts(batch.db, null, extra);
      const ids = saved.map((s) => s.articleId!);
      const outcomes = await extractStoredArticles(batch.db, ids, async (inputs) => inputs.map((a, i) => {
        const e = extract(a);
        // Postgres refuses NUL in text: this one article's write fails.
        return i === 2 ? { ...e, deals: e.deals.map((d) => ({ ...d, evidence: `${d.evidence}\u0000` })) } : e;
      }));
      expect([...outcomes.values()]).toEqual(['extracted', 'extracted', 'failed', 'extracted', 'extracted', 'extracted']);
      const runs = await batch.db.execute(sql`select extract_runs as n from articles where id = any(${sql.param(ids)}::int[]) order by id`);
      expect((runs as unknown as { rows: { n: number }[] }).rows.map((r) => Number(r.n))).toEqual([1, 1, 0, 1, 1, 1]);
    }, 120_000);
  });
}
