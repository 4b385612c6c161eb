import { htmlToParagraphs } from './html-to-paragraphs.js';
import { oneLine } from './one-line.js';
import { parseDate } from './parse-date.js';
import type { RawItem, ReadFeed } from './raw-item.js';
import { resolveUrl } from './resolve-url.js';
import { textConstruct } from './text-construct.js';

interface Item {
  id?: string; url?: string; external_url?: string; title?: string; content_html?: string; content_text?: string;
  summary?: string; date_published?: string; date_modified?: string; authors?: { name?: string }[];
}
interface Feed { title?: string; home_page_url?: string; feed_url?: string; items?: Item[] }

function item(it: Item, base: string | null): RawItem {
  const full = htmlToParagraphs(it.content_html ?? '') || textConstruct(it.content_text, 'text');
  const authors = (it.authors ?? []).map((a) => oneLine(a.name, false)).filter(Boolean);
  return {
    guid: it.id?.trim() || null,
    title: oneLine(textConstruct(it.title, 'text'), false),
    body: full || textConstruct(it.summary, 'text'),
    hasFullContent: !!full,
    url: resolveUrl(it.url, base) ?? resolveUrl(it.external_url, base),
    published: parseDate(it.date_published) ?? parseDate(it.date_modified),
    author: authors.join(', ') || null,
  };
}

/** JSON Feed 1.0/1.1 as feedsmith parsed it (1.0's `author` arrives as `authors`); URLs resolved against the feed's. */
export function fromJsonFeed(parsed: unknown, baseUrl: string | null): ReadFeed {
  const feed = parsed as Feed;
  const base = resolveUrl(feed.feed_url, baseUrl) ?? baseUrl;
  return {
    meta: { title: oneLine(textConstruct(feed.title, 'text'), false) || null, siteUrl: resolveUrl(feed.home_page_url, base), ttlMinutes: null },
    items: (feed.items ?? []).map((it) => () => item(it, base)),
  };
}
