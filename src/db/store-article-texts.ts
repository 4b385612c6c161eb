import type { ArticleInput } from '../extract/types.js';
import type { Db } from './database.js';
import type { SavedArticle } from './save-article-row.js';
import { saveArticleRows } from './save-article-rows.js';

/**
 * storeArticleText for a batch, in one transaction (saveArticleRows): the first step of the queued write path.
 * Returns one result per given article.
 */
export async function storeArticleTexts(db: Db, feedId: number | null, items: ArticleInput[]): Promise<SavedArticle[]> {
  return db.transaction((tx) => saveArticleRows(tx, feedId, items));
}
