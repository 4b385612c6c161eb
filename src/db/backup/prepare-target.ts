import type { Db } from '../database.js';
import { applyMigrations } from './apply-migrations.js';
import { describeTables } from './describe-tables.js';
import type { Migration } from './migration-journal.js';
import { migrationState } from './migration-state.js';
import { ident } from './quote-ident.js';
import { sqlRows } from './sql-rows.js';

/**
 * Makes the target of a restore an empty database at exactly the migration `upTo` (inside the restore's
 * transaction): refuses one holding data unless `force`; empties it, or rebuilds it from the migrations when it
 * stands at another migration.
 */
export async function prepareTarget(tx: Db, journal: Migration[], upTo: number, force: boolean, where: string): Promise<void> {
  const tables = await describeTables(tx);
  const counts: { name: string; rows: number }[] = [];
  for (const t of tables) counts.push({ name: t.name, rows: Number((await sqlRows<{ n: string }>(tx, `select count(*)::text as n from ${ident(t.name)}`))[0]!.n) });
  const held = counts.filter((c) => c.rows > 0);
  if (held.length && !force) {
    const what = held.slice(0, 3).map((c) => `${c.rows} rows in ${c.name}`).join(', ');
    throw new Error(`restore: the database at ${where} already holds data (${what}${held.length > 3 ? ', ...' : ''}); restore into an empty database, or pass --force to replace everything in it`);
  }
  const level = await migrationState(tx, journal);
  if (!level && tables.length && !force) {
    throw new Error(`restore: the database at ${where} has tables (${tables.map((t) => t.name).slice(0, 3).join(', ')}) but no news-intel migrations; use an empty database, or pass --force to replace its public schema`);
  }
  const wanted = journal[upTo]!;
  if (level?.when === wanted.when) {
    if (held.length) await sqlRows(tx, `truncate ${tables.map((t) => ident(t.name)).join(', ')} restart identity cascade`);
    return;
  }
  if (level || tables.length) {
    await sqlRows(tx, 'drop schema if exists drizzle cascade');
    await sqlRows(tx, 'drop schema public cascade');
    await sqlRows(tx, 'create schema public');
  }
  await applyMigrations(tx, journal.slice(0, upTo + 1));
}
