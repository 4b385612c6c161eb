import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Database, Db } from '../database.js';
import { backupFormat, backupVersion, type BackupHeader } from './backup-header.js';
import { DERIVED_TABLES } from './derived-tables.js';
import { describeTables, type TableInfo } from './describe-tables.js';
import { ident } from './quote-ident.js';
import { migrationState } from './migration-state.js';
import { sqlRows } from './sql-rows.js';

export interface BackupSummary {
  file: string;
  bytes: number;
  rows: number;
  tables: number;
  migration: string;
}

const batch = 500;

/**
 * Settings of a backup's or restore's transaction: every value's text form exact and the same on any server, and no
 * statement time limit (the pool's limit is for API queries; a restore's migrations may build indexes for minutes).
 */
export const sessionSettings = ['statement_timeout = 0', "timezone = 'UTC'", "datestyle = 'ISO, YMD'", "intervalstyle = 'postgres'", 'extra_float_digits = 1', "bytea_output = 'hex'"];

async function* tableRows(tx: Db, t: TableInfo): AsyncGenerator<(string | null)[][]> {
  const cols = t.columns.map((c, i) => `${ident(c.name)}::text as c${i}`).join(', ');
  const order = (t.primaryKey.length ? t.primaryKey : t.columns.map((c) => c.name)).map(ident).join(', ');
  await sqlRows(tx, `declare news_intel_backup no scroll cursor for select ${cols} from ${ident(t.name)} order by ${order}`);
  for (;;) {
    const rows = await sqlRows<Record<string, string | null>>(tx, `fetch forward ${batch} from news_intel_backup`);
    if (!rows.length) break;
    yield rows.map((r) => t.columns.map((_, i) => r[`c${i}`] ?? null));
  }
  await sqlRows(tx, 'close news_intel_backup');
}

/**
 * Writes a portable logical backup of `database` to `file`: one REPEATABLE READ snapshot (consistent while the
 * program keeps writing), streamed a batch of rows at a time through gzip, written to `file.partial` and renamed
 * when complete, so that a failed backup never leaves a file that looks whole.
 */
export async function writeBackup(database: Database, file: string, onTable?: (table: string, rows: number) => void | Promise<void>): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial)).catch((err: Error) => {
    throw new Error(`backup: cannot write ${file}: ${err.message}`, { cause: err });
  });
  written.catch(() => {});
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await Promise.race([once(gzip, 'drain'), written]);
  };
  try {
    const summary = await database.db.transaction(async (tx) => {
      for (const s of sessionSettings) await sqlRows(tx, `set local ${s}`);
      const level = await migrationState(tx);
      if (!level) throw new Error('backup: the database has no migrations applied: there is nothing to back up');
      const tables = (await describeTables(tx)).filter((t) => !DERIVED_TABLES.has(t.name));
      const counts: number[] = [];
      for (const t of tables) counts.push(Number((await sqlRows<{ n: string }>(tx, `select count(*)::text as n from ${ident(t.name)}`))[0]!.n));
      const sequences: BackupHeader['sequences'] = [];
      for (const t of tables) {
        for (const s of t.sequences) {
          const [row] = await sqlRows<{ v: string; c: boolean }>(tx, `select last_value::text as v, is_called as c from ${s.sequence}`);
          sequences.push({ table: t.name, column: s.column, value: Number(row!.v), isCalled: row!.c });
        }
      }
      const header: BackupHeader = {
        format: backupFormat, version: backupVersion, createdAt: new Date().toISOString(), source: database.kind, migration: level,
        tables: tables.map((t, i) => ({ name: t.name, columns: t.columns.map((c) => c.name), rows: counts[i]! })), sequences,
      };
      await write(header);
      let total = 0;
      for (const [i, t] of tables.entries()) {
        await write({ table: t.name });
        let n = 0;
        for await (const rows of tableRows(tx, t)) {
          for (const r of rows) await write(r);
          n += rows.length;
        }
        if (n !== counts[i]) throw new Error(`backup: table ${t.name} gave ${n} rows where its count was ${counts[i]}`);
        total += n;
        await onTable?.(t.name, n);
      }
      await write({ end: true, rows: total });
      return { rows: total, tables: tables.length, migration: level.tag ?? String(level.when) };
    }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
    gzip.end();
    await written;
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, ...summary };
  } catch (err) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw err;
  }
}
