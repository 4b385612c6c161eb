import { oneLine } from './one-line.js';
import { parseDate } from './parse-date.js';
import type { RawItem, ReadFeed } from './raw-item.js';
import { resolveUrl } from './resolve-url.js';
import { textConstruct } from './text-construct.js';
import { ttlMinutes } from './ttl-minutes.js';

interface Text { value?: string; type?: string }
interface Link { href?: string; rel?: string; type?: string }
interface Entry {
  id?: string; title?: Text; content?: Text; summary?: Text; published?: string; updated?: string;
  links?: Link[]; authors?: { name?: string; email?: string }[]; xml?: { base?: string };
  dc?: { creators?: string[] };
}
interface Feed {
  title?: Text; links?: Link[]; entries?: Entry[]; xml?: { base?: string };
  sy?: { updatePeriod?: string; updateFrequency?: number };
}

/** The page link: rel="alternate" (or no rel), HTML first. */
function alternate(links: Link[] | undefined): string | undefined {
  const alts = (links ?? []).filter((l) => l.href && (!l.rel || l.rel === 'alternate'));
  return (alts.find((l) => !l.type || /html/i.test(l.type)) ?? alts[0])?.href;
}

function entry(e: Entry, feedBase: string | null | undefined, baseUrl: string | null): RawItem {
  const full = textConstruct(e.content?.value, e.content?.type);
  const authors = (e.authors ?? []).map((a) => oneLine(a.name ?? a.email, false)).filter(Boolean);
  return {
    guid: e.id?.trim() || null,
    title: oneLine(textConstruct(e.title?.value, e.title?.type), false),
    body: full || textConstruct(e.summary?.value, e.summary?.type),
    hasFullContent: !!full,
    url: resolveUrl(alternate(e.links), e.xml?.base, feedBase, baseUrl),
    published: parseDate(e.published) ?? parseDate(e.updated),
    author: authors.join(', ') || oneLine(e.dc?.creators?.[0], false) || null,
  };
}

/** Atom 1.0 as feedsmith parsed it: the feed's fields and its entries, links resolved against xml:base. */
export function fromAtom(parsed: unknown, baseUrl: string | null): ReadFeed {
  const feed = parsed as Feed;
  const feedBase = resolveUrl(feed.xml?.base, baseUrl) ?? feed.xml?.base;
  return {
    meta: {
      title: oneLine(textConstruct(feed.title?.value, feed.title?.type), false) || null,
      siteUrl: resolveUrl(alternate(feed.links), feedBase, baseUrl),
      ttlMinutes: ttlMinutes(undefined, feed.sy),
    },
    items: (feed.entries ?? []).map((e) => () => entry(e, feedBase, baseUrl)),
  };
}
