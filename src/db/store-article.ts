import { createHash } from 'node:crypto';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { canonicalUrl } from '../ingest/canonical-url.js';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { Db } from './database.js';
import { resolveCompany } from './resolve-company.js';
import { articles, deals, dealSources, mentions } from './schema.js';
import { qualified } from './queries/qualified.js';
import { storeDeal } from './store-deal.js';

export type StoreOutcome = 'inserted' | 'updated' | 'unchanged';

/** An article already stored as this entry of this feed, or as the same page (URL) or the same text from another source. */
async function findSameArticle(db: Db, feedId: number | null, entryKey: string, canonical: string | null, hash: string) {
  const cols = {
    id: articles.id, hash: articles.contentHash, extractedAt: articles.extractedAt,
    sameEntry: sql<boolean>`(${articles.feedId} is not distinct from ${feedId} and ${articles.entryKey} = ${entryKey})`,
    bodyLength: sql<number>`length(${articles.body})`.mapWith(Number),
  };
  const [byEntry] = await db.select(cols).from(articles)
    .where(and(feedId === null ? isNull(articles.feedId) : eq(articles.feedId, feedId), eq(articles.entryKey, entryKey))).for('update');
  if (byEntry) return byEntry;
  const [other] = await db.select(cols).from(articles)
    .where(canonical ? or(eq(articles.canonicalUrl, canonical), eq(articles.contentHash, hash)) : eq(articles.contentHash, hash))
    .limit(1).for('update');
  return other;
}

export function contentHash(a: ArticleInput): string {
  return createHash('sha256').update(`${a.title}\n${a.body}`).digest('hex');
}

/**
 * The one write path for an article and what was extracted from it, in one transaction:
 * the same entry twice stores nothing twice; changed content replaces its old mentions and deal sources.
 */
export async function storeArticle(
  db: Db, feedId: number | null, article: ArticleInput, extract: (a: ArticleInput) => Extraction,
): Promise<StoreOutcome> {
  const hash = contentHash(article);
  return db.transaction(async (tx) => {
    const canonical = canonicalUrl(article.url);
    const existing = await findSameArticle(tx, feedId, article.id, canonical, hash);
    if (existing && existing.hash === hash && existing.extractedAt) return 'unchanged';
    // The same page through another feed: keep the fuller text, never flip between versions.
    if (existing && !existing.sameEntry && existing.bodyLength >= article.body.length) return 'unchanged';
    const published = article.published ? new Date(article.published) : null;
    const values = {
      entryKey: article.id, contentHash: hash, url: article.url ?? null, canonicalUrl: canonical, title: article.title,
      author: article.author ?? null, body: article.body,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
    };
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      const { entryKey: _own, ...changed } = values;
      await tx.update(articles).set(existing.sameEntry ? values : changed).where(eq(articles.id, articleId));
      await tx.delete(mentions).where(eq(mentions.articleId, articleId));
      await tx.delete(dealSources).where(eq(dealSources.articleId, articleId));
      await tx.delete(deals).where(sql`not exists (select 1 from ${dealSources} where ${qualified(dealSources.dealId)} = ${qualified(deals.id)})`);
    } else {
      const [row] = await tx.insert(articles).values({ ...values, feedId }).returning({ id: articles.id });
      articleId = row!.id;
    }

    const extraction = extract(article);
    const counts = new Map<number, { count: number; confidence: number }>();
    for (const c of extraction.companies) {
      const id = await resolveCompany(tx, [c.name, ...c.aliases], c.confidence);
      if (id === null) continue;
      const prev = counts.get(id);
      counts.set(id, { count: (prev?.count ?? 0) + c.mentions, confidence: Math.max(prev?.confidence ?? 0, c.confidence) });
    }
    if (counts.size) {
      await tx.insert(mentions).values([...counts].map(([companyId, v]) => ({ articleId, companyId, ...v })));
    }
    const day = (values.publishedAt ?? new Date()).toISOString().slice(0, 10);
    for (const deal of extraction.deals) await storeDeal(tx, articleId, day, deal);
    await tx.update(articles).set({ extractedAt: new Date() }).where(eq(articles.id, articleId));
    return existing ? 'updated' : 'inserted';
  });
}
