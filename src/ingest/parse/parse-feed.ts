import { collectArticles } from './collect-articles.js';
import type { ParsedFeed } from './parsed-feed.js';
import { readJsonFeed } from './read-json-feed.js';
import { readXmlFeed } from './read-xml-feed.js';

export interface ParseFeedOptions {
  /** The feed's URL, to resolve relative links against (after any xml:base). Defaults to `source` when it is a URL. */
  baseUrl?: string | null;
  /** Items past this many are dropped as 'over-item-limit'. Default 1000. */
  maxItems?: number;
}

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.x into articles of plain text. Every item that can be taken
 * is; the rest are counted in `dropped` by reason. Throws `parse: <source>: ...` when nothing can be read.
 */
export function parseFeed(text: string, source: string, options: ParseFeedOptions = {}): ParsedFeed {
  const baseUrl = options.baseUrl ?? (/^https?:\/\//i.test(source) ? source : null);
  const maxItems = options.maxItems ?? 1000;
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new Error(`parse: ${source}: empty document`);
  const read = trimmed.startsWith('{')
    ? { format: 'json-feed' as const, ...readJsonFeed(trimmed, source, baseUrl) }
    : readXmlFeed(trimmed, source, baseUrl);
  const dropped = { ...read.dropped };
  const articles = collectArticles(read.items, maxItems, dropped);
  return { ...read.meta, format: read.format, articles, dropped };
}
