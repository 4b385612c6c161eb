import type { Database, Db } from '../database.js';
import { applyMigrations } from './apply-migrations.js';
import { headerProblem, type BackupHeader } from './backup-header.js';
import { describeTables, type TableInfo } from './describe-tables.js';
import { TableLoader } from './load-table.js';
import { migrationJournal } from './migration-journal.js';
import { prepareTarget } from './prepare-target.js';
import { ident } from './quote-ident.js';
import { readBackupLines, type BackupLine } from './read-backup-lines.js';
import { sqlRows } from './sql-rows.js';
import { sessionSettings } from './write-backup.js';

export interface RestoreSummary {
  rows: number;
  tables: number;
  /** The migration the backup was made at, and the one the database is at now. */
  from: string;
  to: string;
  source: string;
  createdAt: string;
}

const isMarker = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function resetSequences(tx: Db, tables: TableInfo[], header: BackupHeader): Promise<void> {
  for (const t of tables) {
    for (const s of t.sequences) {
      const [row] = await sqlRows<{ m: string | null }>(tx, `select max(${ident(s.column)})::text as m from ${ident(t.name)}`);
      const max = Number(row?.m ?? 0);
      const saved = header.sequences.find((h) => h.table === t.name && h.column === s.column);
      const [value, called] = saved && saved.value >= max ? [saved.value, saved.isCalled] : [Math.max(max, 1), max > 0];
      await sqlRows(tx, `select setval('${s.sequence.replace(/'/g, "''")}', ${value}, ${called})`);
    }
  }
}

/**
 * Restores a backup made by writeBackup into `database`, in one transaction: nothing changes unless the whole file
 * is read, checked and loaded. The target is brought to the backup's migration, the rows go in table by table,
 * sequences continue where they were, and the migrations that came after the backup run last, so that an older
 * backup restores into a newer program.
 */
export async function restoreBackup(database: Database, file: string, opts: { force?: boolean } = {}): Promise<RestoreSummary> {
  const lines = readBackupLines(file);
  const first = await lines.next();
  if (first.done) throw new Error(`restore: ${file} is empty`);
  const problem = headerProblem(first.value.value);
  if (problem) throw new Error(`restore: ${file} is not a usable news-intel backup: ${problem}`);
  const header = first.value.value as BackupHeader;
  const journal = migrationJournal();
  const at = journal.findIndex((m) => m.when === header.migration.when);
  if (at < 0) {
    throw new Error(`restore: ${file} was made at migration ${header.migration.tag ?? header.migration.when}, which this program does not have; restore it with the news-intel version that made it, or a newer one`);
  }

  const summary = await database.db.transaction(async (tx) => {
    for (const s of sessionSettings) await sqlRows(tx, `set local ${s}`);
    await prepareTarget(tx, journal, at, opts.force ?? false, database.location);
    const tables = new Map((await describeTables(tx)).map((t) => [t.name, t]));
    for (const h of header.tables) {
      const t = tables.get(h.name);
      const missing = t ? h.columns.filter((c) => !t.columns.some((tc) => tc.name === c)) : h.columns;
      if (missing.length) throw new Error(`restore: ${file}: table ${h.name} (columns ${missing.join(', ')}) does not exist at migration ${journal[at]!.tag}: the file is damaged or was edited`);
    }
    await TableLoader.prepare(tx);

    let total = 0;
    let loader: TableLoader | null = null;
    let index = -1;
    const closeTable = async (line: number) => {
      if (!loader) return;
      await loader.finish();
      const want = header.tables[index]!.rows;
      if (loader.count !== want) throw new Error(`restore: ${file}: table ${header.tables[index]!.name} has ${loader.count} rows up to line ${line} where the header says ${want}: the file is truncated or damaged`);
      total += loader.count;
      loader = null;
    };
    let end: BackupLine | null = null;
    for await (const l of lines) {
      if (end) throw new Error(`restore: ${file}: line ${l.line} comes after the end of the backup: the file is damaged`);
      if (!isMarker(l.value)) {
        if (!loader) throw new Error(`restore: ${file}: line ${l.line} is a row outside any table: the file is damaged`);
        await loader.add(l.line, l.value);
        continue;
      }
      await closeTable(l.line);
      if (l.value.end === true) {
        if (index !== header.tables.length - 1) throw new Error(`restore: ${file}: the backup ends at line ${l.line} after ${index + 1} of ${header.tables.length} tables: the file is damaged`);
        end = l;
        continue;
      }
      index += 1;
      const h = header.tables[index];
      if (!h || l.value.table !== h.name) throw new Error(`restore: ${file}: line ${l.line} starts table ${String(l.value.table)} where ${h?.name ?? 'the end'} was expected: the file is damaged`);
      loader = new TableLoader(tx, tables.get(h.name)!, h.columns, file);
    }
    if (!end) throw new Error(`restore: ${file} is truncated: it stops before the end of the backup${loader ? ` (in table ${header.tables[index]!.name})` : ''}`);
    await resetSequences(tx, [...tables.values()], header);
    await applyMigrations(tx, journal.slice(at + 1));
    return { rows: total, tables: header.tables.length };
  });
  return { ...summary, from: journal[at]!.tag, to: journal.at(-1)!.tag, source: header.source, createdAt: header.createdAt };
}
