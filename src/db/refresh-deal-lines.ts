import { inArray, sql } from 'drizzle-orm';
import { dealRowLines } from '../export/deal-row-lines.js';
import type { Db } from './database.js';
import { lockKeys } from './lock-keys.js';
import { dealRowColumns, toDealRow } from './queries/deal-row-columns.js';
import { rowsOf } from './rows-of.js';
import { deals } from './schema.js';

/**
 * Writes the export lines of the deals marked stale (deal_export_stale, filled by triggers), `batch` marks a transaction,
 * until none is left; returns the number of deals written. One refresh runs at a time (a transaction-scoped advisory
 * lock): each takes the marks it sees, then reads the deals in later statements, so it writes them at least as new as
 * the changes that marked them; a change committed meanwhile leaves a mark of its own for the next refresh, and until
 * then the export reads that deal afresh. Safe to call from any process at any time.
 */
export async function refreshDealLines(db: Db, opts: { batch?: number; signal?: AbortSignal } = {}): Promise<number> {
  const batch = opts.batch ?? 1000;
  let written = 0;
  for (;;) {
    if (opts.signal?.aborted) return written;
    const taken = await db.transaction(async (tx) => {
      await lockKeys(tx, 'deal-lines', ['refresh']);
      const marks = rowsOf<{ deal_id: number }>(await tx.execute(sql`delete from deal_export_stale
        where id in (select id from deal_export_stale order by id limit ${batch}) returning deal_id`));
      if (!marks.length) return 0;
      const ids = [...new Set(marks.map((m) => m.deal_id))];
      const rows = (await tx.select(dealRowColumns).from(deals).where(inArray(deals.id, ids))).map(toDealRow);
      const lines = rows.map(dealRowLines);
      // A deal deleted since it was marked has no row: its line went with it (foreign key).
      if (rows.length) {
        await tx.execute(sql`insert into deal_export_lines (deal_id, csv, json)
          select * from unnest(${sql.param(rows.map((r) => r.deal_id))}::int[], ${sql.param(lines.map((l) => l.csv))}::text[], ${sql.param(lines.map((l) => l.json))}::text[])
          on conflict (deal_id) do update set csv = excluded.csv, json = excluded.json`);
      }
      written += rows.length;
      return marks.length;
    });
    if (taken < batch) return written;
  }
}
