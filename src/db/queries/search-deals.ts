import { and, desc, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { deals } from '../schema.js';
import { dealConditions } from './deal-conditions.js';
import { encodeDealCursor, type DealCursor } from './deal-cursor.js';
import type { DealFilters } from './deal-filters.js';
import { loadDeals, type DealView } from './load-deals.js';

const amountKey = sql<number>`coalesce(${deals.amountUsd}, -1)`;

/** Deals matching the filters, newest (or largest) first, a page at a time; with `withTotal`, how many match in all. */
export async function searchDeals(db: Db, f: DealFilters, page: { limit: number; cursor?: DealCursor | null; withTotal?: boolean }):
  Promise<{ items: DealView[]; nextCursor: string | null; total: number | null }> {
  const where = await dealConditions(db, f);
  if (where === 'none') return { items: [], nextCursor: null, total: 0 };
  const c = page.cursor;
  const byAmount = f.sort === 'amount';
  const after = !c ? undefined : byAmount
    ? sql`(${amountKey}, ${deals.id}) < (${c.key}::float8, ${c.id})`
    : sql`(${deals.announcedOn}, ${deals.id}) < (${c.key}::date, ${c.id})`;
  // Counting every match costs a scan: only when asked (the first page of a search), never while exporting.
  const total = page.withTotal
    ? ((await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(deals).where(where))[0]?.n ?? 0) : null;
  const rows = await db.select({ id: deals.id, day: deals.announcedOn, amount: amountKey.mapWith(Number) }).from(deals)
    .where(and(where, after))
    .orderBy(...(byAmount ? [desc(amountKey), desc(deals.id)] : [desc(deals.announcedOn), desc(deals.id)]))
    .limit(page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  const items = await loadDeals(db, pageRows.map((r) => r.id));
  const nextCursor = rows.length > page.limit && last
    ? encodeDealCursor(byAmount ? { sort: 'amount', key: last.amount, id: last.id } : { sort: 'date', key: last.day ?? '1970-01-01', id: last.id })
    : null;
  return { items, nextCursor, total };
}
