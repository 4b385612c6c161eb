import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

/** Each kind of key locks in its own space, so a company name and a deal identity never wait on each other by chance. */
const SPACES = { 'company-name': 1, 'deal-identity': 2, 'deal-lines': 3 } as const;

/**
 * Takes transaction-scoped advisory locks on `keys` (released at commit or rollback), in one statement and in a fixed
 * order, so that two transactions locking overlapping sets take turns and never deadlock on each other.
 */
export async function lockKeys(db: Db, space: keyof typeof SPACES, keys: string[]): Promise<void> {
  if (!keys.length) return;
  await db.execute(sql`select count(pg_advisory_xact_lock(${SPACES[space]}::int, h)) from
    (select distinct hashtext(k) as h from unnest(${sql.param(keys)}::text[]) as k order by h) as ordered`);
}
