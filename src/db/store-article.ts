import type { ArticleInput, Extraction } from '../extract/types.js';
import { contentHash } from './content-hash.js';
import type { Db } from './database.js';
import { saveArticleRow, type StoreOutcome } from './save-article-row.js';
import { writeExtractions } from './write-extractions.js';

export type { StoreOutcome } from './save-article-row.js';

/**
 * The synchronous write path for an article and what was extracted from it, in one transaction:
 * the same entry twice stores nothing twice; changed content replaces its old mentions and deal sources.
 * (The queued path stores with storeArticleText and extracts later with extractStoredArticles: the same writes, two steps.)
 */
export async function storeArticle(
  db: Db, feedId: number | null, article: ArticleInput, extract: (a: ArticleInput) => Extraction,
): Promise<StoreOutcome> {
  return db.transaction(async (tx) => {
    const saved = await saveArticleRow(tx, feedId, article);
    // Stored already: done, unless this very text still waits for its extraction (stored by the queued path).
    const waiting = saved.outcome === 'unchanged' && saved.pending && saved.hash === contentHash(article);
    if (saved.outcome === 'unchanged' && !waiting) return 'unchanged';
    await writeExtractions(tx, [{ target: { articleId: saved.articleId!, hash: saved.hash!, publishedAt: saved.publishedAt }, extraction: extract(article) }]);
    return waiting ? 'updated' : saved.outcome;
  });
}
