import { and, eq, inArray, or } from 'drizzle-orm';
import { canonicalUrl } from '../ingest/canonical-url.js';
import type { Db } from './database.js';
import { articles } from './schema.js';

/**
 * Which of a feed's items are already stored: as this feed's entry, or as the same page (canonical URL) from
 * another source. Returns the entry keys of the items that are known.
 */
export async function feedKnownEntries(db: Db, feedId: number, items: { id: string; url?: string | null }[]): Promise<Set<string>> {
  if (!items.length) return new Set();
  const canonicals = new Map<string, string>();
  for (const it of items) {
    const c = canonicalUrl(it.url);
    if (c) canonicals.set(c, it.id);
  }
  const rows = await db.select({ feedId: articles.feedId, entryKey: articles.entryKey, canonicalUrl: articles.canonicalUrl })
    .from(articles)
    .where(or(
      and(eq(articles.feedId, feedId), inArray(articles.entryKey, items.map((i) => i.id))),
      canonicals.size ? inArray(articles.canonicalUrl, [...canonicals.keys()]) : undefined,
    ));
  const known = new Set<string>();
  for (const r of rows) {
    if (r.feedId === feedId) known.add(r.entryKey);
    const viaUrl = r.canonicalUrl ? canonicals.get(r.canonicalUrl) : undefined;
    if (viaUrl) known.add(viaUrl);
  }
  return known;
}
