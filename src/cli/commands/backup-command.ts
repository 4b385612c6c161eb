import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { writeBackup } from '../../db/backup/write-backup.js';
import { openDatabase } from '../../db/open-database.js';

export const backupUsage = 'news-intel backup <file>               write the whole database to a file (gzip\'d, restores onto PGlite or a server)';

/** `backup <file>`: a consistent backup of the configured database, taken without migrating it first. */
export async function backupCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new Error(`usage: ${backupUsage}`);
  const config = loadConfig();
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, migrate: false });
  try {
    const s = await writeBackup(database, positionals[0]!);
    console.log(`news-intel: backed up ${database.kind} (${database.location}) at migration ${s.migration}: ${s.tables} tables, ${s.rows} rows, `
      + `${(s.bytes / 1024).toFixed(1)} KiB in ${((Date.now() - started) / 1000).toFixed(1)} s to ${s.file}`);
    return 0;
  } finally {
    await database.close();
  }
}
