import { inArray, sql } from 'drizzle-orm';
import { dealRowLines } from '../export/deal-row-lines.js';
import type { Db } from './database.js';
import { lockKeys } from './lock-keys.js';
import { dealRowColumns, toDealRow } from './queries/deal-row-columns.js';
import { rowsOf } from './rows-of.js';
import { waitForWriters } from './wait-for-writers.js';
import { deals } from './schema.js';

/**
 * Writes the export lines of the deals marked stale (deal_export_stale, filled by triggers), the deals of `batch` marks a
 * transaction, until none is left; returns the number of lines written. One refresh runs at a time (a transaction-scoped
 * advisory lock). Each takes every mark of its deals, then waits for the transactions writing at that moment to end,
 * then reads the deals: so it writes each line from data at least as new as every change that marked it, and a
 * change its read cannot see began after the marks were taken — late enough to see every link those marks stood for, so
 * that its own trigger marks the deal again (a company renamed while a party naming it is added, say). Until then the
 * export reads a marked deal afresh. Safe to call from any process at any time.
 */
export async function refreshDealLines(db: Db, opts: { batch?: number; signal?: AbortSignal } = {}): Promise<number> {
  const batch = opts.batch ?? 1000;
  let written = 0;
  for (;;) {
    if (opts.signal?.aborted) return written;
    const taken = await db.transaction(async (tx) => {
      await lockKeys(tx, 'deal-lines', ['refresh']);
      // Every mark of the deals of the first `batch` marks: a deal is written once however many changes marked it.
      const marks = rowsOf<{ deal_id: number }>(await tx.execute(sql`delete from deal_export_stale
        where deal_id in (select deal_id from deal_export_stale order by id limit ${batch}) returning deal_id`));
      if (!marks.length) return 0;
      const ids = [...new Set(marks.map((m) => m.deal_id))];
      await waitForWriters(tx);
      const rows = (await tx.select(dealRowColumns).from(deals).where(inArray(deals.id, ids))).map(toDealRow);
      const lines = rows.map(dealRowLines);
      // A deal deleted since it was marked has no row, and its line went with it (foreign key); one being deleted right
      // now is waited for (the lock) and left out once gone.
      if (rows.length) {
        await tx.execute(sql`insert into deal_export_lines (deal_id, csv, json)
          select * from unnest(${sql.param(rows.map((r) => r.deal_id))}::int[], ${sql.param(lines.map((l) => l.csv))}::text[], ${sql.param(lines.map((l) => l.json))}::text[]) as u(id, csv, json)
          where u.id in (select ${deals.id} from ${deals} where ${inArray(deals.id, rows.map((r) => r.deal_id))} for key share)
          on conflict (deal_id) do update set csv = excluded.csv, json = excluded.json`);
      }
      written += rows.length;
      return marks.length;
    });
    if (taken < batch) return written;
  }
}
