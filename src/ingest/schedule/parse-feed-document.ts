import type { ArticleInput } from '../../extract/types.js';
import { detectFormat } from '../detect-format.js';
import { parseFeed } from '../parse-feed.js';
import { isJsonFeed } from '../parse/is-json-feed.js';
import { parseJsonArticles, parseJsonLines } from '../parse-json-articles.js';
import { parsePageText } from '../parse-page-text.js';

/** What a fetched body holds, whatever its format. */
export interface FeedDocument {
  title: string | null;
  siteUrl: string | null;
  /** 'rss' | 'rdf' | 'atom' | 'json-feed' for feeds, else 'json' | 'jsonl' | 'page-text'. */
  format: string;
  ttlMinutes: number | null;
  articles: ArticleInput[];
  dropped: Record<string, number>;
}


/** Parses a fetched body: RSS, Atom and JSON Feed through parseFeed; JSON, JSON Lines and pasted page text as `ingest` reads them. */
export function parseFeedDocument(text: string, source: string, baseUrl: string): FeedDocument {
  const body = text.replace(/^\uFEFF/, '');
  const format = isJsonFeed(body) ? 'feed' : detectFormat(body, source);
  const plain = (articles: ArticleInput[]): FeedDocument => ({ title: null, siteUrl: null, format, ttlMinutes: null, articles, dropped: {} });
  switch (format) {
    case 'json': return plain(parseJsonArticles(body, source));
    case 'jsonl': return plain(parseJsonLines(body, source));
    case 'page-text': return plain(parsePageText(body, source));
    case 'feed': {
      const { title, siteUrl, format: feedFormat, ttlMinutes, articles, dropped } = parseFeed(body, source, { baseUrl });
      return { title, siteUrl, format: feedFormat, ttlMinutes, articles, dropped };
    }
  }
}
