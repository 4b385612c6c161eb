import { and, desc, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { dealParties, deals } from '../schema.js';
import { companyIdsFor } from './company-ids-for.js';
import type { DealFilters } from './deal-filters.js';
import { loadDeals, type DealView } from './load-deals.js';

export interface Cursor { day: string; id: number }

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.day, c.id])).toString('base64url');
}

/** Returns null for a cursor that this server did not make. */
export function decodeCursor(s: string): Cursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0]) && Number.isSafeInteger(v[1])) {
      return { day: v[0], id: v[1] as number };
    }
  } catch { /* fall through */ }
  return null;
}

async function whereFor(db: Db, f: DealFilters): Promise<SQL | undefined | 'none'> {
  const conds: (SQL | undefined)[] = [];
  if (f.type?.length) conds.push(inArray(deals.type, f.type));
  if (f.round) conds.push(sql`lower(${deals.round}) = lower(${f.round})`);
  if (f.min_usd !== undefined) conds.push(gte(deals.amountUsd, f.min_usd));
  if (f.max_usd !== undefined) conds.push(lte(deals.amountUsd, f.max_usd));
  if (f.from) conds.push(gte(deals.announcedOn, f.from));
  if (f.to) conds.push(lte(deals.announcedOn, f.to));
  if (f.company) {
    const ids = await companyIdsFor(db, f.company);
    if (!ids.length) return 'none';
    conds.push(or(inArray(deals.subjectId, ids),
      sql`exists (select 1 from ${dealParties} where ${dealParties.dealId} = ${deals.id} and ${inArray(dealParties.companyId, ids)})`));
  }
  return and(...conds);
}

/** Deals matching the filters, newest first, a page at a time. */
export async function searchDeals(db: Db, f: DealFilters, page: { limit: number; cursor?: Cursor | null }):
  Promise<{ items: DealView[]; nextCursor: string | null }> {
  const where = await whereFor(db, f);
  if (where === 'none') return { items: [], nextCursor: null };
  const after = page.cursor
    ? sql`(${deals.announcedOn}, ${deals.id}) < (${page.cursor.day}::date, ${page.cursor.id})`
    : undefined;
  const rows = await db.select({ id: deals.id, day: deals.announcedOn }).from(deals)
    .where(and(where, after)).orderBy(desc(deals.announcedOn), desc(deals.id)).limit(page.limit + 1);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows[pageRows.length - 1];
  const items = await loadDeals(db, pageRows.map((r) => r.id));
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor({ day: last.day!, id: last.id }) : null };
}

