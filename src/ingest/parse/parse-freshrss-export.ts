import { countDrop } from './count-drop.js';
import { greaderItemToArticle, type GreaderArticle } from './greader-item.js';

export interface ParsedFreshrssExport { articles: GreaderArticle[]; dropped: Record<string, number> }

/**
 * A FreshRSS article export (or any Google Reader style JSON with `items`): each item keeps its FreshRSS id, so
 * importing the same export twice gives the same ids; a repeated id is dropped as 'duplicate-id'.
 */
export function parseFreshrssExport(text: string, source: string): ParsedFreshrssExport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(`parse: ${source}: invalid JSON (${(err as Error).message})`, { cause: err });
  }
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error(`parse: ${source}: not a FreshRSS export (no "items" array)`);
  const articles: GreaderArticle[] = [];
  const dropped: Record<string, number> = {};
  const seen = new Set<string>();
  for (const item of items) {
    const result = greaderItemToArticle(item, source);
    if ('dropped' in result) countDrop(dropped, result.dropped);
    else if (seen.has(result.article.id)) countDrop(dropped, 'duplicate-id');
    else {
      seen.add(result.article.id);
      articles.push(result.article);
    }
  }
  return { articles, dropped };
}
