import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { restoreBackup } from '../../db/backup/restore-backup.js';
import { openDatabase } from '../../db/open-database.js';

export const restoreUsage = 'news-intel restore <file> [--force]    load a backup into an empty database (--force replaces what is there)';

/** `restore <file>`: all or nothing, into the configured database; migrations newer than the backup run after it. */
export async function restoreCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new Error(`usage: ${restoreUsage}`);
  const config = loadConfig();
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, migrate: false });
  try {
    const s = await restoreBackup(database, positionals[0]!, { force: values.force });
    console.log(`news-intel: restored ${s.rows} rows in ${s.tables} tables from ${positionals[0]} (a ${s.source} backup of ${s.createdAt}, `
      + `migration ${s.from}) into ${database.kind} (${database.location}), now at migration ${s.to}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await database.close();
  }
}
