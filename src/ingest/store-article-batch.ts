import { contentHash } from '../db/content-hash.js';
import type { Db } from '../db/database.js';
import { extractStoredArticles } from '../db/extract-stored-articles.js';
import { storeArticle, type StoreOutcome } from '../db/store-article.js';
import { storeArticleTexts } from '../db/store-article-texts.js';
import type { ArticleInput, Extraction } from '../extract/types.js';

/** What became of each article of a batch: stored (new, changed or the same again), or failed with its reason. */
export type BatchOutcome = { outcome: StoreOutcome } | { error: string };

/**
 * Stores a batch of articles and what is extracted from them, in two transactions whatever the batch size: the rows
 * (storeArticleTexts), then the extractions of those new, changed or still waiting for this very text
 * (extractStoredArticles, which extracts with `extractMany` — on worker threads, say). The outcome per article is what
 * storeArticle gives. Should the database refuse the rows (one article with a NUL, say), the batch is stored one article
 * at a time with storeArticle, so that only that article fails.
 */
export async function storeArticleBatch(
  db: Db, feedId: number | null, batch: ArticleInput[],
  extract: (a: ArticleInput) => Extraction, extractMany: (inputs: ArticleInput[]) => Promise<Extraction[]>,
): Promise<BatchOutcome[]> {
  let saved;
  try {
    saved = await storeArticleTexts(db, feedId, batch);
  } catch {
    const out: BatchOutcome[] = [];
    for (const article of batch) {
      try {
        out.push({ outcome: await storeArticle(db, feedId, article, extract) });
      } catch (err) {
        out.push({ error: (err as Error).message });
      }
    }
    return out;
  }
  // An article stored before whose very text still waits for its extraction counts as updated (as storeArticle says).
  const waiting = saved.map((s, i) => s.articleId !== null && s.pending && (s.outcome !== 'unchanged' || s.hash === contentHash(batch[i]!)));
  const ids = saved.flatMap((s, i) => (waiting[i] ? [s.articleId!] : []));
  const reasons = new Map<number, string>();
  const outcomes = await extractStoredArticles(db, ids, extractMany, { onError: (id, err) => reasons.set(id, err.message) });
  return saved.map((s, i): BatchOutcome => {
    if (!waiting[i]) return { outcome: s.outcome };
    const o = outcomes.get(s.articleId!);
    if (o === 'failed') return { error: `${reasons.get(s.articleId!) ?? 'extraction failed'} (the article is stored; its extraction is pending)` };
    return { outcome: s.outcome === 'unchanged' ? 'updated' : s.outcome };
  });
}
