import type { Db } from '../database.js';
import { migrationJournal, type Migration } from './migration-journal.js';
import { sqlRows } from './sql-rows.js';

/** Where a database stands: the last migration recorded in drizzle's table (null when none has run). */
export interface MigrationLevel {
  tag: string | null;
  when: number;
  hash: string;
}

/** Reads the last applied migration the way drizzle's migrator does (latest created_at), naming it from the journal. */
export async function migrationState(db: Db, journal: Migration[] = migrationJournal()): Promise<MigrationLevel | null> {
  const [exists] = await sqlRows<{ t: string | null }>(db, `select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!exists?.t) return null;
  const [last] = await sqlRows<{ hash: string; created_at: string | number }>(db,
    'select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by created_at desc limit 1');
  if (!last) return null;
  const when = Number(last.created_at);
  return { tag: journal.find((m) => m.when === when)?.tag ?? null, when, hash: last.hash };
}
