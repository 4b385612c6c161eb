import type { ArticleInput } from './types.js';

/** The text extraction reads and all offsets point into: the title, a blank line, the body. */
export function articleText(article: Pick<ArticleInput, 'title' | 'body'>): string {
  return `${article.title}\n\n${article.body}`;
}
