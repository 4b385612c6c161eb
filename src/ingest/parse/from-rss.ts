import { htmlToParagraphs } from './html-to-paragraphs.js';
import { oneLine } from './one-line.js';
import { parseDate } from './parse-date.js';
import type { RawItem, ReadFeed } from './raw-item.js';
import { resolveUrl } from './resolve-url.js';
import { ttlMinutes } from './ttl-minutes.js';

interface RssItem {
  title?: string; link?: string; description?: string; pubDate?: string;
  guid?: { value?: string; isPermaLink?: boolean };
  authors?: { name?: string; email?: string }[];
  content?: { encoded?: string };
  dc?: { creators?: string[]; dates?: string[] };
  rdf?: { about?: string };
  atom?: { links?: { href?: string; rel?: string }[] };
  xml?: { base?: string };
}
interface RssChannel {
  title?: string; link?: string; ttl?: number; items?: RssItem[];
  sy?: { updatePeriod?: string; updateFrequency?: number };
  dc?: { creators?: string[] };
  xml?: { base?: string };
}

function itemLink(it: RssItem, bases: (string | null | undefined)[]): string | null {
  const guid = it.guid?.value;
  const permalink = it.guid?.isPermaLink !== false && guid && /^https?:\/\//i.test(guid) ? guid : null;
  const atomAlt = it.atom?.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  return resolveUrl(it.link, ...bases) ?? resolveUrl(atomAlt, ...bases) ?? resolveUrl(permalink, ...bases) ?? resolveUrl(it.rdf?.about, ...bases);
}

function item(it: RssItem, feedBase: string | null | undefined, baseUrl: string | null): RawItem {
  const bases = [it.xml?.base, feedBase, baseUrl];
  const full = htmlToParagraphs(it.content?.encoded ?? '');
  const person = it.authors?.[0];
  return {
    guid: it.guid?.value?.trim() || it.rdf?.about?.trim() || null,
    title: oneLine(it.title),
    body: full || htmlToParagraphs(it.description ?? ''),
    hasFullContent: !!full,
    url: itemLink(it, bases),
    published: parseDate(it.pubDate ?? it.dc?.dates?.[0]),
    author: oneLine(it.dc?.creators?.[0] ?? person?.name ?? person?.email, false) || null,
  };
}

/** RSS 0.9x/2.0 and RSS 1.0 (RDF) as feedsmith parsed them: the channel's fields and its items. */
export function fromRss(parsed: unknown, baseUrl: string | null): ReadFeed {
  const channel = parsed as RssChannel;
  const feedBase = resolveUrl(channel.xml?.base, baseUrl) ?? channel.xml?.base;
  return {
    meta: {
      title: oneLine(channel.title) || null,
      siteUrl: resolveUrl(channel.link, feedBase, baseUrl),
      ttlMinutes: ttlMinutes(channel.ttl, channel.sy),
    },
    items: (channel.items ?? []).map((it) => () => item(it, feedBase, baseUrl)),
  };
}
