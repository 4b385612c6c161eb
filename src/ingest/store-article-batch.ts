import { contentHash } from '../db/content-hash.js';
import type { Db } from '../db/database.js';
import { isConnectionError } from '../db/is-connection-error.js';
import { saveArticleRows } from '../db/save-article-rows.js';
import { storeArticle, type StoreOutcome } from '../db/store-article.js';
import { writeExtractions, type ExtractedArticle } from '../db/write-extractions.js';
import type { ArticleInput, Extraction } from '../extract/types.js';

/** What became of each article of a batch: stored (new, changed or the same again), or failed with its reason. */
export type BatchOutcome = { outcome: StoreOutcome } | { error: string };

/**
 * Stores a batch of articles and what is extracted from them in one transaction, in a fixed number of statements
 * whatever the batch size: the rows (saveArticleRows), then the extractions — with `extractMany`, on worker threads say —
 * of those new, changed or still waiting for this very text (writeExtractions). No article is ever stored without its
 * extraction, and the outcome of each is what storeArticle gives one at a time. Should the batch fail (the database
 * refuses one article's text, extraction throws on one), it is stored again one article at a time with storeArticle,
 * so that only that article fails; a lost connection fails the batch.
 */
export async function storeArticleBatch(
  db: Db, feedId: number | null, batch: ArticleInput[],
  extract: (a: ArticleInput) => Extraction, extractMany: (inputs: ArticleInput[]) => Promise<Extraction[]>,
): Promise<BatchOutcome[]> {
  try {
    return await db.transaction(async (tx) => {
      const saved = await saveArticleRows(tx, feedId, batch);
      // The input whose text each stored row holds (an entry given twice in a batch is stored in its last version).
      const byHash = new Map(batch.map((a) => [contentHash(a), a]));
      const todo: { input: ArticleInput; target: ExtractedArticle }[] = [];
      const seen = new Set<number>();
      const outcomes = saved.map((s, i): BatchOutcome => {
        // An article stored before whose very text still waits for its extraction counts as updated (as storeArticle says);
        // the same stored article twice in one batch (one text under two entries) is extracted once.
        const waiting = s.articleId !== null && s.pending && !seen.has(s.articleId) && (s.outcome !== 'unchanged' || s.hash === contentHash(batch[i]!));
        if (!waiting) return { outcome: s.outcome === 'inserted' && seen.has(s.articleId!) ? 'unchanged' : s.outcome };
        seen.add(s.articleId!);
        todo.push({ input: byHash.get(s.hash!) ?? batch[i]!, target: { articleId: s.articleId!, hash: s.hash!, publishedAt: s.publishedAt } });
        return { outcome: s.outcome === 'unchanged' ? 'updated' : s.outcome };
      });
      const extractions = await extractMany(todo.map((t) => t.input));
      await writeExtractions(tx, todo.map((t, i) => ({ target: t.target, extraction: extractions[i]! })));
      return outcomes;
    });
  } catch (err) {
    if (isConnectionError(err) || batch.length === 1) throw err;
    const out: BatchOutcome[] = [];
    for (const article of batch) {
      try {
        out.push({ outcome: await storeArticle(db, feedId, article, extract) });
      } catch (one) {
        if (isConnectionError(one)) throw one;
        out.push({ error: (one as Error).message });
      }
    }
    return out;
  }
}
