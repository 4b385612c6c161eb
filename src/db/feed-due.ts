import { and, asc, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import type { FeedRow } from './feed-state.js';
import { feeds } from './schema.js';

/** Feeds that poll (URL and FreshRSS) whose next check is due, never-checked first, then the most overdue. */
export async function dueFeeds(db: Db, now: Date, opts: { exclude?: number[]; limit?: number } = {}): Promise<FeedRow[]> {
  const exclude = opts.exclude ?? [];
  return db.select().from(feeds)
    .where(and(
      inArray(feeds.kind, ['url', 'freshrss']),
      or(isNull(feeds.nextCheckAt), lte(feeds.nextCheckAt, now)),
      exclude.length ? notInArray(feeds.id, exclude) : undefined,
    ))
    .orderBy(sql`${feeds.nextCheckAt} asc nulls first`, asc(feeds.id))
    .limit(opts.limit ?? 1000);
}
