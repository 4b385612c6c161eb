import type { Db } from '../db/database.js';
import { listFeeds } from '../db/queries/list-feeds.js';
import { writeOpml } from '../ingest/parse/write-opml.js';

/** `feeds export`: the URL feeds as OPML 2.0, tags as folders (what `feeds import` reads back). */
export async function exportOpml(db: Db): Promise<{ opml: string; count: number }> {
  const feeds = (await listFeeds(db)).filter((f) => f.kind === 'url');
  const opml = writeOpml('news-intel feeds', feeds.map((f) => ({ url: f.source, title: f.title, siteUrl: f.siteUrl, tags: f.tags })));
  return { opml, count: feeds.length };
}
