import { createHash } from 'node:crypto';
import type { ArticleInput } from '../extract/types.js';

/** What identifies an article's text: its title and body. */
export function contentHash(a: Pick<ArticleInput, 'title' | 'body'>): string {
  return createHash('sha256').update(`${a.title}\n${a.body}`).digest('hex');
}
