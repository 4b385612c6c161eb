import { sql } from 'drizzle-orm';
import type { Db } from '../database.js';
import type { Migration } from './migration-journal.js';
import { queryErrorMessage } from './query-error-message.js';

/**
 * Applies `migrations` in order on `db` (a transaction, usually) exactly as drizzle's migrator does: each statement as
 * split at its breakpoints, then a row (hash, journal time) in drizzle.__drizzle_migrations, so that drizzle's own
 * migrator later applies only what comes after.
 */
export async function applyMigrations(db: Db, migrations: Migration[]): Promise<void> {
  await db.execute(sql`create schema if not exists drizzle`);
  await db.execute(sql`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
  for (const m of migrations) {
    try {
      for (const statement of m.statements) await db.execute(sql.raw(statement));
    } catch (err) {
      throw new Error(`db: migration ${m.tag} failed: ${queryErrorMessage(err)}`, { cause: err });
    }
    await db.execute(sql`insert into drizzle.__drizzle_migrations ("hash", "created_at") values (${m.hash}, ${m.when})`);
  }
}
