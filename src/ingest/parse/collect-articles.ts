import { countDrop } from './count-drop.js';
import { entryId } from './entry-id.js';
import type { FeedArticle } from './parsed-feed.js';
import type { RawItem } from './raw-item.js';
import { summaryOnly } from './summary-only.js';

/**
 * Turns items into articles in feed order: empty items, repeated ids and items past `maxItems` are dropped and
 * counted. Items past the limit are never converted.
 */
export function collectArticles(
  items: (() => RawItem)[], maxItems: number, dropped: Record<string, number>,
): FeedArticle[] {
  const articles: FeedArticle[] = [];
  const seen = new Set<string>();
  for (const read of items) {
    if (articles.length >= maxItems) {
      countDrop(dropped, 'over-item-limit');
      continue;
    }
    let raw: RawItem;
    try {
      raw = read();
    } catch {
      countDrop(dropped, 'malformed-item');
      continue;
    }
    if (!raw.title && !raw.body) {
      countDrop(dropped, 'no-title-or-content');
      continue;
    }
    const id = entryId(raw);
    if (seen.has(id)) {
      countDrop(dropped, 'duplicate-id');
      continue;
    }
    seen.add(id);
    articles.push({
      id, title: raw.title, body: raw.body, url: raw.url, published: raw.published, author: raw.author,
      summaryOnly: summaryOnly(raw.body, raw.hasFullContent),
    });
  }
  return articles;
}
