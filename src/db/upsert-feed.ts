import type { Db } from './database.js';
import { feeds } from './schema.js';

/** The feed row for a source (path or URL), created on first sight; records the fetch. */
export async function upsertFeed(db: Db, f: { source: string; format: string; title: string | null; siteUrl: string | null }): Promise<number> {
  const now = new Date();
  const [row] = await db.insert(feeds)
    .values({ ...f, lastFetchedAt: now })
    .onConflictDoUpdate({ target: feeds.source, set: { format: f.format, title: f.title, siteUrl: f.siteUrl, lastFetchedAt: now, lastError: null } })
    .returning({ id: feeds.id });
  return row!.id;
}
