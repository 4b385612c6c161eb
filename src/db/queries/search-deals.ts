import { and, desc, sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import { deals } from '../schema.js';
import { dealConditions } from './deal-conditions.js';
import { encodeDealCursor, type DealCursor } from './deal-cursor.js';
import type { DealFilters } from './deal-filters.js';
import { loadDeals, type DealView } from './load-deals.js';

const amountKey = sql<number>`coalesce(${deals.amountUsd}, -1)`;

/**
 * A search's `total` counts matches exactly up to this many; past it the count stops, `total` is this figure and
 * `totalCapped` is true ("10,000+"). An exact count past it would read every match: on a million-article database,
 * a broad search's first page would cost a scan of `deals` for a figure nobody pages through.
 */
export const DEAL_TOTAL_CAP = 10_000;

export interface DealPage {
  items: DealView[];
  nextCursor: string | null;
  /** How many deals match, counted up to DEAL_TOTAL_CAP; null when not asked for (pages after the first). */
  total: number | null;
  /** True when more than `total` deals match (the count stopped at DEAL_TOTAL_CAP): `total` is then a lower bound. */
  totalCapped: boolean | null;
}

/** Deals matching the filters, newest (or largest) first, a page at a time; with `withTotal`, how many match (up to a cap). */
export async function searchDeals(db: Db, f: DealFilters, page: { limit: number; cursor?: DealCursor | null; withTotal?: boolean; totalCap?: number }):
  Promise<DealPage> {
  const where = await dealConditions(db, f);
  if (where === 'none') return { items: [], nextCursor: null, total: page.withTotal ? 0 : null, totalCapped: page.withTotal ? false : null };
  const cap = page.totalCap ?? DEAL_TOTAL_CAP;
  const c = page.cursor;
  const byAmount = f.sort === 'amount';
  const after = !c ? undefined : byAmount
    ? sql`(${amountKey}, ${deals.id}) < (${c.key}::float8, ${c.id})`
    : sql`(${deals.announcedOn}, ${deals.id}) < (${c.key}::date, ${c.id})`;
  // Counting costs a read of every match, so only when asked (the first page of a search), and only up to the cap:
  // `limit cap + 1` lets the database stop early and still tell "exactly cap" from "more than cap". It runs beside
  // the page's own statements.
  const counting = page.withTotal
    ? db.select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(db.select({ one: sql<number>`1`.as('one') }).from(deals).where(where).limit(cap + 1).as('matches')).then((r) => r[0]?.n ?? 0)
    : null;
  const paging = db.select({ id: deals.id, day: deals.announcedOn, amount: amountKey.mapWith(Number) }).from(deals)
    .where(and(where, after))
    .orderBy(...(byAmount ? [desc(amountKey), desc(deals.id)] : [desc(deals.announcedOn), desc(deals.id)]))
    .limit(page.limit + 1)
    .then(async (rows) => ({ rows, items: await loadDeals(db, rows.slice(0, page.limit).map((r) => r.id)) }));
  const [n, { rows, items }] = await Promise.all([counting, paging]);
  const last = rows[Math.min(rows.length, page.limit) - 1];
  const nextCursor = rows.length > page.limit && last
    ? encodeDealCursor(byAmount ? { sort: 'amount', key: last.amount, id: last.id } : { sort: 'date', key: last.day ?? '1970-01-01', id: last.id })
    : null;
  return { items, nextCursor, total: n === null ? null : Math.min(n, cap), totalCapped: n === null ? null : n > cap };
}
