import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { ArticleInput, Extraction } from '../extract/types.js';
import type { Db } from './database.js';
import { resolveCompany } from './resolve-company.js';
import { articles, deals, dealSources, mentions } from './schema.js';
import { storeDeal } from './store-deal.js';

export type StoreOutcome = 'inserted' | 'updated' | 'unchanged';

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
    const [existing] = await tx.select({ id: articles.id, hash: articles.contentHash, extractedAt: articles.extractedAt })
      .from(articles).where(eq(articles.entryKey, article.id)).for('update');
    if (existing && existing.hash === hash && existing.extractedAt) return 'unchanged';
    const published = article.published ? new Date(article.published) : null;
    const values = {
      feedId, entryKey: article.id, contentHash: hash, url: article.url ?? null, title: article.title,
      author: article.author ?? null, body: article.body,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
    };
    let articleId: number;
    if (existing) {
      articleId = existing.id;
      await tx.update(articles).set(values).where(eq(articles.id, articleId));
      await tx.delete(mentions).where(eq(mentions.articleId, articleId));
      await tx.delete(dealSources).where(eq(dealSources.articleId, articleId));
      await tx.delete(deals).where(sql`not exists (select 1 from ${dealSources} where ${dealSources.dealId} = ${deals.id})`);
    } else {
      const [row] = await tx.insert(articles).values(values).returning({ id: articles.id });
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
