import { XMLParser } from 'fast-xml-parser';
import type { ArticleInput } from '../extract/types.js';
import { htmlToText } from './html-to-text.js';
import { entryKey } from './parse-page-text.js';

export interface ParsedFeed {
  title: string | null;
  siteUrl: string | null;
  articles: ArticleInput[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

function text(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Node[];
  const alt = list.find((l) => l && typeof l === 'object' && (!l['@rel'] || l['@rel'] === 'alternate'));
  const href = alt?.['@href'];
  return typeof href === 'string' ? href : null;
}

function isoDate(s: string): string | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function finish(a: Omit<ArticleInput, 'id'> & { guid: string }): ArticleInput {
  const key = a.guid || a.url || `hash:${entryKey(a.title, a.body)}`;
  const { guid: _guid, ...rest } = a;
  return { ...rest, id: key };
}

/** RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0. DTDs are dropped before parsing: no entity is ever expanded. */
export function parseFeed(xml: string, source: string): ParsedFeed {
  const safe = xml.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '');
  let doc: Node;
  try {
    doc = parser.parse(safe, true) as Node;
  } catch (err) {
    throw new Error(`ingest: ${source}: not well-formed XML (${(err as Error).message})`, { cause: err });
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc.RDF as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss || rdf) {
    const channel = (rss ?? (rdf?.channel as Node | undefined) ?? {}) as Node;
    const items = ((rss ? rss.item : rdf?.item) ?? []) as Node[];
    return {
      title: text(channel.title) || null,
      siteUrl: text(channel.link) || null,
      articles: items.map((it) => {
        const link = text(it.link) || null;
        const html = text(it.encoded) || text(it.description);
        return finish({
          guid: text(it.guid) || text(it['@about']),
          title: htmlToText(text(it.title)),
          body: htmlToText(html),
          url: link,
          published: isoDate(text(it.pubDate) || text(it.date)),
          author: text(it.creator) || text(it.author) || null,
        });
      }),
    };
  }
  if (atom) {
    const entries = (atom.entry ?? []) as Node[];
    return {
      title: text(atom.title) || null,
      siteUrl: atomLink(atom.link),
      articles: entries.map((e) => finish({
        guid: text(e.id),
        title: htmlToText(text(e.title)),
        body: htmlToText(text(e.content) || text(e.summary)),
        url: atomLink(e.link),
        published: isoDate(text(e.published) || text(e.updated)),
        author: text((e.author as Node | undefined)?.name) || null,
      })),
    };
  }
  throw new Error(`ingest: ${source}: XML is neither RSS nor Atom (root element not <rss>, <rdf:RDF> or <feed>)`);
}
