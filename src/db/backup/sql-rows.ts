import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../database.js';

/** Runs a statement and returns its rows, the same over PGlite and pg. */
export async function sqlRows<T = Record<string, unknown>>(db: Db, query: SQL | string): Promise<T[]> {
  const res = await db.execute(typeof query === 'string' ? sql.raw(query) : query);
  return ((res as unknown as { rows?: T[] }).rows ?? []);
}
