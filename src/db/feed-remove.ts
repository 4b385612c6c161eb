import { eq, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import type { FeedRow } from './feed-state.js';
import { articles, feeds } from './schema.js';

/**
 * Removes a feed; its articles (and the deals they source) stay, no longer tied to a feed. Their entry keys gain
 * the feed's id first, so that entries of two removed feeds never collide (an entry key is unique per feed,
 * and all feedless articles count as one feed).
 */
export async function removeFeed(db: Db, feedId: number): Promise<FeedRow | null> {
  return db.transaction(async (tx) => {
    await tx.update(articles)
      .set({ entryKey: sql`${`removed-feed-${feedId}:`} || ${articles.entryKey}` })
      .where(eq(articles.feedId, feedId));
    const [row] = await tx.delete(feeds).where(eq(feeds.id, feedId)).returning();
    return row ?? null;
  });
}
