import { asc, count, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../database.js';
import type { FeedRow } from '../feed-state.js';
import { articles, feeds } from '../schema.js';

export type FeedListing = FeedRow & { articles: number };

/** Every feed with its fetch state and how many articles it has stored, in id order. */
export async function listFeeds(db: Db): Promise<FeedListing[]> {
  return db.select({ ...getTableColumns(feeds), articles: count(articles.id) })
    .from(feeds)
    .leftJoin(articles, eq(articles.feedId, feeds.id))
    .groupBy(feeds.id)
    .orderBy(asc(feeds.id));
}
