import type { ArticleInput } from '../extract/types.js';

/** The article's publication time, or null when it has none or it does not parse. */
export function publishedAt(article: Pick<ArticleInput, 'published'>): Date | null {
  const d = article.published ? new Date(article.published) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}
