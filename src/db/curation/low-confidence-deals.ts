import { and, asc, isNull, lte } from 'drizzle-orm';
import type { Db } from '../database.js';
import { loadDeals, type DealView } from '../queries/load-deals.js';
import { deals } from '../schema.js';

/** Deals not yet reviewed whose confidence is at most `maxConfidence`, least confident first, with parties and sources. */
export async function lowConfidenceDeals(db: Db, maxConfidence: number, limit: number): Promise<DealView[]> {
  const rows = await db.select({ id: deals.id }).from(deals)
    .where(and(isNull(deals.review), lte(deals.confidence, maxConfidence)))
    .orderBy(asc(deals.confidence), asc(deals.id)).limit(limit);
  return loadDeals(db, rows.map((r) => r.id));
}
