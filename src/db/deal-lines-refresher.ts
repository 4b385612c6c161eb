import type { Db } from './database.js';
import { refreshDealLines } from './refresh-deal-lines.js';
import { sqlState } from './sql-state.js';

/** How often a long-running process writes the export lines of deals changed since (src/db/refresh-deal-lines.ts). */
export const DEAL_LINES_EVERY_MS = 5_000;

/** Postgres' SQLSTATE for a write in a read-only transaction: a hot standby (read replica). */
const READ_ONLY = '25006';

/**
 * Refreshes the deals' export lines every `everyMs` in the background (a tick is skipped while the last one runs), for
 * processes that write through many paths (serve's curation and ingest requests, run's polls, worker's jobs). A failed
 * refresh is reported and retried at the next tick: until then the export reads those deals afresh, nothing is lost.
 * On a read replica it stops after the first attempt (reported once): the primary's processes write the lines, and
 * replication brings them. `stop` ends the timer and waits for a refresh in progress.
 */
export function startDealLinesRefresher(db: Db, onError: (err: Error) => void, everyMs = DEAL_LINES_EVERY_MS): { stop: () => Promise<void> } {
  let running: Promise<void> | null = null;
  const stopping = new AbortController();
  const timer = setInterval(() => {
    if (running) return;
    running = refreshDealLines(db, { signal: stopping.signal })
      .then(() => undefined, (err: unknown) => {
        if (stopping.signal.aborted) return;
        const readOnly = sqlState(err) === READ_ONLY;
        if (readOnly) clearInterval(timer);
        onError(readOnly ? new Error(`the database is read-only (a replica?): the export lines are left to the primary's processes (${(err as Error).message})`, { cause: err }) : err as Error);
      })
      .finally(() => { running = null; });
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
