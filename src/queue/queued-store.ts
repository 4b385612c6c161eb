import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.js';
import type { StoreOutcome } from '../db/store-article.js';
import { storeArticleText } from '../db/store-article-text.js';
import type { ArticleInput } from '../extract/types.js';
import { enqueueExtracts } from './enqueue-extracts.js';

/**
 * The store step of the queued path, for a poll: the article's row in one transaction, then an extract job for its
 * text. Should the process die between the two, the scheduler's sweep (enqueuePending) sends the job.
 */
export function queuedStore(boss: PgBoss): (db: Db, feedId: number, article: ArticleInput) => Promise<StoreOutcome> {
  return async (db, feedId, article) => {
    const saved = await storeArticleText(db, feedId, article);
    if (saved.pending && saved.articleId !== null && saved.hash !== null) {
      await enqueueExtracts(boss, [{ articleId: saved.articleId, hash: saved.hash }]);
    }
    return saved.outcome;
  };
}
