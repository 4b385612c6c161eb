import { inArray, sql } from 'drizzle-orm';
import { dealRowLines } from '../export/deal-row-lines.js';
import type { Db } from './database.js';
import { lockKeys } from './lock-keys.js';
import { dealRowColumns, toDealRow } from './queries/deal-row-columns.js';
import { rowsOf } from './rows-of.js';
import { sqlState } from './sql-state.js';
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
    const step = await retryOnDeletedDeal(() => db.transaction(async (tx) => {
      await lockKeys(tx, 'deal-lines', ['refresh']);
      // Every mark of the deals of the first `batch` marks: a deal is written once however many changes marked it.
      const marks = rowsOf<{ deal_id: number }>(await tx.execute(sql`delete from deal_export_stale
        where deal_id in (select deal_id from deal_export_stale order by id limit ${batch}) returning deal_id`));
      if (!marks.length) return { taken: 0, wrote: 0 };
      const ids = [...new Set(marks.map((m) => m.deal_id))];
      await waitForWriters(tx);
      const rows = (await tx.select(dealRowColumns).from(deals).where(inArray(deals.id, ids))).map(toDealRow);
      const lines = rows.map(dealRowLines);
      // A deal deleted since it was marked has no row, and its line went with it (foreign key). One deleted by a
      // transaction that commits while this one writes fails the foreign key: the transaction is tried again below.
      if (rows.length) {
        await tx.execute(sql`insert into deal_export_lines (deal_id, csv, json)
          select * from unnest(${sql.param(rows.map((r) => r.deal_id))}::int[], ${sql.param(lines.map((l) => l.csv))}::text[], ${sql.param(lines.map((l) => l.json))}::text[])
          on conflict (deal_id) do update set csv = excluded.csv, json = excluded.json`);
      }
      return { taken: marks.length, wrote: rows.length };
    }));
    written += step.wrote;
    if (step.taken < batch) return written;
  }
}

/** Postgres' SQLSTATE for a foreign key violation. */
const FOREIGN_KEY_VIOLATION = '23503';

/** Runs `step` again (up to 3 times) when a deal it writes a line for was deleted meanwhile; its marks were rolled back. */
async function retryOnDeletedDeal<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (sqlState(err) !== FOREIGN_KEY_VIOLATION || attempt >= 3) throw err;
    }
  }
}
