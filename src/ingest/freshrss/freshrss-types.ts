import type { FeedArticle } from '../parse/parsed-feed.js';

/** A FreshRSS account, from configuration. `apiPassword` is the API password set in FreshRSS's profile, not the login one. */
export interface FreshRssAccount {
  /** The instance (`https://rss.example.org/`) or its endpoint (`…/api/greader.php`). */
  baseUrl: string;
  user: string;
  apiPassword: string;
  /** An auth token from an earlier `login()` (it does not expire); skips ClientLogin. */
  token?: string | null;
}

/** Where an article came from in FreshRSS. */
export interface FreshRssOrigin {
  /** `feed/<id>` */
  streamId: string;
  feedTitle: string | null;
  /** The feed's own URL (from the subscription list). */
  feedUrl: string | null;
  /** The feed's web site. */
  siteUrl: string | null;
  /** The FreshRSS category (folder) of the feed. */
  category: string | null;
  /** The category and every user label on the item. */
  tags: string[];
}

export interface FreshRssArticle {
  /**
   * An `ArticleInput` whose `id` is the FreshRSS item id, `tag:google.com,2005:reader/item/<16 hex digits>` (stable
   * across pulls); `summaryOnly` says FreshRSS sent a short summary (compat mode cuts long content).
   */
  article: FeedArticle;
  origin: FreshRssOrigin;
  /** When FreshRSS received the item, in microseconds since the epoch (decimal string): what `ot` and paging order by. */
  receivedUsec: string;
}

export interface FreshRssPage {
  /** 1-based. */
  page: number;
  /** New items only: none at or before the `since` cursor, none seen on an earlier page of this pull. */
  articles: FreshRssArticle[];
  /** Items the page held that could not be read, each with the reason. */
  dropped: string[];
  /** The continuation the server sent; null on the last page. */
  continuation: string | null;
  /** Whether another page follows in this pull. False on the last page, also when `maxPages` stopped it early. */
  hasMore: boolean;
  /** Resume cursor after this page: the newest receive time seen so far (or the `since` given, when nothing newer came). */
  newest: Date | null;
  /** The same, exact to the microsecond: store this and pass it back as `sinceUsec`. */
  newestUsec: string | null;
}

export interface FreshRssPullSummary {
  pages: number;
  articles: number;
  dropped: number;
  newest: Date | null;
  newestUsec: string | null;
  /** False when `maxPages` stopped the pull with pages left; the next pull resumes from `newestUsec`. */
  complete: boolean;
}

export interface FreshRssPullOptions extends FreshRssAccount {
  /** Only items FreshRSS received after this time (everything up to this millisecond counts as seen). */
  since?: Date | null;
  /** The same, exact to the microsecond (a `newestUsec` from an earlier pull); wins over `since`. */
  sinceUsec?: string | null;
  /** Default `user/-/state/com.google/reading-list`; also `feed/<id>`, `user/-/label/<name>`, `…/starred`. */
  streamId?: string;
  /** Items per request (`n`), default 100. */
  pageSize?: number;
  /** Requests per pull, default 100; a pull cut short says so (`hasMore`/`complete`) and the next resumes. */
  maxPages?: number;
  /** Read the subscription list first to fill in feed URLs and categories (default true). */
  withSubscriptions?: boolean;
}

export interface FreshRssSubscription {
  /** `feed/<id>` */
  streamId: string;
  title: string;
  feedUrl: string | null;
  siteUrl: string | null;
  /** Category (folder) names. */
  categories: string[];
}

export interface FreshRssTag {
  /** `user/-/label/<name>` or `user/-/state/com.google/starred` */
  id: string;
  /** The label name; null for states. */
  name: string | null;
  /** `folder` for categories, `tag` for user labels; null when the server does not say. */
  type: 'folder' | 'tag' | null;
}
