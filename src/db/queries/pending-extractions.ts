import { and, asc, gt, lte, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { articles } from '../schema.js';

/**
 * Articles whose current text has not been extracted, stored at or before `before`, after id `afterId`, in id order
 * (a page of at most `limit`): what a lost or never-sent extract job left behind.
 */
export async function pendingExtractions(db: Db, opts: { before: Date; afterId?: number; limit?: number }): Promise<{ articleId: number; hash: string }[]> {
  return db.select({ articleId: articles.id, hash: articles.contentHash }).from(articles)
    .where(and(sql`${articles.extractedHash} is distinct from ${articles.contentHash}`, gt(articles.id, opts.afterId ?? 0), lte(articles.fetchedAt, opts.before)))
    .orderBy(asc(articles.id)).limit(opts.limit ?? 5000);
}
