import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { canonicalUrl } from '../ingest/canonical-url.js';
import type { ArticleInput } from '../extract/types.js';
import type { Db } from './database.js';
import { contentHash } from './content-hash.js';
import { publishedAt } from './published-at.js';
import { articles } from './schema.js';

export type StoreOutcome = 'inserted' | 'updated' | 'unchanged';

export interface SavedArticle {
  outcome: StoreOutcome;
  /** The stored row (for 'unchanged': the article already stored), null when nothing is stored. */
  articleId: number | null;
  /** The stored text's hash; extraction is done when the row's extracted_hash equals it. */
  hash: string | null;
  /** The stored text still waits for its extraction. */
  pending: boolean;
  publishedAt: Date | null;
}

/** An article already stored as this entry of this feed, or as the same page (URL) or the same text from another source. */
async function findSameArticle(db: Db, feedId: number | null, entryKey: string, canonical: string | null, hash: string) {
  const cols = {
    id: articles.id, hash: articles.contentHash, extractedHash: articles.extractedHash, publishedAt: articles.publishedAt,
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

/**
 * Stores an article's row inside the caller's transaction, leaving its extraction for later (extracted_at null):
 * the same entry twice stores nothing twice; the same page or text from another source is one article, keeping the
 * fuller text; changed content replaces the row's text (its old mentions and deals stay until it is extracted again).
 */
export async function saveArticleRow(tx: Db, feedId: number | null, article: ArticleInput): Promise<SavedArticle> {
  const hash = contentHash(article);
  const canonical = canonicalUrl(article.url);
  const existing = await findSameArticle(tx, feedId, article.id, canonical, hash);
  const kept = (row: NonNullable<typeof existing>): SavedArticle =>
    ({ outcome: 'unchanged', articleId: row.id, hash: row.hash, pending: row.extractedHash !== row.hash, publishedAt: row.publishedAt });
  // The same text again: nothing to store (its extraction may still be pending).
  if (existing && existing.hash === hash) return kept(existing);
  // The same page through another feed: keep the fuller text, never flip between versions.
  if (existing && !existing.sameEntry && existing.bodyLength >= article.body.length) return kept(existing);
  const values = {
    entryKey: article.id, contentHash: hash, url: article.url ?? null, canonicalUrl: canonical, title: article.title,
    author: article.author ?? null, body: article.body,
    publishedAt: publishedAt(article), extractedAt: null,
  };
  if (existing) {
    const { entryKey: _own, ...changed } = values;
    await tx.update(articles).set(existing.sameEntry ? values : changed).where(eq(articles.id, existing.id));
    return { outcome: 'updated', articleId: existing.id, hash, pending: true, publishedAt: values.publishedAt };
  }
  const [row] = await tx.insert(articles).values({ ...values, feedId }).returning({ id: articles.id });
  return { outcome: 'inserted', articleId: row!.id, hash, pending: true, publishedAt: values.publishedAt };
}
