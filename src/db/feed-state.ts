import { eq } from 'drizzle-orm';
import type { Db } from './database.js';
import { feeds } from './schema.js';

export type FeedRow = typeof feeds.$inferSelect;

/** The fetch-state columns of a feed that a poll may change. */
export type FeedStatePatch = Partial<Pick<FeedRow,
  'title' | 'siteUrl' | 'format' | 'etag' | 'lastModified' | 'cursor' | 'lastFetchedAt' | 'lastSuccessAt' | 'lastError'
  | 'errorCount' | 'nextCheckAt' | 'lastItemCount' | 'lastDropped' | 'ttlMinutes'>>;

/** Writes a feed's fetch state (the only columns a poll writes on the feed row). */
export async function saveFeedState(db: Db, feedId: number, patch: FeedStatePatch): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.update(feeds).set(patch).where(eq(feeds.id, feedId));
}
