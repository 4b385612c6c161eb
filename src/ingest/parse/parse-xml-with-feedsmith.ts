import { parseAtomFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { fromAtom } from './from-atom.js';
import { fromRss } from './from-rss.js';
import type { ReadFeed } from './raw-item.js';
import type { XmlFeedFormat } from './xml-feed-format.js';

/**
 * RSS 1.0's channel may list its items in `<items><rdf:Seq>`; feedsmith then returns only the items listed there.
 * Real feeds' lists go stale, so the list is removed and every `<item>` is read, in document order.
 */
function withoutRdfToc(xml: string): string {
  const firstItem = xml.search(/<(?:[\w.-]+:)?item[\s>/]/i);
  const head = firstItem === -1 ? xml : xml.slice(0, firstItem);
  return head.replace(/<((?:[\w.-]+:)?items)\b[^>]*>[\s\S]*?<\/\1\s*>/i, '') + xml.slice(head.length);
}

/**
 * Parses prepared XML (DOCTYPE already removed) with feedsmith's parser for `format` and reads it. feedsmith runs
 * fast-xml-parser with `processEntities: false` and decodes only the predefined and HTML entities itself.
 */
export function parseXmlWithFeedsmith(xml: string, format: XmlFeedFormat, baseUrl: string | null): ReadFeed {
  if (format === 'atom') return fromAtom(parseAtomFeed(xml), baseUrl);
  return fromRss(format === 'rss' ? parseRssFeed(xml) : parseRdfFeed(withoutRdfToc(xml)), baseUrl);
}
