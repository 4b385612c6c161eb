import type { ArticleInput } from '../extract/types.js';
import type { Db } from './database.js';
import { saveArticleRow, type SavedArticle } from './save-article-row.js';

/**
 * The first step of the queued write path, one transaction: stores the article's row with its extraction pending
 * (extracted_at null). `pending` with the row's id and hash says an extract job should follow (extractStoredArticles).
 */
export async function storeArticleText(db: Db, feedId: number | null, article: ArticleInput): Promise<SavedArticle> {
  return db.transaction((tx) => saveArticleRow(tx, feedId, article));
}
