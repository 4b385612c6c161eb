import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';
import { deals } from '../schema.js';
import { dealConditions } from './deal-conditions.js';
import type { DealFilters } from './deal-filters.js';
import { dealRowColumns, toDealRow, type DealRow, type PageRow } from './deal-row-columns.js';
import { qualified as q } from './qualified.js';

export type { DealRow };

const amountKey = sql`coalesce(${q(deals.amountUsd)}, -1)`;

/**
 * Every deal matching the filters as flat rows, in search order, `pageSize` at a time: each page is one statement
 * (parties and sources aggregated in the database) that starts from the previous page's last key through the sort's index,
 * so a page late in the export costs what the first one does and memory holds one page. The export reads deals this way
 * on PGlite; on a Postgres server it streams dealLinesQuery instead (src/export/export-deals.ts), which writes the same bytes.
 */
export async function* iterateDealRows(db: Db, filters: DealFilters, pageSize = 2000): AsyncGenerator<DealRow[]> {
  const where = await dealConditions(db, filters);
  if (where === 'none') return;
  const byAmount = filters.sort === 'amount';
  let after: { key: string | number | null; id: number } | null = null;
  // By date, deals without one come first (as in search), paged by id; then the dated ones by (day, id).
  let phase: 'amount' | 'undated' | 'dated' = byAmount ? 'amount' : 'undated';
  for (;;) {
    const cursor: SQL | null = phase === 'amount'
      ? after && sql`(${amountKey}, ${q(deals.id)}) < (${after.key}::float8, ${after.id})`
      : phase === 'undated'
        ? sql`${q(deals.announcedOn)} is null${after ? sql` and ${q(deals.id)} < ${after.id}` : sql``}`
        : after ? sql`(${q(deals.announcedOn)}, ${q(deals.id)}) < (${after.key}::date, ${after.id})` : sql`${q(deals.announcedOn)} is not null`;
    const rows: (PageRow & { amount: number })[] = await db.select({
      ...dealRowColumns, amount: sql<number>`${amountKey}::float8`.mapWith(Number),
    }).from(deals).where(and(where, cursor ?? undefined))
      .orderBy(...(byAmount ? [desc(amountKey), desc(deals.id)] : [desc(deals.announcedOn), desc(deals.id)]))
      .limit(pageSize);
    if (rows.length) yield rows.map(toDealRow);
    if (rows.length < pageSize) {
      if (phase !== 'undated') return;
      phase = 'dated';
      after = null;
      continue;
    }
    const last: PageRow & { amount: number } = rows[rows.length - 1]!;
    after = { key: phase === 'amount' ? last.amount : last.day, id: last.id };
  }
}
