/** One feed item after format-specific reading: text already plain, links already absolute. */
export interface RawItem {
  guid: string | null;
  title: string;
  body: string;
  /** The feed carried a full-content field (content:encoded, Atom content, JSON content_*). */
  hasFullContent: boolean;
  url: string | null;
  published: string | null;
  author: string | null;
}

/** A feed's own fields, read before its items. */
export interface FeedMeta {
  title: string | null;
  siteUrl: string | null;
  ttlMinutes: number | null;
}

/** What a format reader hands on: items stay unconverted until needed, so items over the limit cost nothing. */
export interface ReadFeed {
  meta: FeedMeta;
  items: (() => RawItem)[];
}
