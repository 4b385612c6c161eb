import { and, inArray, min, notInArray } from 'drizzle-orm';
import type { Db } from './database.js';
import { feeds } from './schema.js';

/** The earliest next check among polled feeds other than `exclude` (null when none has one). */
export async function feedNextDue(db: Db, exclude: number[] = []): Promise<Date | null> {
  const [row] = await db.select({ at: min(feeds.nextCheckAt) }).from(feeds)
    .where(and(inArray(feeds.kind, ['url', 'freshrss']), exclude.length ? notInArray(feeds.id, exclude) : undefined));
  return row?.at ?? null;
}
