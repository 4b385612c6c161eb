import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { curationLog as log } from '../schema.js';

export type CurationLogEntry = typeof log.$inferSelect;

/** The curation log, newest first, optionally for one kind of target or one target. */
export async function curationLog(
  db: Db, q: { targetType?: 'company' | 'deal' | undefined; targetId?: number | undefined; limit: number },
): Promise<CurationLogEntry[]> {
  return db.select().from(log)
    .where(and(q.targetType ? eq(log.targetType, q.targetType) : undefined, q.targetId !== undefined ? eq(log.targetId, q.targetId) : undefined))
    .orderBy(desc(log.createdAt), desc(log.id)).limit(q.limit);
}
