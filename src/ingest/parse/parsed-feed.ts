import type { ArticleInput } from '../../extract/types.js';

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json-feed';

/** An article from a feed; `summaryOnly` says the feed gave only a short summary (worth fetching the page). */
export type FeedArticle = ArticleInput & { summaryOnly?: boolean };

export interface ParsedFeed {
  title: string | null;
  siteUrl: string | null;
  format: FeedFormat;
  /** How often the feed asks to be polled (RSS `<ttl>` or the syndication module), in minutes. */
  ttlMinutes: number | null;
  articles: FeedArticle[];
  /** Items that could not be taken, counted by reason ('duplicate-id', 'no-title-or-content', ...). */
  dropped: Record<string, number>;
}
