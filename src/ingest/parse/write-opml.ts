import { escapeXml } from './escape-xml.js';
import type { OpmlFeed } from './parse-opml.js';

interface Folder { tag: string; feeds: OpmlFeed[] }
type Entry = OpmlFeed | Folder;

function feedLine(f: OpmlFeed, indent: string): string {
  const title = f.title ? ` title="${escapeXml(f.title)}"` : '';
  const site = f.siteUrl ? ` htmlUrl="${escapeXml(f.siteUrl)}"` : '';
  return `${indent}<outline type="rss" text="${escapeXml(f.title ?? f.url)}"${title} xmlUrl="${escapeXml(f.url)}"${site}/>`;
}

function add(entries: Entry[], tag: string | undefined, feed: OpmlFeed): void {
  const last = entries.at(-1);
  if (tag === undefined) entries.push(feed);
  else if (last && 'tag' in last && last.tag === tag) last.feeds.push(feed);
  else entries.push({ tag, feeds: [feed] });
}

/**
 * OPML 2.0 for a subscription list. A feed sits in the folder of its first tag, in list order; its other tags
 * follow as folders holding it again, so `parseOpml` gives back the same feeds, order and tags.
 */
export function writeOpml(title: string | null, feeds: OpmlFeed[]): string {
  const entries: Entry[] = [];
  for (const f of feeds) add(entries, f.tags.filter(Boolean)[0], f);
  for (const f of feeds) for (const tag of f.tags.filter(Boolean).slice(1)) add(entries, tag, f);
  const body = entries.map((e) => ('tag' in e
    ? [`    <outline text="${escapeXml(e.tag)}">`, ...e.feeds.map((f) => feedLine(f, '      ')), '    </outline>'].join('\n')
    : feedLine(e, '    ')));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head>\n    <title>${escapeXml(title ?? '')}</title>\n  </head>`,
    '  <body>',
    ...body,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
