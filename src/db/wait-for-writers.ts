import { sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { rowsOf } from './rows-of.js';

/**
 * Waits, inside transaction `tx`, until every other transaction that was writing when it was called has ended
 * (committed or rolled back), so that the next statement's snapshot sees whatever they committed. Polls every `pollMs`;
 * throws after `timeoutMs` naming the transactions still open. Read-only transactions are never waited for.
 */
export async function waitForWriters(tx: Db, opts: { pollMs?: number; timeoutMs?: number } = {}): Promise<void> {
  const pollMs = opts.pollMs ?? 20;
  const timeoutMs = opts.timeoutMs ?? 60_000;
  // A transaction holds the lock on its own id from its first write to its end (prepared ones too, with no backend).
  const writers = (only?: string[]) => tx.execute(sql`select transactionid::text as x from pg_locks
    where locktype = 'transactionid' and mode = 'ExclusiveLock' and granted and pid is distinct from pg_backend_pid()
    ${only ? sql`and transactionid::text = any(${sql.param(only)}::text[])` : sql``}`);
  let xids = rowsOf<{ x: string }>(await writers()).map((r) => r.x);
  const deadline = Date.now() + timeoutMs;
  while (xids.length) {
    xids = rowsOf<{ x: string }>(await writers(xids)).map((r) => r.x);
    if (!xids.length) return;
    if (Date.now() > deadline) throw new Error(`db: transactions ${xids.slice(0, 5).join(', ')} have been writing for over ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
