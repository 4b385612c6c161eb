import { countDrop } from './count-drop.js';
import { parseXmlWithFeedsmith } from './parse-xml-with-feedsmith.js';
import type { FeedMeta, ReadFeed } from './raw-item.js';
import type { XmlFeedFormat } from './xml-feed-format.js';

const NO_META: FeedMeta = { title: null, siteUrl: null, ttlMinutes: null };

function tryRead(xml: string, format: XmlFeedFormat, baseUrl: string | null): ReadFeed | null {
  try {
    return parseXmlWithFeedsmith(xml, format, baseUrl);
  } catch {
    return null;
  }
}

/** Start offsets of `<tag` outside CDATA sections and comments (where `<item>` may appear as text). */
function tagStarts(xml: string, tag: string): number[] {
  const starts: number[] = [];
  const re = new RegExp(`<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>|$)|<!--[\\s\\S]*?(?:-->|$)|<(?:[\\w.-]+:)?${tag}[\\s>/]`, 'gi');
  for (const m of xml.matchAll(re)) if (!m[0].startsWith('<!')) starts.push(m.index);
  return starts;
}

/** One item's text, cut after its last closing tag, or closed when it never was. */
function closeItem(chunk: string, tag: string): string {
  const closes = [...chunk.matchAll(new RegExp(`</(?:[\\w.-]+:)?${tag}\\s*>`, 'gi'))];
  const last = closes.at(-1);
  return last ? chunk.slice(0, last.index + last[0].length) : `${chunk}</${tag}>`;
}

/**
 * For a feed that is not well-formed: reads the header and each item on its own, so one broken item costs only
 * itself ('malformed-item'). Null when no item could be read.
 */
export function salvageXmlFeed(
  xml: string, format: XmlFeedFormat, baseUrl: string | null,
): (ReadFeed & { dropped: Record<string, number> }) | null {
  const rootOpen = /<([A-Za-z_][\w.:-]*)[^>]*>/.exec(xml.slice(xml.search(/<[A-Za-z_]/)));
  const rootName = rootOpen?.[1];
  if (!rootOpen || !rootName) return null;
  const tag = format === 'atom' ? 'entry' : 'item';
  const starts = tagStarts(xml, tag);
  if (!starts.length) return null;
  const channelOpen = format === 'rss' ? (/<channel\b[^>]*>/i.exec(xml)?.[0] ?? '<channel>') : '';
  const open = rootOpen[0] + channelOpen;
  const close = (format === 'rss' ? '</channel>' : '') + `</${rootName}>`;
  const headerStart = xml.indexOf(rootOpen[0]) + rootOpen[0].length;
  const header = tryRead(rootOpen[0] + xml.slice(headerStart, starts[0]) + close, format, baseUrl);
  const end = xml.slice(starts.at(-1)).search(new RegExp(`</(?:[\\w.-]+:)?(channel|${rootName.split(':').pop()})\\s*>`, 'i'));
  const dropped: Record<string, number> = {};
  const items: ReadFeed['items'] = [];
  starts.forEach((start, k) => {
    const stop = starts[k + 1] ?? (end === -1 ? xml.length : starts.at(-1)! + end);
    const read = tryRead(open + closeItem(xml.slice(start, stop), tag) + close, format, baseUrl);
    if (read?.items.length === 1) items.push(read.items[0]!);
    else countDrop(dropped, 'malformed-item');
  });
  return items.length ? { meta: header?.meta ?? NO_META, items, dropped } : null;
}
