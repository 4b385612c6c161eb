import { entryId } from './entry-id.js';
import { htmlToParagraphs } from './html-to-paragraphs.js';
import { oneLine } from './one-line.js';
import type { FeedArticle } from './parsed-feed.js';
import { resolveUrl } from './resolve-url.js';
import { summaryOnly } from './summary-only.js';

/** The item's feed; `feedUrl` is set by FreshRSS exports only. */
export interface GreaderOrigin { streamId: string | null; title: string | null; htmlUrl: string | null; feedUrl: string | null }
export type GreaderArticle = FeedArticle & { origin: GreaderOrigin };
/** An article, or why the item was not taken (`message` names the source and item). */
export type GreaderItemResult = { article: GreaderArticle } | { dropped: string; message: string };

interface Link { href?: unknown; type?: unknown }
interface Item {
  id?: unknown; title?: unknown; published?: unknown; author?: unknown;
  canonical?: Link[]; alternate?: Link[];
  content?: { content?: unknown }; summary?: { content?: unknown };
  origin?: { streamId?: unknown; title?: unknown; htmlUrl?: unknown; feedUrl?: unknown };
}

/** FreshRSS stores titles HTML-escaped: markup escaped in the feed would survive one decoding, so decode twice. */
const clean = (s: string | null): string => oneLine(oneLine(s));
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

function firstHref(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  for (const l of links as Link[]) {
    const url = resolveUrl(str(l?.href));
    if (url) return url;
  }
  return null;
}

/** `published` is unix seconds in Google Reader JSON; ISO strings are taken too. */
function published(v: unknown): string | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  const time = Number.isFinite(n) ? n * 1000 : typeof v === 'string' ? Date.parse(v) : NaN;
  return Number.isFinite(time) && time > 0 && time < Date.UTC(2200, 0, 1) ? new Date(time).toISOString() : null;
}

/**
 * One Google Reader item (FreshRSS `stream/contents`, `items/contents` or article export) as an article whose id is
 * the item's own id, so fetching or importing it again never duplicates it. Full `content` is preferred to `summary`.
 */
export function greaderItemToArticle(item: unknown, source: string): GreaderItemResult {
  if (!item || typeof item !== 'object' || Array.isArray(item)) {
    return { dropped: 'malformed-item', message: `parse: ${source}: item is not an object` };
  }
  const it = item as Item;
  const full = htmlToParagraphs(str(it.content?.content) ?? '');
  const body = full || htmlToParagraphs(str(it.summary?.content) ?? '');
  const title = clean(str(it.title));
  const url = firstHref(it.canonical) ?? firstHref(it.alternate);
  if (!title && !body) {
    return { dropped: 'no-title-or-content', message: `parse: ${source}: item ${str(it.id) ?? url ?? '(no id)'}: no title or content` };
  }
  return {
    article: {
      id: entryId({ guid: str(it.id), url, title, body }),
      title, body, url,
      published: published(it.published),
      author: oneLine(str(it.author), false) || null,
      summaryOnly: summaryOnly(body, !!full),
      origin: {
        streamId: str(it.origin?.streamId),
        title: clean(str(it.origin?.title)) || null,
        htmlUrl: resolveUrl(str(it.origin?.htmlUrl)),
        feedUrl: resolveUrl(str(it.origin?.feedUrl)),
      },
    },
  };
}
