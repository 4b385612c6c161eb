import type { Db } from '../../db/database.js';
import { feedKnownEntries } from '../../db/feed-known-entries.js';
import type { FeedRow } from '../../db/feed-state.js';
import { storeArticle, type StoreOutcome } from '../../db/store-article.js';
import type { ArticleInput, Extraction } from '../../extract/types.js';
import type { FetchLimits } from '../fetch/fetch-types.js';
import { PollInterrupted, untilAborted } from './until-aborted.js';

export interface StoreTally {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Articles that failed to store, each with its reason; the others are kept. */
  failed: { id: string; error: string }[];
  /** New items whose page was fetched for its main text, and those whose page could not be read (kept with the feed's text). */
  fullText: number;
  fullTextFailed: number;
}

export interface StoreItemsDeps {
  extract: (a: ArticleInput) => Extraction;
  /** How an article is written (default: stored and extracted at once by storeArticle; the queue stores it and sends an extract job). */
  store?: (db: Db, feedId: number, article: ArticleInput) => Promise<StoreOutcome>;
  limits: FetchLimits;
  fetchText?: (url: string, limits: FetchLimits) => Promise<{ title: string | null; text: string }>;
  throttle: <T>(url: string, request: () => Promise<T>) => Promise<T>;
  signal?: AbortSignal;
  onArticle?: (tally: StoreTally) => void;
}

const asInput = ({ id, title, body, url, published, author }: ArticleInput): ArticleInput => ({ id, title, body, url, published, author });

/** The article with its page's text when that is longer; null when the poll was stopped while the page loaded. */
async function withFullText(article: ArticleInput, deps: StoreItemsDeps, tally: StoreTally): Promise<ArticleInput | null> {
  if (!article.url || !deps.fetchText) return article;
  const url = article.url;
  try {
    const page = await untilAborted(deps.throttle(url, () => deps.fetchText!(url, deps.limits)), deps.signal);
    tally.fullText++;
    return page.text.length > article.body.length ? { ...article, body: page.text } : article;
  } catch (err) {
    if (err instanceof PollInterrupted) return null;
    tally.fullTextFailed++;
    return article;
  }
}

/**
 * Stores a feed's items one by one: one failing never loses the others. For a fetchFullText feed each item not yet
 * stored (by entry or by page URL) first gets its page's main text (an unreadable page keeps the feed's text), and
 * items already stored are left as they are.
 * Stops between items once `signal` is aborted.
 */
export async function storeFeedItems(db: Db, feed: FeedRow, items: ArticleInput[], deps: StoreItemsDeps): Promise<StoreTally> {
  const tally: StoreTally = { inserted: 0, updated: 0, unchanged: 0, failed: [], fullText: 0, fullTextFailed: 0 };
  const known = feed.fetchFullText ? await feedKnownEntries(db, feed.id, items) : new Set<string>();
  for (const item of items) {
    if (deps.signal?.aborted) break;
    let article = asInput(item);
    if (feed.fetchFullText) {
      // A stored item of a full-text feed has its page's text: the feed's summary must not replace it.
      if (known.has(article.id)) {
        tally.unchanged++;
        deps.onArticle?.(tally);
        continue;
      }
      const full = await withFullText(article, deps, tally);
      if (!full) break;
      article = full;
    }
    try {
      tally[await (deps.store ? deps.store(db, feed.id, article) : storeArticle(db, feed.id, article, deps.extract))]++;
    } catch (err) {
      tally.failed.push({ id: article.id, error: `store: ${feed.source}: article ${article.id}: ${(err as Error).message}` });
    }
    deps.onArticle?.(tally);
  }
  return tally;
}
